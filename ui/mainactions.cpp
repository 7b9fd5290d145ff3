// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace sw::ui {

namespace {

constexpr const char *Context = "sw::ui::MainActions";

QKeySequence keys(QKeyCombination combination)
{
    return QKeySequence(combination);
}

// Both usual redo keys, each once (a key bound twice is ambiguous and then does nothing), then what
// the platform adds.
QList<QKeySequence> redoKeys()
{
    QList<QKeySequence> result { keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), keys(Qt::CTRL | Qt::Key_Y) };
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!result.contains(key))
            result << key;
    }
    return result;
}

} // namespace

QList<MainActions::Entry> MainActions::table()
{
    using S = Section;
    using K = QKeySequence;
    // Ctrl+Shift+Left/Right and the other text-navigation keys stay with the panes and the find bar
    // (select by word); moving a pane uses Alt+Shift, like the Alt+Shift+digit pane toggles. The
    // per-pane tagging keys (1-9, Delete) are the panes' own (TagController).
    QList<Entry> rows {
        { ActionId::OpenFolder,
          S::FileOpen,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "Open &Folder\u2026"),
          { K::Open } },
        { ActionId::OpenFiles,
          S::FileOpen,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "Open F&iles\u2026"),
          { keys(Qt::CTRL | Qt::SHIFT | Qt::Key_O) } },
        { ActionId::OpenExample,
          S::FileOpen,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "Open &Example Story"),
          {} },
        { ActionId::NewProject, S::FileProject, nullptr, { K::New } },
        { ActionId::OpenProject, S::FileProject, nullptr, { keys(Qt::CTRL | Qt::ALT | Qt::Key_O) } },
        { ActionId::SaveProject, S::FileSave, nullptr, { K::Save } },
        { ActionId::SaveProjectAs, S::FileSave, nullptr, { keys(Qt::CTRL | Qt::SHIFT | Qt::Key_S) } },
        { ActionId::CloseProject, S::FileSave, nullptr, { K::Close } },
        { ActionId::ExportReport, S::FileOutput, nullptr, { keys(Qt::CTRL | Qt::Key_E) } },
        { ActionId::PrintPreview, S::FileOutput, nullptr, {} },
        { ActionId::Print, S::FileOutput, nullptr, { K::Print } },
        { ActionId::Quit, S::FileQuit, QT_TRANSLATE_NOOP("sw::ui::MainActions", "&Quit"), { K::Quit } },

        { ActionId::Undo, S::EditHistory, nullptr, { K::Undo } },
        { ActionId::Redo, S::EditHistory, nullptr, redoKeys() },
        { ActionId::TagAs, S::EditTagging, nullptr, { keys(Qt::CTRL | Qt::Key_T) } },
        { ActionId::TagAll, S::EditTagging, nullptr, { keys(Qt::CTRL | Qt::SHIFT | Qt::Key_T) } },
        { ActionId::AddNote, S::EditTagging, nullptr, { keys(Qt::CTRL | Qt::ALT | Qt::Key_N) } },
        { ActionId::Find,
          S::EditFind,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "&Find in All Articles\u2026"),
          { K::Find } },
        { ActionId::FindNext,
          S::EditFind,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "Find &Next"),
          { K::FindNext } },
        { ActionId::FindPrevious,
          S::EditFind,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "Find Pre&vious"),
          { K::FindPrevious } },

        { ActionId::NextShared,
          S::ViewNavigate,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "Next &Shared Passage"),
          { keys(Qt::Key_F8), keys(Qt::ALT | Qt::Key_Down) } },
        { ActionId::PreviousShared,
          S::ViewNavigate,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "Previous S&hared Passage"),
          { keys(Qt::SHIFT | Qt::Key_F8), keys(Qt::ALT | Qt::Key_Up) } },
        { ActionId::NextOnlyHere,
          S::ViewNavigate,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "Next &Only-Here Passage"),
          { keys(Qt::Key_F9), keys(Qt::ALT | Qt::SHIFT | Qt::Key_Down) } },
        { ActionId::PreviousOnlyHere,
          S::ViewNavigate,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "Previous O&nly-Here Passage"),
          { keys(Qt::SHIFT | Qt::Key_F9), keys(Qt::ALT | Qt::SHIFT | Qt::Key_Up) } },
        { ActionId::SyncScrolling,
          S::ViewPanes,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "S&ynchronised Scrolling"),
          { keys(Qt::CTRL | Qt::Key_L) },
          true },
        { ActionId::MovePaneLeft,
          S::ViewPanes,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "Move Pane &Left"),
          { keys(Qt::ALT | Qt::SHIFT | Qt::Key_Left) } },
        { ActionId::MovePaneRight,
          S::ViewPanes,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "Move Pane &Right"),
          { keys(Qt::ALT | Qt::SHIFT | Qt::Key_Right) } },
        { ActionId::ShowAllPanes,
          S::ViewPanes,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "Show &All Panes"),
          {} },
        { ActionId::ZoomIn,
          S::ViewZoom,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "Zoom &In"),
          { K::ZoomIn, keys(Qt::CTRL | Qt::Key_Equal) } },
        { ActionId::ZoomOut,
          S::ViewZoom,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "Zoom &Out"),
          { K::ZoomOut } },
        { ActionId::ZoomReset,
          S::ViewZoom,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "&Reset Zoom"),
          { keys(Qt::CTRL | Qt::Key_0) } },
        { ActionId::ShowPassages, S::ViewDocks, nullptr, { keys(Qt::CTRL | Qt::SHIFT | Qt::Key_P) } },
        { ActionId::ShowSuggestions, S::ViewSuggestions, nullptr, {} },
        { ActionId::ShowSource, S::ViewSource, nullptr, { keys(Qt::CTRL | Qt::Key_U) } },

        { ActionId::Analyze,
          S::ToolsCompare,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "&Compare Again"),
          { keys(Qt::Key_F5) } },
        { ActionId::CancelAnalysis,
          S::ToolsCompare,
          QT_TRANSLATE_NOOP("sw::ui::MainActions", "C&ancel Comparison"),
          { keys(Qt::Key_Escape) } },
        // KDE puts preferences in a Settings menu; Linux has no standard shortcut, so use KDE's.
        { ActionId::Preferences,
          S::SettingsPreferences,
          nullptr,
          { keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma) } },
        { ActionId::Welcome, S::HelpAbout, QT_TRANSLATE_NOOP("sw::ui::MainActions", "&Getting Started"), {} },
        { ActionId::About, S::HelpAbout, QT_TRANSLATE_NOOP("sw::ui::MainActions", "&About Storyweave"), {} },
    };
    // Alt+digit goes to a pane as it goes to a tab in Konsole (and Firefox on Linux); the registry names
    // these actions itself (the window renames them for the outlets shown).
    for (int position = 0; position < PaneKeys; ++position)
        rows.append(Entry { focusPane(position),
                            S::ViewGoToPane,
                            nullptr,
                            { keys(Qt::ALT | Qt::Key(Qt::Key_1 + position)) } });
    // A standard key the platform does not bind (Quit on some desktops) is no key at all.
    for (Entry &row : rows)
        row.shortcuts.removeIf([](const QKeySequence &key) { return key.isEmpty(); });
    return rows;
}

MenuId MainActions::menuOf(Section section)
{
    switch (section) {
    case Section::FileOpen:
    case Section::FileProject:
    case Section::FileSave:
    case Section::FileOutput:
    case Section::FileQuit:
        return MenuId::File;
    case Section::EditHistory:
    case Section::EditTagging:
    case Section::EditFind:
        return MenuId::Edit;
    case Section::ViewNavigate:
    case Section::ViewPanes:
    case Section::ViewZoom:
    case Section::ViewDocks:
    case Section::ViewSuggestions:
    case Section::ViewSource:
        return MenuId::View;
    case Section::ViewGoToPane:
        return MenuId::GoToPane;
    case Section::ToolsCompare:
        return MenuId::Tools;
    case Section::SettingsPreferences:
        return MenuId::Settings;
    case Section::HelpAbout:
        break;
    }
    return MenuId::Help;
}

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
{
    QMenuBar *bar = window->menuBar();
    m_menus[MenuId::File] = bar->addMenu(tr("&File"));
    m_menus[MenuId::Edit] = bar->addMenu(tr("&Edit"));
    m_menus[MenuId::View] = bar->addMenu(tr("&View"));
    m_menus[MenuId::Tools] = bar->addMenu(tr("&Tools"));
    m_menus[MenuId::Settings] = bar->addMenu(tr("&Settings"));
    m_menus[MenuId::Help] = bar->addMenu(tr("&Help"));
    m_menus[MenuId::GoToPane] = new QMenu(tr("&Go to Pane"), window);

    for (const Entry &entry : table()) {
        if (!entry.text)
            continue;
        auto *action = new QAction(QCoreApplication::translate(Context, entry.text), this);
        action->setCheckable(entry.checkable);
        adopt(entry.id, action);
    }
    for (int position = 0; position < PaneKeys; ++position) {
        auto *focus = new QAction(tr("Pane &%1").arg(position + 1), this);
        focus->setEnabled(false); // until a pane is shown there
        adopt(focusPane(position), focus);
    }
    action(ActionId::SyncScrolling)->setChecked(true);
    action(ActionId::CancelAnalysis)->setEnabled(false);

    m_recentMenu = new QMenu(tr("Open &Recent"), window);
    m_panesMenu = new QMenu(tr("&Panes"), window);
    // Open Recent after the two Open entries, the pane toggles after Synchronised Scrolling.
    place(Section::FileOpen,
          { action(ActionId::OpenFolder), action(ActionId::OpenFiles), m_recentMenu->menuAction(),
            action(ActionId::OpenExample) });
    place(Section::ViewPanes,
          { action(ActionId::SyncScrolling), m_panesMenu->menuAction(), goToPaneMenu()->menuAction(),
            action(ActionId::MovePaneLeft), action(ActionId::MovePaneRight),
            action(ActionId::ShowAllPanes) });
}

void MainActions::adopt(ActionId id, QAction *action)
{
    for (const Entry &entry : table()) {
        if (entry.id != id)
            continue;
        // An action handed over again replaces the one before it in the menus.
        if (QAction *old = m_actions.value(id); old && old != action) {
            for (QList<QAction *> &list : m_sections)
                list.removeAll(old);
        }
        m_actions[id] = action;
        action->setShortcuts(entry.shortcuts);
        // Shortcuts work whichever pane or dock has focus.
        action->setShortcutContext(Qt::WindowShortcut);
        place(entry.section, { action });
        return;
    }
}

void MainActions::place(Section section, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        for (auto it = m_sections.begin(); it != m_sections.end(); ++it) {
            if (it.value().removeAll(action) > 0 && menuOf(it.key()) != menuOf(section))
                rebuild(menuOf(it.key()));
        }
        m_sections[section].append(action);
    }
    rebuild(menuOf(section));
}

void MainActions::rebuild(MenuId id)
{
    QMenu *menu = m_menus.value(id);
    // The separators belong to the menu and go with clear(); the actions belong to their owners.
    menu->clear();
    bool first = true;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (menuOf(it.key()) != id || it.value().isEmpty())
            continue;
        if (!first)
            menu->addSeparator();
        first = false;
        menu->addActions(it.value());
    }
}

} // namespace sw::ui

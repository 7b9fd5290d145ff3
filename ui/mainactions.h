// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QMap>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace sw::ui {

/// Every command of the main window that has a place in the menus or a window-wide shortcut.
enum class ActionId {
    // File
    OpenFolder,
    OpenFiles,
    OpenExample,
    NewProject,
    OpenProject,
    SaveProject,
    SaveProjectAs,
    CloseProject,
    ExportReport,
    PrintPreview,
    Print,
    Quit,
    // Edit
    Undo,
    Redo,
    TagAs,
    TagAll,
    AddNote,
    Find,
    FindNext,
    FindPrevious,
    // View
    NextShared,
    PreviousShared,
    NextOnlyHere,
    PreviousOnlyHere,
    SyncScrolling,
    MovePaneLeft,
    MovePaneRight,
    ShowAllPanes,
    // View → Go to Pane: the panes in on-screen order, hidden ones left out
    FocusPane1,
    FocusPane2,
    FocusPane3,
    FocusPane4,
    FocusPane5,
    FocusPane6,
    FocusPane7,
    FocusPane8,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ShowPassages,
    ShowSuggestions,
    ShowSource,
    // Tools, Settings, Help
    Analyze,
    CancelAnalysis,
    Preferences,
    Welcome,
    About,
};

/// The menus of the menu bar, in their order, then the submenus built from groups like them.
enum class MenuId { File, Edit, View, Tools, Settings, Help, GoToPane };

/// The groups of the menus, in menu order: a separator parts two groups that hold actions.
enum class Section {
    FileOpen,
    FileProject,
    FileSave,
    FileOutput,
    FileQuit,
    EditHistory,
    EditTagging,
    EditFind,
    ViewNavigate,
    ViewPanes,
    ViewGoToPane,
    ViewZoom,
    ViewDocks,
    ViewSuggestions,
    ViewSource,
    ToolsCompare,
    SettingsPreferences,
    HelpAbout,
};

/// The main window's action registry: one table (`table()`) gives every ActionId its group in the
/// menus and its shortcuts. The registry makes the actions that belong to the window itself; the parts
/// that own an action (the undo stack's Undo and Redo, the document's project commands, the tagging
/// commands, a dock's toggle) make it and hand it over with adopt(), which gives it the table's
/// shortcuts and place. The menus are built from the groups, so no one inserts by position.
class MainActions : public QObject
{
    Q_OBJECT

public:
    /// One row of the table. `text` is empty for actions that their owner makes and names.
    struct Entry
    {
        ActionId id;
        Section section;
        const char *text;
        QList<QKeySequence> shortcuts;
        bool checkable = false;
    };
    /// The table, in menu order within each group.
    static QList<Entry> table();
    /// The menu that holds a group.
    static MenuId menuOf(Section section);
    /// How many panes have a key of their own (Alt+1 to Alt+8).
    static constexpr int PaneKeys = 8;
    /// The action that focuses the pane at `position` (0-based, on-screen order of the shown panes).
    static ActionId focusPane(int position) { return ActionId(int(ActionId::FocusPane1) + position); }

    explicit MainActions(QMainWindow *window);

    /// The action with this id (nullptr for an owner's action not adopted yet).
    QAction *action(ActionId id) const { return m_actions.value(id); }
    QMenu *menu(MenuId id) const { return m_menus.value(id); }
    QMenu *recentMenu() const { return m_recentMenu; }
    QMenu *panesMenu() const { return m_panesMenu; }
    QMenu *goToPaneMenu() const { return m_menus.value(MenuId::GoToPane); }
    /// Every action with an id.
    QList<QAction *> actions() const { return m_actions.values(); }

    /// Gives `action`, made by the part that owns it, the id's shortcuts (window-wide) and its place.
    void adopt(ActionId id, QAction *action);
    /// Puts actions without a row of their own (a dock's toggle, a submenu's action, the tagging keys)
    /// at the end of a group; an action already in a group moves.
    void place(Section section, const QList<QAction *> &actions);

private:
    void rebuild(MenuId menu);

    QMap<ActionId, QAction *> m_actions;
    QMap<MenuId, QMenu *> m_menus;
    QMap<Section, QList<QAction *>> m_sections;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_panesMenu = nullptr;
};

} // namespace sw::ui

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainactions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace sw::ui {

namespace {

QAction *makeAction(QMenu *menu, const QString &text, const QList<QKeySequence> &shortcuts = {})
{
    auto *action = menu->addAction(text);
    action->setShortcuts(shortcuts);
    // Shortcuts must work whichever pane or dock has focus.
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

} // namespace

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
{
    QMenuBar *bar = window->menuBar();

    fileMenu = bar->addMenu(tr("&File"));
    openFolder = makeAction(fileMenu, tr("Open &Folder\u2026"), { QKeySequence::Open });
    openFiles
        = makeAction(fileMenu, tr("Open F&iles\u2026"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) });
    recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    openExample = makeAction(fileMenu, tr("Open &Example Story"));
    fileMenu->addSeparator();
    // Project save/open (issue 6) and export (issue 7) go between these separators.
    fileMenu->addSeparator();
    quit = makeAction(fileMenu, tr("&Quit"), { QKeySequence::Quit });

    editMenu = bar->addMenu(tr("&Edit"));
    // Undo/redo and tagging (issue 5) go at the top of this menu.
    find = makeAction(editMenu, tr("&Find in All Articles\u2026"), { QKeySequence::Find });
    findNext = makeAction(editMenu, tr("Find &Next"), { QKeySequence::FindNext });
    findPrevious = makeAction(editMenu, tr("Find Pre&vious"), { QKeySequence::FindPrevious });

    viewMenu = bar->addMenu(tr("&View"));
    nextShared = makeAction(viewMenu, tr("Next &Shared Passage"),
                            { QKeySequence(Qt::Key_F8), QKeySequence(Qt::ALT | Qt::Key_Down) });
    previousShared = makeAction(viewMenu, tr("Previous S&hared Passage"),
                                { QKeySequence(Qt::SHIFT | Qt::Key_F8), QKeySequence(Qt::ALT | Qt::Key_Up) });
    nextUnique = makeAction(viewMenu, tr("Next &Only-Here Passage"),
                            { QKeySequence(Qt::Key_F9), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down) });
    previousUnique = makeAction(
        viewMenu, tr("Previous O&nly-Here Passage"),
        { QKeySequence(Qt::SHIFT | Qt::Key_F9), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up) });
    viewMenu->addSeparator();
    syncScrolling
        = makeAction(viewMenu, tr("S&ynchronised Scrolling"), { QKeySequence(Qt::CTRL | Qt::Key_L) });
    syncScrolling->setCheckable(true);
    syncScrolling->setChecked(true);
    panesMenu = viewMenu->addMenu(tr("&Panes"));
    // Ctrl+Shift+Left/Right select by word in the panes; moving a pane uses Alt+Shift, like the
    // Alt+Shift+digit pane toggles.
    movePaneLeft
        = makeAction(viewMenu, tr("Move Pane &Left"), { QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left) });
    movePaneRight
        = makeAction(viewMenu, tr("Move Pane &Right"), { QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right) });
    showAllPanes = makeAction(viewMenu, tr("Show &All Panes"));
    viewMenu->addSeparator();
    zoomIn = makeAction(viewMenu, tr("Zoom &In"),
                        { QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    zoomOut = makeAction(viewMenu, tr("Zoom &Out"), { QKeySequence::ZoomOut });
    zoomReset = makeAction(viewMenu, tr("&Reset Zoom"), { QKeySequence(Qt::CTRL | Qt::Key_0) });
    viewMenu->addSeparator();
    // Docks add their toggle actions below (passages here; entities, quotes, notes later).

    toolsMenu = bar->addMenu(tr("&Tools"));
    analyze = makeAction(toolsMenu, tr("&Compare Again"), { QKeySequence(Qt::Key_F5) });
    cancelAnalysis = makeAction(toolsMenu, tr("C&ancel Comparison"), { QKeySequence(Qt::Key_Escape) });
    cancelAnalysis->setEnabled(false);

    helpMenu = bar->addMenu(tr("&Help"));
    welcome = makeAction(helpMenu, tr("&Getting Started"));
    about = makeAction(helpMenu, tr("&About Storyweave"));
}

} // namespace sw::ui

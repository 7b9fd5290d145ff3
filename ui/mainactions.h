// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace sw::ui {

/// The main window's menus and actions, kept out of MainWindow so that later features
/// (tagging, projects, export) add their entries here. Menus: File, Edit, View, Tools, Help.
class MainActions : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(QMainWindow *window);

    QMenu *fileMenu = nullptr;
    QMenu *recentMenu = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *panesMenu = nullptr;
    QMenu *toolsMenu = nullptr;
    QMenu *helpMenu = nullptr;

    // File
    QAction *openFolder = nullptr;
    QAction *openFiles = nullptr;
    QAction *openExample = nullptr;
    QAction *quit = nullptr;
    // Edit
    QAction *find = nullptr;
    QAction *findNext = nullptr;
    QAction *findPrevious = nullptr;
    // View
    QAction *nextShared = nullptr;
    QAction *previousShared = nullptr;
    QAction *nextUnique = nullptr;
    QAction *previousUnique = nullptr;
    QAction *syncScrolling = nullptr;
    QAction *movePaneLeft = nullptr;
    QAction *movePaneRight = nullptr;
    QAction *showAllPanes = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *zoomReset = nullptr;
    // Tools
    QAction *analyze = nullptr;
    QAction *cancelAnalysis = nullptr;
    // Help
    QAction *welcome = nullptr;
    QAction *about = nullptr;
};

} // namespace sw::ui

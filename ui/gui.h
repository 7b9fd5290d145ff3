// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

class QApplication;

namespace sw::ui {

/// Sets up the application (names, icon, translations), opens the main window on `paths`
/// (or on the bundled example story when empty) and runs the event loop.
int runWindow(QApplication &app, const QStringList &paths);

/// The example bundle shipped with Storyweave: next to the binary's source tree in a build,
/// or under share/storyweave/examples when installed. Empty when not found.
QString exampleBundlePath();

} // namespace sw::ui

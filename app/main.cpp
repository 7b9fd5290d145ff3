// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Storyweave: the command line when a subcommand is given, the window otherwise.
#include "cli/commandline.h"
#include "gui.h"
#include "util/translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (sw::cli::isCommandLineInvocation(arguments)) {
        // PDF and ODT reports lay out pages, which needs fonts and so a QGuiApplication; it runs
        // offscreen so batch exports work without a display.
        const bool needsGui = sw::cli::needsGuiApplication(arguments);
        if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> appHolder(needsGui ? new QGuiApplication(argc, argv)
                                                             : new QCoreApplication(argc, argv));
        QCoreApplication &app = *appHolder;
        QCoreApplication::setApplicationName(QStringLiteral("storyweave"));
        QCoreApplication::setApplicationVersion(QStringLiteral(STORYWEAVE_VERSION));
        sw::installTranslations(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = sw::cli::run(arguments, out, err);
        out.flush();
        err.flush();
        return code;
    }

    QApplication app(argc, argv);
    return sw::ui::runWindow(app, arguments.mid(1));
}

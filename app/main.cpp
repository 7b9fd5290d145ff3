// Storyweave: the command line when a subcommand is given, the window otherwise.
#include "cli/commandline.h"
#include "gui.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (sw::cli::isCommandLineInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("storyweave"));
        QCoreApplication::setApplicationVersion(QStringLiteral(STORYWEAVE_VERSION));
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

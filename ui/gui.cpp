#include "gui.h"

#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sw::ui {

QString exampleBundlePath()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        QStringLiteral(STORYWEAVE_SOURCE_DIR "/examples/harbour-fire"),
        appDir + QStringLiteral("/../share/storyweave/examples/harbour-fire"),
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isDir())
            return QDir::cleanPath(candidate);
    }
    const QString installed = QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                                     QStringLiteral("storyweave/examples/harbour-fire"),
                                                     QStandardPaths::LocateDirectory);
    return installed;
}

int runWindow(QApplication &app, const QStringList &paths)
{
    QApplication::setApplicationName(QStringLiteral("storyweave"));
    QApplication::setApplicationDisplayName(QStringLiteral("Storyweave"));
    QApplication::setOrganizationName(QStringLiteral("storyweave"));
    QApplication::setApplicationVersion(QStringLiteral(STORYWEAVE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.storyweave.Storyweave"));

    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList toOpen = paths.isEmpty() ? QStringList{exampleBundlePath()} : paths;
    window->show();
    if (!toOpen.value(0).isEmpty())
        window->openPaths(toOpen);
    return app.exec();
}

} // namespace sw::ui

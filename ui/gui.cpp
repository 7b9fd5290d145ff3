#include "gui.h"

#include "compare/comparisonview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPalette>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

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

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x37));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x4a));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x33, 0x37));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

/// Hidden options for documentation and benchmarks: `--screenshot FILE` saves the window once
/// the comparison is painted and quits; `--dark` uses a dark palette; `--timing` prints how
/// long it took from start to painted highlights.
struct WindowOptions
{
    QStringList paths;
    QString screenshot;
    bool dark = false;
    bool timing = false;
};

WindowOptions parseOptions(const QStringList &arguments)
{
    WindowOptions options;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--screenshot") && i + 1 < arguments.size())
            options.screenshot = arguments.at(++i);
        else if (argument == QLatin1String("--dark"))
            options.dark = true;
        else if (argument == QLatin1String("--timing"))
            options.timing = true;
        else
            options.paths << argument;
    }
    return options;
}

// For the screenshot: the earliest passage carried by the most outlets, made current.
int showcasePassage(MainWindow *window)
{
    const auto &model = window->comparisonView()->model();
    if (!model)
        return -1;
    int best = -1;
    const auto &passages = model->result().passages;
    for (int i = 0; i < passages.size(); ++i) {
        if (best < 0 || passages.at(i).articleCount() > passages.at(best).articleCount())
            best = i;
    }
    return best;
}

} // namespace

int runWindow(QApplication &app, const QStringList &paths)
{
    QElapsedTimer clock;
    clock.start();
    QApplication::setApplicationName(QStringLiteral("storyweave"));
    QApplication::setApplicationDisplayName(QStringLiteral("Storyweave"));
    QApplication::setOrganizationName(QStringLiteral("storyweave"));
    QApplication::setApplicationVersion(QStringLiteral(STORYWEAVE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.storyweave.Storyweave"));

    const WindowOptions options = parseOptions(paths);
    if (options.dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList toOpen = options.paths.isEmpty() ? QStringList{exampleBundlePath()} : options.paths;
    if (!options.screenshot.isEmpty())
        window->resize(1600, 1000);
    window->show();

    // In timing mode a 10 ms heartbeat records the longest time the event loop was blocked.
    auto longestStall = std::make_shared<qint64>(0);
    if (options.timing) {
        auto *heartbeat = new QTimer(window);
        auto last = std::make_shared<QElapsedTimer>();
        last->start();
        QObject::connect(heartbeat, &QTimer::timeout, window, [last, longestStall] {
            *longestStall = std::max(*longestStall, last->restart());
        });
        heartbeat->start(10);
    }
    if (!options.screenshot.isEmpty() || options.timing) {
        const QString target = options.screenshot;
        const bool timing = options.timing;
        QObject::connect(window, &MainWindow::analysisFinished, window, [window, target, timing, clock, longestStall] {
            // Let the highlighted panes paint before measuring or grabbing.
            QTimer::singleShot(0, window, [window, target, timing, clock, longestStall] {
                window->repaint();
                if (timing) {
                    QTextStream(stderr) << "storyweave: painted comparison " << clock.elapsed()
                                        << " ms after start (analysis " << window->lastAnalysisTime()
                                        << " ms, longest event-loop stall " << *longestStall << " ms)\n";
                }
                if (!target.isEmpty()) {
                    window->comparisonView()->activatePassage(showcasePassage(window), 0);
                    window->repaint();
                    QSaveFile file(target);
                    if (!file.open(QIODevice::WriteOnly) || !window->grab().save(&file, "PNG") || !file.commit())
                        QTextStream(stderr) << "storyweave: could not write " << target << '\n';
                    window->close();
                }
            });
        });
    }
    if (!toOpen.value(0).isEmpty())
        window->openPaths(toOpen);
    return app.exec();
}

} // namespace sw::ui

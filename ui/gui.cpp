// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui.h"

#include "annotate/entitytype.h"
#include "compare/articlepane.h"
#include "compare/articletextview.h"
#include "compare/comparisonview.h"
#include "desktopcontroller.h"
#include "mainwindow.h"
#include "preferences.h"
#include "source/sourceview.h"
#include "tagging/tagcontroller.h"
#include "util/translations.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPalette>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTextCursor>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
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

/// The longest time the event loop was blocked, measured by a 10 ms heartbeat: on the wall clock,
/// and as CPU time the GUI thread spent between two beats (on a loaded machine the wall-clock
/// stall includes time the thread waited for a core; the CPU time is the window's own work).
struct Stalls
{
    qint64 wallMs = 0;
    qint64 cpuMs = 0;
    qint64 wallAtMs = 0; ///< when the longest stall ended, from start()
    qint64 cpuAtMs = 0;
    qint64 lastCpuNs = 0;
    QElapsedTimer last;
    QElapsedTimer since;

    static qint64 threadCpuNs()
    {
        timespec ts {};
        if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
            return 0;
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    void start()
    {
        wallMs = cpuMs = wallAtMs = cpuAtMs = 0;
        last.start();
        since.start();
        lastCpuNs = threadCpuNs();
    }
    void beat()
    {
        const qint64 cpu = threadCpuNs();
        const qint64 wall = last.restart();
        if (wall > wallMs) {
            wallMs = wall;
            wallAtMs = since.elapsed();
        }
        if ((cpu - lastCpuNs) / 1000000 > cpuMs) {
            cpuMs = (cpu - lastCpuNs) / 1000000;
            cpuAtMs = since.elapsed();
        }
        lastCpuNs = cpu;
    }
    QString text() const
    {
        return QStringLiteral(
                   "%1 ms, ending %2 ms in (GUI thread on the CPU: at most %3 ms, ending %4 ms in)")
            .arg(wallMs)
            .arg(wallAtMs)
            .arg(cpuMs)
            .arg(cpuAtMs);
    }
};

/// Hidden options for documentation and benchmarks: `--screenshot FILE` saves the window once
/// the comparison is painted and quits (with `--source`, the View → Source window of the showcase
/// passage instead; with `--tagging`, after tagging a person, a place and a quote through the tagging
/// controller as an editor would, with the next name selected); `--dark` uses a dark palette; `--timing`
/// prints how long it took from start to painted highlights and the longest event-loop stall, then the
/// longest stall in the following 3 s (idle-time highlighting), and quits.
struct WindowOptions
{
    QStringList paths;
    QString screenshot;
    bool dark = false;
    bool source = false;
    bool tagging = false;
    bool timing = false;
    bool scrollBenchmark = false;
    QString language; ///< --lang CODE overrides the preference and the system locale
};

WindowOptions parseOptions(const QStringList &arguments)
{
    WindowOptions options;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--screenshot") && i + 1 < arguments.size())
            options.screenshot = arguments.at(++i);
        else if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            options.language = arguments.at(++i);
        else if (argument.startsWith(QLatin1String("--lang=")))
            options.language = argument.mid(7);
        else if (argument == QLatin1String("--dark"))
            options.dark = true;
        else if (argument == QLatin1String("--source"))
            options.source = true;
        else if (argument == QLatin1String("--tagging"))
            options.tagging = true;
        else if (argument == QLatin1String("--timing"))
            options.timing = true;
        else if (argument == QLatin1String("--scroll-benchmark"))
            options.timing = options.scrollBenchmark = true;
        else
            options.paths << argument;
    }
    return options;
}

// Scrolls the first pane down in small steps (synchronised scrolling on, so every pane
// follows), repainting the whole window each time, and reports the frame times.
void runScrollBenchmark(MainWindow *window)
{
    ArticlePane *pane = window->comparisonView()->pane(0);
    if (!pane)
        return;
    QScrollBar *bar = pane->view()->verticalScrollBar();
    QElapsedTimer frame;
    qint64 total = 0;
    qint64 worst = 0;
    int frames = 0;
    for (int value = 0; value <= bar->maximum() && frames < 400; value += 2, ++frames) {
        frame.start();
        bar->setValue(value);
        window->repaint();
        const qint64 elapsed = frame.nsecsElapsed() / 1000;
        total += elapsed;
        worst = std::max(worst, elapsed);
    }
    QTextStream(stderr) << "storyweave: scrolled " << frames << " frames, mean "
                        << (frames ? total / frames / 1000.0 : 0) << " ms, worst " << worst / 1000.0
                        << " ms\n";
}

// For the screenshot: the earliest passage carried by the most outlets, in order everywhere
// (a moved one would scroll a pane to its end), made current.
int showcasePassage(MainWindow *window)
{
    const auto &model = window->comparisonView()->model();
    if (!model)
        return -1;
    const auto score = [](const Passage &p) {
        const bool moved
            = std::any_of(p.spans.cbegin(), p.spans.cend(), [](const PassageSpan &s) { return s.moved; });
        return p.articleCount() * 2 + (moved ? 0 : 1);
    };
    int best = -1;
    const auto &passages = model->result().passages;
    for (int i = 0; i < passages.size(); ++i) {
        if (best < 0 || score(passages.at(i)) > score(passages.at(best)))
            best = i;
    }
    return best;
}

// Selects `needle` (the `skip`-th occurrence) in pane `article` as a drag would.
bool selectInPane(MainWindow *window, int article, const QString &needle, int skip = 0)
{
    ArticlePane *pane = window->comparisonView()->pane(article);
    if (!pane || article >= window->bundle().articles.size())
        return false;
    const QString &text = window->bundle().articles.at(article).text;
    qsizetype at = text.indexOf(needle);
    while (skip-- > 0 && at >= 0)
        at = text.indexOf(needle, at + 1);
    if (at < 0)
        return false;
    window->comparisonView()->setActivePane(article);
    QTextCursor cursor(pane->view()->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + needle.size()), QTextCursor::KeepAnchor);
    pane->view()->setTextCursor(cursor);
    pane->view()->setFocus();
    return true;
}

// For the tagging screenshot: what an editor tags first in the example (a person, a place, a quote
// with its speaker), then the next name selected in another pane, ready for a tag key.
void tagForScreenshot(MainWindow *window)
{
    TagController *tagging = window->tagging();
    if (selectInPane(window, 0, QStringLiteral("Mara Okafor")))
        tagging->tagSelection(EntityType::Person);
    if (selectInPane(window, 0, QStringLiteral("Lindholmen")))
        tagging->tagSelection(EntityType::Place);
    // The first quotation, between typographic or straight quotation marks.
    const QString &text = window->bundle().articles.value(0).text;
    qsizetype open = text.indexOf(QChar(0x201c));
    qsizetype close = open >= 0 ? text.indexOf(QChar(0x201d), open + 1) : -1;
    if (close < 0) {
        open = text.indexOf(QLatin1Char('"'));
        close = open >= 0 ? text.indexOf(QLatin1Char('"'), open + 1) : -1;
    }
    if (close > open + 1 && selectInPane(window, 0, text.mid(open + 1, close - open - 1)))
        tagging->tagQuoteSelection();
    if (ArticlePane *first = window->comparisonView()->pane(0)) {
        QTextCursor cursor = first->view()->textCursor();
        cursor.clearSelection();
        first->view()->setTextCursor(cursor);
    }
    selectInPane(window, 1, QStringLiteral("Okafor"));
    // The docks rebuild once per event-loop turn.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
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
    installTranslations(app, options.language.isEmpty() ? Preferences().language() : options.language);
    if (options.dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    // Without paths: back where the editor left off (the screenshot and timing runs use the example).
    const bool scripted = !options.screenshot.isEmpty() || options.timing;
    const QStringList toOpen
        = options.paths.isEmpty() && scripted ? QStringList { exampleBundlePath() } : options.paths;
    if (!options.screenshot.isEmpty())
        window->resize(1600, 1000);
    window->show();

    // In timing mode a 10 ms heartbeat records the longest time the event loop was blocked.
    auto longestStall = std::make_shared<Stalls>();
    if (options.timing) {
        auto *heartbeat = new QTimer(window);
        longestStall->start();
        QObject::connect(heartbeat, &QTimer::timeout, window, [longestStall] { longestStall->beat(); });
        heartbeat->start(10);
    }
    if (!options.screenshot.isEmpty() || options.timing) {
        const QString target = options.screenshot;
        const bool timing = options.timing;
        const bool scrollBenchmark = options.scrollBenchmark;
        const bool source = options.source;
        const bool tagging = options.tagging;
        QObject::connect(
            window, &MainWindow::analysisFinished, window,
            [window, target, timing, scrollBenchmark, source, tagging, clock, longestStall] {
                // Let the highlighted panes paint before measuring or grabbing.
                QTimer::singleShot(
                    0, window,
                    [window, target, timing, scrollBenchmark, source, tagging, clock, longestStall] {
                        window->repaint();
                        if (timing) {
                            QTextStream(stderr)
                                << "storyweave: painted comparison " << clock.elapsed()
                                << " ms after start (analysis " << window->lastAnalysisTime()
                                << " ms, longest event-loop stall " << longestStall->text() << ")\n";
                        }
                        if (timing && !scrollBenchmark && target.isEmpty()) {
                            // The remaining highlights are applied in idle time: measure that too.
                            longestStall->start();
                            QTimer::singleShot(3000, window, [window, longestStall] {
                                QTextStream(stderr) << "storyweave: longest event-loop stall in the 3 s "
                                                       "after painting "
                                                    << longestStall->text() << "\n";
                                window->close();
                            });
                        }
                        if (scrollBenchmark) {
                            runScrollBenchmark(window);
                            window->close();
                            return;
                        }
                        if (!target.isEmpty()) {
                            window->comparisonView()->activatePassage(showcasePassage(window), 0);
                            if (tagging)
                                tagForScreenshot(window);
                            window->repaint();
                            QWidget *shown = window;
                            if (source) {
                                // The first HTML article shows the most markup.
                                const auto &articles = window->bundle().articles;
                                for (int a = 0; a < articles.size(); ++a) {
                                    if (articles.at(a).format == SourceFormat::Html) {
                                        window->comparisonView()->setActivePane(a);
                                        break;
                                    }
                                }
                                if (SourceView *view = window->desktop()->showSource()) {
                                    view->resize(1200, 800);
                                    view->repaint();
                                    shown = view;
                                }
                            }
                            QSaveFile file(target);
                            if (!file.open(QIODevice::WriteOnly) || !shown->grab().save(&file, "PNG")
                                || !file.commit())
                                QTextStream(stderr) << "storyweave: could not write " << target << '\n';
                            window->close();
                        }
                    });
            });
    }
    if (!toOpen.value(0).isEmpty())
        window->openPaths(toOpen);
    else if (options.paths.isEmpty())
        window->startSession();
    return app.exec();
}

} // namespace sw::ui

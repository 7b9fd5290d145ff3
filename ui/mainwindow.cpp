// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "analysisrunner.h"
#include "bundle/bundleloader.h"
#include "compare/articlepane.h"
#include "compare/articletextview.h"
#include "compare/comparisonview.h"
#include "compare/findbar.h"
#include "compare/legendbar.h"
#include "desktopcontroller.h"
#include "gui.h"
#include "mainactions.h"
#include "menutext.h"
#include "messagebanner.h"
#include "panels/passagesdock.h"
#include "project/documentcontroller.h"
#include "project/passagesmodel.h"
#include "project/project.h"
#include "tagging/annotationpanels.h"
#include "tagging/tagcontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace sw::ui {

namespace {
const auto RecentKey = QStringLiteral("recentBundles");
constexpr int MaxRecent = 10;

bool sameOptions(const AlignOptions &a, const AlignOptions &b)
{
    return a.anchorWords == b.anchorWords && a.minPassageWords == b.minPassageWords
        && a.maxGapWords == b.maxGapWords && a.paraphraseThreshold == b.paraphraseThreshold
        && a.minUniqueWords == b.minUniqueWords && a.maxRepeat == b.maxRepeat;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_actions = new MainActions(this);
    m_runner = new AnalysisRunner(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new MessageBanner(central);
    m_legend = new LegendBar(central);
    m_view = new ComparisonView(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_legend);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    m_passages = new PassagesDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_passages);
    resizeDocks({ m_passages }, { 320 }, Qt::Horizontal);
    m_actions->adopt(ActionId::ShowPassages, m_passages->toggleViewAction());
    m_actions->place(Section::ViewDocks, { m_legend->menu()->menuAction() });

    // The document and the annotation work on it (issues 5 and 6).
    m_document = new DocumentController(this, m_banner);
    layout->insertWidget(layout->indexOf(m_banner) + 1, m_document->bannerArea());
    m_passages->setModel(new PassagesModel(m_document->project(), this));
    m_tagging = new TagController(m_document->project(), m_view, this);
    m_panels = new AnnotationPanels(this, m_tagging, m_view);
    m_document->registerActions(m_actions);
    m_panels->registerActions(m_actions);
    connect(m_document->project(), &Project::reset, this, &MainWindow::showDocument);
    connect(m_document->project(), &Project::articleTextChanged, this, &MainWindow::showDocument);
    // The project's own analysis options changed (or an undo brought the old ones back): compare again.
    connect(m_document->project(), &Project::settingsChanged, this, [this] {
        if (!sameOptions(m_document->project()->analysisOptions(), m_runner->options()))
            startAnalysis();
    });
    connect(m_document, &DocumentController::newProjectRequested, this, &MainWindow::openFolder);
    // Opened and saved projects are in Open Recent, so the next start comes back to them.
    connect(m_document, &DocumentController::projectOpened, this, [this](const QString &path) {
        if (!path.isEmpty())
            addRecent({ QFileInfo(path).absoluteFilePath() });
    });
    const auto showStatus = [this](const QString &message) { statusBar()->showMessage(message, 5000); };
    connect(m_document, &DocumentController::statusMessage, this, showStatus);
    connect(m_tagging, &TagController::statusMessage, this, showStatus);
    QTimer::singleShot(0, m_document, &DocumentController::offerRecovery);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(180);
    m_progress->setAccessibleName(tr("Comparison progress"));
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setDefaultAction(m_actions->action(ActionId::CancelAnalysis));
    m_cancelButton->setText(tr("Cancel"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    setBusy(false);

    connectActions();
    rebuildRecentMenu();
    // Preferences, source view, printing (issue 8).
    m_desktop = new DesktopController(this, new Preferences(nullptr, this));
    resize(1400, 900);
}

MainWindow::~MainWindow()
{
    m_runner->cancel();
    m_runner->waitForFinished();
}

void MainWindow::connectActions()
{
    const auto on = [this](ActionId id) { return m_actions->action(id); };
    connect(on(ActionId::OpenFolder), &QAction::triggered, this, &MainWindow::openFolder);
    connect(on(ActionId::OpenFiles), &QAction::triggered, this, &MainWindow::openFiles);
    connect(on(ActionId::OpenExample), &QAction::triggered, this, [this] {
        const QString example = exampleBundlePath();
        if (!example.isEmpty())
            openPaths({ example });
    });
    connect(on(ActionId::Quit), &QAction::triggered, this, &QWidget::close);
    connect(on(ActionId::Find), &QAction::triggered, m_view, &ComparisonView::showFindBar);
    connect(on(ActionId::FindNext), &QAction::triggered, this,
            [this] { m_view->find(m_view->findBar()->text(), true); });
    connect(on(ActionId::FindPrevious), &QAction::triggered, this,
            [this] { m_view->find(m_view->findBar()->text(), false); });
    const auto go = [this](bool unique, bool forward) {
        bool wrapped = false;
        if (!m_view->goToSpan(unique, forward, &wrapped))
            statusBar()->showMessage(unique ? tr("No only-here passage in this pane")
                                            : tr("No shared passage in this pane"),
                                     3000);
        else if (wrapped)
            statusBar()->showMessage(forward ? tr("Continued from the beginning of the article")
                                             : tr("Continued from the end of the article"),
                                     3000);
    };
    connect(on(ActionId::NextShared), &QAction::triggered, this, [go] { go(false, true); });
    connect(on(ActionId::PreviousShared), &QAction::triggered, this, [go] { go(false, false); });
    connect(on(ActionId::NextOnlyHere), &QAction::triggered, this, [go] { go(true, true); });
    connect(on(ActionId::PreviousOnlyHere), &QAction::triggered, this, [go] { go(true, false); });
    connect(on(ActionId::SyncScrolling), &QAction::toggled, m_view, &ComparisonView::setSyncScrolling);
    connect(on(ActionId::MovePaneLeft), &QAction::triggered, this, [this] {
        if (ArticlePane *pane = m_view->activePane())
            m_view->movePane(pane->article(), -1);
    });
    connect(on(ActionId::MovePaneRight), &QAction::triggered, this, [this] {
        if (ArticlePane *pane = m_view->activePane())
            m_view->movePane(pane->article(), 1);
    });
    connect(on(ActionId::ShowAllPanes), &QAction::triggered, this, [this] {
        for (int i = 0; i < m_view->paneCount(); ++i)
            m_view->setPaneVisible(i, true);
    });
    for (int position = 0; position < MainActions::PaneKeys; ++position) {
        connect(on(MainActions::focusPane(position)), &QAction::triggered, this,
                [this, position] { m_view->focusPaneAt(position); });
    }
    connect(on(ActionId::ZoomIn), &QAction::triggered, this, [this] { m_view->zoom(1); });
    connect(on(ActionId::ZoomOut), &QAction::triggered, this, [this] { m_view->zoom(-1); });
    connect(on(ActionId::ZoomReset), &QAction::triggered, this,
            [this] { m_view->zoom(-m_view->zoomSteps()); });
    connect(on(ActionId::Analyze), &QAction::triggered, this, &MainWindow::startAnalysis);
    connect(on(ActionId::CancelAnalysis), &QAction::triggered, m_runner, &AnalysisRunner::cancel);
    connect(on(ActionId::About), &QAction::triggered, this, &MainWindow::showAbout);
    connect(on(ActionId::Welcome), &QAction::triggered, this, &MainWindow::showWelcome);

    connect(m_runner, &AnalysisRunner::progress, this,
            [this](double fraction) { m_progress->setValue(int(fraction * 1000)); });
    connect(m_runner, &AnalysisRunner::finished, this, &MainWindow::onAnalysisFinished);
    connect(m_runner, &AnalysisRunner::cancelled, this, &MainWindow::onAnalysisCancelled);
    connect(m_passages, &PassagesDock::jumpRequested, m_view, &ComparisonView::jumpTo);
    connect(m_view, &ComparisonView::currentPassageChanged, m_passages, &PassagesDock::selectPassage);
    connect(m_view, &ComparisonView::panesChanged, this, &MainWindow::rebuildPanesMenu);
}

void MainWindow::openPaths(const QStringList &paths)
{
    QStringList existing;
    for (const QString &path : paths) {
        if (!path.isEmpty())
            existing << QFileInfo(path).absoluteFilePath();
    }
    if (existing.size() == 1 && DocumentController::isProjectFile(existing.first())) {
        ++m_loadGeneration; // a bundle still loading must not replace the project
        if (m_document->openProject(existing.first())) {
            addRecent(existing);
            Q_EMIT bundleOpened();
        }
        return;
    }
    if (!m_document->maybeSave())
        return;
    m_runner->cancel();
    // Reading and decoding large files must not block the window; only the latest request wins.
    const quint64 generation = ++m_loadGeneration;
    auto *watcher = new QFutureWatcher<Bundle>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, existing] {
        watcher->deleteLater();
        if (generation == m_loadGeneration)
            showBundle(watcher->result(), existing);
    });
    m_statusLabel->setText(tr("Opening\u2026"));
    watcher->setFuture(
        QtConcurrent::run(AnalysisRunner::workerPool(), [existing] { return BundleLoader::load(existing); }));
}

void MainWindow::showBundle(const Bundle &bundle, const QStringList &existing)
{
    m_banner->hide();
    // The bundle becomes a new, unsaved project; showDocument() puts it on screen and compares.
    m_document->project()->setBundle(bundle);
    QStringList problems;
    for (const LoadProblem &problem : std::as_const(bundle.problems))
        problems << problem.message;
    if (bundle.articles.isEmpty()) {
        m_banner->showMessage(
            MessageBanner::Level::Error,
            tr("No article could be opened from %1.").arg(existing.join(QStringLiteral(", "))),
            problems.join(QLatin1Char('\n')));
        m_statusLabel->setText(tr("Nothing to compare"));
        Q_EMIT bundleOpened();
        return;
    }
    if (!problems.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("%n file(s) could not be opened; the rest of the bundle is shown.", nullptr,
                                 int(problems.size())),
                              problems.join(QLatin1Char('\n')));
    }
    addRecent(existing);
    offerProjectFor(existing);
    Q_EMIT bundleOpened();
}

QString MainWindow::projectForFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        return {};
    const QString beside
        = info.absolutePath() + QLatin1Char('/') + info.fileName() + QStringLiteral(".storyweave");
    if (QFileInfo(beside).isFile())
        return beside;
    const QStringList inside = QDir(info.absoluteFilePath())
                                   .entryList({ QStringLiteral("*.storyweave") }, QDir::Files, QDir::Name);
    return inside.isEmpty() ? QString() : QDir(info.absoluteFilePath()).absoluteFilePath(inside.first());
}

void MainWindow::offerProjectFor(const QStringList &paths)
{
    if (paths.size() != 1)
        return;
    const QString project = projectForFolder(paths.first());
    if (project.isEmpty())
        return;
    MessageBanner *banner
        = m_document->addBanner(QStringLiteral("projectForFolder"),
                                tr("These articles have a project with your tags and notes: %1. Open it?")
                                    .arg(QDir::toNativeSeparators(project)),
                                false);
    banner->setObjectName(QStringLiteral("projectForFolder"));
    banner->addButton(tr("Open Project"), [this, project] { openPaths({ project }); });
    banner->addButton(tr("Not Now"), [] {});
}

void MainWindow::startSession()
{
    const QStringList entries = recentEntries();
    for (const QString &entry : entries) {
        const QStringList paths = entry.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const bool allThere = !paths.isEmpty()
            && std::all_of(paths.cbegin(), paths.cend(),
                           [](const QString &p) { return QFileInfo::exists(p); });
        if (allThere) {
            openPaths(paths);
            return;
        }
    }
    showWelcome();
}

void MainWindow::showWelcome()
{
    MessageBanner *banner = m_document->addBanner(
        QStringLiteral("welcome"),
        tr("Welcome to Storyweave. Open a folder with several outlets' articles on one story: the panes show "
           "what they share and what only one has. Select a name and press a key from 1 to 4 to tag it, add "
           "notes, "
           "save the project (Ctrl+S) and export a report (Ctrl+E). Next time Storyweave opens where you "
           "left off."),
        false);
    banner->setObjectName(QStringLiteral("welcome"));
    banner->addButton(tr("Open Articles\u2026"), [this] { openFolder(); });
    banner->addButton(tr("Open Project\u2026"),
                      [this] { m_actions->action(ActionId::OpenProject)->trigger(); });
    banner->addButton(tr("Try the Example"), [this] { m_actions->action(ActionId::OpenExample)->trigger(); });
}

const Bundle &MainWindow::bundle() const
{
    return m_document->project()->bundle();
}

void MainWindow::showDocument()
{
    m_runner->cancel();
    ++m_modelGeneration;
    m_view->setBundle(bundle());
    setBusy(false);
    if (bundle().articles.isEmpty())
        m_statusLabel->clear();
    startAnalysis();
}

void MainWindow::startAnalysis()
{
    const Project *project = m_document->project();
    if (project->bundle().articles.isEmpty())
        return;
    const QList<QString> texts = project->analysisTexts();
    ++m_modelGeneration;
    m_runner->setOptions(project->analysisOptions());
    m_runner->setPublished(project->analysisDates());
    setBusy(true);
    m_statusLabel->setText(tr("Comparing %n article(s)\u2026", nullptr, int(texts.size())));
    m_runner->start(texts);
}

void MainWindow::onAnalysisFinished(const ComparisonResult &result, qint64 milliseconds)
{
    m_lastAnalysisTime = milliseconds;
    m_document->project()->setComparison(result);
    // The index the panes read (spans per article, sorted) takes tens of milliseconds for long
    // articles: it is built on a worker thread, and only the latest one is shown.
    const quint64 generation = ++m_modelGeneration;
    auto *watcher = new QFutureWatcher<ComparisonModelPtr>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_modelGeneration)
            showComparison(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(AnalysisRunner::workerPool(), [bundle = bundle(), result] {
        return ComparisonModelPtr(std::make_shared<const ComparisonModel>(bundle, result));
    }));
}

void MainWindow::showComparison(const ComparisonModelPtr &model)
{
    setBusy(false);
    m_view->setModel(model);
    const ComparisonResult &result = model->result();
    m_statusLabel->setText(
        tr("%n article(s) compared: %1 shared passages, %2 only-here passages. Click a passage "
           "to line up the other panes; F8/Shift+F8: next/previous shared, F9/Shift+F9: "
           "next/previous only-here.",
           nullptr, int(bundle().articles.size()))
            .arg(result.passages.size())
            .arg(result.unique.size()));
    Q_EMIT analysisFinished();
}

void MainWindow::onAnalysisCancelled()
{
    setBusy(false);
    m_statusLabel->setText(
        tr("Comparison cancelled; the texts are shown without highlights (F5 compares again)."));
}

void MainWindow::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_progress->setValue(0);
    m_actions->action(ActionId::CancelAnalysis)->setEnabled(busy);
}

void MainWindow::openFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Story Bundle"));
    if (!dir.isEmpty())
        openPaths({ dir });
}

void MainWindow::openFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), QString(),
        tr("Articles (*.txt *.md *.markdown *.html *.htm);;Storyweave projects (*.storyweave)"));
    if (!files.isEmpty())
        openPaths(files);
}

QStringList MainWindow::recentEntries()
{
    return QSettings().value(RecentKey).toStringList();
}

void MainWindow::addRecent(const QStringList &paths)
{
    // One entry per opened set of paths; a set is stored as newline-separated paths.
    const QString entry = paths.join(QLatin1Char('\n'));
    QStringList entries = recentEntries();
    entries.removeAll(entry);
    entries.prepend(entry);
    while (entries.size() > MaxRecent)
        entries.removeLast();
    QSettings().setValue(RecentKey, entries);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_actions->recentMenu();
    menu->clear();
    const QStringList entries = recentEntries();
    for (const QString &entry : entries) {
        const QStringList paths = entry.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (paths.isEmpty())
            continue;
        // Projects (with tags and notes) and plain articles are marked apart.
        const QString first = menuText(QDir::toNativeSeparators(paths.first()));
        const QString shown = paths.size() == 1
            ? first
            : tr("%1 and %n more file(s)", nullptr, int(paths.size() - 1)).arg(first);
        const bool project = paths.size() == 1 && DocumentController::isProjectFile(paths.first());
        const QString label = project ? tr("Project: %1").arg(shown) : tr("Articles: %1").arg(shown);
        QAction *action = menu->addAction(label);
        connect(action, &QAction::triggered, this, [this, paths] { openPaths(paths); });
    }
    if (!entries.isEmpty()) {
        menu->addSeparator();
        connect(menu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
            QSettings().remove(RecentKey);
            rebuildRecentMenu();
        });
    }
    menu->setEnabled(!entries.isEmpty());
}

void MainWindow::rebuildPanesMenu()
{
    QMenu *menu = m_actions->panesMenu();
    menu->clear();
    for (int article : m_view->paneOrder()) {
        const Article &a = bundle().articles.at(article);
        QAction *action = menu->addAction(menuText(a.outlet));
        action->setCheckable(true);
        action->setChecked(m_view->isPaneVisible(article));
        if (article < 9)
            action->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | (Qt::Key_1 + article)));
        connect(action, &QAction::toggled, this,
                [this, article](bool on) { m_view->setPaneVisible(article, on); });
    }
    // Alt+1 to Alt+8 name the shown panes in their order; a key without a pane does nothing.
    QList<int> shown;
    for (int article : m_view->paneOrder()) {
        if (m_view->isPaneVisible(article))
            shown << article;
    }
    for (int position = 0; position < MainActions::PaneKeys; ++position) {
        QAction *action = m_actions->action(MainActions::focusPane(position));
        if (position < shown.size()) {
            const QString outlet = menuText(bundle().articles.at(shown.at(position)).outlet);
            action->setText(tr("&%1 %2", "Go to Pane menu: key digit, outlet").arg(position + 1).arg(outlet));
        } else {
            action->setText(tr("Pane &%1").arg(position + 1));
        }
        action->setEnabled(position < shown.size());
    }
}

void MainWindow::showAbout()
{
    auto *box
        = new QMessageBox(QMessageBox::Information, tr("About Storyweave"),
                          tr("Storyweave %1\nCompare news articles side by side.\n\n%2")
                              .arg(QApplication::applicationVersion(), DesktopController::aboutDetails()),
                          QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openPaths(paths);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document->maybeSave()) {
        event->ignore();
        return;
    }
    m_runner->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace sw::ui

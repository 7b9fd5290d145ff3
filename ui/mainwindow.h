// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "align/comparison.h"
#include "bundle/bundle.h"
#include "compare/comparisonmodel.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QToolButton;

namespace sw::ui {

class AnalysisRunner;
class DesktopController;
class AnnotationPanels;
class ComparisonView;
class DocumentController;
class LegendBar;
class MainActions;
class MessageBanner;
class PassagesDock;
class TagController;

/// The main window: opens bundles and projects (menu, drag and drop, recent files, command
/// line), shows them in the comparison view with the passages dock, and runs the analysis in the
/// background. The document behind it is the DocumentController's Project: opening a bundle
/// starts a new project; tagging goes through the TagController and the annotation docks.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a bundle folder or a set of article files: read on a worker thread, then shown
    /// (bundleOpened) and compared (analysisFinished); problems show in the banner. A single
    /// .storyweave path opens that project instead.
    void openPaths(const QStringList &paths);
    /// The document's articles (Project::bundle()); the window keeps no copy of its own.
    const Bundle &bundle() const;

    ComparisonView *comparisonView() const { return m_view; }
    LegendBar *legendBar() const { return m_legend; }
    PassagesDock *passagesDock() const { return m_passages; }
    AnalysisRunner *analysisRunner() const { return m_runner; }
    MessageBanner *banner() const { return m_banner; }
    MainActions *actions() const { return m_actions; }
    DocumentController *document() const { return m_document; }
    DesktopController *desktop() const { return m_desktop; }
    TagController *tagging() const { return m_tagging; }
    AnnotationPanels *annotationPanels() const { return m_panels; }
    /// Milliseconds the last analysis took (0 before the first).
    qint64 lastAnalysisTime() const { return m_lastAnalysisTime; }

    static QStringList recentEntries();
    /// Start-up without paths: reopens what was open last (the first Open Recent entry), or
    /// the first time shows the welcome banner.
    void startSession();
    /// The banner that explains the loop, with Open Articles / Open Project / Try the Example.
    void showWelcome();
    /// A project file that belongs to the bundle folder `folder`: one inside it, or
    /// FOLDER.storyweave beside it; empty when there is none.
    static QString projectForFolder(const QString &folder);

Q_SIGNALS:
    void bundleOpened();
    void analysisFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void showBundle(const Bundle &bundle, const QStringList &paths);
    void showDocument();
    void startAnalysis();
    void onAnalysisFinished(const ComparisonResult &result, qint64 milliseconds);
    /// Shows a comparison whose index was built on a worker thread.
    void showComparison(const ComparisonModelPtr &model);
    void onAnalysisCancelled();
    void setBusy(bool busy);
    void openFolder();
    void openFiles();
    void addRecent(const QStringList &paths);
    void rebuildRecentMenu();
    void rebuildPanesMenu();
    void showAbout();
    void offerProjectFor(const QStringList &paths);

    MainActions *m_actions = nullptr;
    DesktopController *m_desktop = nullptr;
    DocumentController *m_document = nullptr;
    TagController *m_tagging = nullptr;
    AnnotationPanels *m_panels = nullptr;
    ComparisonView *m_view = nullptr;
    PassagesDock *m_passages = nullptr;
    AnalysisRunner *m_runner = nullptr;
    MessageBanner *m_banner = nullptr;
    LegendBar *m_legend = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    qint64 m_lastAnalysisTime = 0;
    quint64 m_loadGeneration = 0;
    quint64 m_modelGeneration = 0; ///< the comparison index being built for the latest result
};

} // namespace sw::ui

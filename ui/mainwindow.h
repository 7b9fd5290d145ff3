#pragma once

#include "align/comparison.h"
#include "bundle/bundle.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QToolButton;

namespace sw::ui {

class AnalysisRunner;
class ComparisonView;
class LegendBar;
class MainActions;
class MessageBanner;
class PassagesDock;

/// The main window: opens bundles (menu, drag and drop, recent files, command line), shows
/// them in the comparison view with the passages dock, and runs the analysis in the background.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a bundle folder or a set of article files: read on a worker thread, then shown
    /// (bundleOpened) and compared (analysisFinished); problems show in the banner.
    void openPaths(const QStringList &paths);
    const Bundle &bundle() const { return m_bundle; }

    ComparisonView *comparisonView() const { return m_view; }
    PassagesDock *passagesDock() const { return m_passages; }
    AnalysisRunner *analysisRunner() const { return m_runner; }
    MessageBanner *banner() const { return m_banner; }
    MainActions *actions() const { return m_actions; }
    /// Milliseconds the last analysis took (0 before the first).
    qint64 lastAnalysisTime() const { return m_lastAnalysisTime; }

    static QStringList recentEntries();

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
    void startAnalysis();
    void onAnalysisFinished(const ComparisonResult &result, qint64 milliseconds);
    void onAnalysisCancelled();
    void setBusy(bool busy);
    void openFolder();
    void openFiles();
    void addRecent(const QStringList &paths);
    void rebuildRecentMenu();
    void rebuildPanesMenu();
    void showAbout();

    Bundle m_bundle;
    MainActions *m_actions = nullptr;
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
};

} // namespace sw::ui

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "desktopcontroller.h"

#include "analysisrunner.h"
#include "compare/articlepane.h"
#include "compare/articletextview.h"
#include "compare/comparisonview.h"
#include "compare/legendbar.h"
#include "dialogs/exportdialog.h"
#include "dialogs/preferencesdialog.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "project/autosaver.h"
#include "project/documentcontroller.h"
#include "project/project.h"
#include "report/pdfreportwriter.h"
#include "report/projectreport.h"
#include "report/reportbuilder.h"
#include "source/sourceview.h"
#include "source/syntaxadapter.h"
#include "tagging/tagcontroller.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace sw::ui {

DesktopController::DesktopController(MainWindow *window, Preferences *preferences)
    : QObject(window)
    , m_window(window)
    , m_preferences(preferences)
    , m_syntax(std::make_unique<SyntaxAdapter>(QStringLiteral(":/storyweave/ksyntax")))
{
    MainActions *a = window->actions();

    m_printPreviewAction = new QAction(QIcon::fromTheme(QStringLiteral("document-print-preview")),
                                       tr("Print Pre&view\u2026"), this);
    m_printAction = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print\u2026"), this);
    m_exportAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Report\u2026"), this);
    m_exportAction->setStatusTip(
        tr("Write the comparison and the annotations as HTML, PDF, ODT, Markdown, CSV, "
           "JSON-LD or TEI"));
    connect(m_exportAction, &QAction::triggered, this, &DesktopController::showExport);
    a->adopt(ActionId::ExportReport, m_exportAction);
    a->adopt(ActionId::PrintPreview, m_printPreviewAction);
    a->adopt(ActionId::Print, m_printAction);
    connect(m_printAction, &QAction::triggered, this, &DesktopController::print);
    connect(m_printPreviewAction, &QAction::triggered, this, &DesktopController::printPreview);

    m_sourceAction = new QAction(QIcon::fromTheme(QStringLiteral("text-html")), tr("Show &Source"), this);
    m_sourceAction->setStatusTip(tr("Show the raw HTML, Markdown or text the active article was read from"));
    a->adopt(ActionId::ShowSource, m_sourceAction);
    connect(m_sourceAction, &QAction::triggered, this, &DesktopController::showSource);

    m_preferencesAction
        = new QAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Preferences\u2026"), this);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    a->adopt(ActionId::Preferences, m_preferencesAction);
    connect(m_preferencesAction, &QAction::triggered, this, &DesktopController::showPreferences);

    window->comparisonView()->setStyleCustomizer([this](HighlightStyle &style) { customizeStyle(style); });
    connect(m_preferences, &Preferences::changed, this, &DesktopController::apply);
    connect(window->legendBar(), &LegendBar::hiddenLayersChanged, m_preferences,
            &Preferences::setHiddenHighlights);
    // View → Show Suggestions and the legend's "suggestion" entry are one switch.
    connect(window->tagging()->showSuggestionsAction(), &QAction::toggled, this, [this](bool shown) {
        QStringList hidden = m_preferences->hiddenHighlights();
        if (LegendBar::suggestionsShown(hidden) == shown)
            return;
        if (shown)
            hidden.removeAll(QStringLiteral("suggestions"));
        else
            hidden << QStringLiteral("suggestions");
        m_preferences->setHiddenHighlights(hidden);
    });
    for (const QString &key :
         { QStringLiteral("textFont"), QStringLiteral("readingTheme"), QStringLiteral("autosave"),
           QStringLiteral("analysisOptions"), QStringLiteral("hiddenHighlights") })
        apply(key);
}

DesktopController::~DesktopController() = default;

void DesktopController::apply(const QString &key)
{
    ComparisonView *view = m_window->comparisonView();
    if (key == QLatin1String("textFont")) {
        view->setTextFont(m_preferences->textFont());
    } else if (key == QLatin1String("highlightColours") || key == QLatin1String("hiddenHighlights")) {
        m_window->legendBar()->setHiddenLayers(m_preferences->hiddenHighlights());
        m_window->tagging()->showSuggestionsAction()->setChecked(
            LegendBar::suggestionsShown(m_preferences->hiddenHighlights()));
        view->setStyleCustomizer([this](HighlightStyle &style) { customizeStyle(style); });
        m_window->legendBar()->setStyle(view->highlightStyle());
    } else if (key == QLatin1String("readingTheme")) {
        applyReadingTheme();
    } else if (key == QLatin1String("autosave")) {
        m_window->document()->autosaver()->setInterval(m_preferences->autosaveSeconds() * 1000);
    } else if (key == QLatin1String("analysis") || key == QLatin1String("analysisOptions")) {
        // The preferences are the defaults; a project's own analysis options win (Project).
        Project *project = m_window->document()->project();
        project->setDefaultAnalysisOptions(m_preferences->alignOptions());
        m_window->analysisRunner()->setOptions(project->analysisOptions());
        if (key == QLatin1String("analysis") && !m_window->bundle().articles.isEmpty())
            m_window->actions()
                ->action(ActionId::Analyze)
                ->trigger(); // compare again with the new thresholds
    }
}

void DesktopController::customizeStyle(HighlightStyle &style) const
{
    const bool dark = style.isDark();
    for (PassageKind kind : allPassageKinds)
        style.setKindColor(kind, m_preferences->highlightColour(kind, dark));
    LegendBar::applyHidden(m_preferences->hiddenHighlights(), style);
}

void DesktopController::applyReadingTheme()
{
    ComparisonView *view = m_window->comparisonView();
    const QString theme = m_preferences->readingTheme();
    if (theme.isEmpty()) {
        view->setPalette(QPalette());
        return;
    }
    const ReadingPalette colours = m_syntax->palette(theme);
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Base, colours.background);
    palette.setColor(QPalette::Window,
                     colours.dark ? colours.background.lighter(115) : colours.background.darker(104));
    palette.setColor(QPalette::Text, colours.text);
    palette.setColor(QPalette::WindowText, colours.text);
    palette.setColor(QPalette::Highlight, colours.selection);
    palette.setColor(QPalette::HighlightedText, colours.text);
    palette.setColor(QPalette::Link, colours.accent);
    view->setPalette(palette); // the view restyles its highlights for the new background
}

ExportDialog *DesktopController::showExport()
{
    if (m_window->bundle().articles.isEmpty())
        return nullptr;
    if (m_export)
        m_export->close();
    const QString projectPath = m_window->document()->project()->filePath();
    const QString base = projectPath.isEmpty() ? ReportBuilder::slug(m_window->bundle().title)
                                               : QFileInfo(projectPath).completeBaseName();
    m_export = new ExportDialog(currentReport(), base, m_window);
    m_export->setAttribute(Qt::WA_DeleteOnClose);
    m_export->show();
    return m_export;
}

PreferencesDialog *DesktopController::showPreferences()
{
    if (!m_dialog) {
        m_dialog = new PreferencesDialog(*m_preferences, m_syntax->themeNames(), m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

SourceView *DesktopController::showSource()
{
    ComparisonView *view = m_window->comparisonView();
    ArticlePane *pane = view->activePane();
    if (!pane || pane->article() < 0 || pane->article() >= m_window->bundle().articles.size())
        return nullptr;
    const Article &article = m_window->bundle().articles.at(pane->article());
    auto *source = new SourceView(article, *m_syntax, m_preferences->sourceTheme(), m_window);
    connect(source, &SourceView::themeChosen, m_preferences, &Preferences::setSourceTheme);
    source->setAttribute(Qt::WA_DeleteOnClose);
    const QTextCursor cursor = pane->view()->textCursor();
    source->showDisplayRange(cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart());
    source->show();
    // The view keeps a reference to the article: close it when the bundle goes.
    connect(m_window, &MainWindow::bundleOpened, source, &QWidget::close);
    return source;
}

ReportModel DesktopController::currentReport() const
{
    return projectReport(*m_window->document()->project());
}

bool DesktopController::printTo(QPrinter *printer) const
{
    if (m_window->bundle().articles.isEmpty())
        return false;
    return PdfReportWriter::paint(currentReport(), printer);
}

void DesktopController::print()
{
    QPrinter printer(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(&printer, m_window);
    dialog->setWindowTitle(tr("Print Report"));
    if (dialog->exec() == QDialog::Accepted)
        printTo(&printer);
    delete dialog;
}

void DesktopController::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { printTo(p); });
    preview.resize(1000, 800);
    preview.exec();
}

QString DesktopController::aboutDetails()
{
    return tr("Source view: %1.").arg(SyntaxAdapter::backendDescription());
}

} // namespace sw::ui

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The desktop integration of the main window: preferences applied live, the source view, printing
// and the About text.
#include "../exampledata.h"
#include "analysisrunner.h"
#include "cli/commandline.h"
#include "compare/articlehighlighter.h"
#include "compare/articlepane.h"
#include "compare/articletextview.h"
#include "compare/comparisonview.h"
#include "compare/highlightstyle.h"
#include "compare/legendbar.h"
#include "desktopcontroller.h"
#include "dialogs/exportdialog.h"
#include "dialogs/preferencesdialog.h"
#include "mainwindow.h"
#include "project/documentcontroller.h"
#include "project/project.h"
#include "project/projectcommands.h"
#include "project/projecteditor.h"
#include "report/htmlreportwriter.h"
#include "report/textdocumentreportbuilder.h"
#include "source/sourceview.h"
#include "source/syntaxadapter.h"
#include "tagging/annotationlayer.h"
#include "tagging/tagcontroller.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextLayout>

using namespace sw;
using namespace sw::ui;

class TestDesktop : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    void openExample()
    {
        m_window = std::make_unique<MainWindow>();
        QSignalSpy finished(m_window.get(), &MainWindow::analysisFinished);
        m_window->openPaths({ QStringLiteral(SW_EXAMPLES "/harbour-fire") });
        QVERIFY(finished.wait(20000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup()
    {
        m_window.reset();
        QSettings().clear();
    }

    void fontAndColoursApplyLive()
    {
        openExample();
        DesktopController *desktop = m_window->desktop();
        QVERIFY(desktop);
        PreferencesDialog *dialog = desktop->showPreferences();
        QVERIFY(dialog->isVisible());
        dialog->fontSizeBox()->setValue(19);
        ArticleTextView *view = m_window->comparisonView()->pane(0)->view();
        QCOMPARE(view->font().pointSize(), 19);

        dialog->setColour(PassageKind::OnlyHere, QColor(QStringLiteral("#aa1100")));
        QCOMPARE(m_window->comparisonView()->highlightStyle().kindColor(PassageKind::OnlyHere),
                 QColor(QStringLiteral("#aa1100")));
        dialog->setColour(PassageKind::Moved, QColor(QStringLiteral("#0011aa")));
        QCOMPARE(m_window->comparisonView()->highlightStyle().kindColor(PassageKind::Moved),
                 QColor(QStringLiteral("#0011aa")));
        dialog->close();
    }

    void reportUsesTheWindowColours()
    {
        // The window on a white page and the report on white paper: the same colour for each kind.
        openExample();
        QPalette paper;
        paper.setColor(QPalette::Window, Qt::white);
        paper.setColor(QPalette::Base, Qt::white);
        const HighlightStyle style(paper);
        const ReportModel report = m_window->desktop()->currentReport();
        const QString html = QString::fromUtf8(HtmlReportWriter::render(report));
        const struct
        {
            const char *rule;
            PassageKind kind;
            double level;
        } rules[] = { { "mark.verbatim.share-3 { background: ", PassageKind::Verbatim, 1.0 },
                      { "mark.verbatim.share-1 { background: ", PassageKind::Verbatim, 1.0 / 3 },
                      { "mark.near.share-3 { background: ", PassageKind::Near, 1.0 },
                      { "mark.paraphrase.share-2 { background: ", PassageKind::Paraphrase, 2.0 / 3 },
                      { "mark.only-here { background: ", PassageKind::OnlyHere, 0.0 } };
        for (const auto &r : rules) {
            const QString rule = QLatin1String(r.rule) + style.background(r.kind, r.level).name();
            QVERIFY2(html.contains(rule), qPrintable(rule));
        }

        // The paged reports (PDF, ODT, printing): the legend's samples in the same colours.
        QTextDocument doc;
        TextDocumentReportBuilder::build(report, &doc);
        QHash<QString, QColor> samples;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                if (f.charFormat().background().style() != Qt::NoBrush && !samples.contains(f.text()))
                    samples.insert(f.text(), f.charFormat().background().color());
            }
        }
        QCOMPARE(samples.value(QStringLiteral("Verbatim")), style.background(PassageKind::Verbatim, 1.0));
        QCOMPARE(samples.value(QStringLiteral("Near-verbatim")), style.background(PassageKind::Near, 1.0));
        QCOMPARE(samples.value(QStringLiteral("Paraphrase")), style.background(PassageKind::Paraphrase, 1.0));
        QCOMPARE(samples.value(QStringLiteral("Only here")), style.background(PassageKind::OnlyHere, 0.0));
    }

    void legendSwitchesHighlightsOffAndRemembers()
    {
        openExample();
        m_window->resize(1600, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        LegendBar *legend = m_window->legendBar();
        QTRY_VERIFY(!legend->layerRect(QStringLiteral("unique")).isEmpty());
        ArticleTextView *courier = m_window->comparisonView()->pane(0)->view();
        // A sentence only the Courier has (tests/data/example-truth.json).
        const int unique = int(m_window->bundle().articles.at(0).text.indexOf(
            QStringLiteral("According to city records, the theatre passed")));
        QVERIFY(unique >= 0);
        const QColor base = courier->palette().color(QPalette::Base);
        auto backgroundAt = [&](int position) {
            if (!QTest::qWaitFor([&] { return courier->highlighter()->isComplete(); }, 10000))
                return QColor();
            const QTextBlock block = courier->document()->findBlock(position);
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (position - block.position() >= range.start
                    && position - block.position() < range.start + range.length)
                    return range.format.background().color();
            }
            return base;
        };
        const QColor uniqueColour
            = m_window->comparisonView()->highlightStyle().background(PassageKind::OnlyHere, 0);
        QCOMPARE(backgroundAt(unique + 10), uniqueColour);

        // A click on "only in this article" hides it in the panes and in the preferences.
        QTest::mouseClick(legend, Qt::LeftButton, {}, legend->layerRect(QStringLiteral("unique")).center());
        QCOMPARE(legend->hiddenLayers(), QStringList { QStringLiteral("unique") });
        QVERIFY(!m_window->comparisonView()->highlightStyle().isKindShown(PassageKind::OnlyHere));
        QTRY_VERIFY(backgroundAt(unique + 10) != uniqueColour);
        QCOMPARE(QSettings().value(QStringLiteral("preferences/hiddenHighlights")).toStringList(),
                 QStringList { QStringLiteral("unique") });

        // The View menu switches the same layers; a new window starts with the reader's choice.
        QAction *verbatim = legend->menu()->actions().value(0);
        QVERIFY(verbatim && verbatim->isChecked());
        verbatim->trigger();
        QVERIFY(!m_window->comparisonView()->highlightStyle().isKindShown(PassageKind::Verbatim));
        m_window.reset();
        openExample();
        const HighlightStyle &style = m_window->comparisonView()->highlightStyle();
        QVERIFY(!style.isKindShown(PassageKind::OnlyHere));
        QVERIFY(!style.isKindShown(PassageKind::Verbatim));
        QVERIFY(style.isKindShown(PassageKind::Near));
        QCOMPARE(m_window->legendBar()->hiddenLayers().size(), 2);
    }

    void legendSwitchesSuggestionsLikeTheViewMenu()
    {
        openExample();
        m_window->resize(1600, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        LegendBar *legend = m_window->legendBar();
        QAction *menuSwitch = m_window->tagging()->showSuggestionsAction();
        AnnotationLayer *layer = m_window->tagging()->layer();
        QVERIFY(menuSwitch->isChecked());
        QVERIFY(layer->showSuggestions());
        QTRY_VERIFY(!legend->layerRect(QStringLiteral("suggestions")).isEmpty());
        // The legend entry hides the underlines, unchecks View → Show Suggestions and is kept.
        QTest::mouseClick(legend, Qt::LeftButton, {},
                          legend->layerRect(QStringLiteral("suggestions")).center());
        QCOMPARE(legend->hiddenLayers(), QStringList { QStringLiteral("suggestions") });
        QVERIFY(!menuSwitch->isChecked());
        QVERIFY(!layer->showSuggestions());
        QCOMPARE(QSettings().value(QStringLiteral("preferences/hiddenHighlights")).toStringList(),
                 QStringList { QStringLiteral("suggestions") });
        // The menu switch shows them again, in the legend too.
        menuSwitch->trigger();
        QVERIFY(layer->showSuggestions());
        QVERIFY(legend->hiddenLayers().isEmpty());
        menuSwitch->trigger();
        // A new window starts with them hidden.
        m_window.reset();
        openExample();
        QVERIFY(!m_window->tagging()->showSuggestionsAction()->isChecked());
        QVERIFY(!m_window->tagging()->layer()->showSuggestions());
        QCOMPARE(m_window->legendBar()->hiddenLayers(), QStringList { QStringLiteral("suggestions") });
    }

    void analysisThresholdsRerunTheComparison()
    {
        openExample();
        QSignalSpy finished(m_window.get(), &MainWindow::analysisFinished);
        desktopPreferences()->setMinPassageWords(12);
        QCOMPARE(m_window->analysisRunner()->options().minPassageWords, 12);
        QVERIFY(finished.wait(20000));
        // Every shared run of text is at least 12 words long (a run may be cut into passages where
        // the outlets sharing it change; adjacent passages are separated by spaces or punctuation).
        const auto &result = m_window->comparisonView()->model()->result();
        for (int a = 0; a < result.articleCount; ++a) {
            const QString &article = m_window->bundle().articles.at(a).text;
            QList<QPair<int, int>> spans;
            for (const Passage &p : result.passages) {
                if (p.kind != PassageKind::Paraphrase && p.spanIn(a) && !p.spanIn(a)->reworded)
                    spans.append({ p.spanIn(a)->start, p.spanIn(a)->end });
            }
            std::sort(spans.begin(), spans.end());
            QVERIFY(!spans.isEmpty());
            const QRegularExpression word(QStringLiteral("\\w"));
            for (qsizetype i = 0; i < spans.size();) {
                int end = spans[i].second;
                qsizetype j = i + 1;
                while (j < spans.size() && !article.mid(end, spans[j].first - end).contains(word))
                    end = std::max(end, spans[j++].second);
                const QString run = article.mid(spans[i].first, end - spans[i].first);
                QVERIFY2(run.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 10, qPrintable(run));
                i = j;
            }
        }
    }

    void readingThemeChangesThePanes()
    {
        openExample();
        desktopPreferences()->setReadingTheme(QStringLiteral("Dark"));
        QVERIFY(m_window->comparisonView()->highlightStyle().isDark());
        QCOMPARE(m_window->comparisonView()->palette().color(QPalette::Base),
                 SyntaxAdapter::builtInDark().background);
        desktopPreferences()->setReadingTheme(QString());
        QVERIFY(!m_window->comparisonView()->highlightStyle().isDark());
    }

    void sourceViewShowsTheRawHtmlAtTheCursor()
    {
        openExample();
        ComparisonView *view = m_window->comparisonView();
        view->setActivePane(1); // the HTML article
        ArticleTextView *text = view->pane(1)->view();
        const QString display = m_window->bundle().articles.at(1).text;
        const int at = int(display.indexOf(QLatin1String("Okafor")));
        QTextCursor cursor(text->document());
        cursor.setPosition(at);
        cursor.setPosition(at + 6, QTextCursor::KeepAnchor);
        text->setTextCursor(cursor);
        SourceView *source = m_window->desktop()->showSource();
        QVERIFY(source);
        QVERIFY(source->editor()->toPlainText().contains(QLatin1String("<!DOCTYPE html")));
        QCOMPARE(source->editor()->textCursor().selectedText(), QStringLiteral("Okafor"));
        QVERIFY(source->windowTitle().contains(QLatin1String("02-nordic-wire.html")));
        QCOMPARE(source->themeBox() != nullptr, SyntaxAdapter::isAvailable());
        source->close();
    }

    // With KSyntaxHighlighting: the HTML is highlighted, the cursor still lands on the display selection,
    // and the theme chosen in the view re-colours it at once and is kept for the next source view.
    void highlightedSourceViewMapsTheCursorAndKeepsTheTheme()
    {
        if (!SyntaxAdapter::isAvailable())
            QSKIP("built without KF6 KSyntaxHighlighting (Debian 12); runs in CI's Debian 13 stage");
        openExample();
        ComparisonView *view = m_window->comparisonView();
        view->setActivePane(1); // the HTML article
        ArticleTextView *text = view->pane(1)->view();
        const QString display = m_window->bundle().articles.at(1).text;
        const int at = int(display.indexOf(QLatin1String("Berglund")));
        QVERIFY(at > 0);
        QTextCursor cursor(text->document());
        cursor.setPosition(at);
        cursor.setPosition(at + 8, QTextCursor::KeepAnchor);
        text->setTextCursor(cursor);

        SourceView *source = m_window->desktop()->showSource();
        QVERIFY(source);
        QCOMPARE(source->definitionName(), QStringLiteral("HTML"));
        QCOMPARE(source->editor()->textCursor().selectedText(), QStringLiteral("Berglund"));
        QComboBox *themes = source->themeBox();
        QVERIFY(themes);
        QCOMPARE(source->themeName(), m_window->desktop()->syntax().defaultSourceTheme(false));
        const QTextBlock tagBlock = source->editor()->document()->findBlockByNumber(0);
        QVERIFY(!tagBlock.layout()->formats().isEmpty());

        // The user picks Breeze Dark with the keyboard, as from the list.
        const int dark = themes->findText(QStringLiteral("Breeze Dark"));
        QVERIFY(dark >= 0);
        themes->setCurrentIndex(dark == 0 ? 1 : dark - 1);
        themes->setFocus();
        QTest::keyClick(themes, dark == 0 ? Qt::Key_Up : Qt::Key_Down);
        QCOMPARE(source->themeName(), QStringLiteral("Breeze Dark"));
        QVERIFY(source->editor()->palette().color(QPalette::Base).lightness() < 128);
        QCOMPARE(m_window->desktop()->preferences()->sourceTheme(), QStringLiteral("Breeze Dark"));
        QCOMPARE(source->editor()->textCursor().selectedText(), QStringLiteral("Berglund"));
        source->close();

        SourceView *again = m_window->desktop()->showSource();
        QVERIFY(again);
        QCOMPARE(again->themeName(), QStringLiteral("Breeze Dark"));
        QVERIFY(again->editor()->palette().color(QPalette::Base).lightness() < 128);
        again->close();
    }

    void printsTheReport()
    {
        openExample();
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(pdf);
        QVERIFY(m_window->desktop()->printTo(&printer));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        if (!pdftotext.waitForFinished(20000))
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QLatin1String("Nordic Wire")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QLatin1String("Page 1 of")));
    }

    void exportDialogWritesTheChosenFormat()
    {
        openExample();
        ExportDialog *dialog = m_window->desktop()->showExport();
        QVERIFY(dialog);
        QTemporaryDir dir;
        dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(int(ReportFormat::Markdown)));
        QVERIFY(dialog->pathEdit()->text().endsWith(QLatin1String(".md")));
        const QString out = dir.filePath(QStringLiteral("story.md"));
        dialog->pathEdit()->setText(out);
        dialog->sectionBox(QStringLiteral("matrix"))->setChecked(false);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        dialog->startExport();
        QVERIFY(dialog->isExporting() || exported.count() == 1);
        QVERIFY(exported.count() == 1 || exported.wait(20000));
        QCOMPARE(exported.first().first().toStringList(), QStringList { out });
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY(markdown.contains(QLatin1String("Nordic Wire")));
        QVERIFY(!markdown.contains(QLatin1String("Reuse matrix")));
        QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("story.md")));

        // A file that cannot be written is reported, and nothing else happens.
        QSignalSpy failed(dialog, &ExportDialog::failed);
        dialog->pathEdit()->setText(out + QStringLiteral("/inside-a-file.md"));
        dialog->startExport();
        QVERIFY(failed.count() == 1 || failed.wait(20000));
        QVERIFY(!dialog->statusLabel()->text().isEmpty());
        dialog->close();
    }

    void cliAndWindowExportTheSameReport()
    {
        // One project with its own analysis options and a tag; the window's preferences differ
        // from both the project's options and the defaults the command line would use.
        qputenv("SOURCE_DATE_EPOCH", "1700000000");
        QTemporaryDir dir;
        QVERIFY(sw::test::copyExample(dir.filePath(QStringLiteral("story"))));
        const QString projectPath = dir.filePath(QStringLiteral("story.storyweave"));
        {
            QString out;
            QString err;
            QTextStream outStream(&out);
            QTextStream errStream(&err);
            QCOMPARE(cli::run({ QStringLiteral("storyweave"), QStringLiteral("new"),
                                dir.filePath(QStringLiteral("story")), QStringLiteral("-o"), projectPath },
                              outStream, errStream),
                     0);
            Project project;
            Error error;
            QVERIFY2(project.open(projectPath, &error, Project::Access::ReadWrite),
                     qPrintable(error.message));
            QVERIFY(project.push(std::make_unique<SetSettingCommand>(
                &project, QStringLiteral("analysis"),
                QJsonObject { { QStringLiteral("minPassageWords"), 12 } })));
            QCOMPARE(project.analysisOptions().minPassageWords, 12);
            const Article &first = project.bundle().articles.at(0);
            const int at = int(first.text.indexOf(QLatin1String("Lindholmen")));
            QVERIFY(at >= 0);
            QVERIFY(ProjectEditor(&project).tagSpan({ first.id, at, at + 10 }, EntityType::Place).done);
            QVERIFY2(project.save(projectPath, &error), qPrintable(error.message));
        }

        const QString fromCli = dir.filePath(QStringLiteral("cli.md"));
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(cli::run({ QStringLiteral("storyweave"), QStringLiteral("export"), projectPath,
                            QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), fromCli },
                          outStream, errStream),
                 0);

        m_window = std::make_unique<MainWindow>();
        desktopPreferences()->setMinPassageWords(9);
        QSignalSpy finished(m_window.get(), &MainWindow::analysisFinished);
        m_window->openPaths({ projectPath });
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_window->analysisRunner()->options().minPassageWords, 12);
        QVERIFY(m_window->document()->project()->hasComparison());
        ExportDialog *dialog = m_window->desktop()->showExport();
        QVERIFY(dialog);
        dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(int(ReportFormat::Markdown)));
        const QString fromWindow = dir.filePath(QStringLiteral("window.md"));
        dialog->pathEdit()->setText(fromWindow);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        dialog->startExport();
        QVERIFY(exported.count() == 1 || exported.wait(20000));
        qunsetenv("SOURCE_DATE_EPOCH");

        QFile cliFile(fromCli);
        QFile windowFile(fromWindow);
        QVERIFY(cliFile.open(QIODevice::ReadOnly) && windowFile.open(QIODevice::ReadOnly));
        const QByteArray cliReport = cliFile.readAll();
        QVERIFY(cliReport.contains("Lindholmen"));
        QCOMPARE(windowFile.readAll(), cliReport);
    }

    void actionsAreInTheMenus()
    {
        openExample();
        DesktopController *desktop = m_window->desktop();
        QCOMPARE(desktop->preferencesAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma));
        QCOMPARE(desktop->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        QVERIFY(!desktop->sourceAction()->shortcut().isEmpty());
        QVERIFY(DesktopController::aboutDetails().contains(SyntaxAdapter::backendDescription()));
    }

private:
    Preferences *desktopPreferences() const { return m_window->desktop()->preferences(); }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Tagging in the comparison window on the real example bundle: the tag keys, the Entities and
// Quotes docks, tag-all, suggestions, undo, and the overlay's marks.
#include "analysisrunner.h"
#include "compare/articlepane.h"
#include "compare/articletextview.h"
#include "compare/comparisonview.h"
#include "desktopcontroller.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "panels/entitiesdock.h"
#include "panels/notesdock.h"
#include "panels/quotesdock.h"
#include "project/documentcontroller.h"
#include "project/entitymatrixmodel.h"
#include "project/project.h"
#include "project/projectcommands.h"
#include "project/projecteditor.h"
#include "project/quotesmodel.h"
#include "report/reportmodel.h"
#include "tagging/annotationlayer.h"
#include "tagging/annotationoverlay.h"
#include "tagging/annotationpanels.h"
#include "tagging/entitychooser.h"
#include "tagging/entitytypesdialog.h"
#include "tagging/notedialog.h"
#include "tagging/suggestionpopup.h"
#include "tagging/tagalldialog.h"
#include "tagging/tagcontroller.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHelpEvent>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace sw;
using namespace sw::ui;

namespace {

const QString Example = QStringLiteral(SW_EXAMPLES "/harbour-fire");

bool hasMark(AnnotationLayer *layer, int article, int start, int end, Decoration::Kind kind)
{
    const auto &marks = layer->decorations(article);
    return std::any_of(marks.cbegin(), marks.cend(), [&](const Decoration &d) {
        return d.kind == kind && d.start == start && d.end == end;
    });
}

} // namespace

class TestTagging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tagKeyAddsEntityToDockAndUndoRemovesIt();
    void partOfNameJoinsEntity();
    void tagAllAppliesCheckedHitsAcrossArticles();
    void acceptAndRejectSuggestions();
    void quoteKeyLinksAlteredBerglundQuote();
    void quoteKeyAddsSuggestedSpeaker();
    void acceptedQuoteSuggestionShowsInDock();
    void dockAndReportAgreeOnPunctuationOnlyQuote();
    void dockComparesTheWordsNotTheStoredFlag();
    void renameAndMergeInDock();
    void contextMenuOffersTagging();
    void clickOnSuggestionOpensPopup();
    void hoverCardAcceptsAndRejectsSuggestions();
    void entityChooserCompletesAndLinks();
    void userDefinedTypeAndNote();

private:
    ArticleTextView *select(int article, const QString &needle, int skip = 0);
    Project *project() const { return m_window->document()->project(); }
    MainWindow *m_window = nullptr;
};

void TestTagging::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("storyweave-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tagging"));
}

void TestTagging::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QSignalSpy finished(m_window, &MainWindow::analysisFinished);
    QSignalSpy suggested(m_window->tagging(), &TagController::suggestionsReady);
    m_window->openPaths({ Example });
    QVERIFY(finished.wait(60000) || finished.count() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(suggested.count() > 0, 60000);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestTagging::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

ArticleTextView *TestTagging::select(int article, const QString &needle, int skip)
{
    ArticleTextView *view = m_window->comparisonView()->pane(article)->view();
    const QString &text = project()->bundle().articles.at(article).text;
    qsizetype at = text.indexOf(needle);
    while (skip-- > 0 && at >= 0)
        at = text.indexOf(needle, at + 1);
    if (at < 0)
        return nullptr;
    QTextCursor cursor(view->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + needle.size()), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    view->setFocus();
    m_window->comparisonView()->setActivePane(article);
    return view;
}

void TestTagging::tagKeyAddsEntityToDockAndUndoRemovesIt()
{
    ArticleTextView *view = select(0, QStringLiteral("Mara Okafor"));
    QVERIFY(view);
    QTRY_VERIFY(view->hasFocus());
    QVERIFY(!m_window->isWindowModified());
    QTest::keyClick(view, Qt::Key_1);

    const Entity *entity = project()->store().entityByName(QStringLiteral("Mara Okafor"), EntityType::Person);
    QVERIFY(entity);
    const QString id = entity->id;
    QTRY_VERIFY(m_window->annotationPanels()->entities()->entityIndex(id).isValid());
    QCOMPARE(m_window->annotationPanels()->entities()->entityIndex(id).siblingAtColumn(1).data().toString(),
             QStringLiteral("1"));
    const int start = int(project()->bundle().articles.at(0).text.indexOf(QStringLiteral("Mara Okafor")));
    QVERIFY(hasMark(m_window->tagging()->layer(), 0, start, start + 11, Decoration::Mention));
    // The overlay can place the mark on screen.
    auto *overlay = view->viewport()->findChild<AnnotationOverlay *>();
    QVERIFY(overlay);
    view->showPosition(start);
    QVERIFY(!overlay->rectsOf(start, start + 11).isEmpty());
    // Scrolling moves the viewport's children; the overlay stays put over the text.
    view->showPosition(int(project()->bundle().articles.at(0).text.size()) - 1);
    QVERIFY(view->verticalScrollBar()->value() > 0);
    QCOMPARE(overlay->pos(), QPoint(0, 0));
    view->showPosition(start);
    const QList<QRectF> rects = overlay->rectsOf(start, start + 11);
    QCOMPARE(rects.size(), 1);
    QTextCursor at(view->document());
    at.setPosition(start);
    QCOMPARE(rects.first().left(), double(view->cursorRect(at).left()));
    // Title marker and a meaningful undo text.
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));
    QAction *undo = m_window->actions()->action(ActionId::Undo);
    QVERIFY2(undo->text().contains(QStringLiteral("Mara Okafor")), qPrintable(undo->text()));

    undo->trigger();
    QVERIFY(!project()->store().entity(id));
    QTRY_VERIFY(!m_window->annotationPanels()->entities()->entityIndex(id).isValid());
    QVERIFY(!hasMark(m_window->tagging()->layer(), 0, start, start + 11, Decoration::Mention));
    QVERIFY(!m_window->isWindowModified());
    m_window->actions()->action(ActionId::Redo)->trigger();
    QVERIFY(project()->store().entityByName(QStringLiteral("Mara Okafor")));
}

void TestTagging::partOfNameJoinsEntity()
{
    QVERIFY(select(0, QStringLiteral("Mara Okafor")));
    QVERIFY(m_window->tagging()->tagSelection(EntityType::Person));
    // "Okafor said…" later in the same article: the surname alone joins the same entity.
    ArticleTextView *view = select(0, QStringLiteral("Okafor said"));
    QTextCursor cursor = view->textCursor();
    cursor.setPosition(cursor.selectionStart());
    cursor.setPosition(cursor.position() + 6, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    QTest::keyClick(view, Qt::Key_1);
    QCOMPARE(project()->store().entities.size(), 1);
    const Entity &e = project()->store().entities.first();
    QCOMPARE(project()->store().mentionsOf(e.id).size(), 2);
    QVERIFY(e.aliases.contains(QStringLiteral("Okafor")));
}

void TestTagging::tagAllAppliesCheckedHitsAcrossArticles()
{
    QVERIFY(select(0, QStringLiteral("Åsa Berglund")));
    QVERIFY(m_window->tagging()->tagSelection(EntityType::Person));
    const Entity *e = project()->store().entityByName(QStringLiteral("Åsa Berglund"));
    QVERIFY(e);
    // Let "Berglund" alone count too.
    project()->undoStack()->push(
        new RenameEntityCommand(project(), e->id, e->name, { QStringLiteral("Berglund") }));
    const QString id = e->id;
    TagAllDialog *dialog = m_window->tagging()->openTagAll(id);
    QVERIFY(dialog);
    QListWidget *list = dialog->list();
    QVERIFY(list->count() >= 5);
    int checkable = 0;
    int firstCheckable = -1;
    QSet<QString> articles;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->flags() & Qt::ItemIsUserCheckable) {
            ++checkable;
            if (firstCheckable < 0)
                firstCheckable = i;
            articles.insert(dialog->occurrences().at(i).articleId);
        }
    }
    QVERIFY(articles.size() >= 3);
    QCOMPARE(checkable, list->count()); // the one tagged already is not proposed again
    list->item(firstCheckable)->setCheckState(Qt::Unchecked);
    const int undoBefore = project()->undoStack()->count();
    QCOMPARE(dialog->apply(), checkable - 1);
    QCOMPARE(project()->undoStack()->count(), undoBefore + 1); // one step
    QCOMPARE(project()->store().mentionsOf(id).size(), checkable);
    dialog->close();
    // The matrix shows mentions in every outlet that has them.
    EntitiesDock *dock = m_window->annotationPanels()->entities();
    const EntityMatrixModel *matrix = dock->matrixModel();
    QVERIFY(dock->matrix()->model() == matrix);
    QCOMPARE(matrix->columnCount(), 4);
    int row = -1;
    for (int r = 0; r < matrix->rowCount(); ++r) {
        if (matrix->headerData(r, Qt::Vertical).toString() == QStringLiteral("Åsa Berglund"))
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(matrix->rowOf(id), row);
    int outlets = 0;
    for (int c = 0; c < 4; ++c)
        outlets += matrix->index(row, c).data(EntityMatrixModel::CountRole).toInt() > 0 ? 1 : 0;
    QVERIFY(outlets >= 3);
    project()->undoStack()->undo();
    QCOMPARE(project()->store().mentionsOf(id).size(), 1);
}

void TestTagging::acceptAndRejectSuggestions()
{
    AnnotationLayer *layer = m_window->tagging()->layer();
    const auto &suggestions = layer->suggestions();
    int reyes = -1;
    int hellgren = -1;
    for (int i = 0; i < suggestions.size(); ++i) {
        if (suggestions.at(i).kind == Suggestion::Person
            && suggestions.at(i).name.contains(QStringLiteral("Reyes")))
            reyes = i;
        if (suggestions.at(i).kind == Suggestion::Person
            && suggestions.at(i).name.contains(QStringLiteral("Hellgren")))
            hellgren = i;
    }
    QVERIFY(reyes >= 0 && hellgren >= 0);
    // The suggestion is a dotted mark in the pane; clicking it offers accept / reject.
    const SuggestedMention m = suggestions.at(reyes).mentions.first();
    QVERIFY(hasMark(layer, m.articleIndex, int(m.start), int(m.end), Decoration::Suggestion));
    ArticleTextView *view = m_window->comparisonView()->pane(m.articleIndex)->view();
    std::unique_ptr<QMenu> menu(m_window->tagging()->createSuggestionMenu(view, int(m.start)));
    QVERIFY(menu);
    QAction *accept = menu->findChild<QAction *>(QStringLiteral("acceptSuggestion"));
    QVERIFY(accept);
    QVERIFY(accept->text().contains(QStringLiteral("Person")));
    accept->trigger();
    const Entity *e = project()->store().entityByName(suggestions.at(reyes).name, EntityType::Person);
    QVERIFY(e);
    QCOMPARE(project()->store().mentionsOf(e->id).size(), suggestions.at(reyes).mentions.size());
    QVERIFY(!hasMark(layer, m.articleIndex, int(m.start), int(m.end), Decoration::Suggestion));
    QVERIFY(hasMark(layer, m.articleIndex, int(m.start), int(m.end), Decoration::Mention));

    const SuggestedMention h = suggestions.at(hellgren).mentions.first();
    ArticleTextView *hView = m_window->comparisonView()->pane(h.articleIndex)->view();
    menu.reset(m_window->tagging()->createSuggestionMenu(hView, int(h.start)));
    QVERIFY(menu);
    menu->findChild<QAction *>(QStringLiteral("rejectSuggestion"))->trigger();
    QVERIFY(project()->store().rejectedSuggestions.contains(suggestions.at(hellgren).key()));
    QVERIFY(!hasMark(layer, h.articleIndex, int(h.start), int(h.end), Decoration::Suggestion));
    QVERIFY(!m_window->tagging()->createSuggestionMenu(hView, int(h.start)));
    project()->undoStack()->undo();
    QVERIFY(hasMark(layer, h.articleIndex, int(h.start), int(h.end), Decoration::Suggestion));
}

void TestTagging::quoteKeyLinksAlteredBerglundQuote()
{
    QVERIFY(select(0, QStringLiteral("Åsa Berglund")));
    QVERIFY(m_window->tagging()->tagSelection(EntityType::Person));
    ArticleTextView *view = select(0, QStringLiteral("What we cannot replace"));
    QTest::keyClick(view, Qt::Key_4);
    QCOMPARE(project()->store().count(AnnotationKind::Quote), 3);
    const Annotation *origin = nullptr;
    const Annotation *herald = nullptr;
    for (const Annotation &a : project()->store().annotations) {
        if (a.kind != AnnotationKind::Quote)
            continue;
        if (a.articleId == project()->bundle().articles.at(0).id)
            origin = &a;
        if (project()->article(a.articleId)->fileName.startsWith(QStringLiteral("03")))
            herald = &a;
    }
    QVERIFY(origin && herald);
    // Widened to the quotation marks, spoken by Berglund.
    QVERIFY(origin->anchor.exact.startsWith(QStringLiteral("The building can be rebuilt.")));
    QCOMPARE(project()->store().entity(origin->entityId)->name, QStringLiteral("Åsa Berglund"));
    QVERIFY(herald->altered);
    QVERIFY(!herald->changes.isEmpty());

    QuotesDock *dock = m_window->annotationPanels()->quotes();
    const QuotesModel *model = dock->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex item = model->index(0, 0);
    QVERIFY(item.data().toString().startsWith(QStringLiteral("Åsa Berglund: ")));
    QCOMPARE(model->rowCount(item), 3);
    QCOMPARE(item.siblingAtColumn(1).data().toString(), QStringLiteral("altered"));
    QVERIFY(dock->tree()->isExpanded(item)); // an altered quote opens
    bool differencesShown = false;
    for (int i = 0; i < model->rowCount(item); ++i)
        differencesShown = differencesShown
            || model->index(i, 0, item).data().toString().contains(QStringLiteral("house"));
    QVERIFY(differencesShown);

    // The speaker is changed from the dock's combo box, for every outlet's version at once.
    QVERIFY(select(0, QStringLiteral("Mara Okafor")));
    QVERIFY(m_window->tagging()->tagSelection(EntityType::Person));
    dock->tree()->setCurrentIndex(model->index(0, 0));
    QComboBox *speaker = dock->speakerBox();
    QVERIFY(speaker->isEnabled());
    const int mara = speaker->findText(QStringLiteral("Mara Okafor"));
    QVERIFY(mara > 0);
    speaker->setCurrentIndex(mara);
    Q_EMIT speaker->activated(mara);
    const QString maraId = project()->store().entityByName(QStringLiteral("Mara Okafor"))->id;
    for (const Annotation &a : project()->store().annotations) {
        if (a.kind == AnnotationKind::Quote)
            QCOMPARE(a.entityId, maraId);
    }
    QVERIFY(model->index(0, 0).data().toString().startsWith(QStringLiteral("Mara Okafor: ")));
    QCOMPARE(speaker->currentText(), QStringLiteral("Mara Okafor"));
}

void TestTagging::quoteKeyAddsSuggestedSpeaker()
{
    // Nobody is tagged yet: the suggester's speaker is offered, not created behind the editor's back.
    ArticleTextView *view = select(0, QStringLiteral("glowing orange"));
    QSignalSpy status(m_window->tagging(), &TagController::statusMessage);
    QTest::keyClick(view, Qt::Key_4);
    QVERIFY(project()->store().entities.isEmpty());
    const QList<Annotation> quotes
        = project()->store().quoteGroup(project()->store().annotations.first().quoteGroup);
    QVERIFY(quotes.size() >= 3);
    QVERIFY(quotes.first().entityId.isEmpty());
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().first().toString().contains(QStringLiteral("Reyes")),
             qPrintable(status.last().first().toString()));
    // The editor confirms it from the quote's context menu: the person is tagged where the
    // article names them, and speaks every version of the quote.
    std::unique_ptr<QMenu> menu(
        m_window->tagging()->createContextMenu(view, quotes.first().anchor.start + 1));
    auto *confirm = menu->findChild<QAction *>(QStringLiteral("confirmSpeaker"));
    QVERIFY(confirm);
    confirm->trigger();
    const Entity *reyes = nullptr;
    for (const Entity &e : project()->store().entities) {
        if (e.name.contains(QStringLiteral("Reyes")))
            reyes = &e;
    }
    QVERIFY(reyes);
    QCOMPARE(reyes->typeId, EntityType::Person);
    QCOMPARE(project()->store().mentionsOf(reyes->id).size(), 1);
    for (const Annotation &q : project()->store().quoteGroup(quotes.first().quoteGroup))
        QCOMPARE(q.entityId, reyes->id);
    project()->undoStack()->undo();
    QVERIFY(project()->store().entities.isEmpty());
    project()->undoStack()->undo();
    QVERIFY(project()->store().annotations.isEmpty());
}

void TestTagging::acceptedQuoteSuggestionShowsInDock()
{
    const auto &suggestions = m_window->tagging()->layer()->suggestions();
    int index = -1;
    for (int i = 0; i < suggestions.size(); ++i) {
        if (suggestions.at(i).kind == Suggestion::Quote
            && suggestions.at(i).name.contains(QStringLiteral("rebuilt")))
            index = i;
    }
    QVERIFY(index >= 0);
    m_window->tagging()->acceptSuggestion(index);
    const QuotesModel *model = m_window->annotationPanels()->quotes()->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex item = model->index(0, 0);
    QVERIFY(item.siblingAtColumn(1).data().toString().startsWith(QStringLiteral("altered")));
    QVERIFY(item.data().toString().startsWith(QStringLiteral("Åsa Berglund")));
    QVERIFY(model->rowCount(item) >= 3);
    // The Herald's version shows its word differences, even when the command stored none.
    bool differencesShown = false;
    for (int i = 0; i < model->rowCount(item); ++i)
        differencesShown = differencesShown
            || model->index(i, 0, item).data().toString().contains(QStringLiteral("house"));
    QVERIFY(differencesShown);
}

void TestTagging::dockAndReportAgreeOnPunctuationOnlyQuote()
{
    // Two outlets quote the same words; one drops a comma and the full stop.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<QPair<QString, QString>> files {
        { QStringLiteral("01-coast-post.txt"),
          QStringLiteral(
              "Lighthouse reopens\n\nThe old lighthouse at Harwick Point reopened on Sunday. "
              "\u201CWe kept the lamp, the stairs and the keeper\u2019s logbook, just as they were.\u201D "
              "said curator Ines Calder.\n") },
        { QStringLiteral("02-bay-news.txt"),
          QStringLiteral(
              "Harwick lighthouse open again\n\nVisitors queued at Harwick Point on Sunday. "
              "\u201CWe kept the lamp the stairs and the keeper's logbook just as they were\u201D, "
              "curator Ines Calder said.\n") },
    };
    for (const auto &[name, text] : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    QSignalSpy finished(m_window, &MainWindow::analysisFinished);
    QSignalSpy suggested(m_window->tagging(), &TagController::suggestionsReady);
    m_window->openPaths({ dir.path() });
    QVERIFY(finished.wait(60000) || finished.count() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(suggested.count() > 0, 60000);
    const auto &suggestions = m_window->tagging()->layer()->suggestions();
    int index = -1;
    for (int i = 0; i < suggestions.size(); ++i) {
        if (suggestions.at(i).kind == Suggestion::Quote
            && suggestions.at(i).name.contains(QStringLiteral("logbook")))
            index = i;
    }
    QVERIFY(index >= 0);
    QCOMPARE(suggestions.at(index).articleIndexes().size(), 2);
    m_window->tagging()->acceptSuggestion(index);

    const QuotesModel *model = m_window->annotationPanels()->quotes()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, QuotesModel::WordingColumn).data().toString(), QStringLiteral("exact"));
    const ReportModel report = m_window->desktop()->currentReport();
    QCOMPARE(report.quotes.size(), 1);
    QVERIFY(!report.quotes.first().altered);
    QCOMPARE(report.quotes.first().versions.size(), 2);
    QCOMPARE(report.quotes.first().versions.at(1).changedWords, 0);
}

void TestTagging::dockComparesTheWordsNotTheStoredFlag()
{
    // A project saved with "altered" and a changed comma on a version whose words are the same
    // (an older rule, or a source edited since): the dock compares the words as the report does.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<QPair<QString, QString>> files {
        { QStringLiteral("01-coast-post.txt"),
          QStringLiteral(
              "Ferry returns\n\nThe ferry to Skelby sailed again on Monday. "
              "\u201CWe waited, we mended the hull, and now we sail.\u201D said skipper Oda Renn.\n") },
        { QStringLiteral("02-bay-news.txt"),
          QStringLiteral(
              "Skelby ferry back\n\nPassengers boarded in Skelby on Monday. "
              "\u201CWe waited we mended the hull and now we sail\u201D, skipper Oda Renn said.\n") },
    };
    for (const auto &[name, text] : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    QSignalSpy finished(m_window, &MainWindow::analysisFinished);
    m_window->openPaths({ dir.path() });
    QVERIFY(finished.wait(60000) || finished.count() > 0);
    const QList<Article> &articles = project()->bundle().articles;
    QCOMPARE(articles.size(), 2);
    QList<TextTarget> spans;
    for (const Article &a : articles) {
        const int start = int(a.text.indexOf(QLatin1String("We waited")));
        const int end = int(a.text.indexOf(QLatin1String("sail"), start)) + 4;
        QVERIFY(start >= 0 && end > start);
        spans.append({ a.id, start, end });
    }
    QuoteCounterpart other;
    other.articleId = spans.at(1).articleId;
    other.article = 1;
    other.start = spans.at(1).start;
    other.end = spans.at(1).end;
    other.text = articles.at(1).text.mid(other.start, other.end - other.start);
    QVERIFY(ProjectEditor(project()).tagQuote(spans.at(0), {}, { other }).done);
    QCOMPARE(m_window->annotationPanels()->quotes()->model()->rowCount(), 1);

    const QString projectPath = dir.filePath(QStringLiteral("ferry.storyweave"));
    Error error;
    QVERIFY2(project()->save(projectPath, &error), qPrintable(error.message));
    QFile file(projectPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    int patched = 0;
    QJsonArray annotations = root.value(QLatin1String("annotations")).toArray();
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        QJsonObject o = annotations.at(i).toObject();
        if (o.value(QLatin1String("kind")).toString() == QLatin1String("quote")
            && o.value(QLatin1String("article")).toString() == articles.at(1).id) {
            o.insert(QStringLiteral("altered"), true);
            o.insert(QStringLiteral("changes"),
                     QJsonArray { QJsonObject { { QStringLiteral("before"), QStringLiteral("waited,") },
                                                { QStringLiteral("after"), QStringLiteral("waited") } } });
            annotations[i] = o;
            ++patched;
        }
    }
    QCOMPARE(patched, 1);
    root.insert(QStringLiteral("annotations"), annotations);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();

    QSignalSpy reopened(m_window, &MainWindow::analysisFinished);
    m_window->openPaths({ projectPath });
    QVERIFY(reopened.wait(60000) || reopened.count() > 0);
    const QuotesModel *model = m_window->annotationPanels()->quotes()->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex group = model->index(0, QuotesModel::QuoteColumn);
    QCOMPARE(model->index(0, QuotesModel::WordingColumn).data().toString(), QStringLiteral("exact"));
    QCOMPARE(model->rowCount(group), 2);
    QCOMPARE(model->index(1, QuotesModel::WordingColumn, group).data().toString(), QStringLiteral("exact"));
    const ReportModel report = m_window->desktop()->currentReport();
    QCOMPARE(report.quotes.size(), 1);
    QVERIFY(!report.quotes.first().altered);
}

void TestTagging::renameAndMergeInDock()
{
    QVERIFY(select(0, QStringLiteral("Mara Okafor")));
    QVERIFY(m_window->tagging()->tagSelection(EntityType::Person));
    QVERIFY(select(2, QStringLiteral("Okafor")));
    // Tagged from the entity chooser as a separate entity first…
    QVERIFY(m_window->tagging()->tagSpan(m_window->tagging()->currentSelection()->articleId,
                                         m_window->tagging()->currentSelection()->start,
                                         m_window->tagging()->currentSelection()->end, {}, EntityType::Person,
                                         QStringLiteral("Chief Okafor")));
    QCOMPARE(project()->store().entities.size(), 2);
    EntitiesDock *dock = m_window->annotationPanels()->entities();
    const QString mara = project()->store().entityByName(QStringLiteral("Mara Okafor"))->id;
    const QString chief = project()->store().entityByName(QStringLiteral("Chief Okafor"))->id;
    // …renamed in place, through the view's editor…
    QTreeView *tree = dock->tree();
    tree->setCurrentIndex(dock->entityIndex(chief));
    tree->edit(dock->entityIndex(chief));
    auto *editor = tree->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->setText(QStringLiteral("M. Okafor"));
    Q_EMIT tree->itemDelegate()->commitData(editor);
    Q_EMIT tree->itemDelegate()->closeEditor(editor);
    QCOMPARE(project()->store().entity(chief)->name, QStringLiteral("M. Okafor"));
    QVERIFY(project()->store().entity(chief)->aliases.contains(QStringLiteral("Chief Okafor")));
    QCOMPARE(dock->entityIndex(chief).data().toString(), QStringLiteral("M. Okafor"));
    // …then merged into Mara Okafor.
    tree->clearSelection();
    tree->selectionModel()->select(dock->entityIndex(chief),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    tree->selectionModel()->setCurrentIndex(dock->entityIndex(mara),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    dock->mergeSelected();
    // The editor chooses the name the merged entity keeps.
    auto *names = dock->findChild<QInputDialog *>(QStringLiteral("mergeNameDialog"));
    QVERIFY(names);
    QVERIFY(names->comboBoxItems().contains(QStringLiteral("M. Okafor")));
    QVERIFY(names->comboBoxItems().contains(QStringLiteral("Mara Okafor")));
    names->setTextValue(QStringLiteral("Mara Okafor"));
    names->accept();
    QCOMPARE(project()->store().entities.size(), 1);
    QCOMPARE(project()->store().mentionsOf(mara).size(), 2);
    QVERIFY(project()->store().entity(mara)->aliases.contains(QStringLiteral("M. Okafor")));
    project()->undoStack()->undo();
    QCOMPARE(project()->store().entities.size(), 2);
}

void TestTagging::contextMenuOffersTagging()
{
    ArticleTextView *view = select(1, QStringLiteral("Lindholmen"));
    QVERIFY(view);
    std::unique_ptr<QMenu> menu(
        m_window->tagging()->createContextMenu(view, view->textCursor().selectionStart()));
    QVERIFY(menu->actions().contains(m_window->tagging()->tagPlaceAction()));
    m_window->tagging()->tagPlaceAction()->trigger();
    const Entity *e = project()->store().entityByName(QStringLiteral("Lindholmen"), EntityType::Place);
    QVERIFY(e);
    menu.reset(m_window->tagging()->createContextMenu(view, view->textCursor().selectionStart()));
    QAction *remove = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text().startsWith(QStringLiteral("Remove Tag")))
            remove = a;
    }
    QVERIFY(remove);
    remove->trigger();
    QVERIFY(project()->store().mentionsOf(e->id).isEmpty());
}

void TestTagging::clickOnSuggestionOpensPopup()
{
    const auto &suggestions = m_window->tagging()->layer()->suggestions();
    int index = -1;
    for (int i = 0; i < suggestions.size() && index < 0; ++i) {
        if (suggestions.at(i).kind == Suggestion::Place
            && suggestions.at(i).mentions.first().articleIndex == 0)
            index = i;
    }
    QVERIFY(index >= 0);
    const SuggestedMention m = suggestions.at(index).mentions.first();
    ArticleTextView *view = m_window->comparisonView()->pane(0)->view();
    view->showPosition(int(m.start));
    QTextCursor cursor(view->document());
    cursor.setPosition(int(m.start) + 1);
    view->setTextCursor(cursor);
    const QPoint point = view->cursorRect(cursor).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QMenu *popup = nullptr;
    QTRY_VERIFY((popup = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QCOMPARE(popup->objectName(), QStringLiteral("suggestionMenu"));
    popup->findChild<QAction *>(QStringLiteral("acceptSuggestion"))->trigger();
    popup->close();
    QVERIFY(project()->store().entityByName(suggestions.at(index).name, EntityType::Place));
}

void TestTagging::hoverCardAcceptsAndRejectsSuggestions()
{
    const auto &suggestions = m_window->tagging()->layer()->suggestions();
    QList<int> people;
    for (int i = 0; i < suggestions.size(); ++i) {
        if (suggestions.at(i).kind == Suggestion::Person
            && suggestions.at(i).mentions.first().articleIndex == 0)
            people << i;
    }
    QVERIFY(people.size() >= 2);
    ArticleTextView *view = m_window->comparisonView()->pane(0)->view();
    SuggestionPopup *card = m_window->tagging()->suggestionPopup();
    // Resting the mouse on a suggestion shows the card (a tooltip event, as Qt sends after a pause).
    const auto hover = [&](int index) {
        const SuggestedMention m = suggestions.at(index).mentions.first();
        view->showPosition(int(m.start));
        QTextCursor cursor(view->document());
        cursor.setPosition(int(m.start) + 1);
        const QPoint point = view->cursorRect(cursor).center();
        QHelpEvent help(QEvent::ToolTip, point, view->viewport()->mapToGlobal(point));
        QApplication::sendEvent(view->viewport(), &help);
    };
    const int accepted = people.at(0);
    const int rejected = people.at(1);
    const int steps = project()->undoStack()->count();
    hover(accepted);
    QTRY_VERIFY(card->isVisible());
    QCOMPARE(card->suggestion(), accepted);
    // The card never takes the focus from the pane.
    QVERIFY(!card->isActiveWindow());
    QTest::mouseClick(card->acceptButton(), Qt::LeftButton);
    QVERIFY(!card->isVisible());
    QVERIFY(project()->store().entityByName(suggestions.at(accepted).name, EntityType::Person));
    QCOMPARE(project()->undoStack()->count(), steps + 1);

    hover(rejected);
    QTRY_VERIFY(card->isVisible());
    QCOMPARE(card->suggestion(), rejected);
    QTest::mouseClick(card->rejectButton(), Qt::LeftButton);
    QVERIFY(project()->store().rejectedSuggestions.contains(suggestions.at(rejected).key()));
    QCOMPARE(project()->undoStack()->count(), steps + 2);
    // Both are ordinary undo steps.
    project()->undoStack()->undo();
    QVERIFY(!project()->store().rejectedSuggestions.contains(suggestions.at(rejected).key()));
    project()->undoStack()->undo();
    QVERIFY(!project()->store().entityByName(suggestions.at(accepted).name, EntityType::Person));
    // A press in the pane (starting a selection) puts the card away.
    hover(accepted);
    QTRY_VERIFY(card->isVisible());
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, QPoint(20, 20));
    QVERIFY(!card->isVisible());
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, QPoint(20, 20));
}

void TestTagging::entityChooserCompletesAndLinks()
{
    QVERIFY(select(0, QStringLiteral("Mara Okafor")));
    QVERIFY(m_window->tagging()->tagSelection(EntityType::Person));
    const QString mara = project()->store().entities.first().id;
    project()->undoStack()->push(new RenameEntityCommand(project(), mara, QStringLiteral("Mara Okafor"),
                                                         { QStringLiteral("the fire chief") }));
    QVERIFY(EntityChooser::completionNames(project()).contains(QStringLiteral("Mara Okafor")));
    QVERIFY(EntityChooser::completionNames(project()).contains(
        QStringLiteral("the fire chief \u2014 Mara Okafor")));
    // "fire chief" in another article, tagged from the chooser as the existing entity.
    QVERIFY(select(1, QStringLiteral("fire chief")));
    EntityChooser *chooser = m_window->tagging()->openEntityChooser();
    QVERIFY(chooser);
    QVERIFY(!chooser->isModal());
    QCOMPARE(chooser->nameEdit()->text(), QStringLiteral("fire chief"));
    // Part of her alias "the fire chief": the chooser links it to her, as tagging would.
    QCOMPARE(chooser->matchingEntity(), mara);
    chooser->nameEdit()->setText(QStringLiteral("Somebody New"));
    QVERIFY(chooser->matchingEntity().isEmpty());
    chooser->nameEdit()->setText(QStringLiteral("Mara Okafor"));
    QCOMPARE(chooser->matchingEntity(), mara);
    chooser->accept();
    QCOMPARE(project()->store().entities.size(), 1);
    QCOMPARE(project()->store().mentionsOf(mara).size(), 2);
    QVERIFY(project()->store().entity(mara)->aliases.contains(QStringLiteral("fire chief")));
}

void TestTagging::userDefinedTypeAndNote()
{
    EntityTypesDialog *types = m_window->tagging()->openEntityTypes();
    QVERIFY(types);
    const int before = types->list()->count();
    types->nameEdit()->setText(QStringLiteral("Building"));
    types->setColor(QColor(0x8c, 0x56, 0x4b));
    const QString typeId = types->addType();
    QVERIFY(!typeId.isEmpty());
    QCOMPARE(types->list()->count(), before + 1);
    types->close();
    // The new type is offered for tagging (key 5) and its tags take its colour.
    ArticleTextView *view = select(0, QStringLiteral("Lindqvist Harbour Theatre"));
    QTest::keyClick(view, Qt::Key_5);
    const Entity *e = project()->store().entityByName(QStringLiteral("Lindqvist Harbour Theatre"), typeId);
    QVERIFY(e);
    const auto marks = m_window->tagging()->layer()->decorations(0);
    QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [](const Decoration &d) {
        return d.kind == Decoration::Mention && d.color == QColor(0x8c, 0x56, 0x4b);
    }));

    QVERIFY(select(0, QStringLiteral("Thirty-eight people")));
    NoteDialog *note = m_window->tagging()->openNoteDialog();
    QVERIFY(note);
    note->editor()->setPlainText(QStringLiteral("check with source"));
    note->accept();
    QCOMPARE(project()->store().count(AnnotationKind::Note), 1);
    NotesDock *notes = m_window->annotationPanels()->notes();
    QCOMPARE(notes->view()->model()->rowCount(), 1);
    QCOMPARE(notes->view()->model()->index(0, 0).data().toString(), QStringLiteral("check with source"));
    QVERIFY(m_window->actions()->action(ActionId::Undo)->text().contains(QStringLiteral("note")));
}

QTEST_MAIN(TestTagging)
#include "tst_tagging.moc"

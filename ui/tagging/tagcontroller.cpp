// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "tagcontroller.h"

#include "analysisrunner.h"
#include "annotate/quotelinker.h"
#include "annotate/suggester.h"
#include "annotationlayer.h"
#include "annotationoverlay.h"
#include "compare/articlepane.h"
#include "compare/articletextview.h"
#include "compare/comparisonmodel.h"
#include "compare/comparisonview.h"
#include "entitychooser.h"
#include "entitytypesdialog.h"
#include "menutext.h"
#include "notedialog.h"
#include "project/project.h"
#include "project/projectcommands.h"
#include "project/projecteditor.h"
#include "project/suggestionadapter.h"
#include "suggestionpopup.h"
#include "tagalldialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <memory>

namespace sw::ui {

namespace {

QString elide(const QString &text, int max = 40)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

} // namespace

TagController::TagController(Project *project, ComparisonView *view, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_view(view)
    , m_window(window)
    , m_layer(new AnnotationLayer(project, this))
{
    const struct
    {
        QString text;
        Qt::Key key;
    } types[] = {
        { tr("Tag as &Person"), Qt::Key_1 },
        { tr("Tag as P&lace"), Qt::Key_2 },
        { tr("Tag as &Organisation"), Qt::Key_3 },
    };
    const QString typeIds[] = { EntityType::Person, EntityType::Place, EntityType::Organisation };
    for (int i = 0; i < 3; ++i) {
        auto *action = new QAction(types[i].text, this);
        action->setShortcut(QKeySequence(types[i].key));
        // Only while a pane has focus: the digits stay typeable in the find bar and dialogs.
        action->setShortcutContext(Qt::WidgetShortcut);
        const QString typeId = typeIds[i];
        connect(action, &QAction::triggered, this, [this, typeId] { tagSelection(typeId); });
        m_typeActions.append(action);
    }
    m_tagQuote = new QAction(tr("Tag as &Quote"), this);
    m_tagQuote->setShortcut(QKeySequence(Qt::Key_4));
    m_tagQuote->setShortcutContext(Qt::WidgetShortcut);
    connect(m_tagQuote, &QAction::triggered, this, &TagController::tagQuoteSelection);

    // Tag As, Tag All and Add Note get their window-wide shortcuts from the window's action registry.
    m_tagAs = new QAction(tr("Tag &As\u2026"), this);
    connect(m_tagAs, &QAction::triggered, this, &TagController::openEntityChooser);
    m_tagAll = new QAction(tr("Tag All &Occurrences\u2026"), this);
    connect(m_tagAll, &QAction::triggered, this, [this] { openTagAll(); });
    m_addNote = new QAction(tr("Add &Note\u2026"), this);
    connect(m_addNote, &QAction::triggered, this, [this] { openNoteDialog(); });
    m_removeTag = new QAction(tr("&Remove Tag"), this);
    m_removeTag->setShortcut(QKeySequence(Qt::Key_Delete));
    m_removeTag->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeTag, &QAction::triggered, this, [this] {
        const auto sel = currentSelection();
        ArticlePane *pane = m_view->activePane();
        if (!pane)
            return;
        const int pos = sel ? sel->start : pane->view()->textCursor().position();
        for (const Decoration &d : m_layer->decorationsAt(pane->article(), pos)) {
            if (d.kind != Decoration::Suggestion) {
                ProjectEditor(m_project).remove({ d.annotationId });
                return;
            }
        }
        Q_EMIT statusMessage(tr("No tag at the cursor"));
    });
    m_entityTypes = new QAction(tr("&Entity Types\u2026"), this);
    connect(m_entityTypes, &QAction::triggered, this, &TagController::openEntityTypes);
    m_showSuggestions = new QAction(tr("Show &Suggestions"), this);
    m_showSuggestions->setCheckable(true);
    m_showSuggestions->setChecked(true);
    connect(m_showSuggestions, &QAction::toggled, m_layer, &AnnotationLayer::setShowSuggestions);
    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    m_clickTimer = new QTimer(this);
    m_clickTimer->setSingleShot(true);
    m_clickTimer->setInterval(QApplication::doubleClickInterval());
    connect(m_clickTimer, &QTimer::timeout, this, &TagController::showClickedSuggestion);
    m_popup = new SuggestionPopup(window);
    m_popup->hide();
    connect(m_popup, &SuggestionPopup::accepted, this, &TagController::acceptSuggestion);
    connect(m_popup, &SuggestionPopup::rejected, this, &TagController::rejectSuggestion);
    connect(m_showSuggestions, &QAction::toggled, m_popup, &QWidget::hide);

    connect(m_view, &ComparisonView::panesChanged, this, &TagController::installOnPanes);
    connect(project, &Project::reset, this, &TagController::refreshSuggestions);
    connect(project, &Project::articleTextChanged, this, &TagController::refreshSuggestions);
    connect(project, &Project::entityTypeAdded, this, &TagController::rebuildTypeActions);
    connect(project, &Project::entityTypeChanged, this, &TagController::rebuildTypeActions);
    connect(project, &Project::entityTypeRemoved, this, &TagController::rebuildTypeActions);
    connect(project, &Project::reset, this, &TagController::rebuildTypeActions);
    connect(&m_watcher, &QFutureWatcher<QList<sw::Suggestion>>::finished, this, [this] {
        const int generation = m_watcher.property("generation").toInt();
        if (generation != m_generation) {
            --m_generation; // refreshSuggestions() counts up again
            refreshSuggestions();
            return;
        }
        m_layer->setSuggestions(m_watcher.result());
        Q_EMIT suggestionsReady();
    });
    installOnPanes();
}

TagController::~TagController()
{
    m_watcher.waitForFinished();
}

QList<QAction *> TagController::menuActions() const
{
    QList<QAction *> actions = m_typeActions;
    actions << m_tagQuote << m_userTypeActions << m_tagAs << m_tagAll << m_addNote << m_removeTag
            << m_entityTypes;
    return actions;
}

void TagController::installOnPanes()
{
    for (int i = 0; i < m_view->paneCount(); ++i) {
        ArticlePane *pane = m_view->pane(i);
        if (!pane)
            continue;
        ArticleTextView *textView = pane->view();
        if (m_installed.contains(textView))
            continue;
        m_installed.insert(textView);
        connect(textView, &QObject::destroyed, this, [this, textView] { m_installed.remove(textView); });
        new AnnotationOverlay(textView, m_layer);
        for (QAction *action : m_typeActions)
            textView->addAction(action);
        textView->addAction(m_tagQuote);
        textView->addAction(m_removeTag);
        for (QAction *action : std::as_const(m_userTypeActions))
            textView->addAction(action);
        textView->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(textView, &QWidget::customContextMenuRequested, this, [this, textView](const QPoint &pos) {
            QMenu *menu = createContextMenu(textView, textView->positionAt(pos));
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(textView->viewport()->mapToGlobal(pos));
        });
        textView->viewport()->installEventFilter(this);
    }
}

void TagController::rebuildTypeActions()
{
    for (QAction *action : std::as_const(m_userTypeActions))
        delete action;
    m_userTypeActions.clear();
    int key = Qt::Key_5;
    for (const EntityType &type : m_project->store().entityTypes) {
        if (type.builtIn)
            continue;
        auto *action = new QAction(tr("Tag as %1").arg(menuText(type.name)), this);
        if (key <= Qt::Key_9) {
            action->setShortcut(QKeySequence(key++));
            action->setShortcutContext(Qt::WidgetShortcut);
        }
        const QString typeId = type.id;
        connect(action, &QAction::triggered, this, [this, typeId] { tagSelection(typeId); });
        m_userTypeActions.append(action);
    }
    for (QObject *view : std::as_const(m_installed)) {
        for (QAction *action : std::as_const(m_userTypeActions))
            static_cast<ArticleTextView *>(view)->addAction(action);
    }
}

ArticleTextView *TagController::viewOf(QObject *viewport) const
{
    for (QObject *view : m_installed) {
        auto *textView = static_cast<ArticleTextView *>(view);
        if (textView->viewport() == viewport)
            return textView;
    }
    return nullptr;
}

QString TagController::noteTipAt(ArticleTextView *view, int position) const
{
    QStringList notes;
    for (const Decoration &d : m_layer->decorationsAt(view->article(), position)) {
        if (d.kind != Decoration::Note)
            continue;
        if (const Annotation *a = m_project->store().annotation(d.annotationId))
            notes << tr("Note: %1").arg(a->text);
    }
    return notes.join(QLatin1Char('\n'));
}

QString TagController::suggestionTipAt(ArticleTextView *view, int position) const
{
    for (const Decoration &d : m_layer->decorationsAt(view->article(), position)) {
        if (d.kind != Decoration::Suggestion || d.suggestion < 0
            || d.suggestion >= m_layer->suggestions().size())
            continue;
        const sw::Suggestion &s = m_layer->suggestions().at(d.suggestion);
        return tr("Suggested: \u201c%1\u201d. Click to accept or reject; double-click selects the word.")
            .arg(elide(s.name));
    }
    return {};
}

bool TagController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // Over a note, the note is what the editor wants to read, not the passage's summary.
        auto *help = static_cast<QHelpEvent *>(event);
        if (ArticleTextView *textView = viewOf(watched)) {
            const int position = textView->positionAt(help->pos());
            QString tip = noteTipAt(textView, position);
            // Resting on a suggestion offers Accept / Reject in a card that stays for the click.
            if (tip.isEmpty() && showSuggestionPopup(textView, position, help->globalPos()))
                return true;
            if (!tip.isEmpty()) {
                QToolTip::showText(help->globalPos(), tip, textView->viewport());
                return true;
            }
        }
    }
    if (event->type() == QEvent::MouseMove && m_popup->isVisible()) {
        // The card stays while the mouse is on its suggestion (or on the card).
        if (ArticleTextView *textView = viewOf(watched)) {
            const int position
                = textView->positionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
            if (suggestionAt(textView, position) == m_popup->suggestion())
                m_popup->keep();
            else
                m_popup->leaveSoon();
        }
    } else if (event->type() == QEvent::Leave) {
        m_popup->leaveSoon();
    }
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
        m_popup->hide();
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
        // A second click makes it a double-click (select the word), not a click on a suggestion.
        m_clickTimer->stop();
        m_pressPos = static_cast<QMouseEvent *>(event)->position().toPoint();
    } else if (event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint pos = mouse->position().toPoint();
        ArticleTextView *textView = viewOf(watched);
        if (textView && mouse->button() == Qt::LeftButton && (pos - m_pressPos).manhattanLength() < 4
            && !textView->textCursor().hasSelection()) {
            // One click on a suggestion offers accept / reject right there, once it is clear
            // that no double-click follows.
            m_clickView = textView;
            m_clickPos = pos;
            m_clickTimer->start();
        }
    }
    return QObject::eventFilter(watched, event);
}

int TagController::suggestionAt(ArticleTextView *view, int position) const
{
    for (const Decoration &d : m_layer->decorationsAt(view->article(), position)) {
        if (d.kind == Decoration::Suggestion && d.suggestion >= 0
            && d.suggestion < m_layer->suggestions().size())
            return d.suggestion;
    }
    return -1;
}

bool TagController::showSuggestionPopup(ArticleTextView *view, int position, const QPoint &globalPos)
{
    const int index = suggestionAt(view, position);
    if (index < 0)
        return false;
    const sw::Suggestion &s = m_layer->suggestions().at(index);
    QString text;
    switch (s.kind) {
    case sw::Suggestion::Person:
        text = tr("Suggested person: \u201c%1\u201d (%n mention(s))", nullptr, int(s.mentions.size()))
                   .arg(elide(s.name));
        break;
    case sw::Suggestion::Place:
        text = tr("Suggested place: \u201c%1\u201d (%n mention(s))", nullptr, int(s.mentions.size()))
                   .arg(elide(s.name));
        break;
    case sw::Suggestion::Organisation:
        text = tr("Suggested organisation: \u201c%1\u201d (%n mention(s))", nullptr, int(s.mentions.size()))
                   .arg(elide(s.name));
        break;
    case sw::Suggestion::Quote:
        text = s.speaker.isEmpty()
            ? tr("Suggested quote: \u201c%1\u201d").arg(elide(s.name))
            : tr("Suggested quote by %1: \u201c%2\u201d").arg(s.speaker, elide(s.name));
        break;
    }
    QToolTip::hideText();
    m_popup->showFor(index, text, globalPos);
    return true;
}

void TagController::showClickedSuggestion()
{
    ArticleTextView *textView = m_clickView;
    if (!textView || textView->textCursor().hasSelection())
        return;
    if (QMenu *menu = createSuggestionMenu(textView, textView->positionAt(m_clickPos))) {
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(textView->viewport()->mapToGlobal(m_clickPos + QPoint(0, 8)));
    }
}

QString TagController::suggestedType(const TextSelection &selection) const
{
    for (const Decoration &d : m_layer->decorationsAt(selection.article, selection.start)) {
        if (d.kind != Decoration::Suggestion || d.suggestion < 0
            || d.suggestion >= m_layer->suggestions().size())
            continue;
        switch (m_layer->suggestions().at(d.suggestion).kind) {
        case sw::Suggestion::Person:
            return EntityType::Person;
        case sw::Suggestion::Place:
            return EntityType::Place;
        case sw::Suggestion::Organisation:
            return EntityType::Organisation;
        case sw::Suggestion::Quote:
            break;
        }
    }
    return {};
}

std::optional<TextSelection> TagController::currentSelection() const
{
    // Only the pane the editor works in: a selection left in another pane is not the target.
    ArticlePane *pane = m_view->activePane();
    if (!pane)
        return std::nullopt;
    const QTextCursor cursor = pane->view()->textCursor();
    const Article *article = m_project->article(m_project->bundle().articles.value(pane->article()).id);
    if (!cursor.hasSelection() || !article)
        return std::nullopt;
    const auto [start, end]
        = ProjectEditor::snapToWords(article->text, cursor.selectionStart(),
                                     std::min<int>(cursor.selectionEnd(), int(article->text.size())));
    if (end <= start)
        return std::nullopt;
    return TextSelection { pane->article(), article->id, start, end, article->text.mid(start, end - start) };
}

std::optional<TextSelection> TagController::noteTarget() const
{
    if (const auto sel = currentSelection())
        return sel;
    // No selection: the passage under the caret, or its paragraph outside every passage.
    ArticlePane *pane = m_view->activePane();
    if (!pane)
        return std::nullopt;
    const Article *article = m_project->article(m_project->bundle().articles.value(pane->article()).id);
    if (!article || article->text.isEmpty())
        return std::nullopt;
    const int caret = std::min<int>(pane->view()->textCursor().position(), int(article->text.size()) - 1);
    int start = -1;
    int end = -1;
    const ComparisonModelPtr &model = m_view->model();
    if (model && model->hasResult() && model->articleCount() == m_project->bundle().articles.size()) {
        for (const ArticleSpan &span : model->spansIn(pane->article(), caret, caret + 1)) {
            if (span.start <= caret && caret < span.end) {
                start = span.start;
                end = span.end;
                break;
            }
        }
    }
    if (start < 0) {
        start = int(article->text.lastIndexOf(QLatin1Char('\n'), std::max(0, caret - 1))) + 1;
        end = int(article->text.indexOf(QLatin1Char('\n'), caret));
        if (end < 0)
            end = int(article->text.size());
    }
    const auto [s, e] = ProjectEditor::snapToWords(article->text, start, end);
    if (e <= s)
        return std::nullopt;
    return TextSelection { pane->article(), article->id, s, e, article->text.mid(s, e - s) };
}

bool TagController::tagSelection(const QString &typeId)
{
    const auto sel = currentSelection();
    if (!sel) {
        Q_EMIT statusMessage(tr("Select a name in one of the articles first."));
        return false;
    }
    return tagSpan(sel->articleId, sel->start, sel->end, QString(), typeId, QString());
}

bool TagController::tagSpan(const QString &articleId, int start, int end, const QString &entityId,
                            const QString &typeId, const QString &name)
{
    const EditOutcome outcome
        = ProjectEditor(m_project).tagSpan({ articleId, start, end }, typeId, entityId, name);
    if (!outcome.message.isEmpty())
        Q_EMIT statusMessage(outcome.message);
    return outcome.done;
}

QString TagController::speakerNear(const QString &articleId, int start, int end, QString *suggestedName) const
{
    const Bundle &bundle = m_project->bundle();
    const AnnotationStore &store = m_project->store();
    // The suggester's speaker for an overlapping quote, when that person is already an entity.
    const int article = bundle.indexOf(articleId);
    for (const sw::Suggestion &s : m_layer->suggestions()) {
        if (s.kind != sw::Suggestion::Quote || s.speaker.isEmpty())
            continue;
        for (const SuggestedMention &m : s.mentions) {
            if (m.articleIndex == article && m.start < end && start < m.end) {
                if (const Entity *e = store.entityByName(s.speaker, EntityType::Person))
                    return e->id;
                *suggestedName = s.speaker;
                return {};
            }
        }
    }
    // Otherwise the nearest tagged person in the same paragraph.
    const Article *a = m_project->article(articleId);
    if (!a)
        return {};
    const int paraStart = int(a->text.lastIndexOf(QLatin1Char('\n'), std::max(0, start - 1))) + 1;
    int paraEnd = int(a->text.indexOf(QLatin1Char('\n'), end));
    if (paraEnd < 0)
        paraEnd = int(a->text.size());
    QString best;
    int bestDistance = INT_MAX;
    for (const Annotation &m : store.annotations) {
        if (m.kind != AnnotationKind::Mention || m.orphaned || m.articleId != articleId)
            continue;
        const Entity *e = store.entity(m.entityId);
        if (!e || e->typeId != EntityType::Person || m.anchor.start < paraStart || m.anchor.end > paraEnd)
            continue;
        const int distance = m.anchor.start >= end ? m.anchor.start - end : std::max(0, start - m.anchor.end);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = e->id;
        }
    }
    return best;
}

bool TagController::tagQuoteSelection()
{
    const auto sel = currentSelection();
    if (!sel) {
        Q_EMIT statusMessage(tr("Select a quote in one of the articles first."));
        return false;
    }
    const Article *article = m_project->article(sel->articleId);
    auto range = QuoteLinker::extendToQuotationMarks(article->text, sel->start, sel->end);
    int start = range.first;
    int end = range.second;
    static const QString marks = QStringLiteral("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb");
    while (start < end && (article->text.at(start).isSpace() || marks.contains(article->text.at(start))))
        ++start;
    while (end > start && article->text.at(end - 1).isSpace())
        --end;
    QList<QuoteCounterpart> counterparts;
    if (m_project->hasComparison())
        counterparts = QuoteLinker::counterparts(m_project->bundle(), m_project->comparison(), sel->article,
                                                 start, end);
    QString suggested;
    const QString speakerId = speakerNear(sel->articleId, start, end, &suggested);
    const EditOutcome outcome
        = ProjectEditor(m_project).tagQuote({ sel->articleId, start, end }, speakerId, counterparts);
    if (outcome.done && speakerId.isEmpty() && !suggested.isEmpty()) {
        // A guess is not a fact: the editor confirms a speaker who is not in the project yet.
        Q_EMIT statusMessage(tr("Quote tagged; suggested speaker %1: confirm with Set Speaker in the "
                                "quote's context menu")
                                 .arg(suggested));
    } else if (!outcome.message.isEmpty()) {
        Q_EMIT statusMessage(outcome.message);
    }
    return outcome.done;
}

EntityChooser *TagController::openEntityChooser()
{
    const auto sel = currentSelection();
    if (!sel) {
        Q_EMIT statusMessage(tr("Select a name in one of the articles first."));
        return nullptr;
    }
    auto *chooser = new EntityChooser(m_project, sel->text, m_window, suggestedType(*sel));
    connect(chooser, &EntityChooser::chosen, this,
            [this, target = *sel](const QString &entityId, const QString &typeId, const QString &name) {
                tagSpan(target.articleId, target.start, target.end, entityId, typeId, name);
            });
    chooser->show();
    return chooser;
}

TagAllDialog *TagController::openTagAll(const QString &entityId)
{
    QString id = entityId;
    QString name;
    QString typeId;
    if (id.isEmpty()) {
        const auto sel = currentSelection();
        if (!sel) {
            Q_EMIT statusMessage(tr("Select a name in one of the articles first."));
            return nullptr;
        }
        for (const Decoration &d : m_layer->decorationsAt(sel->article, sel->start)) {
            if (d.kind == Decoration::Mention) {
                id = m_project->store().annotation(d.annotationId)->entityId;
                break;
            }
        }
        if (id.isEmpty())
            id = ProjectEditor(m_project).resolveEntity(sel->text);
        name = sel->text;
        typeId = suggestedType(*sel);
    }
    auto *dialog = new TagAllDialog(m_project, id, name, m_window);
    // A new entity starts with the type the suggestions give the name.
    if (dialog->typeBox() && dialog->typeBox()->findData(typeId) >= 0)
        dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(typeId));
    connect(dialog, &TagAllDialog::statusMessage, this, &TagController::statusMessage);
    dialog->show();
    return dialog;
}

NoteDialog *TagController::openNoteDialog(const QString &noteId)
{
    NoteDialog *dialog = nullptr;
    if (noteId.isEmpty()) {
        const auto sel = noteTarget();
        if (!sel) {
            Q_EMIT statusMessage(tr("Select the text the note is about first."));
            return nullptr;
        }
        dialog = new NoteDialog(m_project, TextTarget { sel->articleId, sel->start, sel->end }, m_window);
    } else {
        dialog = new NoteDialog(m_project, noteId, m_window);
    }
    dialog->show();
    return dialog;
}

EntityTypesDialog *TagController::openEntityTypes()
{
    auto *dialog = new EntityTypesDialog(m_project, m_window);
    dialog->show();
    return dialog;
}

void TagController::acceptSuggestion(int index)
{
    if (index < 0 || index >= m_layer->suggestions().size())
        return;
    const AcceptedSuggestion accepted
        = toAcceptedSuggestion(m_project->bundle(), m_layer->suggestions().at(index));
    m_project->push(std::make_unique<AcceptSuggestionCommand>(m_project, accepted));
}

void TagController::rejectSuggestion(int index)
{
    if (index < 0 || index >= m_layer->suggestions().size())
        return;
    const sw::Suggestion &s = m_layer->suggestions().at(index);
    m_project->push(std::make_unique<RejectSuggestionCommand>(m_project, s.key(), s.name));
}

void TagController::refreshSuggestions()
{
    const int generation = ++m_generation;
    if (m_watcher.isRunning())
        return; // the finished handler starts again for the newest bundle
    m_watcher.setProperty("generation", generation);
    m_watcher.setFuture(QtConcurrent::run(
        AnalysisRunner::workerPool(), [bundle = m_project->bundle()] { return Suggester::suggest(bundle); }));
}

QMenu *TagController::createSuggestionMenu(ArticleTextView *view, int position)
{
    for (const Decoration &d : m_layer->decorationsAt(view->article(), position)) {
        if (d.kind != Decoration::Suggestion)
            continue;
        const sw::Suggestion &s = m_layer->suggestions().at(d.suggestion);
        auto *menu = new QMenu(view);
        menu->setObjectName(QStringLiteral("suggestionMenu"));
        const int index = d.suggestion;
        QString accept;
        switch (s.kind) {
        case sw::Suggestion::Person:
            accept = tr("Accept: Person \u201c%1\u201d (%n mention(s))", nullptr, int(s.mentions.size()))
                         .arg(menuText(s.name));
            break;
        case sw::Suggestion::Place:
            accept = tr("Accept: Place \u201c%1\u201d (%n mention(s))", nullptr, int(s.mentions.size()))
                         .arg(menuText(s.name));
            break;
        case sw::Suggestion::Organisation:
            accept
                = tr("Accept: Organisation \u201c%1\u201d (%n mention(s))", nullptr, int(s.mentions.size()))
                      .arg(menuText(s.name));
            break;
        case sw::Suggestion::Quote:
            accept = s.speaker.isEmpty()
                ? tr("Accept: Quote \u201c%1\u201d").arg(menuText(elide(s.name)))
                : tr("Accept: Quote by %1 \u201c%2\u201d").arg(menuText(s.speaker), menuText(elide(s.name)));
            break;
        }
        QAction *acceptAction = menu->addAction(accept);
        acceptAction->setObjectName(QStringLiteral("acceptSuggestion"));
        connect(acceptAction, &QAction::triggered, this, [this, index] { acceptSuggestion(index); });
        QAction *rejectAction = menu->addAction(tr("Reject Suggestion"));
        rejectAction->setObjectName(QStringLiteral("rejectSuggestion"));
        connect(rejectAction, &QAction::triggered, this, [this, index] { rejectSuggestion(index); });
        return menu;
    }
    return nullptr;
}

QMenu *TagController::createContextMenu(ArticleTextView *view, int position)
{
    QMenu *menu = view->createStandardContextMenu();
    menu->addSeparator();
    if (QMenu *suggestion = createSuggestionMenu(view, position)) {
        menu->addActions(suggestion->actions());
        for (QAction *a : suggestion->actions())
            a->setParent(menu);
        delete suggestion;
        menu->addSeparator();
    }
    const AnnotationStore &store = m_project->store();
    for (const Decoration &d : m_layer->decorationsAt(view->article(), position)) {
        if (d.kind == Decoration::Suggestion)
            continue;
        const Annotation *a = store.annotation(d.annotationId);
        if (!a)
            continue;
        const QString id = a->id;
        if (a->kind == AnnotationKind::Mention) {
            const Entity *e = store.entity(a->entityId);
            const QString entityId = a->entityId;
            connect(menu->addAction(tr("Remove Tag \u201c%1\u201d").arg(menuText(elide(a->anchor.exact)))),
                    &QAction::triggered, this, [this, id] { ProjectEditor(m_project).remove({ id }); });
            if (e) {
                connect(
                    menu->addAction(tr("Tag All Occurrences of \u201c%1\u201d\u2026").arg(menuText(e->name))),
                    &QAction::triggered, this, [this, entityId] { openTagAll(entityId); });
            }
        } else if (a->kind == AnnotationKind::Quote) {
            connect(menu->addAction(tr("Remove Quote \u201c%1\u201d").arg(menuText(elide(a->anchor.exact)))),
                    &QAction::triggered, this, [this, id] { ProjectEditor(m_project).remove({ id }); });
            QString suggested;
            speakerNear(a->articleId, a->anchor.start, a->anchor.end, &suggested);
            if (!suggested.isEmpty() && a->entityId.isEmpty()) {
                QAction *confirm = menu->addAction(tr("Set Speaker: %1").arg(menuText(suggested)));
                confirm->setObjectName(QStringLiteral("confirmSpeaker"));
                connect(confirm, &QAction::triggered, this, [this, id, suggested] {
                    const EditOutcome outcome = ProjectEditor(m_project).confirmSpeaker(id, suggested);
                    if (!outcome.message.isEmpty())
                        Q_EMIT statusMessage(outcome.message);
                });
            }
        } else {
            connect(menu->addAction(tr("Edit Note\u2026")), &QAction::triggered, this,
                    [this, id] { openNoteDialog(id); });
            connect(menu->addAction(tr("Remove Note")), &QAction::triggered, this,
                    [this, id] { ProjectEditor(m_project).remove({ id }); });
        }
    }
    if (view->textCursor().hasSelection()) {
        menu->addSeparator();
        menu->addActions(m_typeActions);
        menu->addAction(m_tagQuote);
        menu->addActions(m_userTypeActions);
        menu->addAction(m_tagAs);
        menu->addAction(m_tagAll);
        menu->addAction(m_addNote);
    }
    return menu;
}

} // namespace sw::ui

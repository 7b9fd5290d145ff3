// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "comparisonview.h"

#include "articlehighlighter.h"
#include "articlepane.h"
#include "articletextview.h"
#include "comparisonsplitter.h"
#include "findbar.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

namespace sw::ui {

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_style(palette())
{
    setAccessibleName(tr("Comparison"));
    m_row = new QScrollArea(this);
    m_row->setFrameShape(QFrame::NoFrame);
    m_row->setWidgetResizable(true);
    m_row->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_row->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Keyboard focus goes to the panes, not the scroll area around them.
    m_row->setFocusPolicy(Qt::NoFocus);
    m_splitter = new ComparisonSplitter(m_row);
    m_splitter->setStyle(m_style);
    m_row->setWidget(m_splitter);
    m_findBar = new FindBar(this);
    m_findBar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_empty = new QLabel(tr("No articles are open.\n\nOpen a folder with several outlets' articles on one "
                            "story (File \u2192 Open Folder\u2026, Ctrl+O) or drop their files here."),
                         this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_row, 1);
    m_row->hide();
    layout->addWidget(m_findBar);
    connect(m_findBar, &FindBar::findRequested, this, &ComparisonView::find);
    connect(m_findBar, &FindBar::textEdited, this, &ComparisonView::updateFindStatus);
    connect(m_findBar, &FindBar::closed, this, [this] {
        if (ArticlePane *pane = activePane())
            pane->view()->setFocus();
    });
    connect(m_splitter, &QSplitter::splitterMoved, m_splitter, &ComparisonSplitter::updateGutters);
    m_fillTimer = new QTimer(this);
    m_fillTimer->setInterval(0);
    connect(m_fillTimer, &QTimer::timeout, this, &ComparisonView::fillTexts);
}

void ComparisonView::fillTexts()
{
    // One budget for all panes: their slices share an event-loop turn, so input stays smooth
    // however many long articles are open. Visible panes first, in on-screen order.
    constexpr qint64 budgetMs = 6;
    constexpr int sliceChars = 4000;
    QElapsedTimer clock;
    clock.start();
    for (ArticlePane *p : visiblePanes() + m_panes) {
        ArticleTextView *view = p->view();
        while (!view->isTextComplete()) {
            view->appendTextSlice(sliceChars);
            if (clock.elapsed() >= budgetMs)
                return;
        }
    }
    m_fillTimer->stop();
    m_splitter->updateGutters();
}

const Bundle &ComparisonView::bundle() const
{
    return m_bundle ? *m_bundle : m_emptyBundle;
}

void ComparisonView::clear()
{
    m_fillTimer->stop();
    qDeleteAll(m_panes);
    m_panes.clear();
    m_model.reset();
    m_bundle.reset();
    m_splitter->setModel(nullptr);
    m_active = m_hovered = m_current = -1;
    m_row->hide();
    m_empty->show();
    Q_EMIT panesChanged();
}

void ComparisonView::setBundle(const Bundle &bundle)
{
    clear();
    m_bundle = std::make_shared<Bundle>(bundle);
    // Narrower gutters when many panes share the width.
    m_splitter->setHandleWidth(bundle.articles.size() > 3 ? 28 : 44);
    for (int i = 0; i < bundle.articles.size(); ++i) {
        auto *pane = new ArticlePane(bundle.articles.at(i), i, m_splitter);
        m_splitter->addWidget(pane);
        m_panes.append(pane);
        pane->setStyle(m_style);
        if (m_hasTextFont)
            pane->view()->setFont(m_textFont);
        pane->view()->zoomIn(m_zoom);
        connectPane(pane);
    }
    m_empty->setVisible(m_panes.isEmpty());
    m_row->setVisible(!m_panes.isEmpty());
    updatePaneMinimumWidth();
    // Equal widths to start with.
    m_splitter->setSizes(QList<int>(m_panes.size(), 1000));
    if (std::any_of(m_panes.cbegin(), m_panes.cend(),
                    [](const ArticlePane *p) { return !p->view()->isTextComplete(); }))
        m_fillTimer->start();
    if (!m_panes.isEmpty())
        setActivePane(0);
    Q_EMIT panesChanged();
}

void ComparisonView::setResult(ComparisonResult result)
{
    if (!m_bundle)
        return;
    setModel(std::make_shared<const ComparisonModel>(*m_bundle, std::move(result)));
}

void ComparisonView::setModel(const ComparisonModelPtr &model)
{
    if (!m_bundle || !model || model->articleCount() != paneCount())
        return;
    m_model = model;
    m_hovered = m_current = -1;
    m_splitter->setModel(m_model);
    m_splitter->setFocusPassages(-1, -1);
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->setModel(m_model);
    m_splitter->updateGutters();
}

void ComparisonView::connectPane(ArticlePane *pane)
{
    ArticleTextView *view = pane->view();
    connect(view, &ArticleTextView::passageHovered, this, &ComparisonView::setHoveredPassage);
    connect(view, &ArticleTextView::passageClicked, this,
            [this, view](int passage) { activatePassage(passage, view->article()); });
    connect(view, &ArticleTextView::focused, this, [this, view] { setActivePane(view->article()); });
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, pane] {
        m_splitter->updateGutters();
        if (m_sync && !m_syncing)
            syncFrom(pane);
    });
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, m_splitter,
            &ComparisonSplitter::updateGutters);
    connect(pane, &ArticlePane::hideRequested, this,
            [this, pane] { setPaneVisible(pane->article(), false); });
    connect(pane, &ArticlePane::moveRequested, this,
            [this, pane](int delta) { movePane(pane->article(), delta); });
}

ArticlePane *ComparisonView::pane(int article) const
{
    return article >= 0 && article < m_panes.size() ? m_panes.at(article) : nullptr;
}

QList<int> ComparisonView::paneOrder() const
{
    QList<int> order;
    for (int i = 0; i < m_splitter->count(); ++i) {
        if (ArticlePane *p = m_splitter->paneAt(i))
            order.append(p->article());
    }
    return order;
}

QList<ArticlePane *> ComparisonView::visiblePanes() const
{
    QList<ArticlePane *> panes;
    for (int article : paneOrder()) {
        if (!m_panes.at(article)->isHidden())
            panes.append(m_panes.at(article));
    }
    return panes;
}

bool ComparisonView::isPaneVisible(int article) const
{
    ArticlePane *p = pane(article);
    return p && !p->isHidden();
}

void ComparisonView::setPaneVisible(int article, bool visible)
{
    ArticlePane *p = pane(article);
    if (!p || isPaneVisible(article) == visible)
        return;
    // Keep at least one pane on screen.
    if (!visible && visiblePanes().size() <= 1)
        return;
    p->setVisible(visible);
    if (!visible && m_active == article) {
        const auto remaining = visiblePanes();
        if (!remaining.isEmpty())
            setActivePane(remaining.first()->article());
    }
    m_splitter->updateGutters();
    Q_EMIT panesChanged();
}

void ComparisonView::movePane(int article, int delta)
{
    ArticlePane *p = pane(article);
    if (!p)
        return;
    const int from = m_splitter->indexOf(p);
    int to = from;
    // Step over hidden panes so the move is visible.
    do {
        to += delta > 0 ? 1 : -1;
    } while (to >= 0 && to < m_splitter->count() && m_splitter->paneAt(to)->isHidden());
    if (to < 0 || to >= m_splitter->count())
        return;
    const QList<int> sizes = m_splitter->sizes();
    m_splitter->insertWidget(to, p);
    m_splitter->setSizes(sizes);
    m_splitter->updateGutters();
    Q_EMIT panesChanged();
}

ArticlePane *ComparisonView::activePane() const
{
    ArticlePane *p = pane(m_active);
    if (p && !p->isHidden())
        return p;
    const auto panes = visiblePanes();
    return panes.isEmpty() ? nullptr : panes.first();
}

void ComparisonView::setActivePane(int article)
{
    if (article == m_active)
        return;
    m_active = article;
    for (ArticlePane *p : std::as_const(m_panes))
        p->setActive(p->article() == article);
    if (ArticlePane *p = pane(article); p && !p->isHidden())
        m_row->ensureWidgetVisible(p, 0, 0);
    Q_EMIT activePaneChanged(article);
}

bool ComparisonView::focusPaneAt(int position)
{
    const QList<ArticlePane *> shown = visiblePanes();
    if (position < 0 || position >= shown.size())
        return false;
    ArticlePane *target = shown.at(position);
    setActivePane(target->article());
    target->view()->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void ComparisonView::applyFocus()
{
    for (ArticlePane *p : std::as_const(m_panes)) {
        p->view()->highlighter()->setFocusPassages(m_hovered, m_current);
        p->view()->viewport()->update();
    }
    m_splitter->setFocusPassages(m_hovered, m_current);
}

void ComparisonView::setHoveredPassage(int passage)
{
    if (passage == m_hovered)
        return;
    m_hovered = passage;
    applyFocus();
}

void ComparisonView::activatePassage(int passage, int sourceArticle)
{
    if (!m_model || passage < 0 || passage >= m_model->result().passages.size())
        return;
    const Passage &p = m_model->result().passages.at(passage);
    m_current = passage;
    applyFocus();
    double y = -1;
    if (ArticlePane *source = pane(sourceArticle)) {
        if (const PassageSpan *span = p.spanIn(sourceArticle)) {
            const ViewportExtent extent = source->view()->extentOf(span->start, span->end);
            if (extent.clip == 0)
                y = std::max(0.0, extent.top);
            else
                source->view()->scrollPositionTo(span->start, source->view()->viewport()->height() / 3.0);
        }
    }
    m_syncing = true;
    for (ArticlePane *other : visiblePanes()) {
        const PassageSpan *span = p.spanIn(other->article());
        if (!span || other->article() == sourceArticle)
            continue;
        ArticleTextView *view = other->view();
        const double target = y >= 0 ? y : view->viewport()->height() / 3.0;
        view->scrollPositionTo(span->start, target);
        QTextCursor cursor(view->document());
        cursor.setPosition(span->start);
        // Moving the cursor must not scroll away from the aligned position.
        const int value = view->verticalScrollBar()->value();
        view->setTextCursor(cursor);
        view->verticalScrollBar()->setValue(value);
    }
    m_syncing = false;
    m_splitter->updateGutters();
    Q_EMIT currentPassageChanged(passage);
}

void ComparisonView::jumpTo(int article, int start, int end)
{
    ArticlePane *p = pane(article);
    if (!p)
        return;
    if (p->isHidden())
        setPaneVisible(article, true);
    setActivePane(article);
    m_syncing = true;
    p->view()->showPosition(start, end - start);
    m_syncing = false;
    const ArticleSpan *span = m_model ? m_model->sharedSpanAt(article, start) : nullptr;
    if (span)
        activatePassage(span->passage, article);
    m_splitter->updateGutters();
}

bool ComparisonView::goToSpan(bool unique, bool forward, bool *wrapped)
{
    if (wrapped)
        *wrapped = false;
    ArticlePane *p = activePane();
    if (!p || !m_model || !m_model->hasResult())
        return false;
    ArticleTextView *view = p->view();
    const int position = view->textCursor().selectionStart();
    int next = m_model->nextSpanStart(p->article(), position, unique, forward);
    if (next < 0) {
        // Past the last (or before the first) one: go round to the other end.
        next = m_model->nextSpanStart(p->article(), forward ? -1 : std::numeric_limits<int>::max(), unique,
                                      forward);
        if (next < 0 || next == position)
            return false;
        if (wrapped)
            *wrapped = true;
    }
    int end = next;
    for (const ArticleSpan &span : m_model->spansIn(p->article(), next, next + 1)) {
        if ((span.kind == PassageKind::OnlyHere) == unique && span.start == next)
            end = span.end;
    }
    m_syncing = true;
    // Frame what was landed on: the span is selected, not just a caret at its start.
    view->showPosition(next, end - next);
    m_syncing = false;
    if (!unique) {
        if (const ArticleSpan *span = m_model->sharedSpanAt(p->article(), next))
            activatePassage(span->passage, p->article());
    } else {
        m_current = -1;
        applyFocus();
        if (m_sync)
            syncFrom(p);
    }
    view->setFocus();
    return true;
}

void ComparisonView::syncFrom(ArticlePane *source)
{
    if (!m_model || !m_model->hasResult())
        return;
    // Align on the text at the upper third of the source pane: inside a shared passage, the
    // other panes show the proportional point of its counterpart at the same height, so long
    // passages scroll smoothly; otherwise the next shared passage below is the anchor.
    ArticleTextView *view = source->view();
    const double anchorY = view->viewport()->height() / 3.0;
    int position = view->positionAt(QPoint(20, int(anchorY)));
    const ArticleSpan *span = m_model->sharedSpanAt(source->article(), position);
    if (!span) {
        const int next = m_model->nextSpanStart(source->article(), position, false, true);
        span = next >= 0 ? m_model->sharedSpanAt(source->article(), next) : nullptr;
        position = next;
    }
    if (!span)
        return;
    const ViewportExtent extent = view->extentOf(position, position + 1);
    if (extent.clip != 0)
        return;
    const double fraction = double(position - span->start) / std::max(1, span->end - span->start);
    const Passage &passage = m_model->result().passages.at(span->passage);
    m_syncing = true;
    for (ArticlePane *other : visiblePanes()) {
        if (other == source)
            continue;
        if (const PassageSpan *counterpart = passage.spanIn(other->article())) {
            const int target = counterpart->start + int(fraction * (counterpart->end - counterpart->start));
            other->view()->scrollPositionTo(target, extent.top);
        }
    }
    m_syncing = false;
    m_splitter->updateGutters();
}

void ComparisonView::setSyncScrolling(bool on)
{
    m_sync = on;
}

double ComparisonView::typicalCharWidth(const QFont &font)
{
    // Running prose, not the widest or narrowest glyphs: what a reader counts as characters.
    static const QString sample
        = QStringLiteral("The fire started late on Friday, said the chief of the rescue service.");
    return QFontMetricsF(font).horizontalAdvance(sample) / double(sample.size());
}

int ComparisonView::paneMinimumWidth() const
{
    // The text of any pane (they share font and zoom), its margins, scroll bar and overview strip.
    QFont font = m_hasTextFont ? m_textFont : this->font();
    if (ArticlePane *first = m_panes.value(0))
        font = first->view()->font();
    const int columns = int(std::ceil(typicalCharWidth(font) * MinimumReadingColumns));
    const int chrome = 2 * 12 + 14 + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    return columns + chrome;
}

void ComparisonView::updatePaneMinimumWidth()
{
    const int width = paneMinimumWidth();
    for (ArticlePane *p : std::as_const(m_panes))
        p->setMinimumWidth(width);
    if (ArticlePane *p = activePane())
        m_row->ensureWidgetVisible(p, 0, 0);
}

void ComparisonView::zoom(int steps)
{
    m_zoom += steps;
    for (ArticlePane *p : std::as_const(m_panes)) {
        if (steps > 0)
            p->view()->zoomIn(steps);
        else
            p->view()->zoomOut(-steps);
    }
    updatePaneMinimumWidth();
    m_splitter->updateGutters();
}

void ComparisonView::showFindBar()
{
    m_findBar->activate();
    updateFindStatus(m_findBar->text());
}

bool ComparisonView::find(const QString &text, bool forward)
{
    if (text.isEmpty())
        return false;
    const QList<ArticlePane *> panes = visiblePanes();
    ArticlePane *start = activePane();
    if (panes.isEmpty() || !start)
        return false;
    QTextDocument::FindFlags flags;
    if (!forward)
        flags |= QTextDocument::FindBackward;
    if (m_findBar->caseSensitive())
        flags |= QTextDocument::FindCaseSensitively;
    const int startIndex = int(panes.indexOf(start));
    // The active pane from its cursor, then the following panes from their start, wrapping round.
    for (int step = 0; step <= panes.size(); ++step) {
        const int index = forward ? (startIndex + step) % panes.size()
                                  : ((startIndex - step) % panes.size() + panes.size()) % panes.size();
        ArticleTextView *view = panes.at(index)->view();
        QTextCursor from = view->textCursor();
        if (step > 0) {
            from = QTextCursor(view->document());
            if (!forward)
                from.movePosition(QTextCursor::End);
        }
        const QTextCursor found = view->document()->find(text, from, flags);
        if (!found.isNull()) {
            setActivePane(panes.at(index)->article());
            view->setTextCursor(found);
            view->centerCursor();
            return true;
        }
    }
    return false;
}

void ComparisonView::updateFindStatus(const QString &text)
{
    if (text.isEmpty()) {
        m_findBar->setStatus({});
        return;
    }
    const Qt::CaseSensitivity cs = m_findBar->caseSensitive() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    int matches = 0;
    for (ArticlePane *p : visiblePanes())
        matches += int(p->view()->document()->toPlainText().count(text, cs));
    m_findBar->setStatus(matches == 0 ? tr("No matches")
                                      : tr("%n match(es) in the visible panes", nullptr, matches));
}

void ComparisonView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void ComparisonView::restyle()
{
    m_style = HighlightStyle(palette());
    if (m_customizer)
        m_customizer(m_style);
    m_splitter->setStyle(m_style);
    for (ArticlePane *p : std::as_const(m_panes))
        p->setStyle(m_style);
}

void ComparisonView::setStyleCustomizer(std::function<void(HighlightStyle &)> customizer)
{
    m_customizer = std::move(customizer);
    restyle();
}

void ComparisonView::setTextFont(const QFont &font)
{
    m_textFont = font;
    m_hasTextFont = true;
    for (ArticlePane *p : std::as_const(m_panes)) {
        p->view()->setFont(font);
        p->view()->zoomIn(m_zoom);
    }
    updatePaneMinimumWidth();
    m_splitter->updateGutters();
}

} // namespace sw::ui

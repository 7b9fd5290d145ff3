// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectorgutter.h"

#include "articlepane.h"
#include "articletextview.h"
#include "comparisonsplitter.h"

#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <algorithm>

namespace sw::ui {

ConnectorGutter::ConnectorGutter(ComparisonSplitter *parent)
    : QSplitterHandle(Qt::Horizontal, parent)
    , m_splitter(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

ArticlePane *ConnectorGutter::leftPane() const
{
    for (int i = 0; i < m_splitter->count(); ++i) {
        if (m_splitter->handle(i) == this)
            return m_splitter->visiblePaneBefore(i);
    }
    return nullptr;
}

ArticlePane *ConnectorGutter::rightPane() const
{
    for (int i = 0; i < m_splitter->count(); ++i) {
        if (m_splitter->handle(i) == this)
            return m_splitter->paneAt(i);
    }
    return nullptr;
}

QList<ConnectorBand> ConnectorGutter::bands() const
{
    QList<ConnectorBand> result;
    const ComparisonModelPtr &model = m_splitter->model();
    ArticlePane *left = leftPane();
    ArticlePane *right = rightPane();
    if (!model || !model->hasResult() || !left || !right || left->isHidden() || right->isHidden())
        return result;
    ArticleTextView *lv = left->view();
    ArticleTextView *rv = right->view();
    const int la = lv->article();
    const int ra = rv->article();
    // Only passages on screen in either pane are candidates.
    QList<int> candidates;
    QSet<int> seen;
    for (ArticleTextView *view : { lv, rv }) {
        const auto range = view->visibleRange();
        for (const ArticleSpan &span : model->spansIn(view->article(), range.first, range.second)) {
            if (span.passage >= 0 && !seen.contains(span.passage)) {
                seen.insert(span.passage);
                candidates.append(span.passage);
            }
        }
    }
    const double leftOffset
        = lv->viewport()->mapTo(window(), QPoint(0, 0)).y() - mapTo(window(), QPoint(0, 0)).y();
    const double rightOffset
        = rv->viewport()->mapTo(window(), QPoint(0, 0)).y() - mapTo(window(), QPoint(0, 0)).y();
    for (int passageIndex : std::as_const(candidates)) {
        const Passage &passage = model->result().passages.at(passageIndex);
        const PassageSpan *ls = passage.spanIn(la);
        const PassageSpan *rs = passage.spanIn(ra);
        if (!ls || !rs)
            continue;
        const ViewportExtent le = lv->extentOf(ls->start, ls->end);
        const ViewportExtent re = rv->extentOf(rs->start, rs->end);
        if (le.clip != 0 && re.clip != 0)
            continue;
        ConnectorBand band;
        band.passage = passageIndex;
        band.kind = ls->reworded || rs->reworded ? PassageKind::Paraphrase : passage.kind;
        if (!m_splitter->style().isKindShown(band.kind))
            continue;
        band.moved = ls->moved || rs->moved;
        band.current
            = passageIndex == m_splitter->currentPassage() || passageIndex == m_splitter->hoveredPassage();
        band.leftVisible = le.clip == 0;
        band.rightVisible = re.clip == 0;
        band.leftClip = le.clip;
        band.rightClip = re.clip;
        // Ends are clipped to their viewport, so a band never reaches over a pane header.
        const double lh = lv->viewport()->height();
        const double rh = rv->viewport()->height();
        band.leftTop = std::clamp(le.top, 0.0, lh) + leftOffset;
        band.leftBottom = std::clamp(le.bottom, 0.0, lh) + leftOffset;
        band.rightTop = std::clamp(re.top, 0.0, rh) + rightOffset;
        band.rightBottom = std::clamp(re.bottom, 0.0, rh) + rightOffset;
        result.append(band);
    }
    return result;
}

void ConnectorGutter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    painter.setRenderHint(QPainter::Antialiasing);
    const HighlightStyle &style = m_splitter->style();
    const double w = width();
    const double stub = w * 0.35;
    const QList<ConnectorBand> all = bands();
    // Current bands last, so they sit on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (const ConnectorBand &band : all) {
            if (band.current != (pass == 1))
                continue;
            QPainterPath path;
            if (band.leftVisible && band.rightVisible) {
                path.moveTo(0, band.leftTop);
                path.cubicTo(w / 2, band.leftTop, w / 2, band.rightTop, w, band.rightTop);
                path.lineTo(w, band.rightBottom);
                path.cubicTo(w / 2, band.rightBottom, w / 2, band.leftBottom, 0, band.leftBottom);
                path.closeSubpath();
            } else if (band.leftVisible) {
                const double tip = band.rightClip < 0 ? band.leftTop - 10 : band.leftBottom + 10;
                path.moveTo(0, band.leftTop);
                path.cubicTo(stub / 2, band.leftTop, stub / 2, tip, stub, tip);
                path.cubicTo(stub / 2, tip, stub / 2, band.leftBottom, 0, band.leftBottom);
                path.closeSubpath();
            } else {
                const double tip = band.leftClip < 0 ? band.rightTop - 10 : band.rightBottom + 10;
                path.moveTo(w, band.rightTop);
                path.cubicTo(w - stub / 2, band.rightTop, w - stub / 2, tip, w - stub, tip);
                path.cubicTo(w - stub / 2, tip, w - stub / 2, band.rightBottom, w, band.rightBottom);
                path.closeSubpath();
            }
            painter.setBrush(style.bandColor(band.kind, band.current));
            QPen pen(style.kindColor(band.kind), band.current ? 1.6 : 1.0);
            if (band.moved)
                pen.setStyle(Qt::DashLine);
            else if (band.kind == PassageKind::Paraphrase)
                pen.setStyle(Qt::DotLine);
            painter.setPen(pen);
            painter.drawPath(path);
        }
    }
}

} // namespace sw::ui

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "passagesdock.h"

#include "compare/highlightstyle.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>
#include <QTreeWidget>

namespace sw::ui {

namespace {

enum Role { ArticleRole = Qt::UserRole + 1, StartRole, EndRole, PassageRole };

QIcon swatch(const QColor &color, bool hollow)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(color.darker(130));
    painter.setBrush(hollow ? QBrush(color, Qt::BDiagPattern) : QBrush(color));
    painter.drawRect(0, 0, 11, 11);
    return QIcon(pixmap);
}

} // namespace

PassagesDock::PassagesDock(QWidget *parent)
    : QDockWidget(tr("Passages"), parent)
{
    setObjectName(QStringLiteral("passagesDock"));
    setAccessibleName(tr("Passages"));
    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(tr("Shared and only-here passages"));
    m_tree->setHeaderLabels({ tr("Passage"), tr("Outlets") });
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, &PassagesDock::activate);
    connect(m_tree, &QTreeWidget::itemClicked, this, &PassagesDock::activate);
}

void PassagesDock::setModel(const ComparisonModelPtr &model)
{
    m_tree->clear();
    m_shared = nullptr;
    if (!model || !model->hasResult())
        return;
    const HighlightStyle style(palette());
    // One icon per kind, shared by every row.
    const QIcon kindIcons[] = { swatch(style.kindColor(SpanKind::Verbatim), false),
                                swatch(style.kindColor(SpanKind::Near), false),
                                swatch(style.kindColor(SpanKind::Paraphrase), false) };
    const QIcon uniqueIcon = swatch(style.kindColor(SpanKind::Unique), true);
    const ComparisonResult &result = model->result();
    const Bundle &bundle = model->bundle();
    m_tree->setUpdatesEnabled(false);

    m_shared = new QTreeWidgetItem(m_tree, { tr("Shared passages (%1)").arg(result.passages.size()) });
    m_shared->setFirstColumnSpanned(true);
    // Rows are made without a parent and added in one go: added one by one, each would notify
    // the view (thousands of passages in a large bundle).
    QList<QTreeWidgetItem *> sharedRows;
    sharedRows.reserve(result.passages.size());
    for (int p = 0; p < result.passages.size(); ++p) {
        const Passage &passage = result.passages.at(p);
        if (passage.spans.isEmpty())
            continue;
        const PassageSpan &first = passage.spans.first();
        QStringList outlets;
        bool moved = false;
        for (const PassageSpan &span : passage.spans) {
            outlets << bundle.articles.at(span.article).outlet;
            moved = moved || span.moved;
        }
        const SpanKind kind = passage.kind == PassageKind::Near ? SpanKind::Near
            : passage.kind == PassageKind::Paraphrase           ? SpanKind::Paraphrase
                                                                : SpanKind::Verbatim;
        auto *item = new QTreeWidgetItem(QStringList { model->snippet(first.article, first.start, first.end),
                                                       QString::number(passage.articleCount()) });
        sharedRows.append(item);
        item->setIcon(0, kindIcons[int(kind)]);
        const QString kindText = ComparisonModel::kindName(kind);
        item->setToolTip(0,
                         moved ? tr("%1, moved, in: %2").arg(kindText, outlets.join(QStringLiteral(", ")))
                               : tr("%1, in: %2").arg(kindText, outlets.join(QStringLiteral(", "))));
        item->setToolTip(1, outlets.join(QLatin1Char('\n')));
        item->setData(0, ArticleRole, first.article);
        item->setData(0, StartRole, first.start);
        item->setData(0, EndRole, first.end);
        item->setData(0, PassageRole, p);
    }

    m_shared->addChildren(sharedRows);

    auto *onlyHere = new QTreeWidgetItem(m_tree, { tr("Only here (%1)").arg(result.unique.size()) });
    onlyHere->setFirstColumnSpanned(true);
    QList<QTreeWidgetItem *> perArticle(bundle.articles.size(), nullptr);
    QList<QList<QTreeWidgetItem *>> uniqueRows(bundle.articles.size());
    for (const UniqueSpan &unique : result.unique) {
        if (unique.article < 0 || unique.article >= bundle.articles.size())
            continue;
        QTreeWidgetItem *&group = perArticle[unique.article];
        if (!group) {
            group = new QTreeWidgetItem(onlyHere, { bundle.articles.at(unique.article).outlet });
            group->setFirstColumnSpanned(true);
            group->setIcon(0, uniqueIcon);
        }
        auto *item
            = new QTreeWidgetItem(QStringList { model->snippet(unique.article, unique.start, unique.end) });
        uniqueRows[unique.article].append(item);
        item->setToolTip(0, model->snippet(unique.article, unique.start, unique.end, 400));
        item->setData(0, ArticleRole, unique.article);
        item->setData(0, StartRole, unique.start);
        item->setData(0, EndRole, unique.end);
        item->setData(0, PassageRole, -1);
    }
    for (qsizetype a = 0; a < perArticle.size(); ++a) {
        if (perArticle[a])
            perArticle[a]->addChildren(uniqueRows[a]);
    }
    m_shared->setExpanded(true);
    onlyHere->setExpanded(true);
    for (QTreeWidgetItem *group : std::as_const(perArticle)) {
        if (group)
            group->setExpanded(true);
    }
    m_tree->setUpdatesEnabled(true);
}

void PassagesDock::selectPassage(int passage)
{
    if (!m_shared)
        return;
    m_selecting = true;
    for (int i = 0; i < m_shared->childCount(); ++i) {
        QTreeWidgetItem *item = m_shared->child(i);
        if (item->data(0, PassageRole).toInt() == passage) {
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
            break;
        }
    }
    m_selecting = false;
}

void PassagesDock::activate(QTreeWidgetItem *item)
{
    if (m_selecting || !item || !item->data(0, ArticleRole).isValid())
        return;
    Q_EMIT jumpRequested(item->data(0, ArticleRole).toInt(), item->data(0, StartRole).toInt(),
                         item->data(0, EndRole).toInt());
}

} // namespace sw::ui

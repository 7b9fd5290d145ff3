// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "passagesdock.h"

#include "compare/highlightstyle.h"
#include "project/passagesmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QPainter>
#include <QPixmap>
#include <QTreeView>

namespace sw::ui {

namespace {

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

/// Adds the swatch of each row's kind (in the highlight colours) to the passages.
class SwatchProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    void setIcons(const QList<QIcon> &icons)
    {
        m_icons = icons;
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), { Qt::DecorationRole });
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole || index.column() != PassagesModel::PassageColumn)
            return QIdentityProxyModel::data(index, role);
        const int type = index.data(PassagesModel::RowTypeRole).toInt();
        if (type != PassagesModel::SharedRow && type != PassagesModel::OutletRow)
            return {};
        return m_icons.value(index.data(PassagesModel::KindRole).toInt());
    }

private:
    QList<QIcon> m_icons; ///< by PassageKind
};

} // namespace

PassagesDock::PassagesDock(QWidget *parent)
    : QDockWidget(tr("Passages"), parent)
{
    setObjectName(QStringLiteral("passagesDock"));
    setAccessibleName(tr("Passages"));
    m_proxy = new SwatchProxy(this);
    m_tree = new QTreeView(this);
    m_tree->setAccessibleName(tr("Shared and only-here passages"));
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setModel(m_proxy);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    setWidget(m_tree);
    updateIcons();
    connect(m_tree, &QTreeView::activated, this, &PassagesDock::activate);
    connect(m_tree, &QTreeView::clicked, this, &PassagesDock::activate);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PassagesDock::expandGroups);
}

void PassagesDock::setModel(PassagesModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    if (!model)
        return;
    m_tree->header()->setSectionResizeMode(PassagesModel::PassageColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(PassagesModel::OutletsColumn, QHeaderView::ResizeToContents);
    // A long comparison has thousands of rows: the column fits the rows on screen, not the
    // first thousand (each measured with a text layout when the result arrives).
    m_tree->header()->setResizeContentsPrecision(0);
    expandGroups();
}

void PassagesDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

void PassagesDock::updateIcons()
{
    const HighlightStyle style(palette());
    static_cast<SwatchProxy *>(m_proxy)->setIcons({ swatch(style.kindColor(PassageKind::Verbatim), false),
                                                    swatch(style.kindColor(PassageKind::Near), false),
                                                    swatch(style.kindColor(PassageKind::Paraphrase), false),
                                                    swatch(style.kindColor(PassageKind::OnlyHere), true) });
}

void PassagesDock::expandGroups()
{
    if (!m_model)
        return;
    // Both groups and every outlet's only-here list start open.
    m_tree->expand(viewIndex(m_model->sharedGroup()));
    m_tree->expand(viewIndex(m_model->onlyHereGroup()));
    const QModelIndex onlyHere = m_model->onlyHereGroup();
    for (int r = 0; r < m_model->rowCount(onlyHere); ++r)
        m_tree->expand(viewIndex(m_model->index(r, 0, onlyHere)));
}

QModelIndex PassagesDock::viewIndex(const QModelIndex &modelIndex) const
{
    return m_proxy->mapFromSource(modelIndex);
}

void PassagesDock::selectPassage(int passage)
{
    if (!m_model)
        return;
    const QModelIndex index = viewIndex(m_model->passageIndex(passage));
    if (!index.isValid())
        return;
    m_selecting = true;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_selecting = false;
}

void PassagesDock::activate(const QModelIndex &index)
{
    const QModelIndex row = index.siblingAtColumn(PassagesModel::PassageColumn);
    if (m_selecting || !row.isValid() || !row.data(PassagesModel::ArticleRole).isValid())
        return;
    Q_EMIT jumpRequested(row.data(PassagesModel::ArticleRole).toInt(),
                         row.data(PassagesModel::StartRole).toInt(),
                         row.data(PassagesModel::EndRole).toInt());
}

} // namespace sw::ui

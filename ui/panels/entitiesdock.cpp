// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "entitiesdock.h"

#include "project/project.h"
#include "project/projecteditor.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace sw::ui {

namespace {

QString elide(const QString &text, int max)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return t.size() <= max ? t : t.left(max - 1) + QChar(0x2026);
}

QString contextOf(const Article &article, int start, int end)
{
    // A few words either side, cut at word boundaries, so the mention itself stays readable.
    constexpr int Reach = 18;
    int from = std::max(0, start - Reach);
    while (from > 0 && from < start && !article.text.at(from - 1).isSpace())
        ++from;
    int to = std::min<int>(int(article.text.size()), end + Reach);
    while (to < article.text.size() && to > end && !article.text.at(to).isSpace())
        --to;
    QString s = article.text.mid(from, to - from);
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QStringLiteral("%1%2%3").arg(from > 0 ? QStringLiteral("\u2026") : QString(), s.trimmed(),
                                        to < article.text.size() ? QStringLiteral("\u2026") : QString());
}

// "Gothenburg Courier" -> "GC": compact matrix columns; the full name is in the tooltip.
QString initials(const QString &outlet)
{
    QString out;
    for (const QString &word : outlet.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out += word.at(0).toUpper();
    return out.isEmpty() ? outlet : out;
}

} // namespace

EntitiesDock::EntitiesDock(Project *project, QWidget *parent)
    : QDockWidget(tr("Entities"), parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("entitiesDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QToolBar(content);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_rename = bar->addAction(tr("Rename"));
    m_rename->setToolTip(tr("Rename the entity (or double-click its name)"));
    m_merge = bar->addAction(tr("Merge"));
    m_merge->setToolTip(tr("Merge the selected entities into the current one"));
    m_remove = bar->addAction(tr("Remove Tag"));
    m_remove->setToolTip(tr("Remove the selected mentions' tags"));
    m_tagAll = bar->addAction(tr("Tag All\u2026"));
    m_tagAll->setToolTip(tr("Find the entity's names in every article and tag them"));
    layout->addWidget(bar);

    m_tabs = new QTabWidget(content);
    m_tabs->setDocumentMode(true);
    m_tree = new QTreeWidget(m_tabs);
    m_tree->setHeaderLabels({ tr("Entity"), tr("Mentions") });
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Entities by type"));
    m_matrix = new QTableWidget(m_tabs);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setAccessibleName(tr("Entities by outlet"));
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long names are elided so that the outlet columns stay in view in a narrow dock.
    m_matrix->verticalHeader()->setMaximumWidth(170);
    m_matrix->verticalHeader()->setTextElideMode(Qt::ElideRight);
    m_matrix->horizontalHeader()->setDefaultSectionSize(34);
    m_tabs->addTab(m_tree, tr("By Type"));
    m_tabs->addTab(m_matrix, tr("By Outlet"));
    layout->addWidget(m_tabs, 1);
    setWidget(content);

    connect(m_tree, &QTreeWidget::itemActivated, this, &EntitiesDock::activate);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, KindRole).toInt() == MentionItem)
            activate(item);
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, &EntitiesDock::onItemChanged);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &EntitiesDock::updateActions);
    // Remembered across rebuilds: expanded entities and articles, collapsed types ("!" + id).
    const auto remember = [this](QTreeWidgetItem *item, bool expanded) {
        if (m_building)
            return;
        const bool type = item->data(0, KindRole).toInt() == TypeItem;
        const QString key = type ? QStringLiteral("!") + item->data(0, IdRole).toString()
                                 : item->data(0, IdRole).toString();
        if (expanded != type)
            m_expanded.insert(key);
        else
            m_expanded.remove(key);
    };
    connect(m_tree, &QTreeWidget::itemExpanded, this,
            [remember](QTreeWidgetItem *item) { remember(item, true); });
    connect(m_tree, &QTreeWidget::itemCollapsed, this,
            [remember](QTreeWidgetItem *item) { remember(item, false); });
    connect(m_matrix, &QTableWidget::cellActivated, this, [this](int row, int column) {
        const QString entityId = m_matrix->verticalHeaderItem(row)->data(IdRole).toString();
        const QString articleId = m_matrix->horizontalHeaderItem(column)->data(IdRole).toString();
        for (const Annotation &a : m_project->store().mentionsOf(entityId)) {
            if (a.articleId == articleId && !a.orphaned) {
                Q_EMIT jumpRequested(m_project->bundle().indexOf(articleId), a.anchor.start, a.anchor.end);
                return;
            }
        }
    });
    connect(m_rename, &QAction::triggered, this, &EntitiesDock::renameCurrent);
    connect(m_merge, &QAction::triggered, this, &EntitiesDock::mergeSelected);
    connect(m_remove, &QAction::triggered, this, &EntitiesDock::removeSelectedTags);
    connect(m_tagAll, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds(EntityItem);
        if (!ids.isEmpty())
            Q_EMIT tagAllRequested(ids.first());
    });

    m_rebuild = new RebuildScheduler(this, [this] { rebuild(); });
    const auto schedule = [this] { m_rebuild->schedule(); };
    connect(project, &Project::reset, this, [this] {
        m_expanded.clear();
        m_rebuild->schedule();
    });
    connect(project, &Project::entityTypeAdded, this, schedule);
    connect(project, &Project::entityTypeChanged, this, schedule);
    connect(project, &Project::entityTypeRemoved, this, schedule);
    connect(project, &Project::entityAdded, this, schedule);
    connect(project, &Project::entityChanged, this, schedule);
    connect(project, &Project::entityRemoved, this, schedule);
    connect(project, &Project::annotationAdded, this, schedule);
    connect(project, &Project::annotationChanged, this, schedule);
    connect(project, &Project::annotationRemoved, this, schedule);
    connect(project, &Project::articleTextChanged, this, schedule);
    rebuild();
}

void EntitiesDock::rebuild()
{
    m_rebuild->done();
    rebuildTree();
    rebuildMatrix();
    updateActions();
}

QTreeWidgetItem *EntitiesDock::entityItem(const QString &entityId) const
{
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *type = m_tree->topLevelItem(t);
        for (int e = 0; e < type->childCount(); ++e) {
            if (type->child(e)->data(0, IdRole).toString() == entityId)
                return type->child(e);
        }
    }
    return nullptr;
}

void EntitiesDock::rebuildTree()
{
    m_building = true;
    const QString current
        = m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toString() : QString();
    m_tree->clear();
    const AnnotationStore &store = m_project->store();
    const Bundle &bundle = m_project->bundle();
    QTreeWidgetItem *currentItem = nullptr;
    for (const EntityType &type : store.entityTypes) {
        QList<const Entity *> entities;
        for (const Entity &e : store.entities) {
            if (e.typeId == type.id)
                entities.append(&e);
        }
        std::sort(entities.begin(), entities.end(),
                  [](const Entity *a, const Entity *b) { return a->name.localeAwareCompare(b->name) < 0; });
        auto *typeItem = new QTreeWidgetItem(m_tree);
        typeItem->setText(0, type.name);
        typeItem->setData(0, KindRole, TypeItem);
        typeItem->setData(0, IdRole, type.id);
        typeItem->setForeground(0, type.color);
        QFont bold = typeItem->font(0);
        bold.setBold(true);
        typeItem->setFont(0, bold);
        int typeCount = 0;
        for (const Entity *e : std::as_const(entities)) {
            const QList<Annotation> mentions = store.mentionsOf(e->id);
            auto *entityItem = new QTreeWidgetItem(typeItem);
            entityItem->setText(0, e->name);
            entityItem->setData(0, KindRole, EntityItem);
            entityItem->setData(0, IdRole, e->id);
            entityItem->setFlags(entityItem->flags() | Qt::ItemIsEditable);
            if (!e->aliases.isEmpty())
                entityItem->setToolTip(0, tr("Also: %1").arg(e->aliases.join(QStringLiteral(", "))));
            int count = 0;
            for (int i = 0; i < bundle.articles.size(); ++i) {
                const Article &article = bundle.articles.at(i);
                QList<Annotation> here;
                for (const Annotation &m : mentions) {
                    if (m.articleId == article.id && !m.orphaned)
                        here.append(m);
                }
                if (here.isEmpty())
                    continue;
                std::sort(here.begin(), here.end(), [](const Annotation &a, const Annotation &b) {
                    return a.anchor.start < b.anchor.start;
                });
                auto *articleItem = new QTreeWidgetItem(entityItem);
                articleItem->setText(0, article.outlet);
                articleItem->setText(1, QString::number(here.size()));
                articleItem->setData(0, KindRole, ArticleItem);
                articleItem->setData(0, IdRole, QString(e->id + QLatin1Char('/') + article.id));
                articleItem->setToolTip(0, article.title);
                for (const Annotation &m : std::as_const(here)) {
                    auto *mentionItem = new QTreeWidgetItem(articleItem);
                    mentionItem->setText(
                        0,
                        tr("%1 \u2014 %2")
                            .arg(m.anchor.exact,
                                 elide(contextOf(article, m.anchor.start, m.anchor.end), 90)));
                    mentionItem->setData(0, KindRole, MentionItem);
                    mentionItem->setData(0, IdRole, m.id);
                    mentionItem->setToolTip(0, m.anchor.exact);
                    if (m.id == current)
                        currentItem = mentionItem;
                }
                count += int(here.size());
                articleItem->setExpanded(m_expanded.contains(articleItem->data(0, IdRole).toString()));
            }
            entityItem->setText(1, QString::number(count));
            typeCount += count;
            entityItem->setExpanded(m_expanded.contains(e->id));
            if (e->id == current)
                currentItem = entityItem;
        }
        typeItem->setText(1, QString::number(typeCount));
        typeItem->setExpanded(!m_expanded.contains(QStringLiteral("!") + type.id));
    }
    if (currentItem)
        m_tree->setCurrentItem(currentItem);
    m_building = false;
}

void EntitiesDock::rebuildMatrix()
{
    const AnnotationStore &store = m_project->store();
    const Bundle &bundle = m_project->bundle();
    m_matrix->clear();
    m_matrix->setColumnCount(int(bundle.articles.size()));
    for (int c = 0; c < bundle.articles.size(); ++c) {
        auto *header = new QTableWidgetItem(initials(bundle.articles.at(c).outlet));
        header->setData(IdRole, bundle.articles.at(c).id);
        header->setToolTip(tr("%1: %2").arg(bundle.articles.at(c).outlet, bundle.articles.at(c).title));
        m_matrix->setHorizontalHeaderItem(c, header);
    }
    QList<const Entity *> entities;
    for (const Entity &e : store.entities)
        entities.append(&e);
    std::sort(entities.begin(), entities.end(), [&](const Entity *a, const Entity *b) {
        const qsizetype ta = store.indexOfEntityType(a->typeId);
        const qsizetype tb = store.indexOfEntityType(b->typeId);
        return ta != tb ? ta < tb : a->name.localeAwareCompare(b->name) < 0;
    });
    m_matrix->setRowCount(int(entities.size()));
    for (int r = 0; r < entities.size(); ++r) {
        const Entity *e = entities.at(r);
        const EntityType *type = store.entityType(e->typeId);
        auto *header = new QTableWidgetItem(e->name);
        header->setData(IdRole, e->id);
        if (type)
            header->setForeground(type->color);
        m_matrix->setVerticalHeaderItem(r, header);
        const QList<Annotation> mentions = store.mentionsOf(e->id);
        for (int c = 0; c < bundle.articles.size(); ++c) {
            const QString &articleId = bundle.articles.at(c).id;
            const auto n = std::count_if(mentions.cbegin(), mentions.cend(), [&](const Annotation &a) {
                return a.articleId == articleId && !a.orphaned;
            });
            auto *cell = new QTableWidgetItem(n > 0 ? QString::number(n) : QString());
            cell->setTextAlignment(Qt::AlignCenter);
            cell->setData(Qt::UserRole, int(n));
            if (n > 0 && type) {
                QColor tint = type->color;
                tint.setAlphaF(float(std::min(0.15 + 0.12 * double(n), 0.6)));
                cell->setBackground(tint);
            }
            cell->setToolTip(
                tr("%1 in %2: %n mention(s)", nullptr, int(n)).arg(e->name, bundle.articles.at(c).outlet));
            m_matrix->setItem(r, c, cell);
        }
    }
}

void EntitiesDock::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int kind = item->data(0, KindRole).toInt();
    const AnnotationStore &store = m_project->store();
    const Annotation *target = nullptr;
    if (kind == MentionItem) {
        target = store.annotation(item->data(0, IdRole).toString());
    } else if (kind == ArticleItem && item->childCount() > 0) {
        target = store.annotation(item->child(0)->data(0, IdRole).toString());
    } else if (kind == EntityItem) {
        const QList<Annotation> mentions = store.mentionsOf(item->data(0, IdRole).toString());
        for (const Annotation &a : mentions) {
            if (!a.orphaned) {
                target = store.annotation(a.id);
                break;
            }
        }
    }
    if (target && !target->orphaned)
        Q_EMIT jumpRequested(m_project->bundle().indexOf(target->articleId), target->anchor.start,
                             target->anchor.end);
}

void EntitiesDock::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_building || column != 0 || item->data(0, KindRole).toInt() != EntityItem)
        return;
    const QString id = item->data(0, IdRole).toString();
    const Entity *e = m_project->store().entity(id);
    const QString name = item->text(0).trimmed();
    if (!e || name.isEmpty() || name == e->name) {
        m_rebuild->schedule();
        return;
    }
    // The old name stays findable as an alias.
    if (!ProjectEditor(m_project).rename(id, name))
        m_rebuild->schedule();
}

QStringList EntitiesDock::selectedIds(ItemKind kind) const
{
    QStringList ids;
    const auto items = m_tree->selectedItems();
    for (const QTreeWidgetItem *item : items) {
        if (item->data(0, KindRole).toInt() == kind)
            ids << item->data(0, IdRole).toString();
    }
    if (ids.isEmpty() && m_tree->currentItem() && m_tree->currentItem()->data(0, KindRole).toInt() == kind)
        ids << m_tree->currentItem()->data(0, IdRole).toString();
    return ids;
}

void EntitiesDock::updateActions()
{
    const int entities = int(selectedIds(EntityItem).size());
    m_rename->setEnabled(entities == 1);
    m_tagAll->setEnabled(entities == 1);
    m_merge->setEnabled(entities >= 2);
    m_remove->setEnabled(!selectedIds(MentionItem).isEmpty());
}

void EntitiesDock::renameCurrent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (item && item->data(0, KindRole).toInt() == EntityItem)
        m_tree->editItem(item, 0);
}

void EntitiesDock::mergeSelected()
{
    const QStringList ids = selectedIds(EntityItem);
    if (ids.size() < 2)
        return;
    // The current entity (the one clicked last) survives; the editor picks the name it keeps.
    QString target = ids.first();
    if (QTreeWidgetItem *current = m_tree->currentItem()) {
        if (ids.contains(current->data(0, IdRole).toString()))
            target = current->data(0, IdRole).toString();
    }
    const QStringList names = ProjectEditor(m_project).mergeNames(ids);
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("mergeNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Merge Entities"));
    dialog->setLabelText(tr("Name of the merged entity (the others stay as aliases):"));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(false);
    const Entity *t = m_project->store().entity(target);
    dialog->setTextValue(t ? t->name : names.value(0));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, ids, target](const QString &name) { mergeEntities(ids, target, name); });
    dialog->open();
}

bool EntitiesDock::mergeEntities(const QStringList &ids, const QString &survivorId, const QString &name)
{
    return ProjectEditor(m_project).merge(ids, survivorId, name);
}

void EntitiesDock::removeSelectedTags()
{
    ProjectEditor(m_project).remove(selectedIds(MentionItem));
}

} // namespace sw::ui

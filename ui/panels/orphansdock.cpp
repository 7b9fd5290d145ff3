// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "orphansdock.h"

#include "project/orphansmodel.h"
#include "project/project.h"
#include "project/projectcommands.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace sw::ui {

OrphansDock::OrphansDock(Project *project, QWidget *parent)
    : QDockWidget(tr("Orphans"), parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("orphansDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_hint
        = new QLabel(tr("Annotations whose text changed in the source. Select the right text in the article "
                        "and re-attach, or delete them."),
                     content);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    layout->addWidget(m_hint);
    auto *row = new QHBoxLayout;
    auto *reattach = new QToolButton(content);
    reattach->setText(tr("Re-attach to Selection"));
    auto *remove = new QToolButton(content);
    remove->setText(tr("Delete"));
    row->addWidget(reattach);
    row->addWidget(remove);
    row->addStretch(1);
    layout->addLayout(row);
    m_model = new OrphansModel(project, this);
    m_tree = new QTreeView(content);
    m_tree->setModel(m_model);
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setAccessibleName(tr("Orphaned annotations"));
    m_tree->header()->setSectionResizeMode(OrphansModel::TextColumn, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);
    setWidget(content);

    connect(reattach, &QToolButton::clicked, this, &OrphansDock::reattachCurrent);
    connect(remove, &QToolButton::clicked, this, &OrphansDock::deleteCurrent);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const Annotation *a = m_project->store().annotation(m_model->orphanId(index.row()));
        const Article *article = a ? m_project->article(a->articleId) : nullptr;
        if (!article)
            return;
        const int start = std::clamp(a->anchor.start, 0, int(article->text.size()));
        Q_EMIT jumpRequested(m_project->bundle().indexOf(a->articleId), start, start);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OrphansDock::update);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OrphansDock::update);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrphansDock::update);
    update();
}

QString OrphansDock::currentId() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? m_model->orphanId(current.row()) : QString();
}

void OrphansDock::update()
{
    if (!m_tree->currentIndex().isValid() && m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
    const int n = m_model->rowCount();
    setWindowTitle(n == 0 ? tr("Orphans") : tr("Orphans (%1)").arg(n));
}

bool OrphansDock::reattachCurrent()
{
    const Annotation *a = m_project->store().annotation(currentId());
    if (!a)
        return false;
    QString articleId;
    int start = 0;
    int end = 0;
    if (!m_selection || !m_selection(&articleId, &start, &end)) {
        m_hint->setText(tr("Select the text to re-attach to in the article first."));
        return false;
    }
    if (articleId != a->articleId) {
        const Article *article = m_project->article(a->articleId);
        m_hint->setText(tr("Select the text in %1: the annotation belongs to that article.")
                            .arg(article ? article->outlet : a->articleId));
        return false;
    }
    return m_project->push(std::make_unique<ReattachOrphanCommand>(m_project, a->id, start, end));
}

void OrphansDock::deleteCurrent()
{
    m_project->push(std::make_unique<DeleteOrphanCommand>(m_project, currentId()));
}

} // namespace sw::ui

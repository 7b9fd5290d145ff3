// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "orphansdock.h"

#include "project/project.h"
#include "project/projectcommands.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
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
    m_tree = new QTreeWidget(content);
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setHeaderLabels({ tr("Orphaned text"), tr("Kind"), tr("Outlet") });
    m_tree->setAccessibleName(tr("Orphaned annotations"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);
    setWidget(content);

    connect(reattach, &QToolButton::clicked, this, &OrphansDock::reattachCurrent);
    connect(remove, &QToolButton::clicked, this, &OrphansDock::deleteCurrent);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const Annotation *a = m_project->store().annotation(item->data(0, IdRole).toString());
        const Article *article = a ? m_project->article(a->articleId) : nullptr;
        if (!article)
            return;
        const int start = std::clamp(a->anchor.start, 0, int(article->text.size()));
        Q_EMIT jumpRequested(m_project->bundle().indexOf(a->articleId), start, start);
    });
    m_rebuild = new RebuildScheduler(this, [this] { rebuild(); });
    const auto schedule = [this] { m_rebuild->schedule(); };
    connect(project, &Project::reset, this, schedule);
    connect(project, &Project::orphansChanged, this, schedule);
    connect(project, &Project::annotationAdded, this, schedule);
    connect(project, &Project::annotationChanged, this, schedule);
    connect(project, &Project::annotationRemoved, this, schedule);
    rebuild();
}

QString OrphansDock::currentId() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toString() : QString();
}

void OrphansDock::rebuild()
{
    m_rebuild->done();
    const QString current = currentId();
    m_tree->clear();
    const QList<Annotation> orphans = m_project->store().orphans();
    for (const Annotation &a : orphans) {
        const Article *article = m_project->article(a.articleId);
        auto *item = new QTreeWidgetItem(m_tree);
        // The orphaned text itself first; its old context (and a note's text) in the tooltip.
        QString context
            = tr("\u2026%1\u00bb%2\u00ab%3\u2026").arg(a.anchor.prefix, a.anchor.exact, a.anchor.suffix);
        context.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QString shown = a.anchor.exact.simplified();
        if (shown.isEmpty())
            shown = context;
        item->setText(0, tr("\u201c%1\u201d").arg(shown));
        item->setToolTip(0,
                         a.kind == AnnotationKind::Note ? tr("Note: %1\n%2").arg(a.text, context) : context);
        item->setText(1,
                      a.kind == AnnotationKind::Mention     ? tr("tag")
                          : a.kind == AnnotationKind::Quote ? tr("quote")
                                                            : tr("note"));
        item->setText(2, article ? article->outlet : a.articleId);
        item->setData(0, IdRole, a.id);
        if (a.id == current)
            m_tree->setCurrentItem(item);
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    setWindowTitle(orphans.isEmpty() ? tr("Orphans") : tr("Orphans (%1)").arg(orphans.size()));
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

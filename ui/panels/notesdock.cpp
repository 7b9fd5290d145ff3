// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "notesdock.h"

#include "project/notesmodel.h"
#include "project/project.h"
#include "project/projecteditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sw::ui {

NotesDock::NotesDock(Project *project, QWidget *parent)
    : QDockWidget(tr("Notes"), parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("notesDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 0);
    auto *row = new QHBoxLayout;
    auto *edit = new QToolButton(content);
    edit->setText(tr("Edit\u2026"));
    auto *remove = new QToolButton(content);
    remove->setText(tr("Remove"));
    row->addWidget(edit);
    row->addWidget(remove);
    row->addStretch(1);
    layout->addLayout(row);
    m_model = new NotesModel(project, this);
    m_view = new QTreeView(content);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Notes"));
    m_view->header()->setSectionResizeMode(NotesModel::NoteColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    setWidget(content);

    const auto jump = [this](const QModelIndex &index) {
        const Annotation *a = m_project->store().annotation(m_model->noteId(index.row()));
        if (a && !a->orphaned)
            Q_EMIT jumpRequested(m_project->bundle().indexOf(a->articleId), a->anchor.start, a->anchor.end);
    };
    connect(m_view, &QTreeView::activated, this, jump);
    connect(m_view, &QTreeView::clicked, this, jump);
    connect(edit, &QToolButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT editNoteRequested(currentId());
    });
    connect(remove, &QToolButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            ProjectEditor(m_project).remove({ currentId() });
    });
}

QString NotesDock::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->noteId(current.row()) : QString();
}

} // namespace sw::ui

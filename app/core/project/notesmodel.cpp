// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "notesmodel.h"

#include "project.h"

namespace sw {

NotesModel::NotesModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    connect(project, &Project::reset, this, &NotesModel::reload);
    connect(project, &Project::articleTextChanged, this, &NotesModel::syncAll);
    connect(project, &Project::orphansChanged, this, &NotesModel::syncAll);
    connect(project, &Project::annotationAdded, this, &NotesModel::sync);
    connect(project, &Project::annotationChanged, this, &NotesModel::sync);
    connect(project, &Project::annotationRemoved, this, &NotesModel::sync);
    reload();
}

bool NotesModel::isNote(const QString &annotationId) const
{
    const Annotation *a = m_project->store().annotation(annotationId);
    return a && a->kind == AnnotationKind::Note;
}

void NotesModel::reload()
{
    beginResetModel();
    m_ids.clear();
    for (const Annotation &a : m_project->store().annotations) {
        if (a.kind == AnnotationKind::Note)
            m_ids.append(a.id);
    }
    endResetModel();
}

void NotesModel::sync(const QString &annotationId)
{
    const int row = rowOf(annotationId);
    const bool note = isNote(annotationId);
    if (row >= 0 && note) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        endRemoveRows();
    } else if (note) {
        // The new row goes where the note stands among the notes in the store.
        int at = 0;
        for (const Annotation &a : m_project->store().annotations) {
            if (a.id == annotationId)
                break;
            if (a.kind == AnnotationKind::Note && m_ids.contains(a.id))
                ++at;
        }
        beginInsertRows({}, at, at);
        m_ids.insert(at, annotationId);
        endInsertRows();
    }
}

void NotesModel::syncAll()
{
    for (const QString &id : QStringList(m_ids))
        sync(id);
    for (const Annotation &a : m_project->store().annotations) {
        if (a.kind == AnnotationKind::Note && !m_ids.contains(a.id))
            sync(a.id);
    }
}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int NotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation *a = m_project->store().annotation(m_ids.at(index.row()));
    if (!a)
        return {};
    if (role == IdRole)
        return a->id;
    if (role == OrphanedRole)
        return a->orphaned;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NoteColumn:
        return a->text;
    case OnColumn: {
        if (role == Qt::ToolTipRole)
            return a->anchor.exact;
        QString on = a->anchor.exact;
        on.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return on.size() > 50 ? on.left(49) + QChar(0x2026) : on;
    }
    case OutletColumn: {
        const Article *article = m_project->article(a->articleId);
        const QString outlet = article ? article->outlet : a->articleId;
        return a->orphaned ? tr("%1 (orphaned)").arg(outlet) : outlet;
    }
    default:
        break;
    }
    return {};
}

QVariant NotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NoteColumn:
        return tr("Note");
    case OnColumn:
        return tr("On");
    case OutletColumn:
        return tr("Outlet");
    default:
        break;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace sw

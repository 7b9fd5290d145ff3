// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "orphansmodel.h"

#include "project.h"

namespace sw {

OrphansModel::OrphansModel(Project *project, QObject *parent)
    : RowTreeModel(ColumnCount, parent)
    , m_project(project)
{
    connect(project, &Project::reset, this, &OrphansModel::reload);
    connect(project, &Project::orphansChanged, this, &OrphansModel::syncAll);
    connect(project, &Project::articleTextChanged, this, &OrphansModel::syncAll);
    connect(project, &Project::annotationAdded, this, &OrphansModel::syncAnnotation);
    connect(project, &Project::annotationChanged, this, &OrphansModel::syncAnnotation);
    connect(project, &Project::annotationRemoved, this, &OrphansModel::syncAnnotation);
    reload();
}

QVariant OrphansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case TextColumn:
            return tr("Orphaned text");
        case KindColumn:
            return tr("Kind");
        case OutletColumn:
            return tr("Outlet");
        default:
            break;
        }
    }
    return RowTreeModel::headerData(section, orientation, role);
}

QList<RowTreeModel::Row> OrphansModel::buildAll()
{
    QList<Row> rows;
    m_orphans.clear();
    for (const Annotation &a : m_project->store().annotations) {
        if (!a.orphaned)
            continue;
        m_orphans.insert(a.id);
        const Article *article = m_project->article(a.articleId);
        Row row;
        row.key = a.id;
        // The orphaned text itself first; its old context (and a note's text) in the tooltip.
        QString context
            = tr("\u2026%1\u00bb%2\u00ab%3\u2026").arg(a.anchor.prefix, a.anchor.exact, a.anchor.suffix);
        context.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QString shown = a.anchor.exact.simplified();
        if (shown.isEmpty())
            shown = context;
        row.set(TextColumn, Qt::DisplayRole, tr("\u201c%1\u201d").arg(shown));
        row.set(TextColumn, Qt::ToolTipRole,
                a.kind == AnnotationKind::Note ? tr("Note: %1\n%2").arg(a.text, context) : context);
        row.set(TextColumn, IdRole, a.id);
        row.set(KindColumn, Qt::DisplayRole,
                a.kind == AnnotationKind::Mention     ? tr("tag")
                    : a.kind == AnnotationKind::Quote ? tr("quote")
                                                      : tr("note"));
        row.set(OutletColumn, Qt::DisplayRole, article ? article->outlet : a.articleId);
        rows.append(row);
    }
    return rows;
}

void OrphansModel::reload()
{
    resetRows(buildAll());
}

void OrphansModel::syncAll()
{
    syncRows({}, buildAll());
}

void OrphansModel::syncAnnotation(const QString &annotationId)
{
    const Annotation *a = m_project->store().annotation(annotationId);
    if (m_orphans.contains(annotationId) || (a && a->orphaned))
        syncAll();
}

} // namespace sw

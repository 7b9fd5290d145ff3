// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "quotesmodel.h"

#include "annotate/worddiff.h"
#include "project.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>

namespace sw {

namespace {

QString oneLine(QString text, int max = 120)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

const QColor alteredColor(0xc0, 0x39, 0x2b);

} // namespace

QuotesModel::QuotesModel(Project *project, QObject *parent)
    : RowTreeModel(ColumnCount, parent)
    , m_project(project)
{
    connect(project, &Project::reset, this, &QuotesModel::reload);
    connect(project, &Project::entityAdded, this, &QuotesModel::syncAll);
    connect(project, &Project::entityChanged, this, &QuotesModel::syncAll);
    connect(project, &Project::entityRemoved, this, &QuotesModel::syncAll);
    connect(project, &Project::articleTextChanged, this, &QuotesModel::syncAll);
    connect(project, &Project::orphansChanged, this, &QuotesModel::syncAll);
    connect(project, &Project::annotationAdded, this, &QuotesModel::syncAnnotation);
    connect(project, &Project::annotationChanged, this, &QuotesModel::syncAnnotation);
    connect(project, &Project::annotationRemoved, this, &QuotesModel::syncAnnotation);
    reload();
}

QVariant QuotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        if (section == QuoteColumn)
            return tr("Quote");
        if (section == WordingColumn)
            return tr("Wording");
    }
    return RowTreeModel::headerData(section, orientation, role);
}

QString QuotesModel::describeChanges(const QList<WordChange> &changes)
{
    QStringList parts;
    for (const WordChange &c : changes) {
        if (c.before.isEmpty())
            parts << tr("\u201c%1\u201d added").arg(c.after);
        else if (c.after.isEmpty())
            parts << tr("\u201c%1\u201d left out").arg(c.before);
        else
            parts << tr("\u201c%1\u201d \u2192 \u201c%2\u201d").arg(c.before, c.after);
    }
    return parts.join(QStringLiteral("; "));
}

QList<RowTreeModel::Row> QuotesModel::buildAll()
{
    const AnnotationStore &store = m_project->store();
    QStringList groups;
    QHash<QString, QList<const Annotation *>> members;
    m_quotes.clear();
    for (const Annotation &a : store.annotations) {
        if (a.kind != AnnotationKind::Quote)
            continue;
        m_quotes.insert(a.id);
        auto &list = members[a.quoteGroup];
        if (list.isEmpty())
            groups << a.quoteGroup;
        list.append(&a);
    }
    QList<Row> rows;
    for (const QString &group : std::as_const(groups)) {
        const QList<const Annotation *> &quotes = members[group];
        const Annotation &first = *quotes.first();
        const Entity *speaker = store.entity(first.entityId);
        QStringList outlets;
        bool altered = false;
        // Each version against the group's first wording by WordDiff's rule, as the report compares
        // them (not the flags stored when the quote was tagged, which an edited source outdates).
        QHash<QString, QList<WordChange>> changesOf;
        for (const Annotation *m : quotes) {
            const Article *article = m_project->article(m->articleId);
            outlets << (article ? article->outlet : m->articleId);
            if (m->id == first.id || m->orphaned)
                continue;
            const QList<WordChange> changes = WordDiff::diff(first.anchor.exact, m->anchor.exact);
            altered = altered || !changes.isEmpty();
            changesOf.insert(m->id, changes);
        }
        Row row;
        row.key = group;
        row.set(QuoteColumn, Qt::DisplayRole,
                speaker ? tr("%1: \u201c%2\u201d").arg(speaker->name, oneLine(first.anchor.exact))
                        : tr("Unknown speaker: \u201c%1\u201d").arg(oneLine(first.anchor.exact)));
        row.set(QuoteColumn, Qt::ToolTipRole, first.anchor.exact);
        row.set(QuoteColumn, IdRole, first.id);
        row.set(QuoteColumn, AlteredRole, altered);
        row.set(WordingColumn, Qt::DisplayRole, altered ? tr("altered") : tr("exact"));
        row.set(
            WordingColumn, Qt::ToolTipRole,
            tr("In %n outlet(s): %1", nullptr, int(quotes.size())).arg(outlets.join(QStringLiteral(", "))));
        if (altered) {
            row.set(WordingColumn, Qt::ForegroundRole, QBrush(alteredColor));
            QFont bold;
            bold.setBold(true);
            row.set(WordingColumn, Qt::FontRole, bold);
        }
        for (const Annotation *m : quotes) {
            const Article *article = m_project->article(m->articleId);
            const QString outlet = article ? article->outlet : m->articleId;
            Row child;
            child.key = m->id;
            child.set(QuoteColumn, Qt::DisplayRole,
                      tr("%1: \u201c%2\u201d").arg(outlet, oneLine(m->anchor.exact)));
            child.set(QuoteColumn, Qt::ToolTipRole, m->anchor.exact);
            child.set(QuoteColumn, IdRole, m->id);
            // Differences against the group's first wording (the one tagged first).
            const QList<WordChange> changes = changesOf.value(m->id);
            if (m->orphaned) {
                child.set(WordingColumn, Qt::DisplayRole, tr("orphaned"));
            } else if (m->id == first.id && altered) {
                child.set(WordingColumn, Qt::DisplayRole, tr("reference"));
                child.set(WordingColumn, Qt::ToolTipRole,
                          tr("The other outlets' wording is compared with this one."));
            } else if (!changes.isEmpty()) {
                child.set(WordingColumn, Qt::DisplayRole, tr("altered"));
                child.set(QuoteColumn, Qt::DisplayRole, tr("%1: %2").arg(outlet, describeChanges(changes)));
                child.set(WordingColumn, Qt::ForegroundRole, QBrush(alteredColor));
            } else {
                child.set(WordingColumn, Qt::DisplayRole, tr("exact"));
            }
            row.children.append(child);
        }
        rows.append(row);
    }
    return rows;
}

void QuotesModel::reload()
{
    resetRows(buildAll());
}

void QuotesModel::syncAll()
{
    syncRows({}, buildAll());
}

void QuotesModel::syncAnnotation(const QString &annotationId)
{
    const Annotation *a = m_project->store().annotation(annotationId);
    if (m_quotes.contains(annotationId) || (a && a->kind == AnnotationKind::Quote))
        syncAll();
}

} // namespace sw

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "passagesmodel.h"

#include "project.h"

#include <algorithm>

namespace sw {

namespace {

// internalId of an index: which list its row is in.
constexpr quintptr TopLevel = 0;
constexpr quintptr InShared = 1;
constexpr quintptr InOnlyHere = 2;
constexpr quintptr InOutlet = 3; ///< + the outlet's row

} // namespace

PassagesModel::PassagesModel(Project *project, QObject *parent)
    : QAbstractItemModel(parent)
    , m_project(project)
{
    connect(project, &Project::comparisonChanged, this, &PassagesModel::reload);
    reload();
}

QString PassagesModel::kindName(PassageKind kind)
{
    switch (kind) {
    case PassageKind::Near:
        return tr("near-verbatim");
    case PassageKind::Paraphrase:
        return tr("paraphrase");
    case PassageKind::OnlyHere:
        return tr("only here");
    case PassageKind::Moved:
        return tr("moved");
    case PassageKind::Verbatim:
        break;
    }
    return tr("verbatim");
}

QString PassagesModel::snippet(const QString &text, int start, int end, int maxChars)
{
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    QString excerpt = text.mid(start, std::min(end - start, maxChars + 1)).simplified();
    if (end - start > maxChars) {
        excerpt.truncate(maxChars);
        excerpt += QChar(0x2026);
    }
    return excerpt;
}

void PassagesModel::reload()
{
    beginResetModel();
    m_shared.clear();
    m_rowOfPassage.clear();
    m_outlets.clear();
    m_onlyHere.clear();
    const ComparisonResult &result = m_project->comparison();
    const qsizetype articles = m_project->bundle().articles.size();
    m_hasResult = m_project->hasComparison() && articles > 0 && result.articleCount == articles;
    if (m_hasResult) {
        m_rowOfPassage.fill(-1, result.passages.size());
        for (int p = 0; p < result.passages.size(); ++p) {
            const Passage &passage = result.passages.at(p);
            if (passage.spans.isEmpty() || passage.spans.first().article < 0
                || passage.spans.first().article >= articles)
                continue;
            m_rowOfPassage[p] = int(m_shared.size());
            m_shared.append(p);
        }
        QList<int> rowOfArticle(articles, -1);
        QList<QList<int>> perArticle(articles);
        for (int u = 0; u < result.unique.size(); ++u) {
            const int article = result.unique.at(u).article;
            if (article >= 0 && article < articles)
                perArticle[article].append(u);
        }
        // Outlets in the order their first only-here passage comes in the result.
        for (const UniqueSpan &unique : result.unique) {
            const int article = unique.article;
            if (article < 0 || article >= articles || rowOfArticle[article] >= 0)
                continue;
            rowOfArticle[article] = int(m_outlets.size());
            m_outlets.append(article);
            m_onlyHere.append(perArticle[article]);
        }
    }
    endResetModel();
}

QModelIndex PassagesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TopLevel);
    switch (parent.internalId()) {
    case TopLevel:
        return createIndex(row, column, parent.row() == 0 ? InShared : InOnlyHere);
    case InOnlyHere:
        return createIndex(row, column, InOutlet + quintptr(parent.row()));
    default:
        break;
    }
    return {};
}

QModelIndex PassagesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    if (id == TopLevel)
        return {};
    if (id == InShared)
        return createIndex(0, 0, TopLevel);
    if (id == InOnlyHere)
        return createIndex(1, 0, TopLevel);
    return createIndex(int(id - InOutlet), 0, InOnlyHere);
}

int PassagesModel::rowCount(const QModelIndex &parent) const
{
    if (!m_hasResult)
        return 0;
    if (!parent.isValid())
        return 2;
    if (parent.column() != 0)
        return 0;
    switch (parent.internalId()) {
    case TopLevel:
        return int(parent.row() == 0 ? m_shared.size() : m_outlets.size());
    case InOnlyHere:
        return int(m_onlyHere.value(parent.row()).size());
    default:
        break;
    }
    return 0;
}

int PassagesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex PassagesModel::passageIndex(int passage) const
{
    const int row = m_rowOfPassage.value(passage, -1);
    return row >= 0 ? index(row, 0, sharedGroup()) : QModelIndex();
}

QVariant PassagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        if (section == PassageColumn)
            return tr("Passage");
        if (section == OutletsColumn)
            return tr("Outlets");
    }
    return QAbstractItemModel::headerData(section, orientation, role);
}

QVariant PassagesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const ComparisonResult &result = m_project->comparison();
    const quintptr id = index.internalId();
    if (id == TopLevel) {
        if (role == RowTypeRole)
            return int(GroupRow);
        if (role != Qt::DisplayRole || index.column() != PassageColumn)
            return {};
        return index.row() == 0 ? tr("Shared passages (%1)").arg(result.passages.size())
                                : tr("Only here (%1)").arg(result.unique.size());
    }
    if (id == InShared)
        return sharedData(m_shared.at(index.row()), index.column(), role);
    if (id == InOnlyHere) {
        if (role == RowTypeRole)
            return int(OutletRow);
        if (role == KindRole)
            return int(PassageKind::OnlyHere);
        if (role == Qt::DisplayRole && index.column() == PassageColumn)
            return m_project->bundle().articles.at(m_outlets.at(index.row())).outlet;
        return {};
    }
    if (index.column() != PassageColumn)
        return role == RowTypeRole ? QVariant(int(OnlyHereRow)) : QVariant();
    return onlyHereData(m_onlyHere.at(int(id - InOutlet)).at(index.row()), role);
}

QVariant PassagesModel::sharedData(int passageIndex, int column, int role) const
{
    const Passage &passage = m_project->comparison().passages.at(passageIndex);
    const Bundle &bundle = m_project->bundle();
    const PassageSpan &first = passage.spans.first();
    const auto outlets = [&] {
        QStringList names;
        for (const PassageSpan &span : passage.spans)
            names << bundle.articles.value(span.article).outlet;
        return names;
    };
    switch (role) {
    case RowTypeRole:
        return int(SharedRow);
    case KindRole:
        return int(passage.kind);
    case PassageRole:
        return passageIndex;
    case ArticleRole:
        return first.article;
    case StartRole:
        return first.start;
    case EndRole:
        return first.end;
    case MovedRole:
        return std::any_of(passage.spans.cbegin(), passage.spans.cend(),
                           [](const PassageSpan &s) { return s.moved; });
    case Qt::DisplayRole:
        return column == PassageColumn
            ? snippet(bundle.articles.at(first.article).text, first.start, first.end)
            : QString::number(passage.articleCount());
    case Qt::ToolTipRole: {
        if (column == OutletsColumn)
            return outlets().join(QLatin1Char('\n'));
        const bool moved = std::any_of(passage.spans.cbegin(), passage.spans.cend(),
                                       [](const PassageSpan &s) { return s.moved; });
        const QString kind = kindName(passage.kind);
        const QString in = outlets().join(QStringLiteral(", "));
        return moved ? tr("%1, moved, in: %2").arg(kind, in) : tr("%1, in: %2").arg(kind, in);
    }
    default:
        break;
    }
    return {};
}

QVariant PassagesModel::onlyHereData(int uniqueIndex, int role) const
{
    const UniqueSpan &unique = m_project->comparison().unique.at(uniqueIndex);
    const QString &text = m_project->bundle().articles.at(unique.article).text;
    switch (role) {
    case RowTypeRole:
        return int(OnlyHereRow);
    case KindRole:
        return int(PassageKind::OnlyHere);
    case PassageRole:
        return -1;
    case ArticleRole:
        return unique.article;
    case StartRole:
        return unique.start;
    case EndRole:
        return unique.end;
    case Qt::DisplayRole:
        return snippet(text, unique.start, unique.end);
    case Qt::ToolTipRole:
        return snippet(text, unique.start, unique.end, 400);
    default:
        break;
    }
    return {};
}

} // namespace sw

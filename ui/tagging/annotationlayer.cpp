// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationlayer.h"

#include "project/project.h"

#include <algorithm>

namespace sw::ui {

AnnotationLayer::AnnotationLayer(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    const auto any = [this] { invalidate(); };
    connect(project, &Project::reset, this, [this] {
        m_suggestions.clear();
        invalidate();
    });
    connect(project, &Project::entityTypeChanged, this, any);
    connect(project, &Project::entityTypeRemoved, this, any);
    connect(project, &Project::entityChanged, this, any);
    connect(project, &Project::entityRemoved, this, any);
    connect(project, &Project::annotationAdded, this, any);
    connect(project, &Project::annotationChanged, this, any);
    connect(project, &Project::annotationRemoved, this, any);
    connect(project, &Project::rejectedSuggestionsChanged, this, any);
    connect(project, &Project::articleTextChanged, this, any);
    connect(project, &Project::orphansChanged, this, any);
}

QColor AnnotationLayer::quoteColor()
{
    return QColor(0xd6, 0x27, 0x28);
}

QColor AnnotationLayer::noteColor()
{
    // Violet: far from the yellow of changed words and from the passage colours.
    return QColor(0x8e, 0x44, 0xad);
}

void AnnotationLayer::setSuggestions(const QList<sw::Suggestion> &suggestions)
{
    m_suggestions = suggestions;
    invalidate();
}

void AnnotationLayer::setShowSuggestions(bool show)
{
    if (show == m_showSuggestions)
        return;
    m_showSuggestions = show;
    invalidate();
}

void AnnotationLayer::invalidate()
{
    m_cache.clear();
    m_suggestedIn.clear();
    m_suggestedInValid = false;
    Q_EMIT changed();
}

bool AnnotationLayer::isSuggestionOpen(int index) const
{
    if (index < 0 || index >= m_suggestions.size())
        return false;
    const sw::Suggestion &s = m_suggestions.at(index);
    if (m_project->store().rejectedSuggestions.contains(s.key()))
        return false;
    const Bundle &bundle = m_project->bundle();
    for (const SuggestedMention &m : s.mentions) {
        if (m.articleIndex < 0 || m.articleIndex >= bundle.articles.size())
            continue;
        const QString &articleId = bundle.articles.at(m.articleIndex).id;
        const auto &annotations = m_project->store().annotations;
        const bool covered = std::any_of(annotations.cbegin(), annotations.cend(), [&](const Annotation &a) {
            return !a.orphaned && a.kind != AnnotationKind::Note && a.articleId == articleId
                && a.anchor.start < m.end && m.start < a.anchor.end;
        });
        if (!covered)
            return true;
    }
    return false;
}

const QList<Decoration> &AnnotationLayer::decorations(int article) const
{
    auto it = m_cache.find(article);
    if (it == m_cache.end())
        it = m_cache.insert(article, build(article));
    return *it;
}

QList<Decoration> AnnotationLayer::build(int article) const
{
    QList<Decoration> out;
    const Bundle &bundle = m_project->bundle();
    if (article < 0 || article >= bundle.articles.size())
        return out;
    const QString &articleId = bundle.articles.at(article).id;
    const AnnotationStore &store = m_project->store();
    for (const Annotation &a : store.annotations) {
        if (a.articleId != articleId || a.orphaned)
            continue;
        Decoration d;
        d.start = a.anchor.start;
        d.end = a.anchor.end;
        d.annotationId = a.id;
        switch (a.kind) {
        case AnnotationKind::Mention: {
            d.kind = Decoration::Mention;
            const Entity *entity = store.entity(a.entityId);
            const EntityType *type = entity ? store.entityType(entity->typeId) : nullptr;
            d.color = type ? type->color : QColor(Qt::gray);
            break;
        }
        case AnnotationKind::Quote:
            d.kind = Decoration::Quote;
            d.color = quoteColor();
            break;
        case AnnotationKind::Note:
            d.kind = Decoration::Note;
            d.color = noteColor();
            break;
        }
        out.append(d);
    }
    if (m_showSuggestions) {
        if (!m_suggestedInValid) {
            // One pass over every suggestion for all articles, not one per article drawn.
            m_suggestedIn = QList<QList<QPair<int, int>>>(bundle.articles.size());
            for (int i = 0; i < m_suggestions.size(); ++i) {
                const sw::Suggestion &s = m_suggestions.at(i);
                if (store.rejectedSuggestions.contains(s.key()))
                    continue;
                for (int m = 0; m < s.mentions.size(); ++m) {
                    const int in = s.mentions.at(m).articleIndex;
                    if (in >= 0 && in < m_suggestedIn.size())
                        m_suggestedIn[in].append({ i, m });
                }
            }
            m_suggestedInValid = true;
        }
        const qsizetype tagged = out.size();
        for (const auto &[i, m] : std::as_const(m_suggestedIn[article])) {
            const sw::Suggestion &s = m_suggestions.at(i);
            QColor color = quoteColor();
            if (s.kind != sw::Suggestion::Quote) {
                static const QString typeIds[]
                    = { EntityType::Person, EntityType::Place, EntityType::Organisation };
                const EntityType *type = store.entityType(typeIds[int(s.kind)]);
                color = type ? type->color : QColor(Qt::gray);
            }
            const SuggestedMention &mention = s.mentions.at(m);
            // A span already tagged (as anything but a note) is not suggested again.
            const bool covered = std::any_of(out.cbegin(), out.cbegin() + tagged, [&](const Decoration &d) {
                return d.kind != Decoration::Note && d.start < mention.end && mention.start < d.end;
            });
            if (covered)
                continue;
            Decoration d;
            d.kind = Decoration::Suggestion;
            d.start = int(mention.start);
            d.end = int(mention.end);
            d.color = color;
            d.suggestion = i;
            d.mention = m;
            out.append(d);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Decoration &a, const Decoration &b) { return a.start < b.start; });
    return out;
}

QList<Decoration> AnnotationLayer::decorationsAt(int article, int position) const
{
    QList<Decoration> hits;
    for (const Decoration &d : decorations(article)) {
        if (d.start <= position && position < d.end)
            hits.append(d);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Decoration &a, const Decoration &b) {
        return a.end - a.start < b.end - b.start;
    });
    return hits;
}

} // namespace sw::ui

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "suggestionadapter.h"

#include "annotate/entitytype.h"
#include "annotate/worddiff.h"

namespace sw {

AcceptedSuggestion toAcceptedSuggestion(const Bundle &bundle, const Suggestion &suggestion)
{
    AcceptedSuggestion accepted;
    accepted.key = suggestion.key();
    switch (suggestion.kind) {
    case Suggestion::Person:
        accepted.typeId = EntityType::Person;
        break;
    case Suggestion::Place:
        accepted.typeId = EntityType::Place;
        break;
    case Suggestion::Organisation:
        accepted.typeId = EntityType::Organisation;
        break;
    case Suggestion::Quote:
        accepted.kind = AnnotationKind::Quote;
        accepted.typeId = suggestion.speakerKind == Suggestion::Organisation ? EntityType::Organisation
                                                                             : EntityType::Person;
        break;
    }
    accepted.name = suggestion.kind == Suggestion::Quote ? suggestion.speaker : suggestion.name;
    for (const SuggestedMention &m : suggestion.mentions) {
        if (m.articleIndex < 0 || m.articleIndex >= bundle.articles.size())
            continue;
        accepted.targets.append({ bundle.articles.at(m.articleIndex).id, int(m.start), int(m.end) });
        if (accepted.kind == AnnotationKind::Quote) {
            const QString &first = suggestion.mentions.constFirst().text;
            accepted.altered.append(!WordDiff::sameWords(first, m.text));
        }
    }
    return accepted;
}

} // namespace sw

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace sw {

/// One place in the bundle where a suggestion applies. Offsets are UTF-16 into Article::text.
struct SuggestedMention
{
    int articleIndex = -1; ///< index into Bundle::articles
    qsizetype start = 0;
    qsizetype end = 0;
    QString text; ///< the article text between start and end
    /// Quotes only: the words are not in quotation marks here (reported speech, or the quote
    /// reworded or stated as a fact).
    bool reported = false;
};

/// A candidate annotation the user can accept or reject: an entity (with every mention found in
/// the bundle) or a quote (with its occurrence in each article that carries it).
struct Suggestion
{
    enum Kind { Person, Place, Organisation, Quote };

    Kind kind = Person;
    QString name; ///< canonical entity name; for quotes the quote text (from the first article carrying it)
    QString speaker; ///< quotes only: canonical name of the speaking person or organisation, may be empty
    Kind speakerKind = Person; ///< quotes only: Person, or Organisation when one speaks ("Acme said")
    QList<SuggestedMention> mentions; ///< ordered by article, then offset
    /// 0..1, how sure the heuristics are. Entities: how far the evidence for the chosen type
    /// leads the evidence for any other reading (0.5 = a tie). Quotes: 0.9 with a reporting verb
    /// naming the speaker, 0.7 with only a person nearby, 0.6 with no speaker, and 0.6 for the
    /// same reported speech in several outlets without quotation marks anywhere.
    double confidence = 0.0;
    bool altered = false; ///< quotes only: the wording differs between articles

    /// Stable identifier for remembering rejections: kind plus the normalised name (or quote words).
    QString key() const;
    /// The distinct article indexes of the mentions, ascending.
    QList<int> articleIndexes() const;
};

/// "person", "place", "organisation" or "quote" (not translated: used in JSON and keys).
QString suggestionKindName(Suggestion::Kind kind);

/// Tuning for Suggester::suggest.
struct SuggestOptions
{
    bool entities = true; ///< suggest people, places and organisations
    bool quotes = true; ///< suggest quotes
    /// Drop suggestions below this confidence. The default keeps a suggestion whose evidence
    /// clearly favours one reading; ties and near-ties (about 0.5) only show when it is lowered.
    double minConfidence = 0.6;
    QSet<QString> rejected; ///< Suggestion::key() values the user rejected: never suggested again
};

} // namespace sw

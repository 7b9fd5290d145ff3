// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "suggestwords.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sw::suggest {

/// How strongly one mention (or, summed, every mention of a name in the bundle) says the name
/// is a person, a place, an organisation, or none of them (an event, an award, a title of a work,
/// a nationality). Scores add up; the largest wins and the margin gives the confidence.
struct Evidence
{
    double person = 0;
    double place = 0; ///< from the context (prepositions, "X, Vermont")
    double placeName = 0; ///< from the name itself (gazetteer, WordNet, "River")
    double org = 0;
    double none = 0;
    bool strong = false; ///< one cue alone decides the type (a title, a gazetteer name, "Ltd")
    /// The context says the name is used as something else than a place here ("since Wimbledon",
    /// "Leeds manager"): the gazetteer's word does not count for this mention.
    bool notPlaceHere = false;
    /// The context says the name is no person's here ("the Red Crescent said", "the Lind school").
    bool notPersonHere = false;

    double places() const { return place + placeName; }
    Evidence &operator+=(const Evidence &other);
};

/// The mention of a candidate name: words [first, last] of one article.
struct MentionContext
{
    const QString &text;
    const QList<Word> &words;
    qsizetype first = 0;
    qsizetype last = 0;
    bool titleCue = false; ///< a title ("Dr.", "President") or a capitalised role stands before it
    qsizetype before = -1; ///< the word before the name (before the title when there is one)
    bool initial = false; ///< the first word starts a sentence
    bool headline = false; ///< on a Title Case line, where capitals say little
};

/// Scores candidate names from their own words and their context. Pure heuristics: word lists
/// (suggestlexicon.h), the gazetteer, WordNet when installed, and the bundle's outlet names.
class EvidenceScorer
{
public:
    explicit EvidenceScorer(const QStringList &outletKeys);

    /// Evidence from one mention. `key` is the folded name.
    Evidence score(const MentionContext &m, const QString &key) const;

    /// 0..1 from a group's summed evidence: how far the winning type leads the rest; 0.5 for a
    /// tie, 0.7 for one weak cue, 0.8 for one strong cue, approaching 0.98.
    static double confidence(double best, double runnerUp);

    /// WordNet look-ups, remembered for the bundle (names repeat).
    bool isOrdinaryWord(const QString &folded) const;
    bool isWordNetPlace(const QString &folded) const;

private:
    void scoreName(const MentionContext &m, const QString &key, Evidence &e) const;
    void scoreBefore(const MentionContext &m, Evidence &e) const;
    void scoreAfter(const MentionContext &m, Evidence &e) const;

    const QStringList &m_outletKeys;
    mutable QHash<QString, bool> m_ordinary;
    mutable QHash<QString, bool> m_wordNetPlaces;
};

/// True for a word written in capitals only, 2 to 5 letters ("NASA", "FIFA").
bool isAcronym(const Word &word);

} // namespace sw::suggest

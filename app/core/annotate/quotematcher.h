// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "align/tokenizer.h"

#include <QList>
#include <QSet>
#include <QString>
#include <memory>

namespace sw {

namespace align {
class WordFeatures;
}

/// A sentence of unquoted text, or the part of it that reports speech: in "The judge said the
/// ruling would stand." the unit is "the ruling would stand", in "The plan will work, she added."
/// it is "The plan will work". Offsets are UTF-16 into the text split.
struct QuoteUnit
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool reported = false; ///< introduced (or followed) by a reporting verb
    qsizetype verbStart = -1; ///< the reporting verb, when `reported`
    qsizetype verbEnd = -1;
    qsizetype sentenceStart = 0; ///< where the sentence holding the unit starts
    qsizetype firstToken = 0; ///< the unit's words [firstToken, endToken) in the tokens units() gives
    qsizetype endToken = 0;
};

/// What two texts share, word by word: the evidence that one carries the other in other words.
struct QuoteEvidence
{
    int shared = 0; ///< distinct lower-case content words (stems) in both
    int run = 0; ///< lower-case content words in the longest common run of words
    int smaller = 0; ///< lower-case content words of the text with fewer of them
    double score = 0; ///< for ranking candidates: higher is closer
};

/// Finds where a quote is carried without its quotation marks: as reported speech ("she said the
/// plan would work"), trimmed or reworded, or stated as a fact. Content words meet through their
/// stems ("expects"/"expected"); function words, reporting verbs, names and numbers count for
/// nothing (they are shared by every sentence of a story). A link needs a run of at least two
/// content words in the same order (a shared phrase, not just a shared topic) plus at least four
/// shared content words, or the same speaker.
class QuoteMatcher
{
public:
    QuoteMatcher();
    ~QuoteMatcher();
    QuoteMatcher(const QuoteMatcher &) = delete;
    QuoteMatcher &operator=(const QuoteMatcher &) = delete;

    /// A text prepared for comparison.
    struct Profile
    {
        QList<quint64> keys; ///< per word: its stem feature, or its folded hash for function words
        QList<bool> content; ///< per word: a lower-case content word
        QList<quint64> features; ///< distinct lower-case content stems, ascending
    };

    Profile profile(QStringView text);
    /// The profile of tokens [first, last) of `text` (offsets into `text`), as units() gives them.
    Profile profile(QStringView text, const QList<Token> &tokens, qsizetype first, qsizetype last);
    static QuoteEvidence compare(const Profile &a, const Profile &b);
    /// Whether the evidence links two texts; `sameSpeaker` when both are attributed to one speaker.
    static bool links(const QuoteEvidence &evidence, bool sameSpeaker);

    /// The sentences of text[from, to), each trimmed to its reported clause when a reporting verb
    /// introduces or follows one. Sentences of fewer than `minWords` words are left out.
    /// `tokens`, when given, receives the words of text[from, to) the units' token ranges index.
    static QList<QuoteUnit> units(const QString &text, qsizetype from, qsizetype to, int minWords = 4,
                                  QList<Token> *tokens = nullptr);

    /// The best unit of `text` carrying `quote` (split into sentences, each compared), or an
    /// empty unit (start == end) when none is linked.
    QuoteUnit bestUnit(QStringView quote, const QString &text);

private:
    std::unique_ptr<align::WordFeatures> m_features;
};

} // namespace sw

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "flathashmap.h"

#include <QStringView>
#include <memory>
#include <vector>

struct sb_stemmer;

namespace sw::align {

/// What a word contributes to "the same fact in other words": function words ("the", "said",
/// "would") contribute nothing; content words contribute their Snowball stem, so "retiring",
/// "retired" and "retirement" meet; numbers stand for themselves. Features are small integer
/// ids, cached per folded word hash, so each distinct word is stemmed once per run.
class WordFeatures
{
public:
    /// What to compute per feature besides the stem.
    enum class Background { Weigh, Skip };
    /// With Background::Skip the everyday-English counts are never read and background() is 1
    /// for every feature (for callers that only compare stems).
    explicit WordFeatures(Background background = Background::Weigh);
    ~WordFeatures();
    WordFeatures(const WordFeatures &) = delete;
    WordFeatures &operator=(const WordFeatures &) = delete;

    /// 0 for a function word; otherwise the feature id (>= 1) of the word's stem.
    /// `hash` is the token's folded hash (Tokenizer), `word` its text.
    quint32 featureOf(quint64 hash, QStringView word);

    /// True when `word` starts with an upper-case letter or a digit (names, numbers, dates).
    static bool isSpecific(QStringView word);

    /// True for English function words and the reporting verbs of news ("said", "told").
    static bool isFunctionWord(QStringView folded);

    quint32 featureCount() const { return m_next - 1; }

    /// True when the feature is a number ("1994", "500").
    bool isNumber(quint32 feature) const { return feature < m_numeric.size() && m_numeric[feature]; }

    /// How much the feature says beyond everyday English, in (0, 1]: 1 for words general text
    /// rarely uses (and names, numbers, unknown words), less the more common the word is in
    /// WordNet's sense-tagged counts ("people", "time" about 0.75).
    double background(quint32 feature) const
    {
        return feature < m_background.size() ? double(m_background[feature]) : 1.0;
    }

private:
    FlatHashMap<quint32> m_byWord; ///< token hash -> feature id + 1 (1 = function word)
    FlatHashMap<quint32> m_byStem; ///< stem hash -> feature id
    quint32 m_next = 1;
    std::vector<quint8> m_numeric; ///< per feature id
    std::vector<float> m_background; ///< per feature id, see background()
    static constexpr double backgroundScale = 8.0;
    sb_stemmer *m_stemmer = nullptr;
    bool m_weigh = true;
};

} // namespace sw::align

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <memory>

namespace sw::suggest {

/// Look-ups in the WordNet 3.0 database (Debian package wordnet-base, /usr/share/wordnet). The
/// files are memory-mapped and binary-searched, nothing is loaded up front, so a look-up costs a
/// few microseconds and an unused WordNet costs nothing. When the files are missing every look-up
/// answers "unknown" (false) and the suggester works from its other evidence. Thread-safe.
class WordNet
{
public:
    static const WordNet &instance();

    /// Whether the database files could be opened.
    bool available() const { return m_available; }

    /// True when `folded` (lower case; several words joined by spaces) is an ordinary English word
    /// or phrase: a verb, adjective or adverb, or a noun with at least one lower-case sense ("horse",
    /// "united", "dark horse", "laureates"). Names that WordNet only knows as proper nouns ("paris")
    /// and words it does not know ("okafor") are not.
    bool isCommonWord(const QString &folded) const;

    /// True when `folded` is a noun whose senses are all proper names of places (WordNet's
    /// noun.location file with a capitalised word: "paris", "new york").
    bool isPlaceName(const QString &folded) const;

    /// True when the most frequent sense of the common noun `folded` is a person (WordNet's
    /// noun.person file): "singer", "judge", "host", "spokeswoman"; not "club" or "storm".
    bool isPersonNoun(const QString &folded) const;

private:
    struct MappedFile
    {
        std::unique_ptr<QFile> file;
        const char *data = nullptr;
        qsizetype size = 0;
    };

    WordNet();
    bool open(MappedFile &mapped, const QString &name);
    QByteArray indexLine(const MappedFile &index, const QByteArray &lemma) const;
    /// 0 = unknown, 1 = has a common (lower-case) noun sense, 2 = proper nouns only.
    int nounSenses(const QByteArray &lemma, bool *onlyPlaces) const;

    MappedFile m_nouns, m_verbs, m_adjectives, m_adverbs, m_nounData;
    bool m_available = false;
};

} // namespace sw::suggest

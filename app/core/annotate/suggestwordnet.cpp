// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "suggestwordnet.h"

#include <QList>
#include <algorithm>
#include <cstring>

namespace sw::suggest {

namespace {

constexpr int NounLocationFile = 15; // lex_filenum of noun.location (countries, cities, regions)
constexpr int NounObjectFile = 17; // noun.object (mountains, rivers, lakes)
constexpr int NounPersonFile = 18; // noun.person (singer, judge, spokesman)

QByteArray lemmaOf(const QString &folded)
{
    QByteArray lemma = folded.toUtf8();
    lemma.replace(' ', '_');
    return lemma;
}

} // namespace

const WordNet &WordNet::instance()
{
    static const WordNet wordNet;
    return wordNet;
}

WordNet::WordNet()
{
    m_available = open(m_nouns, QStringLiteral("index.noun")) && open(m_verbs, QStringLiteral("index.verb"))
        && open(m_adjectives, QStringLiteral("index.adj")) && open(m_adverbs, QStringLiteral("index.adv"))
        && open(m_nounData, QStringLiteral("data.noun"));
}

bool WordNet::open(MappedFile &mapped, const QString &name)
{
    mapped.file = std::make_unique<QFile>(QStringLiteral("/usr/share/wordnet/") + name);
    if (!mapped.file->open(QIODevice::ReadOnly) || mapped.file->size() <= 0)
        return false;
    uchar *data = mapped.file->map(0, mapped.file->size());
    if (!data)
        return false;
    mapped.data = reinterpret_cast<const char *>(data);
    mapped.size = mapped.file->size();
    return true;
}

// Index files are sorted by lemma in byte order, one entry a line ("lemma pos count ...");
// licence lines start with two spaces and sort first.
QByteArray WordNet::indexLine(const MappedFile &index, const QByteArray &lemma) const
{
    if (!index.data || lemma.isEmpty())
        return {};
    qsizetype lo = 0, hi = index.size;
    while (lo < hi) {
        qsizetype start = lo + (hi - lo) / 2;
        while (start > lo && index.data[start - 1] != '\n')
            --start;
        qsizetype end = start;
        while (end < index.size && index.data[end] != '\n')
            ++end;
        qsizetype wordEnd = start;
        while (wordEnd < end && index.data[wordEnd] != ' ')
            ++wordEnd;
        const qsizetype wordLength = wordEnd - start;
        int cmp
            = std::memcmp(index.data + start, lemma.constData(), size_t(std::min(wordLength, lemma.size())));
        if (cmp == 0)
            cmp = wordLength < lemma.size() ? -1 : (wordLength > lemma.size() ? 1 : 0);
        if (cmp == 0)
            return QByteArray(index.data + start, end - start);
        if (cmp < 0)
            lo = end + 1;
        else
            hi = start;
    }
    return {};
}

int WordNet::nounSenses(const QByteArray &lemma, bool *onlyPlaces) const
{
    const QByteArray line = indexLine(m_nouns, lemma);
    if (line.isEmpty())
        return 0;
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    const QList<QByteArray> fields = line.simplified().split(' ');
    if (fields.size() < 4)
        return 0;
    const int synsets = fields.at(2).toInt();
    const int pointers = fields.at(3).toInt();
    const qsizetype firstOffset = 4 + pointers + 2;
    bool common = false;
    bool places = true;
    for (qsizetype k = firstOffset; k < fields.size() && k < firstOffset + synsets; ++k) {
        const qsizetype offset = fields.at(k).toLongLong();
        if (offset <= 0 || offset >= m_nounData.size)
            continue;
        qsizetype end = offset;
        while (end < m_nounData.size && m_nounData.data[end] != '\n' && end - offset < 4096)
            ++end;
        // offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] ...
        const QList<QByteArray> data = QByteArray(m_nounData.data + offset, end - offset).split(' ');
        if (data.size() < 5)
            continue;
        const int lexFile = data.at(1).toInt();
        const int words = data.at(3).toInt(nullptr, 16);
        for (int w = 0; w < words && 4 + 2 * w < data.size(); ++w) {
            const QByteArray &word = data.at(4 + 2 * w);
            if (word.toLower() != lemma)
                continue;
            if (word == lemma)
                common = true;
            else if (lexFile != NounLocationFile && lexFile != NounObjectFile)
                places = false;
        }
        if (common)
            break;
    }
    if (onlyPlaces)
        *onlyPlaces = !common && places;
    return common ? 1 : 2;
}

bool WordNet::isCommonWord(const QString &folded) const
{
    if (!m_available || folded.isEmpty())
        return false;
    const QByteArray lemma = lemmaOf(folded);
    if (nounSenses(lemma, nullptr) == 1)
        return true;
    if (!indexLine(m_verbs, lemma).isEmpty() || !indexLine(m_adjectives, lemma).isEmpty()
        || !indexLine(m_adverbs, lemma).isEmpty())
        return true;
    // Inflected verbs: "managing", "united", "bidding".
    for (const char *suffix : { "ing", "ed" }) {
        if (!lemma.endsWith(suffix) || lemma.size() < qsizetype(std::strlen(suffix)) + 3)
            continue;
        const QByteArray stem = lemma.chopped(qsizetype(std::strlen(suffix)));
        if (!indexLine(m_verbs, stem).isEmpty() || !indexLine(m_verbs, stem + 'e').isEmpty()
            || (stem.at(stem.size() - 1) == stem.at(stem.size() - 2)
                && !indexLine(m_verbs, stem.chopped(1)).isEmpty()))
            return true;
    }
    // Plurals: "laureates", "churches", "agencies".
    if (lemma.endsWith("ies") && nounSenses(lemma.chopped(3) + 'y', nullptr) == 1)
        return true;
    if (lemma.endsWith("es") && nounSenses(lemma.chopped(2), nullptr) == 1)
        return true;
    return lemma.endsWith('s') && !lemma.endsWith("ss") && nounSenses(lemma.chopped(1), nullptr) == 1;
}

bool WordNet::isPlaceName(const QString &folded) const
{
    if (!m_available || folded.isEmpty())
        return false;
    bool onlyPlaces = false;
    return nounSenses(lemmaOf(folded), &onlyPlaces) == 2 && onlyPlaces;
}

bool WordNet::isPersonNoun(const QString &folded) const
{
    if (!m_available || folded.isEmpty())
        return false;
    const QByteArray line = indexLine(m_nouns, lemmaOf(folded));
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...: the
    // first offset is the most frequent sense.
    const QList<QByteArray> fields = line.simplified().split(' ');
    if (fields.size() < 4)
        return false;
    const qsizetype first = 4 + fields.at(3).toInt() + 2;
    if (first >= fields.size())
        return false;
    const qsizetype offset = fields.at(first).toLongLong();
    if (offset <= 0 || offset >= m_nounData.size)
        return false;
    // offset lex_filenum ...
    qsizetype k = offset;
    while (k < m_nounData.size && m_nounData.data[k] != ' ')
        ++k;
    qsizetype end = k + 1;
    while (end < m_nounData.size && m_nounData.data[end] != ' ')
        ++end;
    return k + 1 < end && QByteArray(m_nounData.data + k + 1, end - k - 1).toInt() == NounPersonFile;
}

} // namespace sw::suggest

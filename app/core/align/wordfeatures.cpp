// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "wordfeatures.h"

#include "util/hashing.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <cmath>
#include <libstemmer.h>
#include <mutex>

namespace sw::align {
namespace {

// Function words of English news prose: articles, pronouns, auxiliaries, prepositions,
// conjunctions, and the reporting verbs that every quoted sentence carries. They say nothing
// about which fact a sentence reports.
constexpr const char *functionWords[] = {
    "a",       "about",      "above",    "after",    "again",     "against",  "all",       "also",
    "am",      "an",         "and",      "any",      "are",       "around",   "as",        "at",
    "be",      "because",    "been",     "before",   "being",     "below",    "between",   "both",
    "but",     "by",         "can",      "could",    "did",       "do",       "does",      "doing",
    "down",    "during",     "each",     "either",   "even",      "ever",     "every",     "few",
    "for",     "from",       "further",  "had",      "has",       "have",     "having",    "he",
    "her",     "here",       "hers",     "herself",  "him",       "himself",  "his",       "how",
    "i",       "if",         "in",       "into",     "is",        "it",       "its",       "itself",
    "just",    "least",      "less",     "may",      "me",        "might",    "more",      "most",
    "much",    "must",       "my",       "myself",   "neither",   "no",       "nor",       "not",
    "now",     "of",         "off",      "on",       "once",      "one",      "only",      "onto",
    "or",      "other",      "our",      "ours",     "ourselves", "out",      "over",      "own",
    "per",     "quite",      "rather",   "same",     "shall",     "she",      "should",    "since",
    "so",      "some",       "such",     "than",     "that",      "the",      "their",     "theirs",
    "them",    "themselves", "then",     "there",    "these",     "they",     "this",      "those",
    "though",  "through",    "thus",     "to",       "too",       "toward",   "towards",   "under",
    "until",   "up",         "upon",     "us",       "very",      "via",      "was",       "we",
    "were",    "what",       "when",     "where",    "whether",   "which",    "while",     "who",
    "whom",    "whose",      "why",      "will",     "with",      "within",   "without",   "would",
    "yet",     "you",        "your",     "yours",    "yourself",  "i'm",      "it's",      "he's",
    "she's",   "that's",     "there's",  "they're",  "we're",     "you're",   "i've",      "we've",
    "they've", "i'd",        "he'd",     "she'd",    "we'd",      "they'd",   "i'll",      "he'll",
    "she'll",  "we'll",      "they'll",  "don't",    "doesn't",   "didn't",   "isn't",     "aren't",
    "wasn't",  "weren't",    "won't",    "wouldn't", "can't",     "couldn't", "shouldn't", "hasn't",
    "haven't", "hadn't",     "s",        "t",        "said",      "says",     "say",       "saying",
    "told",    "tell",       "tells",    "added",    "according", "stated",   "noted",     "mr",
    "mrs",     "ms",         "dr",       "get",      "got",       "make",     "made",      "many",
    "new",     "like",       "well",     "still",    "already",   "back",     "however",   "although",
    "among",   "including",  "includes", "include",  "several",   "another",  "whose",     "being",
    "there",   "let",
};

const QSet<QString> &functionWordSet()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w : functionWords)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

// Irregular inflections from WordNet's exception lists ("won" -> "win", "struck" -> "strike",
// "mice" -> "mouse"), which no suffix stemmer can undo. Read once per process from Debian's
// wordnet-base; without it, words are only stemmed.
const QHash<QString, QString> &irregularForms()
{
    static const QHash<QString, QString> forms = [] {
        QHash<QString, QString> map;
        for (const char *name : { "verb.exc", "noun.exc" }) {
            QFile file(QStringLiteral("/usr/share/wordnet/") + QLatin1String(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            // Read whole and cut by hand: a few thousand lines, read line by line, cost more
            // than comparing a bundle of ten articles.
            const QByteArray all = file.readAll();
            for (qsizetype from = 0; from < all.size();) {
                qsizetype to = all.indexOf('\n', from);
                if (to < 0)
                    to = all.size();
                const QByteArrayView line = QByteArrayView(all).sliced(from, to - from).trimmed();
                from = to + 1;
                const qsizetype space = line.indexOf(' ');
                if (space <= 0 || line.contains('_'))
                    continue;
                const qsizetype end = line.indexOf(' ', space + 1);
                map.insert(
                    QString::fromUtf8(line.first(space)),
                    QString::fromUtf8(line.sliced(space + 1, (end < 0 ? line.size() : end) - space - 1)));
            }
        }
        return map;
    }();
    return forms;
}

// FNV-1a over bytes, mixed: the key of a lemma in the background table.
quint64 lemmaKey(const char *from, qsizetype size, const char *suffix = "")
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (qsizetype i = 0; i < size; ++i)
        h = (h ^ quint8(from[i])) * 0x100000001b3ULL;
    for (; *suffix; ++suffix)
        h = (h ^ quint8(*suffix)) * 0x100000001b3ULL;
    const quint64 key = mix64(h);
    return key ? key : 1;
}

// How common a word is in general English: the sense-tagged counts of WordNet's cntlist.rev
// (SemCor), summed per lemma. Read once per process from Debian's wordnet-base; empty without it.
const FlatHashMap<quint32> &lemmaCounts()
{
    static const FlatHashMap<quint32> counts = [] {
        FlatHashMap<quint32> map(40000);
        QFile file(QStringLiteral("/usr/share/wordnet/cntlist.rev"));
        if (!file.open(QIODevice::ReadOnly))
            return map;
        const QByteArray all = file.readAll();
        const char *const data = all.constData();
        for (qsizetype from = 0; from < all.size();) {
            qsizetype to = all.indexOf('\n', from);
            if (to < 0)
                to = all.size();
            // "lemma%sense-key sense-number count"
            qsizetype percent = from;
            bool multiword = false;
            while (percent < to && data[percent] != '%') {
                multiword = multiword || data[percent] == '_';
                ++percent;
            }
            qsizetype digits = to;
            while (digits > percent && data[digits - 1] >= '0' && data[digits - 1] <= '9')
                --digits;
            if (!multiword && percent > from && percent < to && digits < to && data[digits - 1] == ' ') {
                quint32 count = 0;
                for (qsizetype i = digits; i < to; ++i)
                    count = count * 10 + quint32(data[i] - '0');
                map[lemmaKey(data + from, percent - from)] += count;
            }
            from = to + 1;
        }
        return map;
    }();
    return counts;
}

// The count of the lemma behind an inflected form, trying the regular English endings.
quint32 backgroundCount(const QByteArray &word)
{
    const FlatHashMap<quint32> &counts = lemmaCounts();
    if (counts.size() == 0)
        return 0;
    quint32 best = 0;
    auto tryForm = [&](qsizetype chop, const char *suffix) {
        if (word.size() > chop + 2) {
            if (const quint32 *count = counts.find(lemmaKey(word.constData(), word.size() - chop, suffix)))
                best = std::max(best, *count);
        }
    };
    tryForm(0, "");
    if (word.endsWith("ies"))
        tryForm(3, "y");
    if (word.endsWith("es"))
        tryForm(2, "");
    if (word.endsWith('s'))
        tryForm(1, "");
    if (word.endsWith("ed")) {
        tryForm(2, "");
        tryForm(1, "");
    }
    if (word.endsWith("ing")) {
        tryForm(3, "");
        tryForm(3, "e");
    }
    return best;
}

// Numbers written as words meet the same numbers written in digits ("eleven days" / "11 days").
// "40m", "11.5bn", "180mm", "10km": the number a scale or unit abbreviation is glued to, so "$40m"
// meets "$40 million" and "10km" meets "10 kilometres" (the spelled-out unit is a word of its own).
QString withoutScaleSuffix(const QString &folded)
{
    if (folded.isEmpty() || !folded.front().isDigit())
        return folded;
    qsizetype digits = 0;
    while (digits < folded.size() && (folded.at(digits).isDigit() || folded.at(digits) == QLatin1Char('.')))
        ++digits;
    if (digits == folded.size() || folded.at(digits - 1) == QLatin1Char('.'))
        return folded;
    static const QSet<QString> suffixes {
        QStringLiteral("k"),   QStringLiteral("m"),  QStringLiteral("bn"), QStringLiteral("b"),
        QStringLiteral("mn"),  QStringLiteral("tn"), QStringLiteral("km"), QStringLiteral("kg"),
        QStringLiteral("mm"),  QStringLiteral("cm"), QStringLiteral("ml"), QStringLiteral("mph"),
        QStringLiteral("kmh"), QStringLiteral("ft"), QStringLiteral("lb"), QStringLiteral("lbs"),
    };
    return suffixes.contains(folded.mid(digits)) ? folded.left(digits) : folded;
}

QString numberWordValue(const QString &folded)
{
    static const QHash<QString, QString> values = [] {
        QHash<QString, QString> map;
        // "one" stays a function word ("one of the", "the one who").
        const char *units[]
            = { "two",     "three",     "four",     "five",     "six",      "seven",    "eight",
                "nine",    "ten",       "eleven",   "twelve",   "thirteen", "fourteen", "fifteen",
                "sixteen", "seventeen", "eighteen", "nineteen", "twenty" };
        for (int i = 0; i < 19; ++i)
            map.insert(QString::fromLatin1(units[i]), QString::number(i + 2));
        const char *tens[] = { "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
        for (int i = 0; i < 7; ++i)
            map.insert(QString::fromLatin1(tens[i]), QString::number((i + 3) * 10));
        map.insert(QStringLiteral("dozen"), QStringLiteral("12"));
        map.insert(QStringLiteral("hundred"), QStringLiteral("100"));
        map.insert(QStringLiteral("thousand"), QStringLiteral("1000"));
        return map;
    }();
    return values.value(folded);
}

QString foldWord(QStringView word)
{
    QString folded = word.toString().toCaseFolded();
    folded.replace(QChar(0x2019), QLatin1Char('\''));
    folded.replace(QChar(0x2018), QLatin1Char('\''));
    folded.replace(QChar(0x02BC), QLatin1Char('\''));
    return folded;
}

} // namespace

WordFeatures::WordFeatures(Background background)
    : m_byWord(4096)
    , m_byStem(4096)
    , m_stemmer(sb_stemmer_new("english", "UTF_8"))
    , m_weigh(background == Background::Weigh)
{ }

WordFeatures::~WordFeatures()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

bool WordFeatures::isSpecific(QStringView word)
{
    return !word.isEmpty() && (word.front().isUpper() || word.front().isDigit());
}

bool WordFeatures::isFunctionWord(QStringView folded)
{
    return functionWordSet().contains(folded.toString());
}

namespace {

/// What a word is, whatever the run: its stem's hash (0 for a function word), whether it is a
/// number, and how often WordNet's tagged texts use it.
struct AnalysedWord
{
    quint64 stem = 0;
    quint32 count = 0;
    bool number = false;
    bool counted = false; ///< `count` was looked up (runs that skip the counts leave it 0)
};

AnalysedWord analyse(QStringView word, bool weigh, sb_stemmer *stemmer)
{
    AnalysedWord result;
    QString folded = foldWord(word);
    if (folded.endsWith(QLatin1String("'s")))
        folded.chop(2);
    if (const QString number = numberWordValue(folded); !number.isEmpty())
        folded = number;
    else
        folded = withoutScaleSuffix(folded);
    if (folded.isEmpty() || WordFeatures::isFunctionWord(folded)) {
        result.counted = true;
        return result;
    }
    const auto irregular = irregularForms().constFind(folded);
    if (irregular != irregularForms().constEnd())
        folded = *irregular;
    result.number = folded.front().isDigit();
    QByteArray utf8 = folded.toUtf8();
    result.counted = weigh || result.number;
    result.count = weigh && !result.number ? backgroundCount(utf8) : 0;
    if (stemmer && !result.number) {
        const sb_symbol *stem = sb_stemmer_stem(
            stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
        if (stem)
            utf8 = QByteArray(reinterpret_cast<const char *>(stem), sb_stemmer_length(stemmer));
    }
    quint64 stemHash = 0xcbf29ce484222325ULL;
    for (char c : utf8)
        stemHash = combineHash(stemHash, quint8(c));
    stemHash = mix64(stemHash);
    result.stem = stemHash ? stemHash : 1;
    return result;
}

/// The words analysed by earlier runs of this process, by folded word hash: folding, stemming and
/// looking a word up in the counts cost more than the rest of its part in a comparison, and the
/// articles of a bundle are compared again after every edit. Bounded: emptied when full.
class AnalysedWords
{
public:
    static AnalysedWords &instance()
    {
        static AnalysedWords words;
        return words;
    }
    bool find(quint64 key, AnalysedWord &out)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const AnalysedWord *found = m_words.find(key);
        if (found)
            out = *found;
        return found != nullptr;
    }
    void store(quint64 key, const AnalysedWord &word)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_words.size() >= maxWords)
            m_words.clear();
        m_words[key] = word;
    }

private:
    static constexpr size_t maxWords = 1 << 18;
    std::mutex m_mutex;
    FlatHashMap<AnalysedWord> m_words { 4096 };
};

} // namespace

quint32 WordFeatures::featureOf(quint64 hash, QStringView word)
{
    const quint64 key = hash ? hash : 1;
    quint32 &slot = m_byWord[key];
    if (slot != 0)
        return slot - 1;
    AnalysedWords &cache = AnalysedWords::instance();
    AnalysedWord analysed;
    if (!cache.find(key, analysed) || (m_weigh && !analysed.counted)) {
        analysed = analyse(word, m_weigh, m_stemmer);
        cache.store(key, analysed);
    }
    if (analysed.stem == 0) {
        slot = 1;
        return 0;
    }
    quint32 &id = m_byStem[analysed.stem];
    if (id == 0) {
        id = m_next++;
        m_numeric.resize(id + 1, 0);
        m_numeric[id] = analysed.number ? 1 : 0;
        m_background.resize(id + 1, 1.0f);
    }
    // The most common word form of a stem decides how common the stem is.
    if (m_weigh && analysed.count > 0) {
        const float factor = float(1.0 / (1.0 + std::log10(1.0 + double(analysed.count)) / backgroundScale));
        m_background[id] = std::min(m_background[id], factor);
    }
    slot = id + 1;
    return id;
}

} // namespace sw::align

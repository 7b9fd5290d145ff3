// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "paraphrasefinder.h"

#include "annotate/suggestlexicon.h"
#include "clausetrimmer.h"
#include "flathashmap.h"
#include "wordfeatures.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>
#include <unicode/ubrk.h>

namespace sw::align {
namespace {

struct Sentence
{
    int article = 0;
    int tokStart = 0;
    int tokEnd = 0;
    std::vector<quint64> words; ///< distinct features (WordFeatures id << 1 | 1 for a name or number), sorted
    double weight = 0;
    bool clause = false; ///< a clause of a longer sentence (also a unit of its own)
    int sentenceStart = 0; ///< the sentence the unit belongs to (the unit itself for a sentence)
    int sentenceEnd = 0;
    int numbers = 0; ///< features that are numbers
};

/// Per article, the partners it shares text with (ascending) and, toward each, the stretches of
/// its words that lie in a textual passage with that partner (merged, ascending). Only partners
/// that share text have a row: a dense row per article and partner grew with the square of the
/// bundle (a 500-article bundle's rows of word counts alone took most of a gigabyte).
class Coverage
{
public:
    Coverage(const Corpus &corpus, const std::vector<PairPassage> &textual)
        : m_rows(size_t(corpus.articleCount()))
    {
        struct End
        {
            int partner;
            int start;
            int end;
        };
        std::vector<std::vector<End>> ends(m_rows.size());
        for (const PairPassage &p : textual) {
            ends[size_t(p.a)].push_back({ p.b, p.aStart, p.aEnd });
            ends[size_t(p.b)].push_back({ p.a, p.bStart, p.bEnd });
        }
        for (size_t a = 0; a < ends.size(); ++a) {
            std::vector<End> &list = ends[a];
            std::sort(list.begin(), list.end(), [](const End &x, const End &y) {
                return x.partner != y.partner ? x.partner < y.partner : x.start < y.start;
            });
            std::vector<Row> &rows = m_rows[a];
            for (const End &e : list) {
                if (rows.empty() || rows.back().partner != e.partner)
                    rows.push_back(Row { e.partner, {} });
                std::vector<Stretch> &stretches = rows.back().stretches;
                if (!stretches.empty() && e.start <= stretches.back().end) {
                    stretches.back().end = std::max(stretches.back().end, e.end);
                } else {
                    const int before = stretches.empty()
                        ? 0
                        : stretches.back().before + stretches.back().end - stretches.back().start;
                    stretches.push_back(Stretch { e.start, e.end, before });
                }
            }
        }
    }

    /// Words of [start, end) of article a covered toward b.
    int covered(int a, int b, int start, int end) const
    {
        const std::vector<Row> &rows = m_rows[size_t(a)];
        const auto row = std::lower_bound(rows.begin(), rows.end(), b,
                                          [](const Row &r, int partner) { return r.partner < partner; });
        if (row == rows.end() || row->partner != b)
            return 0;
        return coveredBefore(row->stretches, end) - coveredBefore(row->stretches, start);
    }

    /// Calls f(b) for each partner b that article a shares text with, ascending.
    template<typename F> void forPartners(int a, F &&f) const
    {
        for (const Row &r : m_rows[size_t(a)])
            f(r.partner);
    }
    int partnerCount(int a) const { return int(m_rows[size_t(a)].size()); }

private:
    struct Stretch
    {
        int start;
        int end;
        int before; ///< covered words before `start`
    };
    struct Row
    {
        int partner;
        std::vector<Stretch> stretches;
    };
    static int coveredBefore(const std::vector<Stretch> &stretches, int position)
    {
        const auto after = std::partition_point(stretches.begin(), stretches.end(),
                                                [position](const Stretch &s) { return s.start < position; });
        if (after == stretches.begin())
            return 0;
        const Stretch &s = *(after - 1);
        return s.before + std::min(position, s.end) - s.start;
    }
    std::vector<std::vector<Row>> m_rows;
};

/// Words of [start, end) of article a covered toward b.
int coveredWords(const Coverage &cov, int a, int b, int start, int end)
{
    return cov.covered(a, b, start, end);
}

/// Whether the sentence starting at `next` is the attribution of the quoted question or
/// exclamation that ends `previous`: ICU ends a sentence at every "?" and "!", also inside
/// quotation marks, so `"Where were you?" she asked.` and `"Run!" Vell shouted.` come apart, and
/// the question loses its speaker and the verb that tells what was said.
bool continuesQuotedSentence(const QString &text, std::pair<int, int> previous, int next)
{
    int end = previous.second;
    while (end > previous.first && text.at(end - 1).isSpace())
        --end;
    int quotes = 0;
    while (end > previous.first && QStringLiteral("\"\u201D\u2019'").contains(text.at(end - 1))) {
        --end;
        ++quotes;
    }
    if (quotes == 0 || end <= previous.first
        || (text.at(end - 1) != QLatin1Char('?') && text.at(end - 1) != QLatin1Char('!')))
        return false;
    // The next words: lower case ("she asked"), or a reporting verb among the first three
    // ("Vell asked", "the singer replied").
    int pos = next;
    for (int word = 0; word < 3 && pos < text.size(); ++word) {
        while (pos < text.size() && !text.at(pos).isLetter())
            ++pos;
        const int start = pos;
        while (pos < text.size() && text.at(pos).isLetter())
            ++pos;
        if (start == pos)
            return false;
        if (word == 0 && text.at(start).isLower())
            return true;
        if (suggest::isSpeechVerb(QStringView(text).mid(start, pos - start).toString().toLower()))
            return true;
    }
    return false;
}

/// Sentence ranges (UTF-16) of the paragraphs that hold words unmatched toward some partner.
std::vector<std::pair<int, int>> openSentenceRanges(const Corpus &corpus, const Coverage &cov, int a,
                                                    UBreakIterator *breaker)
{
    std::vector<std::pair<int, int>> ranges;
    const QString &text = corpus.texts[a];
    const QList<Token> &tokens = corpus.tokens[size_t(a)];
    const int n = corpus.articleCount();
    qsizetype paraStart = 0;
    qsizetype tok = 0;
    while (paraStart <= text.size() && tok < tokens.size()) {
        qsizetype paraEnd = text.indexOf(QLatin1Char('\n'), paraStart);
        if (paraEnd < 0)
            paraEnd = text.size();
        const qsizetype firstTok = tok;
        while (tok < tokens.size() && tokens[tok].start < paraEnd)
            ++tok;
        // Open toward some partner: one that shares no text with the article leaves every word
        // uncovered; the others are looked at one by one.
        bool open = tok > firstTok && cov.partnerCount(a) < n - 1;
        if (tok > firstTok && !open) {
            cov.forPartners(a, [&](int b) {
                const int uncovered = int(tok - firstTok) - coveredWords(cov, a, b, int(firstTok), int(tok));
                open = open || (b != a && uncovered >= std::min<qsizetype>(3, tok - firstTok));
            });
        }
        if (open) {
            UErrorCode status = U_ZERO_ERROR;
            ubrk_setText(breaker, reinterpret_cast<const UChar *>(text.utf16() + paraStart),
                         int32_t(paraEnd - paraStart), &status);
            if (U_SUCCESS(status)) {
                int32_t from = ubrk_first(breaker);
                const size_t firstOfParagraph = ranges.size();
                for (int32_t to = ubrk_next(breaker); to != UBRK_DONE; to = ubrk_next(breaker)) {
                    if (ranges.size() > firstOfParagraph
                        && continuesQuotedSentence(text, ranges.back(), int(paraStart + from)))
                        ranges.back().second = int(paraStart + to);
                    else
                        ranges.emplace_back(int(paraStart + from), int(paraStart + to));
                    from = to;
                }
            }
        }
        paraStart = paraEnd + 1;
    }
    return ranges;
}

bool openToward(const Coverage &cov, const Sentence &s, int partner)
{
    return coveredWords(cov, s.article, partner, s.tokStart, s.tokEnd) * 2 < s.tokEnd - s.tokStart;
}

/// A sentence break iterator of its own for the caller: cloned from one made once (making one
/// loads and compiles the rules and the abbreviation filter, which costs more than breaking a
/// bundle of ten articles). Null when ICU has no sentence rules.
UBreakIterator *sentenceBreaker()
{
    static std::mutex mutex;
    static UBreakIterator *const prototype = [] {
        UErrorCode status = U_ZERO_ERROR;
        UBreakIterator *made = ubrk_open(UBRK_SENTENCE, "en@ss=standard", nullptr, 0, &status);
        return U_SUCCESS(status) ? made : nullptr;
    }();
    if (!prototype)
        return nullptr;
    const std::lock_guard<std::mutex> lock(mutex);
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *clone = ubrk_clone(prototype, &status);
    return U_SUCCESS(status) ? clone : nullptr;
}

struct Candidate
{
    double score;
    int s;
    int t;
    int shared;
    bool headline; ///< one of the units is an article's headline
};

/// Tokens of article a's headline: a first line of at most `maxWords` words with no full stop at
/// its end, followed by more text; 0 when the article opens with a sentence of its body.
int headlineEnd(const Corpus &corpus, int a, int maxWords)
{
    const QString &text = corpus.texts[a];
    const QList<Token> &tokens = corpus.tokens[size_t(a)];
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    if (lineEnd < 0 || tokens.isEmpty())
        return 0;
    int end = 0;
    while (end < tokens.size() && tokens[end].start < lineEnd)
        ++end;
    if (end == 0 || end > maxWords || end == tokens.size())
        return 0;
    const QStringView line = QStringView(text).left(lineEnd).trimmed();
    return line.endsWith(QLatin1Char('.')) ? 0 : end;
}

} // namespace

std::vector<PairPassage> ParaphraseFinder::find(const Corpus &corpus, const std::vector<PairPassage> &textual,
                                                const Options &options, const RunControl &control)
{
    std::vector<PairPassage> out;
    const int n = corpus.articleCount();
    if (n < 2 || options.threshold > 1.0)
        return out;
    const Coverage cov(corpus, textual);

    std::unique_ptr<UBreakIterator, void (*)(UBreakIterator *)> breaker(sentenceBreaker(), ubrk_close);
    if (!breaker)
        return out;

    std::vector<Sentence> sentences;
    // Per sentence, the partners it is not open toward among those its article shares text with
    // (ascending, in closedTo from closedFrom[i]); it is open toward every other article.
    std::vector<size_t> closedFrom { 0 };
    std::vector<int> closedTo;
    WordFeatures features;
    // The feature of token t of an article, shifted left by one, with the low bit set for a name
    // or number (capitalised after its sentence's first word); 0 for a function word.
    // Per article and token, the feature shifted left by one with the low bit set when the word
    // is capitalised or a number; computed the first time a token is asked for (a token is met
    // again as part of its clauses and when spans are trimmed).
    constexpr quint64 unknown = ~quint64(0);
    std::vector<std::vector<quint64>> tokenFeatures(static_cast<size_t>(n));
    auto featureAt = [&](int article, int t, int sentenceStart) -> quint64 {
        std::vector<quint64> &cache = tokenFeatures[size_t(article)];
        if (cache.empty())
            cache.assign(size_t(corpus.length(article)), unknown);
        quint64 &slot = cache[size_t(t)];
        if (slot == unknown) {
            const Token &tk = corpus.tokens[size_t(article)][t];
            const QStringView word = QStringView(corpus.texts[article]).mid(tk.start, tk.end - tk.start);
            const quint32 feature = features.featureOf(tk.hash, word);
            slot = feature == 0 ? 0 : (quint64(feature) << 1) | (WordFeatures::isSpecific(word) ? 1 : 0);
        }
        // A sentence's first word is capitalised whatever it is.
        return t == sentenceStart ? slot & ~quint64(1) : slot;
    };
    auto addUnit = [&](int a, int tokStart, int tokEnd, std::pair<int, int> sentence) {
        Sentence s;
        s.article = a;
        s.tokStart = tokStart;
        s.tokEnd = tokEnd;
        const bool clause = sentence != std::pair<int, int>(tokStart, tokEnd);
        s.sentenceStart = sentence.first;
        s.sentenceEnd = sentence.second;
        s.clause = clause;
        // Which partners the unit is still open toward: identical sentences of near-copies
        // are ruled out by this, before any overlap is computed.
        const size_t row = closedTo.size();
        int closedPartners = 0;
        cov.forPartners(a, [&](int b) {
            if (b != a && !openToward(cov, s, b)) {
                closedTo.push_back(b);
                ++closedPartners;
            }
        });
        if (closedPartners == n - 1 || tokEnd <= tokStart) {
            closedTo.resize(row);
            return;
        }
        for (int t = tokStart; t < tokEnd; ++t) {
            if (const quint64 key = featureAt(a, t, sentence.first))
                s.words.push_back(key);
        }
        std::sort(s.words.begin(), s.words.end());
        // One entry per feature; a feature seen capitalised anywhere in the unit stays specific.
        size_t kept = 0;
        for (quint64 w : s.words) {
            if (kept > 0 && (s.words[kept - 1] >> 1) == (w >> 1))
                s.words[kept - 1] |= w & 1;
            else
                s.words[kept++] = w;
        }
        s.words.resize(kept);
        for (quint64 w : s.words)
            s.numbers += features.isNumber(quint32(w >> 1)) ? 1 : 0;
        if (int(s.words.size()) < options.minSharedWords) {
            closedTo.resize(row);
            return;
        }
        sentences.push_back(std::move(s));
        closedFrom.push_back(closedTo.size());
    };
    for (int a = 0; a < n; ++a) {
        if (control.cancelled())
            return {};
        const QList<Token> &tokens = corpus.tokens[size_t(a)];
        for (const auto &[from, to] : openSentenceRanges(corpus, cov, a, breaker.get())) {
            const auto first = std::lower_bound(tokens.begin(), tokens.end(), from,
                                                [](const Token &tk, int pos) { return tk.start < pos; });
            const auto last = std::lower_bound(first, tokens.end(), to,
                                               [](const Token &tk, int pos) { return tk.start < pos; });
            if (last - first < options.minSentenceWords)
                continue;
            const int tokStart = int(first - tokens.begin());
            const int tokEnd = int(last - tokens.begin());
            addUnit(a, tokStart, tokEnd, { tokStart, tokEnd });
            // Clauses are units too: one fact of a long sentence often has its counterpart in
            // a short sentence elsewhere, and the whole sentence would dilute the score.
            // (A sentence too short for a clause of the minimum length and another has none.)
            if (tokEnd - tokStart <= options.minClauseWords)
                continue;
            const std::vector<int> starts = ClauseTrimmer::clauseStarts(corpus, a, tokStart, tokEnd, false);
            if (starts.size() > 2) {
                for (size_t c = 0; c + 1 < starts.size(); ++c) {
                    if (starts[c + 1] - starts[c] >= options.minClauseWords)
                        addUnit(a, starts[c], starts[c + 1], { tokStart, tokEnd });
                }
            }
        }
    }
    if (sentences.size() < 2)
        return out;

    // Inverted index: feature -> sentences; the document frequency over the bundle's open
    // sentences gives the idf weights, so the words every outlet repeats about the event
    // ("earthquake", the main name) weigh little and a fact's own words weigh much.
    std::vector<std::vector<quint32>> postings(size_t(features.featureCount()) + 1);
    std::vector<quint32> df(postings.size(), 0);
    double count = 0;
    for (size_t i = 0; i < sentences.size(); ++i) {
        for (quint64 w : sentences[i].words) {
            postings[size_t(w >> 1)].push_back(quint32(i));
            df[size_t(w >> 1)] += sentences[i].clause ? 0 : 1;
        }
        count += sentences[i].clause ? 0 : 1;
    }
    // Features first met after the index was built (words of a unit's sentence outside every
    // open unit) count as occurring once.
    auto idf = [&](quint64 w) {
        const size_t feature = size_t(w >> 1);
        const quint32 frequency = feature < df.size() ? df[feature] : 0;
        const double base = std::log(1.0 + count / double(std::max<quint32>(1, frequency)))
            * features.background(quint32(feature));
        return (w & 1) ? base * options.specificBoost : base;
    };
    // Per sentence, the weight of each of its (sorted) features, for exact overlaps by merging.
    std::vector<std::vector<double>> weights(sentences.size());
    for (size_t i = 0; i < sentences.size(); ++i) {
        weights[i].reserve(sentences[i].words.size());
        for (quint64 w : sentences[i].words) {
            weights[i].push_back(idf(w));
            sentences[i].weight += weights[i].back();
        }
    }
    auto overlap = [&](size_t x, size_t y, int &shared, int &sharedNumbers) {
        const auto &wx = sentences[x].words;
        const auto &wy = sentences[y].words;
        double sum = 0;
        shared = 0;
        sharedNumbers = 0;
        size_t i = 0;
        size_t j = 0;
        while (i < wx.size() && j < wy.size()) {
            if ((wx[i] >> 1) < (wy[j] >> 1)) {
                ++i;
            } else if ((wy[j] >> 1) < (wx[i] >> 1)) {
                ++j;
            } else {
                sum += std::min(weights[x][i], weights[y][j]);
                ++shared;
                sharedNumbers += features.isNumber(quint32(wx[i] >> 1)) ? 1 : 0;
                ++i;
                ++j;
            }
        }
        return sum;
    };

    // Candidates come only through each sentence's rarest features (prefix filtering), and
    // posting lists longer than a constant are skipped: a feature that common says little
    // about which fact a sentence reports, and the work stays linear in the number of sentences.
    auto openTo = [&](size_t sentence, int partner) {
        const auto from = closedTo.begin() + qsizetype(closedFrom[sentence]);
        const auto to = closedTo.begin() + qsizetype(closedFrom[sentence + 1]);
        return sentences[sentence].article != partner && !std::binary_search(from, to, partner);
    };
    std::vector<int> headlines(size_t(n), 0);
    for (int a = 0; a < n; ++a)
        headlines[size_t(a)] = headlineEnd(corpus, a, 25);
    constexpr size_t probes = 4;
    const size_t maxPosting = std::max<size_t>(16, 3 * size_t(n));
    std::vector<Candidate> candidates;
    std::vector<int> seenBy(sentences.size(), -1);
    std::vector<std::pair<double, quint32>> rare;
    for (size_t i = 0; i < sentences.size(); ++i) {
        if ((i & 0xff) == 0 && control.cancelled())
            return {};
        const Sentence &s = sentences[i];
        rare.clear();
        for (size_t w = 0; w < s.words.size(); ++w)
            rare.emplace_back(-weights[i][w], quint32(s.words[w] >> 1));
        const size_t take = std::min(probes, rare.size());
        std::partial_sort(rare.begin(), rare.begin() + qsizetype(take), rare.end());
        for (size_t r = 0; r < take; ++r) {
            const auto &list = postings[rare[r].second];
            if (list.size() > maxPosting)
                continue;
            for (quint32 j : list) {
                const Sentence &t = sentences[j];
                if (t.article == s.article || seenBy[j] == int(i))
                    continue;
                seenBy[j] = int(i);
                if (!openTo(i, t.article) || !openTo(j, s.article))
                    continue;
                const double lighter = std::min(s.weight, t.weight);
                // Even a full overlap of the lighter sentence cannot reach the threshold.
                if ((1.0 - options.containmentShare) * 2.0 * lighter / (s.weight + t.weight)
                        + options.containmentShare
                    < options.threshold)
                    continue;
                int shared = 0;
                int sharedNumbers = 0;
                const double sum = overlap(i, j, shared, sharedNumbers);
                if (shared < options.minSharedWords)
                    continue;
                // Dice rewards sentences of one length; containment lets a trimmed sentence
                // match the longer one it was cut from.
                const double dice = 2.0 * sum / (s.weight + t.weight);
                const double containment = sum / lighter;
                double score
                    = (1.0 - options.containmentShare) * dice + options.containmentShare * containment;
                // Different numbers in both ("20 titles" / "103 titles") are different facts.
                if (s.numbers > 0 && t.numbers > 0 && sharedNumbers == 0)
                    score *= options.numberConflict;
                // Two words in common are weak evidence: they must carry most of both units.
                if (shared < 3)
                    score -= options.fewWordsPenalty;
                if (score < options.threshold)
                    continue;
                const bool headline
                    = s.tokEnd <= headlines[size_t(s.article)] || t.tokEnd <= headlines[size_t(t.article)];
                // The lower article first, so a pair found from both sides is the same candidate.
                if (s.article < t.article)
                    candidates.push_back(Candidate { score, int(i), int(j), shared, headline });
                else
                    candidates.push_back(Candidate { score, int(j), int(i), shared, headline });
            }
        }
    }
    // Sentences of the bodies pair first: a headline sums up the story, and it would otherwise
    // take the body sentence that says the same thing in another outlet away from that outlet's
    // own body sentence. Headlines pair with what is left.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        if (x.headline != y.headline)
            return y.headline;
        return x.score != y.score ? x.score > y.score : (x.s != y.s ? x.s < y.s : x.t < y.t);
    });
    // Words already linked per (article, partner): a sentence may pair with several units of
    // one partner when they match different clauses of it, never twice over the same words.
    std::vector<std::vector<quint8>> taken(size_t(n) * size_t(n));
    auto isFree = [&](int article, int partner, std::pair<int, int> range) {
        auto &marks = taken[size_t(article) * size_t(n) + size_t(partner)];
        if (marks.empty())
            marks.assign(size_t(corpus.length(article)), 0);
        for (int t = range.first; t < range.second; ++t) {
            if (marks[size_t(t)])
                return false;
        }
        return true;
    };
    auto take = [&](int article, int partner, std::pair<int, int> range) {
        auto &marks = taken[size_t(article) * size_t(n) + size_t(partner)];
        std::fill(marks.begin() + range.first, marks.begin() + range.second, 1);
    };
    // The span of a match is the unit's whole sentence, trimmed to the clauses that carry the
    // features both sentences have: a clause unit finds the match, its sentence decides how far
    // the passage reaches.
    std::vector<std::pair<quint32, double>> sharedFeatures;
    // Per unit, its sentence's features with their weights, computed the first time it is needed.
    std::vector<std::vector<std::pair<quint32, double>>> sentenceFeatureCache(sentences.size());
    auto sentenceFeatures = [&](size_t unit) -> const std::vector<std::pair<quint32, double>> & {
        std::vector<std::pair<quint32, double>> &list = sentenceFeatureCache[unit];
        if (!list.empty())
            return list;
        const Sentence &x = sentences[unit];
        for (int t = x.sentenceStart; t < x.sentenceEnd; ++t) {
            if (const quint64 key = featureAt(x.article, t, x.sentenceStart))
                list.emplace_back(quint32(key >> 1), idf(key));
        }
        std::sort(list.begin(), list.end());
        if (list.empty())
            list.emplace_back(0, 0.0); // no content word: feature 0 is never shared
        return list;
    };
    std::vector<quint32> sentenceTokens; // feature of each token of the sentence being trimmed
    auto trimmed = [&](const Sentence &x) {
        sentenceTokens.clear();
        for (int t = x.sentenceStart; t < x.sentenceEnd; ++t)
            sentenceTokens.push_back(quint32(featureAt(x.article, t, x.sentenceStart) >> 1));
        return ClauseTrimmer::trim(
            corpus, x.article, x.sentenceStart, x.sentenceEnd,
            [&](int token) {
                const quint32 f = sentenceTokens[size_t(token - x.sentenceStart)];
                const auto it = std::lower_bound(sharedFeatures.begin(), sharedFeatures.end(),
                                                 std::pair<quint32, double>(f, -1.0));
                if (f == 0 || it == sharedFeatures.end() || it->first != f)
                    return 0.0;
                // A word the sentence repeats ("Joseph Gerardi ... Joseph Percoco") shares its
                // weight between its places.
                return it->second / double(std::count(sentenceTokens.begin(), sentenceTokens.end(), f));
            },
            options.clauseDropShare);
    };
    for (const Candidate &c : candidates) {
        const Sentence &s = sentences[size_t(c.s)];
        const Sentence &t = sentences[size_t(c.t)];
        // Units whose own words are already linked toward the other article need no trimming.
        if (!isFree(s.article, t.article, { s.tokStart, s.tokEnd })
            || !isFree(t.article, s.article, { t.tokStart, t.tokEnd }))
            continue;
        sharedFeatures.clear();
        {
            const auto &fs = sentenceFeatures(size_t(c.s));
            const auto &ft = sentenceFeatures(size_t(c.t));
            size_t i = 0;
            size_t j = 0;
            while (i < fs.size() && j < ft.size()) {
                if (fs[i].first < ft[j].first) {
                    ++i;
                } else if (ft[j].first < fs[i].first) {
                    ++j;
                } else {
                    if (sharedFeatures.empty() || sharedFeatures.back().first != fs[i].first)
                        sharedFeatures.emplace_back(fs[i].first, std::min(fs[i].second, ft[j].second));
                    ++i;
                    ++j;
                }
            }
        }
        auto sRange = trimmed(s);
        auto tRange = trimmed(t);
        // A match that trims down to a name or a phrase is no fact; it must not block a better one.
        // So is the opening piece of a sentence that goes on, when it is shorter than a clause: a
        // subject or an introduction cut off before what the sentence says ("The company's tour,"
        // of "The company's tour, due to go on to Oslo, is postponed").
        auto tooShort = [&](std::pair<int, int> range, const Sentence &x) {
            const int words = range.second - range.first;
            return words < options.minSentenceWords
                || (words < options.minClauseWords && range.first == x.sentenceStart
                    && range.second < x.sentenceEnd);
        };
        if (tooShort(sRange, s) || tooShort(tRange, t))
            continue;
        // Where the sentence reaches into words already linked toward the partner (another
        // clause of it matched there), a clause unit keeps to its own words.
        if (!isFree(s.article, t.article, sRange) && s.clause)
            sRange = { s.tokStart, s.tokEnd };
        if (!isFree(t.article, s.article, tRange) && t.clause)
            tRange = { t.tokStart, t.tokEnd };
        if (!isFree(s.article, t.article, sRange) || !isFree(t.article, s.article, tRange))
            continue;
        take(s.article, t.article, sRange);
        take(t.article, s.article, tRange);
        PairPassage p;
        p.a = s.article;
        p.b = t.article;
        p.aStart = sRange.first;
        p.aEnd = sRange.second;
        p.bStart = tRange.first;
        p.bEnd = tRange.second;
        p.kind = PassageKind::Paraphrase;
        p.matched = c.shared;
        p.score = std::min(1.0, c.score);
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace sw::align

#include "paraphrasefinder.h"

#include "flathashmap.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <unicode/ubrk.h>

namespace sw::align {
namespace {

struct Sentence
{
    int article = 0;
    int tokStart = 0;
    int tokEnd = 0;
    std::vector<quint64> words; ///< distinct folded word hashes
    double weight = 0;
};

/// Per article, per partner: which of the article's words lie in a textual passage with the partner.
using Coverage = std::vector<std::vector<std::vector<quint8>>>;

Coverage textualCoverage(const Corpus &corpus, const std::vector<PairPassage> &textual)
{
    const int n = corpus.articleCount();
    Coverage cov;
    cov.resize(size_t(n));
    for (int a = 0; a < n; ++a) {
        cov[size_t(a)].resize(size_t(n));
        for (int b = 0; b < n; ++b) {
            if (b != a)
                cov[size_t(a)][size_t(b)].assign(size_t(corpus.length(a)), 0);
        }
    }
    for (const PairPassage &p : textual) {
        auto &ab = cov[size_t(p.a)][size_t(p.b)];
        std::fill(ab.begin() + p.aStart, ab.begin() + p.aEnd, 1);
        auto &ba = cov[size_t(p.b)][size_t(p.a)];
        std::fill(ba.begin() + p.bStart, ba.begin() + p.bEnd, 1);
    }
    return cov;
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
        bool open = false;
        for (int b = 0; b < n && !open; ++b) {
            if (b == a)
                continue;
            const auto &ab = cov[size_t(a)][size_t(b)];
            int uncovered = 0;
            for (qsizetype t = firstTok; t < tok; ++t)
                uncovered += ab[size_t(t)] ? 0 : 1;
            open = uncovered >= std::min<qsizetype>(3, tok - firstTok) && tok > firstTok;
        }
        if (open) {
            UErrorCode status = U_ZERO_ERROR;
            ubrk_setText(breaker, reinterpret_cast<const UChar *>(text.utf16() + paraStart),
                         int32_t(paraEnd - paraStart), &status);
            if (U_SUCCESS(status)) {
                int32_t from = ubrk_first(breaker);
                for (int32_t to = ubrk_next(breaker); to != UBRK_DONE; to = ubrk_next(breaker)) {
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
    const auto &ab = cov[size_t(s.article)][size_t(partner)];
    int covered = 0;
    for (int t = s.tokStart; t < s.tokEnd; ++t)
        covered += ab[size_t(t)];
    return covered * 2 < s.tokEnd - s.tokStart;
}

struct Candidate
{
    double score;
    int s;
    int t;
    int shared;
};

} // namespace

std::vector<PairPassage> ParaphraseFinder::find(const Corpus &corpus, const std::vector<PairPassage> &textual,
                                                const Options &options, const RunControl &control)
{
    std::vector<PairPassage> out;
    const int n = corpus.articleCount();
    if (n < 2 || options.threshold > 1.0)
        return out;
    const Coverage cov = textualCoverage(corpus, textual);

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBreakIterator, void (*)(UBreakIterator *)> breaker(
        ubrk_open(UBRK_SENTENCE, "en@ss=standard", nullptr, 0, &status), ubrk_close);
    if (U_FAILURE(status) || !breaker)
        return out;

    std::vector<Sentence> sentences;
    std::vector<quint8> openTo; // per sentence, n flags
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
            Sentence s;
            s.article = a;
            s.tokStart = int(first - tokens.begin());
            s.tokEnd = int(last - tokens.begin());
            // Which partners the sentence is still open toward: identical sentences of
            // near-copies are ruled out by this, before any overlap is computed.
            bool open = false;
            const size_t row = openTo.size();
            openTo.resize(row + size_t(n), 0);
            for (int b = 0; b < n; ++b) {
                openTo[row + size_t(b)] = b != a && openToward(cov, s, b);
                open = open || openTo[row + size_t(b)];
            }
            if (!open) {
                openTo.resize(row);
                continue;
            }
            for (auto it = first; it != last; ++it)
                s.words.push_back(it->hash);
            std::sort(s.words.begin(), s.words.end());
            s.words.erase(std::unique(s.words.begin(), s.words.end()), s.words.end());
            sentences.push_back(std::move(s));
        }
    }
    if (sentences.size() < 2)
        return out;

    // Inverted index: word -> sentences; document frequency gives the idf weights.
    FlatHashMap<quint32> wordIds(sentences.size() * 8);
    std::vector<std::vector<quint32>> postings;
    for (size_t i = 0; i < sentences.size(); ++i) {
        for (quint64 w : sentences[i].words) {
            quint32 &id = wordIds[w ? w : 1];
            if (id == 0) {
                postings.emplace_back();
                id = quint32(postings.size());
            }
            postings[id - 1].push_back(quint32(i));
        }
    }
    const double count = double(sentences.size());
    auto weightOf = [&](quint32 id) { return std::log(1.0 + count / double(postings[id - 1].size())); };
    for (Sentence &s : sentences) {
        for (quint64 w : s.words)
            s.weight += weightOf(*wordIds.find(w ? w : 1));
    }
    // Per sentence, the weight of each of its (sorted) words, for exact overlaps by merging.
    std::vector<std::vector<double>> weights(sentences.size());
    for (size_t i = 0; i < sentences.size(); ++i) {
        weights[i].reserve(sentences[i].words.size());
        for (quint64 w : sentences[i].words)
            weights[i].push_back(weightOf(*wordIds.find(w ? w : 1)));
    }
    auto overlap = [&](size_t x, size_t y, int &shared) {
        const auto &wx = sentences[x].words;
        const auto &wy = sentences[y].words;
        double sum = 0;
        shared = 0;
        size_t i = 0;
        size_t j = 0;
        while (i < wx.size() && j < wy.size()) {
            if (wx[i] < wy[j]) {
                ++i;
            } else if (wy[j] < wx[i]) {
                ++j;
            } else {
                sum += weights[x][i];
                ++shared;
                ++i;
                ++j;
            }
        }
        return sum;
    };

    // Candidates come only through each sentence's rarest words (prefix filtering): a sentence
    // that shares enough weight to pass the threshold shares some of them, and their posting
    // lists are short, so the work stays near linear in the number of sentences.
    constexpr size_t probes = 6;
    const size_t maxPosting = std::clamp<size_t>(sentences.size() / 50, 16, 256);
    std::vector<Candidate> candidates;
    std::vector<int> seenBy(sentences.size(), -1);
    std::vector<std::pair<double, quint32>> rare;
    for (size_t i = 0; i < sentences.size(); ++i) {
        if ((i & 0xff) == 0 && control.cancelled())
            return {};
        const Sentence &s = sentences[i];
        rare.clear();
        for (size_t w = 0; w < s.words.size(); ++w)
            rare.emplace_back(-weights[i][w], *wordIds.find(s.words[w] ? s.words[w] : 1));
        const size_t take = std::min(probes, rare.size());
        std::partial_sort(rare.begin(), rare.begin() + qsizetype(take), rare.end());
        for (size_t r = 0; r < take; ++r) {
            const auto &list = postings[rare[r].second - 1];
            if (list.size() > maxPosting)
                continue;
            for (quint32 j : list) {
                const Sentence &t = sentences[j];
                if (t.article == s.article || seenBy[j] == int(i))
                    continue;
                seenBy[j] = int(i);
                if (!openTo[i * size_t(n) + size_t(t.article)] || !openTo[j * size_t(n) + size_t(s.article)])
                    continue;
                // Even a full overlap of the lighter sentence cannot reach the threshold.
                if (2.0 * std::min(s.weight, t.weight) < options.threshold * (s.weight + t.weight))
                    continue;
                int shared = 0;
                const double sum = overlap(i, j, shared);
                if (shared < options.minSharedWords)
                    continue;
                const double score = 2.0 * sum / (s.weight + t.weight);
                if (score < options.threshold)
                    continue;
                // The lower article first, so a pair found from both sides is the same candidate.
                if (s.article < t.article)
                    candidates.push_back(Candidate { score, int(i), int(j), shared });
                else
                    candidates.push_back(Candidate { score, int(j), int(i), shared });
            }
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        return x.score != y.score ? x.score > y.score : (x.s != y.s ? x.s < y.s : x.t < y.t);
    });
    FlatHashMap<quint8> used(candidates.size() * 2 + 16);
    auto usedKey
        = [&](int sentence, int partner) { return (quint64(sentence) << 20) + quint64(partner) + 1; };
    for (const Candidate &c : candidates) {
        const Sentence &s = sentences[size_t(c.s)];
        const Sentence &t = sentences[size_t(c.t)];
        const quint8 *su = used.find(usedKey(c.s, t.article));
        const quint8 *tu = used.find(usedKey(c.t, s.article));
        if ((su && *su) || (tu && *tu))
            continue;
        used[usedKey(c.s, t.article)] = 1;
        used[usedKey(c.t, s.article)] = 1;
        PairPassage p;
        p.a = s.article;
        p.b = t.article;
        p.aStart = s.tokStart;
        p.aEnd = s.tokEnd;
        p.bStart = t.tokStart;
        p.bEnd = t.tokEnd;
        p.kind = PassageKind::Paraphrase;
        p.matched = c.shared;
        p.score = std::min(1.0, c.score);
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace sw::align

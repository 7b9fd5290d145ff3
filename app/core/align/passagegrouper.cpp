// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "passagegrouper.h"

#include "groupfinder.h"
#include "groupjoiner.h"
#include "overlapresolver.h"
#include "segmenter.h"

#include <algorithm>

namespace sw::align {
namespace {

// A currency sign written against a number belongs to it ("$1.4 billion"), as does a
// percent sign after it ("23%"): spans include them though the tokenizer does not.
int utf16Start(const Corpus &corpus, int article, int token)
{
    const QList<Token> &tokens = corpus.tokens[size_t(article)];
    if (token < tokens.size()) {
        const int start = tokens[token].start;
        const QString &text = corpus.texts[article];
        if (start > 0 && text[start].isDigit()) {
            const QChar before = text[start - 1];
            if (before == QLatin1Char('$')
                || (before.unicode() >= 0xA2 && before.category() == QChar::Symbol_Currency))
                return start - 1;
        }
        return start;
    }
    return tokens.isEmpty() ? 0 : tokens.back().end;
}

int utf16End(const Corpus &corpus, int article, int tokenEnd)
{
    const QList<Token> &tokens = corpus.tokens[size_t(article)];
    if (tokenEnd > 0 && tokenEnd <= tokens.size()) {
        const int end = tokens[tokenEnd - 1].end;
        const QString &text = corpus.texts[article];
        if (end < text.size() && text[end] == QLatin1Char('%') && text[end - 1].isDigit())
            return end + 1;
        return end;
    }
    return 0;
}

// An empty token range is an insertion point: place it right after the previous word.
QPair<int, int> editRange(const Corpus &corpus, int article, int start, int end)
{
    if (start < end)
        return { utf16Start(corpus, article, start), utf16End(corpus, article, end) };
    const int at = start > 0 ? utf16End(corpus, article, start) : utf16Start(corpus, article, 0);
    return { at, at };
}

} // namespace

QList<Passage> PassageGrouper::group(const Corpus &corpus, const std::vector<PairPassage> &pairPassages,
                                     int maxGapWords, const std::function<bool(int, int)> &precedes,
                                     int minSpanWords)
{
    const int n = corpus.articleCount();
    std::vector<std::vector<int>> cuts;
    const std::vector<PairPassage> pairs = Segmenter::refine(corpus, pairPassages, &cuts);
    int groupCount = 0;
    const std::vector<int> groupOf = GroupFinder::assign(n, pairs, cuts, maxGapWords, &groupCount);
    std::vector<std::vector<int>> groups(static_cast<size_t>(groupCount));
    for (size_t i = 0; i < pairs.size(); ++i) {
        if (groupOf[i] >= 0)
            groups[size_t(groupOf[i])].push_back(int(i));
    }

    const Precedence earlier(n, precedes);
    std::vector<PassageGroup> merged;
    merged.reserve(groups.size());
    for (std::vector<int> &members : groups)
        merged.push_back(describe(pairs, std::move(members), earlier));
    absorbShort(merged, maxGapWords);
    joinAdjacent(merged);
    joinSentenceParts(corpus, merged);
    resolveOverlaps(pairs, merged, n, minSpanWords);

    // Resolving cuts a clause two outlets share word for word out of the sentence a wider group
    // holds; the pieces now meet exactly, and the clause joins the sentence's passage.
    joinSentenceParts(corpus, merged, true);

    QList<Passage> passages;
    passages.reserve(qsizetype(merged.size()));
    for (const PassageGroup &g : merged) {
        if (g.members.empty())
            continue;
        const std::vector<int> &members = g.members;
        bool allVerbatim = true;
        double scoreSum = 0;
        double weightSum = 0;
        for (int m : members) {
            const PairPassage &p = pairs[size_t(m)];
            allVerbatim = allVerbatim && p.kind == PassageKind::Verbatim;
            const double w = double(p.aEnd - p.aStart + p.bEnd - p.bStart);
            scoreSum += p.score * w;
            weightSum += w;
        }
        for (const TokenEdit &e : g.gaps)
            weightSum += double(e.aEnd - e.aStart + e.bEnd - e.bStart); // words only some outlets have
        const PairPassage &first = pairs[size_t(members.front())];
        Passage passage;
        passage.kind = !first.textual()
            ? PassageKind::Paraphrase
            : (allVerbatim && g.gaps.empty() ? PassageKind::Verbatim : PassageKind::Near);
        passage.score = weightSum > 0 ? scoreSum / weightSum : 1.0;
        const int reference = g.firstArticle();
        for (const GroupSpan &s : g.spans) {
            PassageSpan span;
            span.article = s.article;
            span.start = utf16Start(corpus, s.article, s.start);
            span.end = utf16End(corpus, s.article, s.end);
            span.moved = s.moved != 0;
            span.reworded = s.reworded != 0;
            passage.spans.append(span);
        }
        for (int m : members) {
            const PairPassage &p = pairs[size_t(m)];
            if (p.a != reference)
                continue;
            for (const TokenEdit &e : p.edits) {
                const auto [refStart, refEnd] = editRange(corpus, p.a, e.aStart, e.aEnd);
                const auto [start, end] = editRange(corpus, p.b, e.bStart, e.bEnd);
                passage.edits.append(WordEdit { p.b, refStart, refEnd, start, end });
            }
        }
        // Words missing at the start of an outlet's span are missing at its start, not after
        // the word before it.
        auto gapRange = [&](int article, int start, int end) {
            if (start == end && start == g.hull(article).first) {
                const int at = utf16Start(corpus, article, start);
                return QPair<int, int>(at, at);
            }
            return editRange(corpus, article, start, end);
        };
        for (size_t i = 0; i < g.gaps.size(); ++i) {
            const TokenEdit &e = g.gaps[i];
            const auto [refStart, refEnd] = gapRange(reference, e.aStart, e.aEnd);
            const auto [start, end] = gapRange(g.gapArticles[i], e.bStart, e.bEnd);
            passage.edits.append(WordEdit { g.gapArticles[i], refStart, refEnd, start, end });
        }
        std::sort(passage.edits.begin(), passage.edits.end(), [](const WordEdit &x, const WordEdit &y) {
            return x.article != y.article ? x.article < y.article : x.refStart < y.refStart;
        });
        passages.append(std::move(passage));
    }
    std::sort(passages.begin(), passages.end(), [](const Passage &x, const Passage &y) {
        const PassageSpan &sx = x.spans.front();
        const PassageSpan &sy = y.spans.front();
        if (sx.article != sy.article)
            return sx.article < sy.article;
        if (sx.start != sy.start)
            return sx.start < sy.start;
        return int(x.kind) < int(y.kind);
    });
    for (qsizetype i = 0; i < passages.size(); ++i)
        passages[i].id = int(i + 1);
    return passages;
}

} // namespace sw::align

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "comparisonmodel.h"

#include <algorithm>

namespace sw::ui {

ComparisonModel::ComparisonModel(Bundle bundle, ComparisonResult result)
    : m_bundle(std::move(bundle))
    , m_result(std::move(result))
{
    const int n = articleCount();
    m_spans.resize(n);
    m_runningMaxEnd.resize(n);
    m_edits.resize(n);
    if (!hasResult())
        return;
    for (int p = 0; p < m_result.passages.size(); ++p) {
        const Passage &passage = m_result.passages.at(p);
        for (const PassageSpan &span : passage.spans) {
            if (span.article < 0 || span.article >= n || span.end <= span.start)
                continue;
            m_spans[span.article].append({ span.start, span.end,
                                           span.reworded ? PassageKind::Paraphrase : passage.kind, p,
                                           passage.articleCount(), span.moved });
        }
        const int reference = passage.spans.isEmpty() ? -1 : passage.spans.first().article;
        for (const WordEdit &edit : passage.edits) {
            if (edit.article >= 0 && edit.article < n && edit.end > edit.start)
                m_edits[edit.article].append({ edit.start, edit.end });
            if (reference >= 0 && reference < n && edit.refEnd > edit.refStart)
                m_edits[reference].append({ edit.refStart, edit.refEnd });
        }
    }
    for (const UniqueSpan &unique : std::as_const(m_result.unique)) {
        if (unique.article >= 0 && unique.article < n && unique.end > unique.start)
            m_spans[unique.article].append({ unique.start, unique.end, PassageKind::OnlyHere, -1, 1, false });
    }
    for (int a = 0; a < n; ++a) {
        QList<ArticleSpan> &spans = m_spans[a];
        std::stable_sort(spans.begin(), spans.end(),
                         [](const ArticleSpan &x, const ArticleSpan &y) { return x.start < y.start; });
        QList<int> &maxEnd = m_runningMaxEnd[a];
        maxEnd.reserve(spans.size());
        int running = 0;
        for (const ArticleSpan &span : std::as_const(spans)) {
            running = std::max(running, span.end);
            maxEnd.append(running);
        }
        auto &edits = m_edits[a];
        std::sort(edits.begin(), edits.end());
        edits.erase(std::unique(edits.begin(), edits.end()), edits.end());
    }
}

const QList<ArticleSpan> &ComparisonModel::spans(int article) const
{
    static const QList<ArticleSpan> empty;
    return article >= 0 && article < m_spans.size() ? m_spans.at(article) : empty;
}

QList<ArticleSpan> ComparisonModel::spansIn(int article, int start, int end) const
{
    QList<ArticleSpan> found;
    if (article < 0 || article >= m_spans.size())
        return found;
    const QList<ArticleSpan> &all = m_spans.at(article);
    const QList<int> &maxEnd = m_runningMaxEnd.at(article);
    // The first span that could reach into the range: running max end is monotonic.
    auto it = std::upper_bound(maxEnd.cbegin(), maxEnd.cend(), start);
    for (qsizetype i = it - maxEnd.cbegin(); i < all.size() && all.at(i).start < end; ++i) {
        if (all.at(i).end > start)
            found.append(all.at(i));
    }
    return found;
}

const ArticleSpan *ComparisonModel::sharedSpanAt(int article, int position) const
{
    if (article < 0 || article >= m_spans.size())
        return nullptr;
    const QList<ArticleSpan> &all = m_spans.at(article);
    const QList<int> &maxEnd = m_runningMaxEnd.at(article);
    auto it = std::upper_bound(maxEnd.cbegin(), maxEnd.cend(), position);
    const ArticleSpan *best = nullptr;
    for (qsizetype i = it - maxEnd.cbegin(); i < all.size() && all.at(i).start <= position; ++i) {
        const ArticleSpan &span = all.at(i);
        // Prefer the innermost (shortest) shared span when passages overlap.
        if (span.kind != PassageKind::OnlyHere && position < span.end
            && (!best || span.end - span.start < best->end - best->start))
            best = &span;
    }
    return best;
}

QList<QPair<int, int>> ComparisonModel::editsIn(int article, int start, int end) const
{
    QList<QPair<int, int>> found;
    if (article < 0 || article >= m_edits.size())
        return found;
    const auto &edits = m_edits.at(article);
    auto it = std::lower_bound(
        edits.cbegin(), edits.cend(), QPair<int, int> { start, 0 },
        [](const QPair<int, int> &x, const QPair<int, int> &y) { return x.second <= y.first; });
    for (; it != edits.cend() && it->first < end; ++it) {
        if (it->second > start)
            found.append(*it);
    }
    return found;
}

QList<ComparisonModel::WordSupport> ComparisonModel::supportIn(int article, int start, int end) const
{
    QList<WordSupport> found;
    if (article < 0 || article >= m_result.words.size() || article >= m_result.support.size())
        return found;
    const auto &words = m_result.words.at(article);
    const auto &support = m_result.support.at(article);
    auto it = std::lower_bound(words.cbegin(), words.cend(), start,
                               [](const QPair<int, int> &w, int pos) { return w.second <= pos; });
    for (; it != words.cend() && it->first < end; ++it) {
        const qsizetype index = it - words.cbegin();
        found.append({ it->first, it->second, index < support.size() ? int(support.at(index)) : 0 });
    }
    return found;
}

int ComparisonModel::nextSpanStart(int article, int position, bool unique, bool forward) const
{
    const QList<ArticleSpan> &all = spans(article);
    int best = -1;
    // Linear in the article's spans: called on key presses only.
    for (const ArticleSpan &span : all) {
        if ((span.kind == PassageKind::OnlyHere) != unique)
            continue;
        if (forward && span.start > position && (best < 0 || span.start < best))
            best = span.start;
        if (!forward && span.start < position && span.start > best)
            best = span.start;
    }
    return best;
}

QString ComparisonModel::snippet(int article, int start, int end, int maxChars) const
{
    if (article < 0 || article >= articleCount())
        return {};
    const QString &text = m_bundle.articles.at(article).text;
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    QString excerpt = text.mid(start, std::min(end - start, maxChars + 1)).simplified();
    if (end - start > maxChars) {
        excerpt.truncate(maxChars);
        excerpt += QChar(0x2026);
    }
    return excerpt;
}

} // namespace sw::ui

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "worddiff.h"

#include "align/tokenizer.h"

#include <vector>

namespace sw {

namespace {

// One step of the alignment of two token lists.
struct Step
{
    enum Op { Same, Removed, Added };
    Op op;
    qsizetype index; ///< into the first list (Same, Removed) or the second (Added)
    qsizetype other = -1; ///< Same: the index in the second list
};

// Quotes are short; above this size one coarse change is honest enough and bounded.
constexpr qsizetype MaxCells = 4'000'000;

// The minimal alignment of a and b (a longest common subsequence of folded words).
QList<Step> align(const QList<Token> &a, const QList<Token> &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // Trim the common head and tail first: most quotes differ in a word or two.
    qsizetype head = 0;
    while (head < n && head < m && a.at(head).hash == b.at(head).hash)
        ++head;
    qsizetype tail = 0;
    while (tail < n - head && tail < m - head && a.at(n - 1 - tail).hash == b.at(m - 1 - tail).hash)
        ++tail;
    const qsizetype an = n - head - tail;
    const qsizetype bn = m - head - tail;
    QList<Step> steps;
    steps.reserve(n + m);
    for (qsizetype k = 0; k < head; ++k)
        steps.append({ Step::Same, k, k });
    if (an * bn > MaxCells || an == 0 || bn == 0) {
        for (qsizetype k = 0; k < an; ++k)
            steps.append({ Step::Removed, head + k });
        for (qsizetype k = 0; k < bn; ++k)
            steps.append({ Step::Added, head + k });
    } else {
        std::vector<std::vector<int>> lcs(size_t(an + 1), std::vector<int>(size_t(bn + 1), 0));
        for (qsizetype i = an - 1; i >= 0; --i) {
            for (qsizetype j = bn - 1; j >= 0; --j) {
                lcs[size_t(i)][size_t(j)] = a.at(head + i).hash == b.at(head + j).hash
                    ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                    : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < an || j < bn) {
            if (i < an && j < bn && a.at(head + i).hash == b.at(head + j).hash) {
                steps.append({ Step::Same, head + i, head + j });
                ++i;
                ++j;
            } else if (j >= bn
                       || (i < an && lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
                steps.append({ Step::Removed, head + i });
                ++i;
            } else {
                steps.append({ Step::Added, head + j });
                ++j;
            }
        }
    }
    for (qsizetype k = 0; k < tail; ++k)
        steps.append({ Step::Same, n - tail + k, m - tail + k });
    return steps;
}

QString slice(QStringView text, const QList<Token> &tokens, qsizetype first, qsizetype last)
{
    if (first >= last)
        return {};
    const qint32 s = tokens.at(first).start;
    const qint32 e = tokens.at(last - 1).end;
    return text.mid(s, e - s).toString();
}

// Token k of `text` with what follows it up to the next token (the first also takes what
// precedes it), so the segments of one text put together give the text back.
QString withTrailing(QStringView text, const QList<Token> &tokens, qsizetype k)
{
    const qsizetype s = k == 0 ? 0 : tokens.at(k).start;
    const qsizetype e = k + 1 < tokens.size() ? tokens.at(k + 1).start : text.size();
    return text.mid(s, e - s).toString();
}

void append(QList<DiffSegment> &out, DiffSegment::Op op, const QString &text)
{
    if (!out.isEmpty() && out.last().op == op)
        out.last().text += text;
    else
        out.append(DiffSegment { op, text });
}

} // namespace

QList<WordChange> WordDiff::diff(QStringView from, QStringView to)
{
    const QList<Token> a = Tokenizer::tokenize(from);
    const QList<Token> b = Tokenizer::tokenize(to);
    QList<WordChange> changes;
    qsizetype runA = -1; // first differing token of the current run, in a and in b
    qsizetype runB = -1;
    qsizetype i = 0; // next token of a and of b
    qsizetype j = 0;
    auto flush = [&]() {
        if (runA < 0)
            return;
        changes.append({ slice(from, a, runA, i), slice(to, b, runB, j) });
        runA = runB = -1;
    };
    for (const Step &step : align(a, b)) {
        if (step.op == Step::Same) {
            flush();
            i = step.index + 1;
            j = step.other + 1;
            continue;
        }
        if (runA < 0) {
            runA = i;
            runB = j;
        }
        if (step.op == Step::Removed)
            i = step.index + 1;
        else
            j = step.index + 1;
    }
    flush();
    return changes;
}

QList<DiffSegment> WordDiff::segments(QStringView reference, QStringView to, int *changedWords)
{
    const QList<Token> a = Tokenizer::tokenize(reference);
    const QList<Token> b = Tokenizer::tokenize(to);
    QList<DiffSegment> out;
    int changed = 0;
    for (const Step &step : align(a, b)) {
        switch (step.op) {
        case Step::Same:
            append(out, DiffSegment::Same, withTrailing(to, b, step.other));
            break;
        case Step::Removed:
            append(out, DiffSegment::Removed, withTrailing(reference, a, step.index));
            ++changed;
            break;
        case Step::Added:
            append(out, DiffSegment::Added, withTrailing(to, b, step.index));
            ++changed;
            break;
        }
    }
    if (b.isEmpty() && !to.trimmed().isEmpty())
        append(out, DiffSegment::Same, to.toString());
    if (changedWords)
        *changedWords = changed;
    return out;
}

bool WordDiff::sameWords(QStringView a, QStringView b)
{
    const QList<Token> x = Tokenizer::tokenize(a);
    const QList<Token> y = Tokenizer::tokenize(b);
    return std::equal(x.cbegin(), x.cend(), y.cbegin(), y.cend(),
                      [](const Token &p, const Token &q) { return p.hash == q.hash; });
}

} // namespace sw

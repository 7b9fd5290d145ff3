#include "worddiff.h"

#include "align/tokenizer.h"

#include <vector>

namespace sw {

namespace {

QString slice(QStringView text, const QList<Token> &tokens, qsizetype first, qsizetype last)
{
    if (first >= last)
        return {};
    const qint32 s = tokens.at(first).start;
    const qint32 e = tokens.at(last - 1).end;
    return text.mid(s, e - s).toString();
}

} // namespace

QList<WordChange> WordDiff::diff(QStringView from, QStringView to)
{
    const QList<Token> a = Tokenizer::tokenize(from);
    const QList<Token> b = Tokenizer::tokenize(to);
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
    QList<WordChange> changes;
    if (an == 0 && bn == 0)
        return changes;

    // Quotes are short; above this size one coarse change is honest enough and bounded.
    constexpr qsizetype MaxCells = 4'000'000;
    if (an * bn > MaxCells || an == 0 || bn == 0) {
        changes.append({ slice(from, a, head, n - tail), slice(to, b, head, m - tail) });
        return changes;
    }

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
    qsizetype runA = -1;
    qsizetype runB = -1;
    auto flush = [&]() {
        if (runA < 0)
            return;
        changes.append({ slice(from, a, head + runA, head + i), slice(to, b, head + runB, head + j) });
        runA = runB = -1;
    };
    while (i < an || j < bn) {
        if (i < an && j < bn && a.at(head + i).hash == b.at(head + j).hash) {
            flush();
            ++i;
            ++j;
            continue;
        }
        if (runA < 0) {
            runA = i;
            runB = j;
        }
        if (j >= bn || (i < an && lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]))
            ++i;
        else
            ++j;
    }
    flush();
    return changes;
}

} // namespace sw

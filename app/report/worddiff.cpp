#include "worddiff.h"

#include <QRegularExpression>

namespace sw {

namespace {

struct Word
{
    QString text; ///< with the whitespace that follows it
    QString key; ///< folded for comparison
};

QString foldWord(QString word)
{
    word = word.trimmed().toCaseFolded();
    for (QChar &c : word) {
        switch (c.unicode()) {
        case 0x2018:
        case 0x2019:
        case 0x02BC:
            c = QLatin1Char('\'');
            break;
        case 0x201C:
        case 0x201D:
            c = QLatin1Char('"');
            break;
        case 0x2013:
        case 0x2014:
            c = QLatin1Char('-');
            break;
        default:
            break;
        }
    }
    return word;
}

QList<Word> splitWords(const QString &text)
{
    static const QRegularExpression wordRe(QStringLiteral("\\S+\\s*"));
    QList<Word> words;
    auto it = wordRe.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured(0);
        words.append(Word { w, foldWord(w) });
    }
    return words;
}

void append(QList<DiffSegment> &out, DiffSegment::Op op, const QString &text)
{
    if (!out.isEmpty() && out.last().op == op)
        out.last().text += text;
    else
        out.append(DiffSegment { op, text });
}

} // namespace

QList<DiffSegment> wordDiff(const QString &reference, const QString &text, int *changedWords)
{
    const QList<Word> a = splitWords(reference);
    const QList<Word> b = splitWords(text);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // Quotes are short; a full LCS table is cheap and gives the minimal diff.
    QList<int> lcs((n + 1) * (m + 1), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[i * (m + 1) + j]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j)
                = a.at(i).key == b.at(j).key ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    QList<DiffSegment> out;
    int changed = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i).key == b.at(j).key) {
            append(out, DiffSegment::Same, b.at(j).text);
            ++i;
            ++j;
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            append(out, DiffSegment::Removed, a.at(i).text);
            ++changed;
            ++i;
        } else {
            append(out, DiffSegment::Added, b.at(j).text);
            ++changed;
            ++j;
        }
    }
    if (changedWords)
        *changedWords = changed;
    return out;
}

} // namespace sw

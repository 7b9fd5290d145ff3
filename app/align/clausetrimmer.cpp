#include "clausetrimmer.h"

#include <QStringView>
#include <vector>

namespace sw::align {
namespace {

bool isClausePunctuation(QChar c)
{
    switch (c.unicode()) {
    case u',':
    case u';':
    case u':':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case 0x2013: // en dash
    case 0x2014: // em dash
        return true;
    default:
        return false;
    }
}

bool opensClause(QStringView word)
{
    static constexpr const char16_t *openers[]
        = { u"and", u"but", u"while", u"which", u"who", u"after", u"because", u"where", u"when" };
    for (const char16_t *o : openers) {
        if (word.compare(QStringView(o), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

std::vector<int> ClauseTrimmer::clauseStarts(const Corpus &corpus, int article, int tokStart, int tokEnd)
{
    const QString &text = corpus.texts[article];
    const QList<Token> &tokens = corpus.tokens[size_t(article)];
    std::vector<int> starts { tokStart };
    for (int t = tokStart + 1; t < tokEnd; ++t) {
        const QStringView between
            = QStringView(text).mid(tokens[t - 1].end, tokens[t].start - tokens[t - 1].end);
        bool cut = false;
        for (QChar c : between)
            cut = cut || isClausePunctuation(c);
        // "500,000" and "3:49" are one number, not two clauses.
        if (cut && between.size() == 1 && text[tokens[t - 1].end - 1].isDigit()
            && text[tokens[t].start].isDigit())
            cut = false;
        if (cut || opensClause(QStringView(text).mid(tokens[t].start, tokens[t].end - tokens[t].start)))
            starts.push_back(t);
    }
    starts.push_back(tokEnd);
    return starts;
}

std::pair<int, int> ClauseTrimmer::trim(const Corpus &corpus, int article, int tokStart, int tokEnd,
                                        const std::function<double(int)> &sharedWeight, double minShare)
{
    const std::vector<int> starts = clauseStarts(corpus, article, tokStart, tokEnd);
    std::vector<double> weights(starts.size() - 1, 0.0);
    double total = 0;
    for (size_t c = 0; c + 1 < starts.size(); ++c) {
        for (int t = starts[c]; t < starts[c + 1]; ++t)
            weights[c] += sharedWeight(t);
        total += weights[c];
    }
    if (total <= 0)
        return { tokStart, tokEnd };
    int first = -1;
    int last = -1;
    for (size_t c = 0; c < weights.size(); ++c) {
        if (weights[c] >= minShare * total) {
            if (first < 0)
                first = int(c);
            last = int(c);
        }
    }
    if (first < 0)
        return { tokStart, tokEnd };
    return { starts[size_t(first)], starts[size_t(last) + 1] };
}

} // namespace sw::align

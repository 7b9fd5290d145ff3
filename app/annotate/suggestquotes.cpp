#include "quotefinder.h"
#include "suggestinternal.h"
#include "suggestlexicon.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace sw::suggest {

namespace {

constexpr int MaxAttributionWords = 16;
constexpr qsizetype MaxPostings = 200;

struct Occurrence
{
    int article = 0;
    QList<QPair<qsizetype, qsizetype>> spans; // inner spans; two when a "she said" splits the quote
    QString text;
    QStringList words;
    QString speaker;
    bool cued = false;
};

struct Attribution
{
    QString speaker;
    bool cued = false;
};

qsizetype lineEnd(const QString &text, qsizetype from)
{
    const qsizetype nl = text.indexOf(QLatin1Char('\n'), from);
    return nl < 0 ? text.size() : nl;
}

qsizetype lineStart(const QString &text, qsizetype from)
{
    return from <= 0 ? 0 : text.lastIndexOf(QLatin1Char('\n'), from - 1) + 1;
}

// The last person mentioned before `pos`.
const PersonSpan *personBefore(const QList<PersonSpan> &people, qsizetype pos)
{
    auto it = std::lower_bound(people.cbegin(), people.cend(), pos,
                               [](const PersonSpan &p, qsizetype at) { return p.start < at; });
    return it == people.cbegin() ? nullptr : &*(it - 1);
}

// The person mentioned in [from, to) closest to `anchor`.
const PersonSpan *personNear(const QList<PersonSpan> &people, qsizetype from, qsizetype to, qsizetype anchor)
{
    auto it = std::lower_bound(people.cbegin(), people.cend(), from,
                               [](const PersonSpan &p, qsizetype at) { return p.start < at; });
    const PersonSpan *best = nullptr;
    qsizetype bestDistance = 0;
    for (; it != people.cend() && it->end <= to; ++it) {
        const qsizetype distance = it->end <= anchor ? anchor - it->end : it->start - anchor;
        if (!best || distance < bestDistance) {
            best = &*it;
            bestDistance = distance;
        }
    }
    return best;
}

bool isCue(const QList<Word> &words, qsizetype k)
{
    if (words.at(k).folded == u"according")
        return k + 1 < words.size() && words.at(k + 1).folded == u"to";
    return isSpeechVerb(words.at(k).folded);
}

// Resolves a cue at word `verb`: a person in [from, to) near it, or a pronoun next to it
// ("she said") pointing back to the last person mentioned.
Attribution attribute(const QList<Word> &words, const QList<PersonSpan> &people, qsizetype verb,
                      qsizetype from, qsizetype to, qsizetype before)
{
    if (const PersonSpan *p = personNear(people, from, to, words.at(verb).start))
        return { p->name, true };
    for (const qsizetype k : { verb - 1, verb + 1 }) {
        if (k >= 0 && k < words.size() && isPersonPronoun(words.at(k).folded)) {
            if (const PersonSpan *p = personBefore(people, before))
                return { p->name, true };
        }
    }
    return {};
}

Attribution findSpeaker(const QString &text, const QList<Word> &words, const QList<PersonSpan> &people,
                        const QuoteSpan &quote, qsizetype nextOpen)
{
    // After the quote, up to the end of the sentence: "…," said fire chief Mara Okafor.
    const qsizetype afterLimit = std::min(nextOpen, lineEnd(text, quote.close));
    qsizetype k = firstWordAtOrAfter(words, quote.close + 1);
    const qsizetype firstAfter = k;
    for (int count = 0; k < words.size() && words.at(k).start < afterLimit && count < MaxAttributionWords;
         ++k, ++count) {
        if (k > firstAfter && words.at(k).sentenceInitial)
            break;
        if (isCue(words, k)) {
            qsizetype end = k;
            while (end + 1 < words.size() && words.at(end + 1).start < afterLimit
                   && !words.at(end + 1).sentenceInitial && end - firstAfter < MaxAttributionWords)
                ++end;
            const Attribution a = attribute(words, people, k, quote.close, words.at(end).end, quote.open);
            if (!a.speaker.isEmpty())
                return a;
            break;
        }
    }
    // Before the quote, from the start of its sentence: Berglund said the season would be ‘paused’.
    const qsizetype paragraphStart = lineStart(text, quote.open);
    qsizetype b = firstWordAtOrAfter(words, quote.open) - 1;
    qsizetype sentenceStart = quote.open;
    for (int count = 0; b >= 0 && words.at(b).start >= paragraphStart && count < 3 * MaxAttributionWords;
         --b, ++count) {
        sentenceStart = words.at(b).start;
        if (words.at(b).sentenceInitial)
            break;
    }
    for (qsizetype v = firstWordAtOrAfter(words, quote.open) - 1;
         v >= 0 && words.at(v).start >= sentenceStart; --v) {
        if (isCue(words, v)) {
            const Attribution a = attribute(words, people, v, sentenceStart, quote.open, sentenceStart);
            if (!a.speaker.isEmpty())
                return a;
            break;
        }
    }
    // No cue: the nearest person in the paragraph, if any.
    constexpr qsizetype Reach = 400; // bounded, so huge paragraphs stay linear
    if (const PersonSpan *p
        = personNear(people, std::max(paragraphStart, quote.open - Reach),
                     std::min(lineEnd(text, quote.close), quote.close + Reach), quote.open))
        return { p->name, false };
    return {};
}

bool endsWithComma(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.endsWith(QLatin1Char(','));
}

// `"We got out," she said, "just in time."`: the words between two quotes only attribute them.
bool isSplitAttribution(const QString &text, const QList<Word> &words, const QuoteSpan &first,
                        const QuoteSpan &second)
{
    if (second.open - first.close > 80 || lineEnd(text, first.close) < second.open)
        return false;
    if (!endsWithComma(QStringView(text).mid(first.innerStart(), first.innerEnd() - first.innerStart())))
        return false;
    if (!endsWithComma(QStringView(text).mid(first.close + 1, second.open - first.close - 1)))
        return false;
    for (qsizetype k = firstWordAtOrAfter(words, first.close);
         k < words.size() && words.at(k).start < second.open; ++k) {
        if (isCue(words, k))
            return true;
    }
    return false;
}

// Similarity of two word sequences: 2·LCS / (|a| + |b|).
double similarity(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    if (a.size() > 400 || b.size() > 400)
        return a == b ? 1 : 0;
    QList<int> row(b.size() + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = 0;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row.at(j);
            row[j] = a.at(i - 1) == b.at(j - 1) ? diagonal + 1 : std::max(above, row.at(j - 1));
            diagonal = above;
        }
    }
    return 2.0 * row.at(b.size()) / double(a.size() + b.size());
}

int findRoot(QList<int> &parent, int x)
{
    while (parent.at(x) != x) {
        parent[x] = parent.at(parent.at(x));
        x = parent.at(x);
    }
    return x;
}

} // namespace

QStringList quoteWords(QStringView text)
{
    const QString folded = foldKey(text);
    QStringList words;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (c != QLatin1Char('\'') && !current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

QList<Suggestion> findQuotes(const Bundle &bundle, const QList<QList<Word>> &words,
                             const QList<QList<PersonSpan>> &people)
{
    QList<Occurrence> occurrences;
    for (int a = 0; a < bundle.articles.size(); ++a) {
        const QString &text = bundle.articles.at(a).text;
        const QList<QuoteSpan> quotes = QuoteFinder::find(text);
        for (qsizetype q = 0; q < quotes.size(); ++q) {
            const QuoteSpan &quote = quotes.at(q);
            Occurrence occ;
            occ.article = a;
            occ.spans.append({ quote.innerStart(), quote.innerEnd() });
            occ.text = text.mid(quote.innerStart(), quote.innerEnd() - quote.innerStart()).trimmed();
            Attribution who;
            if (q + 1 < quotes.size() && isSplitAttribution(text, words.at(a), quote, quotes.at(q + 1))) {
                const QuoteSpan &second = quotes.at(q + 1);
                occ.spans.append({ second.innerStart(), second.innerEnd() });
                occ.text += QLatin1Char(' ')
                    + text.mid(second.innerStart(), second.innerEnd() - second.innerStart()).trimmed();
                who = findSpeaker(text, words.at(a), people.at(a), quote, second.open);
                ++q;
            } else {
                const qsizetype nextOpen = q + 1 < quotes.size() ? quotes.at(q + 1).open : text.size();
                who = findSpeaker(text, words.at(a), people.at(a), quote, nextOpen);
            }
            occ.speaker = who.speaker;
            occ.cued = who.cued;
            occ.words = quoteWords(occ.text);
            occurrences.append(occ);
        }
    }

    // Group the same quote across articles; an inverted index keeps this near-linear.
    QList<int> parent(occurrences.size());
    std::iota(parent.begin(), parent.end(), 0);
    QHash<QString, QList<int>> postings;
    for (int i = 0; i < occurrences.size(); ++i) {
        const Occurrence &occ = occurrences.at(i);
        QHash<int, int> shared;
        QSet<QString> seen;
        for (const QString &w : occ.words) {
            if (seen.contains(w))
                continue;
            seen.insert(w);
            // Only the most recent occurrences of a common word: keeps grouping near-linear.
            const QList<int> &list = postings[w];
            for (qsizetype p = std::max<qsizetype>(0, list.size() - MaxPostings); p < list.size(); ++p)
                ++shared[list.at(p)];
        }
        for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
            const Occurrence &other = occurrences.at(it.key());
            const qsizetype shorter = std::min(occ.words.size(), other.words.size());
            if (it.value() * 2 < shorter || findRoot(parent, it.key()) == findRoot(parent, i))
                continue;
            const double score = similarity(occ.words, other.words);
            const bool sameSpeaker = !occ.speaker.isEmpty() && occ.speaker == other.speaker;
            if (score >= 0.6 || (sameSpeaker && score >= 0.45))
                parent[findRoot(parent, i)] = findRoot(parent, it.key());
        }
        for (const QString &w : std::as_const(seen))
            postings[w].append(i);
    }

    QHash<int, int> suggestionOfRoot;
    QList<Suggestion> result;
    QList<QHash<QString, int>> speakerVotes;
    QList<QSet<QString>> wordings;
    QList<bool> cued;
    for (int i = 0; i < occurrences.size(); ++i) {
        const Occurrence &occ = occurrences.at(i);
        const int root = findRoot(parent, i);
        int si = suggestionOfRoot.value(root, -1);
        if (si < 0) {
            si = int(result.size());
            suggestionOfRoot.insert(root, si);
            Suggestion s;
            s.kind = Suggestion::Quote;
            s.name = occ.text;
            result.append(s);
            speakerVotes.append(QHash<QString, int>());
            wordings.append(QSet<QString>());
            cued.append(false);
        }
        Suggestion &s = result[si];
        for (const auto &span : occ.spans) {
            const QString &text = bundle.articles.at(occ.article).text;
            s.mentions.append(SuggestedMention { occ.article, span.first, span.second,
                                                 text.mid(span.first, span.second - span.first) });
        }
        if (!occ.speaker.isEmpty())
            speakerVotes[si][occ.speaker] += occ.cued ? 2 : 1;
        wordings[si].insert(occ.words.join(QLatin1Char(' ')));
        cued[si] = cued.at(si) || occ.cued;
    }
    for (qsizetype si = 0; si < result.size(); ++si) {
        Suggestion &s = result[si];
        int best = 0;
        for (auto it = speakerVotes.at(si).cbegin(); it != speakerVotes.at(si).cend(); ++it) {
            if (it.value() > best || (it.value() == best && it.key() < s.speaker)) {
                best = it.value();
                s.speaker = it.key();
            }
        }
        s.altered = wordings.at(si).size() > 1;
        s.confidence = cued.at(si) ? 0.9 : (s.speaker.isEmpty() ? 0.5 : 0.65);
    }
    return result;
}

} // namespace sw::suggest

#include "gazetteer.h"
#include "suggestinternal.h"
#include "suggestlexicon.h"

#include <QHash>
#include <algorithm>

namespace sw::suggest {

namespace {

// Evidence weights: a "strong" cue decides the type on its own, a weak one only hints.
constexpr double Strong = 2.0;
constexpr double Weak = 1.0;

struct Candidate
{
    int article = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QString key;
    int wordCount = 0;
    bool initial = false;
    bool headline = false; ///< from a Title Case line, where capitals say little
    double person = 0, place = 0, org = 0;
    bool strong = false;
};

struct Group
{
    QString key;
    QList<int> candidates;
    double person = 0, place = 0, org = 0;
    bool strong = false;
    bool strongPlace = false, strongOrg = false, strongPerson = false;
    bool onlyInitial = true;
    bool onlyHeadline = true;
    int wordCount = 0;
    int outlet = -1; ///< index into the outlet list when the name is a bundle outlet
    bool keep = false;
    Suggestion::Kind kind = Suggestion::Person;
    int mergedInto = -1;
};

Suggestion::Kind strongestKind(double person, double place, double org)
{
    if (org >= person && org >= place)
        return Suggestion::Organisation;
    if (place >= person)
        return Suggestion::Place;
    return Suggestion::Person;
}

bool gapIsCommaOrSpace(const QString &text, qsizetype from, qsizetype to)
{
    int commas = 0;
    for (qsizetype k = from; k < to; ++k) {
        const QChar c = text.at(k);
        if (c == QLatin1Char(','))
            ++commas;
        else if (c != QLatin1Char(' '))
            return false;
    }
    return commas <= 1 && to > from;
}

bool joinsAcross(const QList<Word> &words, qsizetype segStart, qsizetype connector, qsizetype segEnd)
{
    const QString &c = words.at(connector).text;
    if (c != u"of" && c != u"and" && c != u"&" && c != u"for")
        return true; // "van", "de", "von": parts of personal and place names
    // "Fire and Rescue Service" joins; "Reyes of Chalmers University" is a person and a place of work.
    if (c == u"and" || c == u"&")
        return isOrganisationCue(words.at(segEnd).text);
    for (qsizetype k = segStart; k < connector; ++k) {
        if (isOrganisationCue(words.at(k).text))
            return true;
    }
    return false;
}

// A line where most words are capitalised ("Fire Destroys Harbour Theatre") is a headline.
bool isHeadline(const QString &text, const QList<Word> &words, qsizetype index)
{
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), words.at(index).start) + 1;
    qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), words.at(index).start);
    if (lineEnd < 0)
        lineEnd = text.size();
    qsizetype k = index;
    while (k > 0 && words.at(k - 1).start >= lineStart) {
        if (index - --k >= 40)
            return false; // long paragraphs are prose; stop early to stay linear
    }
    int total = 0, capitals = 0;
    for (; k < words.size() && words.at(k).start < lineEnd && total < 40; ++k) {
        ++total;
        capitals += words.at(k).capitalised ? 1 : 0;
    }
    return total >= 4 && total < 40 && capitals * 10 >= total * 6;
}

class EntityFinder
{
public:
    EntityFinder(const Bundle &bundle, const QList<QList<Word>> &words)
        : m_bundle(bundle)
        , m_words(words)
        , m_gazetteer(Gazetteer::instance())
    {
        for (const Article &a : bundle.articles) {
            const QString key = foldKey(a.outlet);
            if (!key.isEmpty() && !m_outletKeys.contains(key)) {
                m_outletKeys.append(key);
                m_outletNames.append(a.outlet);
            }
        }
    }

    QList<Suggestion> run(QList<QList<PersonSpan>> &people);

private:
    void scanArticle(int article);
    void addCandidate(int article, qsizetype first, qsizetype last, bool titleCue, qsizetype before);
    void buildGroups();
    void decideMultiWord();
    void linkSingleWords();
    int uniqueGroup(const QHash<QString, QList<int>> &map, const QString &key) const;
    int outletGroup(int outlet);
    QString displayName(const Group &g) const;

    const Bundle &m_bundle;
    const QList<QList<Word>> &m_words;
    const Gazetteer &m_gazetteer;
    QStringList m_outletKeys;
    QStringList m_outletNames;
    QList<Candidate> m_candidates;
    QList<Group> m_groups;
    QHash<QString, int> m_groupByKey;
};

void EntityFinder::scanArticle(int article)
{
    const QString &text = m_bundle.articles.at(article).text;
    const QList<Word> &words = m_words.at(article);
    const qsizetype n = words.size();
    qsizetype i = 0;
    while (i < n) {
        if (!words.at(i).capitalised) {
            ++i;
            continue;
        }
        bool titleCue = false;
        const bool roleTitle
            = isRoleWord(words.at(i).folded) && i + 1 < n && !isOrganisationCue(words.at(i + 1).text);
        if ((isTitle(words.at(i).folded) || roleTitle) && i + 1 < n && words.at(i + 1).capitalised
            && plainGap(text, words.at(i), words.at(i + 1)) && !isStopWord(words.at(i + 1).folded)
            && !isCalendarWord(words.at(i + 1).folded)) {
            titleCue = true;
            ++i;
        }
        const qsizetype before = titleCue ? i - 2 : i - 1;
        qsizetype j = i;
        while (j + 1 < n && !words.at(j).possessive) {
            const Word &next = words.at(j + 1);
            if (!plainGap(text, words.at(j), next))
                break;
            if (next.capitalised && !isCalendarWord(next.folded)) {
                ++j;
                continue;
            }
            if (!next.capitalised && isNameConnector(next.text) && j + 2 < n && words.at(j + 2).capitalised
                && !isCalendarWord(words.at(j + 2).folded) && plainGap(text, next, words.at(j + 2))) {
                j += 2;
                continue;
            }
            if (!next.capitalised && isPlaceFeature(next.folded))
                ++j;
            break;
        }
        // Split at connectors that do not belong to an organisation name ("Sweden and Norway").
        qsizetype segStart = i;
        qsizetype k = i;
        qsizetype segBefore = before;
        bool segTitle = titleCue;
        while (k <= j) {
            qsizetype segEnd = k;
            while (segEnd + 1 <= j
                   && (words.at(segEnd + 1).capitalised || isPlaceFeature(words.at(segEnd + 1).folded)))
                ++segEnd;
            if (segEnd + 2 <= j && joinsAcross(words, segStart, segEnd + 1, [&] {
                    qsizetype e = segEnd + 2;
                    while (e + 1 <= j && words.at(e + 1).capitalised)
                        ++e;
                    return e;
                }())) {
                k = segEnd + 2;
                continue;
            }
            addCandidate(article, segStart, segEnd, segTitle, segBefore);
            segBefore = segEnd + 1;
            segTitle = false;
            segStart = segEnd + 2;
            k = segStart;
        }
        i = j + 1;
    }
}

void EntityFinder::addCandidate(int article, qsizetype first, qsizetype last, bool titleCue, qsizetype before)
{
    const QString &text = m_bundle.articles.at(article).text;
    const QList<Word> &words = m_words.at(article);
    // Leading function words are not part of the name: "The Lindqvist Harbour Theatre".
    bool initial = !titleCue && first < words.size() && words.at(first).sentenceInitial;
    while (first <= last
           && (!words.at(first).capitalised || isStopWord(words.at(first).folded)
               || isCalendarWord(words.at(first).folded))) {
        ++first;
        initial = false;
    }
    if (first > last)
        return;

    Candidate c;
    c.article = article;
    c.start = words.at(first).start;
    c.end = words.at(last).end;
    c.wordCount = int(last - first + 1);
    c.initial = initial;
    c.headline = isHeadline(text, words, first);
    c.key = foldKey(QStringView(text).mid(c.start, c.end - c.start));
    if (c.wordCount == 1 && (isStopWord(c.key) || isCalendarWord(c.key) || words.at(first).text.size() < 2))
        return;

    const bool single = c.wordCount == 1;
    if (!single) {
        for (qsizetype k = first; k <= last; ++k) {
            if (isOrganisationCue(words.at(k).text)) {
                c.org += Strong;
                c.strong = true;
                break;
            }
        }
        if (isPlaceFeature(words.at(last).folded)) {
            c.place += Strong;
            c.strong = true;
        }
    }
    if (m_outletKeys.contains(c.key)) {
        c.org += 3 * Strong;
        c.strong = true;
    }
    if (m_gazetteer.isPlace(c.key) && !(initial && isCommonWord(c.key))) {
        c.place += 1.5 * Strong;
        c.strong = true;
    }
    if (titleCue) {
        c.person += 1.5 * Strong;
        c.strong = true;
    }
    if (before >= 0 && before < words.size()) {
        const Word &prev = words.at(before);
        const qsizetype nameStart = titleCue ? words.at(first - 1).start : c.start;
        if (!prev.capitalised && isRoleWord(prev.folded) && gapIsCommaOrSpace(text, prev.end, nameStart)) {
            c.person += Strong;
            c.strong = true;
        } else if (plainGap(text, prev, words.at(titleCue ? first - 1 : first))) {
            if (isSpeechVerb(prev.folded))
                c.person += Weak;
            else if (isPlacePreposition(prev.folded) && !titleCue)
                c.place += Weak;
        }
    }
    if (last + 1 < words.size()) {
        const Word &next = words.at(last + 1);
        if (plainGap(text, words.at(last), next) && isSpeechVerb(next.folded)) {
            c.person += Weak;
        } else if ((next.folded == u"a" || next.folded == u"an" || next.folded == u"the")
                   && gapIsCommaOrSpace(text, c.end, next.start) && text.at(c.end) == QLatin1Char(',')) {
            // "Samuel Reyes, a researcher at ...", "Tomas Hellgren, a spokesperson for ..."
            for (qsizetype k = last + 2; k < words.size() && k <= last + 4; ++k) {
                if (isRoleWord(words.at(k).folded)) {
                    c.person += Strong;
                    c.strong = true;
                    break;
                }
                if (!plainGap(text, words.at(k - 1), words.at(k)))
                    break;
            }
        }
    }
    m_candidates.append(c);
}

void EntityFinder::buildGroups()
{
    for (int ci = 0; ci < m_candidates.size(); ++ci) {
        const Candidate &c = m_candidates.at(ci);
        int gi = m_groupByKey.value(c.key, -1);
        if (gi < 0) {
            gi = int(m_groups.size());
            Group g;
            g.key = c.key;
            g.wordCount = c.wordCount;
            g.outlet = int(m_outletKeys.indexOf(c.key));
            m_groups.append(g);
            m_groupByKey.insert(c.key, gi);
        }
        Group &g = m_groups[gi];
        g.candidates.append(ci);
        g.person += c.person;
        g.place += c.place;
        g.org += c.org;
        g.strong = g.strong || c.strong;
        g.onlyInitial = g.onlyInitial && c.initial;
        g.onlyHeadline = g.onlyHeadline && c.headline;
        if (c.strong) {
            const Suggestion::Kind k = strongestKind(c.person, c.place, c.org);
            g.strongPerson = g.strongPerson || k == Suggestion::Person;
            g.strongPlace = g.strongPlace || k == Suggestion::Place;
            g.strongOrg = g.strongOrg || k == Suggestion::Organisation;
        }
    }
}

void EntityFinder::decideMultiWord()
{
    for (Group &g : m_groups) {
        if (g.wordCount < 2)
            continue;
        if (g.strong || g.person + g.place + g.org > 0) {
            g.kind = strongestKind(g.person, g.place, g.org);
            g.keep = true;
        } else if (g.wordCount <= 3 && !g.onlyHeadline) {
            g.kind = Suggestion::Person; // an unexplained capitalised pair is most often a name
            g.keep = true;
        }
    }
}

int EntityFinder::uniqueGroup(const QHash<QString, QList<int>> &map, const QString &key) const
{
    const QList<int> found = map.value(key);
    return found.size() == 1 ? found.first() : -1;
}

int EntityFinder::outletGroup(int outlet)
{
    const QString &key = m_outletKeys.at(outlet);
    int gi = m_groupByKey.value(key, -1);
    if (gi < 0) {
        gi = int(m_groups.size());
        Group g;
        g.key = key;
        g.wordCount = int(key.count(QLatin1Char(' ')) + 1);
        g.outlet = outlet;
        g.org = 3 * Strong;
        g.strong = g.strongOrg = true;
        g.onlyInitial = false;
        m_groups.append(g);
        m_groupByKey.insert(key, gi);
    }
    m_groups[gi].kind = Suggestion::Organisation;
    m_groups[gi].keep = true;
    return gi;
}

void EntityFinder::linkSingleWords()
{
    QHash<QString, QList<int>> lastNames, firstNames, orgFirstWords, outletLastWords;
    for (int gi = 0; gi < m_groups.size(); ++gi) {
        const Group &g = m_groups.at(gi);
        if (!g.keep || g.wordCount < 2)
            continue;
        const QStringList parts = g.key.split(QLatin1Char(' '));
        if (g.kind == Suggestion::Person) {
            lastNames[parts.constLast()].append(gi);
            firstNames[parts.constFirst()].append(gi);
        } else if (g.kind == Suggestion::Organisation) {
            orgFirstWords[parts.constFirst()].append(gi);
        }
    }
    for (int oi = 0; oi < m_outletKeys.size(); ++oi)
        outletLastWords[m_outletKeys.at(oi).split(QLatin1Char(' ')).constLast()].append(oi);

    const qsizetype groupCount = m_groups.size();
    for (qsizetype gi = 0; gi < groupCount; ++gi) {
        Group &g = m_groups[gi];
        if (g.wordCount != 1)
            continue;
        if (g.outlet >= 0) {
            g.kind = Suggestion::Organisation;
            g.keep = true;
            continue;
        }
        int target = -1;
        if (!g.strongPlace && !g.strongOrg) {
            target = uniqueGroup(lastNames, g.key);
            if (target < 0)
                target = uniqueGroup(firstNames, g.key);
        }
        if (target < 0 && !g.strongPlace && !g.strongPerson)
            target = uniqueGroup(orgFirstWords, g.key);
        if (target < 0 && !g.strong) {
            const QList<int> outlets = outletLastWords.value(g.key);
            if (outlets.size() == 1)
                target = outletGroup(outlets.first());
        }
        if (target >= 0) {
            m_groups[gi].mergedInto = target;
            continue;
        }
        if (g.strong) {
            g.kind = strongestKind(g.person, g.place, g.org);
            g.keep = true;
        } else if (!g.onlyInitial && g.person + g.place > 0) {
            g.kind = strongestKind(g.person, g.place, 0);
            g.keep = true;
        }
    }
}

QString EntityFinder::displayName(const Group &g) const
{
    if (g.outlet >= 0)
        return m_outletNames.at(g.outlet);
    QHash<QString, int> counts;
    QString best;
    int bestCount = 0;
    for (const int ci : g.candidates) {
        const Candidate &c = m_candidates.at(ci);
        const QString written = m_bundle.articles.at(c.article).text.mid(c.start, c.end - c.start);
        const int count = ++counts[written];
        if (count > bestCount) {
            best = written;
            bestCount = count;
        }
    }
    return best;
}

QList<Suggestion> EntityFinder::run(QList<QList<PersonSpan>> &people)
{
    for (int a = 0; a < m_bundle.articles.size(); ++a)
        scanArticle(a);
    buildGroups();
    decideMultiWord();
    linkSingleWords();

    // Fold merged groups' candidates into their targets.
    QList<QList<int>> members(m_groups.size());
    for (int gi = 0; gi < m_groups.size(); ++gi) {
        int target = gi;
        while (m_groups.at(target).mergedInto >= 0)
            target = m_groups.at(target).mergedInto;
        if (m_groups.at(target).keep)
            members[target].append(m_groups.at(gi).candidates);
    }

    QList<Suggestion> result;
    people = QList<QList<PersonSpan>>(m_bundle.articles.size());
    for (int gi = 0; gi < m_groups.size(); ++gi) {
        const Group &g = m_groups.at(gi);
        if (!g.keep || g.mergedInto >= 0 || members.at(gi).isEmpty())
            continue;
        Suggestion s;
        s.kind = g.kind;
        s.name = displayName(g);
        s.confidence = g.outlet >= 0 ? 0.95 : g.strong ? 0.9 : (g.person + g.place + g.org > 0 ? 0.65 : 0.5);
        QList<int> ids = members.at(gi);
        std::sort(ids.begin(), ids.end(), [&](int x, int y) {
            const Candidate &cx = m_candidates.at(x);
            const Candidate &cy = m_candidates.at(y);
            return cx.article != cy.article ? cx.article < cy.article : cx.start < cy.start;
        });
        for (const int ci : std::as_const(ids)) {
            const Candidate &c = m_candidates.at(ci);
            const QString &text = m_bundle.articles.at(c.article).text;
            s.mentions.append(
                SuggestedMention { c.article, c.start, c.end, text.mid(c.start, c.end - c.start) });
            if (s.kind == Suggestion::Person)
                people[c.article].append(PersonSpan { c.start, c.end, s.name });
        }
        result.append(s);
    }
    for (QList<PersonSpan> &spans : people)
        std::sort(spans.begin(), spans.end(),
                  [](const PersonSpan &x, const PersonSpan &y) { return x.start < y.start; });
    std::stable_sort(result.begin(), result.end(),
                     [](const Suggestion &x, const Suggestion &y) { return x.kind < y.kind; });
    return result;
}

} // namespace

QList<Suggestion> findEntities(const Bundle &bundle, const QList<QList<Word>> &words,
                               QList<QList<PersonSpan>> &people)
{
    EntityFinder finder(bundle, words);
    return finder.run(people);
}

} // namespace sw::suggest

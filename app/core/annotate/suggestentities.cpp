// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "gazetteer.h"
#include "suggestevidence.h"
#include "suggestinternal.h"
#include "suggestlexicon.h"
#include "suggestwordnet.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace sw::suggest {

namespace {

struct Candidate
{
    int article = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QString key;
    int wordCount = 0;
    bool initial = false;
    bool headline = false; ///< from a Title Case line, where capitals say little
    Evidence evidence;
};

struct Group
{
    QString key;
    QList<int> candidates;
    Evidence evidence;
    bool strongPlace = false, strongOrg = false, strongPerson = false;
    bool onlyInitial = true;
    bool onlyHeadline = true;
    int wordCount = 0;
    int outlet = -1; ///< index into the outlet list when the name is a bundle outlet
    bool keep = false;
    Suggestion::Kind kind = Suggestion::Person;
    double confidence = 0;
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

// Decides a group's type from its summed evidence; false when it is no entity (an event, a
// work, a nationality) or nothing speaks for any type.
bool decide(Group &g)
{
    const Evidence &e = g.evidence;
    const double person = e.person, place = e.places(), org = e.org;
    const double best = std::max({ person, place, org });
    if (best <= 0 || e.none >= best)
        return false;
    g.kind = strongestKind(person, place, org);
    const double runnerUp = g.kind == Suggestion::Person ? std::max({ place, org, e.none })
        : g.kind == Suggestion::Place                    ? std::max({ person, org, e.none })
                                                         : std::max({ person, place, e.none });
    g.confidence = EvidenceScorer::confidence(best, runnerUp);
    return true;
}

bool joinsAcross(const QList<Word> &words, qsizetype before, qsizetype segStart, qsizetype connector,
                 qsizetype segEnd)
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
    // After an article, "of" holds one name together: "the Red Crescent of Norland", "the Isle of
    // Skarn" (no person is "the X of Y"), unless a title or role heads it ("the Mayor of Brennick").
    const bool article = words.at(segStart).folded == u"the"
        || (before >= 0 && before < segStart && words.at(before).folded == u"the");
    if (c != u"of" || !article)
        return false;
    for (qsizetype k = segStart; k < connector; ++k) {
        if (isTitle(words.at(k).folded) || isRoleWord(words.at(k).folded))
            return false;
    }
    return true;
}

// "IHC", "BoN": letters only, two or more of them capitals, the first among them.
bool isAbbreviation(const QString &word)
{
    int capitals = 0;
    for (const QChar c : word) {
        if (!c.isLetter())
            return false;
        capitals += c.isUpper() ? 1 : 0;
    }
    return capitals >= 2 && word.at(0).isUpper();
}

// "MPs", "CEOs": people a name is followed by ("Centre Party MPs"), not part of it.
bool isPluralAcronym(const QString &word)
{
    if (word.size() < 3 || word.back() != QLatin1Char('s'))
        return false;
    for (qsizetype k = 0; k + 1 < word.size(); ++k) {
        if (!word.at(k).isUpper())
            return false;
    }
    return true;
}

// Whether `letters` (folded) is made of a beginning of each of `words` in turn, every word giving at
// least one letter and function words none or their first ("norsa": "NORthern Space Agency").
bool spelledByPrefixes(QStringView letters, const QStringList &words, qsizetype word = 0)
{
    if (word == words.size())
        return letters.isEmpty();
    const QString &w = words.at(word);
    if ((isNameConnector(w) || w == u"the") && spelledByPrefixes(letters, words, word + 1))
        return true;
    for (qsizetype n = 1; n <= std::min(letters.size(), w.size()); ++n) {
        if (letters.at(n - 1) != w.at(n - 1))
            return false;
        if (spelledByPrefixes(letters.mid(n), words, word + 1))
            return true;
    }
    return false;
}

// "the Bay area", "the Napa Valley area": a lower-case "area" after a geographic word is part of
// the name ("the Oslo area" is Oslo).
bool isAreaAfterFeature(const QList<Word> &words, qsizetype k)
{
    return k > 0 && words.at(k).folded == u"area" && !words.at(k).capitalised && words.at(k - 1).capitalised
        && isPlaceFeature(words.at(k - 1).folded);
}

// Whether word k continues the name before it: capitalised, a geographic word ("Göta älv"), or
// "area" after one.
bool continuesName(const QList<Word> &words, qsizetype k)
{
    return words.at(k).capitalised || isPartyNoun(words.at(k).text) || isPlaceFeature(words.at(k).folded)
        || isAreaAfterFeature(words, k);
}

// "Attorney's Office", "Sheriff's Department": an office named after the role that heads it is one
// organisation's name, its possessive included.
// The same for a body named after the people it serves: "Fishermen's Association", "Women's
// Institute", "Children's Hospital" (a plural in "-men", "people" or "children" before "'s").
bool possessiveOffice(const QString &text, const QList<Word> &words, qsizetype k)
{
    if (k + 1 >= words.size() || !words.at(k).capitalised)
        return false;
    // "the Insurers' Association", "the Farmers' Union": a plural owner's apostrophe alone.
    if (!words.at(k).possessive) {
        const Word &next = words.at(k + 1);
        const QStringView gap = QStringView(text).mid(words.at(k).end, next.start - words.at(k).end);
        return words.at(k).folded.endsWith(u's') && gap.size() == 2
            && (gap.at(0) == QLatin1Char('\'') || gap.at(0) == QChar(0x2019)) && gap.at(1) == QLatin1Char(' ')
            && next.capitalised && isOrganisationCue(next.text);
    }
    const QString &owner = words.at(k).folded;
    const bool servedPeople
        = owner.endsWith(u"men") || owner.endsWith(u"people") || owner.endsWith(u"children");
    // "St Aldric's Hospital", "Saint Mary's Church": named after a saint.
    const bool saint = k > 0 && (words.at(k - 1).text == u"St" || words.at(k - 1).text == u"Saint");
    if (!isTitle(owner) && !isRoleWord(owner) && !servedPeople && !saint)
        return false;
    const Word &next = words.at(k + 1);
    if (!next.capitalised || !isOrganisationCue(next.text))
        return false;
    // Only the "'s" and one space between them.
    const QStringView gap = QStringView(text).mid(words.at(k).end, next.start - words.at(k).end);
    return gap.size() == 3 && (gap.at(0) == QLatin1Char('\'') || gap.at(0) == QChar(0x2019))
        && gap.at(1) == QLatin1Char('s') && gap.at(2) == QLatin1Char(' ');
}

// After a closing parenthesis at `close`: spaces, then a dash ("(Nordpress) -").
// A word of [first, last] marks the name as a company, a club or an event ("American Airlines",
// "French Open"), so a leading nationality or adjective belongs to it.
bool namesOrganisationOrEvent(const QList<Word> &words, qsizetype first, qsizetype last)
{
    for (qsizetype k = first; k <= last; ++k) {
        if (isOrganisationCue(words.at(k).text) || isClubCue(words.at(k).text)
            || isEventCue(words.at(k).text))
            return true;
    }
    return false;
}

bool isDatelineAgency(const QString &text, qsizetype close)
{
    qsizetype k = close + 1;
    while (k < text.size() && text.at(k) == QLatin1Char(' '))
        ++k;
    return k < text.size()
        && (text.at(k) == QLatin1Char('-') || text.at(k) == QChar(0x2013) || text.at(k) == QChar(0x2014));
}

// A line where most words are capitalised ("Fire Destroys Harbour Theatre") is a headline.
bool isHeadline(const QString &text, const QList<Word> &words, qsizetype index)
{
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), words.at(index).start) + 1;
    qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), words.at(index).start);
    if (lineEnd < 0)
        lineEnd = text.size();
    // Headlines do not end like a sentence; the first of several lines is the title. A byline
    // ("By Anna Lind, Courts Reporter") is capitalised like a headline but names its author.
    if (lineEnd > lineStart && text.at(lineEnd - 1) == QLatin1Char('.'))
        return false;
    const QStringView opening = QStringView(text).mid(lineStart, 3);
    if (opening == u"By " || opening == u"BY ")
        return false;
    if (lineStart == 0 && lineEnd < text.size())
        return true;
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
        , m_scorer(m_outletKeys)
    {
        for (const Article &a : bundle.articles) {
            const QString key = foldKey(a.outlet);
            // An outlet named like a place (a file called after its city) says nothing.
            if (!key.isEmpty() && !m_outletKeys.contains(key) && !m_gazetteer.isPlace(key)) {
                m_outletKeys.append(key);
                m_outletNames.append(a.outlet);
            }
        }
    }

    QList<Suggestion> run(QList<QList<PersonSpan>> &people);

private:
    void scanArticle(int article);
    void addCandidate(int article, qsizetype first, qsizetype last, bool titleCue, qsizetype before);
    /// A candidate for part of a word ("Malmö" in "Malmö-based") with evidence for `kind`.
    void addPart(int article, qsizetype start, qsizetype end, Suggestion::Kind kind, qsizetype minLength = 2);
    void shareListTypes();
    void buildGroups();
    void decideMultiWord();
    void joinNameVariants();
    void linkSingleWords();
    int uniqueGroup(const QHash<QString, QList<int>> &map, const QString &key) const;
    int mainGroup(const QHash<QString, QList<int>> &map, const QString &key) const;
    int outletGroup(int outlet);
    QString displayName(const Group &g) const;

    const Bundle &m_bundle;
    const QList<QList<Word>> &m_words;
    const Gazetteer &m_gazetteer;
    QStringList m_outletKeys;
    QStringList m_outletNames;
    EvidenceScorer m_scorer;
    QList<Candidate> m_candidates;
    QList<Group> m_groups;
    QHash<QString, int> m_groupByKey;
};

// The network X: "wrote on X", "posted to X", "on TikTok and X", "X, formerly Twitter" (not "X-ray",
// "Plan X", "Mr X").
bool isPlatformX(const QString &text, const QList<Word> &words, qsizetype k)
{
    const Word &w = words.at(k);
    const auto charAfter = [&](qsizetype at) { return at < text.size() ? text.at(at) : QChar(); };
    const bool joined = charAfter(w.end) == QLatin1Char('-')
        || (charAfter(w.end) == QLatin1Char('.') && charAfter(w.end + 1).isLetter());
    if (w.text != u"X" || joined)
        return false;
    if (k + 2 < words.size() && words.at(k + 1).folded == u"formerly" && words.at(k + 2).folded == u"twitter")
        return true;
    if (k < 1 || !plainGap(text, words.at(k - 1), w))
        return false;
    const QString &prev = words.at(k - 1).folded;
    if (prev == u"on" || prev == u"to")
        return k >= 2 && !words.at(k - 2).capitalised;
    return (prev == u"and" || prev == u"or") && k >= 2 && isKnownPlatform(words.at(k - 2).folded);
}

// A stock or index code of a markets wire: "HAVL.KS", "EMT=", ".KSX25" (its parts are words).
bool isTicker(const QString &text, const Word &w)
{
    const QString &t = w.text;
    if (t.size() < 2 || t.size() > 7 || t != t.toUpper())
        return false;
    const qsizetype n = text.size();
    if (w.end < n && text.at(w.end) == QLatin1Char('='))
        return true; // "EMT="
    if (w.end + 1 < n && text.at(w.end) == QLatin1Char('.') && text.at(w.end + 1).isUpper()) {
        qsizetype k = w.end + 1;
        while (k < n && (text.at(k).isUpper() || text.at(k).isDigit()))
            ++k;
        if (k - w.end - 1 <= 3 && (k == n || !text.at(k).isLetter()))
            return true; // "HAVL.KS"
    }
    if (w.start > 0 && text.at(w.start - 1) == QLatin1Char('.')) {
        if (w.start == 1 || text.at(w.start - 2).isSpace())
            return true; // ".KSX25"
        if (text.at(w.start - 2).isUpper() && t.size() <= 3)
            return true; // the "KS" of "HAVL.KS"
    }
    return false;
}

void EntityFinder::scanArticle(int article)
{
    const QString &text = m_bundle.articles.at(article).text;
    const QList<Word> &words = m_words.at(article);
    const qsizetype n = words.size();
    qsizetype i = 0;
    while (i < n) {
        if (!words.at(i).capitalised || isTicker(text, words.at(i))) {
            // A dateline's agency written in lower case: "OSLO (nw-NEWS) -".
            const Word &w = words.at(i);
            if (w.start > 0 && text.at(w.start - 1) == QLatin1Char('(') && w.end < text.size()
                && text.at(w.end) == QLatin1Char(')') && w.text != w.folded && isDatelineAgency(text, w.end))
                addPart(article, w.start, w.end, Suggestion::Organisation);
            ++i;
            continue;
        }
        if (isPlatformX(text, words, i)) {
            addPart(article, words.at(i).start, words.at(i).end, Suggestion::Organisation, 1);
            ++i;
            continue;
        }
        bool titleCue = false;
        // "Justice Department", "General Council": a title word that starts an organisation's name.
        bool namesOrganisation = false;
        for (qsizetype k = i + 1; k < n && k <= i + 3 && words.at(k).capitalised && !namesOrganisation; ++k)
            namesOrganisation = isOrganisationCue(words.at(k).text);
        const bool roleTitle = isRoleWord(words.at(i).folded) && i + 1 < n;
        if ((isTitle(words.at(i).folded) || roleTitle) && !namesOrganisation && i + 1 < n
            && words.at(i + 1).capitalised && plainGap(text, words.at(i), words.at(i + 1))
            && !isStopWord(words.at(i + 1).folded) && !isCalendarWord(words.at(i + 1).folded)) {
            titleCue = true;
            ++i;
        }
        const qsizetype before = titleCue ? i - 2 : i - 1;
        qsizetype j = i;
        while (j + 1 < n && (!words.at(j).possessive || possessiveOffice(text, words, j))) {
            const Word &next = words.at(j + 1);
            // "Pemberton & Sayle": an ampersand between two capitalised words holds a firm's name.
            if (next.capitalised && words.at(j).capitalised
                && QStringView(text).mid(words.at(j).end, next.start - words.at(j).end) == u" & ") {
                ++j;
                continue;
            }
            if (!plainGap(text, words.at(j), next) && !possessiveOffice(text, words, j))
                break;
            if (next.capitalised && !isCalendarWord(next.folded) && !isPluralAcronym(next.text)
                && !isTicker(text, next)) {
                ++j;
                continue;
            }
            if (!next.capitalised && isNameConnector(next.text) && j + 2 < n && words.at(j + 2).capitalised
                && !isCalendarWord(words.at(j + 2).folded) && plainGap(text, next, words.at(j + 2))) {
                j += 2;
                continue;
            }
            // "Göta älv", "the Marlow Bay area"; not after a capitalised ordinary word that only
            // starts the sentence ("Former harbour chief", "Disgraced port boss").
            const Word &cur = words.at(j);
            const bool ordinaryStart = j == i && cur.sentenceInitial && m_scorer.isOrdinaryWord(cur.folded)
                && !m_gazetteer.isPlace(cur.folded);
            // An English one in lower case describes the place instead ("the Caribbean port city",
            // "the Pra River bridge").
            // "the National Forward party": a political body's noun in lower case belongs to its name.
            if (!next.capitalised && !ordinaryStart
                && ((isPlaceFeature(next.folded) && !m_scorer.isOrdinaryWord(next.folded))
                    || isAreaAfterFeature(words, j + 1) || isPartyNoun(next.text)))
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
            while (segEnd + 1 <= j && continuesName(words, segEnd + 1))
                ++segEnd;
            if (segEnd + 2 <= j && joinsAcross(words, segBefore, segStart, segEnd + 1, [&] {
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
    // Letters after a name are no part of it: "Rupert Sandivar KC", "Ama Boateng MP", "Joe Hale Jr".
    static const QSet<QString> postNominals {
        QStringLiteral("KC"),  QStringLiteral("QC"),  QStringLiteral("MP"),  QStringLiteral("MEP"),
        QStringLiteral("MSP"), QStringLiteral("MLA"), QStringLiteral("OBE"), QStringLiteral("CBE"),
        QStringLiteral("MBE"), QStringLiteral("Jr"),  QStringLiteral("Sr"),  QStringLiteral("PhD")
    };
    if (last > first + 1 && postNominals.contains(words.at(last).text))
        --last;
    if (first == last && isPlatformX(text, words, first)) { // "on TikTok and X"
        addPart(article, words.at(first).start, words.at(first).end, Suggestion::Organisation, 1);
        return;
    }
    // "trained at St Aldric's": a saint's name in the possessive, no name after it, is the short
    // form of the hospital, church or school named after the saint ("St Aldric's Hospital").
    if (titleCue && first == last && first > 0 && words.at(last).possessive
        && (words.at(first - 1).folded == u"st" || words.at(first - 1).folded == u"saint")
        && (last + 1 == words.size() || !words.at(last + 1).capitalised
            || !plainGap(text, words.at(last), words.at(last + 1)))) {
        // Two words, so it joins the whole name it begins.
        addPart(article, words.at(first - 1).start, std::min(text.size(), words.at(last).end + 2),
                Suggestion::Organisation);
        return;
    }
    // A copy the page cut off in the middle of a name ("... due out in September on Blue Lan"): the
    // last word of a paragraph of ten words or more with no punctuation after it may be a part of a
    // word (a credit line, "Photo: Anna Lind", ends without one too, but is short).
    if (last + 1 == words.size() && QStringView(text).mid(words.at(last).end).trimmed().isEmpty() && last >= 9
        && text.lastIndexOf(QLatin1Char('\n'), words.at(last).start) < words.at(last - 9).start) {
        qsizetype sentence = words.at(last).start;
        while (sentence > 0 && text.at(sentence - 1) != QLatin1Char('.')
               && text.at(sentence - 1) != QLatin1Char('\n'))
            --sentence;
        const QStringView tail = QStringView(text).mid(sentence, words.at(last).end - sentence);
        // Not a credit: "Photo: Anna Lind/Nordpress", "Reporting by ...; Editing by Kari Sund".
        const bool credit = tail.contains(QLatin1Char(':')) || tail.contains(QLatin1Char('/'))
            || tail.contains(QLatin1Char(';')) || (first > 0 && words.at(first - 1).folded == u"by");
        if (!credit)
            return;
    }
    // Leading function words are not part of the name: "The Lindqvist Harbour Theatre", but "New
    // York" and "Las Vegas" are places.
    bool initial = !titleCue && first < words.size() && words.at(first).sentenceInitial;
    bool placePrefix = false;
    bool organisationName = false;
    for (qsizetype k = first; k <= last && !organisationName; ++k)
        organisationName = isOrganisationCue(words.at(k).text);
    for (qsizetype k = first + 1; k <= last && k <= first + 2 && isStopWord(words.at(first).folded); ++k) {
        const qsizetype from = words.at(first).start;
        const QString key = foldKey(QStringView(text).mid(from, words.at(k).end - from));
        if (m_gazetteer.isPlace(key) || WordNet::instance().isPlaceName(key)) { // "New England"
            placePrefix = true;
            if (!organisationName && k < last) {
                addCandidate(article, k + 1, last, false, k);
                last = k;
            }
            break;
        }
    }
    // A leading word dropped from the name is its context ("By Anna Lind", "In Oslo").
    // A month that is also a given name stays before a surname ("By Jan Overbeek"; "In May Anna
    // Lind ..." is the month).
    auto calendarWord = [&](qsizetype k) {
        return isCalendarWord(words.at(k).folded)
            && !(isGivenName(words.at(k).folded) && k < last && words.at(k + 1).capitalised
                 && !isCalendarWord(words.at(k + 1).folded) && !isGivenName(words.at(k + 1).folded));
    };
    while (!placePrefix && first <= last
           && (!words.at(first).capitalised || isStopWord(words.at(first).folded) || calendarWord(first)
               || words.at(first).folded == u"copyright")) {
        before = first;
        ++first;
        initial = false;
    }
    bool nationality = false;
    // Nor is a nationality ("Swedish-born Anna Lind"), unless it names a company or an event
    // ("American Airlines", "French Open").
    if (first < last && isDemonym(words.at(first).folded)) {
        if (!namesOrganisationOrEvent(words, first + 1, last)) {
            ++first;
            initial = false;
            before = first - 1;
            nationality = true;
        }
    }
    // Nor is a kind of organisation that starts the sentence ("Lender Havlund Bank gained 1.4%"),
    // unless it is the only word that makes the name an organisation's ("Club Parque Sur").
    if (initial && first < last && isKindOfOrganisation(words.at(first).folded)
        && !(isOrganisationCue(words.at(first).text) && !namesOrganisationOrEvent(words, first + 1, last))) {
        ++first;
        initial = false;
        before = first - 1;
    }
    // Nor is an ordinary adjective or noun that starts the sentence ("Veteran Anna Lind said"),
    // unless it belongs to a place or an organisation ("Central Valley", "Royal Bank").
    if (initial && last - first >= 2 && !isGivenName(words.at(first).folded)
        && !isCompassWord(words.at(first).folded) && !isPlaceFeature(words.at(first).folded)
        && m_scorer.isOrdinaryWord(words.at(first).folded)
        && !m_gazetteer.isPlace(foldKey(
            QStringView(text).mid(words.at(first).start, words.at(last).end - words.at(first).start)))) {
        if (!isPlaceFeature(words.at(last).folded) && !namesOrganisationOrEvent(words, first, last)) {
            ++first;
            initial = false;
            before = first - 1;
            nationality = true; // a title may follow: "Former President Anna Lind"
        }
    }
    if (first > last)
        return;
    // "Malmö-based Acme": a place, then the name, most often a company's.
    bool based = false;
    if (words.at(first).folded.endsWith(u"-based")) {
        const Word &w = words.at(first);
        addPart(article, w.start, w.end - 6, Suggestion::Place);
        ++first;
        initial = false;
        before = first - 1;
        based = true;
        if (first > last)
            return;
    }
    // A title or role inside the run starts the name: "U.S. District Judge Anna Lind", and so does
    // the second word of a title ("Chief Executive Anna Lind", "Deputy Minister Ola Berg").
    for (qsizetype k = last - 1; k > first || ((nationality || titleCue) && k == first); --k) {
        const Word &w = words.at(k);
        if (!(isTitle(w.folded) || (isRoleWord(w.folded) && w.capitalised))
            || isStopWord(words.at(k + 1).folded))
            continue;
        bool organisation = false;
        for (qsizetype r = k + 1; r <= last && !organisation; ++r)
            organisation = isOrganisationCue(words.at(r).text);
        if (!organisation) {
            // "Port Ellery Mayor Dwayne Hollister": the town the mayor or governor heads (a name,
            // not "Acting Mayor").
            bool named = false;
            for (qsizetype r = first; r < k && !named; ++r)
                named = !m_scorer.isOrdinaryWord(words.at(r).folded);
            if ((w.folded == u"mayor" || w.folded == u"governor") && k > first && named)
                addPart(article, words.at(first).start, words.at(k - 1).end, Suggestion::Place);
            first = k + 1;
            titleCue = true;
            before = k - 1;
            initial = false;
        }
        break;
    }
    // Nor do ordinary words after a title in a headline ("Ex-Minister Sentenced Over Bridge Fraud").
    if (titleCue && last > first && !isGivenName(words.at(first).folded)) {
        bool ordinary = true;
        for (qsizetype k = first; k <= last && ordinary; ++k)
            ordinary = m_scorer.isOrdinaryWord(words.at(k).folded);
        if (ordinary)
            return;
    }
    // Nor does a role named by ordinary words ("By Ola Berg, Chief Sports Writer").
    if (last > first && isRoleWord(words.at(last).folded)) {
        bool ordinary = true;
        for (qsizetype k = first; k <= last && ordinary; ++k)
            ordinary = m_scorer.isOrdinaryWord(words.at(k).folded);
        if (ordinary)
            return;
    }
    // A title alone names nobody ("Former Deputy Minister for Roads").
    if (first == last && (isTitle(words.at(first).folded) || isRoleWord(words.at(first).folded)))
        return;
    // A portfolio between a title and the name: "Minister for Roads Kwame Mensah", "Secretary of
    // State Anna Lind" (the name keeps at least two words).
    if (before >= 1 && (words.at(before).folded == u"for" || words.at(before).folded == u"of")
        && words.at(before - 1).capitalised
        && (isTitle(words.at(before - 1).folded) || isRoleWord(words.at(before - 1).folded))) {
        qsizetype name = first;
        while (last - name >= 2 && m_scorer.isOrdinaryWord(words.at(name).folded)
               && !isGivenName(words.at(name).folded))
            ++name;
        if (name > first) {
            first = name;
            before = name - 1;
            titleCue = true;
            initial = false;
        }
    }
    // "Sweden-Norway border": two places in one word.
    if (first == last && words.at(first).text.contains(QLatin1Char('-'))) {
        const Word &w = words.at(first);
        const QStringList parts = w.text.split(QLatin1Char('-'));
        bool places = parts.size() >= 2;
        for (const QString &part : parts)
            places = places && !part.isEmpty() && part.at(0).isUpper() && m_gazetteer.isPlace(foldKey(part));
        if (places) {
            qsizetype at = w.start;
            for (const QString &part : parts) {
                addPart(article, at, at + part.size(), Suggestion::Place);
                at += part.size() + 1;
            }
            return;
        }
    }

    // "upstate New York", "downstate Illinois": the region of a state is a place of its own.
    if (first > 0 && !initial && isRegionPrefix(words.at(first - 1).folded)
        && !words.at(first - 1).capitalised && plainGap(text, words.at(first - 1), words.at(first))
        && m_gazetteer.isPlace(foldKey(
            QStringView(text).mid(words.at(first).start, words.at(last).end - words.at(first).start)))) {
        --first;
        before = first - 1;
    }

    Candidate c;
    c.article = article;
    c.start = words.at(first).start;
    c.end = words.at(last).end;
    c.wordCount = int(last - first + 1);
    c.initial = initial;
    c.headline = isHeadline(text, words, first);
    // Abbreviations keep their dot: "Acme Co.", "U.S.".
    bool letters = true;
    for (qsizetype k = first; k <= last && letters; ++k)
        letters = words.at(k).text.size() == 1 && words.at(k).abbreviation;
    if (c.end < text.size() && text.at(c.end) == QLatin1Char('.')
        && (letters
            || (c.wordCount > 1
                && (words.at(last).text == u"Co" || words.at(last).text == u"Inc"
                    || words.at(last).text == u"Ltd" || words.at(last).text == u"Corp"
                    || words.at(last).text == u"Bros" || words.at(last).text == u"Cos"))))
        ++c.end;
    c.key = foldKey(QStringView(text).mid(c.start, c.end - c.start));
    if (letters && c.wordCount >= 2) {
        QString code;
        for (qsizetype k = first; k <= last; ++k)
            code += words.at(k).folded;
        if (m_gazetteer.isPlaceCode(code)) {
            c.evidence.placeName = 3;
            c.evidence.strong = true;
            m_candidates.append(c);
        }
        return;
    }
    if (c.wordCount == 1 && (isStopWord(c.key) || isCalendarWord(c.key) || words.at(first).text.size() < 2))
        return;
    MentionContext context { text, words, first, last, titleCue, before, initial, c.headline };
    c.evidence = m_scorer.score(context, c.key);
    if (based)
        c.evidence.org += 1.0;
    m_candidates.append(c);
}

void EntityFinder::addPart(int article, qsizetype start, qsizetype end, Suggestion::Kind kind,
                           qsizetype minLength)
{
    const QString &text = m_bundle.articles.at(article).text;
    if (end - start < minLength || !text.at(start).isLetter())
        return;
    Candidate c;
    c.article = article;
    c.start = start;
    c.end = end;
    c.key = foldKey(QStringView(text).mid(start, end - start));
    c.wordCount = int(c.key.count(QLatin1Char(' '))) + 1;
    if (isStopWord(c.key) || isCalendarWord(c.key))
        return;
    (kind == Suggestion::Place ? c.evidence.place : c.evidence.org) += 3;
    if (m_gazetteer.isPlace(c.key))
        c.evidence.placeName += 3;
    c.evidence.strong = true;
    m_candidates.append(c);
}

// Names in a list ("Grenvik, Holm, and Saltby") are of one kind: members without evidence
// get a hint of the kind the list's strongly typed members agree on.
void EntityFinder::shareListTypes()
{
    const auto separates = [](QStringView gap) {
        return gap == u", " || gap == u", and " || gap == u" and " || gap == u", or " || gap == u" or ";
    };
    qsizetype runStart = 0;
    for (qsizetype i = 1; i <= m_candidates.size(); ++i) {
        if (i < m_candidates.size()) {
            const Candidate &prev = m_candidates.at(i - 1);
            const Candidate &c = m_candidates.at(i);
            if (c.article == prev.article && c.start > prev.end
                && separates(
                    QStringView(m_bundle.articles.at(c.article).text).mid(prev.end, c.start - prev.end)))
                continue;
        }
        if (i - runStart >= 3) {
            int votes[3] = { 0, 0, 0 };
            for (qsizetype k = runStart; k < i; ++k) {
                const Evidence &e = m_candidates.at(k).evidence;
                if (e.strong && e.none <= 0)
                    ++votes[strongestKind(e.person, e.places(), e.org)];
            }
            const int kinds = (votes[0] > 0) + (votes[1] > 0) + (votes[2] > 0);
            if (kinds == 1) {
                for (qsizetype k = runStart; k < i; ++k) {
                    Evidence &e = m_candidates[k].evidence;
                    if (e.person + e.places() + e.org + e.none > 0)
                        continue;
                    (votes[Suggestion::Person]      ? e.person
                         : votes[Suggestion::Place] ? e.place
                                                    : e.org)
                        += 1.0;
                }
            }
        }
        runStart = i;
    }
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
        g.evidence += c.evidence;
        g.onlyInitial = g.onlyInitial && c.initial;
        g.onlyHeadline = g.onlyHeadline && c.headline;
        if (c.evidence.strong) {
            const Evidence &e = c.evidence;
            const Suggestion::Kind k = strongestKind(e.person, e.places(), e.org);
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
        if (g.outlet >= 0) {
            g.kind = Suggestion::Organisation;
            g.confidence = 0.95;
            g.keep = true;
            continue;
        }
        const Evidence &e = g.evidence;
        if (std::max({ e.person, e.places(), e.org, e.none }) <= 0 && g.wordCount <= 3) {
            // "Jordan Vale" with no cue of its own while "Vale said" elsewhere: a name whose last
            // word alone is used like a person's is a person's (organisations are not called by
            // their last word), and the surname then joins it.
            const int single = m_groupByKey.value(g.key.section(QLatin1Char(' '), -1), -1);
            if (single >= 0) {
                const Evidence &s = m_groups.at(single).evidence;
                if (s.person > std::max({ s.places(), s.org, s.none }))
                    g.evidence.person += 1.0;
            }
        }
        g.keep = (g.evidence.strong || !g.onlyHeadline) && decide(g);
    }
}

int EntityFinder::uniqueGroup(const QHash<QString, QList<int>> &map, const QString &key) const
{
    const QList<int> found = map.value(key);
    return found.size() == 1 ? found.first() : -1;
}

// The person a surname alone means when several share it ("Osei said" in a story about Amara
// Osei that also names her brother Kwame Osei): the one named most often, if one is; else none.
int EntityFinder::mainGroup(const QHash<QString, QList<int>> &map, const QString &key) const
{
    const QList<int> found = map.value(key);
    int best = -1;
    qsizetype most = 0;
    bool tie = false;
    for (const int gi : found) {
        const qsizetype mentions = m_groups.at(gi).candidates.size();
        if (mentions > most) {
            best = gi;
            most = mentions;
            tie = false;
        } else if (mentions == most) {
            tie = true;
        }
    }
    return tie ? -1 : best;
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
        g.evidence.org = 6;
        g.evidence.strong = g.strongOrg = true;
        g.onlyInitial = false;
        m_groups.append(g);
        m_groupByKey.insert(key, gi);
    }
    m_groups[gi].kind = Suggestion::Organisation;
    m_groups[gi].confidence = 0.95;
    m_groups[gi].keep = true;
    return gi;
}

// "Bob Lind" and "Robert Lind", "Nick Berg" and "Nicholas Berg": one person.
void EntityFinder::joinNameVariants()
{
    QHash<QString, QList<int>> bySurname;
    for (int gi = 0; gi < m_groups.size(); ++gi) {
        const Group &g = m_groups.at(gi);
        if (g.keep && g.kind == Suggestion::Person && g.wordCount == 2)
            bySurname[g.key.section(QLatin1Char(' '), 1)].append(gi);
    }
    for (const QList<int> &same : std::as_const(bySurname)) {
        for (qsizetype x = 0; x < same.size(); ++x) {
            for (qsizetype y = x + 1; y < same.size(); ++y) {
                Group &a = m_groups[same.at(x)];
                Group &b = m_groups[same.at(y)];
                if (!a.keep || !b.keep
                    || !isSameGivenName(a.key.section(QLatin1Char(' '), 0, 0),
                                        b.key.section(QLatin1Char(' '), 0, 0)))
                    continue;
                // The less mentioned form joins the other; on a tie the nickname joins the full name.
                const bool aMinor = a.candidates.size() != b.candidates.size()
                    ? a.candidates.size() < b.candidates.size()
                    : a.key.size() < b.key.size();
                Group &minor = aMinor ? a : b;
                minor.mergedInto = same.at(&minor == &a ? y : x);
                minor.keep = false;
            }
        }
    }
}

void EntityFinder::linkSingleWords()
{
    joinNameVariants();
    QHash<QString, QList<int>> lastNames, firstNames, orgFirstWords, orgLastWords, orgPrefixes,
        outletLastWords, initials;
    QHash<QChar, QList<int>> namesByFirstLetter; // organisations and places of two words or more
    QSet<QString> regionsOf; // "Calvara" of "Eastern Calvara"
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
            orgLastWords[parts.constLast()].append(gi);
            for (qsizetype n = 2; n < parts.size(); ++n)
                orgPrefixes[QStringList(parts.mid(0, n)).join(QLatin1Char(' '))].append(gi);
        }
        if (g.kind == Suggestion::Place && parts.size() == 2 && isCompassWord(parts.constFirst()))
            regionsOf.insert(parts.constLast());
        if (g.kind != Suggestion::Person && parts.size() >= 2 && !g.key.isEmpty())
            namesByFirstLetter[g.key.front()].append(gi);
        if (g.kind != Suggestion::Person && parts.size() >= 2) {
            // "International Health Council" is "IHC", "Department of Justice" "DOJ" or "DJ".
            QString all, content;
            for (const QString &part : parts) {
                all.append(part.at(0));
                if (!isNameConnector(part) && part != u"the")
                    content.append(part.at(0));
            }
            initials[all].append(gi);
            if (content != all && content.size() >= 2)
                initials[content].append(gi);
        }
    }
    for (int oi = 0; oi < m_outletKeys.size(); ++oi)
        outletLastWords[m_outletKeys.at(oi).split(QLatin1Char(' ')).constLast()].append(oi);

    const Gazetteer &gazetteer = Gazetteer::instance();
    const qsizetype groupCount = m_groups.size();
    for (qsizetype gi = 0; gi < groupCount; ++gi) {
        Group &g = m_groups[gi];
        const Evidence &e = g.evidence;
        // "M&P" for "Marchbank & Pryce", "P&O" for "Peninsular & Oriental": capitals joined by an
        // ampersand abbreviate the one name they are the initials of.
        const Candidate &firstMention = m_candidates.at(g.candidates.first());
        const QString written = m_bundle.articles.at(firstMention.article)
                                    .text.mid(firstMention.start, firstMention.end - firstMention.start);
        static const QRegularExpression ampersand(QStringLiteral("^[A-Z]+&[A-Z]+$"));
        if (g.outlet < 0 && !g.strongPerson && ampersand.match(written).hasMatch()) {
            const int target = uniqueGroup(initials, written.toLower());
            if (target >= 0 && target != gi) {
                g.mergedInto = target;
                g.keep = false;
                continue;
            }
        }
        if (g.wordCount != 1) {
            // "Acme Scientific" in one article, "Acme Scientific Inc." in another: one company.
            if (g.outlet < 0 && !g.strongPerson && !g.strongPlace && e.none <= 0) {
                const int target = uniqueGroup(orgPrefixes, g.key);
                if (target >= 0 && target != gi) {
                    g.mergedInto = target;
                    g.keep = false;
                }
            }
            continue;
        }
        if (g.outlet >= 0) {
            g.kind = Suggestion::Organisation;
            g.confidence = 0.95;
            g.keep = true;
            continue;
        }
        if (e.none > 0 && e.none >= std::max({ e.person, e.places(), e.org }))
            continue; // a nationality, an event
        int target = -1;
        // The name as its first mention writes it. An abbreviation joins the one organisation or
        // place it spells ("IHC" for "International Health Council", "UAE" for "United Arab Emirates").
        const Candidate &first = m_candidates.at(g.candidates.first());
        const QString spelled
            = m_bundle.articles.at(first.article).text.mid(first.start, first.end - first.start);
        if (spelled.size() >= 2 && spelled.size() <= 6 && isAbbreviation(spelled) && !g.strongPerson
            && !isNonEntityAcronym(g.key)) {
            target = uniqueGroup(initials, g.key);
            // "NORSA" for "Northern Space Agency": the first letters of each word (three letters
            // or more, so two-letter codes keep to initials).
            if (target < 0 && spelled.size() >= 3) {
                for (const int oi : namesByFirstLetter.value(g.key.front())) {
                    if (oi == gi || !spelledByPrefixes(g.key, m_groups.at(oi).key.split(QLatin1Char(' '))))
                        continue;
                    if (target >= 0) {
                        target = -1; // two could be meant: neither
                        break;
                    }
                    target = oi;
                }
            }
            if (target >= 0) {
                m_groups[gi].mergedInto = target;
                continue;
            }
        }
        // A surname that is also a town ("Williams") still joins the person, unless the
        // articles use it as a place ("in Williams"); one that is a country ("Jordan") needs a
        // person's cue ("Jordan said").
        const bool personLike
            = !g.strongOrg && e.place <= e.person && (!gazetteer.isCountry(g.key) || e.person > e.place);
        if (personLike) {
            target = uniqueGroup(lastNames, g.key);
            if (target < 0)
                target = uniqueGroup(firstNames, g.key);
            if (target < 0)
                target = mainGroup(lastNames, g.key);
        }
        // "in Marwick" is the town "Marwick University" is named after, not the university.
        const bool usedAsPlace = e.place >= 1.0 && e.place > e.org;
        if (target < 0 && !g.strongPlace && !g.strongPerson && !usedAsPlace) {
            target = uniqueGroup(orgFirstWords, g.key);
            // "HRS" for "Harbour HRS": an abbreviation that ends an organisation's name.
            // "Rovers" for "Halden Rovers", "the Trust" for "Kelbridge Supporters' Trust": a club's
            // or an organisation's word that ends one organisation's name.
            if (target < 0
                && ((spelled.size() >= 2 && spelled == spelled.toUpper()) || isClubCue(spelled)
                    || isOrganisationCue(spelled)))
                target = uniqueGroup(orgLastWords, g.key);
        }
        if (target < 0 && !e.strong) {
            const QList<int> outlets = outletLastWords.value(g.key);
            if (outlets.size() == 1)
                target = outletGroup(outlets.first());
        }
        if (target >= 0) {
            m_groups[gi].mergedInto = target;
            continue;
        }
        // "Eastern Calvara" is a region of the place Calvara ("Calvara's health ministry").
        if (regionsOf.contains(g.key) && e.person <= 0 && e.org <= 0 && e.none <= 0) {
            g.evidence.placeName += 1.0;
            g.evidence.strong = true;
        }
        if (g.evidence.strong || !g.onlyInitial)
            g.keep = decide(g);
    }
}

QString EntityFinder::displayName(const Group &g) const
{
    if (g.outlet >= 0)
        return m_outletNames.at(g.outlet);
    // The most frequent spelling, a mixed-case one before capitals ("HALDEN, March 3" is a
    // dateline's way of writing Halden).
    auto capitals = [](const QString &written) { return written == written.toUpper(); };
    QHash<QString, int> counts;
    QString best;
    int bestCount = 0;
    for (const int ci : g.candidates) {
        const Candidate &c = m_candidates.at(ci);
        const QString written = m_bundle.articles.at(c.article).text.mid(c.start, c.end - c.start);
        const int count = ++counts[written];
        const bool better = best.isEmpty() || (capitals(best) && !capitals(written))
            || (capitals(best) == capitals(written) && count > bestCount);
        if (better) {
            best = written;
            bestCount = count;
        }
    }
    // A place only ever written in capitals, longer than a country or state code, is shown as a
    // name is written ("LOS ANGELES" -> "Los Angeles"; "USA" and "NYC" stay).
    if (g.kind == Suggestion::Place && capitals(best)) {
        if (best.size() > 4) {
            QString titled = best.toLower();
            for (qsizetype i = 0; i < titled.size(); ++i) {
                if (titled.at(i).isLetter() && (i == 0 || !titled.at(i - 1).isLetter()))
                    titled[i] = titled.at(i).toUpper();
            }
            return titled;
        }
    }
    return best;
}

// "posted on Instagram", "wrote on X", "shared via TikTok": the network named as where something
// was said is no one who could have said it.
bool namesTheMedium(const QString &text, qsizetype start, qsizetype end)
{
    if (!isKnownPlatform(text.mid(start, end - start).toCaseFolded()) && text.mid(start, end - start) != u"X")
        return false;
    const QStringView before = QStringView(text).first(start).trimmed();
    const qsizetype space = before.lastIndexOf(QLatin1Char(' '));
    const QStringView word = before.mid(space + 1);
    return word.compare(u"on", Qt::CaseInsensitive) == 0 || word.compare(u"via", Qt::CaseInsensitive) == 0
        || word.compare(u"across", Qt::CaseInsensitive) == 0;
}

QList<Suggestion> EntityFinder::run(QList<QList<PersonSpan>> &people)
{
    for (int a = 0; a < m_bundle.articles.size(); ++a)
        scanArticle(a);
    shareListTypes();
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
        s.confidence = g.confidence;
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
            if (s.kind != Suggestion::Place && !namesTheMedium(text, c.start, c.end))
                people[c.article].append(PersonSpan { c.start, c.end, s.name,
                                                      s.kind == Suggestion::Organisation, int(ids.size()) });
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

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "suggestevidence.h"

#include "gazetteer.h"
#include "suggestlexicon.h"
#include "suggestwordnet.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace sw::suggest {

namespace {

// A "strong" cue decides the type on its own, a weak one only hints.
constexpr double Strong = 2.0;
constexpr double Weak = 1.0;
// A capitalised pair ending in a word that is not ordinary English ("Mara Okafor") is most often
// a person: a hint that any real cue outweighs.
constexpr double NameShape = 0.75;

bool isQuoteMark(QChar c)
{
    switch (c.unicode()) {
    case '"':
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2018:
    case 0x2019:
    case 0x00AB:
    case 0x00BB:
        return true;
    default:
        return false;
    }
}

bool isDash(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2013) || c == QChar(0x2014);
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

// Words after a name that only an organisation has: "Acme shares rose".
bool isOrganisationContext(const QString &folded)
{
    static const QSet<QString> words {
        QStringLiteral("shares"),       QStringLiteral("stock"),        QStringLiteral("shareholders"),
        QStringLiteral("stockholders"), QStringLiteral("employees"),    QStringLiteral("headquarters"),
        QStringLiteral("subsidiary"),   QStringLiteral("spokesperson"), QStringLiteral("spokesman"),
        QStringLiteral("spokeswoman"),  QStringLiteral("executives"),   QStringLiteral("ceo"),
        QStringLiteral("board"),        QStringLiteral("website"),      QStringLiteral("customers"),
        QStringLiteral("account"),      QStringLiteral("accounts"),     QStringLiteral("feed"),
        QStringLiteral("app"),          QStringLiteral("platform"),
    };
    return words.contains(folded);
}

// Verbs whose object is a company: "agreed to acquire Acme".
bool isAcquisitionVerb(const QString &folded)
{
    return folded == u"acquire" || folded == u"acquired" || folded == u"acquiring" || folded == u"buy"
        || folded == u"bought" || folded == u"buying" || folded == u"purchase" || folded == u"merge";
}

// Nouns for places before "of": "the town of Grenvik".
bool isPlaceNoun(const QString &folded)
{
    static const QSet<QString> words {
        QStringLiteral("town"),         QStringLiteral("towns"),        QStringLiteral("city"),
        QStringLiteral("cities"),       QStringLiteral("village"),      QStringLiteral("villages"),
        QStringLiteral("county"),       QStringLiteral("counties"),     QStringLiteral("state"),
        QStringLiteral("states"),       QStringLiteral("province"),     QStringLiteral("provinces"),
        QStringLiteral("region"),       QStringLiteral("regions"),      QStringLiteral("district"),
        QStringLiteral("districts"),    QStringLiteral("suburb"),       QStringLiteral("suburbs"),
        QStringLiteral("island"),       QStringLiteral("islands"),      QStringLiteral("communities"),
        QStringLiteral("community"),    QStringLiteral("municipality"), QStringLiteral("neighbourhood"),
        QStringLiteral("neighborhood"), QStringLiteral("capital"),      QStringLiteral("port"),
        QStringLiteral("isle"),
    };
    return words.contains(folded);
}

// Buildings named after someone or something, after the name: "the Saint Albin school".
bool isBuildingNoun(const QString &folded)
{
    static const QSet<QString> words {
        QStringLiteral("school"),  QStringLiteral("hospital"),  QStringLiteral("church"),
        QStringLiteral("airport"), QStringLiteral("station"),   QStringLiteral("stadium"),
        QStringLiteral("arena"),   QStringLiteral("library"),   QStringLiteral("museum"),
        QStringLiteral("prison"),  QStringLiteral("cathedral"), QStringLiteral("mosque"),
        QStringLiteral("temple"),  QStringLiteral("synagogue"), QStringLiteral("campus"),
    };
    return words.contains(folded);
}

// Words of a credit line before "by": "Reporting by ...; Editing by ...".
bool isCreditWord(const QString &folded)
{
    return folded == u"reporting" || folded == u"editing" || folded == u"writing" || folded == u"written"
        || folded == u"edited" || folded == u"compiled" || folded == u"photo" || folded == u"photos"
        || folded == u"illustration" || folded == u"reported" || folded == u"additional";
}

// Nouns after a name that make it an event: "Wimbledon titles", "the Paris final".
bool isEventNoun(const QString &folded)
{
    static const QSet<QString> words {
        QStringLiteral("title"),         QStringLiteral("titles"),        QStringLiteral("champion"),
        QStringLiteral("champions"),     QStringLiteral("championship"),  QStringLiteral("final"),
        QStringLiteral("finals"),        QStringLiteral("semifinal"),     QStringLiteral("semifinals"),
        QStringLiteral("semi-final"),    QStringLiteral("semi-finals"),   QStringLiteral("quarterfinal"),
        QStringLiteral("quarterfinals"), QStringLiteral("quarter-final"), QStringLiteral("quarter-finals"),
        QStringLiteral("crown"),         QStringLiteral("trophy"),        QStringLiteral("singles"),
        QStringLiteral("doubles"),       QStringLiteral("qualifiers"),
    };
    return words.contains(folded);
}

// People of a sports team after its name: "Leeds manager", "Porto's goalkeeper", "Lyon fans".
bool isTeamWord(const QString &folded)
{
    static const QSet<QString> words {
        QStringLiteral("manager"),     QStringLiteral("coach"),       QStringLiteral("boss"),
        QStringLiteral("striker"),     QStringLiteral("strikers"),    QStringLiteral("midfielder"),
        QStringLiteral("midfielders"), QStringLiteral("defender"),    QStringLiteral("defenders"),
        QStringLiteral("goalkeeper"),  QStringLiteral("goalkeepers"), QStringLiteral("winger"),
        QStringLiteral("forward"),     QStringLiteral("squad"),       QStringLiteral("fans"),
        QStringLiteral("supporters"),  QStringLiteral("teammates"),   QStringLiteral("team-mates"),
        QStringLiteral("teammate"),    QStringLiteral("team-mate"),   QStringLiteral("playmaker"),
        QStringLiteral("skipper"),     QStringLiteral("academy"),
    };
    return words.contains(folded);
}

// Verbs of a match result between two teams: "Leeds beat Hull 2-1".
bool isResultVerb(const QString &folded)
{
    static const QSet<QString> words {
        QStringLiteral("beat"),     QStringLiteral("beats"),   QStringLiteral("defeated"),
        QStringLiteral("thrashed"), QStringLiteral("edged"),   QStringLiteral("drew"),
        QStringLiteral("draw"),     QStringLiteral("lost"),    QStringLiteral("hammered"),
        QStringLiteral("routed"),   QStringLiteral("stunned"), QStringLiteral("overcame"),
        QStringLiteral("against"),  QStringLiteral("versus"),  QStringLiteral("vs"),
    };
    return words.contains(folded);
}

// A match score: "2-1", "3–0" (an en dash splits it into two words).
bool isScoreAt(const QString &text, const QList<Word> &words, qsizetype k)
{
    const Word &w = words.at(k);
    const auto isGoals = [](QStringView s) {
        return !s.isEmpty() && s.size() <= 2
            && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
    };
    const qsizetype dash = w.text.indexOf(QLatin1Char('-'));
    if (dash > 0)
        return isGoals(QStringView(w.text).left(dash)) && isGoals(QStringView(w.text).mid(dash + 1));
    return isGoals(w.text) && k + 1 < words.size() && words.at(k + 1).start == w.end + 1
        && text.at(w.end) == QChar(0x2013) && isGoals(words.at(k + 1).text);
}

// A score within `span` words after word `from`, in the same sentence.
bool scoreFollows(const QString &text, const QList<Word> &words, qsizetype from, int span)
{
    for (qsizetype k = from + 1; k < words.size() && k <= from + span; ++k) {
        if (words.at(k).sentenceInitial)
            return false;
        if (isScoreAt(text, words, k))
            return true;
    }
    return false;
}

bool isAge(const Word &w)
{
    bool ok = false;
    const int n = w.text.toInt(&ok);
    return ok && n > 0 && n < 120;
}

// Words whose "of" names a place: "the mayor of Holm", "residents of Lund".
bool governsPlace(const QString &folded)
{
    static const QSet<QString> words {
        QStringLiteral("mayor"),     QStringLiteral("mayors"),      QStringLiteral("governor"),
        QStringLiteral("governors"), QStringLiteral("residents"),   QStringLiteral("inhabitants"),
        QStringLiteral("citizens"),  QStringLiteral("townspeople"), QStringLiteral("outskirts"),
    };
    return words.contains(folded);
}

// A name in capitals that opens a line and is followed by a date or an agency in parentheses and
// a dash: the dateline's town ("SKARNHAVN, April 14 (Nordwire) -", "BRENNICK (Nordwire) -").
bool isDatelinePlace(const QString &text, qsizetype start, qsizetype end)
{
    if (start > 0 && text.at(start - 1) != QLatin1Char('\n'))
        return false;
    const QStringView name = QStringView(text).mid(start, end - start);
    if (name.size() < 3 || name.toString().toUpper() != name || name.toString().toLower() == name)
        return false;
    if (text.mid(end, 2) == u", ") {
        qsizetype k = end + 2;
        while (k < text.size() && text.at(k).isLetter())
            ++k;
        return isCalendarWord(foldKey(QStringView(text).mid(end + 2, k - end - 2)));
    }
    if (text.mid(end, 2) != u" (")
        return false;
    const qsizetype close = text.indexOf(QLatin1Char(')'), end + 2);
    if (close < 0 || close - end > 40 || text.indexOf(QLatin1Char('\n'), end) < close)
        return false;
    qsizetype k = close + 1;
    while (k < text.size() && text.at(k) == QLatin1Char(' '))
        ++k;
    return k < text.size() && isDash(text.at(k));
}

// "the" right before the name, no title between ("the Rev. Anna Lind" has one).
bool afterArticle(const MentionContext &m)
{
    if (m.titleCue || m.before < 0 || m.before >= m.words.size())
        return false;
    const Word &prev = m.words.at(m.before);
    return prev.folded == u"the" && plainGap(m.text, prev, m.words.at(m.first));
}

} // namespace

Evidence &Evidence::operator+=(const Evidence &other)
{
    person += other.person;
    place += other.place;
    placeName += other.placeName;
    org += other.org;
    none += other.none;
    strong = strong || other.strong;
    return *this;
}

bool isAcronym(const Word &word)
{
    if (word.text.size() < 2 || word.text.size() > 5)
        return false;
    int letters = 0;
    for (const QChar c : word.text) {
        if (c.isLetter() && !c.isUpper())
            return false;
        letters += c.isLetter() ? 1 : 0;
    }
    return letters >= 2;
}

EvidenceScorer::EvidenceScorer(const QStringList &outletKeys)
    : m_outletKeys(outletKeys)
{ }

bool EvidenceScorer::isOrdinaryWord(const QString &folded) const
{
    auto it = m_ordinary.constFind(folded);
    if (it == m_ordinary.cend())
        it = m_ordinary.insert(folded, WordNet::instance().isCommonWord(folded));
    return *it;
}

bool EvidenceScorer::isWordNetPlace(const QString &folded) const
{
    auto it = m_wordNetPlaces.constFind(folded);
    if (it == m_wordNetPlaces.cend())
        it = m_wordNetPlaces.insert(folded, WordNet::instance().isPlaceName(folded));
    return *it;
}

double EvidenceScorer::confidence(double best, double runnerUp)
{
    if (best <= 0)
        return 0.0;
    const double margin = std::max(0.0, best - std::max(0.0, runnerUp));
    return std::min(0.98, 1.0 - 0.5 * std::exp(-0.5 * margin));
}

Evidence EvidenceScorer::score(const MentionContext &m, const QString &key) const
{
    Evidence e;
    scoreName(m, key, e);
    if (e.none >= 3 * Strong)
        return e; // an event or a nationality: the context cannot make it a name
    scoreBefore(m, e);
    scoreAfter(m, e);
    if (e.notPlaceHere)
        e.placeName = 0;
    if (e.notPersonHere)
        e.person = 0;
    return e;
}

void EvidenceScorer::scoreName(const MentionContext &m, const QString &key, Evidence &e) const
{
    const Word &firstWord = m.words.at(m.first);
    const Word &lastWord = m.words.at(m.last);
    const qsizetype count = m.last - m.first + 1;
    const bool single = count == 1;
    const bool acronym = single && isAcronym(firstWord);
    if (m_outletKeys.contains(key)) {
        e.org += 3 * Strong;
        e.strong = true;
        return;
    }
    if ((single && isDemonym(key)) || isEventCue(lastWord.text)) {
        e.none += 3 * Strong; // "Swiss", "Nobel Prize", "Champions League Final", "Nordic Cup"
        e.strong = true;
        return;
    }
    bool orgCue = false;
    for (qsizetype k = m.first; k <= m.last && !orgCue; ++k)
        orgCue = isOrganisationCue(m.words.at(k).text);
    if (!single && (orgCue || isClubCue(lastWord.text))) {
        e.org += Strong;
        e.strong = true;
    }
    // "Helvetia Prime Standard", "Varnholm Composite Index": a market or a segment of one, named
    // after a place or a company ("Consumer Price Index", all ordinary words, is a statistic).
    if (!single && !orgCue && isMarketCue(lastWord.text)) {
        bool named = false;
        for (qsizetype k = m.first; k < m.last && !named; ++k)
            named = !isOrdinaryWord(m.words.at(k).folded)
                || Gazetteer::instance().isPlace(m.words.at(k).folded);
        if (named) {
            e.org += Strong;
            e.strong = true;
            orgCue = true;
        }
    }
    if (!single && isWorkCue(lastWord.text))
        e.none += Strong;
    // "Acme's Managing Board", "its Supervisory Board": an organ named by ordinary words.
    const Word *owner = m.first > 0 ? &m.words.at(m.first - 1) : nullptr;
    if (!single && orgCue && owner
        && (owner->possessive || owner->folded == u"its" || owner->folded == u"their"
            || owner->folded == u"our")) {
        bool ordinary = true;
        for (qsizetype k = m.first; k <= m.last && ordinary; ++k)
            ordinary = isOrdinaryWord(m.words.at(k).folded);
        if (ordinary)
            e.none += 1.5 * Strong;
    }
    // "Bay Area": "area" extends a name only when capitalised or after a geographic word ("the
    // Bay area"; "the Oslo area" is Oslo).
    // "Grenvik City Hall", "Holm Town Hall": a building, a place ("Anna Hall" stays a name).
    const bool cityHall = count >= 3 && lastWord.text == u"Hall"
        && (m.words.at(m.last - 1).text == u"City" || m.words.at(m.last - 1).text == u"Town");
    if (!single && (isPlaceFeature(lastWord.folded) || lastWord.folded == u"area" || cityHall)) {
        e.placeName += Strong;
        e.strong = true;
    }
    const Gazetteer &gazetteer = Gazetteer::instance();
    const WordNet &wordNet = WordNet::instance();
    const QString rest = single ? QString() : key.mid(key.indexOf(QLatin1Char(' ')) + 1);
    // At a sentence's start, a town named like an everyday word ("Pop star Mira Solberg", "Split
    // decisions") is that word as likely as the town.
    if (gazetteer.isPlace(key) && !(m.initial && (isCommonWord(key) || (single && isOrdinaryWord(key))))) {
        e.placeName += 1.5 * Strong;
        e.strong = true;
    } else if (!single && isCompassWord(firstWord.folded)
               && (gazetteer.isPlace(rest) || isWordNetPlace(rest))) {
        e.placeName += 1.5 * Strong; // "Northern California", "Central Anatolia"
        e.strong = true;
    } else if (!acronym && !orgCue && isWordNetPlace(key)) {
        e.placeName += Strong; // WordNet knows it only as a place: "Kilimanjaro"
        e.strong = true;
    }
    if (acronym && !isNonEntityAcronym(key) && !gazetteer.isPlace(key))
        e.org += Weak; // "NASA", "FIFA"
    // "the Red Crescent of Norland", "the Port of Vellan": a name held together by "of" (only after
    // an article or with an organisation's word) names a body, or a place when a geographic noun
    // heads it ("the Isle of Skarn").
    if (!single && !orgCue && e.placeName <= 0 && e.none <= 0) {
        for (qsizetype k = m.first + 1; k < m.last; ++k) {
            if (m.words.at(k).folded != u"of")
                continue;
            const QString &head = m.words.at(k - 1).folded;
            (isPlaceNoun(head) || isPlaceFeature(head) ? e.place : e.org) += Weak;
            break;
        }
    }
    if (single || orgCue || e.placeName > 0 || e.none > 0 || e.org > 0)
        return;
    for (qsizetype k = m.first; k <= m.last; ++k) {
        if (isStopWord(m.words.at(k).folded))
            return; // a pronoun or function word inside: a title ("Did You Feel It"), not a name
    }
    if (isGivenName(firstWord.folded)
        || (firstWord.folded.contains(QLatin1Char('-'))
            && isGivenName(firstWord.folded.section(QLatin1Char('-'), 0, 0)))) {
        e.person += 1.5 * Weak; // "Anna Lind", "Anne-Lise Dahl"
        e.strong = true;
    } else if (count <= 3 && !m.headline && (!wordNet.available() || !isOrdinaryWord(lastWord.folded))) {
        e.person += NameShape;
    }
}

void EvidenceScorer::scoreBefore(const MentionContext &m, Evidence &e) const
{
    const QString &text = m.text;
    const qsizetype start = m.words.at(m.first).start;
    const qsizetype end = m.words.at(m.last).end;
    if (m.titleCue) {
        e.person += 1.5 * Strong;
        e.strong = true;
    }
    // A title of a work in quotation marks: the name fills the quotation ("Dark Horse").
    if (start > 0 && isQuoteMark(text.at(start - 1))) {
        qsizetype after = end;
        while (after < text.size()
               && (text.at(after) == QLatin1Char(',') || text.at(after) == QLatin1Char('.')
                   || text.at(after) == QLatin1Char('!') || text.at(after) == QLatin1Char('?')))
            ++after;
        if (after < text.size() && isQuoteMark(text.at(after)) && after - end <= 1) {
            e.none += 1.5 * Strong;
            e.strong = true;
        }
    }
    if (isDatelinePlace(text, start, end)) {
        e.placeName += Strong; // "SKARNHAVN, April 14 (Nordwire) -": where the story was filed
        e.strong = true;
    }
    // A dateline's agency or station: "OSLO (Nordpress) -", "(NTB) —".
    if (start > 0 && text.at(start - 1) == QLatin1Char('(') && end < text.size()
        && text.at(end) == QLatin1Char(')')) {
        qsizetype k = end + 1;
        while (k < text.size() && text.at(k).isSpace() && text.at(k) != QLatin1Char('\n'))
            ++k;
        if (k < text.size() && isDash(text.at(k))) {
            e.org += 2 * Strong; // outweighs a town of the same name
            e.strong = true;
        }
    }
    if (m.before < 0 || m.before >= m.words.size())
        return;
    const Word &prev = m.words.at(m.before);
    const Word &nameStart = m.words.at(m.titleCue ? m.first - 1 : m.first);
    const bool acronym = m.first == m.last && isAcronym(m.words.at(m.first));
    if (isRoleWord(prev.folded) && (!prev.capitalised || isAcronym(prev))
        && gapIsCommaOrSpace(text, prev.end, nameStart.start)) {
        e.person += Strong; // "fire chief Mara Okafor", "CEO Anna Lind"
        e.strong = true;
        return;
    }
    // A picture credit: "Photo: NTB", "Photo Credit: NORDPRESS/Anna Lind"; not a caption that
    // starts there with an ordinary word ("Photo: Streets under water").
    const bool ordinaryWord = m.first == m.last && isOrdinaryWord(m.words.at(m.first).folded);
    if ((isCreditWord(prev.folded) || prev.folded == u"credit") && !ordinaryWord) {
        const QStringView gap = QStringView(text).mid(prev.end, nameStart.start - prev.end).trimmed();
        if (gap == u":") {
            const QString name = text.mid(start, end - start);
            (name == name.toUpper() ? e.org : e.person) += Strong;
            e.strong = true;
            return;
        }
    }
    if (!plainGap(text, prev, nameStart))
        return;
    // An article right before the name: "the Red Crescent said" is no person's name, whatever a
    // given name at its start suggests (a title in between, "the Rev. Anna Lind", is a title cue).
    if (prev.folded == u"the" && !m.titleCue && m.first < m.last)
        e.notPersonHere = true;
    const Word *prev2 = m.before > 0 ? &m.words.at(m.before - 1) : nullptr;
    // "Reporting by Anna Lind and Ola Berg in Oslo": every name of a credit line.
    if (prev.folded == u"and") {
        for (qsizetype k = m.before - 1; k > 0 && k >= m.before - 12; --k) {
            const Word &w = m.words.at(k);
            if (w.sentenceInitial
                || text.mid(w.end, m.words.at(k + 1).start - w.end).contains(QLatin1Char(';')))
                break;
            if (w.folded == u"by" && isCreditWord(m.words.at(k - 1).folded)) {
                e.person += Strong;
                e.strong = true;
                return;
            }
        }
    }
    // Context that makes a known place's name something else: an event, a team.
    const bool placeName = e.placeName > 0;
    if (placeName && prev.folded == u"since" && !m.titleCue) {
        // "since Wimbledon in 2021", "since Wimbledon.": a time, so an event ("since Lind joined" is
        // a clause and says nothing).
        const qsizetype after = m.last + 1;
        const bool clause = after < m.words.size() && plainGap(text, m.words.at(m.last), m.words.at(after))
            && !m.words.at(after).capitalised && m.words.at(after).folded != u"in"
            && m.words.at(after).folded != u"last" && m.words.at(after).folded != u"this";
        if (!clause) {
            e.none += 2 * Strong;
            e.strong = e.notPlaceHere = true;
            return;
        }
    }
    if (placeName && isResultVerb(prev.folded) && m.first == m.last && scoreFollows(text, m.words, m.last, 3)
        && !Gazetteer::instance().isCountry(m.words.at(m.first).folded)) {
        e.org += Strong; // "beat Hull 2-1", "against Lyon 0-0": a team
        e.strong = e.notPlaceHere = true;
        return;
    }
    if (acronym && prev.folded == u"in" && Gazetteer::instance().isPlaceCode(m.words.at(m.first).folded)) {
        e.placeName += Strong; // "in NY", "in UK"
        e.strong = true;
        return;
    }
    if (isSpeechVerb(prev.folded) && prev.folded != u"told" && prev.folded != u"tells") {
        e.person += Weak; // "said Mara Okafor" ("told X" is as often a newspaper)
    } else if (isPlacePreposition(prev.folded) && !m.titleCue && !acronym) {
        // "at" and "from" come as often before companies and newspapers ("at Acme", "from the
        // Courier"): alone they stay under the default confidence threshold.
        e.place += (prev.folded == u"at" || prev.folded == u"from") ? 0.4 * Weak : Weak;
    } else if (isWorkNoun(prev.folded) && !prev.capitalised) {
        e.none += Strong; // "the song Dark Horse", "a show called Night Desk"
    } else if (prev.folded == u"for" && prev2 && m.before >= 2 && m.words.at(m.before - 2).folded == u"best"
               && (isWorkNoun(prev2->folded) || prev2->folded == u"actor" || prev2->folded == u"actress")) {
        e.none += Strong; // an award's work: "best album for Glass Coast", "best actor for Night Desk"
        e.strong = true;
    } else if (prev.folded == u"by" && (prev.sentenceInitial || (prev2 && isCreditWord(prev2->folded)))) {
        e.person += Strong; // "By Anna Lind", "Reporting by Anna Lind"
        e.strong = true;
    } else if (isAcquisitionVerb(prev.folded)) {
        e.org += Weak;
    } else if (prev.folded == u"of" && prev2 && (isPlaceNoun(prev2->folded) || governsPlace(prev2->folded))) {
        e.place += Strong; // "the town of Grenvik", "cities of Lund and Malmö", "the mayor of Holm"
        e.strong = true;
    } else if (prev.folded == u"of" && prev2 && (!prev2->capitalised || isAcronym(*prev2))
               && (isOrganisationContext(prev2->folded) || isRoleWord(prev2->folded))) {
        e.org += Weak; // "shares of Acme", "chief executive of Acme", "CEO of Acme"
    } else if (prev.folded == u"on" && prev2 && isSpeechVerb(prev2->folded) && m.first == m.last) {
        e.org += Strong; // a platform: "said on Facebook", "posted on Instagram"
        e.strong = true;
    } else if ((prev.folded == u"told" || prev.folded == u"tells") && m.first == m.last) {
        e.org += 0.5 * Weak; // "told Nordpress": a surname there joins its full name anyway
    }
}

void EvidenceScorer::scoreAfter(const MentionContext &m, Evidence &e) const
{
    const QString &text = m.text;
    const qsizetype end = m.words.at(m.last).end;
    const Word &lastWord = m.words.at(m.last);
    const bool lastAcronym = isAcronym(lastWord);
    // An embedded post's author: "… — Anna Lind (@annalind) May 3, 2024"; a ticker: "Acme (NYSE: ACM)".
    if (text.mid(end, 3) == u" (@") {
        (lastAcronym ? e.org : e.person) += Strong;
        e.strong = true;
    } else if (text.mid(end, 2) == u" (") {
        qsizetype k = end + 2;
        while (k < text.size() && text.at(k).isUpper())
            ++k;
        if (k > end + 3 && k < text.size() && text.at(k) == QLatin1Char(':')) {
            e.org += 1.5 * Strong;
            e.strong = true;
        }
    }
    if (m.last + 1 >= m.words.size())
        return;
    const Word &next = m.words.at(m.last + 1);
    const bool country = Gazetteer::instance().isCountry(m.words.at(m.first).folded) && m.first == m.last;
    // Only for names the lists call places: "Federer fans" and "Okafor's coach" say nothing.
    const bool placeName = e.placeName > 0;
    if (placeName && plainGap(text, lastWord, next) && !next.capitalised && !lastWord.possessive
        && isEventNoun(next.folded)) {
        e.none += 2 * Strong; // "Wimbledon titles", "the Paris final"
        e.strong = e.notPlaceHere = true;
        return;
    }
    if ((plainGap(text, lastWord, next) || (lastWord.possessive && next.start - end <= 3)) && placeName
        && !next.capitalised && !country
        && (isTeamWord(next.folded)
            || (isResultVerb(next.folded) && !lastWord.possessive
                && scoreFollows(text, m.words, m.last + 1, 4))
            || (isScoreAt(text, m.words, m.last + 1) && !lastWord.possessive))) {
        e.org += Strong; // "Leeds manager", "Porto's goalkeeper", "Lyon beat Nice 2-0": a team
        e.strong = e.notPlaceHere = true;
        return;
    }
    if (plainGap(text, lastWord, next) && !next.capitalised && !lastWord.possessive
        && isBuildingNoun(next.folded)) {
        e.place += Strong; // "the Saint Albin school", "Kellmoor hospital"
        e.strong = e.notPersonHere = true;
        return;
    }
    if (plainGap(text, lastWord, next) || (lastWord.possessive && next.start - end <= 3)) {
        if (isSpeechVerb(next.folded) && !lastAcronym && !lastWord.possessive && afterArticle(m)) {
            e.org += Weak; // "the Red Crescent said", "the Kremlin said": a body that speaks
        } else if (isSpeechVerb(next.folded) && !lastAcronym && !lastWord.possessive) {
            // "Mara Okafor said"; one word ("Acme said") is as often a company, and a surname
            // alone joins its full name anyway.
            e.person += m.first == m.last ? 0.4 * Weak : Weak;
            if (m.last + 3 < m.words.size() && m.words.at(m.last + 2).folded == u"in"
                && m.words.at(m.last + 3).folded == u"a" && m.last + 4 < m.words.size()
                && m.words.at(m.last + 4).folded == u"statement")
                e.org += Weak; // "Acme said in a statement"
        } else if (isOrganisationContext(next.folded))
            e.org += 1.5 * Weak; // "Acme shares", "Acme's board"
        else if (lastWord.possessive && !next.capitalised && isRoleWord(next.folded))
            e.person += Weak; // "Okafor's lawyer", "Lind's daughter"
        else if (!lastWord.possessive && !next.capitalised && isRoleWord(next.folded)
                 && m.last + 2 < m.words.size()
                 && (m.words.at(m.last + 2).capitalised || isRoleWord(m.words.at(m.last + 2).folded)))
            e.org += Weak; // "Acme chairman Anna Lind", "Acme chief executive Anna Lind"
    }
    if (end >= text.size() || text.at(end) != QLatin1Char(',') || !gapIsCommaOrSpace(text, end, next.start))
        return;
    // Appositions: "Samuel Reyes, a researcher at ...", "Anna Lind, 59,", "Lind, chief executive of".
    if (next.folded == u"a" || next.folded == u"an" || next.folded == u"the") {
        for (qsizetype k = m.last + 2; k < m.words.size() && k <= m.last + 4; ++k) {
            // "Ola Berg, a farmer who ...": a role, or anyone described by "who".
            if (isRoleWord(m.words.at(k).folded) || (k > m.last + 2 && m.words.at(k).folded == u"who")) {
                e.person += Strong;
                e.strong = true;
                return;
            }
            if (!plainGap(text, m.words.at(k - 1), m.words.at(k)))
                return;
        }
    } else if (isAge(next) && next.end < text.size() && text.at(next.end) == QLatin1Char(',')) {
        e.person += Strong;
        e.strong = true;
    } else if (isRoleWord(next.folded) && (!next.capitalised || isAcronym(next))) {
        e.person += Strong;
        e.strong = true;
    } else if (next.capitalised && Gazetteer::instance().isPlace(next.folded)) {
        e.place += 1.5 * Weak; // "Holm Valley, Vermont"
    }
}

} // namespace sw::suggest

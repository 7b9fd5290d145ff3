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
        QStringLiteral("app"),          QStringLiteral("platform"),     QStringLiteral("post"),
        QStringLiteral("posts"),
    };
    return words.contains(folded);
}

// Nouns for a vessel, before or after its name: "the ferry Thanh Loc 27", "the Astrid ferry".
bool isVesselNoun(const QString &folded)
{
    static const QSet<QString> words {
        QStringLiteral("ferry"),   QStringLiteral("ship"),      QStringLiteral("vessel"),
        QStringLiteral("boat"),    QStringLiteral("yacht"),     QStringLiteral("tanker"),
        QStringLiteral("trawler"), QStringLiteral("freighter"),
    };
    return words.contains(folded);
}

// Words that open a venue's or a street's name in English and other languages: "Arena Sabana",
// "Estadio Olímpico", "Praça Tomás Lobo", "Rua das Amendoeiras".
bool isLeadingPlaceWord(const QString &word)
{
    static const QSet<QString> words {
        QStringLiteral("Arena"),   QStringLiteral("Stadium"), QStringLiteral("Estadio"),
        QStringLiteral("Stadion"), QStringLiteral("Praça"),   QStringLiteral("Plaza"),
        QStringLiteral("Avenida"), QStringLiteral("Rua"),     QStringLiteral("Calle"),
        QStringLiteral("Rue"),     QStringLiteral("Cais"),    QStringLiteral("Piazza"),
        QStringLiteral("Largo"),   QStringLiteral("Paseo"),   QStringLiteral("Port"),
        QStringLiteral("Mount"),   QStringLiteral("Fort"),    QStringLiteral("Cape"),
        QStringLiteral("Lake"),    QStringLiteral("Costa"),
    };
    return words.contains(word);
}

// Nouns after a name that make it the name of a tour, a programme or a work: "her Sol de Mayo
// tour", "the Safe Roads programme".
bool isNamedThingNoun(const QString &folded)
{
    static const QSet<QString> words {
        QStringLiteral("tour"),       QStringLiteral("album"),      QStringLiteral("programme"),
        QStringLiteral("program"),    QStringLiteral("scheme"),     QStringLiteral("project"),
        QStringLiteral("initiative"), QStringLiteral("campaign"),   QStringLiteral("festival"),
        QStringLiteral("concert"),    QStringLiteral("exhibition"), QStringLiteral("series"),
        QStringLiteral("plan"),       QStringLiteral("policy"),     QStringLiteral("operation"),
    };
    return words.contains(folded) || isVesselNoun(folded);
}

// One word ending in a street word of a Nordic or German town: "Elvegata", "Storgatan".
bool isStreetWord(const QString &folded)
{
    static const QStringList endings { QStringLiteral("gata"),    QStringLiteral("gatan"),
                                       QStringLiteral("gaten"),   QStringLiteral("vegen"),
                                       QStringLiteral("veien"),   QStringLiteral("vagen"),
                                       QStringLiteral("strasse"), QStringLiteral("gade") };
    for (const QString &ending : endings) {
        if (folded.size() >= ending.size() + 3 && folded.endsWith(ending))
            return true;
    }
    return false;
}

// Whether the reporting verb at `verbStart` follows a quotation, a comma or a dash (an inverted
// attribution: "…," said Anna Lind) or opens the sentence, rather than a subject of its own.
bool attributionVerb(const QString &text, qsizetype verbStart)
{
    qsizetype k = verbStart - 1;
    while (k >= 0 && text.at(k).isSpace() && text.at(k) != QLatin1Char('\n'))
        --k;
    if (k < 0 || text.at(k) == QLatin1Char('\n'))
        return true;
    const QChar c = text.at(k);
    return c == QLatin1Char(',') || isQuoteMark(c) || isDash(c) || c == QLatin1Char('.')
        || c == QLatin1Char(':') || c == QLatin1Char(';');
}

// What is put on a platform: "a letter on Instagram", "a video on Tiktok" ("posted to Instagram"
// is read apart: "a letter to" names whom it was sent to).
bool isPostWord(const QString &folded)
{
    return folded == u"posted" || folded == u"post" || folded == u"letter" || folded == u"statement"
        || folded == u"message" || folded == u"video" || folded == u"shared" || folded == u"uploaded"
        || folded == u"streaming" || folded == u"streams" || folded == u"airs";
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
        QStringLiteral("isle"),         QStringLiteral("seat"),         QStringLiteral("constituency"),
        QStringLiteral("electorate"),   QStringLiteral("parish"),
    };
    return words.contains(folded);
}

// Buildings named after someone or something, after the name: "the Saint Albin school".
bool isBuildingNoun(const QString &folded)
{
    static const QSet<QString> words {
        QStringLiteral("school"),      QStringLiteral("hospital"),   QStringLiteral("church"),
        QStringLiteral("airport"),     QStringLiteral("station"),    QStringLiteral("stadium"),
        QStringLiteral("arena"),       QStringLiteral("library"),    QStringLiteral("museum"),
        QStringLiteral("prison"),      QStringLiteral("cathedral"),  QStringLiteral("mosque"),
        QStringLiteral("temple"),      QStringLiteral("synagogue"),  QStringLiteral("campus"),
        QStringLiteral("showgrounds"), QStringLiteral("showground"), QStringLiteral("mine"),
    };
    return words.contains(folded);
}

// Words of a credit line before "by": "Reporting by ...; Editing by ...".
bool isCreditWord(const QString &folded)
{
    return folded == u"reporting" || folded == u"editing" || folded == u"writing" || folded == u"written"
        || folded == u"edited" || folded == u"compiled" || folded == u"photo" || folded == u"photos"
        || folded == u"illustration" || folded == u"reported" || folded == u"additional"
        || folded == u"posted" || folded == u"contact" || folded == u"photograph" || folded == u"picture"
        || folded == u"pictures" || folded == u"image";
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
// At `at`: an agency in parentheses and a dash ("(APN) —"), on the same line.
bool isDatelineTail(const QString &text, qsizetype at)
{
    if (text.mid(at, 2) != u" (")
        return false;
    const qsizetype close = text.indexOf(QLatin1Char(')'), at + 2);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), at);
    if (close < 0 || close - at > 40 || (lineEnd >= 0 && lineEnd < close))
        return false;
    qsizetype k = close + 1;
    while (k < text.size() && text.at(k) == QLatin1Char(' '))
        ++k;
    return k < text.size() && isDash(text.at(k));
}

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
        if (isCalendarWord(foldKey(QStringView(text).mid(end + 2, k - end - 2))))
            return true;
        // "BELLHAVEN, Northmarch (APN) —": the town, then its region or country.
        return k > end + 3 && text.at(end + 2).isUpper() && isDatelineTail(text, k);
    }
    return isDatelineTail(text, end);
}

// The region or country after a dateline's town: "Northmarch" of "BELLHAVEN, Northmarch (APN) —".
bool isDatelineRegion(const QString &text, qsizetype start, qsizetype end)
{
    if (start < 4 || text.mid(start - 2, 2) != u", " || !isDatelineTail(text, end))
        return false;
    qsizetype k = start - 2;
    while (k > 0 && text.at(k - 1).isLetter() && !text.at(k - 1).isLower())
        --k;
    return start - 2 - k >= 3 && (k == 0 || text.at(k - 1) == QLatin1Char('\n'));
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
        if ((c.isLetter() && !c.isUpper()) || c.isDigit())
            return false; // "AU318" is a flight, "A320" a model
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
    // A word shouted in capitals ("GOAL!", "BREAKING") is no acronym.
    const bool acronym
        = single && isAcronym(firstWord) && !(firstWord.text.size() >= 4 && isOrdinaryWord(key));
    if (m_outletKeys.contains(key)) {
        e.org += 3 * Strong;
        e.strong = true;
        return;
    }
    if ((single && isDemonym(key)) || isEventCue(lastWord.text)
        || (count == 2 && isCompassWord(firstWord.folded) && isDemonym(lastWord.folded))
        || (!single && isNamedWeather(firstWord.text, m.words.at(m.first + 1).text))) {
        e.none += 3 * Strong; // "Swiss", "Nobel Prize", "Champions League Final", "Nordic Cup"
        e.strong = true;
        return;
    }
    bool orgCue = false;
    for (qsizetype k = m.first; k <= m.last && !orgCue; ++k)
        orgCue = isOrganisationCue(m.words.at(k).text);
    orgCue = orgCue || (!single && isPartyNoun(lastWord.text)); // "the National Forward party"
    // "Pemberton & Sayle", "Harlan & Cole": a firm named after its founders.
    const bool ampersand = !single && key.contains(QLatin1String(" & "));
    if (!single && (orgCue || isClubCue(lastWord.text) || ampersand)) {
        e.org += Strong;
        e.strong = true;
    }
    if (single && isKnownPlatform(key)) {
        e.org += 2 * Strong; // "clips on TikTok", "the show's YouTube channel"
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
    // "Flight AU318", "Airbus A320neo": a code of letters and digits names a flight or a model.
    const auto hasDigit = [](const QString &w) {
        return std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
    };
    const auto hasLetter = [](const QString &w) {
        return std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); });
    };
    if (!single && hasDigit(lastWord.text) && hasLetter(lastWord.text)) {
        e.none += 2 * Strong;
        e.strong = true;
    }
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
    // "Parliament House", "Government House", "Sydney Opera House": the building a body sits in.
    if (count >= 2 && lastWord.text == u"House" && isOrganisationCue(m.words.at(m.last - 1).text)) {
        e.placeName += 2 * Strong;
        e.strong = true;
    }
    // "Arena Sabana", "Estadio Olímpico": a venue whose word comes first.
    const bool venue = !single && !orgCue && isLeadingPlaceWord(firstWord.text);
    if (!single && (isPlaceFeature(lastWord.folded) || lastWord.folded == u"area" || cityHall || venue)) {
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
    // A town's street in its own language: "Elvegata", "Storgatan", "Hauptstraße".
    if (single && !acronym && isStreetWord(key)) {
        e.placeName += Strong;
        e.strong = true;
    }
    if (acronym && isCountryAbbreviation(firstWord.text)) {
        e.placeName += 1.5 * Strong; // "US regulators", "the UK and Ireland"
        e.strong = true;
    } else if (acronym && !isNonEntityAcronym(key) && !gazetteer.isPlace(key))
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
    } else if (count == 2 && isCompassWord(firstWord.folded)) {
        e.place += Weak; // "East Legon", "North Kivu": a part of a place the lists do not know
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
    // A title of a work in quotation marks: the name fills the quotation ("Dark Horse", "The Ballad
    // of Otis Crane": an article that opens the title is left out of the name).
    qsizetype opening = start;
    for (const QStringView article : { QStringView(u"The "), QStringView(u"A "), QStringView(u"An ") }) {
        if (start > article.size() && QStringView(text).mid(start - article.size(), article.size()) == article
            && isQuoteMark(text.at(start - article.size() - 1)))
            opening = start - article.size();
    }
    if (opening > 0 && isQuoteMark(text.at(opening - 1))) {
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
    // A photographer after an agency's slash: "(Photo: Lisbon Live/Beatriz Nunes)".
    // ("(Photo: Orla Byrne/Celtic Press Association)" names the agency second.)
    bool agencyWord = false;
    for (qsizetype k = m.first; k <= m.last && !agencyWord; ++k)
        agencyWord = isOrganisationCue(m.words.at(k).text);
    if (start > 0 && text.at(start - 1) == QLatin1Char('/') && m.first < m.last && !agencyWord
        && end < text.size() && (text.at(end) == QLatin1Char(')') || text.at(end) == QLatin1Char(','))) {
        e.person += Strong;
        e.strong = true;
    }
    // A picture's credit in parentheses: "(Jonah Whitfield/StarLine)", "(NORSA/handout)".
    if (start > 0 && text.at(start - 1) == QLatin1Char('(') && end < text.size()
        && text.at(end) == QLatin1Char('/')
        && !isCreditWord(m.words.at(m.last).folded)) { // "(AP Photo/Anna Lind)" credits Anna Lind
        (m.first == m.last ? e.org : e.person) += Strong;
        e.strong = true;
    }
    if (isDatelinePlace(text, start, end) || isDatelineRegion(text, start, end)) {
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
    // "indie band The Glasshouse Kites", "the label The Quiet Room": a name whose capital "The" follows
    // a kind of organisation in the middle of a sentence is that organisation's.
    if (prev.folded == u"the" && prev.capitalised && !prev.sentenceInitial && m.before > 0
        && plainGap(text, prev, nameStart)) {
        const Word &kind = m.words.at(m.before - 1);
        if (!kind.capitalised && isKindOfOrganisation(kind.folded) && plainGap(text, kind, prev)) {
            e.org += 2 * Strong;
            e.strong = e.notPersonHere = true;
            return;
        }
    }
    // A picture credit: "Photo: NTB", "Photo Credit: NORDPRESS/Anna Lind"; not a caption that
    // starts there with an ordinary word ("Photo: Streets under water").
    const bool ordinaryWord = m.first == m.last && isOrdinaryWord(m.words.at(m.first).folded);
    if ((isCreditWord(prev.folded) || prev.folded == u"credit") && !ordinaryWord) {
        const QStringView gap = QStringView(text).mid(prev.end, nameStart.start - prev.end).trimmed();
        if (gap == u":") {
            const QString name = text.mid(start, end - start);
            // "Photo: Firewatch/Hannah Price": one word before the slash is the agency ("Photo: Anna
            // Lind/Courier" names the photographer first).
            const bool agency = name == name.toUpper()
                || (m.first == m.last && end < text.size() && text.at(end) == QLatin1Char('/'));
            (agency ? e.org : e.person) += Strong;
            e.strong = true;
            return;
        }
    }
    // "the ticketing firm Skanbo", "her record label, Casa Brava, said": a kind of organisation.
    // ("the owner of the towing company, Anton Kessler, 55," is its owner: an age says person.)
    const bool agedAfter
        = m.last + 1 < m.words.size() && isAge(m.words.at(m.last + 1)) && text.mid(end, 2) == u", ";
    if (!prev.capitalised && isKindOfOrganisation(prev.folded) && !isGivenName(nameStart.folded) && !agedAfter
        && (plainGap(text, prev, nameStart)
            || (gapIsCommaOrSpace(text, prev.end, nameStart.start) && end < text.size()
                && text.at(end) == QLatin1Char(',')))) {
        e.org += 2 * Strong; // outweighs "in X" elsewhere ("published in Planetary Frontiers")
        e.strong = e.notPersonHere = true;
        return;
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
            if (text.mid(w.end, m.words.at(k + 1).start - w.end).contains(QLatin1Char(';')))
                break;
            // "Reporting by A and B", and a byline "By A and B".
            if (w.folded == u"by" && (w.sentenceInitial || isCreditWord(m.words.at(k - 1).folded))) {
                e.person += Strong;
                e.strong = true;
                return;
            }
            if (w.sentenceInitial)
                break;
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
        // "…," said Mara Okafor": an attribution; after a subject ("Lind said Acme had …") the
        // name starts what was said and says nothing of its type.
        if (!attributionVerb(text, prev.start))
            return;
        e.person += Weak; // "said Mara Okafor" ("told X" is as often a newspaper)
    } else if (prev.folded == u"from" && prev2 && !m.titleCue && !acronym
               && (isRoleWord(prev2->folded) || prev2->folded.endsWith(u"-year-old"))) {
        e.place += Strong; // "a nurse from Blacktown", "the 24-year-old from Geraldton"
        e.strong = true;
    } else if (prev.folded == u"for" && prev2
               && (prev2->folded == u"spokesperson" || prev2->folded == u"spokesman"
                   || prev2->folded == u"spokeswoman")) {
        e.org += Strong; // "a spokesperson for Halden Homes"
        e.strong = e.notPersonHere = true;
    } else if (prev.folded == u"in" && prev2 && prev2->folded == u"published" && !placeName) {
        e.org += Weak; // "published in Planetary Frontiers": a journal
    } else if (isPlacePreposition(prev.folded) && !m.titleCue && !acronym) {
        // "at" and "from" come as often before companies and newspapers ("at Acme", "from the
        // Courier"): alone they stay under the default confidence threshold.
        e.place += (prev.folded == u"at" || prev.folded == u"from") ? 0.4 * Weak : Weak;
    } else if (!prev.capitalised && isVesselNoun(prev.folded)) {
        e.none += 2 * Strong; // a vessel: "the ferry Thanh Loc 27"
        e.strong = e.notPlaceHere = e.notPersonHere = true;
    } else if (isWorkNoun(prev.folded) && !prev.capitalised) {
        e.none += Strong; // "the song Dark Horse", "a show called Night Desk"
        // A noun for the work says so even of a town's name: "her album Agua Dulce".
        if (!prev.folded.endsWith(u"ed")) {
            e.none += Strong;
            e.strong = e.notPlaceHere = e.notPersonHere = true;
        }
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
    } else if (prev2 && m.first == m.last
               && ((prev.folded == u"on" && (isSpeechVerb(prev2->folded) || isPostWord(prev2->folded)))
                   || (prev.folded == u"to"
                       && (prev2->folded == u"posted" || prev2->folded == u"uploaded"
                           || prev2->folded == u"shared" || prev2->folded == u"took")))) {
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
    // "her Sol de Mayo tour", "the Safe Roads programme": the name of a tour or a programme.
    if (!placeName && plainGap(text, lastWord, next) && !next.capitalised && !lastWord.possessive
        && isNamedThingNoun(next.folded) && m.before >= 0 && m.before == m.first - 1) {
        const QString &det = m.words.at(m.before).folded;
        if (det == u"the" || det == u"her" || det == u"his" || det == u"their" || det == u"its"
            || det == u"our" || det == u"my" || det == u"your") {
            e.none += 2 * Strong;
            e.strong = e.notPersonHere = true;
            return;
        }
    }
    // An everyday word that only opens the sentence ("Metro station ...", "Former harbour chief",
    // "Rest, sister.") takes none of the cues after it.
    const bool everydayOpener = m.initial && m.first == m.last && isOrdinaryWord(lastWord.folded);
    if (plainGap(text, lastWord, next) && !next.capitalised && !lastWord.possessive && !everydayOpener
        && isBuildingNoun(next.folded)) {
        e.place += Strong; // "the Saint Albin school", "Kellmoor hospital"
        e.strong = e.notPersonHere = true;
        return;
    }
    // Not a capitalised ordinary word that only starts the sentence ("Former harbour chief").
    if (plainGap(text, lastWord, next) && !next.capitalised && !lastWord.possessive && !everydayOpener
        && (isPlaceFeature(next.folded) || next.folded == u"neighbourhood" || next.folded == u"neighborhood"
            || next.folded == u"suburb" || next.folded == u"borough" || next.folded == u"township")) {
        // "the Vellan river", "the Caribbean port city", "the Fox Point neighborhood" (the word is no
        // part of the name)
        e.place += Strong;
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
            // "Casa Brava, the Medellín-based label that ...": a kind of organisation ("a company
            // director" is a person).
            if (isKindOfOrganisation(m.words.at(k).folded)
                && !(k + 1 < m.words.size() && isRoleWord(m.words.at(k + 1).folded))) {
                e.org += Strong;
                e.strong = e.notPersonHere = true;
                return;
            }
            if (!plainGap(text, m.words.at(k - 1), m.words.at(k)))
                return;
        }
    } else if (isAge(next) && next.end < text.size() && text.at(next.end) == QLatin1Char(',')) {
        e.person += Strong;
        e.strong = true;
    } else if (isRoleWord(next.folded) && (!next.capitalised || isAcronym(next)) && !everydayOpener) {
        // Not an everyday word that opens a sentence: "Rest, sister." addresses someone.
        e.person += Strong;
        e.strong = true;
    } else if (next.capitalised && Gazetteer::instance().isPlace(next.folded)) {
        e.place += 1.5 * Weak; // "Holm Valley, Vermont"
    }
}

} // namespace sw::suggest

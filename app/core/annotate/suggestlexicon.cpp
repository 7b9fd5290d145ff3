// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "suggestlexicon.h"

#include <QSet>
#include <QStringList>
#include <algorithm>
#include <initializer_list>

namespace sw::suggest {

QSet<QString> makeWordSet(std::initializer_list<const char16_t *> words)
{
    QSet<QString> set;
    set.reserve(qsizetype(words.size()));
    for (const char16_t *w : words)
        set.insert(QString::fromUtf16(w));
    return set;
}

QString foldKey(QStringView text)
{
    // ASCII has no compatibility decompositions, marks or typographic forms: most words take this
    // path, which does what the loop below does with one allocation.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        QString out(text.size(), Qt::Uninitialized);
        QChar *o = out.data();
        qsizetype n = 0;
        bool space = false;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u == u' ' || (u >= 0x09 && u <= 0x0d)) {
                space = n > 0;
                continue;
            }
            if (space) {
                o[n++] = QLatin1Char(' ');
                space = false;
            }
            o[n++] = (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + 32)) : c;
        }
        out.truncate(n);
        return out;
    }
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
            || cat == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out.append(QLatin1Char(' '));
            space = false;
        }
        if (c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC))
            out.append(QLatin1Char('\''));
        else if (c == QChar(0x2010) || c == QChar(0x2011) || c == QChar(0x2013))
            out.append(QLatin1Char('-'));
        else
            out.append(c.toLower());
    }
    return out;
}

bool isStopWord(const QString &folded)
{
    static const QSet<QString> words = makeWordSet({
        u"the",        u"a",       u"an",        u"in",
        u"on",         u"at",      u"after",     u"before",
        u"but",        u"and",     u"or",        u"so",
        u"if",         u"as",      u"when",      u"while",
        u"this",       u"that",    u"these",     u"those",
        u"it",         u"its",     u"it's",      u"he",
        u"she",        u"they",    u"we",        u"i",
        u"you",        u"his",     u"her",       u"their",
        u"our",        u"my",      u"your",      u"there",
        u"here",       u"what",    u"who",       u"whom",
        u"why",        u"how",     u"where",     u"which",
        u"for",        u"from",    u"to",        u"with",
        u"without",    u"by",      u"of",        u"only",
        u"every",      u"each",    u"some",      u"many",
        u"most",       u"all",     u"no",        u"not",
        u"yes",        u"also",    u"meanwhile", u"however",
        u"although",   u"though",  u"despite",   u"during",
        u"since",      u"until",   u"because",   u"across",
        u"over",       u"under",   u"between",   u"among",
        u"into",       u"through", u"then",      u"now",
        u"today",      u"tonight", u"yesterday", u"tomorrow",
        u"last",       u"next",    u"first",     u"one",
        u"two",        u"three",   u"four",      u"five",
        u"six",        u"seven",   u"eight",     u"nine",
        u"ten",        u"both",    u"either",    u"neither",
        u"any",        u"another", u"other",     u"such",
        u"more",       u"less",    u"few",       u"several",
        u"around",     u"about",   u"above",     u"below",
        u"near",       u"inside",  u"outside",   u"within",
        u"according",  u"earlier", u"later",     u"still",
        u"yet",        u"even",    u"just",      u"instead",
        u"indeed",     u"perhaps", u"maybe",     u"once",
        u"twice",      u"again",   u"please",    u"thanks",
        u"thank",      u"oh",      u"well",      u"do",
        u"does",       u"did",     u"is",        u"are",
        u"was",        u"were",    u"be",        u"been",
        u"has",        u"have",    u"had",       u"can",
        u"could",      u"will",    u"would",     u"should",
        u"may",        u"might",   u"must",      u"let",
        u"let's",      u"mr",      u"mrs",       u"ms",
        u"dr",         u"prof",    u"new",       u"old",
        u"like",       u"unlike",  u"up",        u"down",
        u"off",        u"out",     u"than",      u"via",
        u"per",        u"against", u"along",     u"beyond",
        u"behind",     u"toward",  u"towards",   u"upon",
        u"whether",    u"whose",   u"everyone",  u"everything",
        u"nothing",    u"nobody",  u"someone",   u"something",
        u"anyone",     u"none",    u"much",      u"very",
        u"too",        u"already", u"always",    u"never",
        u"sometimes",  u"often",   u"recently",  u"finally",
        u"eventually", u"overall", u"breaking",  u"update",
        u"updated",    u"photo",   u"video",     u"read",
        u"watch",      u"listen",  u"share",     u"advertisement",
    });
    return words.contains(folded);
}

bool isCalendarWord(const QString &folded)
{
    static const QSet<QString> words = makeWordSet({
        u"january",   u"february",  u"march",     u"april",     u"may",    u"june",     u"july",   u"august",
        u"september", u"october",   u"november",  u"december",  u"jan",    u"feb",      u"mar",    u"apr",
        u"jun",       u"jul",       u"aug",       u"sep",       u"sept",   u"oct",      u"nov",    u"dec",
        u"monday",    u"tuesday",   u"wednesday", u"thursday",  u"friday", u"saturday", u"sunday", u"mon",
        u"tue",       u"tues",      u"wed",       u"thu",       u"thur",   u"thurs",    u"fri",    u"sat",
        u"sun",       u"christmas", u"easter",    u"midsummer", u"spring", u"summer",   u"autumn", u"winter",
    });
    return words.contains(folded);
}

bool isCommonWord(const QString &folded)
{
    static const QSet<QString> words = makeWordSet({
        u"along",      u"sale",     u"mobile",     u"bath",         u"nice",     u"split",       u"best",
        u"police",     u"union",    u"van",        u"reading",      u"of",       u"ore",         u"mine",
        u"bell",       u"gap",      u"hope",       u"independence", u"liberty",  u"opportunity", u"paradise",
        u"providence", u"surprise", u"victory",    u"wall",         u"deal",     u"march",       u"bar",
        u"ash",        u"bury",     u"buy",        u"crawley",      u"dover",    u"front",       u"hull",
        u"orange",     u"sandy",    u"york",       u"temple",       u"worth",    u"eagle",       u"auburn",
        u"normal",     u"ponce",    u"man",        u"la",           u"le",       u"el",          u"san",
        u"santa",      u"como",     u"nara",       u"kiss",         u"bus",      u"fair",        u"lime",
        u"sky",        u"wells",    u"media",      u"marathon",     u"patrol",   u"rescue",      u"service",
        u"council",    u"city",     u"theatre",    u"centre",       u"center",   u"river",       u"harbour",
        u"harbor",     u"fire",     u"university", u"college",      u"school",   u"court",       u"chief",
        u"director",   u"minister", u"officer",    u"state",        u"national", u"central",     u"north",
        u"south",      u"east",     u"west",       u"northern",     u"southern", u"eastern",     u"western",
    });
    return words.contains(folded);
}

bool isTitle(const QString &folded)
{
    static const QSet<QString> words = makeWordSet({
        u"mr",        u"cllr",       u"mrs",        u"ms",        u"miss",         u"mx",
        u"dr",        u"prof",       u"professor",  u"sir",       u"dame",         u"lord",
        u"lady",      u"rev",        u"reverend",   u"fr",        u"father",       u"sister",
        u"brother",   u"sen",        u"senator",    u"rep",       u"gov",          u"governor",
        u"gen",       u"general",    u"col",        u"colonel",   u"capt",         u"captain",
        u"lt",        u"lieutenant", u"sgt",        u"sergeant",  u"cpl",          u"det",
        u"detective", u"insp",       u"inspector",  u"president", u"mayor",        u"judge",
        u"justice",   u"chancellor", u"councillor", u"councilor", u"commissioner", u"superintendent",
        u"constable", u"pc",         u"king",       u"queen",     u"prince",       u"princess",
        u"pope",      u"bishop",     u"archbishop", u"rabbi",     u"imam",         u"herr",
        u"frau",      u"mme",        u"mlle",       u"st",
    });
    return words.contains(folded);
}

// Nouns for a kind of organisation, right before its name or with it in apposition: "the
// ticketing firm Skanbo", "operator Trakline said", "her record label, Casa Brava, said". Not the
// words that are as often a person's trade ("developer", "publisher", "contractor").
bool isKindOfOrganisation(const QString &folded)
{
    static const QSet<QString> words = makeWordSet({
        u"company",     u"firm",         u"label",        u"fund",        u"bank",       u"operator",
        u"carrier",     u"airline",      u"agency",       u"insurer",     u"lender",     u"retailer",
        u"broadcaster", u"maker",        u"manufacturer", u"startup",     u"start-up",   u"conglomerate",
        u"charity",     u"newspaper",    u"regulator",    u"watchdog",    u"supplier",   u"consultancy",
        u"chain",       u"supermarket",  u"brewer",       u"automaker",   u"carmaker",   u"drugmaker",
        u"shipbuilder", u"utility",      u"subsidiary",   u"journal",     u"magazine",   u"tabloid",
        u"channel",     u"streamer",     u"club",         u"franchise",   u"authority",  u"architects",
        u"lawyers",     u"solicitors",   u"accountants",  u"consultants", u"builders",   u"auditors",
        u"homebuilder", u"housebuilder", u"organisers",   u"organizers",  u"sponsor",    u"sponsors",
        u"promoters",   u"broker",       u"brokerage",    u"band",        u"trio",       u"duo",
        u"quartet",     u"distributor",  u"wholesaler",   u"bookmaker",   u"think-tank", u"thinktank",
    });
    return words.contains(folded);
}

bool isRoleWord(const QString &folded)
{
    // "singer-songwriter", "co-founder", "ex-minister": a part names the role.
    if (const qsizetype dash = folded.lastIndexOf(QLatin1Char('-')); dash > 0 && dash + 1 < folded.size()
        && folded.indexOf(QLatin1Char('-')) == dash
        && (isRoleWord(folded.mid(dash + 1)) || isRoleWord(folded.left(dash))))
        return true;
    static const QSet<QString> words = makeWordSet({
        u"chief",         u"spokesperson",  u"spokesman",      u"spokeswoman", u"councillor",
        u"councilor",     u"director",      u"minister",       u"president",   u"professor",
        u"researcher",    u"scientist",     u"inspector",      u"officer",     u"manager",
        u"secretary",     u"chairman",      u"chairwoman",     u"chair",       u"chairperson",
        u"mayor",         u"senator",       u"governor",       u"judge",       u"captain",
        u"commissioner",  u"ceo",           u"founder",        u"editor",      u"lawyer",
        u"attorney",      u"detective",     u"sergeant",       u"coach",       u"economist",
        u"analyst",       u"leader",        u"head",           u"actor",       u"actress",
        u"author",        u"writer",        u"witness",        u"resident",    u"neighbour",
        u"neighbor",      u"owner",         u"teacher",        u"doctor",      u"nurse",
        u"surgeon",       u"firefighter",   u"engineer",       u"expert",      u"historian",
        u"architect",     u"producer",      u"curator",        u"critic",      u"reporter",
        u"correspondent", u"columnist",     u"artist",         u"singer",      u"player",
        u"striker",       u"goalkeeper",    u"chancellor",     u"ambassador",  u"representative",
        u"official",      u"administrator", u"superintendent", u"constable",   u"deputy",
        u"vice",          u"lecturer",      u"student",        u"colleague",   u"partner",
        u"mother",        u"father",        u"daughter",       u"son",         u"waitress",
        u"waiter",        u"farmer",        u"driver",         u"pilot",       u"worker",
        u"employee",      u"clerk",         u"shopkeeper",     u"cashier",     u"bartender",
        u"chef",          u"executive",     u"entrepreneur",   u"mechanic",    u"soldier",
        u"wife",          u"husband",       u"sister",         u"brother",     u"widow",
        u"victim",        u"midfielder",    u"defender",       u"winger",      u"referee",
        u"umpire",        u"cyclist",       u"runner",         u"swimmer",     u"boxer",
        u"golfer",        u"jockey",        u"batsman",        u"bowler",      u"pitcher",
        u"quarterback",   u"champion",      u"athlete",        u"sprinter",    u"skier",
        u"gymnast",       u"wrestler",      u"rapper",         u"musician",    u"drummer",
        u"guitarist",     u"comedian",      u"presenter",      u"host",        u"dancer",
        u"designer",      u"photographer",  u"journalist",     u"novelist",    u"poet",
        u"filmmaker",     u"politician",    u"activist",       u"campaigner",  u"candidate",
        u"lawmaker",      u"legislator",    u"prosecutor",     u"defendant",   u"suspect",
        u"survivor",      u"patient",       u"prisoner",       u"veteran",     u"fisherman",
        u"priest",        u"pastor",        u"co-accused",     u"accused",     u"frontman",
        u"frontwoman",    u"bassist",       u"vocalist",       u"keyboardist", u"songwriter",
        u"forecaster",    u"meteorologist", u"epidemiologist", u"virologist",  u"pensioner",
    });
    return words.contains(folded);
}

bool isOrganisationCue(QStringView word)
{
    static const QSet<QString> words = makeWordSet({
        u"Inc",
        u"Ltd",
        u"LLC",
        u"PLC",
        u"plc",
        u"AB",
        u"ASA",
        u"AS",
        u"A/S",
        u"Oy",
        u"GmbH",
        u"AG",
        u"SA",
        u"NV",
        u"BV",
        u"SpA",
        u"Co",
        u"Corp",
        u"Corporation",
        u"Company",
        u"University",
        u"College",
        u"School",
        u"Academy",
        u"Institute",
        u"Theatre",
        u"Theater",
        u"Opera",
        u"Orchestra",
        u"Museum",
        u"Gallery",
        u"Library",
        u"Service",
        u"Services",
        u"Council",
        u"Police",
        u"Ministry",
        u"Agency",
        u"FM",
        u"Rail",
        u"Railway",
        u"Brokers",
        u"Securities",
        u"Insurance",
        u"Motors",
        u"Pharmaceuticals",
        u"Therapeutics",
        u"Broadcasting",
        u"Publishing",
        u"Logistics",
        u"Department",
        u"Office",
        u"Authority",
        u"Commission",
        u"Committee",
        u"Board",
        u"Bank",
        u"Group",
        u"Association",
        u"Federation",
        u"Foundation",
        u"Trust",
        u"Society",
        u"Union",
        u"Party",
        u"Club",
        u"Court",
        u"Hospital",
        u"Clinic",
        u"Church",
        u"Cathedral",
        u"Parliament",
        u"Assembly",
        u"Senate",
        u"Congress",
        u"Government",
        u"Administration",
        u"Bureau",
        u"Directorate",
        u"Inspectorate",
        u"Brigade",
        u"Army",
        u"Navy",
        u"Force",
        u"Forces",
        u"Network",
        u"Press",
        u"News",
        u"Times",
        u"Post",
        u"Herald",
        u"Courier",
        u"Gazette",
        u"Tribune",
        u"Journal",
        u"Telegraph",
        u"Radio",
        u"Television",
        u"TV",
        u"Airlines",
        u"Airways",
        u"Railways",
        u"Holdings",
        u"Partners",
        u"Industries",
        u"Systems",
        u"Technologies",
        u"Laboratories",
        u"Labs",
        u"Studios",
        u"Records",
        u"Festival",
        u"Centre",
        u"Center",
        u"Alliance",
        u"Coalition",
        u"Network",
        u"Institution",
        u"Organisation",
        u"Organization",
        u"Secretariat",
        u"Cooperative",
        u"Guild",
        u"Fund",
        u"Exchange",
        u"Kommun",
        u"Chronicle",
        u"Observer",
        u"Examiner",
        u"Inquirer",
        u"Dispatch",
        u"Sentinel",
        u"Bulletin",
        u"Magazine",
        u"Daily",
        u"Survey",
        u"Reserve",
        u"Pharma",
        u"Pharmaceuticals",
        u"Therapeutics",
        u"Biotech",
        u"Biosciences",
        u"Energy",
        u"Motors",
        u"Foods",
        u"Capital",
        u"Ventures",
        u"Solutions",
        u"Software",
        u"Logistics",
        u"Media",
        u"Entertainment",
        u"Telecom",
        u"Communications",
        u"Insurance",
        u"Securities",
        u"Markets",
        u"Investments",
        u"Resources",
        u"Mining",
        u"Petroleum",
        u"Electric",
        u"Steel",
        u"Chemicals",
        u"Robotics",
        u"Consulting",
        u"Brands",
        u"Retail",
        u"Stores",
        u"Hotels",
        u"Resorts",
        u"Properties",
        u"Construction",
        u"Aerospace",
        u"Automotive",
        u"Electronics",
        u"Networks",
        u"Ferries",
        u"Books",
        u"Events",
        u"Minera",
        u"Grupo",
        u"Compañía",
        u"Empresa",
        u"Publishing",
        u"Publishers",
        u"Shipping",
        u"Cruises",
        u"Brewery",
        u"Breweries",
        u"Shipyard",
        u"Shipyards",
        u"Utilities",
        u"Farms",
        u"Mills",
        u"Mutual",
        u"Management",
        u"Analytics",
        u"Research",
        u"Practice",
        u"Wire",
    });
    return words.contains(word.toString());
}

bool isNameConnector(QStringView word)
{
    return word == u"of" || word == u"and" || word == u"for" || word == u"de" || word == u"del"
        || word == u"la" || word == u"van" || word == u"von" || word == u"der" || word == u"den"
        || word == u"du" || word == u"da" || word == u"di" || word == u"&" || word == u"dos" || word == u"das"
        || word == u"do" || word == u"des";
}

bool isPlaceFeature(const QString &folded)
{
    static const QSet<QString> words = makeWordSet({
        u"river",     u"lake",      u"bay",     u"sea",      u"ocean",    u"island",  u"islands",
        u"mountain",  u"mountains", u"valley",  u"street",   u"road",     u"avenue",  u"square",
        u"park",      u"bridge",    u"county",  u"province", u"district", u"fjord",   u"strait",
        u"peninsula", u"gulf",      u"canal",   u"forest",   u"desert",   u"hills",   u"alv",
        u"alven",     u"sjon",      u"fjarden", u"gatan",    u"vagen",    u"torget",  u"strasse",
        u"platz",     u"see",       u"fault",   u"coast",    u"beach",    u"harbour", u"harbor",
        u"port",      u"airport",   u"heights", u"falls",    u"glacier",  u"region",  u"arena",
        u"stadium",   u"delta",     u"parade",  u"creek",    u"highway",  u"lane",    u"shire",
        u"plaza",     u"boulevard", u"quay",    u"wharf",    u"row",      u"quarry",  u"terminal",
        u"terrace",   u"gardens",
    });
    return words.contains(folded);
}

bool isPlacePreposition(const QString &folded)
{
    return folded == u"in" || folded == u"at" || folded == u"from" || folded == u"near" || folded == u"across"
        || folded == u"outside" || folded == u"via" || folded == u"towards" || folded == u"toward"
        || folded == u"into" || folded == u"throughout";
}

bool isSpeechVerb(const QString &folded)
{
    return speechVerbs().contains(folded);
}

const QSet<QString> &speechVerbs()
{
    static const QSet<QString> words = makeWordSet({
        u"said",      u"says",      u"say",      u"told",      u"tells",     u"asked",     u"asks",
        u"replied",   u"replies",   u"wrote",    u"writes",    u"added",     u"adds",      u"exclaimed",
        u"exclaims",  u"explained", u"explains", u"stated",    u"states",    u"declared",  u"insisted",
        u"insists",   u"noted",     u"notes",    u"recalled",  u"recalls",   u"warned",    u"warns",
        u"claimed",   u"claims",    u"argued",   u"argues",    u"commented", u"continued", u"shouted",
        u"whispered", u"announced", u"admitted", u"according", u"tweeted",   u"posted",    u"answered",
        u"answers",   u"cried",     u"wondered", u"gushed",    u"joked",     u"quipped",   u"conceded",
        u"vowed",     u"pledged",   u"promised",
    });
    return words;
}

bool isPersonPronoun(const QString &folded)
{
    return folded == u"he" || folded == u"she" || folded == u"they";
}

bool isKnownPlatform(const QString &folded)
{
    static const QSet<QString> words = makeWordSet(
        { u"instagram", u"tiktok",   u"youtube",   u"facebook",   u"twitter",  u"snapchat", u"whatsapp",
          u"telegram",  u"linkedin", u"reddit",    u"spotify",    u"netflix",  u"bluesky",  u"weibo",
          u"wechat",    u"twitch",   u"pinterest", u"soundcloud", u"substack", u"patreon" });
    return words.contains(folded);
}

bool isPartyNoun(QStringView word)
{
    return word == u"party" || word == u"movement" || word == u"coalition";
}

} // namespace sw::suggest

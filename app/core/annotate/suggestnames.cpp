// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Word lists about names: given names, nationalities, and the words that mark a capitalised
// name as an event, a work, a sports club or a part of a place. See suggestlexicon.h.
#include "suggestlexicon.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <initializer_list>

namespace sw::suggest {

bool isGivenName(const QString &folded)
{
    // Frequent given names across English-, German-, French-, Spanish-, Italian-, Nordic- and
    // Slavic-speaking countries, and some common Arabic, African and Asian ones.
    static const QSet<QString> names = makeWordSet({
        u"aaron",     u"abdul",    u"abigail",  u"adam",      u"adrian",    u"ahmed",     u"aisha",
        u"alan",      u"albert",   u"alberto",  u"alejandro", u"alex",      u"alexander", u"alexandra",
        u"alexei",    u"ali",      u"alice",    u"alicia",    u"alison",    u"amanda",    u"amber",
        u"amy",       u"ana",      u"anders",   u"andrea",    u"andreas",   u"andrew",    u"andy",
        u"angela",    u"anita",    u"ann",      u"anna",      u"anne",      u"annie",     u"anthony",
        u"antonio",   u"arthur",   u"ashley",   u"barbara",   u"ben",       u"benjamin",  u"bernard",
        u"beth",      u"betty",    u"bill",     u"billy",     u"bob",       u"bobby",     u"brad",
        u"brandon",   u"brenda",   u"brian",    u"bruce",     u"bruno",     u"carl",      u"carla",
        u"carlos",    u"carmen",   u"carol",    u"caroline",  u"catherine", u"charles",   u"charlie",
        u"charlotte", u"chen",     u"chris",    u"christian", u"christina", u"christine", u"christopher",
        u"claire",    u"claudia",  u"colin",    u"craig",     u"cynthia",   u"daniel",    u"daniela",
        u"danny",     u"david",    u"deborah",  u"debra",     u"dennis",    u"diana",     u"diane",
        u"diego",     u"dmitry",   u"donald",   u"donna",     u"doris",     u"dorothy",   u"doug",
        u"douglas",   u"dylan",    u"ed",       u"eddie",     u"edward",    u"elena",     u"elizabeth",
        u"ella",      u"ellen",    u"emily",    u"emma",      u"eric",      u"erik",      u"erin",
        u"eva",       u"evelyn",   u"fatima",   u"felix",     u"fernando",  u"fiona",     u"frank",
        u"françois",  u"francois", u"fred",     u"gary",      u"george",    u"gerald",    u"gina",
        u"giovanni",  u"giuseppe", u"gloria",   u"gordon",    u"grace",     u"greg",      u"gregory",
        u"hannah",    u"hans",     u"harold",   u"harry",     u"heather",   u"helen",     u"henry",
        u"hiroshi",   u"hugo",     u"ian",      u"igor",      u"ingrid",    u"irene",     u"isabel",
        u"isabella",  u"ivan",     u"jack",     u"jacob",     u"james",     u"jamie",     u"jan",
        u"jane",      u"janet",    u"jason",    u"javier",    u"jean",      u"jeff",      u"jeffrey",
        u"jennifer",  u"jenny",    u"jeremy",   u"jerry",     u"jessica",   u"jim",       u"jimmy",
        u"joan",      u"joe",      u"johan",    u"johannes",  u"john",      u"johnny",    u"jon",
        u"jonathan",  u"jorge",    u"jose",     u"josef",     u"joseph",    u"josh",      u"joshua",
        u"joyce",     u"juan",     u"judith",   u"judy",      u"julia",     u"julie",     u"justin",
        u"karen",     u"karin",    u"karl",     u"kate",      u"katherine", u"kathleen",  u"kathy",
        u"katie",     u"katy",     u"keith",    u"kelly",     u"ken",       u"kenneth",   u"kevin",
        u"kim",       u"klaus",    u"kyle",     u"lars",      u"laura",     u"lauren",    u"lawrence",
        u"lee",       u"lena",     u"leo",      u"lily",      u"linda",     u"lisa",      u"liz",
        u"lucas",     u"lucy",     u"luis",     u"luke",      u"maria",     u"marie",     u"marilyn",
        u"mario",     u"mark",     u"marta",    u"martha",    u"martin",    u"mary",      u"matt",
        u"matthew",   u"maurice",  u"max",      u"megan",     u"melissa",   u"michael",   u"michel",
        u"michelle",  u"miguel",   u"mike",     u"mohamed",   u"mohammed",  u"muhammad",  u"nancy",
        u"natalie",   u"nathan",   u"nicholas", u"nick",      u"nicole",    u"nina",      u"noah",
        u"olga",      u"oliver",   u"olivia",   u"oscar",     u"pablo",     u"pamela",    u"patricia",
        u"patrick",   u"paul",     u"paula",    u"pedro",     u"peter",     u"philip",    u"pierre",
        u"rachel",    u"ralph",    u"raymond",  u"rebecca",   u"richard",   u"rick",      u"rita",
        u"rob",       u"robert",   u"roberto",  u"ron",       u"ronald",    u"rosa",      u"ruth",
        u"ryan",      u"sally",    u"sam",      u"samantha",  u"samuel",    u"sandra",    u"sara",
        u"sarah",     u"scott",    u"sean",     u"sergei",    u"sharon",    u"shirley",   u"simon",
        u"sofia",     u"sophie",   u"stefan",   u"stephanie", u"stephen",   u"steve",     u"steven",
        u"susan",     u"svetlana", u"taylor",   u"teresa",    u"thomas",    u"tim",       u"timothy",
        u"tina",      u"todd",     u"tom",      u"tony",      u"tyler",     u"victor",    u"victoria",
        u"vincent",   u"virginia", u"walter",   u"wayne",     u"wei",       u"william",   u"yuki",
        u"zoe",       u"dan",      u"sue",      u"pat",       u"ted",       u"ray",       u"roy",
        u"kay",       u"meg",      u"joy",
    });
    return names.contains(folded);
}

bool isDemonym(const QString &folded)
{
    static const QSet<QString> words = makeWordSet({
        u"afghan",      u"african",   u"albanian",  u"algerian",   u"american",   u"argentine",
        u"argentinian", u"armenian",  u"asian",     u"australian", u"austrian",   u"belgian",
        u"bolivian",    u"brazilian", u"british",   u"bulgarian",  u"canadian",   u"chilean",
        u"chinese",     u"colombian", u"croatian",  u"cuban",      u"czech",      u"danish",
        u"dutch",       u"egyptian",  u"english",   u"estonian",   u"ethiopian",  u"european",
        u"filipino",    u"finnish",   u"french",    u"georgian",   u"german",     u"ghanaian",
        u"greek",       u"hungarian", u"icelandic", u"indian",     u"indonesian", u"iranian",
        u"iraqi",       u"irish",     u"israeli",   u"italian",    u"jamaican",   u"japanese",
        u"kenyan",      u"korean",    u"latvian",   u"lebanese",   u"libyan",     u"lithuanian",
        u"malaysian",   u"mexican",   u"moroccan",  u"nigerian",   u"norwegian",  u"pakistani",
        u"palestinian", u"peruvian",  u"polish",    u"portuguese", u"romanian",   u"russian",
        u"saudi",       u"scottish",  u"serbian",   u"slovak",     u"slovenian",  u"somali",
        u"spanish",     u"sudanese",  u"swedish",   u"swiss",      u"syrian",     u"taiwanese",
        u"thai",        u"tunisian",  u"turkish",   u"ugandan",    u"ukrainian",  u"venezuelan",
        u"vietnamese",  u"welsh",     u"yemeni",    u"zimbabwean",
    });
    if (words.contains(folded))
        return true;
    // "British-Canadian", "Swedish-born" (lower-case tails are folded the same way).
    const qsizetype dash = folded.indexOf(QLatin1Char('-'));
    if (dash <= 0)
        return false;
    const QString head = folded.left(dash);
    const QString tail = folded.mid(dash + 1);
    return words.contains(head)
        && (isDemonym(tail) || tail == u"born" || tail == u"based" || tail == u"american");
}

bool isEventCue(QStringView word)
{
    static const QSet<QString> words = makeWordSet({
        u"Cup",        u"Cups",    u"Championship", u"Championships", u"Prize",       u"Prizes",
        u"Award",      u"Awards",  u"Trophy",       u"Games",         u"Olympics",    u"Olympiad",
        u"Tournament", u"Slam",    u"Medal",        u"Laureate",      u"Laureates",   u"Summit",
        u"Marathon",   u"Derby",   u"Finals",       u"Festival",      u"Week",        u"Expo",
        u"Ceremony",   u"Gala",    u"Programme",    u"Program",       u"Initiative",  u"Act",
        u"Treaty",     u"Accord",  u"Slams",        u"Opens",         u"Tournaments", u"Festivals",
        u"Conference", u"Grammys", u"Oscars",       u"Emmys",         u"Series",      u"Open",
        u"Tour",       u"Day",     u"Classic",
    });
    return words.contains(word.toString());
}

bool isCountryAbbreviation(QStringView word)
{
    return word == u"US" || word == u"USA" || word == u"UK" || word == u"UAE" || word == u"DRC"
        || word == u"PRC";
}

bool isNamedWeather(QStringView first, QStringView second)
{
    return first == u"Storm" || first == u"Hurricane" || first == u"Typhoon" || first == u"Cyclone"
        || (first == u"Tropical" && (second == u"Storm" || second == u"Depression"));
}

bool isWorkNoun(const QString &folded)
{
    static const QSet<QString> words = makeWordSet({
        u"song",    u"single",     u"album",    u"hit",    u"track",    u"ballad",   u"anthem",
        u"show",    u"series",     u"sitcom",   u"drama",  u"film",     u"movie",    u"documentary",
        u"book",    u"novel",      u"memoir",   u"play",   u"musical",  u"opera",    u"episode",
        u"podcast", u"column",     u"feature",  u"game",   u"app",      u"video",    u"programme",
        u"program", u"exhibition", u"painting", u"poem",   u"magazine", u"headline", u"titled",
        u"called",  u"entitled",   u"named",    u"dubbed",
    });
    return words.contains(folded);
}

bool isWorkCue(QStringView word)
{
    return word == u"Story" || word == u"Stories" || word == u"Show" || word == u"Podcast" || word == u"Live"
        || word == u"Reels" || word == u"Tonight";
}

bool isMarketCue(QStringView word)
{
    return word == u"Exchange" || word == u"Standard" || word == u"Index" || word == u"Bourse";
}

bool isClubCue(QStringView word)
{
    static const QSet<QString> words = makeWordSet({
        u"United",    u"FC",     u"AFC",      u"CF",      u"SC",        u"Rovers",
        u"Wanderers", u"Albion", u"Hotspur",  u"Villa",   u"Rangers",   u"Athletic",
        u"Athletico", u"Dynamo", u"League",   u"Leagues", u"Olympique",
        u"City", // "Harwick City"; a listed town ("Kansas City") outweighs it
        u"Town", // "Llandyfan Town"; "Cape Town", listed, stays a place
        u"AC",        u"RFC",    u"Harriers", // athletics and rugby clubs: "Lough Mahon AC"
    });
    return words.contains(word.toString());
}

bool isNonEntityAcronym(const QString &folded)
{
    static const QSet<QString> words = makeWordSet({
        u"ceo",  u"cfo",  u"coo",  u"cto",   u"tv",   u"pm",   u"am",  u"gmt", u"utc", u"pdt", u"pst",
        u"est",  u"edt",  u"cet",  u"bst",   u"ok",   u"id",   u"dna", u"ai",  u"gdp", u"ipo", u"eps",
        u"faq",  u"pdf",  u"usd",  u"eur",   u"gbp",  u"r&d",  u"m&a", u"mvp", u"rip", u"diy", u"vip",
        u"lol",  u"omg",  u"ps",   u"covid", u"hiv",  u"aids", u"nb",  u"aka", u"etc", u"qa",  u"q&a",
        u"hq",   u"mph",  u"kph",  u"km",    u"ufo",  u"suv",  u"atm", u"llc", u"inc", u"ltd", u"plc",
        u"pic",  u"rna",  u"pcr",  u"led",   u"lcd",  u"usb",  u"gps", u"nne", u"ene", u"ese", u"sse",
        u"ssw",  u"wsw",  u"wnw",  u"nnw",   u"ne",   u"nw",   u"se",  u"sw",  u"mw",  u"kw",  u"mm",
        u"cm",   u"kg",   u"lb",   u"ft",    u"hr",   u"ad",   u"bc",  u"ce",  u"bce", u"fyi", u"asap",
        u"tbd",  u"file", // "FILE - A ferry ...": an archive picture
        u"aest", u"aedt", u"acst", u"awst",  u"nzst", u"nzdt", u"jst", u"kst", u"hkt", u"sgt", u"ist",
        u"cest", u"eest", u"msk",  u"sast",  u"wat",  u"mp",   u"mep", u"mla", u"msp", u"mpp", u"gp",
        u"pe",   u"icu",
    });
    return words.contains(folded);
}

bool isCompassWord(const QString &folded)
{
    static const QSet<QString> words = makeWordSet({
        u"north",        u"south",        u"east",      u"west",         u"northern",
        u"southern",     u"eastern",      u"western",   u"central",      u"upstate",
        u"downstate",    u"upper",        u"lower",     u"greater",      u"northeast",
        u"northwest",    u"southeast",    u"southwest", u"northeastern", u"northwestern",
        u"southeastern", u"southwestern", u"inner",     u"outer",        u"mid",
    });
    return words.contains(folded);
}

bool isRegionPrefix(const QString &folded)
{
    return folded == u"upstate" || folded == u"downstate";
}

bool isSameGivenName(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const QString &shorter = a.size() < b.size() ? a : b;
    const QString &longer = a.size() < b.size() ? b : a;
    if (shorter.size() >= 3 && longer.startsWith(shorter))
        return true; // "nick" and "nicholas", "chris" and "christopher"
    // Nicknames that are not the start of the name, each with its full forms.
    static const QHash<QString, QStringList> nicknames {
        { QStringLiteral("joe"), { QStringLiteral("joseph") } },
        { QStringLiteral("bob"), { QStringLiteral("robert") } },
        { QStringLiteral("bobby"), { QStringLiteral("robert") } },
        { QStringLiteral("bill"), { QStringLiteral("william") } },
        { QStringLiteral("billy"), { QStringLiteral("william") } },
        { QStringLiteral("will"), { QStringLiteral("william") } },
        { QStringLiteral("jim"), { QStringLiteral("james") } },
        { QStringLiteral("jimmy"), { QStringLiteral("james") } },
        { QStringLiteral("mike"), { QStringLiteral("michael") } },
        { QStringLiteral("dick"), { QStringLiteral("richard") } },
        { QStringLiteral("rick"), { QStringLiteral("richard") } },
        { QStringLiteral("ted"), { QStringLiteral("edward") } },
        { QStringLiteral("ed"), { QStringLiteral("edward"), QStringLiteral("edwin") } },
        { QStringLiteral("liz"), { QStringLiteral("elizabeth") } },
        { QStringLiteral("beth"), { QStringLiteral("elizabeth") } },
        { QStringLiteral("kate"), { QStringLiteral("katherine"), QStringLiteral("catherine") } },
        { QStringLiteral("kathy"), { QStringLiteral("katherine"), QStringLiteral("kathleen") } },
        { QStringLiteral("jack"), { QStringLiteral("john") } },
        { QStringLiteral("chuck"), { QStringLiteral("charles") } },
        { QStringLiteral("dave"), { QStringLiteral("david") } },
        { QStringLiteral("tony"), { QStringLiteral("anthony") } },
        { QStringLiteral("jeff"), { QStringLiteral("jeffrey") } },
        { QStringLiteral("larry"), { QStringLiteral("lawrence") } },
        { QStringLiteral("peggy"), { QStringLiteral("margaret") } },
        { QStringLiteral("meg"), { QStringLiteral("margaret") } },
        { QStringLiteral("sue"), { QStringLiteral("susan") } },
        { QStringLiteral("steve"), { QStringLiteral("stephen"), QStringLiteral("steven") } },
        { QStringLiteral("nick"), { QStringLiteral("nicholas"), QStringLiteral("nicolas") } },
        { QStringLiteral("tom"), { QStringLiteral("thomas") } },
        { QStringLiteral("andy"), { QStringLiteral("andrew") } },
    };
    return nicknames.value(shorter).contains(longer);
}

} // namespace sw::suggest

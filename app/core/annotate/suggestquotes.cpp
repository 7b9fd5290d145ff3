// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "quotefinder.h"
#include "quotematcher.h"
#include "suggestinternal.h"
#include "suggestlexicon.h"
#include "suggestwordnet.h"
#include "worddiff.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <functional>
#include <numeric>
#include <tuple>

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
    bool cued = false; ///< the speaker comes from a reporting verb (or an embedded post's author)
    qsizetype open = 0; ///< where the quotation starts (its opening mark)
    qsizetype close = 0; ///< where it ends
    bool continued = false; ///< runs on into the next paragraph
    bool asked = false; ///< attributed with "asked"
    bool turn = false; ///< its speaker comes from dialogue turn-taking
    bool reported = false; ///< no quotation marks: reported speech, or the quote reworded as a fact
    /// A short quotation with no reporting verb: a scare quote, unless it is a word or phrase of
    /// the same speaker's longer quotation in another outlet.
    bool tentative = false;
};

struct Attribution
{
    QString speaker;
    bool cued = false; ///< the speaker comes from a reporting verb
    bool verb = false; ///< a reporting verb attributes the quote, speaker found or not
    bool asked = false; ///< the verb is "asked": the next line of dialogue is the other party's
    bool unnamed = false; ///< the verb's subject is someone unnamed ("one viewer called it")
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

// The last person (or organisation) named before `pos`; not one named inside [quoteStart, quoteEnd),
// the quotation a pronoun attributes: in `"Theo believed in me," she said` she is not Theo.
const PersonSpan *personBefore(const QList<PersonSpan> &people, qsizetype pos, bool organisation = false,
                               qsizetype quoteStart = -1, qsizetype quoteEnd = -1)
{
    auto byStart = [](const PersonSpan &p, qsizetype at) { return p.start < at; };
    const auto inQuote = std::lower_bound(people.cbegin(), people.cend(), quoteStart, byStart);
    auto namedInQuote = [&](const QString &name) {
        for (auto q = inQuote; quoteStart >= 0 && q != people.cend() && q->start < quoteEnd; ++q) {
            if (q->name == name)
                return true;
        }
        return false;
    };
    auto it = std::lower_bound(people.cbegin(), people.cend(), pos, byStart);
    while (it != people.cbegin()) {
        --it;
        if (it->organisation == organisation && !namedInQuote(it->name))
            return &*it;
    }
    return nullptr;
}

// Whether the mention `p` starts its sentence ("The Coastal Agency said ...", "Acme closed ...").
bool startsSentence(const QString &text, const PersonSpan &p)
{
    qsizetype k = p.start;
    if (k >= 4 && QStringView(text).mid(k - 4, 4).compare(u"the ", Qt::CaseInsensitive) == 0)
        k -= 4;
    while (k > 0 && text.at(k - 1) == QLatin1Char(' '))
        --k;
    // After a dateline's dash ("WESTPORT (Wire) - The agency said").
    if (k > 0 && (text.at(k - 1) == QLatin1Char('-') || text.at(k - 1) == QChar(0x2014)))
        return true;
    // A sentence may end inside a quotation: "... today." The agency said.
    while (k > 0
           && (text.at(k - 1) == QLatin1Char('"') || text.at(k - 1) == QChar(0x201D)
               || text.at(k - 1) == QChar(0x2019) || text.at(k - 1) == QLatin1Char('\'')))
        --k;
    if (k == 0)
        return true;
    const QChar before = text.at(k - 1);
    return before == QLatin1Char('\n') || before == QLatin1Char('.') || before == QLatin1Char('!')
        || before == QLatin1Char('?');
}

// The organisation that "the bank", "the institute" refers back to, among those named before
// `pos`: one that is the subject of a sentence earlier in the same paragraph ("The Coastal Agency
// measured the gust. 'Stay away,' the agency wrote"); else the last whose name holds the noun ("the
// institute" is the National Institute for Care Standards); else the one named most often in the
// article (the story's subject, not the partner it names last: "the bank's telecom provider,
// Corvantis. The bank said ..."), then one that is a sentence's subject, then the one the bundle
// names most, the later on a tie. "The club", "the side" and "the team" are sports clubs when the
// story names one.
const PersonSpan *organisationReferredTo(const QString &text, const QList<PersonSpan> &people, qsizetype pos,
                                         const QString &noun)
{
    auto byStart = [](const PersonSpan &p, qsizetype at) { return p.start < at; };
    const auto end = std::lower_bound(people.cbegin(), people.cend(), pos, byStart);
    // "the company" is no federation, ministry or court.
    const bool business = noun == u"company" || noun == u"firm" || noun == u"operator" || noun == u"lender"
        || noun == u"bank" || noun == u"insurer" || noun == u"airline" || noun == u"label";
    const bool club = noun == u"club" || noun == u"side" || noun == u"team";
    static const QStringList publicBodies { QStringLiteral("federation"),  QStringLiteral("union"),
                                            QStringLiteral("association"), QStringLiteral("ministry"),
                                            QStringLiteral("council"),     QStringLiteral("department"),
                                            QStringLiteral("agency"),      QStringLiteral("police"),
                                            QStringLiteral("court"),       QStringLiteral("party"),
                                            QStringLiteral("committee"),   QStringLiteral("commission"),
                                            QStringLiteral("board"),       QStringLiteral("authority") };
    const auto isClub = [](const PersonSpan &p) {
        const QStringView last = QStringView(p.name).mid(p.name.lastIndexOf(QLatin1Char(' ')) + 1);
        return isClubCue(last) && !last.startsWith(u"League");
    };
    const bool clubNamed = club && std::any_of(people.cbegin(), end, [&](const PersonSpan &p) {
                               return p.organisation && isClub(p);
                           });
    auto eligible = [&](const PersonSpan &p) {
        if (!p.organisation)
            return false;
        if (clubNamed)
            return isClub(p);
        if (!business)
            return true;
        const QStringList words = p.name.toCaseFolded().split(QLatin1Char(' '));
        return std::none_of(publicBodies.cbegin(), publicBodies.cend(),
                            [&](const QString &body) { return words.contains(body); });
    };
    const qsizetype paragraph = lineStart(text, pos);
    for (auto back = end; back != people.cbegin() && (back - 1)->start >= paragraph;) {
        --back;
        if (eligible(*back) && startsSentence(text, *back))
            return &*back;
    }
    QHash<QString, int> mentions;
    for (auto it = people.cbegin(); it != end; ++it) {
        if (!eligible(*it))
            continue;
        // "the airline" is Northcrest Airlines too.
        const QStringList nameWords = it->name.toCaseFolded().split(QLatin1Char(' '));
        if (nameWords.contains(noun) || nameWords.contains(noun + QLatin1Char('s'))) {
            for (auto back = end; back != people.cbegin();) {
                --back;
                if (back->organisation && back->name == it->name)
                    return &*back;
            }
        }
        ++mentions[it->name];
    }
    // Most mentions in the article, then one that is a sentence's subject ("Kelby Rovers were due to
    // host Dunmore Town"), then most mentions in the bundle, then the later.
    QSet<QString> subjects;
    for (auto it = people.cbegin(); it != end; ++it) {
        if (eligible(*it) && startsSentence(text, *it))
            subjects.insert(it->name);
    }
    const PersonSpan *best = nullptr;
    const auto rank = [&](const PersonSpan &p) {
        return std::make_tuple(mentions.value(p.name), subjects.contains(p.name), p.bundleMentions);
    };
    for (auto it = people.cbegin(); it != end; ++it) {
        if (eligible(*it) && (!best || rank(*it) >= rank(*best)))
            best = &*it;
    }
    return best;
}

// "the agency said", "the company told": a noun that refers back to the last organisation.
bool isOrganisationNoun(const QString &folded)
{
    static const QSet<QString> words {
        QStringLiteral("company"),      QStringLiteral("agency"),       QStringLiteral("firm"),
        QStringLiteral("club"),         QStringLiteral("group"),        QStringLiteral("department"),
        QStringLiteral("ministry"),     QStringLiteral("office"),       QStringLiteral("police"),
        QStringLiteral("court"),        QStringLiteral("government"),   QStringLiteral("team"),
        QStringLiteral("league"),       QStringLiteral("authority"),    QStringLiteral("service"),
        QStringLiteral("board"),        QStringLiteral("council"),      QStringLiteral("bank"),
        QStringLiteral("university"),   QStringLiteral("union"),        QStringLiteral("party"),
        QStringLiteral("network"),      QStringLiteral("newspaper"),    QStringLiteral("broadcaster"),
        QStringLiteral("organisation"), QStringLiteral("organization"), QStringLiteral("association"),
        QStringLiteral("institute"),    QStringLiteral("hospital"),     QStringLiteral("commission"),
        QStringLiteral("regulator"),    QStringLiteral("watchdog"),     QStringLiteral("charity"),
        QStringLiteral("airline"),      QStringLiteral("operator"),     QStringLiteral("insurer"),
        QStringLiteral("lender"),       QStringLiteral("label"),        QStringLiteral("fund"),
        QStringLiteral("band"),
    };
    return words.contains(folded);
}

// The person (or organisation) mentioned in [from, to) closest to `anchor`; with `kind` 0 a
// person only, 1 an organisation only, -1 either.
const PersonSpan *personNear(const QList<PersonSpan> &people, qsizetype from, qsizetype to, qsizetype anchor,
                             int kind = -1)
{
    auto it = std::lower_bound(people.cbegin(), people.cend(), from,
                               [](const PersonSpan &p, qsizetype at) { return p.start < at; });
    const PersonSpan *best = nullptr;
    qsizetype bestDistance = 0;
    for (; it != people.cend() && it->end <= to; ++it) {
        if (kind >= 0 && it->organisation != (kind == 1))
            continue;
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

// Whether `run` occurs in `words` as consecutive words.
bool containsRun(const QStringList &words, const QStringList &run)
{
    if (run.isEmpty() || run.size() > words.size())
        return false;
    for (qsizetype k = 0; k + run.size() <= words.size(); ++k) {
        if (std::equal(run.begin(), run.end(), words.begin() + k))
            return true;
    }
    return false;
}

// Whether every word of `part` occurs in `words` in the same order, other words between them
// allowed ("the roof was in the car park" in "half the roof was sitting in the car park").
bool containsInOrder(const QStringList &words, const QStringList &part)
{
    qsizetype k = 0;
    for (const QString &word : words) {
        if (k < part.size() && word == part.at(k))
            ++k;
    }
    return !part.isEmpty() && k == part.size();
}

bool isNamingVerb(const QString &folded)
{
    return folded == u"called" || folded == u"calls" || folded == u"branded" || folded == u"brands"
        || folded == u"described" || folded == u"describes" || folded == u"dubbed" || folded == u"dubs";
}

bool onlySpaces(const QString &text, qsizetype from, qsizetype to)
{
    if (to < from)
        return false;
    for (qsizetype k = from; k < to; ++k) {
        if (text.at(k) != QLatin1Char(' '))
            return false;
    }
    return true;
}

// The speaker next to a reporting verb in [from, to): a person before an organisation
// ("spokesperson Anna Lind of the Harbour Police told"), unless the organisation is the subject
// of the verb and the person is not ("Acme said in a statement, which manager Anna Lind ...").
const PersonSpan *speakerNear(const QString &text, const QList<PersonSpan> &people, qsizetype from,
                              qsizetype to, const Word &verb)
{
    const PersonSpan *person = personNear(people, from, to, verb.start, 0);
    const PersonSpan *org = personNear(people, from, to, verb.start, 1);
    if (!person || !org)
        return person ? person : org;
    // "Acme's chief executive, Jonas Brek, said Caldrell had ...": the name in apposition, its
    // closing comma before the verb, is the subject; the name after the verb begins what was said.
    const auto adjacent = [&](const PersonSpan *p) {
        return onlySpaces(text, p->end, verb.start) || onlySpaces(text, verb.end, p->start);
    };
    const bool personInApposition = person->end < verb.start
        && QStringView(text).mid(person->end, verb.start - person->end).trimmed() == u",";
    if (!adjacent(org) || adjacent(person) || (personInApposition && verb.end <= org->start))
        return person;
    // "said Harwick manager Bea Lindgren": the organisation right after the verb only says whom the
    // person after it works for.
    if (verb.end <= org->start && org->end <= person->start && person->start - org->end <= 40)
        return person;
    // "Anna Lind of Acme told", "Tom Hale of broker Calder Ashby said", "Mia Berg at the investment
    // bank Norvik said": the organisation only says where the person works.
    if (person->end < org->start && org->start - person->end <= 40) {
        const QStringView between = QStringView(text).mid(person->end, org->start - person->end).trimmed();
        const QList<QStringView> parts = between.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool where = !parts.isEmpty() && parts.size() <= 4
            && (parts.front() == u"of" || parts.front() == u"at" || parts.front() == u"from"
                || parts.front() == u"for")
            && std::all_of(parts.cbegin() + 1, parts.cend(), [](QStringView w) {
                   return std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLower() || c == u'-'; });
               });
        if (where || between == u",")
            return person;
    }
    return org;
}

// "a representative for the actor said": the noun after a preposition is not the subject.
bool isPreposition(const QString &folded)
{
    static const QSet<QString> words = makeWordSet(
        { u"for", u"of", u"to", u"with", u"by", u"from", u"at", u"about", u"on", u"in", u"near", u"behind" });
    return words.contains(folded);
}

// The subject of the sentences before `before`: they are read back while they start with a
// pronoun ("She invited ..."), up to three; the name that starts the first other one, if any. A
// pronoun refers to it rather than to the last person mentioned (pronounReferent): in "Ostrander did
// not stop there. She invited Theo to play and gave him a cello made by the luthier Oskar Vennberg.
// '...,' she wrote" she is Ostrander.
const PersonSpan *sentenceSubject(const QList<Word> &words, const QList<PersonSpan> &people, qsizetype before)
{
    auto k
        = std::partition_point(words.cbegin(), words.cend(), [&](const Word &w) { return w.start < before; })
        - words.cbegin() - 1;
    for (int hops = 0; k >= 0 && hops < 3; ++hops) {
        while (k > 0 && !words.at(k).sentenceInitial)
            --k;
        const Word &first = words.at(k);
        if (isPersonPronoun(first.folded)) {
            --k;
            continue;
        }
        // A name at the start, or after words of title or role ("Manager Gareth Lake", "Harwick
        // manager Bea Lind": the last name there).
        const qsizetype reach = words.at(std::min<qsizetype>(k + 3, words.size() - 1)).start;
        const PersonSpan *subject = nullptr;
        for (auto p = std::lower_bound(people.cbegin(), people.cend(), first.start,
                                       [](const PersonSpan &x, qsizetype at) { return x.start < at; });
             p != people.cend() && p->start <= reach && p->end <= before; ++p) {
            const auto w = std::partition_point(words.cbegin(), words.cend(),
                                                [&](const Word &x) { return x.start < p->start; });
            const bool titled = std::all_of(
                words.cbegin() + k, w, [](const Word &x) { return x.capitalised || isRoleWord(x.folded); });
            if (!titled)
                break;
            const auto nameEnd = std::partition_point(words.cbegin(), words.cend(),
                                                      [&](const Word &x) { return x.end < p->end; });
            subject = p->organisation || (nameEnd != words.cend() && nameEnd->possessive) ? nullptr : &*p;
        }
        return subject;
    }
    return nullptr;
}

const PersonSpan *pronounReferent(const QList<Word> &words, const QList<PersonSpan> &people, qsizetype before,
                                  qsizetype quoteStart, qsizetype quoteEnd)
{
    const PersonSpan *last = personBefore(people, before, false, quoteStart, quoteEnd);
    if (!last)
        return nullptr;
    const PersonSpan *subject = sentenceSubject(words, people, before);
    return subject ? subject : last;
}

// "the singer", "the striker": the nouns by which coverage of a performer or a player names the
// person it is about, without naming them again.
bool isWordOfFame(const QString &folded)
{
    static const QSet<QString> words
        = makeWordSet({ u"singer",    u"actor",      u"actress", u"star",       u"rapper",     u"musician",
                        u"comedian",  u"songwriter", u"artist",  u"presenter",  u"model",      u"influencer",
                        u"athlete",   u"champion",   u"striker", u"midfielder", u"goalkeeper", u"winger",
                        u"player",    u"superstar",  u"diva",    u"frontman",   u"frontwoman", u"drummer",
                        u"guitarist", u"pianist",    u"cellist", u"violinist",  u"filmmaker",  u"author",
                        u"novelist" });
    return words.contains(folded);
}

// "the singer said", "the judge told": a noun for a person in a role. The one the article names
// with that word beside the name ("singer Ana Lind", "Ana Lind, the singer,", "the Swedish luthier
// Ana Lind") last before `pos`; else, for a word of fame (isWordOfFame), the subject of the sentences
// before (sentenceSubject), else the person the bundle names most often, if named before: the story's
// subject ("the singer" in a story about a singer; "the minister" may be anyone, "the boy" too).
const PersonSpan *personInRole(const QString &text, const QList<Word> &words, const QList<PersonSpan> &people,
                               qsizetype pos, const QString &noun)
{
    const auto end = std::lower_bound(people.cbegin(), people.cend(), pos,
                                      [](const PersonSpan &p, qsizetype at) { return p.start < at; });
    const auto hasWord = [&](qsizetype from, qsizetype to) {
        const QString window = text.mid(from, to - from).toCaseFolded();
        for (const QStringView word : QStringView(window).tokenize(QLatin1Char(' '))) {
            QStringView w = word;
            while (!w.isEmpty() && !w.back().isLetter())
                w.chop(1);
            if (w == noun)
                return true;
        }
        return false;
    };
    // The last hundred names before `pos` at most, each looked at in 30 characters either side, so
    // a long article costs no more per quote than a short one.
    int looked = 0;
    for (auto it = end; it != people.cbegin() && looked < 100;) {
        --it;
        if (it->organisation)
            continue;
        ++looked;
        // "singer Ana Lind", "the Swedish luthier Ana Lind": the same sentence and line, just before.
        const qsizetype from = std::max<qsizetype>(0, it->start - 30);
        const QStringView window = QStringView(text).mid(from, it->start - from);
        const qsizetype cut = std::max(window.lastIndexOf(QLatin1Char('\n')), window.lastIndexOf(u". "));
        if (hasWord(cut < 0 ? from : from + cut + 1, it->start))
            return &*it;
        // "Ana Lind, the singer," (the apposition up to its closing comma, within 30 characters)
        const QStringView after = QStringView(text).mid(it->end, 30);
        const qsizetype close = after.indexOf(QLatin1Char(','), 2);
        if ((after.startsWith(u", the ") || after.startsWith(u", a ") || after.startsWith(u", an "))
            && hasWord(it->end, it->end + (close < 0 ? after.size() : close)))
            return &*it;
    }
    if (!isWordOfFame(noun))
        return nullptr;
    // "Solvik accepted her award. '...,' the actor said": the subject before, as for a pronoun.
    if (const PersonSpan *subject = sentenceSubject(words, people, pos))
        return subject;
    const PersonSpan *best = nullptr;
    for (const PersonSpan &p : people) {
        if (!p.organisation && (!best || p.bundleMentions > best->bundleMentions))
            best = &p;
    }
    return best && best->start < pos ? best : nullptr;
}

// "Fernhill Music, the label that released her album, said it had asked Blue Lantern to ...",
// "Blue Lantern Records, which will release it, said that it 'stands fully behind Juno'": the name
// that opens the sentence, with an apposition or a relative clause between it and the verb, is the
// subject (not the name nearest the verb). Only a name at or after `from`.
const PersonSpan *subjectBeforeApposition(const QString &text, const QList<Word> &words,
                                          const QList<PersonSpan> &people, qsizetype verb, qsizetype from)
{
    qsizetype k = verb;
    for (int count = 0; k > 0 && !words.at(k).sentenceInitial && count < 40; ++count)
        --k;
    if (!words.at(k).sentenceInitial || words.at(k).start < from)
        return nullptr;
    const auto p = std::lower_bound(people.cbegin(), people.cend(), words.at(k).start,
                                    [](const PersonSpan &x, qsizetype at) { return x.start < at; });
    if (p == people.cend() || p->end >= words.at(verb).start)
        return nullptr;
    // At the start, or after words of title or role ("Club chair Bethan Rowlands, who ...").
    for (qsizetype w = k; w < words.size() && words.at(w).start < p->start; ++w) {
        if (!words.at(w).capitalised && !isRoleWord(words.at(w).folded))
            return nullptr;
    }
    // ", the label that released her album," then the verb of speech, the cue itself or before it
    // ("said it had asked Blue Lantern to 'preserve ...'").
    const QStringView rest = QStringView(text).mid(p->end, words.at(verb).start - p->end);
    const qsizetype open = rest.indexOf(QLatin1Char(','));
    if (open < 0 || !rest.first(open).trimmed().isEmpty())
        return nullptr;
    const qsizetype close = rest.indexOf(QLatin1Char(','), open + 1);
    if (close < 0 || close - open > 160)
        return nullptr;
    for (const QChar c : rest.mid(open + 1, close - open - 1)) {
        if (c == QLatin1Char(';') || c == QLatin1Char(':') || c == QLatin1Char('.') || c == QLatin1Char('\n'))
            return nullptr; // more than one sentence or clause
    }
    const qsizetype next = firstWordAtOrAfter(words, p->end + close + 1);
    if (next > verb || !isCue(words, next))
        return nullptr;
    return &*p;
}

// "spokesperson", "spokeswoman", "spokesman": one who speaks for an organisation.
bool isSpokesWord(const QString &folded)
{
    return folded == u"spokesperson" || folded == u"spokeswoman" || folded == u"spokesman";
}

// Resolves a cue at word `verb`: a pronoun just before it ("she said") or a noun for an
// organisation ("the agency said") pointing back to the last person or organisation mentioned
// before `before`; else the person or organisation in [from, to) nearest to the verb; else a
// pronoun after it ("said she").
Attribution attribute(const QString &text, const QList<Word> &words, const QList<PersonSpan> &people,
                      qsizetype verb, qsizetype from, qsizetype to, qsizetype before,
                      qsizetype quoteStart = -1, qsizetype quoteEnd = -1)
{
    const bool asked = words.at(verb).folded == u"asked" || words.at(verb).folded == u"asks";
    // The subject right before the verb; "who chairs the agency, said" has none there.
    if (verb > 0 && words.at(verb - 1).start >= from && plainGap(text, words.at(verb - 1), words.at(verb))) {
        const Word &subject = words.at(verb - 1);
        if (isPersonPronoun(subject.folded)) {
            if (const PersonSpan *p = pronounReferent(words, people, before, quoteStart, quoteEnd))
                return { p->name, true, true, asked };
        } else if (subject.folded == u"it") {
            // "In a statement it said: ..." after a sentence naming the agency.
            if (const PersonSpan *p = personBefore(people, before, true))
                return { p->name, true, true, asked };
        } else if (verb > 1 && isOrganisationNoun(subject.folded) && words.at(verb - 2).folded == u"the") {
            if (const PersonSpan *p = organisationReferredTo(text, people, before, subject.folded))
                return { p->name, true, true, asked };
        } else if (const qsizetype the = verb < 2            ? -1
                       : words.at(verb - 2).folded == u"the" ? verb - 2
                       : verb > 2 && words.at(verb - 3).folded == u"the" && !words.at(verb - 2).capitalised
                       ? verb - 3
                       : -1;
                   the >= 0 && !subject.capitalised
                   && (the == 0 || words.at(the).sentenceInitial || !isPreposition(words.at(the - 1).folded))
                   && (isRoleWord(subject.folded) || WordNet::instance().isPersonNoun(subject.folded))) {
            // "the singer asked him", "the country-pop singer said"
            if (const PersonSpan *p = personInRole(text, words, people, before, subject.folded))
                return { p->name, true, true, asked };
            // "A company spokesperson said ... '...,' the spokesperson said": a spokesperson no
            // name is given for speaks for the organisation named last.
            if (isSpokesWord(subject.folded)) {
                if (const PersonSpan *p = personBefore(people, before, true))
                    return { p->name, true, true, asked };
            }
        } else if (!subject.capitalised && verb > 0 && words.at(verb - 1).start > from
                   && (verb < 2 || !isPreposition(words.at(verb - 2).folded))
                   && WordNet::instance().isPersonNoun(subject.folded)) {
            // "where one viewer called it 'the best thing on TV'": someone unnamed, not the name
            // nearest the verb.
            return { QString(), false, true, asked, true };
        }
    }
    if (const PersonSpan *p = subjectBeforeApposition(text, words, people, verb, from))
        return { p->name, true, true, asked };
    if (const PersonSpan *p = speakerNear(text, people, from, to, words.at(verb)))
        return { p->name, true, true, asked };
    if (verb + 1 < words.size() && isPersonPronoun(words.at(verb + 1).folded)) {
        if (const PersonSpan *p = pronounReferent(words, people, before, quoteStart, quoteEnd))
            return { p->name, true, true, asked };
    }
    return { QString(), false, true, asked };
}

Attribution findSpeaker(const QString &text, const QList<Word> &words, const QList<PersonSpan> &people,
                        const QuoteSpan &quote, qsizetype nextOpen)
{
    // After the quote, up to the end of the sentence: "…," said fire chief Mara Okafor.
    const qsizetype afterLimit = std::min(nextOpen, lineEnd(text, quote.close));
    qsizetype k = firstWordAtOrAfter(words, quote.close + 1);
    const qsizetype firstAfter = k;
    bool verb = false;
    // `called it "the best thing this year". He later posted it to Vidly`: a full stop after the
    // closing mark ends the sentence; what follows attributes nothing.
    if (k < words.size()) {
        const QStringView gap = QStringView(text).mid(quote.close + 1, words.at(k).start - quote.close - 1);
        if (gap.contains(QLatin1Char('.')) || gap.contains(QLatin1Char('!'))
            || gap.contains(QLatin1Char('?')))
            k = words.size();
    }
    for (int count = 0; k < words.size() && words.at(k).start < afterLimit && count < MaxAttributionWords;
         ++k, ++count) {
        if (k > firstAfter && words.at(k).sentenceInitial)
            break;
        if (isCue(words, k)) {
            qsizetype end = k;
            while (end + 1 < words.size() && words.at(end + 1).start < afterLimit
                   && !words.at(end + 1).sentenceInitial && end - firstAfter < MaxAttributionWords)
                ++end;
            // `Anna asked: "Where were you?"` introduces the next quotation, not this one.
            if (nextOpen < lineEnd(text, quote.close)
                && QStringView(text).mid(words.at(end).end, nextOpen - words.at(end).end).trimmed() == u":")
                break;
            const Attribution a = attribute(text, words, people, k, quote.close, words.at(end).end,
                                            quote.open, quote.open, quote.close);
            if (!a.speaker.isEmpty() || a.unnamed)
                return a;
            verb = true;
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
    const qsizetype firstInside = firstWordAtOrAfter(words, quote.open);
    for (qsizetype v = firstInside - 1; v >= 0 && words.at(v).start >= sentenceStart; --v) {
        // "Lind called the vote 'a betrayal'", "Acme described the plan as 'reckless'": a verb of
        // naming a few words before the quotation introduces a named speaker's own word for it
        // ("critics called the set 'loud'" names nobody: a scare quote, no speech).
        if (firstInside - v <= 5 && isNamingVerb(words.at(v).folded)) {
            const Attribution a = attribute(text, words, people, v, sentenceStart, quote.open, sentenceStart,
                                            quote.open, quote.close);
            if (!a.speaker.isEmpty())
                return a;
            if (a.unnamed) // "whom friends have called 'Zo'": no speech of anyone named
                return { QString(), false, false, false, true };
        } else if (isCue(words, v)) {
            const Attribution a = attribute(text, words, people, v, sentenceStart, quote.open, sentenceStart,
                                            quote.open, quote.close);
            if (!a.speaker.isEmpty() || a.unnamed)
                return a;
            verb = true;
            break;
        }
    }
    // No cue: a person earlier in the quotation's own sentence ("Lund accused the bank of
    // choosing to fight inflation 'at the cost of jobs'"), else the nearest person in the paragraph, if any.
    if (const PersonSpan *p = personNear(people, sentenceStart, quote.open, quote.open, 0))
        return { p->name, false, verb };
    constexpr qsizetype Reach = 400; // bounded, so huge paragraphs stay linear
    const qsizetype from = std::max(paragraphStart, quote.open - Reach);
    const qsizetype to = std::min(lineEnd(text, quote.close), quote.close + Reach);
    if (const PersonSpan *p = personNear(people, from, to, quote.open, 0))
        return { p->name, false, verb };
    return { QString(), false, verb };
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

// "Dark Horse", "Page One Rewind": two to eight words, every word but short function words
// capitalised, no sentence inside.
bool isTitleCase(const QString &text)
{
    static const QSet<QString> small { QStringLiteral("a"),  QStringLiteral("an"),  QStringLiteral("the"),
                                       QStringLiteral("of"), QStringLiteral("and"), QStringLiteral("in"),
                                       QStringLiteral("on"), QStringLiteral("to"),  QStringLiteral("for"),
                                       QStringLiteral("at"), QStringLiteral("by"),  QStringLiteral("with"),
                                       QStringLiteral("or"), QStringLiteral("from") };
    int count = 0;
    qsizetype k = 0;
    const qsizetype n = text.size();
    while (k < n) {
        if (!text.at(k).isLetterOrNumber()) {
            if (text.at(k) == QLatin1Char('.') && k + 1 < n && text.at(k + 1) == QLatin1Char(' '))
                return false;
            ++k;
            continue;
        }
        const qsizetype start = k;
        while (k < n
               && (text.at(k).isLetterOrNumber() || text.at(k) == QLatin1Char('\'')
                   || text.at(k) == QChar(0x2019)))
            ++k;
        const QString word = text.mid(start, k - start);
        if (++count > 8)
            return false;
        if (!word.at(0).isUpper() && !word.at(0).isDigit() && !small.contains(word))
            return false;
    }
    return count >= 2;
}

// An embedded post as news pages print it: "We are safe. pic.twitter.com/x1 — Anna Lind (@annalind)
// March 3, 2024". The text before the dash is a quote of the named author.
void addEmbeddedPosts(const QString &text, const QList<PersonSpan> &people, int article,
                      QList<Occurrence> &occurrences)
{
    static const QRegularExpression post(
        QStringLiteral("^(.+?)\\s*(?:pic\\.twitter\\.com/"
                       "\\S+\\s*)?[\u2014\u2013]\\s+([^()\\n\u2014\u2013]{2,60}?)\\s+\\(@\\w{1,30}\\)"
                       "\\s+\\w+\\.? \\d{1,2}, \\d{4}\\s*$"));
    qsizetype at = text.indexOf(QLatin1String("(@"));
    while (at >= 0) {
        const qsizetype start = lineStart(text, at);
        const qsizetype end = lineEnd(text, at);
        at = text.indexOf(QLatin1String("(@"), end);
        const QRegularExpressionMatch m = post.match(text.mid(start, end - start));
        if (m.hasMatch()) {
            Occurrence occ;
            occ.article = article;
            const qsizetype from = start + m.capturedStart(1);
            const qsizetype to = start + m.capturedEnd(1);
            occ.open = from;
            occ.close = to;
            occ.spans.append({ from, to });
            occ.text = m.captured(1).trimmed();
            occ.words = quoteWords(occ.text);
            const qsizetype nameStart = start + m.capturedStart(2);
            occ.speaker = m.captured(2).trimmed();
            if (const PersonSpan *p = personNear(people, nameStart, start + m.capturedEnd(2), nameStart))
                occ.speaker = p->name;
            occ.cued = true;
            bool quoted = false; // already found in quotation marks
            for (const Occurrence &other : std::as_const(occurrences))
                quoted = quoted || (other.article == article && other.open >= from - 1 && other.open < to);
            if (!quoted && occ.words.size() >= 3)
                occurrences.append(occ);
        }
    }
}

// The other party of a dialogue at occurrence `j`: the last other speaker before it, else the
// last other person mentioned before it.
QString otherParty(const QList<Occurrence> &occurrences, const QList<PersonSpan> &people, qsizetype from,
                   qsizetype j)
{
    const QString &speaker = occurrences.at(j).speaker;
    for (qsizetype k = j - 1; k >= from; --k) {
        if (!occurrences.at(k).speaker.isEmpty() && occurrences.at(k).speaker != speaker)
            return occurrences.at(k).speaker;
    }
    auto it = std::lower_bound(people.cbegin(), people.cend(), occurrences.at(j).open,
                               [](const PersonSpan &p, qsizetype at) { return p.start < at; });
    for (int steps = 0; it != people.cbegin() && steps < 50; ++steps) {
        --it;
        if (!it->organisation && it->name != speaker)
            return it->name;
    }
    return {};
}

// An interview printed as questions and answers: a paragraph that only asks ("Do you want the job
// on a permanent basis?"), then an unattributed quotation that opens the next paragraph: the answer
// of the person the introduction names first (the paragraph before the first question), the same
// for every answer.
void answerInterviewQuestions(const QString &text, const QList<PersonSpan> &people,
                              QList<Occurrence> &occurrences, qsizetype from)
{
    QString interviewee;
    bool looked = false;
    for (qsizetype i = from; i < occurrences.size(); ++i) {
        Occurrence &occ = occurrences[i];
        if (occ.cued || occ.reported || occ.open < 2 || lineStart(text, occ.open) != occ.open)
            continue;
        const qsizetype questionStart = lineStart(text, occ.open - 1);
        const QStringView question
            = QStringView(text).mid(questionStart, occ.open - 1 - questionStart).trimmed();
        const bool quoted = std::any_of(question.cbegin(), question.cend(), [](QChar c) {
            return c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D);
        });
        if (!question.endsWith(QLatin1Char('?')) || question.size() > 300 || quoted)
            continue;
        if (!looked) {
            looked = true;
            if (questionStart >= 2) {
                const qsizetype introStart = lineStart(text, questionStart - 1);
                const auto p
                    = std::lower_bound(people.cbegin(), people.cend(), introStart,
                                       [](const PersonSpan &x, qsizetype at) { return x.start < at; });
                for (auto q = p; q != people.cend() && q->start < questionStart; ++q) {
                    if (!q->organisation) {
                        interviewee = q->name;
                        break;
                    }
                }
            }
        }
        if (interviewee.isEmpty())
            return;
        occ.speaker = interviewee;
        occ.cued = true;
    }
}

// Transcripts label each answer with who gives it: `LM: "Speed, obviously."` or `Munkholm: "..."`.
// The label is the initials or the surname of a person the article names; "Q" is the interviewer.
// The label decides over any speaker found around the line (the last name before it, say).
void answerLabelledLines(const QString &text, const QList<PersonSpan> &people, QList<Occurrence> &occurrences,
                         qsizetype from)
{
    QHash<QString, QString> byLabel; // initials or surname -> name, empty when two people share it
    for (const PersonSpan &p : people) {
        if (p.organisation)
            continue;
        const QStringList parts = p.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() < 2)
            continue;
        QString initials;
        for (const QString &part : parts)
            initials += part.front().toUpper();
        for (const QString &label : { initials, parts.back() }) {
            const auto it = byLabel.constFind(label);
            if (it == byLabel.constEnd())
                byLabel.insert(label, p.name);
            else if (*it != p.name)
                byLabel[label].clear();
        }
    }
    if (byLabel.isEmpty())
        return;
    for (qsizetype i = from; i < occurrences.size(); ++i) {
        Occurrence &occ = occurrences[i];
        if (occ.reported)
            continue;
        const qsizetype start = lineStart(text, occ.open);
        const QStringView head = QStringView(text).mid(start, occ.open - start).trimmed();
        if (head.size() < 2 || head.size() > 30 || !head.endsWith(QLatin1Char(':')))
            continue;
        const QString label = head.chopped(1).trimmed().toString();
        const QString name = byLabel.value(label);
        if (name.isEmpty())
            continue;
        occ.speaker = name;
        occ.cued = true;
    }
}

// A quotation that runs over paragraphs, or a quote paragraph right after an attributed one,
// has the same speaker: "“I am proud,” she said.\n“We will be back.”" After a question
// ("“Where were you?” Lind asked.") unattributed lines take turns between the two speakers.
void inheritSpeakers(const QString &text, const QList<PersonSpan> &people, QList<Occurrence> &occurrences,
                     qsizetype from)
{
    const auto adjacent = [&](const Occurrence &before, const Occurrence &after) {
        if (after.open < before.close)
            return false;
        const qsizetype breaks
            = QStringView(text).mid(before.close, after.open - before.close).count(QLatin1Char('\n'));
        const bool startsParagraph = lineStart(text, after.open) == after.open;
        return breaks == 1 && startsParagraph;
    };
    // `"I have never seen anything like it," he said. "Half the roof was gone."`: a quotation right
    // after the sentence that attributes the one before it, in the same paragraph, goes on with the
    // same speaker (a new speaker in dialogue takes a new paragraph).
    const auto followsItsAttribution = [&](const Occurrence &before, const Occurrence &after) {
        if (after.open < before.close || after.open - before.close > 80)
            return false;
        const QStringView between = QStringView(text).mid(before.close + 1, after.open - before.close - 1);
        const QStringView gap = between.trimmed();
        if (between.contains(QLatin1Char('\n')) || !gap.endsWith(QLatin1Char('.')))
            return false;
        const QList<QStringView> gapWords = gap.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return std::any_of(gapWords.cbegin(), gapWords.cend(), [](QStringView word) {
            while (!word.isEmpty() && !word.back().isLetter())
                word.chop(1);
            return isSpeechVerb(word.toString().toCaseFolded());
        });
    };
    for (qsizetype i = from + 1; i < occurrences.size(); ++i) {
        Occurrence &occ = occurrences[i];
        const Occurrence &prev = occurrences.at(i - 1);
        if (!occ.cued && prev.cued && !prev.speaker.isEmpty() && followsItsAttribution(prev, occ)) {
            occ.speaker = prev.speaker;
            occ.cued = true;
            continue;
        }
        if (occ.cued || !prev.cued || prev.speaker.isEmpty() || !adjacent(prev, occ))
            continue;
        if (prev.asked || prev.turn) {
            const QString other = otherParty(occurrences, people, from, i - 1);
            if (!other.isEmpty()) {
                occ.speaker = other;
                occ.cued = true;
                occ.turn = true;
                continue;
            }
        }
        occ.speaker = prev.speaker;
        occ.cued = true;
    }
    for (qsizetype i = occurrences.size() - 2; i >= from; --i) {
        Occurrence &occ = occurrences[i];
        const Occurrence &next = occurrences.at(i + 1);
        if (!occ.cued && occ.continued && next.cued && !next.speaker.isEmpty() && adjacent(occ, next)) {
            occ.speaker = next.speaker;
            occ.cued = true;
        }
    }
}

int findRoot(QList<int> &parent, int x)
{
    while (parent.at(x) != x) {
        parent[x] = parent.at(parent.at(x));
        x = parent.at(x);
    }
    return x;
}

// An unquoted stretch of an article: a sentence, or the clause of it that reports speech.
struct Unquoted
{
    int article = 0;
    QuoteUnit unit;
    QuoteMatcher::Profile profile;
    QString speaker;
    bool cued = false;
};

// Whether quotations cover half or more of [start, end). `quotes` are in text order and do not
// overlap (QuoteFinder), so only those ending after `start` and opening before `end` are visited.
bool mostlyQuoted(const QList<QuoteSpan> &quotes, qsizetype start, qsizetype end)
{
    qsizetype covered = 0;
    auto q = std::partition_point(quotes.cbegin(), quotes.cend(),
                                  [start](const QuoteSpan &span) { return span.close <= start; });
    for (; q != quotes.cend() && q->open < end; ++q)
        covered += std::max<qsizetype>(0, std::min(q->close, end) - std::max(q->open, start));
    return 2 * covered >= end - start;
}

Occurrence unquotedOccurrence(const Bundle &bundle, const Unquoted &u)
{
    Occurrence occ;
    occ.article = u.article;
    occ.reported = true;
    occ.open = u.unit.start;
    occ.close = u.unit.end;
    occ.spans.append({ u.unit.start, u.unit.end });
    occ.text = bundle.articles.at(u.article).text.mid(u.unit.start, u.unit.end - u.unit.start);
    occ.words = quoteWords(occ.text);
    occ.speaker = u.speaker;
    occ.cued = u.cued;
    return occ;
}

// One speaker's quotation worded differently by two outlets ("Mr Ferris maintains his
// innocence" / "He maintains he is innocent"): few words alike, so the word grouping misses it,
// but the content words meet through their stems. Only across outlets (one outlet quoting a
// speaker twice quotes two statements) and only when most of the shorter one's content words are
// in the other.
void joinSameSpeakerRewordings(const Bundle &bundle, const QList<Occurrence> &occurrences, QList<int> &parent,
                               QuoteMatcher &matcher, const std::function<void(int, int)> &join)
{
    constexpr qsizetype maxPerSpeaker = 64; // a speaker quoted more often is left to the word grouping
    QHash<QString, QList<int>> bySpeaker;
    for (int i = 0; i < occurrences.size(); ++i) {
        if (occurrences.at(i).cued && !occurrences.at(i).speaker.isEmpty())
            bySpeaker[occurrences.at(i).speaker].append(i);
    }
    for (const QList<int> &list : std::as_const(bySpeaker)) {
        if (list.size() < 2 || list.size() > maxPerSpeaker)
            continue;
        QList<QuoteMatcher::Profile> profiles;
        profiles.reserve(list.size());
        for (const int i : list)
            profiles.append(matcher.profile(occurrences.at(i).text));
        for (qsizetype x = 0; x < list.size(); ++x) {
            for (qsizetype y = x + 1; y < list.size(); ++y) {
                const Occurrence &a = occurrences.at(list.at(x));
                const Occurrence &b = occurrences.at(list.at(y));
                if (a.article == b.article || findRoot(parent, list.at(x)) == findRoot(parent, list.at(y))
                    || bundle.articles.at(a.article).outlet == bundle.articles.at(b.article).outlet)
                    continue;
                const QuoteEvidence e = QuoteMatcher::compare(profiles.at(x), profiles.at(y));
                if (e.shared >= 2 && 3 * e.shared >= 2 * e.smaller)
                    join(list.at(y), list.at(x));
            }
        }
    }
}

// Finds the quotes carried without quotation marks: a quote's reported or reworded version in an
// outlet that does not quote it (at most one per outlet, the closest), and the same reported
// speech in several outlets. Adds them to `occurrences` (as `reported`) and to the groups.
void linkUnquoted(const Bundle &bundle, const QList<QList<Word>> &words,
                  const QList<QList<PersonSpan>> &people, const QList<QList<QuoteSpan>> &quotations,
                  QList<Occurrence> &occurrences, QList<int> &parent, QuoteMatcher &matcher)
{
    QList<Unquoted> units;
    QHash<quint64, QList<int>> postings;
    for (int a = 0; a < bundle.articles.size(); ++a) {
        const QString &text = bundle.articles.at(a).text;
        QList<Token> tokens;
        for (const QuoteUnit &unit : QuoteMatcher::units(text, 0, text.size(), 5, &tokens)) {
            if (mostlyQuoted(quotations.at(a), unit.start, unit.end))
                continue;
            Unquoted u;
            u.article = a;
            u.unit = unit;
            u.profile = matcher.profile(text, tokens, unit.firstToken, unit.endToken);
            if (unit.reported) {
                const qsizetype verb = firstWordAtOrAfter(words.at(a), unit.verbStart);
                if (verb < words.at(a).size()) {
                    const bool clauseAfter = unit.start > unit.verbStart;
                    const qsizetype from = clauseAfter
                        ? std::max(lineStart(text, unit.verbStart), unit.verbStart - 300)
                        : unit.end;
                    const qsizetype to = clauseAfter
                        ? unit.start
                        : std::min(lineEnd(text, unit.verbEnd), unit.verbEnd + 120);
                    const Attribution who
                        = attribute(text, words.at(a), people.at(a), verb, from, to, unit.verbStart);
                    u.speaker = who.speaker;
                    u.cued = who.cued;
                    // "The judge ruled on Monday, saying ...": the sentence's subject speaks.
                    if (words.at(a).at(verb).folded == u"saying") {
                        const PersonSpan *subject = personNear(people.at(a), unit.sentenceStart,
                                                               unit.verbStart, unit.sentenceStart);
                        u.speaker = subject ? subject->name : QString();
                        u.cued = subject != nullptr;
                    }
                }
            }
            const int id = int(units.size());
            for (const quint64 f : std::as_const(u.profile.features))
                postings[f].append(id);
            units.append(u);
        }
    }
    // Units sharing at least two content words with `profile`, with the count.
    const auto candidates = [&](const QuoteMatcher::Profile &profile) {
        QHash<int, int> shared;
        for (const quint64 f : profile.features) {
            const QList<int> &list = postings.value(f);
            if (list.size() > MaxPostings)
                continue;
            for (const int id : list)
                ++shared[id];
        }
        return shared;
    };

    // A quote's counterparts: each direct occurrence's sentences against the units.
    struct Link
    {
        double score;
        int root;
        int unit;
    };
    QList<Link> links;
    QHash<int, QSet<int>> articlesOfRoot;
    QHash<int, QSet<QString>> speakersOfRoot;
    const qsizetype direct = occurrences.size();
    QList<QList<QPair<qsizetype, qsizetype>>> directSpans(bundle.articles.size());
    for (int i = 0; i < direct; ++i) {
        articlesOfRoot[findRoot(parent, i)].insert(occurrences.at(i).article);
        if (!occurrences.at(i).speaker.isEmpty())
            speakersOfRoot[findRoot(parent, i)].insert(occurrences.at(i).speaker);
        directSpans[occurrences.at(i).article].append({ occurrences.at(i).open, occurrences.at(i).close });
    }
    const auto overlapsDirect = [&](const Unquoted &u) {
        for (const auto &span : directSpans.at(u.article)) {
            if (span.first < u.unit.end && u.unit.start < span.second)
                return true;
        }
        return false;
    };
    for (int i = 0; i < direct; ++i) {
        const Occurrence &occ = occurrences.at(i);
        const int root = findRoot(parent, i);
        const QString &text = bundle.articles.at(occ.article).text;
        for (const auto &span : occ.spans) {
            QList<Token> tokens;
            for (const QuoteUnit &sentence : QuoteMatcher::units(text, span.first, span.second, 2, &tokens)) {
                const QuoteMatcher::Profile profile
                    = matcher.profile(text, tokens, sentence.firstToken, sentence.endToken);
                const QHash<int, int> shared = candidates(profile);
                for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
                    const Unquoted &u = units.at(it.key());
                    if (it.value() < 2)
                        continue;
                    if (articlesOfRoot.value(root).contains(u.article)) {
                        // An outlet that quotes the words and also prints them as its own text,
                        // without quotation marks: the quote is stated as a fact there too.
                        if (u.article == occ.article && !overlapsDirect(u)
                            && WordDiff::sameWords(
                                QStringView(text).mid(sentence.start, sentence.end - sentence.start),
                                QStringView(text).mid(u.unit.start, u.unit.end - u.unit.start)))
                            links.append({ 1.0e6, root, it.key() });
                        continue;
                    }
                    const QuoteEvidence e = QuoteMatcher::compare(profile, u.profile);
                    const bool sameSpeaker = u.cued && speakersOfRoot.value(root).contains(u.speaker);
                    // Another speaker's reported words are not this quote.
                    if (u.cued && !u.speaker.isEmpty() && !sameSpeaker)
                        continue;
                    if (QuoteMatcher::links(e, sameSpeaker))
                        links.append({ e.score, root, it.key() });
                }
            }
        }
    }
    // Equal scores in a fixed order: the links were found in a hash's order, which differs per run.
    std::sort(links.begin(), links.end(), [](const Link &x, const Link &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.root != y.root ? x.root < y.root : x.unit < y.unit;
    });
    QSet<int> usedUnits;
    QSet<QPair<int, int>> usedArticles; // (root, article)
    for (const Link &link : std::as_const(links)) {
        const Unquoted &u = units.at(link.unit);
        if (usedUnits.contains(link.unit) || usedArticles.contains({ link.root, u.article }))
            continue;
        usedUnits.insert(link.unit);
        usedArticles.insert({ link.root, u.article });
        occurrences.append(unquotedOccurrence(bundle, u));
        parent.append(link.root);
    }

    // The same reported speech in several outlets: a person's words after the verb ("Lind said
    // the theatre would ..."); "…, the agency said" after a fact is sourcing, not speech.
    QSet<QString> organisations;
    for (const QList<PersonSpan> &spans : people) {
        for (const PersonSpan &p : spans) {
            if (p.organisation)
                organisations.insert(p.name);
        }
    }
    const auto isSpeech = [&](const Unquoted &u) {
        return u.unit.reported && u.unit.start > u.unit.verbStart && u.cued && !u.speaker.isEmpty()
            && !organisations.contains(u.speaker);
    };
    // Reported speech that carries a quotation of its own ("warned that inflation was 'far too high'")
    // is that quote's frame: the words both outlets share are the quotation, already a quote.
    const auto holdsQuotation = [&](const Unquoted &u) {
        const QList<QuoteSpan> &quotes = quotations.at(u.article);
        const auto q = std::partition_point(quotes.cbegin(), quotes.cend(), [&](const QuoteSpan &span) {
            return span.close <= u.unit.start;
        });
        return q != quotes.cend() && q->open < u.unit.end;
    };
    QList<int> reported;
    for (int id = 0; id < units.size(); ++id) {
        if (isSpeech(units.at(id)) && !usedUnits.contains(id) && !holdsQuotation(units.at(id)))
            reported.append(id);
    }
    QHash<int, int> occurrenceOfUnit;
    for (const int id : std::as_const(reported)) {
        const Unquoted &u = units.at(id);
        const QHash<int, int> shared = candidates(u.profile);
        // In unit order, not the hash's (which differs from run to run): the order the occurrences
        // are added in decides which version names the quote.
        QList<int> others = shared.keys();
        std::sort(others.begin(), others.end());
        for (const int otherId : std::as_const(others)) {
            const Unquoted &other = units.at(otherId);
            if (otherId >= id || !isSpeech(other) || other.article == u.article || shared.value(otherId) < 2
                || usedUnits.contains(otherId) || u.speaker != other.speaker)
                continue;
            const QuoteEvidence e = QuoteMatcher::compare(u.profile, other.profile);
            // One speaker, one phrase and half the words: the same statement.
            if (e.run < 2 || 2 * e.shared < e.smaller)
                continue;
            for (const int x : { otherId, id }) {
                if (!occurrenceOfUnit.contains(x)) {
                    occurrenceOfUnit.insert(x, int(occurrences.size()));
                    occurrences.append(unquotedOccurrence(bundle, units.at(x)));
                    parent.append(int(parent.size()));
                }
            }
            const int x = findRoot(parent, occurrenceOfUnit.value(otherId));
            const int y = findRoot(parent, occurrenceOfUnit.value(id));
            if (x != y)
                parent[y] = x;
        }
    }
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
    QList<Occurrence> tentative;
    QList<QList<QuoteSpan>> quotations;
    for (int a = 0; a < bundle.articles.size(); ++a) {
        const QString &text = bundle.articles.at(a).text;
        const QList<QuoteSpan> quotes = QuoteFinder::find(text, 1);
        quotations.append(quotes);
        const qsizetype articleStart = occurrences.size();
        for (qsizetype q = 0; q < quotes.size(); ++q) {
            const QuoteSpan &quote = quotes.at(q);
            Occurrence occ;
            occ.article = a;
            occ.open = quote.open;
            occ.spans.append({ quote.innerStart(), quote.innerEnd() });
            occ.text = text.mid(quote.innerStart(), quote.innerEnd() - quote.innerStart()).trimmed();
            Attribution who;
            if (q + 1 < quotes.size() && !quote.continued
                && isSplitAttribution(text, words.at(a), quote, quotes.at(q + 1))) {
                const QuoteSpan &second = quotes.at(q + 1);
                occ.spans.append({ second.innerStart(), second.innerEnd() });
                occ.text += QLatin1Char(' ')
                    + text.mid(second.innerStart(), second.innerEnd() - second.innerStart()).trimmed();
                who = findSpeaker(text, words.at(a), people.at(a), quote, second.open);
                occ.continued = second.continued;
                occ.close = second.close;
                ++q;
            } else {
                const qsizetype nextOpen = q + 1 < quotes.size() ? quotes.at(q + 1).open : text.size();
                who = findSpeaker(text, words.at(a), people.at(a), quote, nextOpen);
                occ.continued = quote.continued;
                occ.close = quote.close;
            }
            occ.speaker = who.speaker;
            occ.cued = who.cued;
            occ.asked = who.asked;
            occ.words = quoteWords(occ.text);
            // Titles ("Dark Horse") and scare quotes ("safe") are no speech: a short quotation
            // needs a reporting verb (or a longer quotation of its speaker to come from), and one
            // in Title Case is a title even with one.
            if (isTitleCase(occ.text))
                continue;
            if (occ.words.size() <= 3 && !who.verb) {
                occ.tentative = true;
                tentative.append(occ);
                continue;
            }
            occurrences.append(occ);
        }
        addEmbeddedPosts(text, people.at(a), a, occurrences);
        answerLabelledLines(text, people.at(a), occurrences, articleStart);
        inheritSpeakers(text, people.at(a), occurrences, articleStart);
        answerInterviewQuestions(text, people.at(a), occurrences, articleStart);
    }
    occurrences.append(tentative); // after the speakers of dialogue turns are settled

    // Group the same quote across articles; an inverted index keeps this near-linear.
    QList<int> parent(occurrences.size());
    std::iota(parent.begin(), parent.end(), 0);
    // The occurrences of each group, by root. Two quotations one outlet prints apart are two
    // statements: a third outlet that quotes both in one quotation joins only the first, or the
    // group would show one of them and hide the other. Two built alike ("I have no complaint about
    // the count." "I have a complaint about 88 votes.") are two statements too: one outlet does not
    // reword its own quotation, so only near-identical ones (three quarters of the words in order)
    // are one.
    QList<QList<int>> membersOf(occurrences.size());
    for (int i = 0; i < occurrences.size(); ++i)
        membersOf[i] = { i };
    auto apart = [&](int x, int y) {
        const Occurrence &a = occurrences.at(x);
        const Occurrence &b = occurrences.at(y);
        return a.article == b.article && !a.reported && !b.reported && !a.tentative && !b.tentative
            && similarity(a.words, b.words) < 0.75;
    };
    auto join = [&](int i, int other) {
        const int x = findRoot(parent, other);
        const int y = findRoot(parent, i);
        if (x == y)
            return;
        // A statement quoted that often is no two statements run together; this keeps it linear.
        constexpr qsizetype checked = 16;
        if (membersOf[x].size() > checked || membersOf[y].size() > checked) {
            parent[y] = x;
            return;
        }
        for (const int a : std::as_const(membersOf[x])) {
            for (const int b : std::as_const(membersOf[y])) {
                if (apart(a, b))
                    return;
            }
        }
        parent[y] = x;
        membersOf[x].append(membersOf[y]);
        membersOf[y].clear();
    };
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
        // Candidates with the most words in common first: which group a quotation joins must not
        // depend on the order of a hash (the closest one wins when two of one outlet's are apart).
        QList<QPair<int, int>> ranked;
        ranked.reserve(shared.size());
        for (auto it = shared.cbegin(); it != shared.cend(); ++it)
            ranked.append({ it.value(), it.key() });
        std::sort(ranked.begin(), ranked.end(), [](const QPair<int, int> &x, const QPair<int, int> &y) {
            return x.first != y.first ? x.first > y.first : x.second < y.second;
        });
        for (const auto &[count, key] : std::as_const(ranked)) {
            const Occurrence &other = occurrences.at(key);
            const qsizetype shorter = std::min(occ.words.size(), other.words.size());
            if (count * 2 < shorter || findRoot(parent, key) == findRoot(parent, i))
                continue;
            const double score = similarity(occ.words, other.words);
            const bool sameSpeaker = !occ.speaker.isEmpty() && occ.speaker == other.speaker;
            // One quotation cut differently: most of the shorter one lies in the longer one.
            const double common = score * double(occ.words.size() + other.words.size()) / 2;
            const bool excerpt = shorter >= 6 && common >= 0.8 * double(shorter);
            // One speaker's word or phrase another outlet quoted from a longer quotation of theirs
            // ("closing" from "… the window to contain this is closing").
            const bool fragment = sameSpeaker && occ.article != other.article
                && (occ.words.size() < other.words.size() ? containsRun(other.words, occ.words)
                                                          : containsRun(occ.words, other.words));
            if (occ.tentative || other.tentative) {
                if (fragment)
                    join(i, key);
                continue;
            }
            if (score >= 0.6 || (sameSpeaker && score >= 0.45) || excerpt || fragment)
                join(i, key);
        }
        for (const QString &w : std::as_const(seen))
            postings[w].append(i);
    }

    // One matcher for both steps: its word features are looked up and stemmed once.
    QuoteMatcher matcher;
    joinSameSpeakerRewordings(bundle, occurrences, parent, matcher, join);
    linkUnquoted(bundle, words, people, quotations, occurrences, parent, matcher);

    // A group without quotation marks anywhere (the same reported speech in several outlets) is
    // suggested only when the outlets word it differently; within one outlet, or worded alike,
    // it is ordinary shared text.
    QHash<int, QSet<int>> articlesOfRoot;
    QHash<int, int> firstOfRoot;
    QSet<int> alteredRoots; // some version's words differ from the first (WordDiff's rule)
    QSet<int> directRoots;
    QSet<int> reportedRoots; // some outlet carries the words without quotation marks
    QSet<int> confirmedRoots; // some member is more than a short quotation without a verb
    for (int i = 0; i < occurrences.size(); ++i) {
        const int root = findRoot(parent, i);
        articlesOfRoot[root].insert(occurrences.at(i).article);
        const int first = firstOfRoot.value(root, i);
        firstOfRoot.insert(root, first);
        if (!WordDiff::sameWords(occurrences.at(first).text, occurrences.at(i).text))
            alteredRoots.insert(root);
        if (occurrences.at(i).tentative)
            continue;
        confirmedRoots.insert(root);
        if (!occurrences.at(i).reported)
            directRoots.insert(root);
        else
            reportedRoots.insert(root);
    }

    // A quote is named by its fullest version: a longer one that holds the first's words in their
    // order ("closing" is named by "... the window is closing", "the roof was in the car park" by
    // "half the roof was sitting in the car park"), or one at least five words longer (an outlet that quotes
    // the statement in full, where another trims it or splits it into two quotations).
    QHash<int, int> nameOfRoot;
    for (int i = 0; i < occurrences.size(); ++i) {
        const int root = findRoot(parent, i);
        const auto it = nameOfRoot.constFind(root);
        if (it == nameOfRoot.cend()) {
            nameOfRoot.insert(root, i);
            continue;
        }
        const QStringList &current = occurrences.at(it.value()).words;
        const QStringList &longer = occurrences.at(i).words;
        if (!occurrences.at(i).reported && longer.size() > current.size()
            && (containsInOrder(longer, current) || longer.size() >= current.size() + 5))
            nameOfRoot.insert(root, i);
    }

    QHash<int, int> suggestionOfRoot;
    QList<Suggestion> result;
    QList<QHash<QString, int>> reportedVotes;
    QList<QHash<QString, int>> speakerVotes;
    QList<bool> altered;
    QList<bool> cued;
    for (int i = 0; i < occurrences.size(); ++i) {
        const Occurrence &occ = occurrences.at(i);
        const int root = findRoot(parent, i);
        const bool direct = directRoots.contains(root);
        if (!confirmedRoots.contains(root)
            || (!direct && (articlesOfRoot.value(root).size() < 2 || !alteredRoots.contains(root))))
            continue;
        int si = suggestionOfRoot.value(root, -1);
        if (si < 0) {
            si = int(result.size());
            suggestionOfRoot.insert(root, si);
            Suggestion s;
            s.kind = Suggestion::Quote;
            s.name = occurrences.at(nameOfRoot.value(root, i)).text;
            result.append(s);
            speakerVotes.append(QHash<QString, int>());
            reportedVotes.append(QHash<QString, int>());
            // A quotation carried without its marks somewhere is altered there, same words or not.
            altered.append(alteredRoots.contains(root) || (direct && reportedRoots.contains(root)));
            cued.append(false);
        }
        Suggestion &s = result[si];
        for (const auto &span : occ.spans) {
            const QString &text = bundle.articles.at(occ.article).text;
            s.mentions.append(SuggestedMention { occ.article, span.first, span.second,
                                                 text.mid(span.first, span.second - span.first),
                                                 occ.reported });
        }
        // Reported speech names its speaker only where no quotation does.
        if (!occ.speaker.isEmpty())
            (occ.reported ? reportedVotes : speakerVotes)[si][occ.speaker] += occ.cued ? 2 : 1;
        cued[si] = cued.at(si) || occ.cued;
    }
    QSet<QString> organisations;
    for (const QList<PersonSpan> &spans : people) {
        for (const PersonSpan &p : spans) {
            if (p.organisation)
                organisations.insert(p.name);
        }
    }
    for (qsizetype si = 0; si < result.size(); ++si) {
        Suggestion &s = result[si];
        std::stable_sort(
            s.mentions.begin(), s.mentions.end(), [](const SuggestedMention &x, const SuggestedMention &y) {
                return x.articleIndex != y.articleIndex ? x.articleIndex < y.articleIndex : x.start < y.start;
            });
        const bool onlyReported = std::all_of(s.mentions.cbegin(), s.mentions.cend(),
                                              [](const SuggestedMention &m) { return m.reported; });
        const QHash<QString, int> &votes
            = speakerVotes.at(si).isEmpty() ? reportedVotes.at(si) : speakerVotes.at(si);
        int best = 0;
        for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
            if (it.value() > best || (it.value() == best && it.key() < s.speaker)) {
                best = it.value();
                s.speaker = it.key();
            }
        }
        s.speakerKind = organisations.contains(s.speaker) ? Suggestion::Organisation : Suggestion::Person;
        s.altered = altered.at(si);
        s.confidence = onlyReported ? 0.6 : (cued.at(si) ? 0.9 : (s.speaker.isEmpty() ? 0.6 : 0.7));
    }
    return result;
}

} // namespace sw::suggest

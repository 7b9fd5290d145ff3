// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The fact-level tier and the passage model on text written for these tests: sentences that
// report one fact in other words are linked, unrelated stories are not, short shared facts count,
// passages never shrink to scraps, and a stretch sits in two passages only when the second links it
// to something the first does not.
#include "align/comparison.h"
#include "align/tokenizer.h"
#include "align/wordfeatures.h"
#include "bundle/bundleloader.h"

#include <QRegularExpression>
#include <QTest>

using namespace sw;

namespace {

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\w']+"));
    QStringList out;
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();)
        out << it.next().captured();
    return out;
}

// Longest run of the needle's words found in `text`, as a share of the needle's words.
double coverage(const QString &needle, const QString &text)
{
    const QStringList n = wordsOf(needle);
    const QStringList t = wordsOf(text);
    int best = 0;
    for (qsizetype i = 0; i < n.size(); ++i) {
        for (qsizetype j = 0; j < t.size(); ++j) {
            int k = 0;
            while (i + k < n.size() && j + k < t.size() && n[i + k] == t[j + k])
                ++k;
            best = std::max(best, k);
        }
    }
    return n.isEmpty() ? 0 : double(best) / double(n.size());
}

QString spanText(const QList<QString> &texts, const PassageSpan &s)
{
    return texts[s.article].mid(s.start, s.end - s.start);
}

// One passage holds at least half of each needle in its article.
bool linked(const ComparisonResult &r, const QList<QString> &texts, int a, const QString &needleA, int b,
            const QString &needleB)
{
    for (const Passage &p : r.passages) {
        const PassageSpan *sa = p.spanIn(a);
        const PassageSpan *sb = p.spanIn(b);
        if (sa && sb && coverage(needleA, spanText(texts, *sa)) >= 0.5
            && coverage(needleB, spanText(texts, *sb)) >= 0.5)
            return true;
    }
    return false;
}

bool inUnique(const ComparisonResult &r, const QList<QString> &texts, int article, const QString &needle)
{
    for (const UniqueSpan &u : r.unique) {
        if (u.article == article && texts[article].mid(u.start, u.end - u.start).contains(needle))
            return true;
    }
    return false;
}

// A wire story about a ferry strike and an outlet's rewrite of it in its own words.
const QString kWire = QStringLiteral(
    "Ferry crews walk out over night shifts\n"
    "Ferry crews on the Skarholm crossing stopped work at six on Monday morning after talks with the "
    "operator Nordlink broke down over night-shift pay.\n"
    "About 4,200 passengers a day use the crossing, which links the island to the mainland port of Vellby.\n"
    "\"We have asked for the same rate as the harbour pilots for ten years,\" said union steward Ines "
    "Malvik. \"Nobody should be surprised that we have run out of patience.\"\n"
    "Nordlink said it had offered a rise of three per cent and called the strike irresponsible.\n"
    "The island's only doctor, Jonas Brekke, warned that patients who need dialysis on the mainland would "
    "be flown over by helicopter while the boats stay in port.\n"
    "The last strike on the crossing, in 2019, lasted eleven days.");
const QString kRewrite = QStringLiteral(
    "Skarholm cut off as ferry workers strike\n"
    "Islanders woke on Monday to find no boats running: crews on the Skarholm route downed tools at 6 am "
    "when pay negotiations with Nordlink over night work collapsed.\n"
    "Roughly 4,200 people cross to Vellby and back every day.\n"
    "Union steward Ines Malvik said workers had been demanding the harbour pilots' rate for a decade and "
    "that their patience had finally run out.\n"
    "The operator described the walkout as irresponsible, saying it had put a three per cent pay rise on "
    "the table.\n"
    "Shops on the island began limiting sales of milk and bread by the afternoon.\n"
    "Dialysis patients will be taken to the mainland by helicopter for as long as the strike lasts, "
    "according to island doctor Jonas Brekke.");

// Two stories that have nothing to do with each other, in the same news style and with the
// same stock phrases.
const QString kLibrary = QStringLiteral(
    "Old library reopens after two years of work\n"
    "The public library in Dunmore reopened its doors on Tuesday after a renovation that cost the town "
    "council 3.1 million pounds, officials said in a statement.\n"
    "Readers queued along the high street before the opening, and the first hundred visitors were given a "
    "free tote bag designed by pupils of the local primary school.\n"
    "\"This building belongs to everyone in the town,\" said head librarian Agnes Whitlow, who has worked "
    "there since 1998.\n"
    "The new reading room on the top floor has views over the harbour and will stay open until nine on "
    "weekday evenings, according to the council.");
const QString kCycling = QStringLiteral(
    "Brandt takes stage four in the rain\n"
    "Belgian rider Pieter Brandt won the fourth stage of the coastal tour on Tuesday, sprinting clear of "
    "the bunch on a wet finishing straight in Ostrava, officials said in a statement.\n"
    "The 180-kilometre stage was marked by crashes on the descent from the Hradek pass, where two riders "
    "abandoned with suspected broken collarbones.\n"
    "\"I knew the corner before the line was slippery, so I went early,\" Brandt said after the finish.\n"
    "Race leader Marco Vitale finished safely in the main group and keeps the yellow jersey with three "
    "stages left, according to the organisers.");

// An agency's statement quoted by two outlets, and a third that keeps one clause of it.
const QString kAgency = QStringLiteral(
    "Storm floods coastal villages\n"
    "Heavy rain flooded three villages on the Marrow coast overnight, and the river at Tolby burst its "
    "banks before dawn.\n"
    "\"While there are no early reports of injuries among the crews, this is a fast moving situation and "
    "more details will follow tonight,\" the regional rescue agency said in a statement.\n"
    "Schools in the area will stay closed on Wednesday.");
const QString kAgency2 = QStringLiteral(
    "Villages under water after night of rain\n"
    "Three villages on the Marrow coast were flooded overnight by heavy rain.\n"
    "\"While there are no early reports of injuries among the crews, this is a fast moving situation and "
    "more details will follow tonight,\" the regional rescue agency said in a statement.\n"
    "Train services along the coast were suspended until further notice.");
const QString kRetold = QStringLiteral(
    "Marrow coast flooding\n"
    "The regional rescue agency said there are no early reports of injuries among the crews, but the "
    "situation is fast moving.\n"
    "Volunteers filled sandbags at the Tolby fire station through the night.");

} // namespace

class TestFactTier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rewriteInOwnWordsIsLinked()
    {
        const QList<QString> texts { kWire, kRewrite };
        const ComparisonResult r = Aligner().compare(texts);
        // Each fact the rewrite reports is linked to its sentence in the wire story.
        QVERIFY(linked(r, texts, 0, QStringLiteral("stopped work at six on Monday morning"), 1,
                       QStringLiteral("downed tools at 6 am")));
        QVERIFY(linked(r, texts, 0, QStringLiteral("About 4,200 passengers a day use the crossing"), 1,
                       QStringLiteral("Roughly 4,200 people cross to Vellby and back every day")));
        QVERIFY(linked(r, texts, 0, QStringLiteral("Nordlink said it had offered a rise of three per cent"),
                       1, QStringLiteral("The operator described the walkout as irresponsible")));
        // Direct speech turned into reported speech.
        QVERIFY(linked(r, texts, 0, QStringLiteral("We have asked for the same rate as the harbour pilots"),
                       1,
                       QStringLiteral("workers had been demanding the harbour pilots' rate for a decade")));
        QVERIFY(linked(r, texts, 0, QStringLiteral("patients who need dialysis on the mainland"), 1,
                       QStringLiteral("Dialysis patients will be taken to the mainland by helicopter")));
        // What only one outlet reports stays "only here".
        QVERIFY(inUnique(r, texts, 0,
                         QStringLiteral("The last strike on the crossing, in 2019, lasted eleven days")));
        QVERIFY(inUnique(r, texts, 1, QStringLiteral("Shops on the island began limiting sales of milk")));
        bool reworded = false;
        for (const Passage &p : r.passages)
            reworded = reworded || p.kind == PassageKind::Paraphrase;
        QVERIFY(reworded);
        for (const Passage &p : r.passages) {
            if (p.kind == PassageKind::Paraphrase)
                QVERIFY(p.score > 0 && p.score <= 1);
        }
    }

    void unrelatedStoriesShareAlmostNothing()
    {
        const QList<QString> texts { kLibrary, kCycling };
        const ComparisonResult r = Aligner().compare(texts);
        for (const Passage &p : r.passages) {
            QStringList spans;
            for (const PassageSpan &s : p.spans)
                spans << spanText(texts, s);
            QFAIL(
                qPrintable(QStringLiteral("unrelated stories linked: ") + spans.join(QStringLiteral(" | "))));
        }
        QVERIFY(r.sharedFraction[0] < 0.05);
        QVERIFY(r.sharedFraction[1] < 0.05);
    }

    void shortFactWithANameCounts()
    {
        // Five shared words that name a club and a day are a fact; five shared stock words are not.
        const QList<QString> texts {
            QStringLiteral("Coach Ruth Baxley was furious. Her side lost again against Harwick Rovers on "
                           "Saturday, and the fans booed the players off the pitch."),
            QStringLiteral(
                "It was a grim afternoon for the visitors, beaten against Harwick Rovers on Saturday "
                "while their manager watched from the stands in silence."),
        };
        const ComparisonResult r = Aligner().compare(texts);
        QVERIFY(linked(r, texts, 0, QStringLiteral("against Harwick Rovers on Saturday"), 1,
                       QStringLiteral("against Harwick Rovers on Saturday")));

        const QList<QString> stock {
            QStringLiteral("The minister arrived late. It is one of the most difficult decisions she has "
                           "taken, aides admitted."),
            QStringLiteral("Floods closed the valley road. It is one of the most expensive repairs in a "
                           "decade, engineers said."),
        };
        const ComparisonResult s = Aligner().compare(stock);
        QVERIFY(s.passages.isEmpty());
    }

    void passagesOverlapOnlyToLinkSomethingNewAndNeverShrinkToScraps()
    {
        const Bundle bundle = BundleLoader::load({ QStringLiteral(SW_EXAMPLES "/harbour-fire") });
        QList<QString> texts;
        for (const Article &a : bundle.articles)
            texts << a.text;
        for (const QList<QString> &input :
             { texts, QList<QString> { kWire, kRewrite }, QList<QString> { kAgency, kAgency2, kRetold } }) {
            const ComparisonResult r = Aligner().compare(input);
            QVERIFY(!r.passages.isEmpty());
            for (int a = 0; a < r.articleCount; ++a) {
                for (const Passage &p : r.passages) {
                    const PassageSpan *s = p.spanIn(a);
                    if (!s)
                        continue;
                    QVERIFY2(wordsOf(spanText(input, *s)).size() >= 4, qPrintable(spanText(input, *s)));
                    for (const Passage &q : r.passages) {
                        const PassageSpan *t = q.spanIn(a);
                        if (&p == &q || !t || t->end <= s->start || s->end <= t->start)
                            continue;
                        // Two word-for-word passages never share words; a same-fact passage over
                        // the same words links the stretch to some outlet's other words.
                        QVERIFY2(p.kind == PassageKind::Paraphrase || q.kind == PassageKind::Paraphrase,
                                 qPrintable(spanText(input, *s)));
                        bool somethingNew = false;
                        for (const PassageSpan &other : p.spans) {
                            const PassageSpan *there = q.spanIn(other.article);
                            somethingNew = somethingNew
                                || (other.article != a
                                    && (!there || there->end <= other.start || other.end <= there->start));
                        }
                        QVERIFY2(somethingNew, qPrintable(spanText(input, *s)));
                    }
                }
            }
        }
    }

    void sentenceAroundASharedClauseIsLinkedWhole()
    {
        // Two outlets run the agency's statement word for word; the third keeps one clause of it
        // and rewords the rest in a sentence of its own: the whole sentence is the counterpart.
        const QList<QString> texts { kAgency, kAgency2, kRetold };
        const ComparisonResult r = Aligner().compare(texts);
        QVERIFY(linked(r, texts, 0, QStringLiteral("this is a fast moving situation"), 2,
                       QStringLiteral("but the situation is fast moving")));
        QVERIFY(linked(r, texts, 1, QStringLiteral("this is a fast moving situation"), 2,
                       QStringLiteral("but the situation is fast moving")));
    }

    void aClauseTwoOutletsShareStaysInTheSentencesPassage()
    {
        // Two outlets share a clause word for word, one after and one before the rest of its
        // sentence; a third rewords the whole sentence and a fourth repeats its other clause. The
        // shared clause is part of the sentence's passage, not a passage of its own that leaves
        // the sentence cut in two.
        const QList<QString> texts {
            QStringLiteral("Orla Penhale rests her voice\n\nThe folk singer Orla Penhale will take a year "
                           "away from the stage, her label said on Monday. Penhale underwent surgery on "
                           "her throat in 2022 and cancelled nine concerts in Peru and Bolivia last "
                           "autumn. Her next album is due in March."),
            QStringLiteral("Penhale takes a year off\n\nOrla Penhale is stepping away from touring for a "
                           "year, according to her label. The singer pulled out of nine concerts in Peru "
                           "and Bolivia in the autumn after a return of the throat trouble that led to "
                           "surgery in 2022. Fans in Lisbon had queued overnight for tickets."),
            QStringLiteral("Folk star Penhale pauses\n\nPenhale, who has sold out halls from Cork to "
                           "Quito, wants rest. The star had throat surgery back in 2022 and was forced to "
                           "scrap nine shows in Peru that autumn. She thanked her band in a long letter."),
            QStringLiteral("Penhale to rest\n\nPenhale, born in the harbour town of Fowey, underwent "
                           "surgery on her throat in 2022. Her label confirmed the break on Monday."),
        };
        const ComparisonResult r = Aligner().compare(texts);
        QVERIFY(linked(r, texts, 0, QStringLiteral("and cancelled nine concerts in Peru and Bolivia"), 2,
                       QStringLiteral("and was forced to scrap nine shows in Peru")));
        QVERIFY(linked(r, texts, 1, QStringLiteral("pulled out of nine concerts in Peru and Bolivia"), 2,
                       QStringLiteral("and was forced to scrap nine shows in Peru")));
    }

    void bodySentencesPairBeforeHeadlines()
    {
        // The second outlet's headline sums up the first outlet's opening sentence; its own
        // opening sentence says the same in a sentence of the body. The bodies are linked.
        const QList<QString> texts {
            QStringLiteral("Harbour bridge plan goes ahead\n\nThe Keswater council approved a budget of 12 "
                           "million pounds for the new harbour bridge on Tuesday, after a debate that lasted "
                           "most of the evening. Work is due to start in the spring."),
            QStringLiteral("Keswater council approves 12 million pound harbour bridge budget\n\nCouncillors "
                           "in Keswater voted on Tuesday night to spend 12 million pounds on a new bridge "
                           "across the harbour. Residents who packed the public gallery cheered the result."),
        };
        const ComparisonResult r = Aligner().compare(texts);
        QVERIFY(linked(r, texts, 0, QStringLiteral("approved a budget of 12 million pounds"), 1,
                       QStringLiteral("voted on Tuesday night to spend 12 million pounds")));
    }

    void clauseOfALinkedSentenceFindsItsOwnCounterpart()
    {
        // The first clause of the long sentence is the other outlet's headline; its last clause
        // is another sentence there, which names the mayor and her age as well.
        const QList<QString> texts {
            QStringLiteral("Mayor Ines Varga quits city politics\n\nMayor Ines Varga has announced that "
                           "she is leaving city politics at the age of 63 after winning four elections in "
                           "Kellmoor."),
            QStringLiteral("Mayor Ines Varga announces exit from city politics\n\nVarga, 63, won four "
                           "elections during her 19 years at the town hall, more than any predecessor."),
        };
        const ComparisonResult r = Aligner().compare(texts);
        QVERIFY(linked(r, texts, 0, QStringLiteral("after winning four elections in Kellmoor"), 1,
                       QStringLiteral("won four elections during her 19 years at the town hall")));
    }

    void clauseOnlyOneOutletReportsStaysOnlyHere()
    {
        // One sentence with no comma carries the shared fact and, after "before", a fact only the
        // first outlet reports: the passage is the shared clause, the other stays "only here".
        const QList<QString> texts {
            QStringLiteral("Varga steps down\n\nThe 63-year-old winner of four elections in Kellmoor has "
                           "stepped down as mayor before taking up a seat on the regional planning board "
                           "in Dortha next spring."),
            QStringLiteral("Kellmoor mayor resigns\n\nMayor Ines Varga, 63, who won four elections in "
                           "Kellmoor, stepped down on Monday."),
        };
        const ComparisonResult r = Aligner().compare(texts);
        QVERIFY(linked(r, texts, 0, QStringLiteral("winner of four elections in Kellmoor has stepped down"),
                       1, QStringLiteral("who won four elections in Kellmoor, stepped down")));
        const QString own = QStringLiteral("regional planning board in Dortha");
        for (const Passage &p : r.passages) {
            if (const PassageSpan *s = p.spanIn(0))
                QVERIFY2(!spanText(texts, *s).contains(own), qPrintable(spanText(texts, *s)));
        }
        bool onlyHere = false;
        for (const UniqueSpan &u : r.unique)
            onlyHere = onlyHere || (u.article == 0 && texts[0].mid(u.start, u.end - u.start).contains(own));
        QVERIFY(onlyHere);
    }

    void quotedQuestionKeepsItsAttribution()
    {
        // The second outlet quotes the question and names who asked it after the quotation
        // marks; the question and its attribution are one sentence, the counterpart of the
        // first outlet's reported question.
        const QList<QString> texts {
            QStringLiteral(
                "Singer visits school\n\nDuring the visit, Mara Vell asked a pupil named Tobi what "
                "he wanted to be when he grew up, and he said a pilot."),
            QStringLiteral("Pop star drops in on pupils\n\n\"What do you want to be when you grow up?\" Vell "
                           "asked Tobi, a pupil in the front row. \"Run!\" the teacher shouted when the bell "
                           "rang."),
        };
        const ComparisonResult r = Aligner().compare(texts);
        bool whole = false;
        for (const Passage &p : r.passages) {
            const PassageSpan *reported = p.spanIn(0);
            const PassageSpan *quoted = p.spanIn(1);
            if (reported && quoted && spanText(texts, *reported).contains(QStringLiteral("asked a pupil"))) {
                const QString span = spanText(texts, *quoted);
                // The whole quotation and who asked it, not one of them.
                whole = span.contains(QStringLiteral("What do you want to be when you grow up?"))
                    && span.contains(QStringLiteral("Vell asked Tobi"));
            }
        }
        QVERIFY(whole);
    }

    void numbersWithAScaleMeetSpelledOutOnes()
    {
        align::WordFeatures features;
        auto feature = [&](const QString &word) {
            return features.featureOf(Tokenizer::tokenize(word).front().hash, word);
        };
        // "$40m" is 40 (million, spelled out, is a word of its own), "10km" is 10, "180mm" is 180.
        QCOMPARE(feature(QStringLiteral("40m")), feature(QStringLiteral("40")));
        QCOMPARE(feature(QStringLiteral("11.5bn")), feature(QStringLiteral("11.5")));
        QCOMPARE(feature(QStringLiteral("10km")), feature(QStringLiteral("10")));
        QCOMPARE(feature(QStringLiteral("180mm")), feature(QStringLiteral("180")));
        QVERIFY(features.isNumber(feature(QStringLiteral("40m"))));
        // Not every letter after a number is a unit: a model name stays itself.
        QVERIFY(feature(QStringLiteral("4x4")) != feature(QStringLiteral("4")));
        QVERIFY(feature(QStringLiteral("747s")) != feature(QStringLiteral("747")));

        // So a pledge reported as "$40m" is the pledge of "$40 million".
        const QList<QString> texts {
            QStringLiteral("Vaccine trial\n\nThe Halvorsen Foundation, which has pledged $40 million for "
                           "production, will fund the next trial."),
            QStringLiteral("Shot halves cases\n\nThe Halvorsen Foundation has promised $40m to help "
                           "manufacture the vaccine."),
        };
        const ComparisonResult r = Aligner().compare(texts);
        QVERIFY(linked(r, texts, 0, QStringLiteral("which has pledged $40 million for production"), 1,
                       QStringLiteral("has promised $40m to help manufacture the vaccine")));
    }

    void everydayWordsWeighLessThanRareOnes()
    {
        if (!QFile::exists(QStringLiteral("/usr/share/wordnet/cntlist.rev")))
            QSKIP("WordNet's sense counts (wordnet-base) are not installed");
        align::WordFeatures features;
        auto weight = [&](const QString &word) {
            const quint32 feature = features.featureOf(Tokenizer::tokenize(word).front().hash, word);
            return features.background(feature);
        };
        // Inflected forms find their lemma; a name general English does not know weighs fully.
        QVERIFY(weight(QStringLiteral("people")) < weight(QStringLiteral("surgery")));
        QVERIFY(weight(QStringLiteral("years")) < weight(QStringLiteral("aftershocks")));
        QVERIFY(weight(QStringLiteral("convicted")) < 1.0);
        QCOMPARE(weight(QStringLiteral("Kellmoor")), 1.0);
        QCOMPARE(weight(QStringLiteral("1994")), 1.0);
    }

    void wordsSeenWithoutCountsWeighInALaterRun()
    {
        // Words are analysed once per process; a word first met by a run that skips the
        // everyday-English counts is still weighed by a later run that uses them, and two runs
        // agree on which words share a stem.
        if (!QFile::exists(QStringLiteral("/usr/share/wordnet/cntlist.rev")))
            QSKIP("WordNet's sense counts (wordnet-base) are not installed");
        const QString word = QStringLiteral("households");
        const quint64 hash = Tokenizer::tokenize(word).front().hash;
        {
            align::WordFeatures stemsOnly(align::WordFeatures::Background::Skip);
            QCOMPARE(stemsOnly.background(stemsOnly.featureOf(hash, word)), 1.0);
        }
        align::WordFeatures weighed;
        const quint32 feature = weighed.featureOf(hash, word);
        QVERIFY(weighed.background(feature) < 1.0);
        const QString singular = QStringLiteral("household");
        QCOMPARE(weighed.featureOf(Tokenizer::tokenize(singular).front().hash, singular), feature);
        QCOMPARE(
            weighed.featureOf(Tokenizer::tokenize(QStringLiteral("the")).front().hash, QStringLiteral("the")),
            0u);
    }

    void exampleParaphraseIsLinkedToItsSource()
    {
        const Bundle bundle = BundleLoader::load({ QStringLiteral(SW_EXAMPLES "/harbour-fire") });
        QList<QString> texts;
        int source = -1;
        int paraphrase = -1;
        for (const Article &a : bundle.articles) {
            if (a.filePath.endsWith(QLatin1String("01-gothenburg-courier.txt")))
                source = int(texts.size());
            if (a.filePath.endsWith(QLatin1String("03-baltic-herald.md")))
                paraphrase = int(texts.size());
            texts << a.text;
        }
        QVERIFY(source >= 0 && paraphrase >= 0);
        const ComparisonResult r = Aligner().compare(texts);
        QVERIFY(linked(r, texts, source, QStringLiteral("one firefighter was treated for a minor burn"),
                       paraphrase,
                       QStringLiteral("Only one firefighter needed treatment, for a minor burn")));
        QVERIFY(linked(r, texts, source, QStringLiteral("watched the fire from his flat in Majorna"),
                       paraphrase, QStringLiteral("saw the roof light up")));
        QVERIFY(linked(r, texts, source, QStringLiteral("A fire tore through the Lindqvist Harbour Theatre"),
                       paraphrase, QStringLiteral("flames swept through the Lindqvist Harbour Theatre")));
    }
};

QTEST_GUILESS_MAIN(TestFactTier)
#include "tst_facttier.moc"

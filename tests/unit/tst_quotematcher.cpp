// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "align/comparison.h"
#include "annotate/quotelinker.h"
#include "annotate/quotematcher.h"
#include "annotate/suggester.h"
#include "annotate/worddiff.h"
#include "bundle/bundleloader.h"
#include "project/suggestionadapter.h"
#include "report/reportbuilder.h"

#include <QTest>

using namespace sw;

namespace {

Bundle bundleOf(const QStringList &texts)
{
    Bundle bundle;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Article a = BundleLoader::articleFromSource(texts.at(i), SourceFormat::PlainText,
                                                    QStringLiteral("q%1.txt").arg(i + 1));
        a.id = QStringLiteral("a%1").arg(i + 1);
        a.outlet = QStringLiteral("Outlet %1").arg(i + 1);
        bundle.articles.append(a);
    }
    return bundle;
}

QList<Suggestion> quotesOf(const Bundle &bundle)
{
    QList<Suggestion> out;
    for (const Suggestion &s : Suggester::suggest(bundle)) {
        if (s.kind == Suggestion::Quote)
            out.append(s);
    }
    return out;
}

QString unitText(const QString &text, const QuoteUnit &u)
{
    return text.mid(u.start, u.end - u.start);
}

const QString kQuoted = QStringLiteral(
    "\u201CThe ferry service will resume on Monday once the harbour wall is repaired,\u201D port director "
    "Lena Marsh said.");
const QString kReported = QStringLiteral("Port director Lena Marsh said the ferry service would resume on "
                                         "Monday after repairs to the harbour wall.");
const QString kAsFact
    = QStringLiteral("Ferries are expected to resume on Monday once the harbour wall is repaired.");
const QString kSameTopic
    = QStringLiteral("The harbour wall was damaged in the storm, and the ferry company counted its losses.");

} // namespace

class TestQuoteMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitsTrimReportedSpeech()
    {
        const QString text = QStringLiteral(
            "Mayor Ines Calder said on Tuesday that the budget would protect every library. The libraries "
            "will stay open all summer, the council added. Dr. Pell left. Nobody else spoke "
            "at the meeting, which ended at noon. Calder told the Harwick Gazette the pier would reopen in "
            "May.");
        const QList<QuoteUnit> units = QuoteMatcher::units(text, 0, text.size());
        QCOMPARE(units.size(), 4); // "Dr. Pell left." is too short; "Dr." ends no sentence
        QVERIFY(units.at(0).reported);
        QCOMPARE(unitText(text, units.at(0)), QStringLiteral("the budget would protect every library"));
        QCOMPARE(text.mid(units.at(0).verbStart, units.at(0).verbEnd - units.at(0).verbStart),
                 QStringLiteral("said"));
        QVERIFY(units.at(1).reported);
        QCOMPARE(unitText(text, units.at(1)), QStringLiteral("The libraries will stay open all summer"));
        QVERIFY(!units.at(2).reported);
        QCOMPARE(unitText(text, units.at(2)),
                 QStringLiteral("Nobody else spoke at the meeting, which ended at noon"));
        // The audience of "told" is no part of what was said.
        QVERIFY(units.at(3).reported);
        QCOMPARE(unitText(text, units.at(3)), QStringLiteral("the pier would reopen in May"));
    }

    void linksNeedASharedPhrase()
    {
        QuoteMatcher matcher;
        const QuoteMatcher::Profile quote
            = matcher.profile(u"The ferry service will resume on Monday once the harbour wall is repaired");
        // Reworded, first person to third, stems meeting ("repaired"/"repairs").
        const QuoteEvidence reported = QuoteMatcher::compare(
            quote,
            matcher.profile(u"the ferry service would resume on Monday after repairs to the harbour wall"));
        QVERIFY(reported.run >= 2);
        QVERIFY(QuoteMatcher::links(reported, false));
        // The same topic is not the same quote.
        const QuoteEvidence topic = QuoteMatcher::compare(quote, matcher.profile(kSameTopic));
        QVERIFY(!QuoteMatcher::links(topic, false));
        // Shared names alone make no run: "Lena Marsh" is no phrase of the quote.
        const QuoteEvidence names
            = QuoteMatcher::compare(matcher.profile(u"Lena Marsh met Ines Calder in Harwick"),
                                    matcher.profile(u"Ines Calder and Lena Marsh left Harwick"));
        QCOMPARE(names.run, 0);
        QVERIFY(!QuoteMatcher::links(names, true));
        // The same speaker needs only a shared phrase.
        const QuoteEvidence speaker = QuoteMatcher::compare(
            matcher.profile(
                u"We are excited to grow with our partners and bring new tools from the lab bench "
                u"to the clinic"),
            matcher.profile(u"the merger would take the combined business from the lab bench to the clinic "
                            u"within five years"));
        QVERIFY(!QuoteMatcher::links(speaker, false));
        QVERIFY(QuoteMatcher::links(speaker, true));
    }

    void suggestedQuoteGathersReportedVersions()
    {
        const Bundle bundle = bundleOf({ kQuoted, kReported, kAsFact, kSameTopic });
        const QList<Suggestion> quotes = quotesOf(bundle);
        QCOMPARE(quotes.size(), 1);
        const Suggestion &q = quotes.first();
        QCOMPARE(
            q.name,
            QStringLiteral("The ferry service will resume on Monday once the harbour wall is repaired,"));
        QCOMPARE(q.speaker, QStringLiteral("Lena Marsh"));
        QCOMPARE(q.articleIndexes(), (QList<int> { 0, 1, 2 }));
        QVERIFY(q.altered);
        QVERIFY(!q.mentions.at(0).reported);
        QVERIFY(q.mentions.at(1).reported);
        QCOMPARE(
            q.mentions.at(1).text,
            QStringLiteral("the ferry service would resume on Monday after repairs to the harbour wall"));
        QVERIFY(q.mentions.at(2).reported);
    }

    void anotherSpeakersReportedWordsStayApart()
    {
        const Bundle bundle
            = bundleOf({ kQuoted,
                         QStringLiteral("Union leader Omar Finch said the ferry service would "
                                        "resume on Monday only if the harbour wall is repaired.") });
        const QList<Suggestion> quotes = quotesOf(bundle);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.first().articleIndexes(), (QList<int> { 0 }));
        QVERIFY(!quotes.first().altered);
    }

    void reportedSpeechAcrossOutletsOnlyWhenWordedDifferently()
    {
        const QString one = QStringLiteral(
            "The vote was close. Mayor Ines Calder said the new budget would protect every library in the "
            "city from closure.");
        const QString two = QStringLiteral(
            "Mayor Ines Calder said the new budget would protect all libraries in the city from closure. The "
            "vote was close.");
        const QList<Suggestion> quotes = quotesOf(bundleOf({ one, two, one }));
        QCOMPARE(quotes.size(), 1);
        const Suggestion &q = quotes.first();
        QCOMPARE(q.articleIndexes(), (QList<int> { 0, 1, 2 }));
        QVERIFY(q.altered);
        QCOMPARE(q.speaker, QStringLiteral("Ines Calder"));
        QCOMPARE(q.name,
                 QStringLiteral("the new budget would protect every library in the city from closure"));
        for (const SuggestedMention &m : q.mentions)
            QVERIFY(m.reported);
        QVERIFY(q.confidence < 0.9);
        // Worded alike, it is shared text, not a quote to check.
        QVERIFY(quotesOf(bundleOf({ one, one })).isEmpty());
    }

    void linkerFindsAReportedCounterpart()
    {
        const Bundle bundle = bundleOf({ kQuoted, kReported, kSameTopic });
        ComparisonResult none; // no passages: the linker searches the articles itself
        none.articleCount = 3;
        const QString &text = bundle.articles.at(0).text;
        const int start = int(text.indexOf(QLatin1String("The ferry")));
        const int end = int(text.indexOf(QLatin1String("repaired,")) + 9);
        const QList<QuoteCounterpart> parts = QuoteLinker::counterparts(bundle, none, 0, start, end);
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().article, 1);
        QVERIFY(parts.first().reported);
        QVERIFY(parts.first().altered);
        QCOMPARE(
            parts.first().text,
            QStringLiteral("the ferry service would resume on Monday after repairs to the harbour wall"));
    }

    void punctuationIsNoDrift()
    {
        QVERIFY(WordDiff::sameWords(u"We will rebuild it, whatever it takes.",
                                    u"We will rebuild it whatever it takes"));
        QVERIFY(
            WordDiff::diff(u"We will rebuild it, whatever it takes.", u"We will rebuild it whatever it takes")
                .isEmpty());
        QVERIFY(!WordDiff::sameWords(u"We will rebuild it & more", u"We will rebuild it and more"));
        int changed = -1;
        const QList<DiffSegment> same = WordDiff::segments(u"We will rebuild it, whatever it takes.",
                                                           u"We will rebuild it whatever it takes", &changed);
        QCOMPARE(changed, 0);
        QCOMPARE(same.size(), 1);
        QCOMPARE(same.first().text, QStringLiteral("We will rebuild it whatever it takes"));
        const QList<DiffSegment> drift = WordDiff::segments(u"\u201CWe will rebuild it.\u201D",
                                                            u"\u201CWe must rebuild it.\u201D", &changed);
        QCOMPARE(changed, 2);
        QString joined;
        for (const DiffSegment &d : drift) {
            if (d.op != DiffSegment::Removed)
                joined += d.text;
        }
        QCOMPARE(joined, QStringLiteral("\u201CWe must rebuild it.\u201D")); // the version, put back together
    }

    // The Quotes dock shows the status stored when the quote was tagged (the linker's, or an
    // accepted suggestion's); the report compares the versions again. They must agree.
    void dockAndReportAgreeOnPunctuation()
    {
        const Bundle bundle = bundleOf({
            QStringLiteral(
                "\u201CWe will rebuild the theatre, whatever it takes,\u201D said director Anna Lind."),
            QStringLiteral(
                "\u201CWe will rebuild the theatre whatever it takes\u201D, Anna Lind said on Friday."),
        });
        QList<QString> texts;
        for (const Article &a : bundle.articles)
            texts.append(a.text);
        const ComparisonResult cmp = Aligner().compare(texts);
        const QString &first = bundle.articles.at(0).text;
        const int start = int(first.indexOf(QLatin1String("We will")));
        const int end = int(first.indexOf(QLatin1String("takes,")) + 6);
        const QList<QuoteCounterpart> parts = QuoteLinker::counterparts(bundle, cmp, 0, start, end);
        QCOMPARE(parts.size(), 1);
        QVERIFY(!parts.first().altered);

        const QList<Suggestion> quotes = quotesOf(bundle);
        QCOMPARE(quotes.size(), 1);
        QVERIFY(!quotes.first().altered);
        const AcceptedSuggestion accepted = toAcceptedSuggestion(bundle, quotes.first());
        QCOMPARE(accepted.altered, (QList<bool> { false, false }));

        ReportModel model = ReportBuilder::fromComparison(bundle, cmp);
        const SuggestedMention &m0 = quotes.first().mentions.at(0);
        const SuggestedMention &m1 = quotes.first().mentions.at(1);
        ReportBuilder::addQuote(
            model, QStringLiteral("Anna Lind"),
            { { 0, int(m0.start), int(m0.end), {} }, { 1, int(m1.start), int(m1.end), {} } });
        QCOMPARE(model.quotes.size(), 1);
        QVERIFY(!model.quotes.first().altered);
        QCOMPARE(model.quotes.first().versions.at(1).changedWords, 0);
        QVERIFY(model.quotes.first().versions.at(1).drift.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuoteMatcher)
#include "tst_quotematcher.moc"

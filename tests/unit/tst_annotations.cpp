// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "align/comparison.h"
#include "annotate/annotationstore.h"
#include "annotate/occurrencefinder.h"
#include "annotate/quotelinker.h"
#include "annotate/textanchor.h"
#include "annotate/worddiff.h"
#include "bundle/bundleloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sw;

namespace {

const QString kExample = QStringLiteral(SW_EXAMPLES "/harbour-fire");

// The paragraph (line) of `text` that contains `needle`, as [start, end).
QPair<int, int> paragraphOf(const QString &text, const QString &needle)
{
    const int at = int(text.indexOf(needle));
    if (at < 0)
        return { -1, -1 };
    const int start = int(text.lastIndexOf(u'\n', at)) + 1;
    int end = int(text.indexOf(u'\n', at));
    if (end < 0)
        end = int(text.size());
    return { start, end };
}

QJsonArray truthQuotes()
{
    QFile f(QStringLiteral(SW_TEST_DATA "/example-truth.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("quotes")).toArray();
}

QString truthQuote(const QString &speaker, const QString &file)
{
    for (const QJsonValue &q : truthQuotes()) {
        const QJsonObject o = q.toObject();
        if (o.value(QLatin1String("speaker")).toString() == speaker
            && o.value(QLatin1String("text")).toObject().contains(file))
            return o.value(QLatin1String("text")).toObject().value(file).toString();
    }
    return {};
}

} // namespace

class TestAnnotations : public QObject
{
    Q_OBJECT

private:
    Bundle m_bundle;

    // One near passage per quote paragraph, built by hand so the test does not depend on the engine.
    ComparisonResult handComparison(const QList<QPair<int, QString>> &members) const
    {
        ComparisonResult result;
        result.articleCount = int(m_bundle.articles.size());
        Passage p;
        p.kind = PassageKind::Near;
        for (const auto &[article, needle] : members) {
            const auto [s, e] = paragraphOf(m_bundle.articles.at(article).text, needle);
            p.spans.append(PassageSpan { article, s, e, false });
        }
        result.passages.append(p);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bundle = BundleLoader::load({ kExample });
        QCOMPARE(m_bundle.articles.size(), 4);
    }

    void anchorKeepsContext()
    {
        const QString text = QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-"
                                            "the-target-0123456789abcdefghijklmnopqrstuvwxyzABCDEF");
        const int start = int(text.indexOf(QLatin1String("the-target")));
        const TextAnchor a = TextAnchor::fromText(text, start, start + 10, "abc");
        QCOMPARE(a.exact, QStringLiteral("the-target"));
        QCOMPARE(a.prefix.size(), TextAnchor::ContextLength);
        QCOMPARE(a.suffix.size(), TextAnchor::ContextLength);
        QVERIFY(text.left(start).endsWith(a.prefix));
        QVERIFY(text.mid(start + 10).startsWith(a.suffix));
        QVERIFY(a.matchesPosition(text));
        QVERIFY(!a.matchesPosition(QStringLiteral("x") + text));

        // Context never splits a surrogate pair.
        const QString emoji = QString::fromUtf8("\xF0\x9F\x94\xA5");
        const QString t2 = QString(31, u'a') + emoji + QStringLiteral("word") + emoji + QString(31, u'b');
        const TextAnchor b = TextAnchor::fromText(t2, 33, 37, {});
        QCOMPARE(b.exact, QStringLiteral("word"));
        QVERIFY(!b.prefix.front().isLowSurrogate());
        QVERIFY(!b.suffix.back().isHighSurrogate());
    }

    void storeLookups()
    {
        AnnotationStore store = AnnotationStore::withBuiltIns();
        QCOMPARE(store.entityTypes.size(), 3);
        QVERIFY(store.entityType(EntityType::Person));
        store.entities.append(
            Entity { QStringLiteral("e1"),
                     EntityType::Person,
                     QStringLiteral("Mara Okafor"),
                     { QStringLiteral("Okafor"), QStringLiteral("Mara Okafor"), QString() } });
        QCOMPARE(store.entity(QStringLiteral("e1"))->allNames(),
                 (QStringList { QStringLiteral("Mara Okafor"), QStringLiteral("Okafor") }));
        QCOMPARE(store.entityByName(QStringLiteral("Mara Okafor"))->id, QStringLiteral("e1"));
        QVERIFY(!store.entityByName(QStringLiteral("Mara Okafor"), EntityType::Place));
        QCOMPARE(store.unusedId(QStringLiteral("e")), QStringLiteral("e2"));
        AnnotationKind kind = AnnotationKind::Mention;
        QVERIFY(annotationKindFromName(QStringLiteral("quote"), &kind));
        QCOMPARE(kind, AnnotationKind::Quote);
        QVERIFY(!annotationKindFromName(QStringLiteral("bogus"), &kind));
    }

    void findsWholeWordsCaseSensitively()
    {
        const QString text
            = QStringLiteral("Okafor said. Okafors are many; okafor is lower. O’Neill met Mara Okafor.");
        const QList<Occurrence> hits = OccurrenceFinder::findInText(
            text, { QStringLiteral("Okafor"), QStringLiteral("Mara Okafor"), QStringLiteral("O'Neill") });
        QStringList found;
        for (const Occurrence &o : hits)
            found.append(o.text);
        // "Okafors" and "okafor" are not whole-word, case-exact matches; "Mara Okafor" wins over "Okafor".
        QCOMPARE(found,
                 (QStringList { QStringLiteral("Okafor"), QStringLiteral("O’Neill"),
                                QStringLiteral("Mara Okafor") }));
        QCOMPARE(hits.at(1).name, QStringLiteral("O'Neill"));
        QCOMPARE(text.mid(hits.at(2).start, hits.at(2).end - hits.at(2).start),
                 QStringLiteral("Mara Okafor"));
    }

    void tagAllOccurrencesAcrossArticles()
    {
        const QList<Occurrence> hits
            = OccurrenceFinder::find(m_bundle, { QStringLiteral("Mara Okafor"), QStringLiteral("Okafor") });
        QSet<int> articles;
        for (const Occurrence &o : hits) {
            articles.insert(o.article);
            QCOMPARE(m_bundle.articles.at(o.article).text.mid(o.start, o.end - o.start), o.text);
            QCOMPARE(o.articleId, m_bundle.articles.at(o.article).id);
        }
        QCOMPARE(articles.size(), 4); // the truth file says Okafor is in every article
        QVERIFY(hits.size() >= 6);
        // Never two overlapping hits.
        for (qsizetype i = 1; i < hits.size(); ++i) {
            if (hits.at(i).article == hits.at(i - 1).article)
                QVERIFY(hits.at(i).start >= hits.at(i - 1).end);
        }
    }

    void wordDiff()
    {
        QVERIFY(WordDiff::diff(u"that's what matters", u"That’s what matters").isEmpty());
        const QList<WordChange> changes
            = WordDiff::diff(u"The building can be rebuilt.", u"The house can be rebuilt.");
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).before, QStringLiteral("building"));
        QCOMPARE(changes.at(0).after, QStringLiteral("house"));
        const QList<WordChange> tail = WordDiff::diff(u"a b c", u"a b c d e");
        QCOMPARE(tail.size(), 1);
        QCOMPARE(tail.at(0).before, QString());
        QCOMPARE(tail.at(0).after, QStringLiteral("d e"));
    }

    void extendsToQuotationMarks()
    {
        const QString text = QStringLiteral("He said \u201cone two three,\u201d and \"four five\" then.");
        const int at = int(text.indexOf(QLatin1String("two")));
        const auto [s, e] = QuoteLinker::extendToQuotationMarks(text, at, at + 3);
        QCOMPARE(text.mid(s, e - s), QStringLiteral("one two three,"));
        const int at2 = int(text.indexOf(QLatin1String("five")));
        const auto [s2, e2] = QuoteLinker::extendToQuotationMarks(text, at2, at2 + 4);
        QCOMPARE(text.mid(s2, e2 - s2), QStringLiteral("four five"));
        const auto [s3, e3] = QuoteLinker::extendToQuotationMarks(text, 0, 2);
        QCOMPARE(s3, 0);
        QCOMPARE(e3, 2);
    }

    void linksAlteredBerglundQuote()
    {
        const QString q01
            = truthQuote(QStringLiteral("Åsa Berglund"), QStringLiteral("01-gothenburg-courier.txt"));
        const QString q02 = truthQuote(QStringLiteral("Åsa Berglund"), QStringLiteral("02-nordic-wire.html"));
        const QString q03 = truthQuote(QStringLiteral("Åsa Berglund"), QStringLiteral("03-baltic-herald.md"));
        QVERIFY(!q01.isEmpty() && !q03.isEmpty());
        const ComparisonResult cmp = handComparison({ { 0, q01 }, { 1, q02 }, { 2, q03 } });
        const QString &text = m_bundle.articles.at(0).text;
        const int start = int(text.indexOf(q01));
        QVERIFY(start >= 0);

        const QList<QuoteCounterpart> parts
            = QuoteLinker::counterparts(m_bundle, cmp, 0, start, start + int(q01.size()));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).article, 1);
        QCOMPARE(parts.at(0).text, q02);
        QVERIFY(!parts.at(0).altered);
        QCOMPARE(parts.at(1).article, 2);
        QCOMPARE(parts.at(1).articleId, m_bundle.articles.at(2).id);
        QCOMPARE(parts.at(1).text, q03);
        QVERIFY(parts.at(1).altered);
        QVERIFY(!parts.at(1).changes.isEmpty());
        bool building = false;
        for (const WordChange &c : parts.at(1).changes)
            building = building
                || (c.before.contains(QLatin1String("building")) && c.after.contains(QLatin1String("house")));
        QVERIFY(building);
    }

    void linksExactOkaforQuote()
    {
        const QString q01
            = truthQuote(QStringLiteral("Mara Okafor"), QStringLiteral("01-gothenburg-courier.txt"));
        const QString q04
            = truthQuote(QStringLiteral("Mara Okafor"), QStringLiteral("04-vastra-morning.txt"));
        const ComparisonResult cmp = handComparison({ { 0, q01 }, { 3, q04 } });
        const QString &text = m_bundle.articles.at(0).text;
        // Tag only a few words in the middle: linking widens the counterpart to the quotation marks.
        const int start = int(text.indexOf(QLatin1String("in under six minutes")));
        const QList<QuoteCounterpart> parts = QuoteLinker::counterparts(
            m_bundle, cmp, 0, int(text.indexOf(q01)), int(text.indexOf(q01) + q01.size()));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.at(0).text, q04);
        QVERIFY(!parts.at(0).altered); // apostrophe styles differ, words do not
        const QList<QuoteCounterpart> partial
            = QuoteLinker::counterparts(m_bundle, cmp, 0, start, start + 20);
        QCOMPARE(partial.size(), 1);
        QCOMPARE(partial.at(0).text, q04);
    }

    void linksWithTheEngine()
    {
        QList<QString> texts;
        for (const Article &a : std::as_const(m_bundle.articles))
            texts.append(a.text);
        const ComparisonResult cmp = Aligner().compare(texts);
        const QString q01
            = truthQuote(QStringLiteral("Åsa Berglund"), QStringLiteral("01-gothenburg-courier.txt"));
        const QString q02 = truthQuote(QStringLiteral("Åsa Berglund"), QStringLiteral("02-nordic-wire.html"));
        const int start = int(m_bundle.articles.at(0).text.indexOf(q01));
        const QList<QuoteCounterpart> parts
            = QuoteLinker::counterparts(m_bundle, cmp, 0, start, start + int(q01.size()));
        QVERIFY2(!parts.isEmpty(), "the engine should link the quote to its copy in 02");
        QCOMPARE(parts.at(0).article, 1);
        QCOMPARE(parts.at(0).text, q02);
        QVERIFY(!parts.at(0).altered);
        for (const QuoteCounterpart &p : parts) {
            if (p.article == 2)
                QVERIFY(p.altered);
            // 04 does not carry this quote: a passage nearby must not make another sentence its counterpart.
            QVERIFY2(p.article != 3, qPrintable(p.text));
        }
    }
};

QTEST_GUILESS_MAIN(TestAnnotations)
#include "tst_annotations.moc"

#include "annotate/suggester.h"
#include "bundle/bundleloader.h"
#include "cli/commandline.h"
#include "util/codepoints.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using sw::Suggestion;

namespace {

const QString kExample = QStringLiteral(SW_EXAMPLES "/harbour-fire");

// Independent of the library's normalisation: letters and digits only, lower case, no accents.
QString plain(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
        else if (c.isSpace() && !out.endsWith(QLatin1Char(' ')))
            out.append(QLatin1Char(' '));
    }
    return out.trimmed();
}

sw::Bundle bundleOf(const QStringList &texts)
{
    sw::Bundle bundle;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString file = QStringLiteral("t%1.txt").arg(i + 1);
        sw::Article a = sw::BundleLoader::articleFromSource(texts.at(i), sw::SourceFormat::PlainText, file);
        a.id = QStringLiteral("a%1").arg(i + 1);
        a.outlet = QStringLiteral("Test Outlet %1").arg(i + 1);
        bundle.articles.append(a);
    }
    return bundle;
}

QList<Suggestion> ofKind(const QList<Suggestion> &all, Suggestion::Kind kind)
{
    QList<Suggestion> out;
    for (const Suggestion &s : all) {
        if (s.kind == kind)
            out.append(s);
    }
    return out;
}

const Suggestion *named(const QList<Suggestion> &all, Suggestion::Kind kind, const QString &name)
{
    for (const Suggestion &s : all) {
        if (s.kind == kind && s.name == name)
            return &s;
    }
    return nullptr;
}

QStringList names(const QList<Suggestion> &all)
{
    QStringList out;
    for (const Suggestion &s : all)
        out.append(sw::suggestionKindName(s.kind) + QLatin1Char(':') + s.name);
    return out;
}

} // namespace

class TestSuggester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exampleBundlePrecisionAndRecall()
    {
        const sw::Bundle bundle = sw::BundleLoader::load({ kExample });
        QCOMPARE(bundle.articles.size(), 4);
        QFile file(QStringLiteral(SW_TEST_DATA "/example-truth.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject truth = QJsonDocument::fromJson(file.readAll()).object();
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);

        // Entities: a suggestion is right when its name is the canonical name or an alias of a
        // true entity of the same type; precision counts every entity suggestion.
        const QList<QPair<QString, Suggestion::Kind>> kinds {
            { QStringLiteral("people"), Suggestion::Person },
            { QStringLiteral("places"), Suggestion::Place },
            { QStringLiteral("organisations"), Suggestion::Organisation }
        };
        int truthCount = 0, found = 0, suggested = 0, correct = 0;
        QStringList misses, wrong;
        for (const auto &[field, kind] : kinds) {
            const QList<Suggestion> mine = ofKind(all, kind);
            suggested += int(mine.size());
            QSet<QString> allNames;
            for (const QJsonValue &v : truth.value(field).toArray()) {
                const QJsonObject e = v.toObject();
                QSet<QString> entityNames { plain(e.value(u"name").toString()) };
                for (const QJsonValue &alias : e.value(u"aliases").toArray())
                    entityNames.insert(plain(alias.toString()));
                allNames.unite(entityNames);
                ++truthCount;
                bool hit = false;
                for (const Suggestion &s : mine)
                    hit = hit || entityNames.contains(plain(s.name));
                found += hit ? 1 : 0;
                if (!hit)
                    misses.append(e.value(u"name").toString());
            }
            for (const Suggestion &s : mine) {
                if (allNames.contains(plain(s.name)))
                    ++correct;
                else
                    wrong.append(sw::suggestionKindName(kind) + QLatin1Char(':') + s.name);
            }
        }
        const double entityRecall = double(found) / truthCount;
        const double entityPrecision = suggested ? double(correct) / suggested : 0;
        qInfo("entities: recall %.2f (%d/%d), precision %.2f (%d/%d)", entityRecall, found, truthCount,
              entityPrecision, correct, suggested);
        if (!misses.isEmpty())
            qInfo("missed: %s", qPrintable(misses.join(QStringLiteral("; "))));
        if (!wrong.isEmpty())
            qInfo("wrong: %s", qPrintable(wrong.join(QStringLiteral("; "))));
        QVERIFY2(entityRecall >= 0.9, qPrintable(misses.join(QStringLiteral("; "))));
        QVERIFY2(entityPrecision >= 0.8, qPrintable(wrong.join(QStringLiteral("; "))));

        // Quotes: right when the words match the true quote in an article and the speaker is right.
        const QList<Suggestion> quotes = ofKind(all, Suggestion::Quote);
        int quoteTruth = 0, quoteFound = 0, quoteCorrect = 0;
        QSet<int> matchedSuggestions;
        QStringList quoteMisses;
        for (const QJsonValue &v : truth.value(u"quotes").toArray()) {
            const QJsonObject q = v.toObject();
            ++quoteTruth;
            const QJsonObject texts = q.value(u"text").toObject();
            bool hit = false;
            for (qsizetype si = 0; si < quotes.size() && !hit; ++si) {
                const Suggestion &s = quotes.at(si);
                QSet<QString> articlesOk;
                for (const sw::SuggestedMention &m : s.mentions) {
                    const QString fileName = bundle.articles.at(m.articleIndex).fileName;
                    if (texts.contains(fileName) && plain(texts.value(fileName).toString()) == plain(m.text))
                        articlesOk.insert(fileName);
                }
                if (articlesOk.size() != texts.size())
                    continue;
                hit = true;
                matchedSuggestions.insert(int(si));
                if (s.speaker == q.value(u"speaker").toString()) {
                    ++quoteFound;
                    QCOMPARE(s.altered, q.value(u"altered").toBool());
                    QCOMPARE(s.articleIndexes().size(), texts.size());
                } else {
                    quoteMisses.append(QStringLiteral("speaker %1 for %2").arg(s.speaker, s.name));
                }
            }
            if (!hit)
                quoteMisses.append(texts.begin()->toString());
        }
        for (const int si : std::as_const(matchedSuggestions))
            quoteCorrect += quotes.at(si).speaker.isEmpty() ? 0 : 1;
        const double quoteRecall = double(quoteFound) / quoteTruth;
        const double quotePrecision = quotes.isEmpty() ? 0 : double(quoteFound) / quotes.size();
        qInfo("quotes: recall %.2f (%d/%d), precision %.2f (%d/%lld)", quoteRecall, quoteFound, quoteTruth,
              quotePrecision, quoteFound, qint64(quotes.size()));
        QVERIFY2(quoteRecall >= 0.9, qPrintable(quoteMisses.join(QStringLiteral("; "))));
        QVERIFY2(quotePrecision >= 0.8, qPrintable(quoteMisses.join(QStringLiteral("; "))));
        QVERIFY(quoteCorrect >= quoteFound);
    }

    void surnameJoinsFullName()
    {
        const sw::Bundle bundle = bundleOf(
            { QStringLiteral(
                  "Fire chief Mara Okafor arrived at nine.\nLater Okafor said the crews were safe."),
              QStringLiteral("Okafor said nothing more.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const Suggestion *okafor = named(all, Suggestion::Person, QStringLiteral("Mara Okafor"));
        QVERIFY2(okafor, qPrintable(names(all).join(u',')));
        QCOMPARE(okafor->mentions.size(), 3);
        QCOMPARE(okafor->mentions.at(1).text, QStringLiteral("Okafor"));
        QCOMPARE(okafor->mentions.at(2).articleIndex, 1);
        QVERIFY(!named(all, Suggestion::Person, QStringLiteral("Okafor")));
    }

    void titleMakesPerson()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral("Dr. Samuel Reyes said the roof was glowing.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const Suggestion *reyes = named(all, Suggestion::Person, QStringLiteral("Samuel Reyes"));
        QVERIFY2(reyes, qPrintable(names(all).join(u',')));
        QCOMPARE(reyes->mentions.size(), 1);
        const sw::SuggestedMention &m = reyes->mentions.first();
        QCOMPARE(bundle.articles.first().text.mid(m.start, m.end - m.start), QStringLiteral("Samuel Reyes"));
        QCOMPARE(ofKind(all, Suggestion::Person).size(), 1);
    }

    void roleWordsMakePeople()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "The plan was backed by councillor Ingrid Palm and the theatre's director, Jonas Ek. "
            "Police spokesperson Karin Lund declined to comment.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        for (const QString &name :
             { QStringLiteral("Ingrid Palm"), QStringLiteral("Jonas Ek"), QStringLiteral("Karin Lund") })
            QVERIFY2(named(all, Suggestion::Person, name),
                     qPrintable(name + u" in " + names(all).join(u',')));
    }

    void organisationCues()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "She worked for Acme Widgets Ltd before joining Uppsala University. Lighting came from "
            "Nordlys Scenteknik AB, and the Department of Culture paid. The Ministry for Foreign Affairs "
            "and Sweden and Norway were not involved.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        for (const QString &name :
             { QStringLiteral("Acme Widgets Ltd"), QStringLiteral("Uppsala University"),
               QStringLiteral("Nordlys Scenteknik AB"), QStringLiteral("Department of Culture"),
               QStringLiteral("Ministry for Foreign Affairs") })
            QVERIFY2(named(all, Suggestion::Organisation, name),
                     qPrintable(name + u" in " + names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Sweden")), qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Norway")), qPrintable(names(all).join(u',')));
        QVERIFY(!named(all, Suggestion::Organisation, QStringLiteral("Sweden and Norway")));
    }

    void placesFromGazetteer()
    {
        const sw::Bundle bundle
            = bundleOf({ QStringLiteral("The ferry left Malmö for Oslo, then sailed on to Germany.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        for (const QString &name :
             { QStringLiteral("Malmö"), QStringLiteral("Oslo"), QStringLiteral("Germany") })
            QVERIFY2(named(all, Suggestion::Place, name), qPrintable(name + u" in " + names(all).join(u',')));
    }

    void sentenceInitialWordsAreNotNames()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "The fire started late. After midnight, Smoke filled the hall. In March, Investigators returned "
            "on Monday.\nFirefighters worked until Friday. On Tuesday it rained. She left. Every one of them "
            "was safe. Thirty people watched.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        QVERIFY2(ofKind(all, Suggestion::Person).isEmpty() && ofKind(all, Suggestion::Place).isEmpty()
                     && ofKind(all, Suggestion::Organisation).isEmpty(),
                 qPrintable(names(all).join(u',')));
    }

    void heSaidResolvesToLastPerson()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Fire chief Mara Okafor spoke first.\n\"Everyone is out and safe tonight,\" she said.\n"
            "Researcher Tomas Berg stayed.\nHe told reporters: \"The roof is gone for good.\"") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.at(0).name, QStringLiteral("Everyone is out and safe tonight,"));
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Mara Okafor"));
        QCOMPARE(quotes.at(1).speaker, QStringLiteral("Tomas Berg"));
    }

    void curlyAndStraightQuotesAreTheSameQuote()
    {
        const sw::Bundle bundle = bundleOf({
            QStringLiteral("\"We will rebuild the theatre, whatever it takes,\" said director Anna Lind."),
            QStringLiteral("\u201CWe will rebuild the theatre, whatever it takes,\u201D said Anna Lind."),
            QStringLiteral("\u201CWe will rebuild this theatre whatever it costs,\u201D Anna Lind said."),
            QStringLiteral(
                "Anna Lind was quoted: \u201CA completely different sentence about the budget.\u201D"),
        });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QCOMPARE(quotes.size(), 2);
        const Suggestion &shared = quotes.at(0);
        QCOMPARE(shared.articleIndexes(), (QList<int> { 0, 1, 2 }));
        QVERIFY(shared.altered);
        QCOMPARE(shared.speaker, QStringLiteral("Anna Lind"));
        QCOMPARE(quotes.at(1).articleIndexes(), (QList<int> { 3 }));
        QVERIFY(!quotes.at(1).altered);

        const sw::Bundle exact = bundleOf({ bundle.articles.at(0).text, bundle.articles.at(1).text });
        const QList<Suggestion> exactQuotes = ofKind(sw::Suggester::suggest(exact), Suggestion::Quote);
        QCOMPARE(exactQuotes.size(), 1);
        QVERIFY(!exactQuotes.first().altered);
    }

    void apostrophesAreNotQuotes()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "The theatre\u2019s director said the season was \u2018paused, not cancelled\u2019 and the "
            "city\u2019s plan stands. It was \u2018safe\u2019 and the actors\u2019 union agreed.") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.first().name, QStringLiteral("paused, not cancelled"));
    }

    void quoteSplitBySaid()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Mara Okafor led the crews.\n\"We got out,\" she said, \"just in time.\" Nobody was hurt.") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QCOMPARE(quotes.size(), 1);
        const Suggestion &q = quotes.first();
        QCOMPARE(q.name, QStringLiteral("We got out, just in time."));
        QCOMPARE(q.speaker, QStringLiteral("Mara Okafor"));
        QCOMPARE(q.mentions.size(), 2);
        QCOMPARE(q.mentions.at(0).text, QStringLiteral("We got out,"));
        QCOMPARE(q.mentions.at(1).text, QStringLiteral("just in time."));
    }

    void rejectedSuggestionsStayRejected()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral("Dr. Samuel Reyes flew to Oslo.") });
        const QList<Suggestion> before = sw::Suggester::suggest(bundle);
        const Suggestion *oslo = named(before, Suggestion::Place, QStringLiteral("Oslo"));
        QVERIFY(oslo);
        QCOMPARE(oslo->key(), QStringLiteral("place:oslo"));
        sw::SuggestOptions options;
        options.rejected.insert(oslo->key());
        const QList<Suggestion> after = sw::Suggester::suggest(bundle, options);
        QCOMPARE(after.size(), before.size() - 1);
        QVERIFY(!named(after, Suggestion::Place, QStringLiteral("Oslo")));
    }

    void largeArticleIsHandled()
    {
        // ~100k words with names, places and quotes throughout: must finish without quadratic blow-up.
        QString text;
        for (int i = 0; i < 4000; ++i) {
            text += QStringLiteral(
                        "Fire chief Mara Okafor%1 visited Oslo on a quiet day. \"We checked building "
                        "number %1 twice,\" Okafor%1 said. The Lindqvist Harbour Theatre reopened.\n")
                        .arg(i % 500);
        }
        const sw::Bundle bundle = bundleOf({ text });
        QVERIFY(bundle.articles.first().wordCount > 90000);
        QElapsedTimer timer;
        timer.start();
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        qInfo("100k words: %lld suggestions in %lld ms", qint64(all.size()), timer.elapsed());
        const Suggestion *oslo = named(all, Suggestion::Place, QStringLiteral("Oslo"));
        QVERIFY(oslo);
        QCOMPARE(oslo->mentions.size(), 4000);
        QVERIFY(named(all, Suggestion::Organisation, QStringLiteral("Lindqvist Harbour Theatre")));

        // The same as one huge paragraph.
        const sw::Bundle oneParagraph
            = bundleOf({ QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')) });
        const QList<Suggestion> again = sw::Suggester::suggest(oneParagraph);
        QVERIFY(named(again, Suggestion::Place, QStringLiteral("Oslo")));
        QCOMPARE(ofKind(again, Suggestion::Quote).size(), 1); // identical wording groups into one quote
    }

    void cliJson()
    {
        QString outText, errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        const int code = sw::cli::run({ QStringLiteral("storyweave"), QStringLiteral("suggest"), kExample,
                                        QStringLiteral("--format"), QStringLiteral("json") },
                                      out, err);
        out.flush();
        QCOMPARE(code, 0);
        const QJsonObject root = QJsonDocument::fromJson(outText.toUtf8()).object();
        const sw::Bundle bundle = sw::BundleLoader::load({ kExample });
        bool okafor = false;
        for (const QJsonValue &v : root.value(u"entities").toArray()) {
            const QJsonObject e = v.toObject();
            QVERIFY(QStringList(
                        { QStringLiteral("person"), QStringLiteral("place"), QStringLiteral("organisation") })
                        .contains(e.value(u"type").toString()));
            for (const QJsonValue &mv : e.value(u"mentions").toArray()) {
                const QJsonObject m = mv.toObject();
                const sw::Article &a = bundle.articles.at(bundle.indexOf(m.value(u"article").toString()));
                const sw::CodePointIndex index(a.text);
                const qsizetype start = index.toUtf16(m.value(u"start").toInteger());
                const qsizetype end = index.toUtf16(m.value(u"end").toInteger());
                QCOMPARE(a.text.mid(start, end - start), m.value(u"text").toString());
            }
            okafor = okafor
                || (e.value(u"name").toString() == u"Mara Okafor"
                    && e.value(u"type").toString() == u"person");
        }
        QVERIFY(okafor);
        bool altered = false;
        for (const QJsonValue &v : root.value(u"quotes").toArray()) {
            const QJsonObject q = v.toObject();
            QVERIFY(!q.value(u"articles").toArray().isEmpty());
            if (q.value(u"speaker").toString() == u"Åsa Berglund"
                && q.value(u"articles").toArray().size() == 3)
                altered = q.value(u"altered").toBool();
        }
        QVERIFY(altered);
    }
};

QTEST_GUILESS_MAIN(TestSuggester)
#include "tst_suggester.moc"

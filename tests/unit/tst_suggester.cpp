// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotate/entitytype.h"
#include "annotate/suggester.h"
#include "annotate/suggestwordnet.h"
#include "bundle/bundleloader.h"
#include "cli/commandline.h"
#include "project/suggestionadapter.h"
#include "util/codepoints.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHashSeed>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
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

    void nameVariantsAreOnePerson()
    {
        const sw::Bundle bundle = bundleOf(
            { QStringLiteral("Builder Robert Arkwright was sentenced on Monday. Arkwright said nothing."),
              QStringLiteral(
                  "Bob Arkwright, 59, had pleaded not guilty. His lawyer, Nick Osgood, will appeal."),
              QStringLiteral("Lawyer Nicholas Osgood said Arkwright was sorry.") });
        const QList<Suggestion> people = ofKind(sw::Suggester::suggest(bundle), Suggestion::Person);
        QCOMPARE(people.size(), 2);
        const Suggestion *arkwright = named(people, Suggestion::Person, QStringLiteral("Robert Arkwright"));
        QVERIFY2(arkwright, qPrintable(names(people).join(u',')));
        QCOMPARE(arkwright->mentions.size(), 4);
        QCOMPARE(people.at(1).name, QStringLiteral("Nicholas Osgood"));
        QCOMPARE(people.at(1).mentions.size(), 2);
    }

    void surnameCuesMakeTheFullNameAPerson()
    {
        // "Vale" is an ordinary word, so "Harper Vale" has no name shape; "Vale wrote" decides.
        const sw::Bundle bundle
            = bundleOf({ QStringLiteral("Reporters gathered as Harper Vale arrived at the studio.\nLater "
                                        "Vale wrote that she was tired.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const Suggestion *vale = named(all, Suggestion::Person, QStringLiteral("Harper Vale"));
        QVERIFY2(vale, qPrintable(names(all).join(u',')));
        QCOMPARE(vale->mentions.size(), 2);
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

    // Issue 13: a person in a place-like context ("at X's show") stays a person.
    void personAfterPlacePrepositionIsPerson()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Tickets sold out within an hour at Lena Hartwell's concert in Bergen. Fans waited at Lena "
            "Hartwell's hotel until dawn.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Lena Hartwell")),
                 qPrintable(names(all).join(u',')));
        QVERIFY(!named(all, Suggestion::Place, QStringLiteral("Lena Hartwell")));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Bergen")), qPrintable(names(all).join(u',')));

        // A first name that is also a country joins the person when used like a person's.
        const sw::Bundle footballer = bundleOf(
            { QStringLiteral("Midfielder Jordan Ashcombe scored twice. Jordan said the team was tired.") });
        const QList<Suggestion> again = sw::Suggester::suggest(footballer);
        const Suggestion *ashcombe = named(again, Suggestion::Person, QStringLiteral("Jordan Ashcombe"));
        QVERIFY2(ashcombe, qPrintable(names(again).join(u',')));
        QCOMPARE(ashcombe->mentions.size(), 2);
        QVERIFY2(!named(again, Suggestion::Place, QStringLiteral("Jordan")),
                 qPrintable(names(again).join(u',')));
    }

    void companyAfterAtIsNoConfidentPlace()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "She spent ten years at Brightloom before the move, and the figures came from Quillfeather. "
            "The family lives in Grenvik. Quillfeather said in a statement that sales fell.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        QVERIFY2(!named(all, Suggestion::Place, QStringLiteral("Brightloom")),
                 qPrintable(names(all).join(u',')));
        QVERIFY2(!named(all, Suggestion::Place, QStringLiteral("Quillfeather")),
                 qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Grenvik")), qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Quillfeather")),
                 qPrintable(names(all).join(u',')));
    }

    void clubsAndLeaguesAreOrganisations()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Harwick United beat Stanton Rovers 2-1 on Saturday and moved to third in the Coastal League. "
            "Fans of Harwick United sang until the final whistle.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        for (const QString &name : { QStringLiteral("Harwick United"), QStringLiteral("Stanton Rovers"),
                                     QStringLiteral("Coastal League") }) {
            QVERIFY2(named(all, Suggestion::Organisation, name),
                     qPrintable(name + u" in " + names(all).join(u',')));
            QVERIFY(!named(all, Suggestion::Person, name));
            QVERIFY(!named(all, Suggestion::Place, name));
        }
    }

    void townNamedEventsAreNotPlaces()
    {
        const sw::Bundle bundle = bundleOf(
            { QStringLiteral("Ilse Varga has not played since Wimbledon in June 2023. She won two Wimbledon "
                             "titles and reached the final at Wimbledon once. She now trains in Oslo."),
              QStringLiteral("Varga, who has not competed since Wimbledon, said she would return. She lives "
                             "in Oslo.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        for (const Suggestion &s : all)
            QVERIFY2(!s.name.contains(u"Wimbledon"), qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Oslo")), qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Ilse Varga")),
                 qPrintable(names(all).join(u',')));
    }

    void clubsNamedLikeTheirCitiesAreOrganisations()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Porto beat Lyon 2-1 on Sunday evening. Porto manager Jonas Kell said the win was deserved, and "
            "Lyon's goalkeeper Pavel Orsk apologised to the Lyon fans. The team flew home from Lisbon on "
            "Monday.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        for (const QString &club : { QStringLiteral("Porto"), QStringLiteral("Lyon") }) {
            QVERIFY2(named(all, Suggestion::Organisation, club),
                     qPrintable(club + u" in " + names(all).join(u',')));
            QVERIFY(!named(all, Suggestion::Place, club));
        }
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Lisbon")), qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Jonas Kell")),
                 qPrintable(names(all).join(u',')));
    }

    void regionsStateCodesAndBasedCompanies()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "The plant in upstate New York will close. Tomas Reyl, president of Oslo-based Veltrix, said the "
            "trial in NY had cost too much. Reyl wrote on his Chirpline account that he was sorry.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("upstate New York")),
                 qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("NY")), qPrintable(names(all).join(u',')));
        QVERIFY2(!named(all, Suggestion::Organisation, QStringLiteral("NY")),
                 qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Oslo")), qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Veltrix")),
                 qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Chirpline")),
                 qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Tomas Reyl")),
                 qPrintable(names(all).join(u',')));
    }

    void cityHallIsAPlace()
    {
        const sw::Bundle bundle
            = bundleOf({ QStringLiteral("The alarm sounded at Grenvik City Hall just after noon. Councillor "
                                        "Anna Hall left the building.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Grenvik City Hall")),
                 qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Anna Hall")),
                 qPrintable(names(all).join(u',')));
    }

    void articlesCaptionsAndBuildingsAreNotPeople()
    {
        // "Red" is a given name, but an article before a name makes it no person's; a caption
        // starting after "Photo:" with an ordinary word is no credit line; a name before
        // "school" is the school's, a place.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Floods hit the coast\n\nThe Red Crescent set up two shelters, and the Red Crescent said it "
            "had registered 412 people. Mayor Odile Ferrante spent the night at the Saint Albin school "
            "shelter.\n\nPhoto: Streets of Brennick under water on Tuesday. (Tidewire/Mira Sol)") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        QVERIFY2(!named(all, Suggestion::Person, QStringLiteral("Red Crescent")), qPrintable(found));
        QVERIFY2(!named(all, Suggestion::Person, QStringLiteral("Streets")), qPrintable(found));
        QVERIFY2(!named(all, Suggestion::Person, QStringLiteral("Saint Albin")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Odile Ferrante")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Saint Albin")), qPrintable(found));
    }

    void sentenceStartBeforeAGeographicWordIsNoName()
    {
        // "harbour" and "port" extend a name ("Vellan harbour"), not a capitalised ordinary word
        // that only starts the headline or the sentence.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Former harbour chief jailed\n\nDisgraced port boss Aldo Ferris was jailed on Friday in "
            "Vellan. Judge Harriet Combe said he had betrayed the city.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        QVERIFY2(!found.contains(QStringLiteral("Former")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("Disgraced")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Aldo Ferris")), qPrintable(found));
    }

    void bylineAndSharedSurname()
    {
        // A byline with the author's role is no headline: its name is suggested. "Osei" alone is
        // the Osei the story is about, not her brother named once.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Chef wins food prize\n\nBy Linus Berg, Food Correspondent\n\nChef Amara Osei won the Golden "
            "Ladle on Monday. \"This belongs to my grandmother,\" Osei said. Amara Osei opened her "
            "restaurant with a loan from her brother, Kwame Osei.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Linus Berg")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Kwame Osei")), qPrintable(found));
        const QList<Suggestion> quotes = ofKind(all, Suggestion::Quote);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Amara Osei"));
    }

    void datelinePlaceIsShownAsWritten()
    {
        // A dateline writes the town in capitals; the suggestion shows its name as a name is
        // written.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Rovers win\n\nMALMÖ, March 3 (Nordwire) - Halden Rovers beat the leaders 3-1 in Malmö on "
            "Saturday. Fans flew in from Oslo.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Malmö")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("MALMÖ")), qPrintable(found));
        // Only ever in capitals: shown as a name.
        const QList<Suggestion> only = sw::Suggester::suggest(
            bundleOf({ QStringLiteral("Council meets\n\nLILLEHAMMER, May 2 (Nordwire) - The council met on "
                                      "Monday to vote on the budget.") }));
        QVERIFY2(named(only, Suggestion::Place, QStringLiteral("Lillehammer")),
                 qPrintable(names(only).join(u',')));
    }

    void clubWordJoinsItsClub()
    {
        // "Rovers" alone is the one club whose name it ends, not an organisation of its own.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Rovers win\n\nHalden Rovers beat Marsh City 3-1 on Saturday. \"The boys were brilliant,\" "
            "Rovers coach Ingrid Solheim said. Marsh City manager Paul Okonjo said the better side won.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Halden Rovers")), qPrintable(found));
        QVERIFY2(!named(all, Suggestion::Organisation, QStringLiteral("Rovers")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Ingrid Solheim")), qPrintable(found));
        // "City" ends a club's name unless a list knows the whole name as a town.
        const QList<Suggestion> city = sw::Suggester::suggest(
            bundleOf({ QStringLiteral("City win\n\nHarwick City came from behind on Saturday. Fans of a "
                                      "Harwick City side that never gave "
                                      "up flew home to Kansas City.") }));
        const QString cityFound = names(city).join(u',');
        QVERIFY2(named(city, Suggestion::Organisation, QStringLiteral("Harwick City")),
                 qPrintable(cityFound));
        QVERIFY2(named(city, Suggestion::Place, QStringLiteral("Kansas City")), qPrintable(cityFound));
    }

    void bodiesAfterAnArticleAreOrganisations()
    {
        // "the X said" is a body that speaks, not a person (a given name at its start says
        // nothing); after an article, "of" holds one name together, and the short form joins it.
        // A title before "of" keeps the person's role apart ("the Mayor of Brennick").
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Floods in Norland\n\nThe Red Crescent of Norland opened two shelters on Tuesday. Hana Ruud "
            "of the Red Crescent said volunteers had reached every village. The Red Lantern said on "
            "Monday it would close its doors. A former head of the Port of Skarn was charged. The Mayor "
            "of Brennick, Tomas Wiik, visited the shelters.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Red Crescent of Norland")),
                 qPrintable(found));
        QVERIFY2(!named(all, Suggestion::Organisation, QStringLiteral("Red Crescent")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Red Lantern")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Port of Skarn")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Hana Ruud")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Tomas Wiik")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("Mayor of")), qPrintable(found));
        for (const Suggestion &s : all) {
            if (s.name == u"Red Crescent of Norland")
                QCOMPARE(s.mentions.size(), 2);
        }
    }

    void datelineTownsMayorsAndBodiesNamedForPeople()
    {
        // A dateline's unknown town in capitals is a place; "the mayor of X" names a place, not
        // an employer; "Fishermen's Association" is one name; "MPs" after a party is not part of
        // it; a hyphenated given name is a given name.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Quota vote\n\nSKARNHAVN, April 14 (Nordwire) - The Norland Fishermen's Association said the "
            "cut would cost jobs. Six Centre Party MPs voted against it. The mayor of Vikholm, Anne-Lise "
            "Dahl, said the council would ask for help.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Skarnhavn")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Vikholm")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Norland Fishermen's Association")),
                 qPrintable(found));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Centre Party")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Anne-Lise Dahl")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("MPs")) && !found.contains(QStringLiteral(":Association")),
                 qPrintable(found));
    }

    void namingVerbIntroducesAShortQuote()
    {
        // "called the vote 'a betrayal'": a named speaker's own words, though short; the organisation
        // at the end of a relative clause ("who chairs the association,") is not the subject.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Quota vote\n\nThe Norland Fishermen's Association said it would go to the Supreme Court. Ola "
            "Brekke, who chairs the association, called the vote \"a betrayal\". The minister described the "
            "protest as \"understandable\". The so-called \"green\" boats were exempt.") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QStringList found;
        for (const Suggestion &q : quotes)
            found.append(q.name + u'/' + q.speaker);
        QVERIFY2(found.contains(QStringLiteral("a betrayal/Ola Brekke")), qPrintable(found.join(u',')));
        // Naming verbs without a named subject ("the minister described", "so-called") make no
        // quotation speech.
        QCOMPARE(quotes.size(), 1);
    }

    void abbreviationsAndQuotedFragmentsJoinTheirWholes()
    {
        // "IHC" is the International Health Council it spells; one outlet's "closing" is a word of
        // the same speaker's longer quotation in another outlet: one quote, not two.
        const sw::Bundle bundle = bundleOf(
            { QStringLiteral(
                  "Fever spreads\n\nThe International Health Council (IHC) said on Friday that the "
                  "fever had spread. \"We are not yet seeing spread between people, but the window "
                  "to contain this is closing,\" Tomasz Wielgosz of the IHC said."),
              QStringLiteral("Fever: what we know\n\nThe IHC says the fever has spread. The council's chief, "
                             "Tomasz Wielgosz, said the chance to stop it was \"closing\".") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("International Health Council")),
                 qPrintable(found));
        QVERIFY2(!named(all, Suggestion::Organisation, QStringLiteral("IHC")), qPrintable(found));
        for (const Suggestion &s : all) {
            if (s.name == u"International Health Council")
                QCOMPARE(s.mentions.size(), 4);
        }
        const QList<Suggestion> quotes = ofKind(all, Suggestion::Quote);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Tomasz Wielgosz"));
        QCOMPARE(quotes.at(0).articleIndexes(), QList<int>({ 0, 1 }));
    }

    void aRegionNamesItsPlace()
    {
        // "Eastern Calvara" is a place, so "Calvara" is one too, though nothing else says so.
        const QList<Suggestion> all = sw::Suggester::suggest(bundleOf({ QStringLiteral(
            "Fever spreads\n\nCases were found in three provinces of Eastern Calvara on Friday. Calvara's "
            "health ministry confirmed 412 cases.") }));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Calvara")), qPrintable(names(all).join(u',')));
    }

    void awardsNightCoverage()
    {
        // "she" is not the manager her quotation names; an award's album is a work, not a place
        // ("Coast"); "Pop" starting a sentence is the word, not the town of that name.
        const QList<Suggestion> all = sw::Suggester::suggest(bundleOf({ QStringLiteral(
            "Lantern Awards\n\nPop star Mira Solberg won best album for Glass Coast on Sunday. She thanked "
            "her manager, Theo Brandt, in her speech. \"Theo believed in me when nobody else did,\" she "
            "said.") }));
        const QString found = names(all).join(u',');
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Mira Solberg")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("Glass Coast"))
                     && !found.contains(QStringLiteral("place:Pop")),
                 qPrintable(found));
        const QList<Suggestion> quotes = ofKind(all, Suggestion::Quote);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Mira Solberg"));
    }

    void mixedCaseAbbreviationAndTheSentencesOwnSpeaker()
    {
        // "BoN" spells the Bank of Norland; with no reporting verb, the person who opens the
        // quotation's sentence speaks it, not one named nearer in the next sentence.
        const QList<Suggestion> all = sw::Suggester::suggest(bundleOf({ QStringLiteral(
            "Rates rise\n\nThe Bank of Norland (BoN) raised rates on Thursday. Per-Erik Lund of Fjord "
            "Capital "
            "accused the BoN of choosing to fight inflation \"at the cost of jobs\". Jonas Berge, the "
            "finance minister, declined to comment.") }));
        const QString found = names(all).join(u',');
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Bank of Norland")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("BoN")), qPrintable(found));
        const QList<Suggestion> quotes = ofKind(all, Suggestion::Quote);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Per-Erik Lund"));
    }

    void verblessShortQuotationJoinsItsSpeakersLongerOne()
    {
        // No reporting verb before "a niche": alone it would be a scare quote, but it is a phrase
        // of the analyst's longer quotation in the other outlet, so it is that quote. A short
        // quotation no longer one holds ("cheap") stays none.
        const QList<Suggestion> all = sw::Suggester::suggest(bundleOf(
            { QStringLiteral(
                  "Kestrel folds\n\n\"It is a beautiful device, but folding phones are still a niche,\" "
                  "said Tom Reilly of Brightline Research."),
              QStringLiteral(
                  "Hands on\n\nThe phone is not \"cheap\". Brightline Research analyst Tom Reilly thinks "
                  "foldables remain \"a niche\".") }));
        const QList<Suggestion> quotes = ofKind(all, Suggestion::Quote);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Tom Reilly"));
        QCOMPARE(quotes.at(0).articleIndexes(), QList<int>({ 0, 1 }));
    }

    void decimalPointEndsNoSentence()
    {
        // "6.2%" does not start a sentence at "2": the reporting verb before it still attributes
        // the short quotation after it, in both outlets.
        const QList<Suggestion> all = sw::Suggester::suggest(bundleOf(
            { QStringLiteral(
                  "Rates\n\nGovernor Helga Strand said inflation, at 6.2% in May, was \"far too high\"."),
              QStringLiteral(
                  "Rates\n\nGovernor Helga Strand warned that inflation was \"far too high\".") }));
        const QList<Suggestion> quotes = ofKind(all, Suggestion::Quote);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.at(0).articleIndexes(), QList<int>({ 0, 1 }));
        QVERIFY(!quotes.at(0).altered);
    }

    void officesMarketsAndBayAreasHaveWholeNames()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Residents across the Marlow Bay area felt the tremor, but in the Oslo area nobody did. The "
            "State Attorney's Office in Tallbrook said on Friday that the case was closed. Veltrix shares "
            "fell 3 percent on the Grenvik Prime Standard, while the Consumer Price Index rose.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Marlow Bay area")),
                 qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Oslo")), qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("State Attorney's Office")),
                 qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Tallbrook")),
                 qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Grenvik Prime Standard")),
                 qPrintable(names(all).join(u',')));
        for (const Suggestion &s : all)
            QVERIFY2(!s.name.contains(u"Price Index") && !s.name.endsWith(u"Oslo area"),
                     qPrintable(names(all).join(u',')));
    }

    void songTitlesAreNeitherQuotesNorPeople()
    {
        const sw::Bundle bundle
            = bundleOf({ QStringLiteral("The band closed the night with its hit \u201CSilver Lantern\u201D "
                                        "and then played \"Glass Harbour "
                                        "Nights\" twice. The single Paper Comet was left out. Critics called "
                                        "the set \u201Cloud\u201D.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        QVERIFY2(ofKind(all, Suggestion::Quote).isEmpty(), qPrintable(names(all).join(u',')));
        for (const Suggestion &s : all) {
            QVERIFY2(!s.name.contains(u"Silver") && !s.name.contains(u"Glass") && !s.name.contains(u"Comet"),
                     qPrintable(names(all).join(u',')));
        }
    }

    void gluedBylineIsNotPartOfTheName()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Court reporters waited outside.\nCityDeskMara Lindqvist arrived at the hearing at nine. "
            "Lindqvist said nothing.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const Suggestion *person = named(all, Suggestion::Person, QStringLiteral("Mara Lindqvist"));
        QVERIFY2(person, qPrintable(names(all).join(u',')));
        QCOMPARE(person->mentions.size(), 2);
        for (const Suggestion &s : all)
            QVERIFY2(!s.name.contains(u"Desk"), qPrintable(names(all).join(u',')));
    }

    void nationalityIsNotPartOfTheName()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "The award went to British-Canadian Elias Brandt on Monday. Swedish-born Tove Marklund, 61, "
            "shared it. Danish Tove Marklund fans cheered. Veteran Ilse Varga came too.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Elias Brandt")),
                 qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Tove Marklund")),
                 qPrintable(names(all).join(u',')));
        if (sw::suggest::WordNet::instance().available()) // "veteran" is an ordinary word
            QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Ilse Varga")),
                     qPrintable(names(all).join(u',')));
        for (const Suggestion &s : all) {
            QVERIFY2(!s.name.startsWith(u"British") && !s.name.startsWith(u"Swedish")
                         && !s.name.startsWith(u"Danish") && !s.name.startsWith(u"Veteran"),
                     qPrintable(names(all).join(u',')));
        }
    }

    void awardsAndEventsAreNotEntities()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Marit Olsen won the Halvorsen Prize in 2019 and later raced in the Fjord Cup. She was named "
            "among the Halvorsen Laureates and will host the Brightwater Awards and the Lakeside Festival "
            "in Tromsø.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        for (const Suggestion &s : all) {
            QVERIFY2(!s.name.contains(u"Prize") && !s.name.contains(u"Cup") && !s.name.contains(u"Laureates")
                         && !s.name.contains(u"Awards") && !s.name.contains(u"Festival"),
                     qPrintable(names(all).join(u',')));
        }
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Marit Olsen")),
                 qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Tromsø")), qPrintable(names(all).join(u',')));
    }

    void dialogueTurnsKeepTheirSpeakers()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Inspector Ruth Calder met the witness on Friday.\nRuth Calder asked: \"Where were you on Friday "
            "night?\" Daniel Moss replied: \"At home with my sister, all evening.\"\n\"Can she confirm "
            "that?\" "
            "asked Calder. \"Of course she can,\" replied Moss.\n\"And after that, where did you go?\" "
            "Calder "
            "asked.\n\"Straight back to the flat.\"\n\"Did anyone see you there?\"\n\"The neighbour, I "
            "think.\"") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QCOMPARE(quotes.size(), 8);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Ruth Calder"));
        QCOMPARE(quotes.at(1).speaker, QStringLiteral("Daniel Moss"));
        QCOMPARE(quotes.at(2).speaker, QStringLiteral("Ruth Calder"));
        QCOMPARE(quotes.at(3).speaker, QStringLiteral("Daniel Moss"));
        // Turn-taking after a question: the unattributed lines alternate.
        QCOMPARE(quotes.at(4).speaker, QStringLiteral("Ruth Calder"));
        QCOMPARE(quotes.at(5).speaker, QStringLiteral("Daniel Moss"));
        QCOMPARE(quotes.at(6).speaker, QStringLiteral("Ruth Calder"));
        QCOMPARE(quotes.at(7).speaker, QStringLiteral("Daniel Moss"));
    }

    void organisationStatementHasTheOrganisationAsSpeaker()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Manager Tom Reid left the ground without speaking to reporters.\nHarwick United said in a "
            "statement: \"We are shocked by the decision and will appeal.\" Reid was not available.\n"
            "The Coastal Road Agency closed the bridge. \"Nobody should drive there tonight,\" the agency "
            "said.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QList<Suggestion> quotes = ofKind(all, Suggestion::Quote);
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Harwick United"));
        QCOMPARE(quotes.at(0).speakerKind, Suggestion::Organisation);
        QCOMPARE(quotes.at(1).speaker, QStringLiteral("Coastal Road Agency"));
        QCOMPARE(quotes.at(1).speakerKind, Suggestion::Organisation);
        // Accepting it makes the organisation (not a person of that name) the speaker.
        QCOMPARE(sw::toAcceptedSuggestion(bundle, quotes.at(0)).typeId, sw::EntityType::Organisation);
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Tom Reid")),
                 qPrintable(names(all).join(u',')));
    }

    void quoteParagraphsAndEmbeddedPostsKeepTheirSpeaker()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "The storm flattened the farm.\n\u201CWe lost the barn and most of the fences,\u201D said Ola "
            "Berg.\n\u201CThe animals are safe, which is all that matters to us now.\u201D\nNeighbours "
            "posted "
            "pictures.\nThe road to the harbour is open again after the storm — Ida Strand (@idastrand) "
            "March 3, 2024") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QCOMPARE(quotes.size(), 3);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Ola Berg"));
        QCOMPARE(quotes.at(1).speaker, QStringLiteral("Ola Berg"));
        QCOMPARE(quotes.at(2).name, QStringLiteral("The road to the harbour is open again after the storm"));
        QCOMPARE(quotes.at(2).speaker, QStringLiteral("Ida Strand"));
    }

    void oneSpeakersQuoteRewordedIsOneAlteredQuote()
    {
        // Two outlets quote the lawyer in other words: one quote, altered. Her two statements in
        // one article stay two quotes.
        const sw::Bundle bundle = bundleOf({
            QStringLiteral("Aldo Ferris was jailed for three years. His lawyer, Miriam Ostrow, said he would "
                           "appeal. \u201CMr Ferris maintains his innocence,\u201D Ostrow said. \u201CThe "
                           "harbour contracts were awarded fairly,\u201D she added."),
            QStringLiteral("Port boss Aldo Ferris got three years. \u201CHe maintains he is innocent,\u201D "
                           "his lawyer Miriam Ostrow said outside the court."),
        });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        const Suggestion *innocent = nullptr;
        for (const Suggestion &q : quotes) {
            if (q.name.contains(QStringLiteral("innocen")))
                innocent = &q;
        }
        QVERIFY(innocent);
        QCOMPARE(innocent->articleIndexes(), QList<int>({ 0, 1 }));
        QVERIFY(innocent->altered);
        QCOMPARE(quotes.size(), 2);
    }

    void quoteAlsoPrintedWithoutMarksIsAltered()
    {
        // One outlet quotes the council's post; the other embeds the post and also prints its words
        // as its own line, without quotation marks.
        const QString words
            = QStringLiteral("We are clearing the coast road as fast as our crews can manage");
        const sw::Bundle bundle = bundleOf({
            u"Snow closed the coast road on Monday. \u201C" + words
                + u".\u201D the Grenvik Council said on Twitter.\nThe road opened again at noon.",
            u"Snow closed the coast road on Monday.\n" + words + u"\n" + words
                + u" \u2014 Grenvik Council (@grenvikcouncil) March 3, 2024\nThe road opened again at noon.",
        });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.at(0).articleIndexes(), QList<int>({ 0, 1 }));
        QVERIFY(quotes.at(0).altered);
        int reported = 0;
        for (const sw::SuggestedMention &m : quotes.at(0).mentions)
            reported += m.reported ? 1 : 0;
        QCOMPARE(reported, 1);

        // Quoted alike everywhere: exact.
        const sw::Bundle alike = bundleOf({
            u"Snow closed the coast road on Monday. \u201C" + words + u",\u201D the council said.",
            u"The coast road was shut. \u201C" + words + u",\u201D the council said on Monday.",
        });
        const QList<Suggestion> exact = ofKind(sw::Suggester::suggest(alike), Suggestion::Quote);
        QCOMPARE(exact.size(), 1);
        QVERIFY(!exact.at(0).altered);
    }

    void wireCopyDatelinesCreditsAndAbbreviations()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "OSLO (Nordpress) - Heavy snow closed the airport on Monday, officials said.\nThe U.S. embassy "
            "moved its staff to New York for the week.\nReporting by Anna Lindqvist and Piet Vonk in Oslo; "
            "Editing by Kari Sund") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Nordpress")),
                 qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("U.S.")), qPrintable(names(all).join(u',')));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("New York")),
                 qPrintable(names(all).join(u',')));
        for (const QString &name :
             { QStringLiteral("Anna Lindqvist"), QStringLiteral("Piet Vonk"), QStringLiteral("Kari Sund") })
            QVERIFY2(named(all, Suggestion::Person, name),
                     qPrintable(name + u" in " + names(all).join(u',')));
        for (const Suggestion &s : all)
            QVERIFY2(s.name != u"York", qPrintable(names(all).join(u',')));
    }

    void titlesAndPortfoliosAreNoName()
    {
        // The second word of a title, a portfolio after "Minister for" and a title alone are no
        // part of a person's name.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Harlow buys Pemberly\n\nChief Executive Tarquin Obi said the deal would close in May. "
            "Former Deputy Minister for Roads Kofi Mensah-Aidoo was jailed for six years on Monday. "
            "Co-accused Yaw Boateng-Kyei got four years.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        for (const QString &name : { QStringLiteral("Tarquin Obi"), QStringLiteral("Kofi Mensah-Aidoo"),
                                     QStringLiteral("Yaw Boateng-Kyei") })
            QVERIFY2(named(all, Suggestion::Person, name), qPrintable(name + u" in " + found));
        QVERIFY2(!found.contains(QStringLiteral("Minister")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("Executive")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("Co-accused")), qPrintable(found));
    }

    void kindOfOrganisationNamesIt()
    {
        // "the ticketing firm X", "operator X said", "her label, X, said" and "X, the ... label
        // that": names without a company word, and a person's trade stays a person's.
        const sw::Bundle bundle = bundleOf(
            { QStringLiteral("Skanbo tickets sold out\n\nFigures from the ticketing firm Skanbo showed the "
                             "tour sold out. Rail services stopped, operator Trakline said. Her record "
                             "label, Casa Brava, said it supports her. Casa Brava said no dates would be "
                             "added."),
              QStringLiteral("Singer pauses tour\n\nCasa Brava, the Lima-based label that signed her in "
                             "2015, said it backs the decision. Harbour developer Joe Rendell said the "
                             "venue would stay empty. Ola Berg, a company director, said the same.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        for (const QString &name :
             { QStringLiteral("Skanbo"), QStringLiteral("Trakline"), QStringLiteral("Casa Brava") })
            QVERIFY2(named(all, Suggestion::Organisation, name), qPrintable(name + u" in " + found));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Joe Rendell")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Ola Berg")), qPrintable(found));
    }

    void namedStormsToursAndWorksAreNoEntities()
    {
        // A storm's name, a tour's, a programme's and an album's name a town or a person only in
        // form ("Agua Dulce" is also a town).
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Storm Hilde floods the valley\n\nStorm Hilde flooded the valley on Sunday. The final show of "
            "her Sol de Mayo tour is in Lima. Her 2019 album Agua Dulce topped the charts. The Safe "
            "Roads programme was cut.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        for (const QString &word : { QStringLiteral("Hilde"), QStringLiteral("Sol de Mayo"),
                                     QStringLiteral("Agua Dulce"), QStringLiteral("Safe Roads") })
            QVERIFY2(!found.contains(word), qPrintable(word + u" in " + found));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Lima")), qPrintable(found));
    }

    void lowerCaseFeatureWordDescribesThePlace()
    {
        // "the Caribbean port city", "the Ogun River bridge", "the Vellan river": the English word
        // says what the place is and is no part of its name.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Bridge gives way\n\nShe was born in the Caribbean port city of Cartagena. The unfinished "
            "Ogun River bridge collapsed after the Vellan river burst its banks. Former harbour chief "
            "Aldo Ferris said repairs would take a year.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        for (const QString &name : { QStringLiteral("Caribbean"), QStringLiteral("Cartagena"),
                                     QStringLiteral("Ogun River"), QStringLiteral("Vellan") })
            QVERIFY2(named(all, Suggestion::Place, name), qPrintable(name + u" in " + found));
        QVERIFY2(!found.contains(QStringLiteral("port")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("bridge")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("Former")), qPrintable(found));
    }

    void placesAndBodiesTheListsDoNotKnow()
    {
        // A compass word before an unknown name, a region, a street in its own language, a venue,
        // a country's letters, a plural owner's body and a platform a letter was posted to.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Floods hit the coast\n\nThe Norwegian Insurers\u2019 Association said claims would rise. "
            "The Farmers' Union said crops were lost. Police seized two houses in East Legon and a "
            "farm in the Eastern Region. Gunnvor Lie has lived on Elvegata for years. The final show "
            "is at the Arena Sabana. US regulators must approve the sale. She announced it in a "
            "letter posted to Instagram. \"Rest, sister,\" her friend wrote.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        for (const QString &name :
             { QStringLiteral("East Legon"), QStringLiteral("Eastern Region"), QStringLiteral("Elvegata"),
               QStringLiteral("Arena Sabana"), QStringLiteral("US") })
            QVERIFY2(named(all, Suggestion::Place, name), qPrintable(name + u" in " + found));
        for (const QString &name : { QStringLiteral("Norwegian Insurers\u2019 Association"),
                                     QStringLiteral("Farmers' Union"), QStringLiteral("Instagram") })
            QVERIFY2(named(all, Suggestion::Organisation, name), qPrintable(name + u" in " + found));
        QVERIFY2(!named(all, Suggestion::Person, QStringLiteral("Rest")), qPrintable(found));
        QVERIFY2(!named(all, Suggestion::Person, QStringLiteral("Association")), qPrintable(found));
    }

    void archivePictureAndReportedSubjectAreNoCues()
    {
        // "FILE -" and "(AP Photo/…, File)" mark an archive picture, not an organisation; after
        // "Amundsen said" the name starts what he said ("said Westline Ferries had …" is no
        // attribution), and "Ferries" names a company.
        const sw::Bundle bundle = bundleOf(
            { QStringLiteral(
                  "Ferry operator fined\n\nFILE - A ferry leaves the terminal in Skarvik on May 3, "
                  "2024. (AP Photo/Ingrid Solheim, File)\n\nJudge Torvald Amundsen said Westline "
                  "Ferries had ignored warnings. The court fined Westline Ferries $2 million."),
              QStringLiteral("Westline Ferries fined\n\n\"This was not bad luck,\" said Torvald Amundsen. "
                             "Westline Ferries will study the ruling.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Westline Ferries")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Torvald Amundsen")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral(":File")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral(":FILE")), qPrintable(found));
    }

    void clubBeforeItsManagerIsNotTheSpeaker()
    {
        // "said Harwick manager Bea Lindgren": the club right after the verb says whom she works
        // for; she speaks, here and in the quotation that follows in the same paragraph.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Harwick City 2-1 Dunmore Athletic\n\nHarwick City beat Dunmore Athletic 2-1 on Saturday.\n\n"
            "\"We showed character today,\" said Harwick manager Bea Lindgren. \"The lads never stopped "
            "running.\"") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QCOMPARE(quotes.size(), 2);
        for (const Suggestion &q : quotes)
            QCOMPARE(q.speaker, QStringLiteral("Bea Lindgren"));
    }

    void fullestVersionNamesTheQuote()
    {
        // One outlet quotes the manager's two sentences in one quotation, another in two and with a
        // word changed: the one quotation joins the second sentence's quote (the closer match) and
        // names it, being the fuller version; the first sentence stays a quote of its own, not hidden
        // in a group named by the other.
        const sw::Bundle bundle = bundleOf(
            { QStringLiteral("Harwick win\n\n\"The lads showed real courage today,\" manager Bea Lindgren "
                             "said after the 2-1 win over Dunmore Athletic on Saturday. \"Going a goal "
                             "down here is never easy.\""),
              QStringLiteral("Live: Harwick v Dunmore\n\n17:02 Lindgren has been speaking to the radio: "
                             "\"The lads showed real character today. Going a goal down here is never "
                             "easy.\"") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.at(0).name, QStringLiteral("The lads showed real courage today,"));
        QCOMPARE(
            quotes.at(1).name,
            QStringLiteral("The lads showed real character today. Going a goal down here is never easy."));
        QCOMPARE(quotes.at(1).mentions.size(), 2);
        for (const Suggestion &q : quotes)
            QCOMPARE(q.speaker, QStringLiteral("Bea Lindgren"));
    }

    void bylineRolesShoutsAndZonesAreNoNames()
    {
        // A byline's role in ordinary words, a word shouted in capitals, a time zone and "MP" are
        // no entities.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Ashbury late show\n\nBy Declan Ashworth, Chief Sports Writer\n\n16:52 GOAL! Ashbury City lead "
            "2-1 on Saturday (Sunday morning AEST). Club chair Tamsin Reid, a former federal MP, watched "
            "from the stand.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Declan Ashworth")), qPrintable(found));
        for (const QString &word : { QStringLiteral("Writer"), QStringLiteral("GOAL"), QStringLiteral("AEST"),
                                     QStringLiteral(":MP") })
            QVERIFY2(!found.contains(word), qPrintable(word + u" in " + found));
    }

    void firmsSaintsAndDatelineRegions()
    {
        // "Pemberton & Sayle" is one firm, "St Aldric's Hospital" one hospital; a dateline's town
        // and its region are places, and so is where a nurse or a 24-year-old is from.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Card chaos\n\nBELLHAVEN, Northmarch (APN) \u2014 Customers of Pemberton & Sayle could not pay "
            "on Tuesday. Tendai, a nurse from Blacktown, was stranded. The 24-year-old from Geraldton "
            "who treated her works at St Aldric's Hospital.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        for (const QString &name :
             { QStringLiteral("Pemberton & Sayle"), QStringLiteral("St Aldric's Hospital") })
            QVERIFY2(named(all, Suggestion::Organisation, name), qPrintable(name + u" in " + found));
        for (const QString &name :
             { QStringLiteral("Northmarch"), QStringLiteral("Blacktown"), QStringLiteral("Geraldton") })
            QVERIFY2(named(all, Suggestion::Place, name), qPrintable(name + u" in " + found));
        QVERIFY2(!found.contains(QStringLiteral("person:St Aldric")), qPrintable(found));
    }

    void pronounsRolesAndFollowOnQuotesFindTheirSpeaker()
    {
        // "she" after a sentence that starts with "She" is the subject before it, not the
        // craftsman named last; "the singer" is the person the story is about; a quotation right
        // after an attributed one in the same paragraph goes on with its speaker; a person in
        // apposition before "said" is the speaker, not the company after it.
        const sw::Bundle bundle = bundleOf(
            { QStringLiteral(
                  "Dalia Frost surprises young drummer\n\nSinger Dalia Frost walked on stage on Friday while "
                  "Arlo Penn was playing her song. Frost did not stop at a hug. She gave him a drum kit made "
                  "by the craftsman Ivo Sandberg.\n\"He plays it better than I ever did,\" she wrote "
                  "later.\n\"Do you know who wrote this song?\" the singer asked him.\nCoach Mira Dale "
                  "arrived at the hall. \"I have never seen a crowd like it,\" she said. \"Half the town "
                  "was in the street.\" Caretaker Pete Olsen locked up.\nNorvik Group agreed to buy Bremer "
                  "Ltd on Monday. Norvik's chief executive, Hanna Lode, said Bremer had \"the finest "
                  "welders anywhere in the north\"."),
              QStringLiteral("Frost on stage\n\nDalia Frost met Arlo Penn on Friday. Frost hugged him and "
                             "Frost sang. Frost later wrote about it.") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QStringList found;
        for (const Suggestion &q : quotes)
            found.append(q.speaker + u": " + q.name);
        QCOMPARE(quotes.size(), 5);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Dalia Frost"));
        QCOMPARE(quotes.at(1).speaker, QStringLiteral("Dalia Frost"));
        QCOMPARE(quotes.at(2).speaker, QStringLiteral("Mira Dale"));
        QCOMPARE(quotes.at(3).name, QStringLiteral("Half the town was in the street."));
        QVERIFY2(quotes.at(3).speaker == QStringLiteral("Mira Dale") && quotes.at(3).confidence >= 0.8,
                 qPrintable(found.join(u'|')));
        QCOMPARE(quotes.at(4).speaker, QStringLiteral("Hanna Lode"));
    }

    void theAgencyAndTheClubAreTheOnesMeant()
    {
        // "the agency" right after a sentence whose subject is an agency is that agency, not the
        // wire in the dateline; "the club" is the club, not the body named most often.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Storm closes ground\n\nWESTPORT (Harbour Press Agency) - The Coastal Weather Agency said a gust "
            "of 90mph was recorded at the point. \"Stay off the seafront today,\" the agency wrote on "
            "X.\nThe Coastal Weather Agency kept its warning, and the Coastal Weather Agency will review "
            "it tonight.\nKelby Rovers were due to host Dunmore Town on Saturday.\n\"The safety of our "
            "fans comes first,\" the club said.") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Coastal Weather Agency"));
        QCOMPARE(quotes.at(1).speaker, QStringLiteral("Kelby Rovers"));
    }

    void reportedSpeechIsNamedTheSameInEveryRun()
    {
        // The order of a hash (seeded per process) must not decide which version names a quote.
        const sw::Bundle bundle = bundleOf(
            { QStringLiteral("Actor Tomas Brenner says he married painter Ilse Vang\n\nOSLO - Actor Tomas "
                             "Brenner, star of the crime drama \"Fjord Nights,\" said Tuesday he has married "
                             "painter Ilse Vang in a private ceremony in Bergen."),
              QStringLiteral(
                  "Brenner weds\n\nOSLO - Actor Tomas Brenner, star of the crime drama \"Fjord "
                  "Nights,\" said Tuesday he has married painter Ilse Vang in a private ceremony in "
                  "western Bergen.") });
        QHashSeed::setDeterministicGlobalSeed();
        const QList<Suggestion> first = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        for (int run = 0; run < 12; ++run) {
            QHashSeed::resetRandomGlobalSeed();
            const QList<Suggestion> again = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
            QCOMPARE(again.size(), first.size());
            for (qsizetype k = 0; k < first.size(); ++k)
                QCOMPARE(again.at(k).name, first.at(k).name);
        }
        QHashSeed::setDeterministicGlobalSeed();
        QVERIFY(!first.isEmpty());
    }

    void platformsNeighbourhoodsAndPrefixedRegions()
    {
        // Networks everyone knows are organisations wherever they stand, X only where it is the
        // network; "New England" is one region; a lower-case "neighborhood" after a name and a
        // "Plaza" make places; "FM" and "Rail" end organisations' names; what "one viewer called"
        // something is nobody's quote.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Viral cellist\n\nHis video has 9 million views on TikTok. The clip went round TikTok and X, "
            "where one viewer called it \"the best thing I have seen all year\". He later posted it to "
            "YouTube. The maps went through salerooms in New England, and the shop sat in the Fox Point "
            "neighborhood near Kennedy Plaza. Harbour FM said Cambrian Rail had stopped its trains. The "
            "X-ray showed nothing, said Dr. Lena Moss.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        for (const QString &name : { QStringLiteral("TikTok"), QStringLiteral("YouTube"), QStringLiteral("X"),
                                     QStringLiteral("Harbour FM"), QStringLiteral("Cambrian Rail") })
            QVERIFY2(named(all, Suggestion::Organisation, name), qPrintable(name + u" in " + found));
        for (const QString &name :
             { QStringLiteral("New England"), QStringLiteral("Fox Point"), QStringLiteral("Kennedy Plaza") })
            QVERIFY2(named(all, Suggestion::Place, name), qPrintable(name + u" in " + found));
        QVERIFY2(!named(all, Suggestion::Place, QStringLiteral("England")), qPrintable(found));
        const Suggestion *x = named(all, Suggestion::Organisation, QStringLiteral("X"));
        QVERIFY(x && x->mentions.size() == 1);
        for (const Suggestion &q : ofKind(all, Suggestion::Quote))
            QVERIFY2(q.speaker.isEmpty(), qPrintable(q.speaker + u": " + q.name));
    }

    void portsRowsAndBandRolesAndTheNetworkPostedOn()
    {
        // "Port", "Mount", "Lake" before a name and "Row", "Quarry", "Terminal" after it make places
        // ("Port Vellan City Council" stays a body); "Frontwoman" is a role, not part of the name;
        // the network something was posted on did not say it.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Split\n\nFrontwoman Isla Marrow told fans in Port Vellan that the band was done. The "
            "Port Vellan City Council thanked them. Fans gathered on Cooper Row and at Gannet Quarry, "
            "and some came from Mount Ferrin. In a message posted on Instagram, she wrote the next "
            "morning. \"We are simply finished and we are at peace with it,\" the statement said.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        for (const QString &name : { QStringLiteral("Port Vellan"), QStringLiteral("Cooper Row"),
                                     QStringLiteral("Gannet Quarry"), QStringLiteral("Mount Ferrin") })
            QVERIFY2(named(all, Suggestion::Place, name), qPrintable(name + u" in " + found));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Port Vellan City Council")),
                 qPrintable(found));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Isla Marrow")), qPrintable(found));
        QVERIFY2(!named(all, Suggestion::Person, QStringLiteral("Frontwoman Isla Marrow")),
                 qPrintable(found));
        const QList<Suggestion> quotes = ofKind(all, Suggestion::Quote);
        QCOMPARE(quotes.size(), 1);
        QVERIFY2(quotes.at(0).speaker != u"Instagram", qPrintable(quotes.at(0).speaker));
    }

    void spokespeopleBrokersAndLettersAfterNames()
    {
        // "KC" after a name is no part of it; the person "of broker Hale Ostrom" speaks, not the
        // broker; "the spokesperson" no name is given for speaks for the company; "D&W" is the
        // company whose initials it is.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Store closures\n\nDunmore & Wexley will close nine stores, D&W said on Monday. A company "
            "spokesperson said no list had been drawn up.\n\n\"Nobody will read about their own shop in "
            "the papers first,\" the spokesperson said.\n\nMina Caird of broker Hale Ostrom said the plan "
            "was \"sensible but slow\". Barrister Oren Vasquez KC said the staff were \"owed a proper "
            "answer\".") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Oren Vasquez")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Dunmore & Wexley")), qPrintable(found));
        QVERIFY2(!named(all, Suggestion::Organisation, QStringLiteral("D&W")), qPrintable(found));
        QStringList speakers;
        for (const Suggestion &q : ofKind(all, Suggestion::Quote))
            speakers.append(q.speaker + u": " + q.name);
        QCOMPARE(
            speakers,
            QStringList({ QStringLiteral("Dunmore & Wexley: Nobody will read about their own shop in the "
                                         "papers first,"),
                          QStringLiteral("Mina Caird: sensible but slow"),
                          QStringLiteral("Oren Vasquez: owed a proper answer") }));
    }

    void analyticsResearchPracticeAndWireEndOrganisations()
    {
        // "Analytics", "Research", "Practice", "Management" and "Wire" end organisations' names,
        // however the words before them look like a person's.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Figures\n\nAmelia Brandt of Tessford Analytics and a team at Corwen Research checked the "
            "numbers for Harlow Financial Wire. Calder Regional Emergency Management opened a centre, and "
            "Ellis Veterinary Practice took in animals.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        for (const QString &name : { QStringLiteral("Tessford Analytics"), QStringLiteral("Corwen Research"),
                                     QStringLiteral("Harlow Financial Wire"),
                                     QStringLiteral("Calder Regional Emergency Management"),
                                     QStringLiteral("Ellis Veterinary Practice") })
            QVERIFY2(named(all, Suggestion::Organisation, name), qPrintable(name + u" in " + found));
    }

    void twoLikeQuotationsOfOneArticleStayTwoQuotes()
    {
        // One speaker says two sentences built alike, each quoted on its own: two statements, not one
        // statement and its reworded copy.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Recount\n\nPetra Lund lost by 41 votes. \"I have no quarrel with the tellers,\" she said. "
            "\"I have a quarrel with 41 votes.\"") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QStringList found;
        for (const Suggestion &q : quotes)
            found.append(q.speaker + u": " + q.name);
        QVERIFY2(quotes.size() == 2, qPrintable(found.join(u'|')));
        QVERIFY(!quotes.at(0).altered && !quotes.at(1).altered);
    }

    void aBandNamedWithTheIsAnOrganisation()
    {
        // A capital "The" in the middle of a sentence after a kind of organisation opens that
        // organisation's name (a "The" with no such word before it may open a film's or a book's).
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Split\n\nThe Welsh band The Copper Lanterns have broken up after nine years. Fans of The "
            "Copper Lanterns gathered outside the hall, where Orla Vance of Redhill Records spoke to "
            "reporters.\n\n\"We have simply run our course together,\" the band said.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        const Suggestion *band = named(all, Suggestion::Organisation, QStringLiteral("Copper Lanterns"));
        QVERIFY2(band && band->mentions.size() == 2, qPrintable(found));
        // "the band said" is the band, not the label or the person named last.
        const QList<Suggestion> quotes = ofKind(all, Suggestion::Quote);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Copper Lanterns"));
    }

    void nameBeforeAnAppositionIsTheSpeaker()
    {
        // The name that opens the sentence speaks, an apposition or a relative clause between it
        // and the verb; not the company or the person named nearer the quotation.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Song dispute\n\nFernmoor Records, the small label that released Mira Vale's \"Blue Pier\" in "
            "2020, said it had asked Lantern Row Records to \"keep every session tape from the spring\".\n"
            "Lantern Row Records, which will release Tova Lind's album \"Salt Moons\" in May, said in a "
            "statement that it \"stands behind Tova and her band\".") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Fernmoor Records"));
        QCOMPARE(quotes.at(1).speaker, QStringLiteral("Lantern Row Records"));
    }

    void seatsPartiesClubsAndCutCopies()
    {
        // "the seat of Dunmore" is a place, "Parliament House" the building, "the National Forward
        // party" a body with its noun, "Club Parque Sur" a club with its word; "GP" names nobody; a
        // copy cut off in the middle of a name ("on Blue Lan") suggests no half name.
        const sw::Bundle bundle = bundleOf(
            { QStringLiteral("Minister quits\n\nHelena Marsh has held the seat of Dunmore since 2013. Thomas "
                             "Breen of the National Forward party spoke to reporters at Parliament House. "
                             "Patients came through a network of GP surgeries. Club Parque Sur, where both "
                             "brothers learned to play, posted a video. Her album is due out in September on "
                             "Blue Lantern Records."),
              QStringLiteral("Marsh goes\n\nHelena Marsh resigned on Monday. Her album is due out in "
                             "September on Blue Lan") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Dunmore")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Parliament House")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("National Forward party")),
                 qPrintable(found));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Club Parque Sur")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("GP")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("Blue Lan,")) && !found.endsWith(QStringLiteral("Blue Lan")),
                 qPrintable(found));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Blue Lantern Records")),
                 qPrintable(found));
    }

    void saintsShortFormsAndTownClubs()
    {
        // "trained at St Aldric's" is the hospital named after the saint, no person "Aldric"; "Town"
        // ends a club's name unless the lists know the whole name as a town ("Cape Town");
        // "the Trust" is the trust.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Hip study\n\nPatients came from St Aldric's Hospital in Bristol. Dr. Naomi Feld, who trained "
            "at St Aldric's, led the work. She flew to Cape Town on Monday, where Llandyfan Town were "
            "due to play. The Kelby Supporters' Trust met on Monday. The Trust said fans were tired. Pupils "
            "do PE all year round.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        const Suggestion *hospital
            = named(all, Suggestion::Organisation, QStringLiteral("St Aldric's Hospital"));
        QVERIFY2(hospital && hospital->mentions.size() == 2, qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("person:Aldric")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Cape Town")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Llandyfan Town")), qPrintable(found));
        // An organisation's word alone joins the one organisation whose name it ends; "PE" is a lesson.
        const Suggestion *trust
            = named(all, Suggestion::Organisation, QStringLiteral("Kelby Supporters' Trust"));
        QVERIFY2(trust && trust->mentions.size() == 2, qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("PE")), qPrintable(found));
    }

    void interviewAnswersAndTheActorSpeak()
    {
        // Questions and answers: each unattributed answer after a question paragraph is the person
        // the introduction names; "the actor said" after a sentence whose subject is the actress is
        // hers, not the director's whom the bundle names more often.
        const sw::Bundle bundle = bundleOf(
            { QStringLiteral(
                  "'My job is Sunday': Lund on the hot seat\n\nHarwick caretaker Ola Lund faced the "
                  "press on Tuesday, a day after Per Dahl was sacked. Here is what the coach "
                  "said.\nHave you spoken to Per since the news broke?\n\"I rang him on Monday night "
                  "and he was gutted.\"\nDo you want the job for good?\n\"That is not something I "
                  "am thinking about today.\""),
              QStringLiteral(
                  "Orchard film wins\n\nThe film, directed by Idris Kallenberg, won the top prize. "
                  "Kallenberg thanked the crew. Kallenberg, 46, spoke first. Mara Solvik accepted "
                  "her award to applause. \"This is for every woman who was told she was too "
                  "old,\" the actor said.") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QStringList found;
        for (const Suggestion &q : quotes)
            found.append(q.speaker + u": " + q.name);
        QCOMPARE(quotes.size(), 3);
        QVERIFY2(quotes.at(0).speaker == u"Ola Lund" && quotes.at(1).speaker == u"Ola Lund",
                 qPrintable(found.join(u'|')));
        QCOMPARE(quotes.at(2).speaker, QStringLiteral("Mara Solvik"));
    }

    void transcriptLabelsNameTheSpeaker()
    {
        // A press conference printed as a transcript labels each answer with the speaker's
        // initials or surname; a label nobody in the article has names nobody.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Vikstrom on the new keeper\n\nHalden coach Ebba Vikstrom spoke on Thursday, with goalkeeper "
            "Tomas Brenner beside her.\n\nQ: Is he ready for Sunday?\n\nEV: \"He has trained all week and "
            "he looks sharp.\"\n\nBrenner: \"I just want to play.\"\n\nThe coach also spoke about the "
            "pitch.\n\nEV: \"The grass is the worst I have seen here.\"\n\nXY: \"Nobody asked me about the "
            "pitch at all.\"") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QStringList found;
        for (const Suggestion &q : quotes)
            found.append(q.speaker + u": " + q.name);
        QVERIFY2(quotes.size() == 4, qPrintable(found.join(u'|')));
        QVERIFY2(quotes.at(0).speaker == u"Ebba Vikstrom" && quotes.at(1).speaker == u"Tomas Brenner"
                     && quotes.at(2).speaker == u"Ebba Vikstrom" && quotes.at(3).speaker != u"Ebba Vikstrom",
                 qPrintable(found.join(u'|')));
    }

    void theAirlineIsTheCarrierNotTheBoard()
    {
        // "the airline" is the body whose name holds the noun in the plural ("Skyline Airlines"), not
        // the safety board the article names more often; a board is no company.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Smoke on board\n\nA Skyline Airlines flight landed in Brennick after smoke filled the cabin. "
            "The National Air Safety Board sent investigators, and the National Air Safety Board will "
            "report in May.\n\"The crew followed their training to the letter,\" the airline said in a "
            "statement.") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Skyline Airlines"));
    }

    void anAppositionWithoutItsWordNamesNoRole()
    {
        // "Anna Berg, a friend of the family since their school years" says nothing of a singer: "the
        // singer said" is the one named as a singer.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Frost in Oslo\n\nSinger Dalia Frost played Oslo on Friday. At the party afterwards was Anna "
            "Berg, a friend of the family since their school years. \"It was a lovely night,\" the singer "
            "said.") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Dalia Frost"));
    }

    void theNounNamesTheStorysOrganisation()
    {
        // "the institute said" is the organisation whose name holds the noun; "the bank said" the
        // one the story is about, not the partner named just before.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Bank outage\n\nCustomers of Pemberton & Sayle could not pay on Tuesday. Pemberton & Sayle "
            "shares fell 3%. The fault followed an upgrade by its telecom partner, Corvantis. The bank "
            "said: \"We are truly sorry for the disruption today.\" The National Institute for Care "
            "Standards will review the case. A spokesman for the institute said: \"We welcome any "
            "evidence that helps customers.\"") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Pemberton & Sayle"));
        QCOMPARE(quotes.at(1).speaker, QStringLiteral("National Institute for Care Standards"));
    }

    void townOfAnInstitutionStaysAPlace()
    {
        // "in Marwick" is the town Marwick University is named after; "Acme" alone still joins
        // "Acme Widgets Ltd".
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Kidney trial\n\nResearchers at Marwick University tested the drug. The trial was run from a "
            "hospital in Marwick. Acme Widgets Ltd paid for it, and Acme said it was pleased.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Marwick")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Marwick University")),
                 qPrintable(found));
        const Suggestion *acme = named(all, Suggestion::Organisation, QStringLiteral("Acme Widgets Ltd"));
        QVERIFY2(acme && acme->mentions.size() == 2, qPrintable(found));
    }

    void creditsWorksVesselsAndPlatforms()
    {
        // Picture credits in parentheses, "Posted by" and a media contact name people; a quoted
        // title with its article, a ferry's name and "South Korean" are no entities; a platform one
        // streams on or takes to, and a journal, are organisations.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Actor weds in secret\n\nPosted by Kofi Mensah-Larsen\n\nPhoto: the couple in May. (Jonah "
            "Whitfield/StarLine) (AP Photo/Ingrid Solheim)\n\nHis next film, \"The Ballad of Otis Crane,\" "
            "opens in March, and his show begins streaming on Lanternbox in the fall. His wife took to "
            "Instagram on Wednesday. The ferry Thanh Loc 27 carried South Korean tourists. The results "
            "were published in Planetary Frontiers, and the journal Planetary Frontiers praised them.\n\n"
            "Media contact: Sigrid Aalto, press office") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        for (const QString &name : { QStringLiteral("Kofi Mensah-Larsen"), QStringLiteral("Jonah Whitfield"),
                                     QStringLiteral("Ingrid Solheim"), QStringLiteral("Sigrid Aalto") })
            QVERIFY2(named(all, Suggestion::Person, name), qPrintable(name + u" in " + found));
        for (const QString &name : { QStringLiteral("Lanternbox"), QStringLiteral("Instagram"),
                                     QStringLiteral("Planetary Frontiers") })
            QVERIFY2(named(all, Suggestion::Organisation, name), qPrintable(name + u" in " + found));
        for (const QString &word : { QStringLiteral("Otis Crane"), QStringLiteral("Thanh Loc"),
                                     QStringLiteral("South Korean"), QStringLiteral("AP Photo") })
            QVERIFY2(!found.contains(word), qPrintable(word + u" in " + found));
    }

    void townsBeforeTheirMayorAndSpelledAgencies()
    {
        // "Port Ellery Mayor Dwayne Hollister" names the town too, even opening a paragraph; the
        // "Copyright" line names the agency; "NORSA" is the Northern Space Agency it abbreviates.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Mayor charged\n\nPort Ellery Mayor Dwayne Hollister, 47, was charged on Tuesday. In May Anna "
            "Lind was elected, the office said Acting Mayor Ola Berg would stay. Ferries "
            "cross the Mekong Delta. The Aurelia probe is run by the Northern Space Agency. NORSA said "
            "the plume was real.\n\nCopyright The Associated Press. All rights reserved.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        for (const QString &name : { QStringLiteral("Port Ellery"), QStringLiteral("Mekong Delta") })
            QVERIFY2(named(all, Suggestion::Place, name), qPrintable(name + u" in " + found));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Dwayne Hollister")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Anna Lind")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("May Anna")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("Acting")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Associated Press")), qPrintable(found));
        const Suggestion *agency
            = named(all, Suggestion::Organisation, QStringLiteral("Northern Space Agency"));
        QVERIFY2(agency && agency->mentions.size() == 2, qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("Copyright")), qPrintable(found));
    }

    void marketsWireAndCreditsAndFirms()
    {
        // Tickers are no part of a name, a kind of organisation opening a sentence is no part of
        // it, "Bank" keeps no full stop; credits, publishers, firms of architects and a club after
        // its noun; flight numbers, models and a headline's ordinary words after a title are no one.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Ghana: Ex-Minister Sentenced Over Bridge Contract Fraud\n\nLender Havlund Bank HAVL.KS gained "
            "1.4%, while homebuilder Brenner Bau BRNB.KS dropped 3.2%. The thaler EMT= firmed. \"We see "
            "no cut,\" said Lena Broch, chief economist at Havlund Bank. Singer-songwriter Aoife Brennan "
            "posted a tribute. Her publisher, Greyline Books, said it was proud. A spokesperson for Halden "
            "Homes said the scheme, by architects Fenwick Rowe, would go ahead. Cllr Ana Petrescu voted "
            "against. Flight AU318, an Airbus A320neo, landed. French club Valmont Basket let him go.\n\n"
            "Photograph: Marcus Lindo for The Ledger (Photo: Firewatch/Hannah Price)") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        for (const QString &name : { QStringLiteral("Havlund Bank"), QStringLiteral("Brenner Bau"),
                                     QStringLiteral("Greyline Books"), QStringLiteral("Halden Homes"),
                                     QStringLiteral("Fenwick Rowe"), QStringLiteral("Valmont Basket"),
                                     QStringLiteral("Firewatch") })
            QVERIFY2(named(all, Suggestion::Organisation, name), qPrintable(name + u" in " + found));
        for (const QString &name :
             { QStringLiteral("Lena Broch"), QStringLiteral("Aoife Brennan"), QStringLiteral("Ana Petrescu"),
               QStringLiteral("Marcus Lindo"), QStringLiteral("Hannah Price") })
            QVERIFY2(named(all, Suggestion::Person, name), qPrintable(name + u" in " + found));
        for (const QString &word : { QStringLiteral("HAVL"), QStringLiteral("EMT"), QStringLiteral("Lender"),
                                     QStringLiteral("Bank."), QStringLiteral("AU318"),
                                     QStringLiteral("A320neo"), QStringLiteral("Sentenced") })
            QVERIFY2(!found.contains(word), qPrintable(word + u" in " + found));
    }

    void localPlacesOfAFireAndAMarch()
    {
        // Creeks, highways, lanes, shires and squares named in the local tongue are places.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Fire and march\n\nThe road to Dunmarra Creek is shut and the Ridgeline Highway is closed. "
            "Karrawong Shire councillor Mick Darragh lost a shed. She grew up on Mill Lane. Marchers set "
            "off from Praça Tomás Lobo at midday.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        for (const QString &name : { QStringLiteral("Dunmarra Creek"), QStringLiteral("Ridgeline Highway"),
                                     QStringLiteral("Karrawong Shire"), QStringLiteral("Mill Lane"),
                                     QStringLiteral("Praça Tomás Lobo") })
            QVERIFY2(named(all, Suggestion::Place, name), qPrintable(name + u" in " + found));
    }

    void wellKnownPlacesPhotographersAndOwners()
    {
        // Places the lists lack under their usual names, a photographer after an agency's slash, a
        // month that is a given name, a street with "dos", an owner with an age after his company,
        // a flight number and an everyday word before "station" opening a caption.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Strike and signing\n\nBy Jan Overbeek, Transport Correspondent\n\nClubs in Spain and Turkey "
            "wanted him. Ripple plans to expand into Europe. Marchers walked along Avenida dos Marinheiros. "
            "The owner of the towing company, Anton Kessler, 55, was charged. The crew of flight AU318 "
            "were praised. He is now at the Wandillup showgrounds.\n\nMetro station entrance with "
            "shutters down. (Photo: Lisbon Live/Beatriz Nunes) (Photo: Orla Byrne/Celtic Press "
            "Association)") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        for (const QString &name : { QStringLiteral("Turkey"), QStringLiteral("Europe"),
                                     QStringLiteral("Avenida dos Marinheiros"), QStringLiteral("Wandillup") })
            QVERIFY2(named(all, Suggestion::Place, name), qPrintable(name + u" in " + found));
        for (const QString &name : { QStringLiteral("Jan Overbeek"), QStringLiteral("Anton Kessler"),
                                     QStringLiteral("Beatriz Nunes") })
            QVERIFY2(named(all, Suggestion::Person, name), qPrintable(name + u" in " + found));
        QVERIFY2(named(all, Suggestion::Organisation, QStringLiteral("Celtic Press Association")),
                 qPrintable(found));
        for (const QString &word : { QStringLiteral("AU318"), QStringLiteral("Metro") })
            QVERIFY2(!found.contains(word), qPrintable(word + u" in " + found));
    }

    void racesAndMinesOrganisers()
    {
        // An events company, an athletics club, a Spanish mining company and a named mine.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Record in Cork\n\nThe race, run by Harbour Road Events, was won by Ciara Doyle of Lough Mahon "
            "AC. In Chile, Minera Cordillera Sur said the Piedra Azul mine would stay shut.") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        for (const QString &name : { QStringLiteral("Harbour Road Events"), QStringLiteral("Lough Mahon AC"),
                                     QStringLiteral("Minera Cordillera Sur") })
            QVERIFY2(named(all, Suggestion::Organisation, name), qPrintable(name + u" in " + found));
        QVERIFY2(named(all, Suggestion::Place, QStringLiteral("Piedra Azul")), qPrintable(found));
        QVERIFY2(named(all, Suggestion::Person, QStringLiteral("Ciara Doyle")), qPrintable(found));
    }

    void jointBylineSponsorsAndTheCompanysWords()
    {
        // Both authors of a joint byline, organisers and a mutual insurer named after a noun, and
        // "the company said" meaning the company, not the union that spoke last.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Mine collapse\n\nBy Declan Furlong and Niamh Cotter\n\nThe Piedra Azul mine is run by Minera "
            "Cordillera Sur. Organisers Harbour Road Events thanked Corrib Mutual, the sponsor. Minera "
            "Cordillera Sur said it regretted the accident. The Federation of Copper Workers said the "
            "roof was unsafe. The company said it was \"cooperating fully with the authorities.\"") });
        const QList<Suggestion> all = sw::Suggester::suggest(bundle);
        const QString found = names(all).join(u',');
        for (const QString &name : { QStringLiteral("Declan Furlong"), QStringLiteral("Niamh Cotter") })
            QVERIFY2(named(all, Suggestion::Person, name), qPrintable(name + u" in " + found));
        for (const QString &name : { QStringLiteral("Harbour Road Events"), QStringLiteral("Corrib Mutual") })
            QVERIFY2(named(all, Suggestion::Organisation, name), qPrintable(name + u" in " + found));
        const QList<Suggestion> quotes = ofKind(all, Suggestion::Quote);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Minera Cordillera Sur"));
    }

    void itSaidIsTheOrganisation()
    {
        // "it said" after a sentence naming the fire authority is the authority speaking.
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Fire warning\n\n11.15am: The Rural Fire Authority has issued an emergency warning for "
            "Tallowood. "
            "In a statement it said: \"It is now too late to leave. Shelter in a solid building.\"") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.at(0).speaker, QStringLiteral("Rural Fire Authority"));
    }

    void secondQuotationAfterAnAttributionStaysItsOwn()
    {
        // Outlets quote the player's two statements apart, in one quotation, and one of them
        // alone: the farewell to Lyon and "Rotterdam, let's go" stay two quotes, the second not
        // hidden in the first's group.
        const sw::Bundle bundle = bundleOf(
            { QStringLiteral(
                  "Varga signs\n\n\"Lyon gave me everything, and I will never forget it,\" Varga "
                  "wrote on Instagram. \"Now it is time for a new chapter. Rotterdam, let's go.\""),
              QStringLiteral("Varga joins\n\nVarga posted a message on Instagram: \"Lyon gave me everything, "
                             "and I will never forget it. Now it is time for a new chapter.\""),
              QStringLiteral(
                  "Knights land Varga\n\nVarga thanked the city of Lyon. \"Now it is time for a new "
                  "chapter,\" he wrote."),
              QStringLiteral("Varga leaves\n\n\"Lyon gave me everything, and I will never forget it,\" Varga "
                             "wrote on Instagram. \"Rotterdam, let's go.\"") });
        const QList<Suggestion> quotes = ofKind(sw::Suggester::suggest(bundle), Suggestion::Quote);
        bool second = false;
        for (const Suggestion &q : quotes)
            second = second || q.name.contains(QStringLiteral("Rotterdam, let's go"));
        QVERIFY2(second, qPrintable(names(quotes).join(u'|')));
    }

    void confidenceThreshold()
    {
        const sw::Bundle bundle = bundleOf({ QStringLiteral(
            "Dr. Samuel Reyes flew to Oslo with Tilde Varg. Reporters met them at Kvarn Brook.") });
        sw::SuggestOptions everything;
        everything.minConfidence = 0;
        const QList<Suggestion> all = sw::Suggester::suggest(bundle, everything);
        const QList<Suggestion> confident = sw::Suggester::suggest(bundle);
        QVERIFY(all.size() >= confident.size());
        for (const Suggestion &s : confident) {
            QVERIFY2(s.confidence >= sw::SuggestOptions().minConfidence && s.confidence <= 1.0,
                     qPrintable(s.name));
        }
        const Suggestion *reyes = named(confident, Suggestion::Person, QStringLiteral("Samuel Reyes"));
        const Suggestion *varg = named(all, Suggestion::Person, QStringLiteral("Tilde Varg"));
        QVERIFY(reyes && varg);
        QVERIFY(reyes->confidence > varg->confidence); // a title beats a bare capitalised pair

        QString outText, errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QCOMPARE(sw::cli::run({ QStringLiteral("storyweave"), QStringLiteral("suggest"), kExample,
                                QStringLiteral("--min-confidence"), QStringLiteral("2") },
                              out, err),
                 1);
        err.flush();
        QVERIFY2(errText.contains(u"--min-confidence"), qPrintable(errText));
        QCOMPARE(sw::cli::run({ QStringLiteral("storyweave"), QStringLiteral("suggest"), kExample,
                                QStringLiteral("--min-confidence"), QStringLiteral("0.95"),
                                QStringLiteral("--format"), QStringLiteral("json") },
                              out, err),
                 0);
        out.flush();
        const QJsonObject root = QJsonDocument::fromJson(outText.toUtf8()).object();
        QVERIFY(!root.value(u"entities").toArray().isEmpty());
        for (const QJsonValue &v : root.value(u"entities").toArray())
            QVERIFY(v.toObject().value(u"confidence").toDouble() >= 0.95);
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

        // Written as it goes, one suggestion a line: still one valid document, also with nothing found.
        QCOMPARE(outText.count(QLatin1Char('\n')),
                 root.value(u"entities").toArray().size() + root.value(u"quotes").toArray().size() + 6);
        QTemporaryDir dir;
        QFile plain(dir.filePath(QStringLiteral("quiet.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("nothing happened here today, and nobody said anything about it.\n");
        plain.close();
        QString emptyText;
        QTextStream emptyOut(&emptyText);
        QCOMPARE(sw::cli::run({ QStringLiteral("storyweave"), QStringLiteral("suggest"), dir.path(),
                                QStringLiteral("--format"), QStringLiteral("json") },
                              emptyOut, err),
                 0);
        emptyOut.flush();
        QJsonParseError error;
        const QJsonObject empty = QJsonDocument::fromJson(emptyText.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(empty.value(u"entities").isArray() && empty.value(u"entities").toArray().isEmpty());
        QVERIFY(empty.value(u"quotes").isArray() && empty.value(u"quotes").toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSuggester)
#include "tst_suggester.moc"

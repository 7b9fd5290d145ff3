// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotate/worddiff.h"
#include "cli/commandline.h"
#include "report/csvreportwriter.h"
#include "report/htmlreportwriter.h"
#include "report/jsonldreportwriter.h"
#include "report/markdownreportwriter.h"
#include "report/odtreportwriter.h"
#include "report/pdfreportwriter.h"
#include "report/reportexporter.h"
#include "report/teireportwriter.h"
#include "report/textdocumentreportbuilder.h"
#include "tst_reportfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QXmlStreamReader>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace {

const QString kGoldenDir = QStringLiteral(SW_TEST_DATA "/golden");
const QString kSamplesDir = QStringLiteral(SW_SOURCE_DIR "/docs/samples");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The suite's schemas refer to each other by bare file name ("id.json#/definitions/x"), which
/// valijson treats as a pointer into the same document; make those references absolute.
/// (Only for this test: the suite's meaning is unchanged.)
QJsonValue absoluteRefs(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(absoluteRefs(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out = value.toObject();
    // valijson checks "format" even when "type": "string" already failed, and then aborts on a
    // non-string; nesting the two in allOf makes it stop at the type.
    if (out.value(QLatin1String("format")).isString()
        && out.value(QLatin1String("type")) == QJsonValue(QStringLiteral("string"))) {
        const QJsonObject format { { QStringLiteral("format"), out.take(QLatin1String("format")) } };
        const QJsonObject type { { QStringLiteral("type"), out.take(QLatin1String("type")) } };
        out.insert(QStringLiteral("allOf"), QJsonArray { type, format });
    }
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (it.key() == QLatin1String("$ref") && it.value().isString()
            && !it.value().toString().startsWith(QLatin1Char('#')))
            it.value() = QString(QStringLiteral("http://suite.invalid/definitions/") + it.value().toString());
        else
            it.value() = absoluteRefs(it.value());
    }
    return out;
}

/// A small RFC 4180 reader, to check what a spreadsheet would see.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

/// A two-article bundle whose text, titles, names and notes are all hostile.
// A bundle whose sidecar and names try to smuggle things into a report.
sw::ReportModel smugglingModel()
{
    sw::Bundle bundle;
    bundle.title = QStringLiteral("Smuggling");
    for (int i = 0; i < 3; ++i) {
        sw::Article a = sw::BundleLoader::articleFromSource(
            QStringLiteral("Plain words of article %1.").arg(i), sw::SourceFormat::PlainText,
            QStringLiteral("a%1.txt").arg(i));
        a.id = QStringLiteral("a%1").arg(i + 1);
        a.filePath = QStringLiteral("/home/editor/private/a%1.txt").arg(i);
        a.outlet = QStringLiteral("Outlet\r| injected | row %1").arg(i);
        bundle.articles.append(a);
    }
    bundle.articles[0].url = QStringLiteral("javascript:alert(12)");
    bundle.articles[1].url = QStringLiteral("https://news.example/story");
    sw::ComparisonResult r;
    r.articleCount = 3;
    r.coverage = { { 1.0, 0.0, 0.0 }, { 0.0, 1.0, 0.0 }, { 0.0, 0.0, 1.0 } };
    r.sharedFraction = { 0.0, 0.0, 0.0 };
    r.derivation = { sw::Derivation::NonDerived, sw::Derivation::NonDerived, sw::Derivation::NonDerived };
    r.wordCounts = { 5, 5, 5 };
    sw::ReportModel model = sw::ReportBuilder::fromComparison(bundle, r);
    sw::ReportBuilder::addEntity(model, sw::ReportEntityKind::Person, QStringLiteral("Anna \u202eLind"), {},
                                 { { 0, 0, 5, {} }, { 1, 0, 5, {} }, { 2, 0, 5, {} } });
    return model;
}

// `count` short articles, every one sharing a little with every other: a full coverage matrix.
sw::ReportModel manyArticlesModel(int count)
{
    sw::Bundle bundle;
    bundle.title = QStringLiteral("Many outlets");
    sw::ComparisonResult r;
    r.articleCount = count;
    for (int i = 0; i < count; ++i) {
        sw::Article a = sw::BundleLoader::articleFromSource(
            QStringLiteral("Outlet %1 reports that the ferry left the harbour late on Tuesday.").arg(i),
            sw::SourceFormat::PlainText, QStringLiteral("o%1.txt").arg(i));
        a.id = QStringLiteral("a%1").arg(i + 1);
        a.outlet = QStringLiteral("Outlet number %1").arg(i);
        bundle.articles.append(a);
        QList<double> row;
        for (int j = 0; j < count; ++j)
            row.append(i == j ? 1.0 : double((i * 7 + j * 3) % 100) / 100.0);
        r.coverage.append(row);
        r.sharedFraction.append(0.5);
        r.derivation.append(sw::Derivation::PartiallyDerived);
        r.wordCounts.append(12);
    }
    return sw::ReportBuilder::fromComparison(bundle, r);
}

sw::ReportModel hostileModel()
{
    const QString evil = QStringLiteral("Intro <script>alert(1)</script> & \"quotes\" <b>bold</b> it's\n"
                                        "=HYPERLINK(\"http://x.example\") and more words here");
    sw::Bundle bundle;
    bundle.title = QStringLiteral("<script>alert('title')</script> & Co");
    for (int i = 0; i < 2; ++i) {
        sw::Article a = sw::BundleLoader::articleFromSource(evil, sw::SourceFormat::PlainText,
                                                            QStringLiteral("evil.txt"));
        a.id = QStringLiteral("a%1").arg(i + 1);
        a.outlet = QStringLiteral("Evil <b>Outlet</b> & \"Co\" %1").arg(i + 1);
        a.title = QStringLiteral("<script>alert(1)</script>");
        a.url = QStringLiteral("https://evil.example/?a=1&b=\"2\"&n=%1").arg(i);
        bundle.articles.append(a);
    }
    const QString &text = bundle.articles.first().text;
    sw::ComparisonResult r;
    r.articleCount = 2;
    const int s = int(text.indexOf(QLatin1String("<script>")));
    const int e = int(text.indexOf(QLatin1String("</b>"))) + 4;
    sw::Passage p;
    p.id = 1;
    p.spans = { { 0, s, e, false }, { 1, s, e, true } };
    r.passages.append(p);
    r.unique.append({ 0, 0, 5 });
    r.coverage = { { 1.0, 0.5 }, { 0.5, 1.0 } };
    r.sharedFraction = { 0.5, 0.5 };
    r.derivation = { sw::Derivation::PartiallyDerived, sw::Derivation::PartiallyDerived };
    r.wordCounts = { 12, 12 };
    sw::ReportModel model = sw::ReportBuilder::fromComparison(bundle, r);
    const int b = int(text.indexOf(QLatin1String("<b>bold</b>")));
    const int f = int(text.indexOf(QLatin1Char('=')));
    sw::ReportBuilder::addEntity(model, sw::ReportEntityKind::Person, QStringLiteral("<b>\"Evil\" & Co</b>"),
                                 { QStringLiteral("<i>alias</i>") },
                                 { { 0, b, b + 11, {} }, { 1, b, b + 11, {} } });
    sw::ReportBuilder::addEntity(model, sw::ReportEntityKind::Organisation,
                                 QStringLiteral("=HYPERLINK(\"http://x.example\")"), {},
                                 { { 0, f, f + 30, {} } });
    const int q = int(text.indexOf(QLatin1String("\"quotes\"")));
    sw::ReportBuilder::addQuote(model, QStringLiteral("<b>\"Evil\" & Co</b>"),
                                { { 0, q, q + 8, {} }, { 1, q, q + 8, {} } });
    sw::ReportBuilder::addNote(
        model, QStringLiteral("<script>alert(2)</script> & <img src=x onerror=alert(3)>"), { 0, s, e, {} });
    return model;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_model = fixture::exampleModel();
        QCOMPARE(m_model.articles.size(), 4);
        QVERIFY(!m_model.entities.isEmpty());
    }

    void builderCarriesComparison()
    {
        const sw::ReportArticle &wire = m_model.articles.at(1);
        QCOMPARE(wire.outlet, QStringLiteral("Nordic Wire"));
        const auto moved = std::find_if(wire.highlights.cbegin(), wire.highlights.cend(),
                                        [](const sw::ReportHighlight &h) { return h.moved; });
        QVERIFY(moved != wire.highlights.cend());
        QVERIFY(wire.text.mid(moved->start).startsWith(QLatin1String("The theatre's artistic director")));
        QVERIFY(moved->label.contains(QLatin1String("Gothenburg Courier")));
        QCOMPARE(m_model.unique.size(), 8);
        QVERIFY(m_model.movedPassages >= 1);

        // Entities: counts per article agree with the mentions, and the speaker links to the person.
        const sw::ReportEntity &okafor = m_model.entities.first();
        QCOMPARE(okafor.name, QStringLiteral("Mara Okafor"));
        QCOMPARE(okafor.key, QStringLiteral("person-mara-okafor"));
        int sum = 0;
        for (const int n : okafor.mentionsPerArticle) {
            QVERIFY(n > 0);
            sum += n;
        }
        QCOMPARE(sum, okafor.mentions.size());
        QCOMPARE(m_model.quotes.first().speakerEntity, 0);
        QVERIFY(!m_model.quotes.first().altered); // ’ vs ' is not drift
        QVERIFY(m_model.quotes.at(1).altered);
        QCOMPARE(sw::ReportBuilder::slug(QStringLiteral("Åsa Berglund")), QStringLiteral("asa-berglund"));
    }

    void wordDiffShowsDrift()
    {
        int changed = 0;
        const QList<sw::DiffSegment> d
            = sw::WordDiff::segments(QStringLiteral("The building can be rebuilt."),
                                     QStringLiteral("The house can be rebuilt."), &changed);
        QCOMPARE(changed, 2);
        QCOMPARE(d.size(), 4);
        QCOMPARE(d.at(1).op, sw::DiffSegment::Removed);
        QCOMPARE(d.at(1).text, QStringLiteral("building "));
        QCOMPARE(d.at(2).op, sw::DiffSegment::Added);
        QCOMPARE(d.at(2).text, QStringLiteral("house "));
        sw::WordDiff::segments(QStringLiteral("that’s it"), QStringLiteral("That's it"), &changed);
        QCOMPARE(changed, 0);
    }

    void goldens_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("html") << QStringLiteral("harbour-fire.html");
        QTest::newRow("md") << QStringLiteral("harbour-fire.md");
        QTest::newRow("jsonld") << QStringLiteral("harbour-fire.jsonld");
        QTest::newRow("tei") << QStringLiteral("harbour-fire.tei.xml");
        QTest::newRow("csv-entities") << QStringLiteral("harbour-fire-entities.csv");
        QTest::newRow("csv-mentions") << QStringLiteral("harbour-fire-mentions.csv");
        QTest::newRow("csv-quotes") << QStringLiteral("harbour-fire-quotes.csv");
    }

    void goldens()
    {
        QFETCH(QString, name);
        QByteArray actual;
        if (name.endsWith(QLatin1String(".html")))
            actual = sw::HtmlReportWriter::render(m_model);
        else if (name.endsWith(QLatin1String(".md")))
            actual = sw::MarkdownReportWriter::render(m_model);
        else if (name.endsWith(QLatin1String(".jsonld")))
            actual = sw::JsonLdReportWriter::render(m_model);
        else if (name.endsWith(QLatin1String(".tei.xml")))
            actual = sw::TeiReportWriter::render(m_model);
        else if (name.endsWith(QLatin1String("-entities.csv")))
            actual = sw::CsvReportWriter::render(m_model, sw::CsvReportWriter::Entities);
        else if (name.endsWith(QLatin1String("-mentions.csv")))
            actual = sw::CsvReportWriter::render(m_model, sw::CsvReportWriter::Mentions);
        else
            actual = sw::CsvReportWriter::render(m_model, sw::CsvReportWriter::Quotes);
        QVERIFY(!actual.isEmpty());
        const QString path = kGoldenDir + QLatin1Char('/') + name;
        if (qEnvironmentVariableIsSet("SW_UPDATE_GOLDENS")) {
            QDir().mkpath(kGoldenDir);
            QVERIFY(!sw::ReportExporter::writeFile(path, actual));
            qInfo("updated %s", qPrintable(path));
            return;
        }
        const QByteArray expected = readFile(path);
        QVERIFY2(!expected.isEmpty(),
                 qPrintable(QStringLiteral("missing golden %1; run with SW_UPDATE_GOLDENS=1").arg(path)));
        if (actual != expected) {
            const QList<QByteArray> a = actual.split('\n');
            const QList<QByteArray> e = expected.split('\n');
            int line = 0;
            while (line < a.size() && line < e.size() && a.at(line) == e.at(line))
                ++line;
            QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   "
                                            "%4\n(SW_UPDATE_GOLDENS=1 regenerates)")
                                 .arg(name)
                                 .arg(line + 1)
                                 .arg(QString::fromUtf8(e.value(line)), QString::fromUtf8(a.value(line)))));
        }
    }

    void htmlIsSelfContained()
    {
        const QString html = QString::fromUtf8(sw::HtmlReportWriter::render(m_model));
        QVERIFY(html.contains(QLatin1String("<meta http-equiv=\"Content-Security-Policy\" "
                                            "content=\"default-src 'none'; style-src 'unsafe-inline'\">")));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String(" src="), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<link"), Qt::CaseInsensitive));
        QVERIFY(html.contains(QLatin1String("@media print")));
        QVERIFY(html.contains(QLatin1String("class=\"legend\"")));
        QVERIFY(html.contains(QLatin1String("<span class=\"ent person\" title=\"Person: Mara Okafor\">")));
        QVERIFY(html.contains(QLatin1String("<del>building </del><ins>house ")));
        QVERIFY(html.contains(QLatin1String("Wholly derived"))
                || html.contains(QLatin1String("Partially derived")));
        QVERIFY(html.contains(QStringLiteral("Insurance assessors told V\u00e4stra Morning")));
    }

    void sectionsCanBeLeftOut()
    {
        sw::ReportModel model = m_model;
        model.options = { false, false, false, false, false, false };
        const QString html = QString::fromUtf8(sw::HtmlReportWriter::render(model));
        QVERIFY(!html.contains(QLatin1String("id=\"matrix\"")));
        QVERIFY(!html.contains(QLatin1String("id=\"entities\"")));
        QVERIFY(!html.contains(QLatin1String("<article")));
        QVERIFY(html.contains(QLatin1String("id=\"summary\"")));
        const QString md = QString::fromUtf8(sw::MarkdownReportWriter::render(model));
        QVERIFY(!md.contains(QLatin1String("## Quotes")));
        QVERIFY(!md.contains(QLatin1String("## Notes")));
    }

    void csvTables()
    {
        QCOMPARE(sw::CsvReportWriter::field(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
        QCOMPARE(sw::CsvReportWriter::field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(sw::CsvReportWriter::field(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        QCOMPARE(sw::CsvReportWriter::field(QStringLiteral("-3")), QStringLiteral("'-3"));
        QCOMPARE(sw::CsvReportWriter::field(QStringLiteral("a \"b\", c")),
                 QStringLiteral("\"a \"\"b\"\", c\""));
        QCOMPARE(sw::CsvReportWriter::pathFor(QStringLiteral("/t/out.csv"), sw::CsvReportWriter::Quotes),
                 QStringLiteral("/t/out-quotes.csv"));
        QCOMPARE(sw::CsvReportWriter::pathFor(QStringLiteral("/t/dir"), sw::CsvReportWriter::Mentions),
                 QStringLiteral("/t/dir/mentions.csv"));

        const QByteArray raw = sw::CsvReportWriter::render(m_model, sw::CsvReportWriter::Mentions);
        QVERIFY(raw.endsWith("\r\n"));
        QVERIFY(!raw.contains("\r\n\r\n"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(raw));
        int mentions = 0;
        for (const sw::ReportEntity &e : m_model.entities)
            mentions += int(e.mentions.size());
        QCOMPARE(rows.size(), mentions + 1);
        for (const QStringList &r : rows)
            QCOMPARE(r.size(), 9);
        // Offsets are code points into the display text: the mention text is found there.
        const QStringList first = rows.at(1);
        const sw::ReportArticle &a = m_model.articles.at(0);
        QCOMPARE(a.text.mid(first.at(6).toInt(), first.at(7).toInt() - first.at(6).toInt()), first.at(8));
    }

    void jsonLdConformsToWebAnnotationModel()
    {
        const QString suite = QStringLiteral(SW_CONFORMANCE "/w3c-web-annotation");
        if (!QFileInfo::exists(suite + QLatin1String("/annotations/annotationMusts.test")))
            QSKIP(qPrintable(QStringLiteral("W3C Web Annotation test suite not found at %1").arg(suite)));

        const QJsonObject collection
            = QJsonDocument::fromJson(sw::JsonLdReportWriter::render(m_model)).object();
        QCOMPARE(collection.value(QLatin1String("type")).toString(), QStringLiteral("AnnotationCollection"));
        const QJsonArray items
            = collection.value(QLatin1String("first")).toObject().value(QLatin1String("items")).toArray();
        QCOMPARE(collection.value(QLatin1String("total")).toInt(), items.size());
        QVERIFY(items.size() > 50);

        // Returns one line per instance that fails a "must" assertion of the suite's test file.
        const auto failures = [&](const QString &testFile, const QList<QJsonValue> &instances) {
            QStringList failed;
            const QJsonObject test
                = QJsonDocument::fromJson(readFile(suite + QLatin1Char('/') + testFile)).object();
            const QJsonArray assertions = test.value(QLatin1String("assertions")).toArray();
            if (assertions.isEmpty())
                failed.append(QStringLiteral("no assertions in %1").arg(testFile));
            for (const QJsonValue &assertion : assertions) {
                const QString schemaPath = suite + QLatin1Char('/') + assertion.toString();
                QJsonObject schemaJson = QJsonDocument::fromJson(readFile(schemaPath)).object();
                if (schemaJson.isEmpty()) {
                    failed.append(QStringLiteral("unreadable %1").arg(schemaPath));
                    continue;
                }
                if (schemaJson.value(QLatin1String("assertionType")).toString() != QLatin1String("must"))
                    continue;
                const bool expectValid = schemaJson.value(QLatin1String("expectedResult")).toString()
                    != QLatin1String("invalid");
                valijson::Schema schema;
                valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
                const QJsonValue schemaValue = absoluteRefs(schemaJson);
                const valijson::adapters::QtJsonAdapter schemaAdapter(schemaValue);
                const auto fetch = [&](const std::string &uri) -> const QJsonValue * {
                    // Every reference points into definitions/: match the file the URI ends with.
                    const QString wanted = QString::fromStdString(uri);
                    const QDir definitions(suite + QLatin1String("/definitions"));
                    QString best;
                    for (const QString &name :
                         definitions.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
                        if (wanted.endsWith(name) && name.size() > best.size())
                            best = name;
                    }
                    if (best.isEmpty())
                        return nullptr;
                    return new QJsonValue(
                        absoluteRefs(QJsonDocument::fromJson(readFile(definitions.filePath(best))).object()));
                };
                const auto release = [](const QJsonValue *doc) { delete doc; };
                parser.populateSchema(schemaAdapter, schema, fetch, release);
                valijson::Validator validator;
                for (const QJsonValue &instance : instances) {
                    const valijson::adapters::QtJsonAdapter target(instance);
                    const bool valid = validator.validate(schema, target, nullptr);
                    if (valid != expectValid) {
                        failed.append(
                            QStringLiteral("%1 fails %2: %3")
                                .arg(QString::fromUtf8(
                                         QJsonDocument(instance.toObject()).toJson(QJsonDocument::Compact)),
                                     assertion.toString(),
                                     schemaJson.value(QLatin1String("errorMessage")).toString()));
                    }
                }
            }
            return failed;
        };
        const QStringList collectionFailures
            = failures(QStringLiteral("collections/collectionMusts.test"), { collection });
        QVERIFY2(collectionFailures.isEmpty(), qPrintable(collectionFailures.join(QLatin1Char('\n'))));
        QList<QJsonValue> annotations;
        QSet<QString> motivations;
        QSet<QString> ids;
        for (const QJsonValue &item : items) {
            QJsonObject a = item.toObject();
            // Each annotation stands alone in the suite's tests, with its own @context.
            a.insert(QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
            annotations.append(a);
            motivations.insert(a.value(QLatin1String("motivation")).toString());
            ids.insert(a.value(QLatin1String("id")).toString());
        }
        QCOMPARE(ids.size(), items.size());
        // valijson does not check format "uri": do it here for every id.
        for (const QString &id : std::as_const(ids)) {
            const QUrl url(id, QUrl::StrictMode);
            QVERIFY2(url.isValid() && !url.isRelative(), qPrintable(id));
        }
        QVERIFY(motivations.contains(QStringLiteral("identifying")));
        QVERIFY(motivations.contains(QStringLiteral("linking")));
        QVERIFY(motivations.contains(QStringLiteral("commenting")));
        const QStringList annotationFailures
            = failures(QStringLiteral("annotations/annotationMusts.test"), annotations);
        QVERIFY2(annotationFailures.isEmpty(), qPrintable(annotationFailures.join(QLatin1Char('\n'))));
        // The check can fail: an annotation without a target, or with a bad selector, is caught.
        QJsonObject broken = annotations.first().toObject();
        broken.remove(QStringLiteral("target"));
        QVERIFY(!failures(QStringLiteral("annotations/annotationMusts.test"), { broken }).isEmpty());
        QJsonObject badSelector = annotations.first().toObject();
        QJsonObject badTarget = badSelector.value(QLatin1String("target")).toObject();
        badTarget.insert(QStringLiteral("selector"),
                         QJsonObject { { QStringLiteral("type"), QStringLiteral("TextQuoteSelector") } });
        badSelector.insert(QStringLiteral("target"), badTarget);
        QVERIFY(!failures(QStringLiteral("annotations/annotationMusts.test"), { badSelector }).isEmpty());

        // The selectors point at the text they quote (code points = UTF-16 here: no astral characters).
        for (const QJsonValue &item : items) {
            const QJsonValue target = item.toObject().value(QLatin1String("target"));
            if (!target.isObject())
                continue;
            const QJsonArray selectors = target.toObject().value(QLatin1String("selector")).toArray();
            const QString source = target.toObject().value(QLatin1String("source")).toString();
            const auto article
                = std::find_if(m_model.articles.cbegin(), m_model.articles.cend(),
                               [&](const sw::ReportArticle &a) { return a.sourceUri == source; });
            QVERIFY(article != m_model.articles.cend());
            const QJsonObject quote = selectors.at(0).toObject();
            const QJsonObject position = selectors.at(1).toObject();
            const int start = position.value(QLatin1String("start")).toInt();
            const int end = position.value(QLatin1String("end")).toInt();
            QCOMPARE(article->text.mid(start, end - start), quote.value(QLatin1String("exact")).toString());
            QVERIFY(article->text.left(start).endsWith(quote.value(QLatin1String("prefix")).toString()));
        }
    }

    void jsonLdCountsCodePoints()
    {
        sw::Bundle bundle;
        sw::Article a
            = sw::BundleLoader::articleFromSource(QStringLiteral("\U0001F525 Fire at the harbour theatre."),
                                                  sw::SourceFormat::PlainText, QStringLiteral("emoji.txt"));
        a.id = QStringLiteral("a1");
        a.url = QStringLiteral("https://e.example/1");
        bundle.articles.append(a);
        sw::ReportModel model = sw::ReportBuilder::fromComparison(bundle, sw::ComparisonResult {});
        const int at = int(model.articles.first().text.indexOf(QLatin1String("harbour")));
        sw::ReportBuilder::addEntity(model, sw::ReportEntityKind::Place, QStringLiteral("Harbour"), {},
                                     { { 0, at, at + 7, {} } });
        const QJsonObject root = sw::JsonLdReportWriter::collection(model);
        const QJsonObject pos = root.value(QLatin1String("first"))
                                    .toObject()
                                    .value(QLatin1String("items"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QLatin1String("target"))
                                    .toObject()
                                    .value(QLatin1String("selector"))
                                    .toArray()
                                    .at(1)
                                    .toObject();
        QCOMPARE(pos.value(QLatin1String("start")).toInt(), at - 1);
        QCOMPARE(pos.value(QLatin1String("end")).toInt(), at + 6);
    }

    void teiIsWellFormed()
    {
        const QByteArray tei = sw::TeiReportWriter::render(m_model);
        QXmlStreamReader reader(tei);
        QSet<QString> ids;
        QStringList refs;
        int texts = 0;
        int said = 0;
        QStringList persNames;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            QCOMPARE(reader.namespaceUri().toString(), QStringLiteral("http://www.tei-c.org/ns/1.0"));
            const QString id
                = reader.attributes()
                      .value(QLatin1String("http://www.w3.org/XML/1998/namespace"), QLatin1String("id"))
                      .toString();
            if (!id.isEmpty())
                ids.insert(id);
            for (const char *attr : { "ref", "who" }) {
                const QString v = reader.attributes().value(QLatin1String(attr)).toString();
                if (!v.isEmpty())
                    refs.append(v);
            }
            if (reader.name() == QLatin1String("text")
                && reader.attributes().hasAttribute(QLatin1String("n")))
                ++texts;
            if (reader.name() == QLatin1String("said"))
                ++said;
            if (reader.name() == QLatin1String("persName")
                && reader.attributes().hasAttribute(QLatin1String("ref")))
                persNames.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(texts, 4);
        QVERIFY(said >= 8);
        QVERIFY(persNames.contains(QStringLiteral("Mara Okafor")));
        QVERIFY(persNames.contains(QStringLiteral("Berglund")));
        for (const QString &ref : std::as_const(refs)) {
            QVERIFY(ref.startsWith(QLatin1Char('#')));
            QVERIFY2(ids.contains(ref.mid(1)), qPrintable(ref));
        }
    }

    void everythingIsEscaped()
    {
        const sw::ReportModel model = hostileModel();

        const QString html = QString::fromUtf8(sw::HtmlReportWriter::render(model));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<b>")));
        QVERIFY(!html.contains(QLatin1String("<img")));
        QVERIFY(!html.contains(QLatin1String("<i>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QLatin1String("&amp; &quot;quotes&quot;")));
        QVERIFY(
            html.contains(QLatin1String("title=\"Person: &lt;b&gt;&quot;Evil&quot; &amp; Co&lt;/b&gt;\"")));

        const QString md = QString::fromUtf8(sw::MarkdownReportWriter::render(model));
        // Markdown passes raw HTML through: no '<' may appear unescaped.
        QVERIFY(!md.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<"))));
        QVERIFY(md.contains(QLatin1String("\\<script\\>alert(1)\\</script\\>")));
        QVERIFY(md.contains(QLatin1String("\\&")));
        QVERIFY(md.contains(QLatin1String("\\=HYPERLINK")));

        const QList<QStringList> mentions
            = parseCsv(QString::fromUtf8(sw::CsvReportWriter::render(model, sw::CsvReportWriter::Mentions)));
        QCOMPARE(mentions.at(1).at(2), QStringLiteral("<b>\"Evil\" & Co</b>"));
        QCOMPARE(mentions.at(1).at(8), QStringLiteral("<b>bold</b>"));
        QCOMPARE(mentions.at(3).at(2), QStringLiteral("'=HYPERLINK(\"http://x.example\")"));
        const QList<QStringList> quotes
            = parseCsv(QString::fromUtf8(sw::CsvReportWriter::render(model, sw::CsvReportWriter::Quotes)));
        QCOMPARE(quotes.at(1).at(7), QStringLiteral("\"quotes\""));

        const QJsonObject ld = QJsonDocument::fromJson(sw::JsonLdReportWriter::render(model)).object();
        QVERIFY(!ld.isEmpty());
        const QJsonArray items
            = ld.value(QLatin1String("first")).toObject().value(QLatin1String("items")).toArray();
        const QJsonObject exact = items.at(0)
                                      .toObject()
                                      .value(QLatin1String("target"))
                                      .toObject()
                                      .value(QLatin1String("selector"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(exact.value(QLatin1String("exact")).toString(), QStringLiteral("<b>bold</b>"));

        const QByteArray tei = sw::TeiReportWriter::render(model);
        QXmlStreamReader reader(tei);
        QString allText;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                QVERIFY2(reader.name() != QLatin1String("script") && reader.name() != QLatin1String("b")
                             && reader.name() != QLatin1String("img"),
                         qPrintable(reader.name().toString()));
            }
            if (reader.isCharacters())
                allText += reader.text();
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(
            allText.contains(QLatin1String("Intro <script>alert(1)</script> & \"quotes\" <b>bold</b> it's")));
        QVERIFY(allText.contains(QLatin1String("<script>alert(2)</script> & <img src=x onerror=alert(3)>")));
    }

    void exporterWritesFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList written;
        QVERIFY(!sw::ReportExporter::write(m_model, sw::ReportFormat::Csv,
                                           dir.filePath(QStringLiteral("r.csv")), &written));
        QCOMPARE(written.size(), 3);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("r-entities.csv"))));
        written.clear();
        QVERIFY(!sw::ReportExporter::write(m_model, sw::ReportFormat::Csv,
                                           dir.filePath(QStringLiteral("tables")), &written));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("tables/quotes.csv"))));
        const sw::Error e = sw::ReportExporter::write(m_model, sw::ReportFormat::Html,
                                                      dir.filePath(QStringLiteral("no/such/dir/r.html")));
        QCOMPARE(e.kind, sw::ErrorKind::WriteFailed);
        QVERIFY(e.message.contains(QLatin1String("r.html")));
    }

    void sourcesAndNamesCannotSmuggleIntoTheReport()
    {
        const sw::ReportModel model = smugglingModel();
        const QString jsonld = QString::fromUtf8(sw::JsonLdReportWriter::render(model));
        QVERIFY(!jsonld.contains(QLatin1String("javascript:")));
        QVERIFY(!jsonld.contains(QLatin1String("file:")));
        QVERIFY(!jsonld.contains(QLatin1String("/home/editor")));
        QVERIFY(jsonld.contains(QLatin1String("https://news.example/story")));
        QVERIFY(jsonld.contains(QLatin1String("urn:storyweave:article:a1")));

        // A right-to-left override in a name is isolated: it cannot reorder what follows it.
        const QString html = QString::fromUtf8(sw::HtmlReportWriter::render(model));
        QVERIFY(html.contains(QStringLiteral("\u2068Anna \u202eLind\u2069")));
        QVERIFY(!html.contains(QStringLiteral("Anna \u202eLind<")));

        // A carriage return does not end a Markdown table row.
        const QString md = QString::fromUtf8(sw::MarkdownReportWriter::render(model));
        QVERIFY(!md.contains(QLatin1Char('\r')));
        QVERIFY(md.contains(QLatin1String("Outlet \\| injected \\| row 0")));
    }

    void aFailedExportSaysWhyAndKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        for (const sw::ReportFormat format : { sw::ReportFormat::Odt, sw::ReportFormat::Html,
                                               sw::ReportFormat::Markdown, sw::ReportFormat::Pdf }) {
            const QString path
                = dir.filePath(QStringLiteral("report.") + sw::ReportExporter::fileSuffix(format));
            QVERIFY(!sw::ReportExporter::writeFile(path, "previous report"));
            sw::Error e;
            {
                // As on a full disk: writes past 2 KiB fail.
                ::signal(SIGXFSZ, SIG_IGN);
                rlimit saved {};
                ::getrlimit(RLIMIT_FSIZE, &saved);
                rlimit limit = saved;
                limit.rlim_cur = 2048;
                ::setrlimit(RLIMIT_FSIZE, &limit);
                e = sw::ReportExporter::write(m_model, format, path);
                ::setrlimit(RLIMIT_FSIZE, &saved);
            }
            QCOMPARE(e.kind, sw::ErrorKind::WriteFailed);
            QVERIFY2(e.message.contains(QLatin1String("too large"), Qt::CaseInsensitive),
                     qPrintable(e.message));
            QVERIFY2(!e.message.contains(QLatin1String("Unknown error")), qPrintable(e.message));
            QCOMPARE(readFile(path), QByteArray("previous report"));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 4); // no temporary files left
    }

    void exportNeverReplacesADeviceOrPipe()
    {
        QTemporaryDir dir;
        const QString pipe = dir.filePath(QStringLiteral("report.html"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        const sw::Error e = sw::ReportExporter::write(m_model, sw::ReportFormat::Html, pipe);
        QCOMPARE(e.kind, sw::ErrorKind::WriteFailed);
        QVERIFY2(e.message.contains(QLatin1String("not a regular file")), qPrintable(e.message));
        QVERIFY(!QFileInfo(pipe).isFile()); // still the pipe
    }

    void pdfOfManyArticlesTakesSeconds()
    {
        // The coverage matrix of 40 articles is a 41 x 41 table; it took minutes to lay out.
        const sw::ReportModel model = manyArticlesModel(40);
        QElapsedTimer timer;
        timer.start();
        const QByteArray pdf = sw::PdfReportWriter::render(model);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    }

    void highlightLabelsNameAFewOutlets()
    {
        // A wire passage carried by 30 outlets: each span's label names five of the others, not 29.
        sw::Bundle bundle;
        sw::ComparisonResult r;
        r.articleCount = 30;
        sw::Passage p;
        p.id = 1;
        for (int i = 0; i < 30; ++i) {
            sw::Article a = sw::BundleLoader::articleFromSource(
                QStringLiteral("The ferry left the harbour late on Tuesday."), sw::SourceFormat::PlainText,
                QStringLiteral("o%1.txt").arg(i));
            a.id = QStringLiteral("a%1").arg(i + 1);
            a.outlet = QStringLiteral("Outlet %1").arg(i);
            bundle.articles.append(a);
            p.spans.append({ i, 0, 9, false });
            r.sharedFraction.append(1.0);
            r.derivation.append(sw::Derivation::PartiallyDerived);
            r.wordCounts.append(8);
        }
        r.passages.append(p);
        const sw::ReportModel model = sw::ReportBuilder::fromComparison(bundle, r);
        const sw::ReportHighlight &h = model.articles.at(0).highlights.at(0);
        QCOMPARE(h.otherOutlets, 29);
        QVERIFY2(h.label.contains(QLatin1String("Outlet 5")), qPrintable(h.label));
        QVERIFY2(!h.label.contains(QLatin1String("Outlet 6")), qPrintable(h.label));
        QVERIFY(h.label.endsWith(QChar(0x2026)));
    }

    void onlyHereListsWholeSentences()
    {
        // The engine's only-here spans start and end where the shared text around them does,
        // inside sentences and quotations; the section lists the sentences they (mostly) cover.
        const QString text = QStringLiteral(
            "The ferry left Skelby late on Tuesday. Its skipper, Oda Renn, said: \u201cWe sail when the "
            "fog lifts, not before.\u201d The harbour stayed closed.\n\nA second paragraph shared by all.");
        sw::Bundle bundle;
        for (int i = 0; i < 2; ++i) {
            sw::Article a = sw::BundleLoader::articleFromSource(i == 0 ? text : QStringLiteral("Other text."),
                                                                sw::SourceFormat::PlainText,
                                                                QStringLiteral("o%1.txt").arg(i));
            a.id = QStringLiteral("a%1").arg(i + 1);
            a.outlet = QStringLiteral("Outlet %1").arg(i);
            bundle.articles.append(a);
        }
        const QString &display = bundle.articles.at(0).text;
        const int skipper = int(display.indexOf(QLatin1String("skipper")));
        const int lifts = int(display.indexOf(QLatin1String("lifts"))) + 5;
        const int closed = int(display.indexOf(QLatin1String("closed")));
        QVERIFY(skipper > 0 && lifts > skipper && closed > lifts);
        sw::ComparisonResult r;
        r.articleCount = 2;
        // "skipper, Oda Renn, said: “We sail when the fog lifts" and "closed": a fragment cut inside
        // the quotation, and one word of the next sentence.
        r.unique = { { 0, skipper, lifts }, { 0, closed, closed + 6 } };
        const sw::ReportModel model = sw::ReportBuilder::fromComparison(bundle, r);
        QCOMPARE(model.unique.size(), 1);
        QCOMPARE(model.unique.first().text,
                 QStringLiteral(
                     "Its skipper, Oda Renn, said: \u201cWe sail when the fog lifts, not before.\u201d"));
        QCOMPARE(model.unique.first().start, int(display.indexOf(QLatin1String("Its skipper"))));
        // The article's own highlights stay as the window shows them.
        int onlyHere = 0;
        for (const sw::ReportHighlight &h : model.articles.at(0).highlights)
            onlyHere += h.kind == sw::PassageKind::OnlyHere ? 1 : 0;
        QCOMPARE(onlyHere, 2);
    }

    void pdfKeepsAnArticlesLastLinesWithIt()
    {
        // Articles of growing length, each on its own pages: none may leave one or two lines alone
        // on a page (one of these lengths did with the plain layout).
        int strandedBefore = 0;
        for (int sentences = 30; sentences <= 90; ++sentences) {
            sw::Bundle bundle;
            bundle.title = QStringLiteral("Long coverage");
            for (int i = 0; i < 3; ++i) {
                QStringList paragraphs;
                const int count = i == 1 ? sentences : 4;
                for (int k = 0; k < count; k += 4) {
                    QStringList para;
                    for (int j = k; j < std::min(count, k + 4); ++j)
                        para.append(QStringLiteral("Sentence %1 tells how the ferry crews of Skelby waited "
                                                   "for the fog to lift over the harbour.")
                                        .arg(j + 1));
                    paragraphs.append(para.join(QLatin1Char(' ')));
                }
                sw::Article a = sw::BundleLoader::articleFromSource(paragraphs.join(QLatin1String("\n\n")),
                                                                    sw::SourceFormat::PlainText,
                                                                    QStringLiteral("o%1.txt").arg(i));
                a.id = QStringLiteral("a%1").arg(i + 1);
                a.outlet = QStringLiteral("Outlet %1").arg(i);
                a.title = QStringLiteral("Ferry story %1").arg(i);
                bundle.articles.append(a);
            }
            sw::ComparisonResult r;
            r.articleCount = 3;
            const sw::ReportModel model = sw::ReportBuilder::fromComparison(bundle, r);
            const QSizeF page(600, 800);
            {
                QTextDocument plain;
                sw::TextDocumentReportBuilder::build(model, &plain);
                plain.setPageSize(page);
                for (const int lines : sw::PdfReportWriter::strandedLines(&plain))
                    strandedBefore += lines > 0 ? 1 : 0;
            }
            QTextDocument doc;
            sw::TextDocumentReportBuilder::build(model, &doc);
            sw::PdfReportWriter::layOut(&doc, page);
            const QList<int> stranded = sw::PdfReportWriter::strandedLines(&doc);
            QCOMPARE(stranded.size(), 3);
            for (int a = 0; a < stranded.size(); ++a)
                QVERIFY2(
                    stranded.at(a) == 0,
                    qPrintable(QStringLiteral("%1 sentences: article %2 leaves %3 line(s) on its last page")
                                   .arg(sentences)
                                   .arg(a)
                                   .arg(stranded.at(a))));
        }
        QVERIFY2(strandedBefore > 0,
                 "no length left lines alone with the plain layout: the test tests nothing");
    }

    void pagedReportsOfManyArticlesHaveNoTableWiderThanAPage()
    {
        // 30 articles: a 31-column matrix and a 34-column entity index cannot be read on A4.
        sw::ReportModel model = manyArticlesModel(30);
        sw::ReportBuilder::addEntity(model, sw::ReportEntityKind::Place, QStringLiteral("Harbour"), {},
                                     { { 0, 0, 6, {} }, { 4, 0, 6, {} }, { 9, 0, 6, {} } });
        QTextDocument doc;
        sw::TextDocumentReportBuilder::build(model, &doc);
        int widest = 0;
        const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
        for (QTextFrame *frame : frames) {
            if (auto *table = qobject_cast<QTextTable *>(frame))
                widest = std::max(widest, table->columns());
        }
        QVERIFY2(widest <= 16, qPrintable(QString::number(widest)));
        const QString text = doc.toPlainText();
        // Each outlet with the outlets holding most of its words (coverage row 1: 0.10, 0.13, 0.16,
        // ... the highest three are columns 29, 28 and 27).
        QVERIFY2(text.contains(QLatin1String("Outlet number 1: Outlet number 29 ")),
                 qPrintable(text.left(3000)));
        // The entity index says in how many articles a name appears.
        QVERIFY(text.contains(QLatin1String("Harbour")));
        QVERIFY(text.contains(QLatin1String("Articles")));
    }

    void pdfCarriesTheText()
    {
        const QByteArray pdf = sw::PdfReportWriter::render(m_model);
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString text = pdfText(pdf);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        for (const sw::ReportEntity &e : m_model.entities)
            QVERIFY2(text.contains(e.name), qPrintable(e.name));
        for (const sw::ReportArticle &a : m_model.articles)
            QVERIFY2(text.contains(a.outlet), qPrintable(a.outlet));
        QVERIFY(text.contains(QLatin1String("Page 1 of")));
        QVERIFY(text.contains(QLatin1String("Reuse matrix")));

        const QString hostile = pdfText(sw::PdfReportWriter::render(hostileModel()));
        QVERIFY(hostile.contains(QLatin1String("<script>alert(1)</script>")));
        QVERIFY(hostile.contains(QLatin1String("<b>\"Evil\" & Co</b>")));
    }

    void odtIsAZipWithTheText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const auto &[model, file] : { std::pair { m_model, QStringLiteral("r.odt") },
                                           std::pair { hostileModel(), QStringLiteral("x.odt") } }) {
            const QString path = dir.filePath(file);
            QVERIFY(!sw::ReportExporter::write(model, sw::ReportFormat::Odt, path));
            const QByteArray odt = readFile(path);
            QVERIFY(odt.startsWith("PK\x03\x04"));
            QVERIFY(odt.contains("mimetypeapplication/vnd.oasis.opendocument.text"));
        }
        const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
        if (unzip.isEmpty())
            QSKIP("unzip is not installed: content.xml not checked");
        const auto contentOf = [&](const QString &file) {
            QProcess p;
            p.start(unzip, { QStringLiteral("-p"), dir.filePath(file), QStringLiteral("content.xml") });
            p.waitForFinished(60000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        const QString content = contentOf(QStringLiteral("r.odt"));
        QXmlStreamReader reader(content);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(content.contains(QLatin1String("Mara Okafor")));
        QVERIFY(content.contains(QStringLiteral("V\u00e4stra Morning")));
        const QString hostile = contentOf(QStringLiteral("x.odt"));
        QVERIFY(hostile.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!hostile.contains(QLatin1String("<script")));
    }

    void exportCommand()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &format : sw::ReportExporter::formatNames()) {
            const QString out = dir.filePath(QStringLiteral("report.") + format);
            QString stdOut;
            QString stdErr;
            QTextStream o(&stdOut);
            QTextStream e(&stdErr);
            const int code
                = sw::cli::run({ QStringLiteral("storyweave"), QStringLiteral("export"),
                                 QStringLiteral(SW_EXAMPLES "/harbour-fire"), QStringLiteral("--format"),
                                 format, QStringLiteral("-o"), out, QStringLiteral("--no-notes") },
                               o, e);
            o.flush();
            e.flush();
            QVERIFY2(code == 0, qPrintable(format + QLatin1String(": ") + stdErr));
            QVERIFY(stdOut.contains(QLatin1String("wrote ")));
        }
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("report.pdf"))).size() > 1000);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("report-mentions.csv"))));
        const QString html = QString::fromUtf8(readFile(dir.filePath(QStringLiteral("report.html"))));
        QVERIFY(html.contains(QLatin1String("Nordic Wire")));
        QVERIFY(!html.contains(QLatin1String("id=\"notes\"")));

        QString sink;
        QTextStream o(&sink);
        QCOMPARE(
            sw::cli::run({ QStringLiteral("storyweave"), QStringLiteral("export"),
                           QStringLiteral(SW_EXAMPLES "/harbour-fire"), QStringLiteral("--format"),
                           QStringLiteral("docx"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x")) },
                         o, o),
            1);
        QCOMPARE(sw::cli::run({ QStringLiteral("storyweave"), QStringLiteral("export"),
                                QStringLiteral(SW_EXAMPLES "/harbour-fire"), QStringLiteral("--format"),
                                QStringLiteral("html") },
                              o, o),
                 1);
    }

    /// docs/samples/ shows one report of each format, written from the same project as the goldens by the
    /// same switch: SW_UPDATE_GOLDENS=1 rewrites both (and the samples' PDF and ODT, which have no golden).
    void samples()
    {
        if (!qEnvironmentVariableIsSet("SW_UPDATE_GOLDENS"))
            QSKIP("SW_UPDATE_GOLDENS=1 rewrites docs/samples with the goldens");
        QVERIFY(QDir().mkpath(kSamplesDir));
        const struct
        {
            sw::ReportFormat format;
            const char *name;
        } files[] = { { sw::ReportFormat::Html, "harbour-fire.html" },
                      { sw::ReportFormat::Pdf, "harbour-fire.pdf" },
                      { sw::ReportFormat::Odt, "harbour-fire.odt" },
                      { sw::ReportFormat::Markdown, "harbour-fire.md" },
                      { sw::ReportFormat::Csv, "harbour-fire.csv" },
                      { sw::ReportFormat::JsonLd, "harbour-fire.jsonld" },
                      { sw::ReportFormat::Tei, "harbour-fire.tei.xml" } };
        for (const auto &f : files)
            QVERIFY(!sw::ReportExporter::write(m_model, f.format,
                                               kSamplesDir + QLatin1Char('/') + QLatin1String(f.name)));
    }

    /// A sample in a format that has a golden is the golden, byte for byte: the documentation shows what
    /// the tests check.
    void samplesAreTheGoldens_data() { goldens_data(); }
    void samplesAreTheGoldens()
    {
        QFETCH(QString, name);
        const QByteArray golden = readFile(kGoldenDir + QLatin1Char('/') + name);
        QVERIFY(!golden.isEmpty());
        QVERIFY2(readFile(kSamplesDir + QLatin1Char('/') + name) == golden,
                 qPrintable(QStringLiteral("docs/samples/%1 is not tests/data/golden/%1; SW_UPDATE_GOLDENS=1 "
                                           "rewrites both")
                                .arg(name)));
    }

private:
    static QString pdfText(const QByteArray &pdf)
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (tool.isEmpty())
            return {};
        QProcess p;
        p.start(
            tool,
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-"), QStringLiteral("-") });
        p.write(pdf);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        QString text = QString::fromUtf8(p.readAllStandardOutput());
        // Undo line wrapping so names broken across lines still match.
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text.simplified();
    }

    sw::ReportModel m_model;
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"

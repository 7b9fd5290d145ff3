// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bundle/bundleloader.h"
#include "cli/commandline.h"
#include "util/codepoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;

class TestAnalyzeCommand : public QObject
{
    Q_OBJECT

private:
    static int runCli(const QStringList &args, QString &outText, QString &errText)
    {
        QTextStream out(&outText);
        QTextStream err(&errText);
        const int code = cli::run(QStringList { QStringLiteral("storyweave") } + args, out, err);
        out.flush();
        err.flush();
        return code;
    }

private Q_SLOTS:
    void jsonSpansAreExactSlices()
    {
        QString out;
        QString err;
        const int code = runCli({ QStringLiteral("analyze"), QStringLiteral(SW_EXAMPLES "/harbour-fire"),
                                  QStringLiteral("--format"), QStringLiteral("json") },
                                out, err);
        QCOMPARE(code, 0);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();

        const Bundle bundle = BundleLoader::load({ QStringLiteral(SW_EXAMPLES "/harbour-fire") });
        QHash<QString, QList<uint>> codePoints; // article id -> text as code points
        for (const Article &a : bundle.articles)
            codePoints.insert(a.id, a.text.toUcs4());
        auto sliceOf = [&](const QJsonObject &o, const QString &idKey, const QString &startKey,
                           const QString &endKey) {
            const QList<uint> &cps = codePoints[o.value(idKey).toString()];
            const int start = o.value(startKey).toInt(-1);
            const int end = o.value(endKey).toInt(-1);
            if (start < 0 || end < start || end > cps.size())
                return QStringLiteral("<bad range>");
            const QList<uint> part = cps.mid(start, end - start);
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
        };

        const QJsonArray articles = root.value(QStringLiteral("articles")).toArray();
        QCOMPARE(articles.size(), 4);
        for (const QJsonValue &v : articles) {
            const QJsonObject a = v.toObject();
            QVERIFY(codePoints.contains(a.value(QStringLiteral("id")).toString()));
            QVERIFY(!a.value(QStringLiteral("file")).toString().isEmpty());
            QVERIFY(!a.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY(a.value(QStringLiteral("words")).toInt() > 100);
        }

        const QJsonArray passages = root.value(QStringLiteral("passages")).toArray();
        QVERIFY(passages.size() >= 3);
        QSet<QString> kinds;
        int reworded = 0;
        for (const QJsonValue &v : passages) {
            const QJsonObject p = v.toObject();
            kinds.insert(p.value(QStringLiteral("kind")).toString());
            const double score = p.value(QStringLiteral("score")).toDouble(-1);
            QVERIFY(score >= 0 && score <= 1);
            const QJsonArray spans = p.value(QStringLiteral("spans")).toArray();
            QVERIFY(spans.size() >= 2);
            for (const QJsonValue &sv : spans) {
                const QJsonObject s = sv.toObject();
                QVERIFY(s.value(QStringLiteral("moved")).isBool());
                reworded += s.value(QStringLiteral("reworded")).toBool() ? 1 : 0;
                QCOMPARE(
                    sliceOf(s, QStringLiteral("article"), QStringLiteral("start"), QStringLiteral("end")),
                    s.value(QStringLiteral("text")).toString());
            }
            for (const QJsonValue &ev : p.value(QStringLiteral("edits")).toArray()) {
                const QJsonObject e = ev.toObject();
                QCOMPARE(
                    sliceOf(e, QStringLiteral("article"), QStringLiteral("start"), QStringLiteral("end")),
                    e.value(QStringLiteral("text")).toString());
                QCOMPARE(sliceOf(e, QStringLiteral("reference"), QStringLiteral("ref_start"),
                                 QStringLiteral("ref_end")),
                         e.value(QStringLiteral("ref_text")).toString());
            }
        }
        QVERIFY(kinds.contains(QStringLiteral("near")));
        // The paraphrase (03) rewords passages that the other outlets share word for word.
        QVERIFY(reworded > 0);

        const QJsonArray unique = root.value(QStringLiteral("unique")).toArray();
        QVERIFY(!unique.isEmpty());
        for (const QJsonValue &v : unique) {
            const QJsonObject u = v.toObject();
            QCOMPARE(sliceOf(u, QStringLiteral("article"), QStringLiteral("start"), QStringLiteral("end")),
                     u.value(QStringLiteral("text")).toString());
        }

        const QJsonObject coverage = root.value(QStringLiteral("coverage")).toObject();
        QCOMPARE(coverage.size(), 4);
        const double c21
            = coverage.value(QStringLiteral("a2")).toObject().value(QStringLiteral("a1")).toDouble();
        QVERIFY(c21 > 0.7 && c21 <= 1.0);
        const QJsonObject derivation = root.value(QStringLiteral("derivation")).toObject();
        QCOMPARE(derivation.value(QStringLiteral("a1")).toString(), QStringLiteral("non-derived"));
    }

    void offsetsAreCodePoints()
    {
        // A character outside the BMP before the shared text shifts UTF-16 and code point offsets apart.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray shared
            = "the harbour authority closed the northern lock after engineers found a crack";
        auto write = [&](const QString &name, const QByteArray &body) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(body);
        };
        write(QStringLiteral("a.txt"), QByteArray("Title one\n\n\xF0\x9F\x94\xA5 Fire: ") + shared + ".\n");
        write(QStringLiteral("b.txt"), QByteArray("Title two\n\nYesterday ") + shared + ".\n");
        QString out;
        QString err;
        QCOMPARE(runCli({ QStringLiteral("analyze"), dir.path(), QStringLiteral("--format=json") }, out, err),
                 0);
        const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonArray passages = root.value(QStringLiteral("passages")).toArray();
        QCOMPARE(passages.size(), 1);
        const QJsonObject span
            = passages[0].toObject().value(QStringLiteral("spans")).toArray()[0].toObject();
        QCOMPARE(span.value(QStringLiteral("text")).toString(), QString::fromUtf8(shared));
        // "Title one\n🔥 Fire: " is 18 code points (19 UTF-16 units).
        QCOMPARE(span.value(QStringLiteral("start")).toInt(), 18);
    }

    void textFormatAndErrors()
    {
        QString out;
        QString err;
        QCOMPARE(runCli({ QStringLiteral("analyze"), QStringLiteral(SW_EXAMPLES "/harbour-fire") }, out, err),
                 0);
        QVERIFY(out.contains(QStringLiteral("non-derived")));
        QVERIFY(out.contains(QStringLiteral("According to city records")));

        out.clear();
        err.clear();
        QCOMPARE(runCli({ QStringLiteral("analyze"), QStringLiteral("--format"), QStringLiteral("xml"),
                          QStringLiteral(SW_EXAMPLES "/harbour-fire") },
                        out, err),
                 1);
        QVERIFY(!err.isEmpty());
        err.clear();
        QCOMPARE(runCli({ QStringLiteral("analyze"), QStringLiteral("--min-words"), QStringLiteral("zero"),
                          QStringLiteral(SW_EXAMPLES "/harbour-fire") },
                        out, err),
                 1);
        err.clear();
        QCOMPARE(runCli({ QStringLiteral("analyze"), QStringLiteral("/nonexistent/storyweave") }, out, err),
                 1);
    }

    void partialBundleExitsTwo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile::copy(QStringLiteral(SW_EXAMPLES "/harbour-fire/01-gothenburg-courier.txt"),
                    dir.filePath(QStringLiteral("01.txt")));
        QFile::copy(QStringLiteral(SW_EXAMPLES "/harbour-fire/04-vastra-morning.txt"),
                    dir.filePath(QStringLiteral("04.txt")));
        QFile bin(dir.filePath(QStringLiteral("junk.txt")));
        QVERIFY(bin.open(QIODevice::WriteOnly));
        bin.write(QByteArray("abc\0\0\0\x01\x02", 9));
        bin.close();
        QString out;
        QString err;
        QCOMPARE(runCli({ QStringLiteral("analyze"), dir.path(), QStringLiteral("--format"),
                          QStringLiteral("json") },
                        out, err),
                 2);
        QVERIFY(err.contains(QStringLiteral("junk.txt")));
        QVERIFY(QJsonDocument::fromJson(out.toUtf8()).isObject());
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeCommand)
#include "tst_analyzecommand.moc"

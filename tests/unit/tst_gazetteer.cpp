// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotate/gazetteer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using sw::Gazetteer;

namespace {

// The answers a gazetteer gives for a few names of each kind, to compare two tables.
QString answers(const Gazetteer &g)
{
    QString out;
    for (const char *name : { "oslo", "malmo", "germany", "california", "bavaria", "new york", "ny", "us",
                              "reading", "march", "table", "harbourfire" }) {
        const QString key = QString::fromLatin1(name);
        out += key + u':' + QString::number(g.isCity(key)) + QString::number(g.isCountry(key))
            + QString::number(g.isRegion(key)) + QString::number(g.isPlace(key))
            + QString::number(g.isPlaceCode(key)) + u' ';
    }
    return out;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestGazetteer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knowsPlacesAndSkipsOrdinaryWords()
    {
        const Gazetteer g { QString() };
        QVERIFY(g.size() > 1000);
        QVERIFY(g.isCity(QStringLiteral("oslo")));
        QVERIFY(g.isCity(QStringLiteral("malmo"))); // folded: diacritics removed
        QVERIFY(g.isCountry(QStringLiteral("germany")));
        QVERIFY(g.isRegion(QStringLiteral("california")));
        QVERIFY(g.isPlace(QStringLiteral("new york")));
        QVERIFY(g.isPlaceCode(QStringLiteral("ny")));
        QVERIFY(!g.isPlace(QStringLiteral("reading"))); // a town, but an ordinary word
        QVERIFY(!g.isPlace(QStringLiteral("march")));
        QVERIFY(!g.isPlace(QStringLiteral("harbourfire")));
        QVERIFY(!g.isPlace(QString()));
        QVERIFY(!g.fromCache());
    }

    void tableIsCachedAndReadBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Gazetteer built(dir.path());
        QVERIFY(!built.fromCache());
        QVERIFY(QFile::exists(built.cachePath()));
        const Gazetteer cached(dir.path());
        QVERIFY(cached.fromCache());
        QCOMPARE(cached.size(), built.size());
        QCOMPARE(answers(cached), answers(built));
        QCOMPARE(answers(cached), answers(Gazetteer(QString())));
    }

    void foreignOrDamagedCacheIsRebuilt_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        static const char garbage[] = "\x01\x02 not a table\n\xff\xfe";
        QTest::newRow("garbage") << QByteArray(garbage, sizeof garbage - 1);
        QTest::newRow("other sources")
            << QByteArray("storyweave-gazetteer 1\t1\t10\tqt 0.0;/elsewhere\nfakeplace\tc\n");
        QTest::newRow("wrong size") << QByteArray("storyweave-gazetteer 1\t1\t999\t")
                + Gazetteer::sourceIdentity() + "\nfakeplace\tc\n";
        QTest::newRow("no end of line")
            << QByteArray("storyweave-gazetteer 1\t1\t11\t") + Gazetteer::sourceIdentity() + "\nfakeplace\tc";
    }

    void foreignOrDamagedCacheIsRebuilt()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(QStringLiteral("gazetteer")), content);
        const Gazetteer rebuilt(dir.path());
        QVERIFY(!rebuilt.fromCache());
        QVERIFY(!rebuilt.isPlace(QStringLiteral("fakeplace")));
        QCOMPARE(answers(rebuilt), answers(Gazetteer(QString())));
        const Gazetteer again(dir.path()); // the damaged file was replaced
        QVERIFY(again.fromCache());
        QCOMPARE(answers(again), answers(rebuilt));
    }

    void cacheThatCannotBeWrittenStillAnswers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString notAFolder = dir.filePath(QStringLiteral("file"));
        writeFile(notAFolder, "a file where the cache folder should be");
        const Gazetteer g(notAFolder);
        QVERIFY(!g.fromCache());
        QVERIFY(g.isCity(QStringLiteral("oslo")));
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("a file where the cache folder should be"));
    }
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"

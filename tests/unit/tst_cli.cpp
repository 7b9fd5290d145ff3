// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/commandline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = sw::cli::run(QStringList { QStringLiteral("storyweave") } + args, out, err);
    out.flush();
    err.flush();
    return r;
}

const QString kExample = QStringLiteral(SW_EXAMPLES "/harbour-fire");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersion()
    {
        const Run help = runCli({ QStringLiteral("--help") });
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QLatin1String("Usage: storyweave")));
        QVERIFY(help.out.contains(QLatin1String("info")));
        const Run version = runCli({ QStringLiteral("--version") });
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QLatin1String("storyweave ")));
    }

    void detectsCommandLineInvocation()
    {
        QVERIFY(sw::cli::isCommandLineInvocation({ QStringLiteral("sw"), QStringLiteral("info") }));
        QVERIFY(sw::cli::isCommandLineInvocation({ QStringLiteral("sw"), QStringLiteral("--version") }));
        QVERIFY(!sw::cli::isCommandLineInvocation({ QStringLiteral("sw"), kExample }));
        QVERIFY(!sw::cli::isCommandLineInvocation({ QStringLiteral("sw") }));
    }

    void unknownCommand()
    {
        const Run r = runCli({ QStringLiteral("frobnicate") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("unknown command")));
    }

    void infoText()
    {
        const Run r = runCli({ QStringLiteral("info"), kExample });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("04-vastra-morning.txt")));
        QVERIFY(r.out.contains(QLatin1String("encoding: windows-1252")));
        QVERIFY(r.out.contains(QLatin1String("outlet:   Nordic Wire")));
        QVERIFY(r.out.contains(QLatin1String("words:")));
    }

    void infoJson()
    {
        const Run r = runCli(
            { QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json"), kExample });
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray articles = root.value(QLatin1String("articles")).toArray();
        QCOMPARE(articles.size(), 4);
        QCOMPARE(articles[1].toObject().value(QLatin1String("format")).toString(), QStringLiteral("html"));
        QVERIFY(articles[0].toObject().value(QLatin1String("words")).toInt() > 150);
    }

    void infoReportsSkippedFilesAndExitsPartial()
    {
        QTemporaryDir dir;
        QFile good(dir.filePath(QStringLiteral("a.txt")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("Some text.");
        good.close();
        QFile empty(dir.filePath(QStringLiteral("b.txt")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const Run r = runCli({ QStringLiteral("info"), dir.path() });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("b.txt is empty")));
        QVERIFY(r.out.contains(QLatin1String("a.txt")));
    }

    void infoWithoutInputFails()
    {
        const Run none = runCli({ QStringLiteral("info") });
        QCOMPARE(none.code, 1);
        QVERIFY(none.err.contains(QLatin1String("no input")));
        const Run missing = runCli({ QStringLiteral("info"), QStringLiteral("/nonexistent/x.txt") });
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QLatin1String("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

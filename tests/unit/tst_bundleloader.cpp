// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bundle/bundleloader.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace sw;

namespace {

QString example()
{
    return QStringLiteral(SW_EXAMPLES "/harbour-fire");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(bytes);
}

const Article *byFile(const Bundle &bundle, const QString &name)
{
    for (const Article &a : bundle.articles) {
        if (a.fileName == name)
            return &a;
    }
    return nullptr;
}

} // namespace

class TestBundleLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsExampleFolder()
    {
        const Bundle bundle = BundleLoader::load({ example() });
        QVERIFY2(bundle.problems.isEmpty(), qPrintable(bundle.problems.value(0).message));
        QCOMPARE(bundle.articles.size(), 4);
        QCOMPARE(bundle.title, QStringLiteral("Harbour theatre fire"));
        for (int i = 0; i < bundle.articles.size(); ++i) {
            const Article &a = bundle.articles[i];
            QCOMPARE(a.id, QStringLiteral("a%1").arg(i + 1));
            QVERIFY(a.wordCount > 150);
            QVERIFY(!a.title.isEmpty());
            QVERIFY(!a.outlet.isEmpty());
            QCOMPARE(a.contentHash.size(), 64);
            QVERIFY(a.published.isValid());
            QVERIFY(!a.text.contains(QLatin1String("\n\n")));
            QVERIFY(!a.text.startsWith(QLatin1Char(' ')));
        }
    }

    void sidecarGivesOutlets()
    {
        const Bundle bundle = BundleLoader::load({ example() });
        QCOMPARE(byFile(bundle, QStringLiteral("02-nordic-wire.html"))->outlet,
                 QStringLiteral("Nordic Wire"));
        QCOMPARE(byFile(bundle, QStringLiteral("04-vastra-morning.txt"))->outlet,
                 QStringLiteral("V\u00e4stra Morning"));
    }

    void windows1252IsDetected()
    {
        const Bundle bundle = BundleLoader::load({ example() + QStringLiteral("/04-vastra-morning.txt") });
        QCOMPARE(bundle.articles.size(), 1);
        const Article &a = bundle.articles.first();
        QCOMPARE(a.encoding, QStringLiteral("windows-1252"));
        QVERIFY(a.text.contains(QStringLiteral("G\u00f6ta \u00e4lv")));
        QVERIFY(a.text.contains(QChar(0x201C)) || a.text.contains(QChar(0x2019)));
        QVERIFY(!a.text.contains(QChar(0xFFFD)));
    }

    void htmlDropsScriptsAndChrome()
    {
        const Bundle bundle = BundleLoader::load({ example() + QStringLiteral("/02-nordic-wire.html") });
        QCOMPARE(bundle.articles.size(), 1);
        const Article &a = bundle.articles.first();
        QCOMPARE(a.format, SourceFormat::Html);
        QVERIFY(!a.text.contains(QLatin1String("function")));
        QVERIFY(!a.text.contains(QLatin1String("{")));
        QVERIFY(!a.text.contains(QLatin1String("<")));
        QVERIFY(!a.text.contains(QLatin1String("&amp;")));
        QVERIFY(a.text.contains(QLatin1String("Okafor")));
        // Display offsets map back into the HTML source onto the same word.
        const qsizetype at = a.text.indexOf(QLatin1String("Okafor"));
        const qsizetype src = a.sourceMap.toSource(at);
        QCOMPARE(a.source.mid(src, 6), QStringLiteral("Okafor"));
    }

    void outletFromFileName()
    {
        QCOMPARE(BundleLoader::outletFromFileName(QStringLiteral("01-gothenburg-courier.txt")),
                 QStringLiteral("Gothenburg Courier"));
        QCOMPARE(BundleLoader::outletFromFileName(QStringLiteral("daily_planet.md")),
                 QStringLiteral("Daily Planet"));
    }

    void titleFromFirstLineWithoutSidecar()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("harbour-news.txt")),
                  "Fire at the harbour\n\nIt burned all night.\n");
        const Bundle bundle = BundleLoader::load({ dir.path() });
        QCOMPARE(bundle.articles.size(), 1);
        QCOMPARE(bundle.articles[0].title, QStringLiteral("Fire at the harbour"));
        QCOMPARE(bundle.articles[0].outlet, QStringLiteral("Harbour News"));
        QCOMPARE(bundle.articles[0].text, QStringLiteral("Fire at the harbour\nIt burned all night."));
    }

    void badFilesAreReportedAndTheRestOpens()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("good.txt")), "A good article.\n\nWith two paragraphs.");
        writeFile(dir.filePath(QStringLiteral("empty.txt")), QByteArray());
        writeFile(dir.filePath(QStringLiteral("blank.md")), "   \n\n  \n");
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        png.append(200, '\0');
        writeFile(dir.filePath(QStringLiteral("photo.html")), png);
        const Bundle bundle = BundleLoader::load({ dir.path() });
        QCOMPARE(bundle.articles.size(), 1);
        QCOMPARE(bundle.articles[0].fileName, QStringLiteral("good.txt"));
        QCOMPARE(bundle.problems.size(), 3);
        QStringList messages;
        for (const LoadProblem &p : bundle.problems)
            messages << p.message;
        const QString all = messages.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("empty.txt is empty")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("blank.md contains no readable text")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("photo.html is not a text article")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("PNG")), qPrintable(all));
    }

    void tooLargeFileIsRefused()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("huge.txt")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(51LL * 1024 * 1024)); // sparse: cheap to make, still a real 51 MB file
        big.close();
        writeFile(dir.filePath(QStringLiteral("small.txt")), "Small but fine.");
        const Bundle bundle = BundleLoader::load({ dir.path() });
        QCOMPARE(bundle.articles.size(), 1);
        QCOMPARE(bundle.problems.size(), 1);
        QVERIFY2(bundle.problems[0].message.contains(QLatin1String("huge.txt is too large")),
                 qPrintable(bundle.problems[0].message));
    }

    void unreadableAndMissingFiles()
    {
        QTemporaryDir dir;
        // A socket cannot be opened for reading, even by root (chmod 000 would not stop root).
        QLocalServer server;
        const QString socketPath = dir.filePath(QStringLiteral("socket.txt"));
        QVERIFY(server.listen(socketPath));
        const QString missing = dir.filePath(QStringLiteral("missing.txt"));
        const Bundle bundle = BundleLoader::load(
            { socketPath, missing, example() + QStringLiteral("/01-gothenburg-courier.txt") });
        QCOMPARE(bundle.articles.size(), 1);
        QCOMPARE(bundle.problems.size(), 2);
        QVERIFY2(bundle.problems[0].message.contains(QLatin1String("socket.txt could not be read")),
                 qPrintable(bundle.problems[0].message));
        QVERIFY2(bundle.problems[1].message.contains(QLatin1String("missing.txt does not exist")),
                 qPrintable(bundle.problems[1].message));
    }

    void namedPipeIsSkippedNotWaitedFor()
    {
        // Opening a FIFO for reading blocks until a writer comes: the loader must not open it,
        // whether it sits in the bundle folder or is named on its own.
        QTemporaryDir dir;
        QVERIFY(QFile::copy(example() + QStringLiteral("/01-gothenburg-courier.txt"),
                            dir.filePath(QStringLiteral("01-source.txt"))));
        const QString pipe = dir.filePath(QStringLiteral("02-pipe.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        for (const QStringList &paths : { QStringList { dir.path() }, QStringList { pipe } }) {
            const Bundle bundle = BundleLoader::load(paths);
            QCOMPARE(bundle.articles.size(), paths.first() == pipe ? 0 : 1);
            QCOMPARE(bundle.problems.size(), 1);
            QVERIFY2(bundle.problems[0].message.contains(QLatin1String("02-pipe.txt could not be read")),
                     qPrintable(bundle.problems[0].message));
            QVERIFY(bundle.problems[0].message.contains(QLatin1String("not a regular file")));
        }
    }

    void invalidBytesAreReplacedWithAWarning()
    {
        QTemporaryDir dir;
        QByteArray bytes
            = QStringLiteral("Caf\u00e9 cr\u00e8me, na\u00efve r\u00e9sum\u00e9 \u2014 ").toUtf8();
        bytes.append("\xff broken \xfe here.");
        writeFile(dir.filePath(QStringLiteral("damaged.txt")), bytes);
        const Bundle bundle = BundleLoader::load({ dir.path() });
        QCOMPARE(bundle.articles.size(), 1);
        const Article &a = bundle.articles[0];
        QCOMPARE(a.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(a.warnings.size(), 1);
        QVERIFY2(a.warnings[0].contains(QLatin1String("2 byte")), qPrintable(a.warnings[0]));
        QVERIFY(a.text.contains(QStringLiteral("r\u00e9sum\u00e9")));
        QCOMPARE(a.text.count(QChar(0xFFFD)), 2);
    }

    void corruptSidecarDoesNotStopTheBundle()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("bundle.json")), "{ not json");
        writeFile(dir.filePath(QStringLiteral("story.txt")), "Story text here.");
        const Bundle bundle = BundleLoader::load({ dir.path() });
        QCOMPARE(bundle.articles.size(), 1);
        QCOMPARE(bundle.problems.size(), 1);
        QVERIFY(bundle.problems[0].message.contains(QLatin1String("bundle.json is not valid JSON")));
    }

    void oversizedOrPipeSidecarIsReportedNotMisread()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("story.txt")), "Story text here.");
        writeFile(dir.filePath(QStringLiteral("bundle.json")),
                  QByteArray("{ \"title\": \"") + QByteArray(1024 * 1024, 'x') + "\" }");
        Bundle bundle = BundleLoader::load({ dir.path() });
        QCOMPARE(bundle.articles.size(), 1);
        QCOMPARE(bundle.problems.size(), 1);
        QVERIFY2(bundle.problems[0].message.contains(QLatin1String("bundle.json is too large")),
                 qPrintable(bundle.problems[0].message));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("bundle.json"))));
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("bundle.json"))).constData(), 0600),
                 0);
        bundle = BundleLoader::load({ dir.path() });
        QCOMPARE(bundle.articles.size(), 1);
        QCOMPARE(bundle.problems.size(), 1);
        QVERIFY(bundle.problems[0].message.contains(QLatin1String("not a regular file")));
    }

    void fileNameThatIsNotUtf8IsReported()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("story.txt")), "Story text here.");
        const QByteArray latin1Name = QFile::encodeName(dir.path()) + "/caf\xe9.txt";
        FILE *f = ::fopen(latin1Name.constData(), "w");
        QVERIFY(f);
        ::fputs("Another story.", f);
        ::fclose(f);
        const Bundle bundle = BundleLoader::load({ dir.path() });
        QCOMPARE(bundle.articles.size(), 1);
        QCOMPARE(bundle.problems.size(), 1);
        QVERIFY2(bundle.problems[0].message.contains(QLatin1String("caf%E9.txt"))
                     && bundle.problems[0].message.contains(QLatin1String("not valid UTF-8")),
                 qPrintable(bundle.problems[0].message));
        QCOMPARE(::unlink(latin1Name.constData()), 0); // QTemporaryDir cannot name it either
    }

    void emptyFolderSaysSo()
    {
        QTemporaryDir dir;
        const Bundle bundle = BundleLoader::load({ dir.path() });
        QVERIFY(bundle.articles.isEmpty());
        QCOMPARE(bundle.problems.size(), 1);
        QVERIFY(bundle.problems[0].message.contains(QLatin1String("contains no articles")));
    }

    void outsidePathsInTheSidecarAreNotRead()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("bundle")));
        const QString secret = dir.filePath(QStringLiteral("secret.txt"));
        writeFile(secret, "ACCESS_KEY=confidential-value\n");
        writeFile(dir.filePath(QStringLiteral("bundle/story.txt")), "The harbour story.");
        const QByteArray sidecar = QByteArray("{ \"articles\": [ { \"file\": \"story.txt\" }, { \"file\": "
                                              "\"../secret.txt\" }, { \"file\": \"")
            + QFile::encodeName(secret) + "\" } ] }";
        writeFile(dir.filePath(QStringLiteral("bundle/bundle.json")), sidecar);
        const Bundle bundle = BundleLoader::load({ dir.filePath(QStringLiteral("bundle")) });
        QCOMPARE(bundle.articles.size(), 1);
        QCOMPARE(bundle.articles[0].fileName, QStringLiteral("story.txt"));
        QCOMPARE(bundle.problems.size(), 2);
        for (const LoadProblem &p : bundle.problems)
            QVERIFY2(p.message.contains(QLatin1String("outside the bundle folder")), qPrintable(p.message));
    }

    void linksOutOfTheFolderAreNotRead()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("bundle")));
        const QString secret = dir.filePath(QStringLiteral("secret.txt"));
        writeFile(secret, "ACCESS_KEY=confidential-value\n");
        writeFile(dir.filePath(QStringLiteral("bundle/01-story.txt")), "The harbour story.");
        QVERIFY(QFile::link(secret, dir.filePath(QStringLiteral("bundle/02-link-out.txt"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("bundle/01-story.txt")),
                            dir.filePath(QStringLiteral("bundle/03-link-in.txt"))));
        const Bundle bundle = BundleLoader::load({ dir.filePath(QStringLiteral("bundle")) });
        QCOMPARE(bundle.articles.size(), 2);
        QVERIFY(byFile(bundle, QStringLiteral("01-story.txt")));
        QVERIFY(byFile(bundle, QStringLiteral("03-link-in.txt")));
        QCOMPARE(bundle.problems.size(), 1);
        QVERIFY2(bundle.problems[0].message.contains(QLatin1String("02-link-out.txt was not read")),
                 qPrintable(bundle.problems[0].message));
        // Named on its own, the same link is read: the editor chose it.
        const Bundle named = BundleLoader::load({ dir.filePath(QStringLiteral("bundle/02-link-out.txt")) });
        QCOMPARE(named.articles.size(), 1);
        QVERIFY(named.problems.isEmpty());
    }

    void deeplyNestedHtmlInAFolderDoesNotStopTheBundle()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("01-story.txt")), "The harbour story.");
        writeFile(dir.filePath(QStringLiteral("02-deep.html")),
                  QByteArray("<span>").repeated(300000) + "Deep but readable.");
        writeFile(dir.filePath(QStringLiteral("03-links.md")),
                  QByteArray("[").repeated(100000) + "x" + QByteArray("](a)").repeated(100000));
        const Bundle bundle = BundleLoader::load({ dir.path() });
        QCOMPARE(bundle.articles.size(), 3);
        QVERIFY(bundle.problems.isEmpty());
        const Article *deep = byFile(bundle, QStringLiteral("02-deep.html"));
        QVERIFY(deep);
        QCOMPARE(deep->text, QStringLiteral("Deep but readable."));
        QCOMPARE(deep->warnings.size(), 1);
        QVERIFY2(deep->warnings[0].contains(QLatin1String("nested more than")),
                 qPrintable(deep->warnings[0]));
        QCOMPARE(byFile(bundle, QStringLiteral("03-links.md"))->text, QStringLiteral("x"));
    }

    void unicodeIsNormalisedToNfc()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("nfd.txt")),
                  QStringLiteral("Sjo\u0308stro\u0308m said.").toUtf8());
        const Bundle bundle = BundleLoader::load({ dir.path() });
        QCOMPARE(bundle.articles.size(), 1);
        QCOMPARE(bundle.articles[0].text, QStringLiteral("Sj\u00f6str\u00f6m said."));
    }
};

QTEST_GUILESS_MAIN(TestBundleLoader)
#include "tst_bundleloader.moc"

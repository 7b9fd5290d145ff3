// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/commandline.h"
#include "project/project.h"
#include "project/projecteditor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;

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
    r.code = cli::run(QStringList { QStringLiteral("storyweave") } + args, out, err);
    out.flush();
    err.flush();
    return r;
}

const QString kExample = QStringLiteral(SW_EXAMPLES "/harbour-fire");

AnnotationStore storeOf(const QString &path)
{
    Project p;
    Error error;
    return p.open(path, &error) ? p.store() : AnnotationStore {};
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newCreatesAProject()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fire.storyweave"));
        const Run r = runCli({ QStringLiteral("new"), kExample, QStringLiteral("-o"), file });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("4 article(s)")));
        Project p;
        Error error;
        QVERIFY2(p.open(file, &error), qPrintable(error.message));
        QCOMPARE(p.bundle().articles.size(), 4);
        QVERIFY(p.store().annotations.isEmpty());

        const Run again = runCli({ QStringLiteral("new"), kExample, QStringLiteral("-o"), file });
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QLatin1String("already exists")));
        QCOMPARE(
            runCli({ QStringLiteral("new"), kExample, QStringLiteral("-o"), file, QStringLiteral("--force") })
                .code,
            0);
    }

    void exportNeverWritesOverItsInputs()
    {
        // A copy of the example bundle and a project made from it.
        QTemporaryDir dir;
        const QString bundle = dir.filePath(QStringLiteral("bundle"));
        QVERIFY(QDir().mkpath(bundle));
        for (const QString &name : QDir(kExample).entryList(QDir::Files))
            QVERIFY(QFile::copy(QDir(kExample).filePath(name), QDir(bundle).filePath(name)));
        const QString project = dir.filePath(QStringLiteral("fire.storyweave"));
        QCOMPARE(runCli({ QStringLiteral("new"), bundle, QStringLiteral("-o"), project }).code, 0);
        QFile projectFile(project);
        QVERIFY(projectFile.open(QIODevice::ReadOnly));
        const QByteArray projectBytes = projectFile.readAll();
        projectFile.close();
        const QString article = QDir(bundle).filePath(QStringLiteral("01-gothenburg-courier.txt"));
        QFile articleFile(article);
        QVERIFY(articleFile.open(QIODevice::ReadOnly));
        const QByteArray articleBytes = articleFile.readAll();
        articleFile.close();

        // The project itself, an article of its bundle (also through a relative path and a link),
        // and bundle.json are refused; nothing is written.
        QVERIFY(QFile::link(article, dir.filePath(QStringLiteral("link.txt"))));
        const QStringList targets { project,
                                    article,
                                    QDir(bundle).filePath(QStringLiteral("bundle.json")),
                                    dir.filePath(QStringLiteral("link.txt")),
                                    QDir(bundle).filePath(
                                        QStringLiteral("../bundle/01-gothenburg-courier.txt")),
                                    dir.filePath(QStringLiteral("other.storyweave")) };
        for (const QString &target : targets) {
            for (const QStringList &input : { QStringList { project }, QStringList { bundle } }) {
                const Run r = runCli(QStringList { QStringLiteral("export") } + input
                                     + QStringList { QStringLiteral("--format"), QStringLiteral("md"),
                                                     QStringLiteral("-o"), target });
                QVERIFY2(r.code == 1, qPrintable(target));
                QVERIFY2(r.err.contains(QLatin1String("Refusing to write a report over")), qPrintable(r.err));
                QVERIFY(!r.out.contains(QLatin1String("wrote")));
            }
        }
        QVERIFY(projectFile.open(QIODevice::ReadOnly));
        QCOMPARE(projectFile.readAll(), projectBytes);
        QVERIFY(articleFile.open(QIODevice::ReadOnly));
        QCOMPARE(articleFile.readAll(), articleBytes);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("other.storyweave"))));

        // A report next to them is written as before.
        const Run ok
            = runCli({ QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("md"),
                       QStringLiteral("-o"), dir.filePath(QStringLiteral("report.md")) });
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
    }

    void newRejectsBadInput()
    {
        QTemporaryDir dir;
        const Run noOut = runCli({ QStringLiteral("new"), kExample });
        QCOMPARE(noOut.code, 1);
        QVERIFY(noOut.err.contains(QLatin1String("-o")));
        const Run noInput = runCli(
            { QStringLiteral("new"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.storyweave")) });
        QCOMPARE(noInput.code, 1);
        const Run missing = runCli({ QStringLiteral("new"), dir.filePath(QStringLiteral("nope")),
                                     QStringLiteral("-o"), dir.filePath(QStringLiteral("x.storyweave")) });
        QCOMPARE(missing.code, 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.storyweave"))));
        const Run unwritable = runCli({ QStringLiteral("new"), kExample, QStringLiteral("-o"), dir.path() });
        QCOMPARE(unwritable.code, 1);
    }

    void newAcceptsSuggestions()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fire.storyweave"));
        const Run r = runCli({ QStringLiteral("new"), kExample, QStringLiteral("-o"), file,
                               QStringLiteral("--accept-suggestions") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const AnnotationStore store = storeOf(file);
        const Entity *okafor = store.entityByName(QStringLiteral("Mara Okafor"), EntityType::Person);
        QVERIFY(okafor);
        QVERIFY(store.mentionsOf(okafor->id).size() >= 4);
        QVERIFY(store.entityByName(QStringLiteral("Gothenburg"), EntityType::Place));
        QVERIFY(store.count(AnnotationKind::Quote) > 0);
        bool alteredBerglund = false;
        for (const Annotation &a : store.annotations) {
            if (a.kind == AnnotationKind::Quote && a.anchor.exact.contains(QLatin1String("can be rebuilt"))
                && a.altered)
                alteredBerglund = true;
        }
        QVERIFY(alteredBerglund);
    }

    void tagFirstAndAll()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fire.storyweave"));
        QCOMPARE(runCli({ QStringLiteral("new"), kExample, QStringLiteral("-o"), file }).code, 0);

        const Run first
            = runCli({ QStringLiteral("tag"), file, QStringLiteral("--type"), QStringLiteral("person"),
                       QStringLiteral("--text"), QStringLiteral("Mara Okafor") });
        QVERIFY2(first.code == 0, qPrintable(first.err));
        AnnotationStore store = storeOf(file);
        QCOMPARE(store.annotations.size(), 1);
        QCOMPARE(store.annotations.at(0).articleId, QStringLiteral("a1"));
        QCOMPARE(store.annotations.at(0).anchor.exact, QStringLiteral("Mara Okafor"));
        QVERIFY(QFile::exists(file + QStringLiteral(".bak")));

        const Run all
            = runCli({ QStringLiteral("tag"), file, QStringLiteral("--type"), QStringLiteral("person"),
                       QStringLiteral("--text"), QStringLiteral("Okafor"), QStringLiteral("--entity"),
                       QStringLiteral("Mara Okafor"), QStringLiteral("--all") });
        QVERIFY2(all.code == 0, qPrintable(all.err));
        store = storeOf(file);
        QCOMPARE(store.entities.size(), 1); // the existing entity was used
        QSet<QString> articles;
        for (const Annotation &a : store.annotations) {
            QCOMPARE(a.entityId, store.entities.at(0).id);
            articles.insert(a.articleId);
        }
        QVERIFY(store.annotations.size() > 2);
        QCOMPARE(articles.size(), 4);
        // "Okafor" inside the tagged "Mara Okafor" is part of that mention, not a second one.
        for (const Annotation &a : store.annotations) {
            for (const Annotation &b : store.annotations) {
                QVERIFY2(a.id == b.id || a.articleId != b.articleId || a.anchor.start >= b.anchor.end
                             || a.anchor.end <= b.anchor.start,
                         qPrintable(a.anchor.exact + QStringLiteral(" / ") + b.anchor.exact));
            }
        }

        const Run place
            = runCli({ QStringLiteral("tag"), file, QStringLiteral("--type"), QStringLiteral("Place"),
                       QStringLiteral("--text"), QStringLiteral("Göta älv"), QStringLiteral("--all") });
        QVERIFY2(place.code == 0, qPrintable(place.err));
        QVERIFY(storeOf(file).entityByName(QStringLiteral("Göta älv"), EntityType::Place));

        const Run info = runCli({ QStringLiteral("info"), file });
        QVERIFY2(info.code == 0, qPrintable(info.err));
        QVERIFY(info.out.contains(QLatin1String("Entities: 2")));
        QVERIFY(info.out.contains(QLatin1String("Orphans: 0")));
        const Run json
            = runCli({ QStringLiteral("info"), file, QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("articles")).toArray().size(), 4);
        QCOMPARE(root.value(QLatin1String("entities")).toInt(), 2);
        QCOMPARE(root.value(QLatin1String("annotations")).toObject().value(QLatin1String("mentions")).toInt(),
                 int(storeOf(file).annotations.size()));
    }

    void tagJoinsASurnameLikeTheWindow()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fire.storyweave"));
        QCOMPARE(runCli({ QStringLiteral("new"), kExample, QStringLiteral("-o"), file }).code, 0);
        QCOMPARE(runCli({ QStringLiteral("tag"), file, QStringLiteral("--type"), QStringLiteral("person"),
                          QStringLiteral("--text"), QStringLiteral("Mara Okafor") })
                     .code,
                 0);
        // What the window would do with the same surname: ProjectEditor on a copy of the project.
        const QString copy = dir.filePath(QStringLiteral("copy.storyweave"));
        QVERIFY(QFile::copy(file, copy));
        Project window;
        Error error;
        QVERIFY(window.open(copy, &error));
        ProjectEditor editor(&window);
        const QList<Occurrence> candidates
            = editor.tagAllCandidates({ QStringLiteral("Okafor") }, EntityType::Person);
        QVERIFY(!candidates.isEmpty());
        const Occurrence first = candidates.first();
        const EditOutcome inWindow
            = editor.tagSpan({ first.articleId, first.start, first.end }, EntityType::Person);

        // The command line, without --entity, tags the same place as the same entity (not a new "Okafor").
        const Run surname
            = runCli({ QStringLiteral("tag"), file, QStringLiteral("--type"), QStringLiteral("person"),
                       QStringLiteral("--text"), QStringLiteral("Okafor") });
        QVERIFY2(surname.code == 0, qPrintable(surname.err));
        QVERIFY2(surname.out.contains(QLatin1String("Mara Okafor")), qPrintable(surname.out));
        const AnnotationStore store = storeOf(file);
        QCOMPARE(store.entities.size(), 1);
        QCOMPARE(store.entities, window.store().entities);
        QCOMPARE(store.entities.first().id, inWindow.entityId);
        QCOMPARE(store.annotations.size(), 2);
        QCOMPARE(store.annotations.at(1).articleId, first.articleId);
        QCOMPARE(store.annotations.at(1).anchor.start, first.start);
    }

    void tagWaitsForAndNamesTheWriterHoldingTheProject()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fire.storyweave"));
        QCOMPARE(runCli({ QStringLiteral("new"), kExample, QStringLiteral("-o"), file }).code, 0);
        Project window; // as the window holds it
        Error error;
        QVERIFY(window.open(file, &error, Project::Access::ReadWrite));
        const Run refused
            = runCli({ QStringLiteral("tag"), file, QStringLiteral("--type"), QStringLiteral("person"),
                       QStringLiteral("--text"), QStringLiteral("Mara Okafor") });
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("is open for writing"))
                     && refused.err.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(refused.err));
        QCOMPARE(storeOf(file).annotations.size(), 0);
        window.setBundle(Bundle {}); // closed
        const Run tagged
            = runCli({ QStringLiteral("tag"), file, QStringLiteral("--type"), QStringLiteral("person"),
                       QStringLiteral("--text"), QStringLiteral("Mara Okafor") });
        QVERIFY2(tagged.code == 0, qPrintable(tagged.err));
        QVERIFY(!QFile::exists(ProjectLock::lockPath(file))); // released when done
    }

    void smallCommandLineRepairs()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("option not defined")));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fire.storyweave"));
        QCOMPARE(runCli({ QStringLiteral("new"), kExample, QStringLiteral("-o"), file }).code, 0);
        QCOMPARE(runCli({ QStringLiteral("tag"), file, QStringLiteral("--type"), QStringLiteral("person"),
                          QStringLiteral("--text"), QStringLiteral("Mara Okafor") })
                     .code,
                 0);
        // The backup is described as the project it is.
        const Run bak = runCli({ QStringLiteral("info"), file + QStringLiteral(".bak") });
        QVERIFY2(bak.code == 0, qPrintable(bak.err));
        QVERIFY2(bak.out.contains(QLatin1String("Entities: 0")), qPrintable(bak.out));
        // A failure in JSON mode is JSON on stdout too.
        const Run missing
            = runCli({ QStringLiteral("info"), dir.filePath(QStringLiteral("absent.storyweave")),
                       QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(missing.code, 1);
        QVERIFY(QJsonDocument::fromJson(missing.out.toUtf8()).object().contains(QLatin1String("error")));
        // Not a number.
        const Run nan = runCli({ QStringLiteral("analyze"), kExample,
                                 QStringLiteral("--paraphrase-threshold"), QStringLiteral("nan") });
        QCOMPARE(nan.code, 1);
        QVERIFY(nan.err.contains(QLatin1String("--paraphrase-threshold")));
    }

    void tagRejectsBadInput()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fire.storyweave"));
        QCOMPARE(runCli({ QStringLiteral("new"), kExample, QStringLiteral("-o"), file }).code, 0);
        const Run badType
            = runCli({ QStringLiteral("tag"), file, QStringLiteral("--type"), QStringLiteral("animal"),
                       QStringLiteral("--text"), QStringLiteral("Okafor") });
        QCOMPARE(badType.code, 1);
        QVERIFY(badType.err.contains(QLatin1String("animal")));
        const Run absent
            = runCli({ QStringLiteral("tag"), file, QStringLiteral("--type"), QStringLiteral("person"),
                       QStringLiteral("--text"), QStringLiteral("Nobody Here") });
        QCOMPARE(absent.code, 1);
        QVERIFY(absent.err.contains(QLatin1String("Nobody Here")));
        QCOMPARE(
            runCli({ QStringLiteral("tag"), file, QStringLiteral("--text"), QStringLiteral("Okafor") }).code,
            1);
        const QString corrupt = dir.filePath(QStringLiteral("corrupt.storyweave"));
        QFile f(corrupt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"storyweave-project\", \"version\": 1, \"bund");
        f.close();
        const Run bad
            = runCli({ QStringLiteral("tag"), corrupt, QStringLiteral("--type"), QStringLiteral("person"),
                       QStringLiteral("--text"), QStringLiteral("Okafor") });
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(QLatin1String("corrupt.storyweave")));
        const Run info = runCli({ QStringLiteral("info"), corrupt });
        QCOMPARE(info.code, 1);
        QVERIFY(storeOf(file).annotations.isEmpty());
    }

    void infoReportsMissingSourcesAndOrphans()
    {
        QTemporaryDir dir;
        const QString story = dir.filePath(QStringLiteral("story"));
        QVERIFY(QDir().mkpath(story));
        const QString a = story + QStringLiteral("/a.txt");
        const QString b = story + QStringLiteral("/b.txt");
        auto write = [](const QString &path, const QByteArray &bytes) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        QVERIFY(write(a, "Mara Okafor led the crews.\nThe fire started in the fly tower above the stage.\n"));
        QVERIFY(write(b, "Okafor spoke to reporters.\n"));
        const QString file = dir.filePath(QStringLiteral("p.storyweave"));
        QCOMPARE(runCli({ QStringLiteral("new"), story, QStringLiteral("-o"), file }).code, 0);
        QCOMPARE(runCli({ QStringLiteral("tag"), file, QStringLiteral("--type"), QStringLiteral("place"),
                          QStringLiteral("--text"), QStringLiteral("fly tower") })
                     .code,
                 0);
        QVERIFY(write(a, "Mara Okafor led the crews.\nNothing else is known.\n"));
        QVERIFY(QFile::remove(b));
        const Run info = runCli({ QStringLiteral("info"), file });
        QVERIFY2(info.code == 0, qPrintable(info.err));
        QVERIFY(info.out.contains(QLatin1String("Orphans: 1")));
        QVERIFY(info.out.contains(QLatin1String("fly tower")));
        QVERIFY(info.out.contains(QLatin1String("missing")));
        QVERIFY(info.out.contains(QLatin1String("b.txt")));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"

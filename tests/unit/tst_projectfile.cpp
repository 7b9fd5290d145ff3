// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "../exampledata.h"
#include "../filesizelimit.h"
#include "bundle/bundleloader.h"
#include "project/project.h"
#include "project/projectcommands.h"
#include "project/projectfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <csignal>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace sw;

using sw::test::FileSizeLimit;

namespace {

const QString kExample = QStringLiteral(SW_EXAMPLES "/harbour-fire");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

using sw::test::copyExample;

TextTarget target(const Project &project, const QString &articleId, const QString &text)
{
    const int at = int(project.article(articleId)->text.indexOf(text));
    return { articleId, at, at + int(text.size()) };
}

// A project holding one of everything the model has.
void fill(Project &project)
{
    QUndoStack *s = project.undoStack();
    auto *type = new AddEntityTypeCommand(&project, QStringLiteral("Vessel"), QColor(0x12, 0x34, 0x56));
    s->push(type);
    auto *okafor = new AddMentionsCommand(
        &project, { target(project, QStringLiteral("a1"), QStringLiteral("Mara Okafor")) },
        Entity { {}, EntityType::Person, QStringLiteral("Mara Okafor"), { QStringLiteral("Okafor") } });
    s->push(okafor);
    s->push(new AddMentionsCommand(&project,
                                   { target(project, QStringLiteral("a1"), QStringLiteral("fireboat")) },
                                   Entity { {}, type->typeId(), QStringLiteral("fireboat"), {} }));
    QuoteCounterpart c;
    const TextTarget t3 = target(project, QStringLiteral("a3"), QStringLiteral("The house can be rebuilt"));
    c.articleId = t3.articleId;
    c.start = t3.start;
    c.end = t3.end;
    c.altered = true;
    c.changes = { WordChange { QStringLiteral("building"), QStringLiteral("house") },
                  WordChange { QString(), QStringLiteral("but") } };
    s->push(new AddQuoteCommand(
        &project, target(project, QStringLiteral("a1"), QStringLiteral("The building can be rebuilt.")),
        okafor->entityId(), { c }));
    s->push(new AddNoteCommand(&project, target(project, QStringLiteral("a4"), QStringLiteral("Okafor")),
                               QStringLiteral("unverified \u201cquote\u201d")));
    s->push(new RejectSuggestionCommand(&project, QStringLiteral("place:malmö"), QStringLiteral("Malmö")));
    s->push(new SetSettingCommand(&project, QStringLiteral("analysis"),
                                  QJsonObject { { QStringLiteral("anchorWords"), 6 } }));
}

// Edits the JSON of a saved project file.
bool editProject(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(readFile(path)).object();
    edit(root);
    return writeFile(path, QJsonDocument(root).toJson());
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEverything()
    {
        QTemporaryDir dir;
        QVERIFY(copyExample(dir.filePath(QStringLiteral("story"))));
        Project project;
        project.setBundle(BundleLoader::load({ dir.filePath(QStringLiteral("story")) }));
        fill(project);
        QVERIFY(project.isModified());
        const QString path = dir.filePath(QStringLiteral("work/fire.storyweave"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("work"))));
        Error error;
        QVERIFY2(project.save(path, &error), qPrintable(error.message));
        QVERIFY(!project.isModified());
        QCOMPARE(project.filePath(), path);

        const QJsonObject root = QJsonDocument::fromJson(readFile(path)).object();
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("storyweave-project"));
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        const QJsonObject first = root.value(QLatin1String("bundle"))
                                      .toObject()
                                      .value(QLatin1String("articles"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(first.value(QLatin1String("path")).toString(),
                 QStringLiteral("../story/01-gothenburg-courier.txt"));

        Project reopened;
        QVERIFY2(reopened.open(path, &error), qPrintable(error.message));
        QVERIFY(!reopened.isModified());
        QCOMPARE(reopened.store(), project.store());
        QCOMPARE(reopened.bundle().title, project.bundle().title);
        QCOMPARE(reopened.bundle().articles.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const Article &a = reopened.bundle().articles.at(i);
            const Article &b = project.bundle().articles.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.text, b.text);
            QCOMPARE(a.contentHash, b.contentHash);
            QCOMPARE(a.outlet, b.outlet);
            QCOMPARE(a.title, b.title);
            QCOMPARE(a.filePath, b.filePath);
            QCOMPARE(reopened.sourceStatus(a.id).state, SourceStatus::Ok);
        }
        QVERIFY(reopened.warnings().isEmpty());

        // Moving the whole folder keeps the sources found (paths are relative).
        QVERIFY(QDir().rename(dir.path(), dir.path() + QStringLiteral("-moved")));
        const QString movedPath = dir.path() + QStringLiteral("-moved/work/fire.storyweave");
        Project moved;
        QVERIFY2(moved.open(movedPath, &error), qPrintable(error.message));
        QCOMPARE(moved.sourceStatus(QStringLiteral("a1")).state, SourceStatus::Ok);
        QVERIFY(moved.bundle().articles.at(0).filePath.startsWith(dir.path() + QStringLiteral("-moved/")));
        QCOMPARE(moved.store(), project.store());
        QDir(dir.path() + QStringLiteral("-moved")).removeRecursively();
    }

    void storesCodePoints()
    {
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("emoji.txt"));
        QVERIFY(writeFile(src,
                          QStringLiteral("Fire \U0001F525 at the theatre. Mara Okafor said so.\n").toUtf8()));
        Project project;
        project.setBundle(BundleLoader::load({ src }));
        const TextTarget t = target(project, QStringLiteral("a1"), QStringLiteral("Mara Okafor"));
        project.undoStack()->push(new AddMentionsCommand(
            &project, { t }, Entity { {}, EntityType::Person, QStringLiteral("Mara Okafor"), {} }));
        const QString path = dir.filePath(QStringLiteral("p.storyweave"));
        Error error;
        QVERIFY(project.save(path, &error));
        const QJsonObject sel = QJsonDocument::fromJson(readFile(path))
                                    .object()
                                    .value(QLatin1String("annotations"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QLatin1String("selector"))
                                    .toObject();
        QCOMPARE(sel.value(QLatin1String("start")).toInt(), t.start - 1); // one surrogate pair before it
        QCOMPARE(sel.value(QLatin1String("end")).toInt(), t.end - 1);
        Project reopened;
        QVERIFY(reopened.open(path, &error));
        QCOMPARE(reopened.store().annotations.at(0).anchor.start, t.start);
        QCOMPARE(reopened.store().annotations.at(0).anchor.end, t.end);
    }

    void rejectsCorruptAndTruncated()
    {
        QTemporaryDir dir;
        Project project;
        project.setBundle(BundleLoader::load({ kExample }));
        fill(project);
        const QString good = dir.filePath(QStringLiteral("good.storyweave"));
        Error error;
        QVERIFY(project.save(good, &error));
        const QByteArray bytes = readFile(good);

        const QString truncated = dir.filePath(QStringLiteral("truncated.storyweave"));
        QVERIFY(writeFile(truncated, bytes.left(bytes.size() / 2)));
        Project p;
        QVERIFY(!p.open(truncated, &error));
        QCOMPARE(error.kind, ErrorKind::Corrupt);
        QVERIFY(error.message.contains(QLatin1String("truncated.storyweave")));

        const QString garbage = dir.filePath(QStringLiteral("garbage.storyweave"));
        QVERIFY(writeFile(garbage, QByteArray("\x00\x01\xff not json", 12)));
        QVERIFY(!p.open(garbage, &error));
        QCOMPARE(error.kind, ErrorKind::Corrupt);

        QVERIFY(writeFile(garbage, "{\"hello\": 1}"));
        QVERIFY(!p.open(garbage, &error));
        QCOMPARE(error.kind, ErrorKind::Unsupported);
        QVERIFY(error.message.contains(QLatin1String("$.format")));

        QVERIFY(!p.open(dir.filePath(QStringLiteral("absent.storyweave")), &error));
        QCOMPARE(error.kind, ErrorKind::NotFound);
        QVERIFY(p.bundle().articles.isEmpty()); // the document did not change

        // A corrupt file is never overwritten, and nothing is lost: the project stays modified.
        QVERIFY(writeFile(truncated, bytes.left(bytes.size() / 2)));
        project.undoStack()->push(new AddNoteCommand(
            &project, target(project, QStringLiteral("a1"), QStringLiteral("fire")), QStringLiteral("x")));
        QVERIFY(!project.save(truncated, &error));
        QCOMPARE(error.kind, ErrorKind::WriteFailed);
        QCOMPARE(readFile(truncated), bytes.left(bytes.size() / 2));
        QVERIFY(!QFile::exists(ProjectFile::backupPath(truncated)));
        QVERIFY(project.isModified());
        // Only when the editor explicitly agrees is it replaced (Save As over a broken file).
        QVERIFY2(project.save(truncated, &error, true), qPrintable(error.message));
        QVERIFY(!project.isModified());
        QVERIFY(p.open(truncated, &error));
    }

    void schemaErrorsNameThePath_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedPath");
        QTest::newRow("start not integer")
            << QStringLiteral("annotations/0/selector/start") << QJsonValue(QStringLiteral("x"))
            << QStringLiteral("$.annotations[0].selector.start");
        QTest::newRow("bad kind") << QStringLiteral("annotations/1/kind")
                                  << QJsonValue(QStringLiteral("poem"))
                                  << QStringLiteral("$.annotations[1].kind");
        QTest::newRow("bad colour") << QStringLiteral("entityTypes/0/color")
                                    << QJsonValue(QStringLiteral("red"))
                                    << QStringLiteral("$.entityTypes[0].color");
        QTest::newRow("article text missing")
            << QStringLiteral("bundle/articles/2/text") << QJsonValue(QJsonValue::Undefined)
            << QStringLiteral("$.bundle.articles[2]");
        QTest::newRow("unknown entity")
            << QStringLiteral("annotations/0/entity") << QJsonValue(QStringLiteral("e99"))
            << QStringLiteral("$.annotations[0].entity");
        QTest::newRow("past the end") << QStringLiteral("annotations/0/selector/end") << QJsonValue(99999999)
                                      << QStringLiteral("$.annotations[0].selector.end");
    }

    void schemaErrorsNameThePath()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedPath);
        Project project;
        project.setBundle(BundleLoader::load({ kExample }));
        fill(project);
        QJsonObject root = QJsonDocument::fromJson(ProjectFile::toJson({ project.bundle(), project.store() },
                                                                       QStringLiteral(SW_EXAMPLES)))
                               .object();

        // Set the value at a "/"-separated path.
        std::function<QJsonValue(QJsonValue, QStringList)> set
            = [&](QJsonValue node, QStringList parts) -> QJsonValue {
            const QString key = parts.takeFirst();
            if (node.isArray()) {
                QJsonArray a = node.toArray();
                const int i = key.toInt();
                a[i] = parts.isEmpty() ? value : set(a.at(i), parts);
                return a;
            }
            QJsonObject o = node.toObject();
            if (parts.isEmpty() && value.isUndefined())
                o.remove(key);
            else
                o[key] = parts.isEmpty() ? value : set(o.value(key), parts);
            return o;
        };
        root = set(root, pointer.split(u'/')).toObject();
        Error error;
        QVERIFY(!ProjectFile::fromJson(QJsonDocument(root).toJson(), QStringLiteral(SW_EXAMPLES), &error));
        QCOMPARE(error.kind, ErrorKind::Invalid);
        QVERIFY2(error.message.contains(expectedPath), qPrintable(error.message));
    }

    void refusesNewerVersion()
    {
        QTemporaryDir dir;
        Project project;
        project.setBundle(BundleLoader::load({ kExample }));
        QJsonObject root
            = QJsonDocument::fromJson(ProjectFile::toJson({ project.bundle(), project.store() }, dir.path()))
                  .object();
        root[QStringLiteral("version")] = 2;
        root[QStringLiteral("somethingNew")] = true;
        const QString path = dir.filePath(QStringLiteral("new.storyweave"));
        QVERIFY(writeFile(path, QJsonDocument(root).toJson()));
        Error error;
        Project p;
        QVERIFY(!p.open(path, &error));
        QCOMPARE(error.kind, ErrorKind::NewerVersion);
        QVERIFY(error.message.contains(QLatin1String("newer")));
        // ... and is not overwritten by an older program.
        const QByteArray before = readFile(path);
        QVERIFY(!project.save(path, &error));
        QCOMPARE(readFile(path), before);
    }

    void keepsOneBackup()
    {
        QTemporaryDir dir;
        Project project;
        project.setBundle(BundleLoader::load({ kExample }));
        const QString path = dir.filePath(QStringLiteral("p.storyweave"));
        Error error;
        QVERIFY(project.save(path, &error));
        QVERIFY(!QFile::exists(ProjectFile::backupPath(path)));
        const QByteArray v1 = readFile(path);
        project.undoStack()->push(new AddNoteCommand(
            &project, target(project, QStringLiteral("a1"), QStringLiteral("fire")), QStringLiteral("one")));
        QVERIFY(project.save(path, &error));
        QCOMPARE(readFile(ProjectFile::backupPath(path)), v1);
        const QByteArray v2 = readFile(path);
        QVERIFY(v2 != v1);
        project.undoStack()->push(new AddNoteCommand(
            &project, target(project, QStringLiteral("a2"), QStringLiteral("fire")), QStringLiteral("two")));
        QVERIFY(project.save(path, &error));
        QCOMPARE(readFile(ProjectFile::backupPath(path)), v2);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temp files left behind
    }

    void noDataLossWhenTheWriteFails()
    {
        QTemporaryDir dir;
        Project project;
        project.setBundle(BundleLoader::load({ kExample }));
        fill(project);
        const AnnotationStore before = project.store();
        // Tests run as root, so permissions do not stop writes: use a path below a regular file.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QVERIFY(writeFile(blocker, "x"));
        Error error;
        QVERIFY(!project.save(blocker + QStringLiteral("/p.storyweave"), &error));
        QCOMPARE(error.kind, ErrorKind::WriteFailed);
        QVERIFY(error.message.contains(QLatin1String("p.storyweave")));
        QVERIFY(!project.save(dir.path(), &error)); // a folder
        QCOMPARE(error.kind, ErrorKind::WriteFailed);
        QVERIFY(project.isModified());
        QVERIFY(project.filePath().isEmpty());
        QCOMPARE(project.store(), before);
        QCOMPARE(readFile(blocker), QByteArray("x"));
        // The work can still be saved elsewhere.
        QVERIFY(project.save(dir.filePath(QStringLiteral("ok.storyweave")), &error));
        QVERIFY(!project.isModified());
    }

    void backupKeepsThePermissions()
    {
        QTemporaryDir dir;
        Project project;
        project.setBundle(BundleLoader::load({ kExample }));
        const QString path = dir.filePath(QStringLiteral("p.storyweave"));
        Error error;
        QVERIFY(project.save(path, &error));
        const auto privateOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
        QVERIFY(QFile::setPermissions(path, privateOnly));
        project.undoStack()->push(new AddNoteCommand(
            &project, target(project, QStringLiteral("a1"), QStringLiteral("fire")), QStringLiteral("one")));
        QVERIFY(project.save(path, &error));
        QCOMPARE(QFile::permissions(ProjectFile::backupPath(path)), privateOnly);
        QCOMPARE(QFile::permissions(path), privateOnly);
    }

    void aFailedSaveSaysWhyAndKeepsTheFile()
    {
        QTemporaryDir dir;
        Project project;
        project.setBundle(BundleLoader::load({ kExample }));
        fill(project);
        const QString path = dir.filePath(QStringLiteral("p.storyweave"));
        Error error;
        {
            FileSizeLimit full(4096);
            QVERIFY(!project.save(path, &error));
        }
        QVERIFY2(!error.message.contains(QLatin1String("Unknown error")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("too large"), Qt::CaseInsensitive),
                 qPrintable(error.message));
        QVERIFY(!QFile::exists(path));
        QVERIFY(project.isModified());

        QVERIFY(project.save(path, &error));
        const QByteArray saved = readFile(path);
        project.undoStack()->push(new AddNoteCommand(
            &project, target(project, QStringLiteral("a2"), QStringLiteral("fire")), QStringLiteral("two")));
        {
            FileSizeLimit full(saved.size() + 100);
            QVERIFY(!project.save(path, &error));
        }
        QVERIFY2(error.message.contains(QLatin1String("too large"), Qt::CaseInsensitive),
                 qPrintable(error.message));
        QCOMPARE(readFile(path), saved);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // the project and its backup
    }

    void sourceOutsideTheProjectFolderIsNotCopiedIn()
    {
        QTemporaryDir dir;
        QVERIFY(copyExample(dir.filePath(QStringLiteral("work/story"))));
        const QString secret = dir.filePath(QStringLiteral("secret.txt"));
        QVERIFY(writeFile(secret, "ACCESS_KEY=confidential-value\n"));
        Project project;
        project.setBundle(BundleLoader::load({ dir.filePath(QStringLiteral("work/story")) }));
        fill(project);
        const QString path = dir.filePath(QStringLiteral("work/p.storyweave"));
        Error error;
        QVERIFY(project.save(path, &error));
        // A received project names a local file outside its folder as the source of an article.
        QVERIFY(editProject(path, [&](QJsonObject &root) {
            QJsonObject bundle = root[QStringLiteral("bundle")].toObject();
            QJsonArray articles = bundle[QStringLiteral("articles")].toArray();
            QJsonObject first = articles[0].toObject();
            first[QStringLiteral("path")] = QStringLiteral("../secret.txt");
            articles[0] = first;
            bundle[QStringLiteral("articles")] = articles;
            root[QStringLiteral("bundle")] = bundle;
        }));
        Project reopened;
        QVERIFY2(reopened.open(path, &error), qPrintable(error.message));
        const SourceStatus status = reopened.sourceStatus(QStringLiteral("a1"));
        QCOMPARE(status.state, SourceStatus::Missing);
        QVERIFY2(status.message.contains(QLatin1String("outside the project's folder")),
                 qPrintable(status.message));
        QCOMPARE(reopened.article(QStringLiteral("a1"))->text, project.article(QStringLiteral("a1"))->text);
        QCOMPARE(reopened.store(), project.store());
        QVERIFY(reopened.save(path, &error));
        QVERIFY(!readFile(path).contains("confidential-value"));
    }

    void offsetsThatNoLongerHoldTheirTextAreCheckedOnLoad()
    {
        QTemporaryDir dir;
        Project project;
        project.setBundle(BundleLoader::load({ kExample }));
        fill(project);
        const QString path = dir.filePath(QStringLiteral("p.storyweave"));
        Error error;
        QVERIFY(project.save(path, &error));
        // Positions edited by hand, quotes kept: the first points at other words, the second
        // quote no longer occurs at all.
        QString firstId;
        QVERIFY(editProject(path, [&](QJsonObject &root) {
            QJsonArray annotations = root[QStringLiteral("annotations")].toArray();
            QJsonObject first = annotations[0].toObject();
            firstId = first[QStringLiteral("id")].toString();
            QJsonObject sel = first[QStringLiteral("selector")].toObject();
            sel[QStringLiteral("start")] = sel[QStringLiteral("start")].toInt() + 40;
            sel[QStringLiteral("end")] = sel[QStringLiteral("end")].toInt() + 40;
            first[QStringLiteral("selector")] = sel;
            annotations[0] = first;
            QJsonObject second = annotations[1].toObject();
            QJsonObject sel2 = second[QStringLiteral("selector")].toObject();
            sel2[QStringLiteral("exact")] = QStringLiteral("words that are nowhere in the article");
            second[QStringLiteral("selector")] = sel2;
            annotations[1] = second;
            root[QStringLiteral("annotations")] = annotations;
        }));
        Project reopened;
        QVERIFY2(reopened.open(path, &error), qPrintable(error.message));
        const Annotation *moved = reopened.store().annotation(firstId);
        QVERIFY(moved && !moved->orphaned);
        QCOMPARE(*moved, *project.store().annotation(firstId)); // found again where it was
        const Annotation &gone = reopened.store().annotations.at(1);
        QVERIFY(gone.orphaned);
        for (const Annotation &a : reopened.store().annotations) {
            if (a.orphaned)
                continue;
            const QString &text = reopened.article(a.articleId)->text;
            QCOMPARE(text.mid(a.anchor.start, a.anchor.length()), a.anchor.exact);
        }
    }

    void sourcesOfALinkedProjectAreFoundBesideTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(copyExample(dir.filePath(QStringLiteral("real/story"))));
        Project project;
        project.setBundle(BundleLoader::load({ dir.filePath(QStringLiteral("real/story")) }));
        const QString path = dir.filePath(QStringLiteral("real/p.storyweave"));
        Error error;
        QVERIFY(project.save(path, &error));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("elsewhere/deeper"))));
        const QString link = dir.filePath(QStringLiteral("elsewhere/deeper/link.storyweave"));
        QVERIFY(QFile::link(path, link));
        Project linked;
        QVERIFY2(linked.open(link, &error), qPrintable(error.message));
        for (const Article &a : linked.bundle().articles)
            QCOMPARE(linked.sourceStatus(a.id).state, SourceStatus::Ok);
        QVERIFY(linked.save(link, &error)); // through the link: paths stay relative to the file
        QVERIFY(QFileInfo(link).isSymLink());
        Project again;
        QVERIFY(again.open(path, &error));
        QCOMPARE(again.sourceStatus(QStringLiteral("a1")).state, SourceStatus::Ok);
    }

    void secondWriterWaitsForTheLock()
    {
        QTemporaryDir dir;
        Project first;
        first.setKeepLocked(true); // as the window does
        first.setBundle(BundleLoader::load({ kExample }));
        const QString path = dir.filePath(QStringLiteral("p.storyweave"));
        Error error;
        QVERIFY(first.save(path, &error)); // saving takes the lock, and keeps it
        QVERIFY(QFile::exists(ProjectLock::lockPath(path)));

        Project second;
        QVERIFY(!second.open(path, &error, Project::Access::ReadWrite));
        QCOMPARE(error.kind, ErrorKind::WriteFailed);
        QVERIFY2(error.message.contains(QLatin1String("is open for writing"))
                     && error.message.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(error.message));
        QVERIFY(second.bundle().articles.isEmpty());
        // Reading is never locked; writing over the holder's work is.
        QVERIFY2(second.open(path, &error), qPrintable(error.message));
        QVERIFY(!second.save(path, &error));
        QVERIFY(error.message.contains(QLatin1String("is open for writing")));

        first.setBundle(Bundle {}); // closed: the lock is released
        QVERIFY(!QFile::exists(ProjectLock::lockPath(path)));
        QVERIFY2(second.open(path, &error, Project::Access::ReadWrite), qPrintable(error.message));
        QVERIFY(second.save(path, &error));
    }

    void staleLockIsTakenOver()
    {
        QTemporaryDir dir;
        Project project;
        project.setBundle(BundleLoader::load({ kExample }));
        const QString path = dir.filePath(QStringLiteral("p.storyweave"));
        Error error;
        QVERIFY(project.save(path, &error));
        project.setBundle(Bundle {});
        // A lock left by a process that has ended without releasing it.
        const pid_t child = ::fork();
        if (child == 0) {
            QLockFile left(ProjectLock::lockPath(path));
            left.setStaleLockTime(0);
            ::_exit(left.tryLock(0) ? 0 : 1); // no destructor: the lock file stays
        }
        int status = -1;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QCOMPARE(WEXITSTATUS(status), 0);
        QVERIFY(QFile::exists(ProjectLock::lockPath(path)));
        QVERIFY2(project.open(path, &error, Project::Access::ReadWrite), qPrintable(error.message));
    }

    void readsTheStoredFixtures()
    {
        // A version 1 file written by an earlier build keeps opening: the format is a promise.
        const QString dir = QStringLiteral(SW_TEST_DATA "/projects/");
        Project project;
        Error error;
        QVERIFY2(project.open(dir + QStringLiteral("harbour-fire.storyweave"), &error),
                 qPrintable(error.message));
        QCOMPARE(project.bundle().articles.size(), 4);
        for (const Article &a : project.bundle().articles)
            QCOMPARE(project.sourceStatus(a.id).state, SourceStatus::Ok);
        const Entity *okafor
            = project.store().entityByName(QStringLiteral("Mara Okafor"), EntityType::Person);
        QVERIFY(okafor);
        QCOMPARE(project.store().mentionsOf(okafor->id).size(), 12);
        for (const Annotation &a : project.store().annotations) {
            const QString &text = project.article(a.articleId)->text;
            QCOMPARE(text.mid(a.anchor.start, a.anchor.length()), a.anchor.exact);
        }

        QVERIFY(!project.open(dir + QStringLiteral("newer-version.storyweave"), &error));
        QCOMPARE(error.kind, ErrorKind::NewerVersion);
        QVERIFY(!project.open(dir + QStringLiteral("truncated.storyweave"), &error));
        QCOMPARE(error.kind, ErrorKind::Corrupt);
        QVERIFY(!project.open(dir + QStringLiteral("schema-invalid.storyweave"), &error));
        QCOMPARE(error.kind, ErrorKind::Invalid);
        QVERIFY2(error.message.contains(QLatin1String("$.annotations[2].selector.start")),
                 qPrintable(error.message));
        QCOMPARE(project.bundle().articles.size(), 4); // failed opens leave the document alone
    }

    void missingSourceUsesStoredText()
    {
        QTemporaryDir dir;
        QVERIFY(copyExample(dir.filePath(QStringLiteral("story"))));
        Project project;
        project.setBundle(BundleLoader::load({ dir.filePath(QStringLiteral("story")) }));
        fill(project);
        const QString path = dir.filePath(QStringLiteral("p.storyweave"));
        Error error;
        QVERIFY(project.save(path, &error));
        const QString source = dir.filePath(QStringLiteral("story/03-baltic-herald.md"));
        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere.md"));
        QVERIFY(QFile::rename(source, elsewhere));

        Project reopened;
        QVERIFY2(reopened.open(path, &error), qPrintable(error.message));
        const SourceStatus status = reopened.sourceStatus(QStringLiteral("a3"));
        QCOMPARE(status.state, SourceStatus::Missing);
        QVERIFY(status.message.contains(QLatin1String("03-baltic-herald.md")));
        QCOMPARE(reopened.warnings().size(), 1);
        QCOMPARE(reopened.article(QStringLiteral("a3"))->text, project.article(QStringLiteral("a3"))->text);
        QCOMPARE(reopened.store(), project.store()); // all annotations are there

        // The editor locates the file.
        QVERIFY2(reopened.relocateArticle(QStringLiteral("a3"), elsewhere, &error),
                 qPrintable(error.message));
        QCOMPARE(reopened.sourceStatus(QStringLiteral("a3")).state, SourceStatus::Ok);
        QCOMPARE(reopened.article(QStringLiteral("a3"))->filePath, elsewhere);
        QCOMPARE(reopened.store(), project.store());
        QVERIFY(reopened.isModified());
        QVERIFY(
            !reopened.relocateArticle(QStringLiteral("a3"), dir.filePath(QStringLiteral("nope.md")), &error));
        QVERIFY(reopened.save(path, &error));
        const QJsonObject root = QJsonDocument::fromJson(readFile(path)).object();
        QCOMPARE(root.value(QLatin1String("bundle"))
                     .toObject()
                     .value(QLatin1String("articles"))
                     .toArray()
                     .at(2)
                     .toObject()
                     .value(QLatin1String("path"))
                     .toString(),
                 QStringLiteral("elsewhere.md"));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"

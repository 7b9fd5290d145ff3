// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// OrphansModel, the core's list of annotations that lost their place: a project file opened
// after its source changed lists them; re-attaching, deleting and undoing change one row at a
// time; QAbstractItemModelTester checks every change against the model rules.
#include "project/orphansmodel.h"
#include "project/project.h"
#include "project/projecteditor.h"
#include "storyfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace sw;
using storyfixture::at;

class TestOrphansModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsOrphansRowByRow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString story = storyfixture::writeStory(dir.filePath(QStringLiteral("story")));
        const QString file = dir.filePath(QStringLiteral("spillway.storyweave"));
        const QString sentence = QStringLiteral("Farmers below the dam moved their sheep to higher fields.");
        {
            Project project;
            project.setBundle(BundleLoader::load({ story }));
            ProjectEditor editor(&project);
            QVERIFY(
                editor.addNote(at(project, 0, sentence), QStringLiteral("which farms? call the co-op")).done);
            QVERIFY(editor.tagSpan(at(project, 0, QStringLiteral("Ilse Varga")), EntityType::Person).done);
            Error error;
            QVERIFY2(project.save(file, &error), qPrintable(error.message));
        }
        // The outlet rewrote the sentence the note was on.
        const QString source = QDir(story).filePath(QStringLiteral("01-valley-post.txt"));
        QFile in(source);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(in.readAll());
        in.close();
        text.replace(sentence, QStringLiteral("Shepherds drove their flocks uphill overnight."));
        QFile out(source);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
        out.close();

        Project project;
        OrphansModel model(&project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        Error error;
        QVERIFY2(project.open(file, &error), qPrintable(error.message));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 1); // the note; the mention was found again
        // The note was snapped to the words, without the full stop.
        QCOMPARE(model.index(0, OrphansModel::TextColumn).data().toString(),
                 QStringLiteral("\u201c%1\u201d").arg(sentence.chopped(1)));
        QVERIFY(model.index(0, OrphansModel::TextColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("call the co-op")));
        QCOMPARE(model.index(0, OrphansModel::KindColumn).data().toString(), QStringLiteral("note"));
        QCOMPARE(model.index(0, OrphansModel::OutletColumn).data().toString(), QStringLiteral("Valley Post"));
        const QString orphan = model.orphanId(0);
        QCOMPARE(project.store().annotation(orphan)->kind, AnnotationKind::Note);

        // Re-attached to the new sentence: the row goes; undo brings it back; delete removes it.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const TextTarget target = at(project, 0, QStringLiteral("Shepherds drove their flocks"));
        QVERIFY(project.push(
            std::make_unique<ReattachOrphanCommand>(&project, orphan, target.start, target.end)));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(removed.count(), 1);
        project.undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.orphanId(0), orphan);
        // Other edits leave the list alone.
        QVERIFY(ProjectEditor(&project)
                    .tagSpan(at(project, 1, QStringLiteral("Holm Island")), EntityType::Place)
                    .done);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(project.push(std::make_unique<DeleteOrphanCommand>(&project, orphan)));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(resets.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOrphansModel)
#include "tst_orphansmodel.moc"

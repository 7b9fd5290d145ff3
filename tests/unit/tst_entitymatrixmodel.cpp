// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// EntityMatrixModel, the core's entity × outlet table: mentions tagged, merged and removed change
// the counts of their entity's row only, entities come and go as rows; QAbstractItemModelTester
// checks every change against the model rules.
#include "project/entitymatrixmodel.h"
#include "project/project.h"
#include "project/projecteditor.h"
#include "storyfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sw;
using storyfixture::at;

class TestEntityMatrixModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsMentionsPerOutlet()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Project project;
        project.setBundle(
            BundleLoader::load({ storyfixture::writeStory(dir.filePath(QStringLiteral("story"))) }));
        EntityMatrixModel model(&project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("VP"));
        QVERIFY(model.headerData(2, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("North Gazette: ")));
        QCOMPARE(EntityMatrixModel::initials(QStringLiteral("Lakeside Echo")), QStringLiteral("LE"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        ProjectEditor editor(&project);
        const EditOutcome varga
            = editor.tagSpan(at(project, 0, QStringLiteral("Ilse Varga")), EntityType::Person);
        const EditOutcome lake
            = editor.tagSpan(at(project, 2, QStringLiteral("Lake Vessmar")), EntityType::Place);
        QVERIFY(varga.done && lake.done);
        QCOMPARE(model.rowCount(), 2);
        // People before places.
        QCOMPARE(model.rowOf(varga.entityId), 0);
        QCOMPARE(model.rowOf(lake.entityId), 1);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Ilse Varga"));
        QCOMPARE(model.headerData(1, Qt::Vertical, EntityMatrixModel::IdRole).toString(), lake.entityId);
        QCOMPARE(model.index(0, 0).data(EntityMatrixModel::CountRole).toInt(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0, 1).data().toString(), QString());
        QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, 1).data(Qt::BackgroundRole).isValid());

        // More mentions: the row's cells change in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(editor
                    .tagAll({ at(project, 1, QStringLiteral("Ilse Varga")),
                              at(project, 2, QStringLiteral("Ilse Varga")) },
                            EntityType::Person, varga.entityId, QStringLiteral("Ilse Varga"))
                    .done);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        for (int c = 0; c < 3; ++c)
            QCOMPARE(model.index(0, c).data(EntityMatrixModel::CountRole).toInt(), 1);
        QVERIFY(model.index(0, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("North Gazette")));

        // Undo and removal take the counts back; the entity's row goes with the entity.
        project.undoStack()->undo();
        QCOMPARE(model.index(0, 1).data(EntityMatrixModel::CountRole).toInt(), 0);
        QVERIFY(editor.remove({ varga.annotationId }));
        QCOMPARE(model.rowOf(lake.entityId), int(project.store().entity(varga.entityId) ? 1 : 0));
        QCOMPARE(resets.count(), 0);

        project.setBundle(project.bundle());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEntityMatrixModel)
#include "tst_entitymatrixmodel.moc"

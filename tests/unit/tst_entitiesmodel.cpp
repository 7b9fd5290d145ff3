// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// EntitiesModel, the core's tree of a project's entities: mentions tagged, renamed, merged,
// removed, undone and redone change the rows they concern and nothing else, with no reset;
// QAbstractItemModelTester checks every change against the model rules.
#include "project/entitiesmodel.h"
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

class TestEntitiesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTagsRowByRow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Project project;
        project.setBundle(
            BundleLoader::load({ storyfixture::writeStory(dir.filePath(QStringLiteral("story"))) }));
        QCOMPARE(project.bundle().articles.size(), 3);
        EntitiesModel model(&project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(project.store().entityTypes.size()));
        QCOMPARE(model.columnCount(), int(EntitiesModel::ColumnCount));
        const QModelIndex people = model.indexOfPath({ EntityType::Person });
        QVERIFY(people.isValid());
        QCOMPARE(model.rowCount(people), 0);
        QCOMPARE(people.siblingAtColumn(EntitiesModel::CountColumn).data().toString(), QStringLiteral("0"));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        ProjectEditor editor(&project);
        const EditOutcome varga
            = editor.tagSpan(at(project, 0, QStringLiteral("Ilse Varga")), EntityType::Person);
        QVERIFY(varga.done);
        const QModelIndex entity = model.entityIndex(varga.entityId);
        QVERIFY(entity.isValid());
        QCOMPARE(entity.parent(), people);
        QCOMPARE(entity.data().toString(), QStringLiteral("Ilse Varga"));
        QCOMPARE(entity.data(EntitiesModel::KindRole).toInt(), int(EntitiesModel::EntityItem));
        QCOMPARE(entity.siblingAtColumn(EntitiesModel::CountColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(people.siblingAtColumn(EntitiesModel::CountColumn).data().toString(), QStringLiteral("1"));
        QVERIFY(entity.flags() & Qt::ItemIsEditable);
        // Entity → article → mention with its context.
        QCOMPARE(model.rowCount(entity), 1);
        const QModelIndex article = model.index(0, 0, entity);
        QCOMPARE(article.data().toString(), QStringLiteral("Valley Post"));
        const QModelIndex mention = model.mentionIndex(varga.annotationId);
        QCOMPARE(mention.parent(), article);
        QVERIFY(mention.data().toString().startsWith(QStringLiteral("Ilse Varga \u2014 ")));

        // More mentions of the same entity change its rows only: the entity row stays the same
        // row (a view keeps it selected and expanded).
        const QPersistentModelIndex kept(entity);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const EditOutcome more = editor.tagAll(
            { at(project, 1, QStringLiteral("Ilse Varga")), at(project, 2, QStringLiteral("Ilse Varga")) },
            EntityType::Person, varga.entityId, QStringLiteral("Ilse Varga"));
        QVERIFY(more.done);
        QVERIFY(kept.isValid());
        QCOMPARE(QModelIndex(kept), model.entityIndex(varga.entityId));
        QCOMPARE(model.rowCount(kept), 3);
        QCOMPARE(kept.sibling(kept.row(), EntitiesModel::CountColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(people.siblingAtColumn(EntitiesModel::CountColumn).data().toString(), QStringLiteral("3"));
        QVERIFY(!changed.isEmpty());

        // A place is its own row under its type.
        const EditOutcome lake
            = editor.tagSpan(at(project, 0, QStringLiteral("Lake Vessmar")), EntityType::Place);
        QVERIFY(lake.done);
        QCOMPARE(model.entityIndex(lake.entityId).parent(), model.indexOfPath({ EntityType::Place }));

        // Renaming is setData() on the name: undoable, the old name kept as an alias.
        QVERIFY(model.setData(model.entityIndex(varga.entityId), QStringLiteral("Ilse M. Varga")));
        QCOMPARE(project.store().entity(varga.entityId)->name, QStringLiteral("Ilse M. Varga"));
        QVERIFY(project.store().entity(varga.entityId)->aliases.contains(QStringLiteral("Ilse Varga")));
        QCOMPARE(model.entityIndex(varga.entityId).data().toString(), QStringLiteral("Ilse M. Varga"));
        QVERIFY(model.entityIndex(varga.entityId)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Ilse Varga")));
        QVERIFY(!model.setData(model.entityIndex(varga.entityId), QStringLiteral("  ")));
        QVERIFY(!model.setData(model.index(0, EntitiesModel::NameColumn), QStringLiteral("Folk")));
        project.undoStack()->undo();
        QCOMPARE(model.entityIndex(varga.entityId).data().toString(), QStringLiteral("Ilse Varga"));

        // A second person, then merged into the first: its row goes, the mentions move.
        const EditOutcome initial
            = editor.tagSpan(at(project, 0, QStringLiteral("I. Varga")), EntityType::Person);
        QVERIFY(initial.done);
        QVERIFY(initial.entityId != varga.entityId);
        QCOMPARE(model.rowCount(people), 2);
        QVERIFY(editor.merge({ varga.entityId, initial.entityId }, varga.entityId));
        QVERIFY(!model.entityIndex(initial.entityId).isValid());
        QCOMPARE(model.rowCount(people), 1);
        QCOMPARE(
            model.entityIndex(varga.entityId).siblingAtColumn(EntitiesModel::CountColumn).data().toString(),
            QStringLiteral("4"));

        // Removing a mention removes its row, and its article's row once empty.
        const QModelIndex north
            = model.indexOfPath({ EntityType::Person, varga.entityId, project.bundle().articles.at(2).id });
        QVERIFY(north.isValid());
        QCOMPARE(model.rowCount(north), 1);
        const QString northMention = model.index(0, 0, north).data(EntitiesModel::IdRole).toString();
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(editor.remove({ northMention }));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!model.indexOfPath({ EntityType::Person, varga.entityId, project.bundle().articles.at(2).id })
                     .isValid());
        project.undoStack()->undo();
        QVERIFY(model.mentionIndex(northMention).isValid());

        // Undoing everything empties the tree row by row; redoing fills it again.
        while (project.undoStack()->canUndo())
            project.undoStack()->undo();
        QCOMPARE(model.rowCount(people), 0);
        while (project.undoStack()->canRedo())
            project.undoStack()->redo();
        QCOMPARE(model.rowCount(people), 1);
        QCOMPARE(resets.count(), 0);

        // A new bundle is a new document: one reset.
        project.setBundle(project.bundle());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(model.indexOfPath({ EntityType::Person })), 0);
    }
};

QTEST_GUILESS_MAIN(TestEntitiesModel)
#include "tst_entitiesmodel.moc"

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// NotesModel, the core's table of a project's notes: rows follow notes added, edited, removed,
// undone and redone one at a time, and a new bundle resets it; QAbstractItemModelTester checks
// every change against the model rules.
#include "project/notesmodel.h"
#include "project/project.h"
#include "project/projecteditor.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace sw;

namespace {

Bundle makeBundle()
{
    Bundle bundle;
    Article a;
    a.id = QStringLiteral("a1");
    a.outlet = QStringLiteral("Ferry Times");
    a.fileName = QStringLiteral("ferry.txt");
    a.text = QStringLiteral("The night ferry to Port Alcina ran three hours late. The captain blamed fog.");
    a.contentHash = "1";
    bundle.articles.append(a);
    a.id = QStringLiteral("a2");
    a.outlet = QStringLiteral("Island Courier");
    a.fileName = QStringLiteral("courier.txt");
    a.text = QStringLiteral("Fog held the night ferry outside Port Alcina until dawn, passengers said.");
    a.contentHash = "2";
    bundle.articles.append(a);
    return bundle;
}

TextTarget at(const Project &project, const QString &articleId, const QString &text)
{
    const int from = int(project.article(articleId)->text.indexOf(text));
    return { articleId, from, from + int(text.size()) };
}

} // namespace

class TestNotesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsNotesRowByRow()
    {
        Project project;
        project.setBundle(makeBundle());
        NotesModel model(&project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(NotesModel::ColumnCount));

        ProjectEditor editor(&project);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(editor
                    .addNote(at(project, QStringLiteral("a2"), QStringLiteral("until dawn")),
                             QStringLiteral("check the harbour log"))
                    .done);
        QVERIFY(editor
                    .addNote(at(project, QStringLiteral("a1"), QStringLiteral("three hours late")),
                             QStringLiteral("three or four?"))
                    .done);
        // A mention is no note: no row.
        QVERIFY(
            editor
                .tagSpan(at(project, QStringLiteral("a1"), QStringLiteral("Port Alcina")), EntityType::Place)
                .done);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, NotesModel::NoteColumn).data().toString(),
                 QStringLiteral("check the harbour log"));
        QCOMPARE(model.index(0, NotesModel::OnColumn).data().toString(), QStringLiteral("until dawn"));
        QCOMPARE(model.index(0, NotesModel::OutletColumn).data().toString(),
                 QStringLiteral("Island Courier"));
        QCOMPARE(model.index(1, NotesModel::OutletColumn).data().toString(), QStringLiteral("Ferry Times"));
        QCOMPARE(model.headerData(NotesModel::NoteColumn, Qt::Horizontal).toString(), QStringLiteral("Note"));
        const QString first = model.noteId(0);
        const QString second = model.noteId(1);
        QCOMPARE(model.index(1, 0).data(NotesModel::IdRole).toString(), second);

        // Editing changes one row in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(editor.editNote(second, QStringLiteral("three hours, says the captain")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("three hours, says the captain"));

        // Removing and undoing the removal puts the row back where it was.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(editor.remove({ first }));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.noteId(0), second);
        project.undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.noteId(0), first);
        QCOMPARE(model.rowOf(second), 1);
        QCOMPARE(resets.count(), 0);

        // A new bundle is a new document: one reset, no rows.
        project.setBundle(makeBundle());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNotesModel)
#include "tst_notesmodel.moc"

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// QuotesModel, the core's tree of a project's quotes: a quote tagged with its counterparts, its
// speaker set and renamed, removed and restored change the quote's rows and nothing else, with
// no reset; QAbstractItemModelTester checks every change against the model rules.
#include "annotate/quotelinker.h"
#include "project/project.h"
#include "project/projecteditor.h"
#include "project/quotesmodel.h"
#include "storyfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <algorithm>

using namespace sw;
using storyfixture::at;

namespace {

QuoteCounterpart counterpart(const Project &project, int article, const QString &text, bool altered)
{
    const TextTarget t = at(project, article, text);
    QuoteCounterpart c;
    c.articleId = t.articleId;
    c.article = article;
    c.start = t.start;
    c.end = t.end;
    c.text = text;
    c.altered = altered;
    return c;
}

} // namespace

class TestQuotesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsQuotesRowByRow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Project project;
        project.setBundle(
            BundleLoader::load({ storyfixture::writeStory(dir.filePath(QStringLiteral("story"))) }));
        QuotesModel model(&project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.headerData(QuotesModel::WordingColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Wording"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        // A mention is no quote: no row.
        ProjectEditor editor(&project);
        const EditOutcome varga
            = editor.tagSpan(at(project, 0, QStringLiteral("Ilse Varga")), EntityType::Person);
        QVERIFY(varga.done);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(inserted.count(), 0);

        const QString quote
            = QStringLiteral("The dam is sound and the water will fall by a metre before Friday");
        const QString north
            = QStringLiteral("The dam is sound and the water will fall by a metre before the weekend");
        const EditOutcome tagged = editor.tagQuote(
            at(project, 0, quote), {},
            { counterpart(project, 1, quote, false), counterpart(project, 2, north, true) });
        QVERIFY(tagged.done);
        QCOMPARE(model.rowCount(), 1);
        const auto topLevelInserts = [&inserted] {
            return std::count_if(inserted.cbegin(), inserted.cend(), [](const QList<QVariant> &args) {
                return !args.at(0).toModelIndex().isValid();
            });
        };
        QCOMPARE(topLevelInserts(), 1);
        const QModelIndex group = model.index(0, QuotesModel::QuoteColumn);
        QVERIFY(group.data().toString().startsWith(QStringLiteral("Unknown speaker: \u201cThe dam")));
        QCOMPARE(group.data(QuotesModel::IdRole).toString(), tagged.annotationId);
        QVERIFY(group.data(QuotesModel::AlteredRole).toBool());
        QCOMPARE(group.siblingAtColumn(QuotesModel::WordingColumn).data().toString(),
                 QStringLiteral("altered"));
        QVERIFY(group.siblingAtColumn(QuotesModel::WordingColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("North Gazette")));
        // Each outlet's version: the reference, the exact copy, the altered one with its changes.
        QCOMPARE(model.rowCount(group), 3);
        QCOMPARE(model.index(0, QuotesModel::WordingColumn, group).data().toString(),
                 QStringLiteral("reference"));
        QCOMPARE(model.index(1, QuotesModel::WordingColumn, group).data().toString(),
                 QStringLiteral("exact"));
        QCOMPARE(model.index(2, QuotesModel::WordingColumn, group).data().toString(),
                 QStringLiteral("altered"));
        const QString changes = model.index(2, QuotesModel::QuoteColumn, group).data().toString();
        QVERIFY2(changes.startsWith(QStringLiteral("North Gazette: "))
                     && changes.contains(QStringLiteral("weekend")),
                 qPrintable(changes));

        // The speaker set and renamed: the same row, changed in place.
        const QPersistentModelIndex kept(group);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(editor.setSpeaker(tagged.annotationId, varga.entityId));
        QVERIFY(kept.isValid());
        QVERIFY(kept.data().toString().startsWith(QStringLiteral("Ilse Varga: \u201cThe dam")));
        QVERIFY(editor.rename(varga.entityId, QStringLiteral("Ilse M. Varga")));
        QVERIFY(kept.data().toString().startsWith(QStringLiteral("Ilse M. Varga: ")));
        QVERIFY(changed.count() >= 2);
        QCOMPARE(topLevelInserts(), 1);

        // Removing the quote removes its group's row; undo brings it back.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(editor.remove({ model.index(1, 0, group).data(QuotesModel::IdRole).toString() }));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(
            std::count_if(removed.cbegin(), removed.cend(),
                          [](const QList<QVariant> &args) { return !args.at(0).toModelIndex().isValid(); }),
            1);
        project.undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 3);
        QCOMPARE(resets.count(), 0);

        project.setBundle(project.bundle());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void describesWordChanges()
    {
        QCOMPARE(QuotesModel::describeChanges({ { QStringLiteral("Friday"), QStringLiteral("the weekend") },
                                                { {}, QStringLiteral("still") },
                                                { QStringLiteral("sound"), {} } }),
                 QStringLiteral("\u201cFriday\u201d \u2192 \u201cthe weekend\u201d; \u201cstill\u201d added; "
                                "\u201csound\u201d left out"));
    }
};

QTEST_GUILESS_MAIN(TestQuotesModel)
#include "tst_quotesmodel.moc"

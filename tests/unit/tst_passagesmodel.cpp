// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// PassagesModel, the core's tree of what the comparison found: shared passages and each outlet's
// only-here text, described on demand from the project's comparison, reset when the comparison
// is kept or dropped; QAbstractItemModelTester checks it against the model rules.
#include "project/passagesmodel.h"
#include "project/project.h"
#include "storyfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;

class TestPassagesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheComparison()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Project project;
        project.setBundle(
            BundleLoader::load({ storyfixture::writeStory(dir.filePath(QStringLiteral("story"))) }));
        PassagesModel model(&project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // nothing compared yet
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        const ComparisonResult &result = project.analyze();
        QCOMPARE(resets.count(), 1);
        QVERIFY(!result.passages.isEmpty());
        QVERIFY(!result.unique.isEmpty());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex shared = model.sharedGroup();
        QCOMPARE(shared.data().toString(),
                 QStringLiteral("Shared passages (%1)").arg(result.passages.size()));
        QCOMPARE(shared.data(PassagesModel::RowTypeRole).toInt(), int(PassagesModel::GroupRow));
        QCOMPARE(model.onlyHereGroup().data().toString(),
                 QStringLiteral("Only here (%1)").arg(result.unique.size()));
        QCOMPARE(model.rowCount(shared), int(result.passages.size()));

        // Every shared row points at its passage's first span and names its outlets.
        for (int p = 0; p < result.passages.size(); ++p) {
            const QModelIndex row = model.passageIndex(p);
            QVERIFY(row.isValid());
            QCOMPARE(row.parent(), shared);
            const PassageSpan &first = result.passages.at(p).spans.first();
            QCOMPARE(row.data(PassagesModel::PassageRole).toInt(), p);
            QCOMPARE(row.data(PassagesModel::ArticleRole).toInt(), first.article);
            QCOMPARE(row.data(PassagesModel::StartRole).toInt(), first.start);
            QCOMPARE(row.data(PassagesModel::EndRole).toInt(), first.end);
            QCOMPARE(row.siblingAtColumn(PassagesModel::OutletsColumn).data().toString(),
                     QString::number(result.passages.at(p).articleCount()));
            QVERIFY(!row.data().toString().isEmpty());
            QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral(", in: ")));
        }
        // The wire paragraph is shared by all three outlets.
        bool wire = false;
        for (int r = 0; r < model.rowCount(shared); ++r) {
            const QModelIndex row = model.index(r, 0, shared);
            wire = wire
                || (row.data().toString().contains(QStringLiteral("spillway"))
                    && row.siblingAtColumn(PassagesModel::OutletsColumn).data(Qt::ToolTipRole).toString()
                        == QStringLiteral("Valley Post\nLakeside Echo\nNorth Gazette"));
        }
        QVERIFY(wire);

        // Only here: one row per outlet, its passages under it, each jumping to its text.
        const QModelIndex onlyHere = model.onlyHereGroup();
        int listed = 0;
        for (int o = 0; o < model.rowCount(onlyHere); ++o) {
            const QModelIndex outlet = model.index(o, 0, onlyHere);
            QCOMPARE(outlet.data(PassagesModel::RowTypeRole).toInt(), int(PassagesModel::OutletRow));
            QVERIFY(!outlet.data(PassagesModel::ArticleRole).isValid());
            for (int r = 0; r < model.rowCount(outlet); ++r) {
                const QModelIndex row = model.index(r, 0, outlet);
                const int article = row.data(PassagesModel::ArticleRole).toInt();
                QCOMPARE(project.bundle().articles.at(article).outlet, outlet.data().toString());
                const QString &text = project.bundle().articles.at(article).text;
                const int start = row.data(PassagesModel::StartRole).toInt();
                const int end = row.data(PassagesModel::EndRole).toInt();
                QCOMPARE(row.data().toString(), PassagesModel::snippet(text, start, end));
                ++listed;
            }
        }
        QCOMPARE(listed, int(result.unique.size()));

        // Changing the articles drops the comparison: the model resets to empty.
        project.setBundle(project.bundle());
        QVERIFY(resets.count() >= 2);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.passageIndex(0).isValid());
    }

    void snippetsAndKinds()
    {
        const QString text = QStringLiteral("The ferry  to Holm\nIsland will not run.");
        QCOMPARE(PassagesModel::snippet(text, 4, 25), QStringLiteral("ferry to Holm Island"));
        QCOMPARE(PassagesModel::snippet(text, 4, 25, 5), QStringLiteral("ferry\u2026"));
        QCOMPARE(PassagesModel::snippet(text, -3, 3), QStringLiteral("The"));
        QCOMPARE(PassagesModel::kindName(PassageKind::OnlyHere), QStringLiteral("only here"));
        QCOMPARE(PassagesModel::kindName(PassageKind::Near), QStringLiteral("near-verbatim"));
    }
};

QTEST_GUILESS_MAIN(TestPassagesModel)
#include "tst_passagesmodel.moc"

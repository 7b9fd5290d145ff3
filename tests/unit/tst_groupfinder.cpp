// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Which pairwise pieces make up one N-way passage, and how much work deciding that takes.
#include "align/groupfinder.h"
#include "pairpassagefixture.h"

#include <QTest>

using namespace sw;
using namespace sw::align;

namespace {

PairPassage paraphrase(int a, int b, int aStart, int aEnd, int bStart, int bEnd)
{
    PairPassage p = pairpassagefixture::pair(a, b, aStart, aEnd, bStart, bEnd);
    p.kind = PassageKind::Paraphrase;
    p.score = 0.6;
    return p;
}

} // namespace

class TestGroupFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRefusedJoinIsNotTestedAgainWhileNeitherSetChanges()
    {
        // Article 0 rewords a sentence that `spokes` outlets carry at their start; article
        // `spokes` + 1 rewords another sentence that the same outlets carry further down. Articles 0
        // and `spokes` + 1 also reword each other `bridges` times, so in article `spokes` + 1 every
        // bridge overlaps every piece of the second sentence: spokes x bridges joins of the first
        // sentence's set with a piece of the second, each refused (it would give a spoke two
        // separate spans), each walking the first set's ranges (one per spoke) up to that spoke.
        const int spokes = 200;
        const int bridges = 50;
        const int hub = spokes + 1;
        std::vector<PairPassage> pieces;
        for (int i = 1; i <= spokes; ++i)
            pieces.push_back(paraphrase(0, i, 0, 10, 0, 10));
        for (int i = 1; i <= spokes; ++i)
            pieces.push_back(paraphrase(i, hub, 30, 40, 0, 10));
        for (int j = 0; j < bridges; ++j)
            pieces.push_back(paraphrase(0, hub, 0, 10, 0, 10));
        const std::vector<std::vector<int>> cuts(size_t(hub + 1));
        int groupCount = 0;
        qint64 steps = 0;
        const std::vector<int> groupOf = GroupFinder::assign(hub + 1, pieces, cuts, 4, &groupCount, &steps);

        // The two sentences stay two passages; the bridges join the first.
        QCOMPARE(groupCount, 2);
        const int first = groupOf[0];
        const int second = groupOf[size_t(spokes)];
        QVERIFY(first != second);
        for (int i = 0; i < spokes; ++i) {
            QCOMPARE(groupOf[size_t(i)], first);
            QCOMPARE(groupOf[size_t(spokes + i)], second);
        }
        for (int j = 0; j < bridges; ++j)
            QCOMPARE(groupOf[size_t(2 * spokes + j)], first);

        // Testing every refusal again grew with bridges x spokes x spokes (578 680 steps here);
        // remembered, what is left does not grow with the bridges.
        QVERIFY2(steps < 2 * spokes * spokes, qPrintable(QString::number(steps)));
    }
};

QTEST_GUILESS_MAIN(TestGroupFinder)
#include "tst_groupfinder.moc"

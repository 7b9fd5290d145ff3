// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// N-way passage groups before they become passages: each keeps only the articles it has text in,
// however many articles the bundle has, and joining or resolving groups keeps it that way.
#include "align/groupjoiner.h"
#include "align/overlapresolver.h"
#include "pairpassagefixture.h"

#include <QTest>

using namespace sw;
using namespace sw::align;

namespace {

// Far more articles than any group below has text in.
constexpr int bundleArticles = 600;

PairPassage pair(int a, int b, int aStart, int aEnd, int bStart, int bEnd, bool backbone = true)
{
    PairPassage p = pairpassagefixture::pair(a, b, aStart, aEnd, bStart, bEnd);
    p.backbone = backbone;
    return p;
}

// Lower article numbers are earlier.
const Precedence &byNumber()
{
    static const Precedence precedence(bundleArticles, [](int x, int y) { return x < y; });
    return precedence;
}

QList<int> articlesOf(const PassageGroup &g)
{
    QList<int> out;
    for (const GroupSpan &s : g.spans)
        out << s.article;
    return out;
}

} // namespace

class TestGroupJoiner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aGroupKeepsOneSpanPerArticleItHasTextIn()
    {
        // Three outlets of six hundred share a sentence: three pairwise passages.
        const std::vector<PairPassage> pairs
            = { pair(7, 300, 10, 20, 40, 50), pair(7, 512, 12, 20, 0, 8), pair(300, 512, 40, 50, 0, 10) };
        const PassageGroup g = describe(pairs, { 0, 1, 2 }, byNumber());
        QCOMPARE(articlesOf(g), QList<int>({ 7, 300, 512 }));
        QCOMPARE(g.hull(7), std::pair(10, 20));
        QCOMPARE(g.hull(300), std::pair(40, 50));
        QCOMPARE(g.hull(512), std::pair(0, 10));
        QCOMPARE(g.hull(8), std::pair(-1, -1));
        QVERIFY(!g.span(599));
        QCOMPARE(g.firstArticle(), 7);
        QVERIFY(g.textual);
    }

    void aSpanIsMovedWhenOffTheBackboneTowardTheEarliestArticle()
    {
        const std::vector<PairPassage> pairs
            = { pair(4, 90, 0, 10, 30, 40, false), pair(4, 200, 0, 10, 5, 15, true),
                pair(90, 200, 30, 40, 5, 15) };
        const PassageGroup g = describe(pairs, { 0, 1, 2 }, byNumber());
        QCOMPARE(articlesOf(g), QList<int>({ 4, 90, 200 }));
        QCOMPARE(g.span(4)->moved, quint8(0));
        QCOMPARE(g.span(90)->moved, quint8(1));
        QCOMPARE(g.span(200)->moved, quint8(0));
    }

    void joinedGroupsKeepTheirOwnArticles()
    {
        // Two pieces of one passage between articles 10 and 450, cut where another outlet starts.
        const std::vector<PairPassage> pairs = { pair(10, 450, 0, 5, 20, 25), pair(10, 450, 5, 12, 25, 32) };
        std::vector<PassageGroup> groups
            = { describe(pairs, { 0 }, byNumber()), describe(pairs, { 1 }, byNumber()) };
        joinAdjacent(groups);
        QCOMPARE(groups[0].members, std::vector<int>({ 0, 1 }));
        QVERIFY(groups[1].members.empty());
        QCOMPARE(articlesOf(groups[0]), QList<int>({ 10, 450 }));
        QCOMPARE(groups[0].hull(10), std::pair(0, 12));
        QCOMPARE(groups[0].hull(450), std::pair(20, 32));
    }

    void aShortPieceJoinsItsNeighbourAsAGap()
    {
        // Outlets 3, 40 and 41 share eight words; outlets 3 and 40 go on with two more.
        const std::vector<PairPassage> pairs = { pair(3, 40, 0, 8, 0, 8), pair(3, 41, 0, 8, 0, 8),
                                                 pair(40, 41, 0, 8, 0, 8), pair(3, 40, 8, 10, 8, 10) };
        std::vector<PassageGroup> groups
            = { describe(pairs, { 0, 1, 2 }, byNumber()), describe(pairs, { 3 }, byNumber()) };
        absorbShort(groups, 3);
        QVERIFY(groups[1].members.empty());
        QCOMPARE(articlesOf(groups[0]), QList<int>({ 3, 40, 41 }));
        QCOMPARE(groups[0].hull(3), std::pair(0, 10));
        QCOMPARE(groups[0].hull(41), std::pair(0, 8));
        QCOMPARE(groups[0].gapArticles, std::vector<int>({ 41 }));
    }

    void theWeakerOverlappingPassageLosesOnlyTheSharedArticle()
    {
        const std::vector<PairPassage> pairs = { pair(1, 2, 0, 20, 0, 20), pair(2, 500, 10, 16, 0, 6),
                                                 pair(2, 501, 10, 16, 0, 6), pair(500, 501, 0, 6, 0, 6) };
        std::vector<PassageGroup> groups
            = { describe(pairs, { 0 }, byNumber()), describe(pairs, { 1, 2, 3 }, byNumber()) };
        resolveOverlaps(pairs, groups, bundleArticles, 4);
        QCOMPARE(articlesOf(groups[0]), QList<int>({ 1, 2 }));
        QCOMPARE(articlesOf(groups[1]), QList<int>({ 500, 501 }));
        QCOMPARE(groups[1].members, std::vector<int>({ 3 }));
    }
};

QTEST_GUILESS_MAIN(TestGroupJoiner)
#include "tst_groupjoiner.moc"

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The Segmenter: word alignment through edits, and cutting pairwise passages where the outlets
// sharing the text change, without splitting an edit.
#include "align/segmenter.h"
#include "pairpassagefixture.h"

#include <QTest>

using namespace sw;
using namespace sw::align;

namespace {

QString words(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("w%1").arg(i);
    return out.join(QLatin1Char(' '));
}

PairPassage pair(int a, int b, int aStart, int aEnd, int bStart, int bEnd, std::vector<TokenEdit> edits = {})
{
    PairPassage p = pairpassagefixture::pair(a, b, aStart, aEnd, bStart, bEnd);
    p.edits = std::move(edits);
    p.kind = p.edits.empty() ? PassageKind::Verbatim : PassageKind::Near;
    return p;
}

// The pieces of passages between articles a and b, as (aStart, aEnd, bStart, bEnd).
QList<std::array<int, 4>> piecesOf(const std::vector<PairPassage> &pieces, int a, int b)
{
    QList<std::array<int, 4>> out;
    for (const PairPassage &p : pieces) {
        if (p.a == a && p.b == b)
            out.append({ p.aStart, p.aEnd, p.bStart, p.bEnd });
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestSegmenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointsFollowTheAlignment()
    {
        // a[10,30) ~ b[20,42): a[15,17) replaced by b[25,28); b[33,34) inserted before a[22].
        const PairPassage p = pair(0, 1, 10, 30, 20, 42, { { 15, 17, 25, 28 }, { 22, 22, 33, 34 } });
        QCOMPARE(Segmenter::pointForA(p, 12), std::pair(12, 22));
        QCOMPARE(Segmenter::pointForA(p, 15), std::pair(15, 25));
        QCOMPARE(Segmenter::pointForA(p, 16), std::pair(15, 25)); // inside the edit: its start
        QCOMPARE(Segmenter::pointForA(p, 17), std::pair(17, 28));
        QCOMPARE(Segmenter::pointForA(p, 22), std::pair(22, 33)); // before the inserted word
        QCOMPARE(Segmenter::pointForA(p, 25), std::pair(25, 37));
        QCOMPARE(Segmenter::pointForB(p, 26), std::pair(15, 25));
        QCOMPARE(Segmenter::pointForB(p, 37), std::pair(25, 37));
    }

    // 0 and 1 share [0,20); 0 and 2 share only 0's [5,10). The 0–1 passage is cut at 5 and 10
    // in both articles, and its pieces tile it.
    void cutsReachEveryOutlet()
    {
        const Corpus corpus = Corpus::build({ words(30), words(30), words(30) });
        std::vector<std::vector<int>> cuts;
        const auto pieces
            = Segmenter::refine(corpus, { pair(0, 1, 0, 20, 3, 23), pair(0, 2, 5, 10, 0, 5) }, &cuts);
        const QList<std::array<int, 4>> expected { { 0, 5, 3, 8 }, { 5, 10, 8, 13 }, { 10, 20, 13, 23 } };
        QCOMPARE(piecesOf(pieces, 0, 1), expected);
        QCOMPARE(piecesOf(pieces, 0, 2), (QList<std::array<int, 4>> { { 5, 10, 0, 5 } }));
        QVERIFY(std::binary_search(cuts[1].begin(), cuts[1].end(), 8));
        QVERIFY(std::binary_search(cuts[1].begin(), cuts[1].end(), 13));
    }

    // A cut falling inside an edit moves to the edit's start; the edit stays whole in one piece.
    void editsAreNeverSplit()
    {
        const Corpus corpus = Corpus::build({ words(30), words(30), words(30) });
        const PairPassage near = pair(0, 1, 0, 20, 0, 21, { { 8, 10, 8, 11 } });
        const auto pieces = Segmenter::refine(corpus, { near, pair(0, 2, 9, 20, 0, 11) });
        const QList<std::array<int, 4>> expected { { 0, 8, 0, 8 }, { 8, 20, 8, 21 } };
        QCOMPARE(piecesOf(pieces, 0, 1), expected);
        for (const PairPassage &p : pieces) {
            if (p.a == 0 && p.b == 1 && p.aStart == 0) {
                QCOMPARE(p.kind, PassageKind::Verbatim);
                QVERIFY(p.edits.empty());
            } else if (p.a == 0 && p.b == 1) {
                QCOMPARE(p.kind, PassageKind::Near);
                QCOMPARE(p.edits.size(), size_t(1));
                QCOMPARE(p.matched, 10);
            }
        }
    }
};

QTEST_MAIN(TestSegmenter)
#include "tst_segmenter.moc"

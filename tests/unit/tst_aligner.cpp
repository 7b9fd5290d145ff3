// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "align/comparison.h"
#include "bundle/bundleloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace sw;

namespace {

QString slice(const QString &text, int start, int end)
{
    return text.mid(start, end - start);
}

// Quote and apostrophe styles differ between the fixtures and the truth file.
QString plain(QString s)
{
    for (QChar &c : s) {
        if (c == QChar(0x2019) || c == QChar(0x2018))
            c = QLatin1Char('\'');
        else if (c == QChar(0x201C) || c == QChar(0x201D))
            c = QLatin1Char('"');
    }
    return s;
}

const QString kP1 = QStringLiteral("The river authority closed the northern lock on Tuesday after engineers "
                                   "found a crack in the main gate.");
const QString kP2 = QStringLiteral(
    "Barges carrying grain and timber were held at the harbour mouth while divers inspected the damage below "
    "the waterline.");
const QString kP3 = QStringLiteral(
    "A spokesperson for the shipping association said members would lose several million crowns for every "
    "week of closure.");
const QString kP4 = QStringLiteral(
    "Repairs are expected to take at least three weeks, according to a statement published by the authority "
    "late in the evening.");
const QString kP5 = QStringLiteral(
    "Residents of the old quarter said the lock keepers had warned about the ageing gates for many years.");

QString join(const QStringList &paragraphs)
{
    return paragraphs.join(QLatin1Char('\n'));
}

const Passage *passageCovering(const ComparisonResult &r, const QList<QString> &texts, int article,
                               const QString &needle, PassageKind kind)
{
    for (const Passage &p : r.passages) {
        if (p.kind != kind)
            continue;
        const PassageSpan *s = p.spanIn(article);
        if (s && plain(slice(texts[article], s->start, s->end)).contains(plain(needle)))
            return &p;
    }
    return nullptr;
}

bool inUnique(const ComparisonResult &r, const QList<QString> &texts, int article, const QString &needle)
{
    for (const UniqueSpan &u : r.unique) {
        if (u.article == article && plain(slice(texts[article], u.start, u.end)).contains(plain(needle)))
            return true;
    }
    return false;
}

} // namespace

class TestAligner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verbatimIgnoresQuotesCaseAndDashes()
    {
        const QList<QString> texts {
            join({ kP1,
                   QStringLiteral(
                       "\u201cWe will not reopen it until it is safe \u2013 not a day sooner,\u201d "
                       "the director said on Tuesday."),
                   kP5 }),
            join({ QStringLiteral("Unrelated opening words about football results and weather."),
                   QStringLiteral(
                       "\"WE WILL NOT REOPEN IT UNTIL IT IS SAFE - not a day sooner,\" the director "
                       "said on Tuesday.") })
        };
        const ComparisonResult r = Aligner().compare(texts);
        QCOMPARE(r.articleCount, 2);
        const Passage *p
            = passageCovering(r, texts, 1, QStringLiteral("REOPEN IT UNTIL"), PassageKind::Verbatim);
        QVERIFY(p);
        QCOMPARE(p->articleCount(), 2);
        QCOMPARE(p->score, 1.0);
        const PassageSpan *s0 = p->spanIn(0);
        QVERIFY(s0);
        QVERIFY(slice(texts[0], s0->start, s0->end).startsWith(QStringLiteral("We will not reopen")));
        QVERIFY(slice(texts[0], s0->start, s0->end).endsWith(QStringLiteral("on Tuesday")));
        QVERIFY(!s0->moved);
        // Support: the shared words are carried by one other article, the rest by none.
        const qsizetype firstWord = 0;
        QCOMPARE(r.support[0][firstWord], quint8(0));
        QCOMPARE(r.words[0].size(), r.support[0].size());
        QCOMPARE(r.wordCounts[0], int(r.words[0].size()));
    }

    void nearPassageHasWordEdits()
    {
        const QString b2
            = QString(kP2).replace(QStringLiteral("grain and timber"), QStringLiteral("grain and steel"));
        const QList<QString> texts {
            join({ kP1, kP2, kP3 }),
            join({ QStringLiteral("Totally different first line of the other report."), b2, kP3 })
        };
        const ComparisonResult r = Aligner().compare(texts);
        const Passage *p
            = passageCovering(r, texts, 0, QStringLiteral("timber were held"), PassageKind::Near);
        QVERIFY(p);
        QVERIFY(p->score < 1.0);
        QVERIFY(p->score > 0.9);
        QVERIFY(!p->edits.isEmpty());
        bool found = false;
        for (const WordEdit &e : p->edits) {
            if (e.article == 1 && slice(texts[0], e.refStart, e.refEnd) == QLatin1String("timber")
                && slice(texts[1], e.start, e.end) == QLatin1String("steel"))
                found = true;
        }
        QVERIFY(found);
        // The near passage runs on into the next, identical paragraph.
        const PassageSpan *s = p->spanIn(1);
        QVERIFY(slice(texts[1], s->start, s->end).contains(QStringLiteral("shipping association")));
    }

    void paraphraseTier()
    {
        const QList<QString> texts {
            join({ kP1,
                   QStringLiteral("The mayor promised that the city would pay for temporary housing for all "
                                  "the families displaced by the flooding.") }),
            join({ QStringLiteral("Completely unrelated words open this second story today."),
                   QStringLiteral(
                       "All families displaced by the flooding will get temporary housing paid for by "
                       "the city, the mayor promised.") })
        };
        const ComparisonResult r = Aligner().compare(texts);
        const Passage *p
            = passageCovering(r, texts, 0, QStringLiteral("temporary housing"), PassageKind::Paraphrase);
        QVERIFY(p);
        QVERIFY(p->spanIn(1));
        QVERIFY(p->score >= 0.5);

        AlignOptions off;
        off.paraphraseThreshold = 2.0;
        const ComparisonResult none = Aligner(off).compare(texts);
        QVERIFY(
            !passageCovering(none, texts, 0, QStringLiteral("temporary housing"), PassageKind::Paraphrase));
    }

    void movedParagraphIsFlagged()
    {
        const QList<QString> texts { join({ kP1, kP2, kP3, kP4, kP5 }), join({ kP1, kP3, kP4, kP5, kP2 }) };
        const ComparisonResult r = Aligner().compare(texts);
        const Passage *moved
            = passageCovering(r, texts, 1, QStringLiteral("divers inspected"), PassageKind::Verbatim);
        QVERIFY(moved);
        QVERIFY(moved->spanIn(1)->moved);
        QVERIFY(!moved->spanIn(0)->moved);
        const Passage *stay
            = passageCovering(r, texts, 1, QStringLiteral("shipping association"), PassageKind::Verbatim);
        QVERIFY(stay);
        QVERIFY(stay != moved);
        QVERIFY(!stay->spanIn(1)->moved);
        QCOMPARE(r.coverage[0][1], 1.0);
        QCOMPARE(r.coverage[1][0], 1.0);
        QVERIFY(r.unique.isEmpty());
    }

    void threeWayPassage()
    {
        const QList<QString> texts { join({ kP1, kP2 }), join({ kP3, kP2, kP4 }), join({ kP2, kP5 }) };
        const ComparisonResult r = Aligner().compare(texts);
        const Passage *p
            = passageCovering(r, texts, 0, QStringLiteral("divers inspected"), PassageKind::Verbatim);
        QVERIFY(p);
        QCOMPARE(p->articleCount(), 3);
        for (int a = 0; a < 3; ++a)
            QCOMPARE(slice(texts[a], p->spanIn(a)->start, p->spanIn(a)->end), QString(kP2).chopped(1));
        // Words of kP2 are supported by both other articles.
        const auto &words = r.words[2];
        QVERIFY(!words.isEmpty());
        QCOMPARE(r.support[2][0], quint8(2));
        QCOMPARE(r.support[2][words.size() - 1], quint8(0));
    }

    // A and B share three paragraphs; C only the middle one. The middle is one passage of all
    // three, the others A and B only, and no two textual passages overlap inside an article.
    void partlySharedPassageIsCutWhereTheOutletsChange()
    {
        const QList<QString> texts { join({ kP1, kP2, kP3 }), join({ kP1, kP2, kP3 }),
                                     join({ kP5, kP2, kP4 }) };
        const ComparisonResult r = Aligner().compare(texts);
        const Passage *middle
            = passageCovering(r, texts, 0, QStringLiteral("divers inspected"), PassageKind::Verbatim);
        QVERIFY(middle);
        QCOMPARE(middle->articleCount(), 3);
        QCOMPARE(slice(texts[2], middle->spanIn(2)->start, middle->spanIn(2)->end), QString(kP2).chopped(1));
        const Passage *first
            = passageCovering(r, texts, 0, QStringLiteral("northern lock"), PassageKind::Verbatim);
        QVERIFY(first);
        QCOMPARE(first->articleCount(), 2);
        QVERIFY(!first->spanIn(2));
        const Passage *last
            = passageCovering(r, texts, 1, QStringLiteral("shipping association"), PassageKind::Verbatim);
        QVERIFY(last);
        QCOMPARE(last->articleCount(), 2);
        for (int a = 0; a < 3; ++a) {
            QList<QPair<int, int>> spans;
            for (const Passage &p : r.passages) {
                if (p.kind != PassageKind::Paraphrase && p.spanIn(a))
                    spans.append({ p.spanIn(a)->start, p.spanIn(a)->end });
            }
            std::sort(spans.begin(), spans.end());
            for (qsizetype i = 1; i < spans.size(); ++i)
                QVERIFY2(spans[i].first >= spans[i - 1].second, qPrintable(QString::number(a)));
        }
    }

    // C leaves two words out of a sentence A and B share: one near passage of all three, with
    // the two words as an edit, rather than three passages.
    void shortDifferenceStaysInOnePassage()
    {
        const QString full = QStringLiteral(
            "Divers inspected the damage below the waterline on Tuesday, the harbour master said, while "
            "barges carrying grain and timber waited at the harbour mouth for the lock to open again.");
        const QString shorter = QStringLiteral(
            "Divers inspected the damage below the waterline on Tuesday, while barges carrying grain and "
            "timber waited at the harbour mouth for the lock to open again.");
        const QList<QString> texts { join({ kP1, full }), join({ kP3, full }), join({ kP4, shorter }) };
        const ComparisonResult r = Aligner().compare(texts);
        const Passage *p
            = passageCovering(r, texts, 2, QStringLiteral("waited at the harbour"), PassageKind::Near);
        QVERIFY(p);
        QCOMPARE(p->articleCount(), 3);
        QVERIFY(slice(texts[0], p->spanIn(0)->start, p->spanIn(0)->end).startsWith(QStringLiteral("Divers")));
        bool missing = false;
        for (const WordEdit &e : p->edits)
            missing = missing
                || (e.article == 2 && e.start == e.end
                    && slice(texts[0], e.refStart, e.refEnd) == QStringLiteral("the harbour master said"));
        QVERIFY(missing);
    }

    void sameShortQuotationIsShared()
    {
        // Seven words, one of them a content word: outside quotation marks that is a stock phrase,
        // but the same words quoted in both articles are the speaker's, reused.
        const QList<QString> texts {
            QStringLiteral(
                "The visitors lost late on Saturday evening. Asked about the penalty, the coach said: "
                "\"We switched off. That is on us.\""),
            QStringLiteral(
                "A late penalty decided the game in the north. \u201CWe switched off. That is on us, not on "
                "the referee,\u201D the coach said."),
            QStringLiteral(
                "Fans agreed that the side had switched off. That is on us all, one of them wrote."),
        };
        const ComparisonResult r = Aligner().compare(texts);
        const Passage *p = passageCovering(r, texts, 0, QStringLiteral("We switched off. That is on us"),
                                           PassageKind::Verbatim);
        QVERIFY(p);
        QVERIFY(p->spanIn(1));
        QVERIFY(!p->spanIn(2)); // the same words unquoted are no quotation of it
    }

    void uniquePassages()
    {
        const QString extra
            = QStringLiteral("Police later arrested two teenagers who had climbed onto the gate.");
        const QList<QString> texts { join({ kP1, kP2, kP3 }), join({ kP1, extra, kP2, kP3 }) };
        const ComparisonResult r = Aligner().compare(texts);
        QVERIFY(inUnique(r, texts, 1, QStringLiteral("arrested two teenagers who had climbed onto the")));
        QVERIFY(!inUnique(r, texts, 0, QStringLiteral("crack")));
        QCOMPARE(r.coverage[0][1], 1.0);
        QVERIFY(r.coverage[1][0] < 1.0);
        // The shorter article lies wholly inside the longer one; without dates it counts as derived.
        QCOMPARE(r.derivation[0], Derivation::WhollyDerived);
        QCOMPARE(r.derivation[1], Derivation::NonDerived);
        // With dates, the earlier article is the source.
        const ComparisonResult dated = Aligner().compare(
            texts, {}, nullptr,
            { QDateTime(QDate(2024, 1, 1), QTime(8, 0)), QDateTime(QDate(2024, 1, 2), QTime(8, 0)) });
        QCOMPARE(dated.derivation[0], Derivation::NonDerived);
        QCOMPARE(dated.derivation[1], Derivation::WhollyDerived);
    }

    void emptyAndSingleBundles()
    {
        const ComparisonResult none = Aligner().compare({});
        QCOMPARE(none.articleCount, 0);
        QVERIFY(none.passages.isEmpty());

        const ComparisonResult one = Aligner().compare({ join({ kP1, kP2 }) });
        QCOMPARE(one.articleCount, 1);
        QVERIFY(one.passages.isEmpty());
        QCOMPARE(one.derivation[0], Derivation::NonDerived);
        QCOMPARE(one.unique.size(), 2); // one per paragraph

        const ComparisonResult blanks = Aligner().compare({ QString(), QStringLiteral("  \n "), kP1 });
        QCOMPARE(blanks.articleCount, 3);
        QVERIFY(blanks.passages.isEmpty());
        QCOMPARE(blanks.wordCounts[0], 0);
    }

    void cyrillic()
    {
        const QString shared = QStringLiteral("Пожар на складе в порту потушили только к утру, сообщили в "
                                              "городской службе спасения.");
        const QList<QString> texts { join({ QStringLiteral("Вчера вечером в городе было тихо."), shared }),
                                     join({ shared.toUpper(),
                                            QStringLiteral("Погода завтра будет тёплой и сухой.") }) };
        const ComparisonResult r = Aligner().compare(texts);
        const Passage *p
            = passageCovering(r, texts, 0, QStringLiteral("службе спасения"), PassageKind::Verbatim);
        QVERIFY(p);
        QVERIFY(p->spanIn(1));
        QVERIFY(inUnique(r, texts, 1, QStringLiteral("тёплой и сухой")));
    }

    void cjkWithoutSpaces()
    {
        const QString shared = QStringLiteral("港口的仓库昨晚发生火灾消防员花了四个小时才把火扑灭");
        const QList<QString> texts { QStringLiteral("今天天气很好。") + shared + QStringLiteral("。"),
                                     shared + QStringLiteral("，市长表示将调查原因。") };
        const ComparisonResult a = Aligner().compare(texts);
        const ComparisonResult b = Aligner().compare(texts);
        const Passage *p = passageCovering(a, texts, 0, shared, PassageKind::Verbatim);
        QVERIFY(p);
        QCOMPARE(slice(texts[1], p->spanIn(1)->start, p->spanIn(1)->end), shared);
        QCOMPARE(a.passages.size(), b.passages.size());
        QCOMPARE(a.unique.size(), b.unique.size());
    }

    void repetitiveTextDoesNotDrown()
    {
        QStringList boiler;
        for (int i = 0; i < 2000; ++i)
            boiler << QStringLiteral("Subscribe now to read more local news every day.");
        const QString filler = boiler.join(QLatin1Char(' '));
        const QList<QString> texts { join({ filler, kP3, filler }), join({ kP1, kP3, filler.left(4000) }) };
        const ComparisonResult r = Aligner().compare(texts);
        QVERIFY(passageCovering(r, texts, 0, QStringLiteral("shipping association"), PassageKind::Verbatim));
        QVERIFY(r.passages.size() < 10);
        // Pure repetition on both sides must finish and stay small.
        const QString la = QStringLiteral("la ").repeated(20000);
        const ComparisonResult rr = Aligner().compare({ la, la });
        QVERIFY(rr.passages.size() < 10);
    }

    void cancellationAndProgress()
    {
        const QList<QString> texts { join({ kP1, kP2, kP3 }), join({ kP3, kP2, kP1 }) };
        std::atomic_bool cancel { true };
        const ComparisonResult cancelled = Aligner().compare(texts, {}, &cancel);
        QVERIFY(cancelled.cancelled);
        QVERIFY(cancelled.passages.isEmpty());

        QList<double> seen;
        const ComparisonResult done = Aligner().compare(texts, [&](double f) { seen << f; });
        QVERIFY(!done.cancelled);
        QVERIFY(seen.size() >= 3);
        QCOMPARE(seen.last(), 1.0);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    }

    void exampleBundle()
    {
        const Bundle bundle = BundleLoader::load({ QStringLiteral(SW_EXAMPLES "/harbour-fire") });
        QCOMPARE(bundle.articles.size(), 4);
        QFile truthFile(QStringLiteral(SW_TEST_DATA "/example-truth.json"));
        QVERIFY(truthFile.open(QIODevice::ReadOnly));
        const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();

        QList<QString> texts;
        QList<QDateTime> published;
        QHash<QString, int> byFile;
        for (const Article &a : bundle.articles) {
            byFile.insert(a.fileName, int(texts.size()));
            texts << a.text;
            published << a.published;
        }
        const int a01 = byFile.value(QStringLiteral("01-gothenburg-courier.txt"), -1);
        const int a02 = byFile.value(QStringLiteral("02-nordic-wire.html"), -1);
        const int a03 = byFile.value(QStringLiteral("03-baltic-herald.md"), -1);
        const int a04 = byFile.value(QStringLiteral("04-vastra-morning.txt"), -1);
        QVERIFY(a01 >= 0 && a02 >= 0 && a03 >= 0 && a04 >= 0);
        const ComparisonResult r = Aligner().compare(texts, {}, nullptr, published);

        // Verbatim samples lie in text shared by 01, 02 and 04: one passage, or consecutive ones where
        // the fourth outlet shares part of it (03 has "the Gothenburg Fire and Rescue Service").
        auto sharedRuns = [&](int article) {
            QList<QPair<int, int>> spans;
            for (const Passage &p : r.passages) {
                if (p.kind != PassageKind::Paraphrase && p.spanIn(a01) && p.spanIn(a02) && p.spanIn(a04))
                    spans.append({ p.spanIn(article)->start, p.spanIn(article)->end });
            }
            std::sort(spans.begin(), spans.end());
            QStringList runs;
            int runStart = -1;
            int runEnd = -1;
            for (const auto &[start, end] : spans) {
                // Adjacent passages are separated by spaces or punctuation only.
                if (runStart >= 0
                    && !slice(texts[article], runEnd, start)
                            .contains(QRegularExpression(QStringLiteral("\\w")))) {
                    runEnd = std::max(runEnd, end);
                    continue;
                }
                if (runStart >= 0)
                    runs << plain(slice(texts[article], runStart, runEnd));
                runStart = start;
                runEnd = end;
            }
            if (runStart >= 0)
                runs << plain(slice(texts[article], runStart, runEnd));
            return runs;
        };
        for (const QJsonValue &v : truth.value(QStringLiteral("verbatim_samples")).toArray()) {
            const QString sample = plain(v.toString());
            for (int a : { a01, a02, a04 }) {
                const QStringList runs = sharedRuns(a);
                QVERIFY2(std::any_of(runs.begin(), runs.end(),
                                     [&](const QString &run) { return run.contains(sample); }),
                         qPrintable(sample));
            }
        }

        // The moved paragraph of 02 is flagged moved.
        const QString movedStart = truth.value(QStringLiteral("moved"))
                                       .toObject()
                                       .value(QStringLiteral("paragraph_start"))
                                       .toString();
        // (It may be cut into passages where the other outlets' share changes: all are moved.)
        const qsizetype movedAt = plain(texts[a02]).indexOf(plain(movedStart));
        QVERIFY(movedAt >= 0);
        int movedSpans = 0;
        for (const Passage &p : r.passages) {
            const PassageSpan *s = p.spanIn(a02);
            if (p.kind == PassageKind::Paraphrase || !s || s->end <= movedAt
                || s->start >= movedAt + movedStart.size())
                continue;
            QVERIFY2(s->moved, qPrintable(slice(texts[a02], s->start, s->end)));
            ++movedSpans;
        }
        QVERIFY(movedSpans > 0);

        // Every unique sentence lies in a unique span of its article.
        const QJsonObject unique = truth.value(QStringLiteral("unique")).toObject();
        for (auto it = unique.begin(); it != unique.end(); ++it) {
            const int a = byFile.value(it.key(), -1);
            QVERIFY(a >= 0);
            for (const QJsonValue &v : it.value().toArray())
                QVERIFY2(inUnique(r, texts, a, v.toString()), qPrintable(v.toString()));
        }

        // 03 paraphrases 01 somewhere: a paraphrase passage, or 03 rewording a passage that 01
        // shares word for word with another outlet.
        bool paraphrase = false;
        for (const Passage &p : r.passages) {
            const PassageSpan *in03 = p.spanIn(a03);
            paraphrase = paraphrase
                || (p.spanIn(a01) && in03 && (p.kind == PassageKind::Paraphrase || in03->reworded));
        }
        QVERIFY(paraphrase);

        QCOMPARE(r.derivation[a01], Derivation::NonDerived);
        QVERIFY(r.derivation[a04] != Derivation::NonDerived);
        QVERIFY(r.coverage[a02][a01] > 0.7);
        QVERIFY(r.coverage[a04][a01] > 0.5);
    }
};

QTEST_GUILESS_MAIN(TestAligner)
#include "tst_aligner.moc"

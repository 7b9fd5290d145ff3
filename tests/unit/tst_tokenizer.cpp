// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "align/tokenizer.h"

#include <QTest>

using namespace sw;

class TestTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordsAndOffsets()
    {
        const QString text = QStringLiteral("Fire chief \u201cMara\u201d Okafor \u2013 at 05:30.");
        const QList<Token> tokens = Tokenizer::tokenize(text);
        QStringList words;
        for (const Token &t : tokens)
            words << text.mid(t.start, t.end - t.start);
        QCOMPARE(words,
                 (QStringList { QStringLiteral("Fire"), QStringLiteral("chief"), QStringLiteral("Mara"),
                                QStringLiteral("Okafor"), QStringLiteral("at"), QStringLiteral("05"),
                                QStringLiteral("30") }));
    }

    void caseAndApostrophesFold()
    {
        const auto a = Tokenizer::tokenize(QStringLiteral("THAT'S it"));
        const auto b = Tokenizer::tokenize(QStringLiteral("that\u2019s It"));
        QCOMPARE(a.size(), 2);
        QCOMPARE(b.size(), 2);
        QCOMPARE(a[0].hash, b[0].hash);
        QCOMPARE(a[1].hash, b[1].hash);
        QVERIFY(a[0].hash != a[1].hash);
    }

    void trailingApostropheIsNotPartOfWord()
    {
        const QString text = QStringLiteral("the actors' union");
        const auto tokens = Tokenizer::tokenize(text);
        QCOMPARE(tokens.size(), 3);
        QCOMPARE(text.mid(tokens[1].start, tokens[1].end - tokens[1].start), QStringLiteral("actors"));
    }

    void cjkCharactersAreTokens()
    {
        const QString text = QStringLiteral("\u6e2f\u53e3\u5287\u5834 fire");
        const auto tokens = Tokenizer::tokenize(text);
        QCOMPARE(tokens.size(), 5);
        QCOMPARE(tokens[4].start, 5);
    }

    void cyrillicAndDiacritics()
    {
        QCOMPARE(Tokenizer::countWords(QStringLiteral(
                     "\u041f\u043e\u0436\u0430\u0440 \u0432 \u0442\u0435\u0430\u0442\u0440\u0435")),
                 3);
        QCOMPARE(Tokenizer::countWords(QStringLiteral("G\u00f6ta \u00e4lv, Sj\u00f6str\u00f6m")), 3);
        QCOMPARE(Tokenizer::fold(QStringLiteral("\u00c5SA")), QStringLiteral("\u00e5sa"));
    }

    void surrogatePairsStayInOneToken()
    {
        const QString text = QStringLiteral("a \U0001D400bc d");
        const auto tokens = Tokenizer::tokenize(text);
        QCOMPARE(tokens.size(), 3);
        QCOMPARE(tokens[1].end - tokens[1].start, 4);
    }

    void emptyAndPunctuationOnly()
    {
        QVERIFY(Tokenizer::tokenize(QString()).isEmpty());
        QVERIFY(Tokenizer::tokenize(QStringLiteral(" \u2014 \"\" ... ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bundle/markuptext.h"

#include <QElapsedTimer>
#include <QTest>

using namespace sw;

namespace {

// Every word of the display text maps back onto the same word in the source.
void verifyMapsWords(const QString &display, const QString &source, const OffsetMap &map, const QString &word)
{
    const qsizetype at = display.indexOf(word);
    QVERIFY2(at >= 0, qPrintable(word));
    const qsizetype src = map.toSource(at);
    QCOMPARE(source.mid(src, word.size()), word);
}

QString repeated(const char *piece, int count)
{
    return QString::fromLatin1(piece).repeated(count);
}

// Hostile inputs must be read in time linear in their size; these limits are generous for that
// (each case takes well under a second) and far below what a quadratic scan needs.
constexpr qint64 LinearTimeLimitMs = 10000;

} // namespace

class TestMarkupText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainTextParagraphs()
    {
        const QString src = QStringLiteral(
            "Headline here\r\n\r\nFirst   paragraph\r\nwraps here.\r\n\r\n\r\nSecond one.\n");
        const ExtractedText t = extractPlainText(src);
        QCOMPARE(t.text, QStringLiteral("Headline here\nFirst paragraph wraps here.\nSecond one."));
        QCOMPARE(t.title, QStringLiteral("Headline here"));
        verifyMapsWords(t.text, src, t.map, QStringLiteral("wraps"));
        verifyMapsWords(t.text, src, t.map, QStringLiteral("Second"));
    }

    void plainTextWithoutBlankLinesKeepsLines()
    {
        const ExtractedText t = extractPlainText(QStringLiteral("One line.\nAnother line.\n"));
        QCOMPARE(t.text, QStringLiteral("One line.\nAnother line."));
    }

    void plainTextCaptionOnItsOwnLineStaysApart()
    {
        // Paragraphs written one per line with blank lines between, and a photo caption on the
        // line above a paragraph: the caption does not run into the text.
        const QString body = QStringLiteral(
            "The ferry Solvik left the harbour at dawn with 212 passengers on board, an hour later than "
            "planned because of fog over the sound.");
        const QString src
            = QStringLiteral("Ferry sails at last\n\nThe Solvik at the quay. Photo: Ines Malvik\n") + body
            + QStringLiteral("\n\nPassengers were offered free coffee on the crossing, the operator said in "
                             "a short statement on its website.\n");
        const ExtractedText t = extractPlainText(src);
        QVERIFY2(t.text.contains(QStringLiteral("Photo: Ines Malvik\nThe ferry Solvik")), qPrintable(t.text));
    }

    void plainTextHardWrappedWithoutBlankLinesIsRejoined()
    {
        // Wrapped at about 60 columns, paragraphs end with a short line.
        const QString src = QStringLiteral("Ferry crews on the Skarholm crossing stopped work at six on\n"
                                           "Monday morning after talks with the operator broke down over\n"
                                           "night-shift pay.\n"
                                           "About 4,200 passengers a day use the crossing, which links\n"
                                           "the island to the mainland port of Vellby on the east coast.\n"
                                           "The last strike, in 2019, lasted eleven days.\n");
        const ExtractedText t = extractPlainText(src);
        QCOMPARE(
            t.text,
            QStringLiteral("Ferry crews on the Skarholm crossing stopped work at six on Monday morning after "
                           "talks with the operator broke down over night-shift pay.\n"
                           "About 4,200 passengers a day use the crossing, which links the island to the "
                           "mainland port of Vellby on the east coast. The last strike, in 2019, lasted "
                           "eleven days."));
        verifyMapsWords(t.text, src, t.map, QStringLiteral("Monday"));
    }

    void markdownMarkupIsRemoved()
    {
        const QString src = QStringLiteral(
            "# The *big* fire #\n\nSome **bold** text and a [link](https://example.org \"t\") and `code`.\n"
            "Next line with snake_case and _emphasis_.\n\n- item one\n- item two\n\n> A quoted line\n> "
            "continues.\n\n"
            "---\n\n![alt text](img.png) \\*literal\\*\n\n[ref]: https://example.org\n");
        const ExtractedText t = extractMarkdown(src);
        QCOMPARE(t.title, QStringLiteral("The *big* fire"));
        QCOMPARE(
            t.text,
            QStringLiteral("The big fire\n"
                           "Some bold text and a link and code. Next line with snake_case and emphasis.\n"
                           "item one\nitem two\nA quoted line continues.\nalt text *literal*"));
        verifyMapsWords(t.text, src, t.map, QStringLiteral("bold"));
        verifyMapsWords(t.text, src, t.map, QStringLiteral("continues"));
        verifyMapsWords(t.text, src, t.map, QStringLiteral("item two"));
    }

    void joinedLinesMapTheirSpaceForward()
    {
        // The space that joins two lines of a paragraph stands for the line break; it used to map
        // back onto the last space inside the first line (found by fuzz_markdown).
        for (const QString &src :
             { QStringLiteral("Ferry towed back to port\r\nby two tugs\r\n\r\nNo one was hurt.\r\n"),
               QStringLiteral("Ferry towed back to port\nby two tugs\n\nNo one was hurt.\n") }) {
            for (const ExtractedText &t : { extractMarkdown(src), extractPlainText(src) }) {
                QCOMPARE(t.text, QStringLiteral("Ferry towed back to port by two tugs\nNo one was hurt."));
                const qsizetype joint = t.text.indexOf(QLatin1String(" by"));
                QCOMPARE(t.map.toSource(joint), src.indexOf(QLatin1String("port")) + 4);
                qsizetype previous = 0;
                for (qsizetype i = 0; i <= t.text.size(); ++i) {
                    QVERIFY(t.map.toSource(i) >= previous);
                    previous = t.map.toSource(i);
                }
            }
        }
    }

    void htmlStructureAndEntities()
    {
        const QString src = QStringLiteral(
            "<!DOCTYPE html><html><head><title>Page title | Site</title><style>p{color:red}</style>"
            "<script>var x = '<p>not text</p>';</script></head><body><nav><a href=\"/\">Home</a></nav>"
            "<h1>Fire &amp; smoke</h1><p>Chief said &ldquo;we   got\nout&rdquo;.<br>Next</p><div>Tom&#8217;s "
            "<b>bold</b>"
            "<i>italic</i></div><img src=\"/dev/zero\"><footer>\u00a9 Site</footer></body></html>");
        const ExtractedText t = extractHtml(src);
        QCOMPARE(t.title, QStringLiteral("Fire & smoke"));
        QCOMPARE(
            t.text,
            QStringLiteral("Fire & smoke\nChief said \u201cwe got out\u201d. Next\nTom\u2019s bolditalic"));
        verifyMapsWords(t.text, src, t.map, QStringLiteral("smoke"));
        verifyMapsWords(t.text, src, t.map, QStringLiteral("Chief"));
        verifyMapsWords(t.text, src, t.map, QStringLiteral("out"));
        // An entity maps to the whole entity in the source.
        const qsizetype amp = t.text.indexOf(QLatin1Char('&'));
        QCOMPARE(src.mid(t.map.toSource(amp), 5), QStringLiteral("&amp;"));
    }

    void htmlArticleElementIsPreferred()
    {
        const ExtractedText t = extractHtml(QStringLiteral(
            "<html><body><div>Menu "
            "stuff</div><article><h2>Story</h2><p>Body.</p></article><div>Ads</div></body></html>"));
        QCOMPARE(t.text, QStringLiteral("Story\nBody."));
    }

    void brokenHtmlDoesNotCrash()
    {
        const ExtractedText t
            = extractHtml(QStringLiteral("<p>unclosed <b>bold <i>and &bogus; &#xZZ; <p>next"));
        QVERIFY(t.text.contains(QLatin1String("unclosed bold and")));
        QVERIFY(t.text.contains(QLatin1String("next")));
    }

    void deeplyNestedHtmlIsFlattenedNotACrash()
    {
        // 300 000 open elements: the recursive walks overflowed the stack.
        const QString src = repeated("<span>", 300000) + QStringLiteral("deep words");
        const ExtractedText t = extractHtml(src);
        QCOMPARE(t.text, QStringLiteral("deep words"));
        QCOMPARE(t.warnings.size(), 1);
        verifyMapsWords(t.text, src, t.map, QStringLiteral("words"));
    }

    void blankedDeepTagsWithAccentsKeepOffsets()
    {
        // A tag beyond the limit with accented and curly-quoted attributes is blanked; the text
        // after it still maps onto its own characters (found by the fuzzer: it mapped past the end).
        const QString src = repeated("<span>", 600)
            + QStringLiteral("<spanr\u00f6m title=\u201csaid\u201d \U0001F600>Ferry news \u2013 at last");
        const ExtractedText t = extractHtml(src);
        QVERIFY2(t.text.endsWith(QStringLiteral("Ferry news \u2013 at last")), qPrintable(t.text));
        verifyMapsWords(t.text, src, t.map, QStringLiteral("Ferry news"));
        verifyMapsWords(t.text, src, t.map, QStringLiteral("last"));
    }

    void deeplyNestedHtmlKeepsItsTextAndStructureAboveTheLimit()
    {
        const QString src = QStringLiteral("<h1>Title</h1><p>First.</p>") + repeated("<div>", 2000)
            + QStringLiteral("Inner text") + repeated("</div>", 2000) + QStringLiteral("<p>After.</p>");
        const ExtractedText t = extractHtml(src);
        QCOMPARE(t.title, QStringLiteral("Title"));
        QCOMPARE(t.text, QStringLiteral("Title\nFirst.\nInner text\nAfter."));
        verifyMapsWords(t.text, src, t.map, QStringLiteral("After"));
    }

    void shallowHtmlHasNoNestingWarning()
    {
        // Unclosed paragraphs and list items, void elements and scripts do not nest.
        const QString src = QStringLiteral("<ul>") + repeated("<li>item<br><img src=x>", 3000)
            + QStringLiteral("</ul>") + repeated("<p>para <script>if (a<b) {}</script>", 3000);
        const ExtractedText t = extractHtml(src);
        QVERIFY(t.warnings.isEmpty());
        QVERIFY(t.text.startsWith(QLatin1String("item\nitem\n")));
    }

    void deeplyNestedDivsAreLinear()
    {
        QElapsedTimer timer;
        timer.start();
        const ExtractedText t
            = extractHtml(repeated("<div>", 200000) + QStringLiteral("x") + repeated("</div>", 200000));
        QCOMPARE(t.text, QStringLiteral("x"));
        QVERIFY2(timer.elapsed() < LinearTimeLimitMs, qPrintable(QString::number(timer.elapsed())));
    }

    void strayEndTagsDoNotDefeatTheDepthLimit()
    {
        QElapsedTimer timer;
        timer.start();
        const ExtractedText t = extractHtml(repeated("<span></b>", 200000) + QStringLiteral("x"));
        QCOMPARE(t.text, QStringLiteral("x"));
        QVERIFY2(timer.elapsed() < LinearTimeLimitMs, qPrintable(QString::number(timer.elapsed())));
    }

    void lessThanSignsInHtmlAndMarkdownAreLinear()
    {
        const QString src = repeated("a < b\n\n", 200000);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(extractMarkdown(src).text.startsWith(QLatin1String("a < b\na < b")));
        QVERIFY(extractHtml(src).text.startsWith(QLatin1String("a < b a < b")));
        QVERIFY2(timer.elapsed() < LinearTimeLimitMs, qPrintable(QString::number(timer.elapsed())));
    }

    void nestedMarkdownLinksDoNotCrash()
    {
        const QString src = repeated("[", 100000) + QStringLiteral("x") + repeated("](a)", 100000);
        const ExtractedText t = extractMarkdown(src);
        QCOMPARE(t.text, QStringLiteral("x"));
    }

    void nestedMarkdownLinksKeepTheirText()
    {
        const QString src
            = QStringLiteral("See [the [inner](b) and _outer_](a) text, [ref][r] and ![alt](i.png).");
        const ExtractedText t = extractMarkdown(src);
        QCOMPARE(t.text, QStringLiteral("See the inner and outer text, ref and alt."));
        verifyMapsWords(t.text, src, t.map, QStringLiteral("outer"));
    }

    void unmatchedMarkdownBracketsAreLinear()
    {
        QElapsedTimer timer;
        timer.start();
        const ExtractedText t
            = extractMarkdown(repeated("[", 400000) + QStringLiteral(" end ") + repeated("(", 400000));
        QVERIFY(t.text.contains(QLatin1String(" end ")));
        QVERIFY2(timer.elapsed() < LinearTimeLimitMs, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestMarkupText)
#include "tst_markuptext.moc"

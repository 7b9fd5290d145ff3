// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Tests the KSyntaxHighlighting adapter. Where CMake found KF6 KSyntaxHighlighting (Debian 13) the
// highlighting tests run and the plain-fallback test is skipped; elsewhere (Debian 12) the reverse.
#include "source/syntaxadapter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#ifdef SW_HAVE_KF6
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#endif

using sw::ui::SyntaxAdapter;

namespace {

#define SKIP_WITHOUT_KSH()                                                                                   \
    if (!SyntaxAdapter::isAvailable())                                                                       \
    QSKIP("built without KF6 KSyntaxHighlighting (Debian 12); runs in CI's Debian 13 stage")

const QString kHtmlSample = QStringLiteral("<html><body><!-- lead -->\n"
                                           "<p class=\"x\">Fire &amp; smoke</p></body></html>\n");

// Number of distinct foreground colours the highlighter applied in the document.
int formatsApplied(QTextDocument &doc)
{
    QList<QRgb> colours;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const auto formats = b.layout()->formats();
        for (const QTextLayout::FormatRange &r : formats) {
            const QRgb c = r.format.foreground().color().rgba();
            if (!colours.contains(c))
                colours << c;
        }
    }
    return int(colours.size());
}

// The format at `needle` in the document.
QTextCharFormat formatAt(QTextDocument &doc, const QString &needle)
{
    const int pos = int(doc.toPlainText().indexOf(needle));
    const QTextBlock block = doc.findBlock(pos);
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &r : formats) {
        if (pos - block.position() >= r.start && pos - block.position() < r.start + r.length)
            return r.format;
    }
    return {};
}

QRgb colourAt(QTextDocument &doc, const QString &needle)
{
    return formatAt(doc, needle).foreground().color().rgba();
}

} // namespace

class TestSyntaxAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainWithoutKSyntaxHighlighting()
    {
        if (SyntaxAdapter::isAvailable())
            QSKIP("built with KF6 KSyntaxHighlighting: there is no plain fallback to test");
        SyntaxAdapter adapter(QStringLiteral(SW_KSYNTAX_DIR));
        QTextDocument html;
        html.setPlainText(kHtmlSample);
        QVERIFY(adapter.highlight(&html, QStringLiteral("02-nordic-wire.html")).isEmpty());
        QCOMPARE(formatsApplied(html), 0);
        QVERIFY(adapter.sourceThemeNames().isEmpty());
        QVERIFY(!adapter.setTheme(&html, QStringLiteral("Breeze Dark")));
        QCOMPARE(adapter.themeNames(), QStringList({ QStringLiteral("Light"), QStringLiteral("Dark") }));
        QVERIFY(SyntaxAdapter::backendDescription().contains(QStringLiteral("built-in")));
    }

    void builtInThemes()
    {
        SyntaxAdapter adapter;
        const QStringList names = adapter.themeNames();
        QVERIFY(names.contains(QStringLiteral("Light")));
        QVERIFY(names.contains(QStringLiteral("Dark")));
        QVERIFY(!adapter.palette(QStringLiteral("Light")).dark);
        QVERIFY(adapter.palette(QStringLiteral("Dark")).dark);
        QVERIFY(adapter.palette(QStringLiteral("Dark")).background.lightness() < 80);
    }

    // The HTML definition's styles, in the colours of the theme that was asked for.
    void highlightsAKnownHtmlSample()
    {
        SKIP_WITHOUT_KSH();
#ifdef SW_HAVE_KF6
        namespace KSH = KSyntaxHighlighting;
        SyntaxAdapter adapter(QStringLiteral(SW_KSYNTAX_DIR));
        QTextDocument html;
        html.setPlainText(kHtmlSample);
        QCOMPARE(
            adapter.highlight(&html, QStringLiteral("02-nordic-wire.html"), QStringLiteral("Breeze Light")),
            QStringLiteral("HTML"));
        const KSH::Theme theme = KSH::Repository().theme(QStringLiteral("Breeze Light"));
        QVERIFY(theme.isValid());
        QCOMPARE(colourAt(html, QStringLiteral("body")), theme.textColor(KSH::Theme::Keyword)); // element
        QCOMPARE(colourAt(html, QStringLiteral("class")), theme.textColor(KSH::Theme::Others)); // attribute
        QCOMPARE(colourAt(html, QStringLiteral("\"x\"")), theme.textColor(KSH::Theme::String)); // value
        QCOMPARE(colourAt(html, QStringLiteral("&amp;")), theme.textColor(KSH::Theme::DecVal)); // entity
        QCOMPARE(colourAt(html, QStringLiteral("lead")), theme.textColor(KSH::Theme::Comment));
        // Plain text is not formatted as an element (Breeze Light gives both one colour; elements are bold).
        QVERIFY(formatAt(html, QStringLiteral("smoke")) != formatAt(html, QStringLiteral("body")));
#endif
    }

    void highlightsMarkdown()
    {
        SKIP_WITHOUT_KSH();
        SyntaxAdapter adapter(QStringLiteral(SW_KSYNTAX_DIR));
        QTextDocument md;
        md.setPlainText(
            QStringLiteral("# Heading\n\nSome **bold** text and a [link](https://example.org).\n"));
        QCOMPARE(adapter.highlight(&md, QStringLiteral("03-baltic-herald.md")), QStringLiteral("Markdown"));
        QVERIFY2(formatsApplied(md) >= 2, "Markdown heading and text should get different formats");
        QVERIFY(formatAt(md, QStringLiteral("Heading")) != formatAt(md, QStringLiteral("text and")));
    }

    // Switching the theme re-colours the same document; an unknown theme changes nothing.
    void switchesThemes()
    {
        SKIP_WITHOUT_KSH();
        SyntaxAdapter adapter(QStringLiteral(SW_KSYNTAX_DIR));
        QVERIFY(adapter.sourceThemeNames().contains(QStringLiteral("Breeze Light")));
        QVERIFY(adapter.sourceThemeNames().contains(QStringLiteral("Breeze Dark")));
        QTextDocument html;
        html.setPlainText(kHtmlSample);
        adapter.highlight(&html, QStringLiteral("a.html"), QStringLiteral("Breeze Light"));
        const QRgb light = colourAt(html, QStringLiteral("body"));
        QCOMPARE(light, adapter.palette(QStringLiteral("Breeze Light")).accent.rgba());
        QVERIFY(adapter.setTheme(&html, QStringLiteral("Breeze Dark")));
        const QRgb dark = colourAt(html, QStringLiteral("body"));
        QCOMPARE(dark, adapter.palette(QStringLiteral("Breeze Dark")).accent.rgba());
        QVERIFY(dark != light);
        QVERIFY(!adapter.setTheme(&html, QStringLiteral("No Such Theme")));
        QCOMPARE(colourAt(html, QStringLiteral("body")), dark);
        QTextDocument plain;
        QVERIFY(!adapter.setTheme(&plain, QStringLiteral("Breeze Light")));
        QVERIFY(!adapter.defaultSourceTheme(false).isEmpty());
        QVERIFY(adapter.palette(adapter.defaultSourceTheme(true)).dark);
    }

    void newsTextDefinitionFromCustomPath()
    {
        SKIP_WITHOUT_KSH();
        SyntaxAdapter adapter(QStringLiteral(SW_KSYNTAX_DIR));
        QTextDocument doc;
        doc.setPlainText(QStringLiteral("Chief Okafor said \"we got out\" at 05:30 on 2026-03-14; see "
                                        "https://example.org/a and @okafor #fire 38 people.\n"));
        QCOMPARE(adapter.highlight(&doc, QStringLiteral("01-gothenburg-courier.txt")),
                 QStringLiteral("News Text"));
        const QTextCharFormat plain = formatAt(doc, QStringLiteral("Chief"));
        const QTextCharFormat quote = formatAt(doc, QStringLiteral("we got"));
        const QTextCharFormat url = formatAt(doc, QStringLiteral("example.org"));
        const QTextCharFormat handle = formatAt(doc, QStringLiteral("@okafor"));
        const QTextCharFormat tag = formatAt(doc, QStringLiteral("#fire"));
        const QTextCharFormat date = formatAt(doc, QStringLiteral("2026-03-14"));
        const QTextCharFormat number = formatAt(doc, QStringLiteral("38"));
        QVERIFY(quote.foreground() != plain.foreground());
        QVERIFY(url.fontUnderline());
        QVERIFY(handle.foreground() != plain.foreground());
        QVERIFY(tag.foreground() != plain.foreground());
        QVERIFY(date.foreground() != plain.foreground());
        QVERIFY(number.foreground() != plain.foreground());
        QVERIFY(date.foreground() != number.foreground());
    }

    void ksyntaxThemesMapToPalettes()
    {
        SKIP_WITHOUT_KSH();
        SyntaxAdapter adapter;
        QVERIFY(adapter.themeNames().contains(QStringLiteral("Breeze Dark")));
        const sw::ui::ReadingPalette breezeDark = adapter.palette(QStringLiteral("Breeze Dark"));
        QCOMPARE(breezeDark.name, QStringLiteral("Breeze Dark"));
        QVERIFY(breezeDark.dark);
        QVERIFY(breezeDark.text.lightness() > breezeDark.background.lightness());
        const sw::ui::ReadingPalette breezeLight = adapter.palette(QStringLiteral("Breeze Light"));
        QVERIFY(!breezeLight.dark);
        QVERIFY(breezeLight.background != breezeDark.background);
    }
};

QTEST_MAIN(TestSyntaxAdapter)
#include "tst_syntaxadapter.moc"

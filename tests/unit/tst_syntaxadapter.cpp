// Tests the KSyntaxHighlighting adapter. Built twice: in the Qt 6 app (where it exercises whichever backend
// CMake found) and in tests/ksyntax-qt5 against Debian's KF5 build, so the KSyntaxHighlighting code path is
// compiled and tested here even when the Qt 6 app cannot link KF6.
#include "source/syntaxadapter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using sw::ui::SyntaxAdapter;

namespace {

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

} // namespace

class TestSyntaxAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlightsHtmlAndMarkdown()
    {
        SyntaxAdapter adapter(QStringLiteral(SW_KSYNTAX_DIR));
        QTextDocument html;
        html.setPlainText(QStringLiteral("<html><body><p class=\"x\">Fire &amp; smoke</p></body></html>\n"));
        QTextDocument md;
        md.setPlainText(
            QStringLiteral("# Heading\n\nSome **bold** text and a [link](https://example.org).\n"));
        const QString htmlDef = adapter.highlight(&html, QStringLiteral("02-nordic-wire.html"));
        const QString mdDef = adapter.highlight(&md, QStringLiteral("03-baltic-herald.md"));
        if (!SyntaxAdapter::isAvailable()) {
            QVERIFY(htmlDef.isEmpty());
            QVERIFY(mdDef.isEmpty());
            QCOMPARE(formatsApplied(html), 0);
            QVERIFY(SyntaxAdapter::backendDescription().contains(QStringLiteral("built-in")));
            return;
        }
        QCOMPARE(htmlDef, QStringLiteral("HTML"));
        QCOMPARE(mdDef, QStringLiteral("Markdown"));
        QVERIFY2(formatsApplied(html) >= 2, "HTML tags and text should get different formats");
        QVERIFY2(formatsApplied(md) >= 2, "Markdown heading and text should get different formats");
        QVERIFY(formatAt(html, QStringLiteral("body")) != formatAt(html, QStringLiteral("smoke")));
    }

    void newsTextDefinitionFromCustomPath()
    {
        SyntaxAdapter adapter(QStringLiteral(SW_KSYNTAX_DIR));
        QTextDocument doc;
        doc.setPlainText(QStringLiteral("Chief Okafor said \"we got out\" at 05:30 on 2026-03-14; see "
                                        "https://example.org/a and @okafor #fire 38 people.\n"));
        const QString def = adapter.highlight(&doc, QStringLiteral("01-gothenburg-courier.txt"));
        if (!SyntaxAdapter::isAvailable()) {
            QVERIFY(def.isEmpty());
            return;
        }
        QCOMPARE(def, QStringLiteral("News Text"));
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

    void themesMapToPalettes()
    {
        SyntaxAdapter adapter;
        const QStringList names = adapter.themeNames();
        QVERIFY(names.contains(QStringLiteral("Light")));
        QVERIFY(names.contains(QStringLiteral("Dark")));
        QVERIFY(!adapter.palette(QStringLiteral("Light")).dark);
        QVERIFY(adapter.palette(QStringLiteral("Dark")).dark);
        QVERIFY(adapter.palette(QStringLiteral("Dark")).background.lightness() < 80);
        if (!SyntaxAdapter::isAvailable()) {
            QCOMPARE(names.size(), 2);
            return;
        }
        QVERIFY(names.contains(QStringLiteral("Breeze Dark")));
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

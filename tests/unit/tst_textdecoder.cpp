// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bundle/textdecoder.h"

#include <QTest>

using namespace sw;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strictUtf8()
    {
        const DecodedText d = TextDecoder::decode(
            QStringLiteral("G\u00f6ta \u00e4lv \u2013 \u201cquoted\u201d").toUtf8(), QStringLiteral("a.txt"));
        QVERIFY(!d.error);
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d.text, QStringLiteral("G\u00f6ta \u00e4lv \u2013 \u201cquoted\u201d"));
        QVERIFY(d.warnings.isEmpty());
    }

    void byteOrderMarks()
    {
        QByteArray utf8bom("\xEF\xBB\xBFHello");
        QCOMPARE(TextDecoder::decode(utf8bom, QStringLiteral("a")).text, QStringLiteral("Hello"));
        QCOMPARE(TextDecoder::decode(utf8bom, QStringLiteral("a")).encoding, QStringLiteral("UTF-8 (BOM)"));

        QByteArray utf16le("\xFF\xFE", 2);
        const QString s = QStringLiteral("Malm\u00f6 news");
        utf16le.append(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
        const DecodedText d = TextDecoder::decode(utf16le, QStringLiteral("u16.txt"));
        QVERIFY(!d.error); // NUL bytes of UTF-16 are not mistaken for binary
        QCOMPARE(d.encoding, QStringLiteral("UTF-16LE (BOM)"));
        QCOMPARE(d.text, s);
    }

    void utf16WithoutByteOrderMark()
    {
        const QString s
            = QStringLiteral("Malm\u00f6 harbour news, \u041c\u043e\u0441\u043a\u0432\u0430 desk.\n");
        QByteArray le;
        QByteArray be;
        for (const QChar c : s) {
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        const DecodedText dle = TextDecoder::decode(le, QStringLiteral("le.txt"));
        QVERIFY2(!dle.error, qPrintable(dle.error.message));
        QCOMPARE(dle.encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(dle.text, s);
        const DecodedText dbe = TextDecoder::decode(be, QStringLiteral("be.txt"));
        QVERIFY2(!dbe.error, qPrintable(dbe.error.message));
        QCOMPARE(dbe.encoding, QStringLiteral("UTF-16BE"));
        QCOMPARE(dbe.text, s);
        // Small 16-bit numbers have the same NUL pattern, but are not text.
        QByteArray numbers;
        for (int i = 0; i < 200; ++i)
            numbers.append(char(i % 32)).append('\0');
        QCOMPARE(TextDecoder::decode(numbers, QStringLiteral("n.bin")).error.kind, ErrorKind::Binary);
    }

    void windows1252Fallback()
    {
        // "Sjöström “said” – 5 €" in Windows-1252.
        const QByteArray bytes(
            "Sj\xf6str\xf6m \x93said\x94 \x96 5 \x80 in the harbour of G\xf6teborg today.");
        const DecodedText d = TextDecoder::decode(bytes, QStringLiteral("cp.txt"));
        QVERIFY(!d.error);
        QCOMPARE(d.encoding, QStringLiteral("windows-1252"));
        QVERIFY(d.text.startsWith(QStringLiteral("Sj\u00f6str\u00f6m \u201csaid\u201d \u2013 5 \u20ac in")));
    }

    void declaredHtmlCharsetIsUsed()
    {
        const QByteArray html(
            "<html><head><meta charset=\"iso-8859-1\"></head><body>na\xefve caf\xe9</body></html>");
        QCOMPARE(TextDecoder::sniffHtmlCharset(html), QByteArray("iso-8859-1"));
        const DecodedText d
            = TextDecoder::decode(html, QStringLiteral("p.html"), TextDecoder::sniffHtmlCharset(html));
        QCOMPARE(d.encoding, QStringLiteral("windows-1252"));
        QVERIFY(d.text.contains(QStringLiteral("na\u00efve caf\u00e9")));
    }

    void binaryIsRefused()
    {
        QByteArray pdf("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n");
        pdf.append(QByteArray(64, '\0'));
        const DecodedText d = TextDecoder::decode(pdf, QStringLiteral("scan.txt"));
        QCOMPARE(d.error.kind, ErrorKind::Binary);
        QVERIFY(d.error.message.startsWith(QLatin1String("scan.txt is not a text article")));
        QVERIFY2(d.error.message.contains(QLatin1String("PDF")), qPrintable(d.error.message));
    }

    void controlCharactersAreBinary()
    {
        QByteArray junk;
        for (int i = 0; i < 400; ++i)
            junk.append(char(i % 31 + 1));
        QCOMPARE(TextDecoder::decode(junk, QStringLiteral("j.txt")).error.kind, ErrorKind::Binary);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"

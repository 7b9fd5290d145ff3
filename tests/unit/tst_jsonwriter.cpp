// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "util/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sw;

class tst_JsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every string a news article can hold comes out as QJsonDocument writes it, so the streamed
    // `analyze --format json` parses to the same values as before.
    void stringsAreEscapedLikeQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("The mayor opened the bridge.");
        QTest::newRow("quotes") << QStringLiteral("\"We are ready,\" she said.");
        QTest::newRow("backslash") << QStringLiteral("C:\\archive\\2026");
        QTest::newRow("controls") << QStringLiteral("line\nbreak\ttab\rreturn\b\f") + QChar(0x01)
                + QChar(0x1f);
        QTest::newRow("non-ascii") << QStringLiteral("Malmö – “Åsa” Ørsted 東京");
        QTest::newRow("emoji") << QStringLiteral("fire 🔥 crew");
        QTest::newRow("empty") << QString();
        QTest::newRow("lone surrogates") << QString(QChar(0xd800)) + QStringLiteral("a") + QChar(0xdc00);
        QTest::newRow("three-byte") << QStringLiteral("€ ‰ ﬁ") + QChar(0xfffd) + QChar(0xffff);
    }
    void stringsAreEscapedLikeQJsonDocument()
    {
        QFETCH(QString, text);
        QByteArray written;
        JsonWriter(written).beginArray().value(text).endArray();
        const QByteArray expected = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
        QCOMPARE(written, expected);
    }

    void nestedContainersGetTheirCommas()
    {
        QByteArray written;
        JsonWriter json(written);
        json.beginObject();
        json.key("id").value(7);
        json.key("kind").value(QStringLiteral("near"));
        json.key("score").value(0.638);
        json.key("spans").beginArray();
        json.beginObject().key("moved").value(false).key("start").value(qint64(12)).endObject();
        json.beginObject().key("moved").value(true).endObject();
        json.endArray();
        json.key("empty").beginArray().endArray();
        json.key(QStringLiteral("ö\"key")).value(1.0);
        json.endObject();
        QCOMPARE(written,
                 QByteArray(
                     "{\"id\":7,\"kind\":\"near\",\"score\":0.638,\"spans\":[{\"moved\":false,\"start\":12},"
                     "{\"moved\":true}],\"empty\":[],\"\xc3\xb6\\\"key\":1}"));
        QJsonParseError error;
        QJsonDocument::fromJson(written, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void numbersAreWrittenLikeQJsonDocument()
    {
        for (double d : { 0.0, 1.0, 0.5, 0.333, 12345.678, -2.25, 1e-7 }) {
            QByteArray written;
            JsonWriter(written).beginArray().value(d).endArray();
            QCOMPARE(written, QJsonDocument(QJsonArray { d }).toJson(QJsonDocument::Compact));
        }
        QByteArray written;
        JsonWriter(written).beginArray().value(qQNaN()).value(qInf()).endArray();
        QCOMPARE(written, QByteArray("[null,null]"));
    }

    // The frame of the streamed arrays of `analyze` and `suggest` --format json, byte for byte.
    void arrayLinesFrameOneElementALine()
    {
        QByteArray written = "{\n";
        {
            JsonArrayLines lines(written, "passages");
            for (int i = 0; i < 2; ++i) {
                lines.next();
                JsonWriter(written).beginObject().key("id").value(i).endObject();
            }
            lines.end(false);
        }
        JsonArrayLines(written, "unique").end(true);
        written += "}\n";
        QCOMPARE(written,
                 QByteArray("{\n  \"passages\": [\n    {\"id\":0},\n    {\"id\":1}\n  ],\n"
                            "  \"unique\": []\n}\n"));
        QJsonParseError error;
        QJsonDocument::fromJson(written, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
};

QTEST_APPLESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "align/passagekind.h"

#include <QSet>
#include <QTest>

using namespace sw;

class tst_PassageKind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The names in files (analyze's JSON, the HTML report's classes) and the keys in the saved
    // preferences are fixed: users' files and settings must keep their meaning.
    void namesAreThoseOfFilesAndSettings_data()
    {
        QTest::addColumn<PassageKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("settingsKey");
        QTest::newRow("verbatim") << PassageKind::Verbatim << QStringLiteral("verbatim")
                                  << QStringLiteral("verbatim");
        QTest::newRow("near") << PassageKind::Near << QStringLiteral("near") << QStringLiteral("near");
        QTest::newRow("paraphrase") << PassageKind::Paraphrase << QStringLiteral("paraphrase")
                                    << QStringLiteral("paraphrase");
        QTest::newRow("only here") << PassageKind::OnlyHere << QStringLiteral("only-here")
                                   << QStringLiteral("unique");
        QTest::newRow("moved") << PassageKind::Moved << QStringLiteral("moved") << QStringLiteral("moved");
    }
    void namesAreThoseOfFilesAndSettings()
    {
        QFETCH(PassageKind, kind);
        QFETCH(QString, name);
        QFETCH(QString, settingsKey);
        QCOMPARE(passageKindName(kind), name);
        QCOMPARE(passageKindSettingsKey(kind), settingsKey);
    }

    // Every kind's name and settings key read back as that kind, and no two kinds share a word.
    void namesRoundTrip()
    {
        QSet<QString> words;
        for (PassageKind kind : allPassageKinds) {
            QVERIFY(passageKindFromName(passageKindName(kind)) == kind);
            QVERIFY(passageKindFromName(passageKindSettingsKey(kind)) == kind);
            words.insert(passageKindName(kind));
            if (passageKindSettingsKey(kind) != passageKindName(kind))
                words.insert(passageKindSettingsKey(kind));
        }
        QCOMPARE(words.size(), qsizetype(allPassageKinds.size()) + 1); // "unique" is the one extra
    }

    void otherWordsAreNoKind()
    {
        QVERIFY(!passageKindFromName(u"").has_value());
        QVERIFY(!passageKindFromName(u"Verbatim").has_value());
        QVERIFY(!passageKindFromName(u"edits").has_value());
        QVERIFY(!passageKindFromName(u"only here").has_value());
    }
};

QTEST_GUILESS_MAIN(tst_PassageKind)
#include "tst_passagekind.moc"

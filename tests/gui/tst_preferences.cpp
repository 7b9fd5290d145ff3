// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "dialogs/preferencesdialog.h"
#include "preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using sw::PassageKind;
using sw::Preferences;
using sw::ui::PreferencesDialog;

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("storyweave.ini")); }

private Q_SLOTS:
    void defaults()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("fresh.ini")), QSettings::IniFormat);
        Preferences prefs(&settings);
        QCOMPARE(prefs.minPassageWords(), sw::AlignOptions {}.minPassageWords);
        QCOMPARE(prefs.paraphraseThreshold(), sw::AlignOptions {}.paraphraseThreshold);
        QCOMPARE(prefs.autosaveSeconds(), 60);
        QVERIFY(prefs.language().isEmpty());
        QCOMPARE(prefs.colourPreset(), Preferences::ColourPreset::Automatic);
        QCOMPARE(prefs.highlightColour(PassageKind::Verbatim, false),
                 Preferences::presetColour(PassageKind::Verbatim, false));
        QVERIFY(Preferences::presetColour(PassageKind::OnlyHere, true)
                != Preferences::presetColour(PassageKind::OnlyHere, false));
    }

    void dialogChangesApplyLiveAndPersistAcrossRestarts()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            Preferences prefs(&settings);
            QSignalSpy spy(&prefs, &Preferences::changed);
            PreferencesDialog dialog(prefs, { QStringLiteral("Light"), QStringLiteral("Dark") });

            dialog.fontSizeBox()->setValue(17);
            QCOMPARE(prefs.textFont().pointSize(), 17); // live: no Apply button
            QVERIFY(spy.count() >= 1);
            QCOMPARE(spy.last().at(0).toString(), QStringLiteral("textFont"));

            dialog.minWordsBox()->setValue(9);
            QCOMPARE(prefs.minPassageWords(), 9);
            QCOMPARE(prefs.alignOptions().minPassageWords, 9);
            QCOMPARE(spy.last().at(0).toString(), QStringLiteral("analysis"));

            dialog.paraphraseBox()->setValue(0.65);
            QCOMPARE(prefs.paraphraseThreshold(), 0.65);
            dialog.paraphraseEnabledBox()->setChecked(false);
            QVERIFY(prefs.alignOptions().paraphraseThreshold > 1.0); // tier off
            QVERIFY(!dialog.paraphraseBox()->isEnabled());

            dialog.autosaveBox()->setValue(120);
            QCOMPARE(prefs.autosaveSeconds(), 120);

            dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
            QCOMPARE(prefs.language(), QStringLiteral("de"));

            dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("Dark")));
            QCOMPARE(prefs.readingTheme(), QStringLiteral("Dark"));

            dialog.presetBox()->setCurrentIndex(
                dialog.presetBox()->findData(int(Preferences::ColourPreset::Dark)));
            QCOMPARE(prefs.highlightColour(PassageKind::Near, false),
                     Preferences::presetColour(PassageKind::Near, true));

            dialog.setColour(PassageKind::OnlyHere, QColor(QStringLiteral("#123456")));
            QCOMPARE(prefs.highlightColour(PassageKind::OnlyHere, false), QColor(QStringLiteral("#123456")));
            QCOMPARE(dialog.colourButton(PassageKind::OnlyHere)->text(), QStringLiteral("#123456"));
        }
        // A new Preferences over the same file is the next start of the application.
        QSettings settings(iniPath(), QSettings::IniFormat);
        Preferences restarted(&settings);
        QCOMPARE(restarted.textFont().pointSize(), 17);
        QCOMPARE(restarted.minPassageWords(), 9);
        QVERIFY(restarted.paraphraseThreshold() > 1.0);
        QCOMPARE(restarted.autosaveSeconds(), 120);
        QCOMPARE(restarted.language(), QStringLiteral("de"));
        QCOMPARE(restarted.readingTheme(), QStringLiteral("Dark"));
        QCOMPARE(restarted.colourPreset(), Preferences::ColourPreset::Dark);
        QCOMPARE(restarted.highlightColour(PassageKind::OnlyHere, true), QColor(QStringLiteral("#123456")));

        // The dialog opens on the stored values.
        PreferencesDialog dialog(restarted, { QStringLiteral("Light"), QStringLiteral("Dark") });
        QCOMPARE(dialog.fontSizeBox()->value(), 17);
        QCOMPARE(dialog.minWordsBox()->value(), 9);
        QVERIFY(!dialog.paraphraseEnabledBox()->isChecked());
        QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("de"));

        restarted.resetHighlightColours();
        QCOMPARE(restarted.highlightColour(PassageKind::OnlyHere, true),
                 Preferences::presetColour(PassageKind::OnlyHere, true));
    }

    // The colours users chose keep their keys: a settings file written by an earlier version is read
    // kind by kind, and a chosen colour is written under the same key.
    void colourKeysAreThoseOfSavedSettings()
    {
        const QList<QPair<PassageKind, QString>> keys = {
            { PassageKind::Verbatim, QStringLiteral("verbatim") },
            { PassageKind::Near, QStringLiteral("near") },
            { PassageKind::Paraphrase, QStringLiteral("paraphrase") },
            { PassageKind::Moved, QStringLiteral("moved") },
            { PassageKind::OnlyHere, QStringLiteral("unique") },
        };
        QSettings settings(m_dir.filePath(QStringLiteral("keys.ini")), QSettings::IniFormat);
        int shade = 0x10;
        for (const auto &[kind, key] : keys)
            settings.setValue(QStringLiteral("preferences/colour/") + key,
                              QColor(shade++, 0x20, 0x30).name());
        Preferences prefs(&settings);
        shade = 0x10;
        for (const auto &[kind, key] : keys) {
            QCOMPARE(prefs.highlightColour(kind, false), QColor(shade++, 0x20, 0x30));
            prefs.setHighlightColour(kind, QColor(QStringLiteral("#abcdef")));
            QCOMPARE(settings.value(QStringLiteral("preferences/colour/") + key).toString(),
                     QStringLiteral("#abcdef"));
        }
    }

    void outOfRangeValuesAreClamped()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("clamp.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("preferences/minPassageWords"), 100000);
        settings.setValue(QStringLiteral("preferences/autosaveSeconds"), -5);
        Preferences prefs(&settings);
        QCOMPARE(prefs.minPassageWords(), 100);
        QCOMPARE(prefs.autosaveSeconds(), 10);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"

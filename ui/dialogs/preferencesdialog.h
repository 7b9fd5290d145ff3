// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "preferences.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QSpinBox;
class QToolButton;
class QCheckBox;

namespace sw::ui {

/// Settings → Preferences: text font and size, highlight colours (with light and dark presets),
/// analysis thresholds, autosave interval, language and reading theme. Every change is written
/// to Preferences at once, so the window follows live; there is nothing to "apply".
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(Preferences &preferences, const QStringList &readingThemes, QWidget *parent = nullptr);

    QFontComboBox *fontBox() const { return m_font; }
    QSpinBox *fontSizeBox() const { return m_fontSize; }
    QComboBox *presetBox() const { return m_preset; }
    QSpinBox *minWordsBox() const { return m_minWords; }
    QDoubleSpinBox *paraphraseBox() const { return m_paraphrase; }
    QCheckBox *paraphraseEnabledBox() const { return m_paraphraseEnabled; }
    QSpinBox *autosaveBox() const { return m_autosave; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QToolButton *colourButton(PassageKind kind) const { return m_colourButtons.value(kind); }

    /// Sets a kind's colour as if picked in the colour dialog (used by the button and by tests).
    void setColour(PassageKind kind, const QColor &colour);

private:
    QWidget *createTextPage();
    QWidget *createColourPage();
    QWidget *createAnalysisPage();
    void refreshColourButtons();
    void writeFont();
    void writeParaphrase();

    Preferences &m_preferences;
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QComboBox *m_preset = nullptr;
    QHash<PassageKind, QToolButton *> m_colourButtons;
    QSpinBox *m_minWords = nullptr;
    QDoubleSpinBox *m_paraphrase = nullptr;
    QCheckBox *m_paraphraseEnabled = nullptr;
    QSpinBox *m_autosave = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QStringList m_readingThemes;
};

} // namespace sw::ui

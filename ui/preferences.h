// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "align/comparison.h"

#include <QColor>
#include <QFont>
#include <QObject>

class QSettings;

namespace sw {

/// The user's preferences, typed, over QSettings, with one `changed` signal. Window state
/// (geometry, dock layout, recent files) is kept elsewhere: this holds only what the
/// Preferences dialog edits.
class Preferences : public QObject
{
    Q_OBJECT

public:
    /// Which colour set the highlights use: the palette decides (Automatic), or a fixed preset.
    enum class ColourPreset { Automatic, Light, Dark };
    Q_ENUM(ColourPreset)

    /// Uses `settings` when given (tests), else the application's default QSettings.
    explicit Preferences(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~Preferences() override;

    QFont textFont() const;
    void setTextFont(const QFont &font);

    ColourPreset colourPreset() const;
    void setColourPreset(ColourPreset preset);
    /// The colour of a highlight kind on a light or dark background: the user's choice, else the preset's.
    QColor highlightColour(PassageKind kind, bool dark) const;
    /// Sets a custom colour for one kind (for both light and dark backgrounds); an invalid colour
    /// returns the kind to its preset.
    void setHighlightColour(PassageKind kind, const QColor &colour);
    /// Forgets every custom colour.
    void resetHighlightColours();
    static QColor presetColour(PassageKind kind, bool dark);

    int minPassageWords() const;
    void setMinPassageWords(int words);
    double paraphraseThreshold() const;
    void setParaphraseThreshold(double threshold);
    /// The engine options that follow from the preferences.
    AlignOptions alignOptions() const;

    int autosaveSeconds() const;
    void setAutosaveSeconds(int seconds);

    /// The highlight layers the reader switched off in the legend: any of "verbatim", "near",
    /// "edits", "paraphrase", "moved", "unique" (the kinds' `passageKindSettingsKey`), "suggestions".
    QStringList hiddenHighlights() const;
    void setHiddenHighlights(const QStringList &layers);

    /// ISO 639-1 code, or empty for the system language.
    QString language() const;
    void setLanguage(const QString &language);

    /// Name of the reading panes' theme ("Light", "Dark" or a KSyntaxHighlighting theme); empty = follow the
    /// palette.
    QString readingTheme() const;
    void setReadingTheme(const QString &theme);

    /// Name of the KSyntaxHighlighting theme of View → Source; empty = its default light or dark theme.
    QString sourceTheme() const;
    void setSourceTheme(const QString &theme);

Q_SIGNALS:
    /// Emitted after any preference changed; `key` names it ("textFont", "highlightColours", ...).
    void changed(const QString &key);

private:
    void store(const QString &key, const QVariant &value, const QString &signalKey);

    QSettings *m_settings;
    bool m_ownsSettings;
};

} // namespace sw

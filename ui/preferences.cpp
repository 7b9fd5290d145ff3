// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "preferences.h"

#include "util/highlightpalette.h"

#include <QFontDatabase>
#include <QSettings>
#include <algorithm>

namespace sw {
namespace {

const QString kGroup = QStringLiteral("preferences/");

} // namespace

Preferences::Preferences(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? settings : new QSettings)
    , m_ownsSettings(settings == nullptr)
{ }

Preferences::~Preferences()
{
    if (m_ownsSettings)
        delete m_settings;
}

void Preferences::store(const QString &key, const QVariant &value, const QString &signalKey)
{
    if (m_settings->value(kGroup + key) == value)
        return;
    if (value.isValid())
        m_settings->setValue(kGroup + key, value);
    else
        m_settings->remove(kGroup + key);
    m_settings->sync();
    Q_EMIT changed(signalKey);
}

QFont Preferences::textFont() const
{
    const QString stored = m_settings->value(kGroup + QStringLiteral("textFont")).toString();
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    if (!stored.isEmpty())
        font.fromString(stored);
    return font;
}

void Preferences::setTextFont(const QFont &font)
{
    store(QStringLiteral("textFont"), font.toString(), QStringLiteral("textFont"));
}

Preferences::ColourPreset Preferences::colourPreset() const
{
    const int v
        = m_settings->value(kGroup + QStringLiteral("colourPreset"), int(ColourPreset::Automatic)).toInt();
    return v >= int(ColourPreset::Automatic) && v <= int(ColourPreset::Dark) ? ColourPreset(v)
                                                                             : ColourPreset::Automatic;
}

void Preferences::setColourPreset(ColourPreset preset)
{
    store(QStringLiteral("colourPreset"), int(preset), QStringLiteral("highlightColours"));
}

QColor Preferences::presetColour(PassageKind kind, bool dark)
{
    return HighlightPalette::hue(kind, dark);
}

QColor Preferences::highlightColour(PassageKind kind, bool dark) const
{
    const QColor custom(
        m_settings->value(kGroup + QStringLiteral("colour/") + passageKindSettingsKey(kind)).toString());
    if (custom.isValid())
        return custom;
    switch (colourPreset()) {
    case ColourPreset::Light:
        dark = false;
        break;
    case ColourPreset::Dark:
        dark = true;
        break;
    case ColourPreset::Automatic:
        break;
    }
    return presetColour(kind, dark);
}

void Preferences::setHighlightColour(PassageKind kind, const QColor &colour)
{
    store(QStringLiteral("colour/") + passageKindSettingsKey(kind),
          colour.isValid() ? QVariant(colour.name()) : QVariant(), QStringLiteral("highlightColours"));
}

void Preferences::resetHighlightColours()
{
    bool any = false;
    for (PassageKind kind : allPassageKinds) {
        const QString key = kGroup + QStringLiteral("colour/") + passageKindSettingsKey(kind);
        if (m_settings->contains(key)) {
            m_settings->remove(key);
            any = true;
        }
    }
    if (any) {
        m_settings->sync();
        Q_EMIT changed(QStringLiteral("highlightColours"));
    }
}

int Preferences::minPassageWords() const
{
    return std::clamp(
        m_settings->value(kGroup + QStringLiteral("minPassageWords"), AlignOptions {}.minPassageWords)
            .toInt(),
        3, 100);
}

void Preferences::setMinPassageWords(int words)
{
    store(QStringLiteral("minPassageWords"), std::clamp(words, 3, 100), QStringLiteral("analysis"));
}

double Preferences::paraphraseThreshold() const
{
    return std::clamp(
        m_settings->value(kGroup + QStringLiteral("paraphraseThreshold"), AlignOptions {}.paraphraseThreshold)
            .toDouble(),
        0.1, 1.01);
}

void Preferences::setParaphraseThreshold(double threshold)
{
    store(QStringLiteral("paraphraseThreshold"), std::clamp(threshold, 0.1, 1.01),
          QStringLiteral("analysis"));
}

AlignOptions Preferences::alignOptions() const
{
    AlignOptions options;
    options.minPassageWords = minPassageWords();
    options.paraphraseThreshold = paraphraseThreshold();
    return options;
}

int Preferences::autosaveSeconds() const
{
    return std::clamp(m_settings->value(kGroup + QStringLiteral("autosaveSeconds"), 60).toInt(), 10, 3600);
}

void Preferences::setAutosaveSeconds(int seconds)
{
    store(QStringLiteral("autosaveSeconds"), std::clamp(seconds, 10, 3600), QStringLiteral("autosave"));
}

QString Preferences::language() const
{
    return m_settings->value(kGroup + QStringLiteral("language")).toString();
}

void Preferences::setLanguage(const QString &language)
{
    store(QStringLiteral("language"), language.isEmpty() ? QVariant() : QVariant(language),
          QStringLiteral("language"));
}

QStringList Preferences::hiddenHighlights() const
{
    return m_settings->value(kGroup + QStringLiteral("hiddenHighlights")).toStringList();
}

void Preferences::setHiddenHighlights(const QStringList &layers)
{
    QStringList sorted = layers;
    sorted.sort();
    sorted.removeDuplicates();
    store(QStringLiteral("hiddenHighlights"), sorted.isEmpty() ? QVariant() : QVariant(sorted),
          QStringLiteral("hiddenHighlights"));
}

QString Preferences::readingTheme() const
{
    return m_settings->value(kGroup + QStringLiteral("readingTheme")).toString();
}

void Preferences::setReadingTheme(const QString &theme)
{
    store(QStringLiteral("readingTheme"), theme.isEmpty() ? QVariant() : QVariant(theme),
          QStringLiteral("readingTheme"));
}

QString Preferences::sourceTheme() const
{
    return m_settings->value(kGroup + QStringLiteral("sourceTheme")).toString();
}

void Preferences::setSourceTheme(const QString &theme)
{
    store(QStringLiteral("sourceTheme"), theme.isEmpty() ? QVariant() : QVariant(theme),
          QStringLiteral("sourceTheme"));
}

} // namespace sw

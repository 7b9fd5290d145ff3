// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "preferencesdialog.h"

#include "compare/highlightstyle.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sw::ui {
namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(28, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(QPen(Qt::black, 1));
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(0.5, 0.5, 27, 15), 3, 3);
    return QIcon(pixmap);
}

} // namespace

PreferencesDialog::PreferencesDialog(Preferences &preferences, const QStringList &readingThemes,
                                     QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_readingThemes(readingThemes)
{
    setWindowTitle(tr("Preferences"));
    setAccessibleName(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createTextPage(), tr("&Text"));
    tabs->addTab(createColourPage(), tr("&Highlights"));
    tabs->addTab(createAnalysisPage(), tr("&Analysis and Saving"));
    layout->addWidget(tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
}

QWidget *PreferencesDialog::createTextPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const QFont font = m_preferences.textFont();
    m_font = new QFontComboBox(page);
    m_font->setCurrentFont(font);
    m_fontSize = new QSpinBox(page);
    m_fontSize->setRange(6, 48);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
    form->addRow(tr("Reading &font:"), m_font);
    form->addRow(tr("Font &size:"), m_fontSize);
    connect(m_font, &QFontComboBox::currentFontChanged, this, &PreferencesDialog::writeFont);
    connect(m_fontSize, &QSpinBox::valueChanged, this, &PreferencesDialog::writeFont);

    m_theme = new QComboBox(page);
    m_theme->addItem(tr("Follow the system colours"), QString());
    for (const QString &name : std::as_const(m_readingThemes))
        m_theme->addItem(name, name);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(m_preferences.readingTheme())));
    form->addRow(tr("Reading &theme:"), m_theme);
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { m_preferences.setReadingTheme(m_theme->currentData().toString()); });

    m_language = new QComboBox(page);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Fran\u00e7ais"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_preferences.language())));
    auto *languageNote = new QLabel(tr("The language changes the next time Storyweave starts."), page);
    languageNote->setWordWrap(true);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_preferences.setLanguage(m_language->currentData().toString()); });
    return page;
}

QWidget *PreferencesDialog::createColourPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_preset = new QComboBox(page);
    m_preset->addItem(tr("Automatic (follow the palette)"), int(Preferences::ColourPreset::Automatic));
    m_preset->addItem(tr("Light background"), int(Preferences::ColourPreset::Light));
    m_preset->addItem(tr("Dark background"), int(Preferences::ColourPreset::Dark));
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(int(m_preferences.colourPreset()))));
    form->addRow(tr("&Preset:"), m_preset);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        m_preferences.setColourPreset(Preferences::ColourPreset(m_preset->currentData().toInt()));
        refreshColourButtons();
    });

    const QList<QPair<PassageKind, QString>> kinds = {
        { PassageKind::Verbatim, tr("&Verbatim shared text:") },
        { PassageKind::Near, tr("&Near-verbatim text:") },
        { PassageKind::Paraphrase, tr("&Paraphrase:") },
        { PassageKind::Moved, tr("&Moved passages:") },
        { PassageKind::OnlyHere, tr("&Only here:") },
    };
    for (const auto &[kind, label] : kinds) {
        auto *button = new QToolButton(page);
        button->setIconSize(QSize(28, 16));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAccessibleName(label);
        m_colourButtons.insert(kind, button);
        form->addRow(label, button);
        connect(button, &QToolButton::clicked, this, [this, kind = kind] {
            const bool dark = HighlightStyle::paletteIsDark(palette());
            const QColor picked = QColorDialog::getColor(m_preferences.highlightColour(kind, dark), this,
                                                         tr("Highlight Colour"));
            if (picked.isValid())
                setColour(kind, picked);
        });
    }
    auto *reset = new QPushButton(tr("&Reset to Preset"), page);
    form->addRow(QString(), reset);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_preferences.resetHighlightColours();
        refreshColourButtons();
    });
    refreshColourButtons();
    return page;
}

QWidget *PreferencesDialog::createAnalysisPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_minWords = new QSpinBox(page);
    m_minWords->setRange(3, 100);
    m_minWords->setSuffix(tr(" words"));
    m_minWords->setValue(m_preferences.minPassageWords());
    form->addRow(tr("Minimum &passage length:"), m_minWords);
    connect(m_minWords, &QSpinBox::valueChanged, &m_preferences, &Preferences::setMinPassageWords);

    m_paraphraseEnabled = new QCheckBox(tr("Find &paraphrases"), page);
    m_paraphrase = new QDoubleSpinBox(page);
    m_paraphrase->setRange(0.1, 1.0);
    m_paraphrase->setSingleStep(0.05);
    m_paraphrase->setDecimals(2);
    const double threshold = m_preferences.paraphraseThreshold();
    m_paraphraseEnabled->setChecked(threshold <= 1.0);
    m_paraphrase->setValue(std::min(threshold, 1.0));
    m_paraphrase->setEnabled(threshold <= 1.0);
    m_paraphrase->setToolTip(
        tr("How much weighted word overlap two sentences need to count as a paraphrase."));
    form->addRow(QString(), m_paraphraseEnabled);
    form->addRow(tr("Paraphrase &threshold:"), m_paraphrase);
    connect(m_paraphraseEnabled, &QCheckBox::toggled, this, &PreferencesDialog::writeParaphrase);
    connect(m_paraphrase, &QDoubleSpinBox::valueChanged, this, &PreferencesDialog::writeParaphrase);

    m_autosave = new QSpinBox(page);
    m_autosave->setRange(10, 3600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(m_preferences.autosaveSeconds());
    form->addRow(tr("&Autosave every:"), m_autosave);
    connect(m_autosave, &QSpinBox::valueChanged, &m_preferences, &Preferences::setAutosaveSeconds);
    return page;
}

void PreferencesDialog::setColour(PassageKind kind, const QColor &colour)
{
    m_preferences.setHighlightColour(kind, colour);
    refreshColourButtons();
}

void PreferencesDialog::refreshColourButtons()
{
    const bool dark = HighlightStyle::paletteIsDark(palette());
    for (auto it = m_colourButtons.cbegin(); it != m_colourButtons.cend(); ++it) {
        const QColor colour = m_preferences.highlightColour(it.key(), dark);
        it.value()->setIcon(swatch(colour));
        it.value()->setText(colour.name());
    }
}

void PreferencesDialog::writeFont()
{
    QFont font = m_font->currentFont();
    font.setPointSize(m_fontSize->value());
    m_preferences.setTextFont(font);
}

void PreferencesDialog::writeParaphrase()
{
    m_paraphrase->setEnabled(m_paraphraseEnabled->isChecked());
    // A threshold above 1 switches the paraphrase tier off (see AlignOptions).
    m_preferences.setParaphraseThreshold(m_paraphraseEnabled->isChecked() ? m_paraphrase->value() : 1.01);
}

} // namespace sw::ui

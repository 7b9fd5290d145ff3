// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <memory>

class QTextDocument;

namespace sw::ui {

/// The colours of the reading panes, taken from a syntax-highlighting theme or a built-in preset.
struct ReadingPalette
{
    QString name;
    QColor background;
    QColor text;
    QColor selection;
    QColor currentLine;
    QColor accent; ///< used for links, quotes and markup in the source view
    bool dark = false;
};

/// Everything Storyweave uses from KSyntaxHighlighting, in one place: highlighting an article's
/// raw source (HTML, Markdown, text with our own "News Text" definition) and turning themes into
/// reading-pane palettes. Uses KF6 when CMake finds it (Debian 13); without KSyntaxHighlighting
/// (Debian 12 has it only for Qt 5) the source stays plain and only the built-in light/dark themes exist.
class SyntaxAdapter
{
public:
    /// `customSearchPath` holds a `syntax/` folder with our own definitions (e.g. news-text.xml).
    explicit SyntaxAdapter(const QString &customSearchPath = QString());
    ~SyntaxAdapter();
    SyntaxAdapter(const SyntaxAdapter &) = delete;
    SyntaxAdapter &operator=(const SyntaxAdapter &) = delete;

    /// True when built with KSyntaxHighlighting.
    static bool isAvailable();
    /// "KSyntaxHighlighting 5.103" or "built-in themes only", for the About dialog.
    static QString backendDescription();

    /// Highlights `document` as the source of `fileName` (by extension: .html, .md, .txt → News Text)
    /// with the KSyntaxHighlighting theme `themeName` (empty or unknown: the default light theme, or the
    /// dark one when the document's "storyweaveDark" property is set).
    /// Returns the name of the definition used, or an empty string when it stays plain.
    QString highlight(QTextDocument *document, const QString &fileName, const QString &themeName = QString());
    /// Re-colours a document highlight() highlighted with another KSyntaxHighlighting theme.
    /// Returns false when the document is not highlighted or the theme is unknown.
    bool setTheme(QTextDocument *document, const QString &themeName);

    /// KSyntaxHighlighting's own themes, for the source view; empty without KSyntaxHighlighting.
    QStringList sourceThemeNames() const;
    /// The source view's theme when none is chosen: KSyntaxHighlighting's default light or dark one.
    QString defaultSourceTheme(bool dark) const;

    /// Names of the themes the reading panes can use (always includes the built-in "Light" and "Dark").
    QStringList themeNames() const;
    ReadingPalette palette(const QString &themeName) const;

    static ReadingPalette builtInLight();
    static ReadingPalette builtInDark();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sw::ui

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The adapter over KSyntaxHighlighting (KF6).
#include "syntaxadapter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextDocument>

namespace sw::ui {

namespace KSH = KSyntaxHighlighting;

struct SyntaxAdapter::Private
{
    KSH::Repository repository;
};

SyntaxAdapter::SyntaxAdapter(const QString &customSearchPath)
    : d(std::make_unique<Private>())
{
    if (!customSearchPath.isEmpty())
        d->repository.addCustomSearchPath(customSearchPath);
}

SyntaxAdapter::~SyntaxAdapter() = default;

bool SyntaxAdapter::isAvailable()
{
    return true;
}

QString SyntaxAdapter::backendDescription()
{
    return QCoreApplication::translate("sw::ui::SyntaxAdapter", "KSyntaxHighlighting %1")
        .arg(QStringLiteral(STORYWEAVE_KSH_VERSION));
}

QString SyntaxAdapter::highlight(QTextDocument *document, const QString &fileName, const QString &themeName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    KSH::Definition definition;
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text") || suffix.isEmpty())
        definition = d->repository.definitionForName(QStringLiteral("News Text"));
    if (!definition.isValid())
        definition = d->repository.definitionForFileName(fileName);
    if (!definition.isValid())
        return QString();

    // The highlighter belongs to the document and goes when it does.
    auto *highlighter = new KSH::SyntaxHighlighter(document);
    KSH::Theme theme = d->repository.theme(themeName);
    if (!theme.isValid()) {
        const bool dark = document->property("storyweaveDark").toBool();
        theme = d->repository.defaultTheme(dark ? KSH::Repository::DarkTheme : KSH::Repository::LightTheme);
    }
    highlighter->setTheme(theme);
    highlighter->setDefinition(definition);
    highlighter->rehighlight();
    return definition.name();
}

bool SyntaxAdapter::setTheme(QTextDocument *document, const QString &themeName)
{
    auto *highlighter = document ? document->findChild<KSH::SyntaxHighlighter *>() : nullptr;
    const KSH::Theme theme = d->repository.theme(themeName);
    if (!highlighter || !theme.isValid())
        return false;
    highlighter->setTheme(theme);
    highlighter->rehighlight();
    return true;
}

QStringList SyntaxAdapter::sourceThemeNames() const
{
    QStringList names;
    for (const KSH::Theme &theme : d->repository.themes())
        names << theme.name();
    return names;
}

QString SyntaxAdapter::defaultSourceTheme(bool dark) const
{
    return d->repository.defaultTheme(dark ? KSH::Repository::DarkTheme : KSH::Repository::LightTheme).name();
}

QStringList SyntaxAdapter::themeNames() const
{
    return QStringList { builtInLight().name, builtInDark().name } + sourceThemeNames();
}

ReadingPalette SyntaxAdapter::palette(const QString &themeName) const
{
    if (themeName == builtInLight().name)
        return builtInLight();
    if (themeName == builtInDark().name)
        return builtInDark();
    const KSH::Theme theme = d->repository.theme(themeName);
    if (!theme.isValid())
        return builtInLight();
    ReadingPalette p;
    p.name = theme.name();
    p.background = QColor::fromRgba(theme.editorColor(KSH::Theme::BackgroundColor));
    p.text = QColor::fromRgba(theme.textColor(KSH::Theme::Normal));
    p.selection = QColor::fromRgba(theme.editorColor(KSH::Theme::TextSelection));
    p.currentLine = QColor::fromRgba(theme.editorColor(KSH::Theme::CurrentLine));
    p.accent = QColor::fromRgba(theme.textColor(KSH::Theme::Keyword));
    p.dark = p.background.lightness() < 128;
    return p;
}

} // namespace sw::ui

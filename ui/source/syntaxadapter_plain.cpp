// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The adapter without KSyntaxHighlighting: sources stay plain, themes are the built-in ones.
#include "syntaxadapter.h"

#include <QCoreApplication>

namespace sw::ui {

struct SyntaxAdapter::Private
{
};

SyntaxAdapter::SyntaxAdapter(const QString &)
    : d(std::make_unique<Private>())
{ }

SyntaxAdapter::~SyntaxAdapter() = default;

bool SyntaxAdapter::isAvailable()
{
    return false;
}

QString SyntaxAdapter::backendDescription()
{
    return QCoreApplication::translate(
        "sw::ui::SyntaxAdapter",
        "built-in light and dark themes (KSyntaxHighlighting for Qt 6 was not found "
        "at build time)");
}

QString SyntaxAdapter::highlight(QTextDocument *, const QString &, const QString &)
{
    return QString();
}

bool SyntaxAdapter::setTheme(QTextDocument *, const QString &)
{
    return false;
}

QStringList SyntaxAdapter::sourceThemeNames() const
{
    return {};
}

QString SyntaxAdapter::defaultSourceTheme(bool) const
{
    return QString();
}

QStringList SyntaxAdapter::themeNames() const
{
    return { builtInLight().name, builtInDark().name };
}

ReadingPalette SyntaxAdapter::palette(const QString &themeName) const
{
    return themeName == builtInDark().name ? builtInDark() : builtInLight();
}

} // namespace sw::ui

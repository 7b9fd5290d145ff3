// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sw {

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") };
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    // Our own strings are compiled into the binary (qt_add_translations puts them under :/i18n).
    auto *own = new QTranslator(&app);
    QString used = QStringLiteral("en");
    // English has a catalogue too, for its plural forms ("1 article", "2 articles"); it is the fallback.
    if (own->load(locale, QStringLiteral("storyweave"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("storyweave_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        used = own->language().section(QLatin1Char('_'), 0, 0);
    } else {
        delete own;
    }
    // Qt's own dialogs (file dialogs, message box buttons) from qt6-translations-l10n.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return used;
}

} // namespace sw

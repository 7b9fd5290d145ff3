// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace sw {

/// Installs Storyweave's and Qt's own translations for `language` ("de", "fr", "en"...), or for the
/// system locale when empty. Returns the language actually used ("en" when no translation matched).
QString installTranslations(QCoreApplication &app, const QString &language = QString());

/// The languages Storyweave ships translations for, as ISO 639-1 codes.
QStringList availableLanguages();

} // namespace sw

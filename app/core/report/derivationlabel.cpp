// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "derivationlabel.h"

#include <QCoreApplication>

namespace sw {

QString derivationLabel(Derivation derivation)
{
    // The context stays the report builder's, where these words were first translated.
    switch (derivation) {
    case Derivation::WhollyDerived:
        return QCoreApplication::translate("sw::ReportBuilder", "Wholly derived");
    case Derivation::PartiallyDerived:
        return QCoreApplication::translate("sw::ReportBuilder", "Partially derived");
    case Derivation::NonDerived:
        break;
    }
    return QCoreApplication::translate("sw::ReportBuilder", "Original");
}

} // namespace sw

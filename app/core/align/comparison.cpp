// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "comparison.h"

namespace sw {

QString derivationName(Derivation derivation)
{
    switch (derivation) {
    case Derivation::WhollyDerived:
        return QStringLiteral("wholly-derived");
    case Derivation::PartiallyDerived:
        return QStringLiteral("partially-derived");
    case Derivation::NonDerived:
        break;
    }
    return QStringLiteral("non-derived");
}

const PassageSpan *Passage::spanIn(int article) const
{
    for (const PassageSpan &span : spans) {
        if (span.article == article)
            return &span;
    }
    return nullptr;
}

} // namespace sw

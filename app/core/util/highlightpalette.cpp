// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "highlightpalette.h"

#include <algorithm>

namespace sw {

QColor HighlightPalette::hue(PassageKind kind, bool dark)
{
    const double l = dark ? 0.62 : 0.45;
    switch (kind) {
    case PassageKind::Near:
        return QColor::fromHslF(172.0 / 360.0, 0.65, l);
    case PassageKind::Paraphrase:
        return QColor::fromHslF(275.0 / 360.0, 0.55, l + 0.05);
    case PassageKind::Moved:
        return QColor::fromHslF(330.0 / 360.0, 0.60, l + 0.03);
    case PassageKind::OnlyHere:
        return QColor::fromHslF(30.0 / 360.0, 0.95, l + 0.05);
    case PassageKind::Verbatim:
        break;
    }
    return QColor::fromHslF(212.0 / 360.0, 0.75, l);
}

QColor HighlightPalette::blend(const QColor &base, const QColor &top, double alpha)
{
    alpha = std::clamp(alpha, 0.0, 1.0);
    return QColor::fromRgbF(float(base.redF() * (1 - alpha) + top.redF() * alpha),
                            float(base.greenF() * (1 - alpha) + top.greenF() * alpha),
                            float(base.blueF() * (1 - alpha) + top.blueF() * alpha));
}

QColor HighlightPalette::background(PassageKind kind, const QColor &hue, double level, const QColor &base,
                                    bool dark)
{
    if (kind == PassageKind::OnlyHere)
        return blend(base, hue, dark ? 0.30 : 0.22);
    // Text shared by one other outlet is a light tint; by every other outlet, a strong one.
    const double low = dark ? 0.16 : 0.12;
    const double high = dark ? 0.46 : 0.42;
    return blend(base, hue, low + (high - low) * std::clamp(level, 0.0, 1.0));
}

QColor HighlightPalette::paperBackground(PassageKind kind, double level)
{
    return background(kind, hue(kind, false), level, QColor(Qt::white), false);
}

} // namespace sw

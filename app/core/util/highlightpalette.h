// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "align/passagekind.h"

#include <QColor>

namespace sw {

/// The one definition of the comparison highlight colours. The window (`ui::HighlightStyle`,
/// the legend, the overview strip) and every report (HTML, PDF, ODT) take their hues and tints from
/// here, so a kind looks the same on screen and on paper.
class HighlightPalette
{
public:
    /// The pure hue of a kind, for bars, underlines and legends. One hue per kind, chosen to stay
    /// apart for the common colour-vision deficiencies; lighter on dark backgrounds so bars and
    /// underlines keep their contrast.
    static QColor hue(PassageKind kind, bool dark = false);

    /// The background of highlighted text: `hue` laid over `base`. For the shared kinds `level`
    /// (0–1, the share of the other outlets that carry the text) grades it from a light tint to a
    /// strong one; only-here text has one tint.
    static QColor background(PassageKind kind, const QColor &hue, double level, const QColor &base,
                             bool dark);
    /// The background on white paper with the built-in hue (the reports).
    static QColor paperBackground(PassageKind kind, double level);

    /// `top` over `base` with opacity `alpha` (0–1), as an opaque colour.
    static QColor blend(const QColor &base, const QColor &top, double alpha);
};

} // namespace sw

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "comparisonmodel.h"

#include <QColor>
#include <QPalette>
#include <QTextCharFormat>

namespace sw::ui {

/// Colours and text formats of the comparison highlights. One hue family per kind, intensity
/// by how many other outlets share the text, always paired with a non-colour cue (underline
/// style, margin bar) so the kinds stay distinguishable without colour. Works on light and
/// dark palettes (dark is detected by the lightness of the window colour).
class HighlightStyle
{
public:
    explicit HighlightStyle(const QPalette &palette = {});

    bool isDark() const { return m_dark; }

    /// The pure hue of a kind, for bars, bands and legends (Moved: the margin bracket beside moved
    /// passages).
    QColor kindColor(PassageKind kind) const;

    /// Replaces the built-in hue of a kind (from the preferences); an invalid colour restores it.
    void setKindColor(PassageKind kind, const QColor &color);
    /// Background for a kind at `level` 0–1 (share of the other outlets carrying the text).
    QColor background(PassageKind kind, double level) const;
    /// Band fill in the connector gutter.
    QColor bandColor(PassageKind kind, bool current) const;

    /// Character format of a kind; `level` grades the background.
    QTextCharFormat format(PassageKind kind, double level) const;
    /// Extra format merged onto words that differ inside a near passage.
    QTextCharFormat editFormat() const;
    /// Extra format merged onto the hovered / current passage and its counterparts.
    QTextCharFormat focusFormat(PassageKind kind) const;

    static bool paletteIsDark(const QPalette &palette);

    /// What the reader chose to see (the legend's switches): a hidden kind gets no background,
    /// no underline, no margin bar and no bands; hidden changed words no edit marks; hidden moves
    /// (Moved) no margin brackets.
    void setKindShown(PassageKind kind, bool shown) { m_hidden[int(kind)] = !shown; }
    bool isKindShown(PassageKind kind) const { return !m_hidden[int(kind)]; }
    void setEditsShown(bool shown) { m_editsHidden = !shown; }
    bool editsShown() const { return !m_editsHidden; }

private:
    QColor blend(const QColor &top, double alpha) const;

    QPalette m_palette;
    bool m_dark = false;
    QColor m_overrides[allPassageKinds.size()]; ///< by PassageKind; invalid = built-in hue
    bool m_hidden[allPassageKinds.size()] = {}; ///< by PassageKind
    bool m_editsHidden = false;
};

} // namespace sw::ui

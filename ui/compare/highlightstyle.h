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

    /// The pure hue of a kind, for bars, bands and legends.
    QColor kindColor(SpanKind kind) const;
    /// The colour of the margin bracket beside moved passages.
    QColor movedColor() const;

    /// Replaces the built-in hue of a kind (from the preferences); an invalid colour restores it.
    void setKindColor(SpanKind kind, const QColor &color);
    void setMovedColor(const QColor &color) { m_moved = color; }
    /// Background for a kind at `level` 0–1 (share of the other outlets carrying the text).
    QColor background(SpanKind kind, double level) const;
    /// Band fill in the connector gutter.
    QColor bandColor(SpanKind kind, bool current) const;

    /// Character format of a kind; `level` grades the background.
    QTextCharFormat format(SpanKind kind, double level) const;
    /// Extra format merged onto words that differ inside a near passage.
    QTextCharFormat editFormat() const;
    /// Extra format merged onto the hovered / current passage and its counterparts.
    QTextCharFormat focusFormat(SpanKind kind) const;

    static bool paletteIsDark(const QPalette &palette);

    /// What the reader chose to see (the legend's switches): a hidden kind gets no background,
    /// no underline, no margin bar and no bands; hidden changed words no edit marks; hidden moves
    /// no margin brackets.
    void setKindShown(SpanKind kind, bool shown) { m_hidden[int(kind)] = !shown; }
    bool isKindShown(SpanKind kind) const { return !m_hidden[int(kind)]; }
    void setEditsShown(bool shown) { m_editsHidden = !shown; }
    bool editsShown() const { return !m_editsHidden; }
    void setMovesShown(bool shown) { m_movesHidden = !shown; }
    bool movesShown() const { return !m_movesHidden; }

private:
    QColor blend(const QColor &top, double alpha) const;

    QPalette m_palette;
    bool m_dark = false;
    QColor m_overrides[4]; ///< by SpanKind; invalid = built-in hue
    QColor m_moved;
    bool m_hidden[4] = {}; ///< by SpanKind
    bool m_editsHidden = false;
    bool m_movesHidden = false;
};

} // namespace sw::ui

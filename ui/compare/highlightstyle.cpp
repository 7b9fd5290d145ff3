// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "highlightstyle.h"

#include "preferences.h"
#include "util/highlightpalette.h"

#include <algorithm>

namespace sw::ui {

HighlightStyle::HighlightStyle(const QPalette &palette)
    : m_palette(palette)
    , m_dark(paletteIsDark(palette))
{ }

bool HighlightStyle::paletteIsDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

void HighlightStyle::setKindColor(PassageKind kind, const QColor &color)
{
    m_overrides[int(kind)] = color;
}

QColor HighlightStyle::kindColor(PassageKind kind) const
{
    // The built-in hues are the preferences' presets (one place decides them).
    return m_overrides[int(kind)].isValid() ? m_overrides[int(kind)]
                                            : Preferences::presetColour(kind, m_dark);
}

QColor HighlightStyle::blend(const QColor &top, double alpha) const
{
    return HighlightPalette::blend(m_palette.color(QPalette::Base), top, alpha);
}

QColor HighlightStyle::background(PassageKind kind, double level) const
{
    return HighlightPalette::background(kind, kindColor(kind), level, m_palette.color(QPalette::Base),
                                        m_dark);
}

QColor HighlightStyle::bandColor(PassageKind kind, bool current) const
{
    QColor c = kindColor(kind);
    c.setAlphaF(current ? 0.55f : (m_dark ? 0.28f : 0.22f));
    return c;
}

QTextCharFormat HighlightStyle::format(PassageKind kind, double level) const
{
    QTextCharFormat f;
    f.setBackground(background(kind, level));
    f.setUnderlineColor(kindColor(kind));
    switch (kind) {
    case PassageKind::Verbatim:
        f.setUnderlineStyle(QTextCharFormat::NoUnderline);
        break;
    case PassageKind::Near:
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        break;
    case PassageKind::Paraphrase:
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        break;
    case PassageKind::OnlyHere:
        // Only-here text is told apart by its margin bar and hue, not an underline.
    case PassageKind::Moved: // a margin bracket, drawn by the pane
        break;
    }
    return f;
}

QTextCharFormat HighlightStyle::editFormat() const
{
    QTextCharFormat f;
    const QColor c = kindColor(PassageKind::Near);
    f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    f.setUnderlineColor(m_dark ? c.lighter(130) : c.darker(140));
    f.setBackground(blend(QColor::fromHslF(50.0 / 360.0, 1.0, m_dark ? 0.45 : 0.55), m_dark ? 0.38 : 0.55));
    return f;
}

QTextCharFormat HighlightStyle::focusFormat(PassageKind kind) const
{
    QTextCharFormat f;
    f.setBackground(blend(kindColor(kind), m_dark ? 0.62 : 0.55));
    f.setForeground(m_dark ? QColor(Qt::white) : QColor(Qt::black));
    // An overline marks the focus without hiding the kind's underline or the inline edits.
    f.setFontOverline(true);
    return f;
}

} // namespace sw::ui

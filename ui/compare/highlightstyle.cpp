// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "highlightstyle.h"

#include "preferences.h"

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

void HighlightStyle::setKindColor(SpanKind kind, const QColor &color)
{
    m_overrides[int(kind)] = color;
}

QColor HighlightStyle::movedColor() const
{
    return m_moved.isValid() ? m_moved : Preferences::presetColour(Preferences::Highlight::Moved, m_dark);
}

QColor HighlightStyle::kindColor(SpanKind kind) const
{
    if (m_overrides[int(kind)].isValid())
        return m_overrides[int(kind)];
    // The built-in hues are the preferences' presets (one place decides them).
    switch (kind) {
    case SpanKind::Near:
        return Preferences::presetColour(Preferences::Highlight::Near, m_dark);
    case SpanKind::Paraphrase:
        return Preferences::presetColour(Preferences::Highlight::Paraphrase, m_dark);
    case SpanKind::Unique:
        return Preferences::presetColour(Preferences::Highlight::Unique, m_dark);
    case SpanKind::Verbatim:
        break;
    }
    return Preferences::presetColour(Preferences::Highlight::Verbatim, m_dark);
}

QColor HighlightStyle::blend(const QColor &top, double alpha) const
{
    const QColor base = m_palette.color(QPalette::Base);
    alpha = std::clamp(alpha, 0.0, 1.0);
    return QColor::fromRgbF(float(base.redF() * (1 - alpha) + top.redF() * alpha),
                            float(base.greenF() * (1 - alpha) + top.greenF() * alpha),
                            float(base.blueF() * (1 - alpha) + top.blueF() * alpha));
}

QColor HighlightStyle::background(SpanKind kind, double level) const
{
    if (kind == SpanKind::Unique)
        return blend(kindColor(kind), m_dark ? 0.30 : 0.22);
    // Text shared by one other outlet is a light tint; by every other outlet, a strong one.
    const double low = m_dark ? 0.16 : 0.12;
    const double high = m_dark ? 0.46 : 0.42;
    return blend(kindColor(kind), low + (high - low) * std::clamp(level, 0.0, 1.0));
}

QColor HighlightStyle::bandColor(SpanKind kind, bool current) const
{
    QColor c = kindColor(kind);
    c.setAlphaF(current ? 0.55f : (m_dark ? 0.28f : 0.22f));
    return c;
}

QTextCharFormat HighlightStyle::format(SpanKind kind, double level) const
{
    QTextCharFormat f;
    f.setBackground(background(kind, level));
    f.setUnderlineColor(kindColor(kind));
    switch (kind) {
    case SpanKind::Verbatim:
        f.setUnderlineStyle(QTextCharFormat::NoUnderline);
        break;
    case SpanKind::Near:
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        break;
    case SpanKind::Paraphrase:
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        break;
    case SpanKind::Unique:
        // Only-here text is told apart by its margin bar and hue, not an underline.
        break;
    }
    return f;
}

QTextCharFormat HighlightStyle::editFormat() const
{
    QTextCharFormat f;
    const QColor c = kindColor(SpanKind::Near);
    f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    f.setUnderlineColor(m_dark ? c.lighter(130) : c.darker(140));
    f.setBackground(blend(QColor::fromHslF(50.0 / 360.0, 1.0, m_dark ? 0.45 : 0.55), m_dark ? 0.38 : 0.55));
    return f;
}

QTextCharFormat HighlightStyle::focusFormat(SpanKind kind) const
{
    QTextCharFormat f;
    f.setBackground(blend(kindColor(kind), m_dark ? 0.62 : 0.55));
    f.setForeground(m_dark ? QColor(Qt::white) : QColor(Qt::black));
    // An overline marks the focus without hiding the kind's underline or the inline edits.
    f.setFontOverline(true);
    return f;
}

} // namespace sw::ui

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "highlightstyle.h"

#include <QWidget>

class QAction;
class QMenu;

namespace sw::ui {

/// A one-line key to the highlights above the panes, drawn with the same colours, underline
/// styles and margin bars as the text, so the screen explains itself. Each entry is also a
/// switch: a click (or View → Highlights) hides that layer in every pane, e.g. "only in this
/// article" while reading what the outlets share.
class LegendBar : public QWidget
{
    Q_OBJECT

public:
    /// The layers, by the names the preferences keep.
    static QStringList layerNames();

    explicit LegendBar(QWidget *parent = nullptr);

    void setStyle(const HighlightStyle &style);
    /// Layers shown switched off (names from layerNames()); emits nothing.
    void setHiddenLayers(const QStringList &layers);
    QStringList hiddenLayers() const;
    /// A menu of checkable actions, one per layer, for the View menu (keyboard access).
    QMenu *menu() const { return m_menu; }
    /// Where the entry of `layer` was last painted (empty before the first paint).
    QRect layerRect(const QString &layer) const { return m_hitBoxes.value(layerNames().indexOf(layer)); }
    /// Applies the hidden layers to `style` (suggestions are not part of it: see
    /// suggestionsShown()).
    static void applyHidden(const QStringList &layers, HighlightStyle &style);
    /// Whether the suggestion underlines are shown with these hidden layers.
    static bool suggestionsShown(const QStringList &layers)
    {
        return !layers.contains(QLatin1String("suggestions"));
    }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The reader switched a layer on or off; `layers` are all the hidden ones.
    void hiddenLayersChanged(const QStringList &layers);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int layerAt(const QPoint &pos) const;

    HighlightStyle m_style;
    QMenu *m_menu = nullptr;
    QList<QAction *> m_actions; ///< by layerNames() index
    QList<QRect> m_hitBoxes; ///< by layerNames() index, from the last paint
};

} // namespace sw::ui

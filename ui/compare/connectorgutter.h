// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "comparisonmodel.h"

#include <QSplitterHandle>

namespace sw::ui {

class ArticlePane;
class ComparisonSplitter;

/// A band between two adjacent panes, in gutter coordinates.
struct ConnectorBand
{
    int passage = -1;
    PassageKind kind = PassageKind::Verbatim;
    bool moved = false;
    bool current = false;
    double leftTop = 0;
    double leftBottom = 0;
    double rightTop = 0;
    double rightBottom = 0;
    bool leftVisible = true; ///< false: the left end is off screen and the band is a stub
    bool rightVisible = true;
    int leftClip = 0; ///< -1: left end above the viewport, 1: below
    int rightClip = 0;
};

/// The gutter between two adjacent panes (a splitter handle, so it still resizes them). It
/// paints a filled cubic band from each passage visible in either pane to its counterpart in
/// the other; a band whose other end is off screen shrinks to a stub pointing that way.
class ConnectorGutter : public QSplitterHandle
{
    Q_OBJECT

public:
    explicit ConnectorGutter(ComparisonSplitter *parent);

    /// The panes this gutter connects (nullptr when it is the first handle or hidden).
    ArticlePane *leftPane() const;
    ArticlePane *rightPane() const;
    /// The bands for what is on screen now.
    QList<ConnectorBand> bands() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ComparisonSplitter *m_splitter = nullptr;
};

} // namespace sw::ui

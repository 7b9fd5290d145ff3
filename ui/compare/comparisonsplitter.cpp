// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "comparisonsplitter.h"

#include "articlepane.h"
#include "connectorgutter.h"

namespace sw::ui {

ComparisonSplitter::ComparisonSplitter(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{
    setHandleWidth(44);
    setChildrenCollapsible(false);
    setOpaqueResize(true);
}

void ComparisonSplitter::setFocusPassages(int hovered, int current)
{
    m_hovered = hovered;
    m_current = current;
    updateGutters();
}

ArticlePane *ComparisonSplitter::paneAt(int index) const
{
    return qobject_cast<ArticlePane *>(widget(index));
}

ArticlePane *ComparisonSplitter::visiblePaneBefore(int index) const
{
    for (int i = index - 1; i >= 0; --i) {
        ArticlePane *pane = paneAt(i);
        if (pane && !pane->isHidden())
            return pane;
    }
    return nullptr;
}

void ComparisonSplitter::updateGutters()
{
    for (int i = 0; i < count(); ++i)
        handle(i)->update();
}

QSplitterHandle *ComparisonSplitter::createHandle()
{
    return new ConnectorGutter(this);
}

} // namespace sw::ui

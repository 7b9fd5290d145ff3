// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "comparisonmodel.h"
#include "highlightstyle.h"

#include <QSplitter>

namespace sw::ui {

class ArticlePane;

/// The row of article panes. Its handles are ConnectorGutters; it holds what they paint from:
/// the shared model, the style and the hovered / current passage.
class ComparisonSplitter : public QSplitter
{
    Q_OBJECT

public:
    explicit ComparisonSplitter(QWidget *parent = nullptr);

    void setModel(ComparisonModelPtr model) { m_model = std::move(model); }
    const ComparisonModelPtr &model() const { return m_model; }
    void setStyle(const HighlightStyle &style) { m_style = style; }
    const HighlightStyle &style() const { return m_style; }
    void setFocusPassages(int hovered, int current);
    int hoveredPassage() const { return m_hovered; }
    int currentPassage() const { return m_current; }

    /// The pane at splitter index `index`, or nullptr.
    ArticlePane *paneAt(int index) const;
    /// The nearest visible pane left of splitter index `index`, or nullptr.
    ArticlePane *visiblePaneBefore(int index) const;
    void updateGutters();

protected:
    QSplitterHandle *createHandle() override;

private:
    ComparisonModelPtr m_model;
    HighlightStyle m_style;
    int m_hovered = -1;
    int m_current = -1;
};

} // namespace sw::ui

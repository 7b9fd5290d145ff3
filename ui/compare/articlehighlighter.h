#pragma once

#include "comparisonmodel.h"
#include "highlightstyle.h"

#include <QSyntaxHighlighter>

namespace sw::ui {

/// Applies the comparison highlights to one pane's document, block by block: each block looks
/// up only the spans intersecting it (binary search in the shared model), so the cost follows
/// what Qt lays out, and hover changes re-highlight only the blocks of the affected passages.
class ArticleHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    ArticleHighlighter(QTextDocument *document, int article);

    void setModel(ComparisonModelPtr model);
    void setStyle(const HighlightStyle &style);
    /// The passage under the mouse and the current (clicked / navigated) passage; -1 for none.
    void setFocusPassages(int hovered, int current);
    int hoveredPassage() const { return m_hovered; }
    int currentPassage() const { return m_current; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void rehighlightPassage(int passage);
    void mergeRange(int from, int length, const QTextCharFormat &extra);

    ComparisonModelPtr m_model;
    HighlightStyle m_style;
    int m_article = -1;
    int m_hovered = -1;
    int m_current = -1;
};

} // namespace sw::ui

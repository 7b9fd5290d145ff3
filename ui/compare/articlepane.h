#pragma once

#include "comparisonmodel.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace sw::ui {

class ArticleTextView;
class HighlightStyle;
class OverviewStrip;

/// One column of the comparison: a header (title, outlet, words, % shared, derivation, and
/// buttons to move or hide the pane), the article text and its overview strip.
class ArticlePane : public QWidget
{
    Q_OBJECT

public:
    ArticlePane(const Article &article, int index, QWidget *parent = nullptr);

    int article() const { return m_article; }
    ArticleTextView *view() const { return m_view; }
    OverviewStrip *overview() const { return m_overview; }
    void setModel(const ComparisonModelPtr &model);
    void setStyle(const HighlightStyle &style);
    /// The header's second line, e.g. "Nordic Wire · 512 words · 63 % shared · partially derived".
    QString summaryText() const;
    void setActive(bool active);

Q_SIGNALS:
    void moveRequested(int delta);
    void hideRequested();

private:
    int m_article = -1;
    QString m_outlet;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_header = nullptr;
    ArticleTextView *m_view = nullptr;
    OverviewStrip *m_overview = nullptr;
};

} // namespace sw::ui

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
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
    /// The header's second and third lines, e.g. "Nordic Wire · 512 words" and
    /// "63 % shared · partially derived".
    QString outletText() const { return m_outletText; }
    QString summaryText() const { return m_summaryText; }
    void setActive(bool active);

Q_SIGNALS:
    void moveRequested(int delta);
    void hideRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateLabels();

    int m_article = -1;
    QString m_outlet;
    QString m_titleText;
    QString m_summaryText;
    QString m_outletText;
    QLabel *m_title = nullptr;
    QLabel *m_outletLabel = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_header = nullptr;
    ArticleTextView *m_view = nullptr;
    OverviewStrip *m_overview = nullptr;
};

} // namespace sw::ui

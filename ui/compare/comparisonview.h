// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "comparisonmodel.h"
#include "highlightstyle.h"

#include <QWidget>
#include <functional>

class QLabel;
class QScrollArea;
class QTimer;

namespace sw::ui {

class ArticlePane;
class ComparisonSplitter;
class FindBar;

/// The side-by-side comparison: one ArticlePane per article in a splitter whose handles draw
/// the connecting bands, plus the find bar. Coordinates hover, click-to-align, synchronised
/// scrolling, keyboard navigation, find and zoom across the panes.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(QWidget *parent = nullptr);

    /// Shows the articles' text at once; highlights follow with setResult().
    void setBundle(const Bundle &bundle);
    void setResult(ComparisonResult result);
    /// Shows a comparison index built elsewhere (a worker thread) for the articles shown.
    void setModel(const ComparisonModelPtr &model);
    void clear();

    /// Adjusts every highlight style the view makes (the preferences' colours); applied at once.
    void setStyleCustomizer(std::function<void(HighlightStyle &)> customizer);
    const HighlightStyle &highlightStyle() const { return m_style; }
    /// The reading font of every pane (zoom applies on top of it).
    void setTextFont(const QFont &font);
    const ComparisonModelPtr &model() const { return m_model; }
    const Bundle &bundle() const;

    int paneCount() const { return int(m_panes.size()); }
    /// The narrowest a pane gets: about MinimumReadingColumns characters of the reading font per
    /// line. When the panes do not fit side by side at that width, the row scrolls horizontally
    /// and the active pane is scrolled into view.
    static constexpr int MinimumReadingColumns = 38;
    int paneMinimumWidth() const;
    /// The mean advance of a character of running text in `font`.
    static double typicalCharWidth(const QFont &font);
    QScrollArea *paneRow() const { return m_row; }
    /// Shown instead of the panes while no article is open.
    QLabel *emptyState() const { return m_empty; }
    /// The pane of article `article` (bundle order), or nullptr.
    ArticlePane *pane(int article) const;
    /// Article indexes in on-screen order, hidden panes included.
    QList<int> paneOrder() const;
    bool isPaneVisible(int article) const;
    void setPaneVisible(int article, bool visible);
    void movePane(int article, int delta);
    /// The pane the keyboard commands act on (the last one focused).
    ArticlePane *activePane() const;
    void setActivePane(int article);
    /// Gives keyboard focus to the text of the shown pane at `position` (0-based, on-screen order)
    /// and scrolls it into view; false when fewer panes are shown.
    bool focusPaneAt(int position);

    int currentPassage() const { return m_current; }
    int hoveredPassage() const { return m_hovered; }
    /// Makes `passage` current and scrolls every pane to its counterpart, level with the
    /// passage in `sourceArticle` (or in the upper third when -1).
    void activatePassage(int passage, int sourceArticle = -1);
    void setHoveredPassage(int passage);
    /// Shows [start, end) of `article` and aligns the other panes if it is shared.
    void jumpTo(int article, int start, int end);
    /// Selects the next/previous shared or only-here span of the active pane (the one last
    /// focused, whichever widget has focus now), going round at the ends (`wrapped` says so).
    bool goToSpan(bool unique, bool forward, bool *wrapped = nullptr);

    bool syncScrolling() const { return m_sync; }
    void setSyncScrolling(bool on);
    void zoom(int steps);
    int zoomSteps() const { return m_zoom; }

    FindBar *findBar() const { return m_findBar; }
    void showFindBar();
    /// Finds `text` from the active pane's cursor on, continuing through the other panes.
    bool find(const QString &text, bool forward);

Q_SIGNALS:
    void panesChanged();
    void currentPassageChanged(int passage);
    void activePaneChanged(int article);

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectPane(ArticlePane *pane);
    void applyFocus();
    void syncFrom(ArticlePane *source);
    QList<ArticlePane *> visiblePanes() const;
    void updateFindStatus(const QString &text);
    /// Appends the next slices of long articles' text, a few milliseconds per event-loop turn.
    void fillTexts();
    void updatePaneMinimumWidth();

    Bundle m_emptyBundle;
    std::shared_ptr<Bundle> m_bundle;
    ComparisonModelPtr m_model;
    void restyle();

    HighlightStyle m_style;
    std::function<void(HighlightStyle &)> m_customizer;
    QFont m_textFont;
    bool m_hasTextFont = false;
    ComparisonSplitter *m_splitter = nullptr;
    QScrollArea *m_row = nullptr;
    QLabel *m_empty = nullptr;
    FindBar *m_findBar = nullptr;
    QTimer *m_fillTimer = nullptr;
    QList<ArticlePane *> m_panes; // by article index
    int m_active = -1;
    int m_hovered = -1;
    int m_current = -1;
    int m_zoom = 0;
    bool m_sync = true;
    bool m_syncing = false;
};

} // namespace sw::ui

#pragma once

#include "highlightstyle.h"

#include <QWidget>

namespace sw::ui {

/// A one-line key to the highlights above the panes, drawn with the same colours, underline
/// styles and margin bars as the text, so the screen explains itself.
class LegendBar : public QWidget
{
    Q_OBJECT

public:
    explicit LegendBar(QWidget *parent = nullptr);

    void setStyle(const HighlightStyle &style);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    HighlightStyle m_style;
};

} // namespace sw::ui

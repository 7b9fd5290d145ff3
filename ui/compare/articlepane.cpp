// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "articlepane.h"

#include "articletextview.h"
#include "highlightstyle.h"
#include "overviewstrip.h"
#include "report/derivationlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace sw::ui {

namespace {

QToolButton *headerButton(Qt::ArrowType arrow, const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    if (arrow != Qt::NoArrow)
        button->setArrowType(arrow);
    else
        button->setText(text);
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

ArticlePane::ArticlePane(const Article &article, int index, QWidget *parent)
    : QWidget(parent)
    , m_article(index)
    , m_outlet(article.outlet)
{
    setAccessibleName(tr("Article pane: %1").arg(article.outlet));
    m_header = new QWidget(this);
    m_header->setAutoFillBackground(true);
    m_header->setBackgroundRole(QPalette::AlternateBase);
    auto *headerLayout = new QHBoxLayout(m_header);
    headerLayout->setContentsMargins(8, 4, 4, 4);
    auto *labels = new QVBoxLayout;
    labels->setSpacing(1);
    m_titleText = article.title;
    m_title = new QLabel(m_header);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setToolTip(article.title);
    m_title->setMinimumWidth(40);
    m_outletLabel = new QLabel(m_header);
    m_outletLabel->setTextFormat(Qt::PlainText);
    m_outletLabel->setMinimumWidth(40);
    QFont bold = m_outletLabel->font();
    bold.setBold(true);
    m_outletLabel->setFont(bold);
    m_summary = new QLabel(m_header);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setMinimumWidth(40);
    m_outletText = tr("%1 \u00b7 %n word(s)", nullptr, int(article.wordCount)).arg(article.outlet);
    for (QLabel *label : { m_title, m_outletLabel, m_summary })
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // The outlet first: it names the pane; the title follows, both elided to the width.
    labels->addWidget(m_outletLabel);
    labels->addWidget(m_title);
    labels->addWidget(m_summary);
    headerLayout->addLayout(labels, 1);

    auto *left = headerButton(Qt::LeftArrow, tr("Move pane left"), m_header);
    auto *right = headerButton(Qt::RightArrow, tr("Move pane right"), m_header);
    auto *hide = headerButton(Qt::NoArrow, tr("Hide pane"), m_header);
    hide->setText(QStringLiteral("\u2715"));
    for (QToolButton *button : { left, right, hide })
        headerLayout->addWidget(button, 0, Qt::AlignTop);
    connect(left, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(-1); });
    connect(right, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(1); });
    connect(hide, &QToolButton::clicked, this, &ArticlePane::hideRequested);

    m_view = new ArticleTextView(index, this);
    m_view->setAccessibleName(tr("Text of %1").arg(article.outlet));
    m_view->setArticleText(article.text);
    m_overview = new OverviewStrip(m_view, this);
    m_overview->setFixedWidth(14);
    connect(m_overview, &OverviewStrip::jumpRequested, m_view,
            [this](int position) { m_view->scrollPositionTo(position, m_view->viewport()->height() / 2.0); });

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_view, 1);
    body->addWidget(m_overview);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addLayout(body, 1);
    setMinimumWidth(120);
    updateLabels();
}

void ArticlePane::setModel(const ComparisonModelPtr &model)
{
    m_view->setModel(model);
    m_overview->setModel(model);
    if (model && model->hasResult()) {
        const ComparisonResult &r = model->result();
        const int words = r.wordCounts.value(m_article);
        const int percent = qRound(100.0 * r.sharedFraction.value(m_article));
        m_outletText = tr("%1 \u00b7 %n word(s)", nullptr, words).arg(m_outlet);
        m_summaryText
            = tr("%1 % shared \u00b7 %2").arg(percent).arg(derivationLabel(r.derivation.value(m_article)));
    }
    updateLabels();
}

void ArticlePane::setStyle(const HighlightStyle &style)
{
    m_view->setStyle(style);
    m_overview->setStyle(style);
}

void ArticlePane::updateLabels()
{
    // One line each, elided to the width the header's layout gives the labels (the pane's width less
    // the buttons and margins, which depend on the style); the full text is in the tooltips.
    const int available = std::max(40, m_outletLabel->contentsRect().width());
    m_title->setText(m_title->fontMetrics().elidedText(m_titleText, Qt::ElideRight, available));
    m_outletLabel->setText(m_outletLabel->fontMetrics().elidedText(m_outletText, Qt::ElideRight, available));
    m_summary->setText(m_summary->fontMetrics().elidedText(m_summaryText, Qt::ElideRight, available));
    m_summary->setToolTip(m_summaryText);
    m_outletLabel->setToolTip(m_outletText);
}

void ArticlePane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateLabels();
}

void ArticlePane::setActive(bool active)
{
    m_header->setBackgroundRole(active ? QPalette::Midlight : QPalette::AlternateBase);
}

} // namespace sw::ui

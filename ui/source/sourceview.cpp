// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sourceview.h"

#include "syntaxadapter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace sw::ui {

SourceView::SourceView(const Article &article, SyntaxAdapter &adapter, const QString &themeName,
                       QWidget *parent)
    : QDialog(parent)
    , m_article(article)
    , m_adapter(adapter)
{
    setWindowTitle(tr("Source of %1").arg(article.fileName));
    setAccessibleName(tr("Article source"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText);
    top->addWidget(m_details, 1);
    const QStringList themes = adapter.sourceThemeNames();
    QString theme = themeName;
    if (!themes.isEmpty()) {
        if (!themes.contains(theme))
            theme = adapter.defaultSourceTheme(palette().color(QPalette::Base).lightness() < 128);
        auto *label = new QLabel(tr("&Theme:"), this);
        m_theme = new QComboBox(this);
        m_theme->setAccessibleName(tr("Source highlighting theme"));
        m_theme->addItems(themes);
        m_theme->setCurrentText(theme);
        label->setBuddy(m_theme);
        top->addWidget(label);
        top->addWidget(m_theme);
    }
    layout->addLayout(top);

    m_editor = new QPlainTextEdit(this);
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setAccessibleName(tr("Source text of %1").arg(article.fileName));
    // The source is shown as text, never interpreted: a QPlainTextEdit fetches and runs nothing.
    m_editor->setPlainText(article.source);
    m_definition = adapter.highlight(m_editor->document(), article.fileName, theme);
    layout->addWidget(m_editor, 1);
    if (m_theme) {
        applyTheme(theme);
        connect(m_theme, &QComboBox::textActivated, this, [this](const QString &name) {
            applyTheme(name);
            Q_EMIT themeChosen(name);
        });
    }

    const QString highlighting = m_definition.isEmpty() ? tr("no highlighting") : m_definition;
    m_details->setText(tr("%1 \u00b7 %2 \u00b7 %3 \u00b7 %4")
                           .arg(article.filePath.isEmpty() ? article.fileName : article.filePath,
                                sourceFormatName(article.format), article.encoding, highlighting));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 700);
}

QString SourceView::themeName() const
{
    return m_theme ? m_theme->currentText() : QString();
}

void SourceView::applyTheme(const QString &themeName)
{
    m_adapter.setTheme(m_editor->document(), themeName);
    // The editor's own colours follow the theme, so a dark theme does not paint on a light page.
    const ReadingPalette colours = m_adapter.palette(themeName);
    QPalette p = m_editor->palette();
    p.setColor(QPalette::Base, colours.background);
    p.setColor(QPalette::Text, colours.text);
    p.setColor(QPalette::Highlight, colours.selection);
    p.setColor(QPalette::HighlightedText, colours.text);
    m_editor->setPalette(p);
}

void SourceView::showDisplayRange(int displayOffset, int length)
{
    const qsizetype start = m_article.sourceMap.toSource(displayOffset);
    const qsizetype end = std::max(start, m_article.sourceMap.toSource(displayOffset + length));
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(std::min<qsizetype>(start, m_article.source.size())));
    cursor.setPosition(int(std::min<qsizetype>(end, m_article.source.size())), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
}

} // namespace sw::ui

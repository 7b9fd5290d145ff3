#include "sourceview.h"

#include "syntaxadapter.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace sw::ui {

SourceView::SourceView(const Article &article, SyntaxAdapter &adapter, QWidget *parent)
    : QDialog(parent)
    , m_article(article)
{
    setWindowTitle(tr("Source of %1").arg(article.fileName));
    setAccessibleName(tr("Article source"));
    auto *layout = new QVBoxLayout(this);

    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText);
    layout->addWidget(m_details);

    m_editor = new QPlainTextEdit(this);
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setAccessibleName(tr("Source text of %1").arg(article.fileName));
    // The source is shown as text, never interpreted: a QPlainTextEdit fetches and runs nothing.
    m_editor->setPlainText(article.source);
    m_definition = adapter.highlight(m_editor->document(), article.fileName);
    layout->addWidget(m_editor, 1);

    const QString highlighting = m_definition.isEmpty() ? tr("no highlighting") : m_definition;
    m_details->setText(tr("%1 \u00b7 %2 \u00b7 %3 \u00b7 %4")
                           .arg(article.filePath.isEmpty() ? article.fileName : article.filePath,
                                sourceFormatName(article.format), article.encoding, highlighting));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 700);
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

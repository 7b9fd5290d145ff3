#pragma once

#include "bundle/article.h"

#include <QDialog>

class QPlainTextEdit;
class QLabel;

namespace sw::ui {

class SyntaxAdapter;

/// View → Source: an article's raw source (HTML, Markdown or text) as it was read from disk,
/// highlighted by the syntax adapter, scrolled to the source of the current display position.
class SourceView : public QDialog
{
    Q_OBJECT

public:
    SourceView(const Article &article, SyntaxAdapter &adapter, QWidget *parent = nullptr);

    /// Moves the cursor to the source of display offset `displayOffset` and selects `length` units.
    void showDisplayRange(int displayOffset, int length);

    QPlainTextEdit *editor() const { return m_editor; }
    QString definitionName() const { return m_definition; }

private:
    const Article &m_article;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_details = nullptr;
    QString m_definition;
};

} // namespace sw::ui

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bundle/article.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QLabel;

namespace sw::ui {

class SyntaxAdapter;

/// View → Source: an article's raw source (HTML, Markdown or text) as it was read from disk,
/// highlighted by the syntax adapter, scrolled to the source of the current display position.
/// With KSyntaxHighlighting a box offers its themes; choosing one re-colours the view at once.
class SourceView : public QDialog
{
    Q_OBJECT

public:
    /// `themeName` is the KSyntaxHighlighting theme to start with; empty or unknown: the default light or
    /// dark theme, whichever suits the window's palette.
    SourceView(const Article &article, SyntaxAdapter &adapter, const QString &themeName = QString(),
               QWidget *parent = nullptr);

    /// Moves the cursor to the source of display offset `displayOffset` and selects `length` units.
    void showDisplayRange(int displayOffset, int length);

    QPlainTextEdit *editor() const { return m_editor; }
    QString definitionName() const { return m_definition; }
    /// The theme box; nullptr without KSyntaxHighlighting.
    QComboBox *themeBox() const { return m_theme; }
    /// The theme in use; empty without KSyntaxHighlighting.
    QString themeName() const;

Q_SIGNALS:
    /// The user chose another theme in the box.
    void themeChosen(const QString &themeName);

private:
    void applyTheme(const QString &themeName);

    const Article &m_article;
    SyntaxAdapter &m_adapter;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_details = nullptr;
    QComboBox *m_theme = nullptr;
    QString m_definition;
};

} // namespace sw::ui

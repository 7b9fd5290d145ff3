// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "preferences.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QMenu;
class QPagedPaintDevice;
class QPrinter;

namespace sw {
struct ReportModel;
}

namespace sw::ui {

class MainWindow;
class ExportDialog;
class HighlightStyle;
class PreferencesDialog;
class SourceView;
class SyntaxAdapter;

/// The desktop side of the main window: preferences (applied live to the comparison, the engine
/// options and autosave), the reading theme, View → Source with syntax highlighting, printing
/// and print preview of the report, and the About text. Keeps MainWindow free of these concerns.
class DesktopController : public QObject
{
    Q_OBJECT

public:
    DesktopController(MainWindow *window, Preferences *preferences);
    ~DesktopController() override;

    Preferences *preferences() const { return m_preferences; }
    SyntaxAdapter &syntax() const { return *m_syntax; }

    QAction *preferencesAction() const { return m_preferencesAction; }
    QAction *sourceAction() const { return m_sourceAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *printPreviewAction() const { return m_printPreviewAction; }

    /// Opens (non-modally) File → Export… on the current report and returns it.
    ExportDialog *showExport();
    /// Opens (non-modally) the Preferences dialog and returns it.
    PreferencesDialog *showPreferences();
    /// Opens the source of the active pane's article, scrolled to its cursor; nullptr without articles.
    SourceView *showSource();
    /// The report of what the window shows (comparison and the editor's annotations).
    ReportModel currentReport() const;
    /// Paints the current report on a printer or other paged device; false when there is nothing to print.
    bool printTo(QPrinter *printer) const;

    /// One line for the About box on how the source view highlights.
    static QString aboutDetails();

private:
    void apply(const QString &key);
    void applyReadingTheme();
    void customizeStyle(HighlightStyle &style) const;
    void print();
    void printPreview();

    MainWindow *m_window;
    Preferences *m_preferences;
    std::unique_ptr<SyntaxAdapter> m_syntax;
    QAction *m_preferencesAction = nullptr;
    QAction *m_sourceAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QPointer<PreferencesDialog> m_dialog;
    QPointer<ExportDialog> m_export;
};

} // namespace sw::ui

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "report/reportexporter.h"
#include "report/reportmodel.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace sw::ui {

/// File → Export…: choose the format, what to include and the file; the report is written on a
/// worker thread with a progress indicator, and the dialog says what was written (or why not).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(ReportModel model, const QString &suggestedBaseName, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QComboBox *formatBox() const { return m_format; }
    QLineEdit *pathEdit() const { return m_path; }
    QCheckBox *sectionBox(const QString &name) const;
    QLabel *statusLabel() const { return m_status; }
    bool isExporting() const { return m_watcher.isRunning(); }

    ReportFormat format() const;
    ReportOptions options() const;

    /// Starts writing the report with the current choices (the Export button does this).
    void startExport();

Q_SIGNALS:
    void exported(const QStringList &files);
    void failed(const QString &message);

private:
    void browse();
    void formatChanged();
    void finished();

    ReportModel m_model;
    QString m_baseName;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QList<QPair<QString, QCheckBox *>> m_sections;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    QFutureWatcher<QPair<Error, QStringList>> m_watcher;
};

} // namespace sw::ui

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "exportdialog.h"

#include "analysisrunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sw::ui {

ExportDialog::ExportDialog(ReportModel model, const QString &suggestedBaseName, QWidget *parent)
    : QDialog(parent)
    , m_model(std::move(model))
    , m_baseName(suggestedBaseName.isEmpty() ? QStringLiteral("report") : suggestedBaseName)
{
    setWindowTitle(tr("Export Report"));
    setAccessibleName(tr("Export report"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    const QList<QPair<ReportFormat, QString>> formats = {
        { ReportFormat::Html, tr("HTML page (one self-contained file)") },
        { ReportFormat::Pdf, tr("PDF document") },
        { ReportFormat::Odt, tr("OpenDocument text (ODT)") },
        { ReportFormat::Markdown, tr("Markdown") },
        { ReportFormat::Csv, tr("CSV tables (entities, mentions, quotes)") },
        { ReportFormat::JsonLd, tr("W3C Web Annotation (JSON-LD)") },
        { ReportFormat::Tei, tr("TEI P5 XML") },
    };
    for (const auto &[format, label] : formats)
        m_format->addItem(label, int(format));
    form->addRow(tr("&Format:"), m_format);

    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setAccessibleName(tr("Output file"));
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    // A row of widgets has no buddy of its own: the label names the line edit.
    auto *pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    layout->addLayout(form);

    auto *include = new QGroupBox(tr("Include"), this);
    auto *includeLayout = new QVBoxLayout(include);
    const QList<QPair<QString, QString>> sections = {
        { QStringLiteral("articles"), tr("&Articles with their highlights and tags") },
        { QStringLiteral("matrix"), tr("Reuse &matrix") },
        { QStringLiteral("unique"), tr("\u201cOnly &here\u201d passages") },
        { QStringLiteral("entities"), tr("&Entity index") },
        { QStringLiteral("quotes"), tr("&Quotes with speakers and drift") },
        { QStringLiteral("notes"), tr("&Notes") },
    };
    for (const auto &[key, label] : sections) {
        auto *box = new QCheckBox(label, include);
        box->setChecked(true);
        includeLayout->addWidget(box);
        m_sections.append({ key, box });
    }
    layout->addWidget(include);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // writing has no meaningful steps: a busy indicator
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportDialog::finished);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents.isEmpty() ? QDir::homePath() : documents)
                        .filePath(m_baseName + QLatin1Char('.') + ReportExporter::fileSuffix(format())));
}

ExportDialog::~ExportDialog()
{
    m_watcher.waitForFinished(); // the worker writes from our copy of the model
}

QCheckBox *ExportDialog::sectionBox(const QString &name) const
{
    for (const auto &[key, box] : m_sections) {
        if (key == name)
            return box;
    }
    return nullptr;
}

ReportFormat ExportDialog::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

ReportOptions ExportDialog::options() const
{
    ReportOptions o;
    o.articles = sectionBox(QStringLiteral("articles"))->isChecked();
    o.matrix = sectionBox(QStringLiteral("matrix"))->isChecked();
    o.unique = sectionBox(QStringLiteral("unique"))->isChecked();
    o.entities = sectionBox(QStringLiteral("entities"))->isChecked();
    o.quotes = sectionBox(QStringLiteral("quotes"))->isChecked();
    o.notes = sectionBox(QStringLiteral("notes"))->isChecked();
    return o;
}

void ExportDialog::formatChanged()
{
    // Keep the chosen folder and name; only the extension follows the format.
    const QFileInfo info(m_path->text());
    const QString name = info.completeBaseName().isEmpty() ? m_baseName : info.completeBaseName();
    m_path->setText(
        QDir(info.path()).filePath(name + QLatin1Char('.') + ReportExporter::fileSuffix(format())));
    // CSV and JSON-LD carry the annotations only: the article and matrix choices do not apply.
    const bool textual = format() != ReportFormat::Csv && format() != ReportFormat::JsonLd;
    for (const auto &[key, box] : m_sections) {
        if (key == QLatin1String("articles") || key == QLatin1String("matrix")
            || key == QLatin1String("unique"))
            box->setEnabled(textual);
    }
}

void ExportDialog::browse()
{
    const QString suffix = ReportExporter::fileSuffix(format());
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Report"), m_path->text(),
                                                        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::startExport()
{
    if (isExporting())
        return;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose the file to write."));
        return;
    }
    ReportModel model = m_model;
    model.options = options();
    const ReportFormat fmt = format();
    m_exportButton->setEnabled(false);
    m_progress->show();
    m_status->setText(tr("Writing %1\u2026").arg(QDir::toNativeSeparators(path)));
    m_watcher.setFuture(QtConcurrent::run(AnalysisRunner::workerPool(), [model, fmt, path] {
        QStringList written;
        const Error error = ReportExporter::write(model, fmt, path, &written);
        return qMakePair(error, written);
    }));
}

void ExportDialog::finished()
{
    m_progress->hide();
    m_exportButton->setEnabled(true);
    const auto [error, written] = m_watcher.result();
    if (error) {
        m_status->setText(error.message);
        Q_EMIT failed(error.message);
        return;
    }
    QStringList names;
    for (const QString &file : written)
        names << QDir::toNativeSeparators(file);
    m_status->setText(tr("Wrote %1.").arg(names.join(QLatin1String(", "))));
    Q_EMIT exported(written);
}

} // namespace sw::ui

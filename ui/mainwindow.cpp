#include "mainwindow.h"

#include "bundle/bundleloader.h"

#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace sw::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_list->setAccessibleName(tr("Articles"));
    auto *right = new QWidget(splitter);
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(right);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_text = new QPlainTextEdit(right);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Article text"));
    layout->addWidget(m_details);
    layout->addWidget(m_text);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Open &Folder\u2026"), QKeySequence::Open, this, &MainWindow::openFolder);
    file->addAction(tr("Open F&iles\u2026"), this, &MainWindow::openFiles);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    connect(m_list, &QListWidget::currentRowChanged, this, &MainWindow::showArticle);
    resize(1200, 800);
    setWindowTitle(tr("Storyweave"));
}

void MainWindow::openPaths(const QStringList &paths)
{
    m_bundle = BundleLoader::load(paths);
    m_list->clear();
    for (const Article &a : std::as_const(m_bundle.articles))
        m_list->addItem(QStringLiteral("%1 \u2014 %2").arg(a.outlet, a.title));
    setWindowTitle(tr("%1 \u2014 Storyweave").arg(m_bundle.title));
    if (!m_bundle.articles.isEmpty())
        m_list->setCurrentRow(0);
    if (!m_bundle.problems.isEmpty()) {
        QStringList messages;
        for (const LoadProblem &p : std::as_const(m_bundle.problems))
            messages << p.message;
        QMessageBox box(QMessageBox::Warning, tr("Some files were skipped"),
                        tr("%n file(s) could not be opened; the rest of the bundle is shown.", nullptr,
                           int(messages.size())),
                        QMessageBox::Ok, this);
        box.setDetailedText(messages.join(QLatin1Char('\n')));
        box.exec();
    }
    statusBar()->showMessage(tr("%n article(s) loaded", nullptr, int(m_bundle.articles.size())));
}

void MainWindow::showArticle(int row)
{
    if (row < 0 || row >= m_bundle.articles.size()) {
        m_text->clear();
        m_details->clear();
        return;
    }
    const Article &a = m_bundle.articles.at(row);
    m_details->setText(tr("%1 \u00b7 %2 \u00b7 %n word(s) \u00b7 %3", nullptr, int(a.wordCount))
                           .arg(a.outlet, a.fileName, a.encoding));
    m_text->setPlainText(a.text);
}

void MainWindow::openFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Story Bundle"));
    if (!dir.isEmpty())
        openPaths({dir});
}

void MainWindow::openFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Articles"), QString(),
                                                            tr("Articles (*.txt *.md *.markdown *.html *.htm)"));
    if (!files.isEmpty())
        openPaths(files);
}

} // namespace sw::ui

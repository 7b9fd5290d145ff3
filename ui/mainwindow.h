#pragma once

#include "bundle/bundle.h"

#include <QMainWindow>

class QListWidget;
class QPlainTextEdit;
class QLabel;

namespace sw::ui {

/// The main window: opens bundles and shows their articles.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void openPaths(const QStringList &paths);
    const Bundle &bundle() const { return m_bundle; }

private:
    void showArticle(int row);
    void openFolder();
    void openFiles();

    Bundle m_bundle;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace sw::ui

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentcontroller.h"

#include "mainactions.h"
#include "messagebanner.h"
#include "project/autosaver.h"
#include "project/project.h"
#include "project/sourcewatcher.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sw::ui {

namespace {
const QString Suffix = QStringLiteral(".storyweave");
}

DocumentController::DocumentController(QMainWindow *window, MessageBanner *banner)
    : QObject(window)
    , m_window(window)
    , m_banner(banner)
    , m_project(new Project(this))
    , m_autosaver(new Autosaver(m_project, this))
    , m_watcher(new SourceWatcher(m_project, this))
    , m_bannerArea(new QWidget)
{
    // The window keeps its project open for writing: no other program may save over it meanwhile.
    m_project->setKeepLocked(true);
    m_bannerArea->setObjectName(QStringLiteral("documentBanners"));
    m_bannerLayout = new QVBoxLayout(m_bannerArea);
    m_bannerLayout->setContentsMargins(0, 0, 0, 0);
    m_bannerLayout->setSpacing(1);

    // Shortcuts and menu places come from the window's registry (registerActions).
    m_newAction = new QAction(tr("&New Project from Folder\u2026"), this);
    m_openAction = new QAction(tr("Open &Project\u2026"), this);
    m_saveAction = new QAction(tr("&Save Project"), this);
    m_saveAsAction = new QAction(tr("Save Project &As\u2026"), this);
    m_closeAction = new QAction(tr("&Close Project"), this);
    m_undoAction = m_project->undoStack()->createUndoAction(this, tr("&Undo"));
    m_redoAction = m_project->undoStack()->createRedoAction(this, tr("&Redo"));

    connect(m_newAction, &QAction::triggered, this, [this] {
        if (maybeSave())
            Q_EMIT newProjectRequested();
    });
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), QString(),
                                                          tr("Storyweave projects (*.storyweave)"));
        if (!path.isEmpty())
            openProject(path);
    });
    connect(m_saveAction, &QAction::triggered, this, &DocumentController::save);
    connect(m_saveAsAction, &QAction::triggered, this, &DocumentController::saveAs);
    connect(m_closeAction, &QAction::triggered, this, &DocumentController::closeProject);

    connect(m_project, &Project::modifiedChanged, this, &DocumentController::updateTitle);
    connect(m_project, &Project::filePathChanged, this, &DocumentController::updateTitle);
    connect(m_project, &Project::reset, this, [this] {
        // Questions about the previous document no longer apply.
        for (MessageBanner *b :
             m_bannerArea->findChildren<MessageBanner *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (b->key() != QLatin1String("recovery"))
                b->deleteLater();
        }
        updateTitle();
    });
    connect(m_project, &Project::orphansChanged, this, [this] {
        const int n = int(m_project->store().orphans().size());
        if (n > 0)
            Q_EMIT statusMessage(
                tr("%n annotation(s) could not be placed; see the Orphans panel.", nullptr, n));
    });
    connect(m_watcher, &SourceWatcher::sourceChanged, this, &DocumentController::onSourceChanged);
    connect(m_autosaver, &Autosaver::snapshotFailed, this, [this](const QString &message) {
        if (m_banner)
            m_banner->showMessage(MessageBanner::Level::Warning, tr("Autosave failed: %1").arg(message));
    });
    updateTitle();
}

DocumentController::~DocumentController()
{
    // Both use the project in their destructors; children would otherwise go in creation order,
    // the project first.
    delete m_watcher;
    delete m_autosaver;
    // The banner area belongs to the window's layout once installed; otherwise to us.
    if (m_bannerArea && !m_bannerArea->parent())
        delete m_bannerArea.data();
}

void DocumentController::registerActions(MainActions *actions) const
{
    actions->adopt(ActionId::NewProject, m_newAction);
    actions->adopt(ActionId::OpenProject, m_openAction);
    actions->adopt(ActionId::SaveProject, m_saveAction);
    actions->adopt(ActionId::SaveProjectAs, m_saveAsAction);
    actions->adopt(ActionId::CloseProject, m_closeAction);
    actions->adopt(ActionId::Undo, m_undoAction);
    actions->adopt(ActionId::Redo, m_redoAction);
}

bool DocumentController::isProjectFile(const QString &path)
{
    return path.endsWith(Suffix, Qt::CaseInsensitive);
}

void DocumentController::updateTitle()
{
    // The project's file name, or the bundle's name marked as not saved as a project yet.
    const QString filePath = m_project->filePath();
    QString title = tr("Storyweave");
    if (!filePath.isEmpty()) {
        title = tr("%1[*] \u2014 Storyweave").arg(QFileInfo(filePath).fileName());
    } else if (!m_project->bundle().articles.isEmpty()) {
        const QString name = m_project->bundle().title.isEmpty() ? tr("Untitled") : m_project->bundle().title;
        title = tr("%1 (articles, no project yet)[*] \u2014 Storyweave").arg(name);
    }
    m_window->setWindowTitle(title);
    m_window->setWindowFilePath(filePath);
    m_window->setWindowModified(m_project->isModified());
    m_saveAction->setEnabled(!m_project->bundle().articles.isEmpty());
    m_saveAsAction->setEnabled(!m_project->bundle().articles.isEmpty());
    m_closeAction->setEnabled(!m_project->bundle().articles.isEmpty());
}

bool DocumentController::maybeSave()
{
    if (!m_project->isModified())
        return true;
    Answer answer = Answer::Cancel;
    if (m_unsavedHandler) {
        answer = m_unsavedHandler();
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                        tr("The project has unsaved changes. Save them before going on?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
        box.setDefaultButton(QMessageBox::Save);
        const int result = box.exec();
        answer = result == QMessageBox::Save ? Answer::Save
            : result == QMessageBox::Discard ? Answer::Discard
                                             : Answer::Cancel;
    }
    switch (answer) {
    case Answer::Save:
        return save();
    case Answer::Discard:
        m_autosaver->discard();
        return true;
    case Answer::Cancel:
        break;
    }
    return false;
}

bool DocumentController::openProject(const QString &path)
{
    if (!maybeSave())
        return false;
    Error error;
    if (!m_project->open(path, &error, Project::Access::ReadWrite)) {
        if (m_banner)
            m_banner->showMessage(MessageBanner::Level::Error,
                                  tr("Could not open the project %1.").arg(QDir::toNativeSeparators(path)),
                                  error.message);
        return false;
    }
    if (m_banner)
        m_banner->hide();
    showSourceProblems();
    Q_EMIT projectOpened(m_project->filePath());
    return true;
}

void DocumentController::showSourceProblems()
{
    const QStringList warnings = m_project->warnings();
    if (!warnings.isEmpty() && m_banner) {
        m_banner->showMessage(
            MessageBanner::Level::Warning,
            tr("%n problem(s) with the sources of this project.", nullptr, int(warnings.size())),
            warnings.join(QLatin1Char('\n')));
    }
    for (const Article &article : m_project->bundle().articles) {
        if (m_project->sourceStatus(article.id).state != SourceStatus::Missing)
            continue;
        const QString articleId = article.id;
        MessageBanner *b
            = addBanner(QStringLiteral("missing:") + articleId,
                        tr("%1 is missing; the text stored in the project is shown.")
                            .arg(QDir::toNativeSeparators(article.filePath.isEmpty() ? article.fileName
                                                                                     : article.filePath)),
                        true);
        b->addButton(tr("Locate\u2026"), [this, articleId] {
            const Article *a = m_project->article(articleId);
            const QString path = QFileDialog::getOpenFileName(
                m_window, tr("Locate %1").arg(a ? a->fileName : articleId), QString(),
                tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
            if (path.isEmpty())
                return;
            Error error;
            if (!m_project->relocateArticle(articleId, path, &error) && m_banner)
                m_banner->showMessage(MessageBanner::Level::Error, error.message);
        });
    }
}

void DocumentController::onSourceChanged(const QString &articleId)
{
    const Article *article = m_project->article(articleId);
    if (!article)
        return;
    MessageBanner *b = addBanner(QStringLiteral("changed:") + articleId,
                                 tr("%1 changed on disk. Reload it? Annotations are placed again; those that "
                                    "cannot be are listed under Orphans.")
                                     .arg(article->fileName),
                                 false);
    b->addButton(tr("Reload"), [this, articleId] {
        Error error;
        if (!m_project->reloadArticle(articleId, &error) && m_banner)
            m_banner->showMessage(MessageBanner::Level::Error, error.message);
        else
            Q_EMIT statusMessage(m_project->sourceStatus(articleId).message);
    });
}

MessageBanner *DocumentController::addBanner(const QString &key, const QString &text, bool warning)
{
    if (MessageBanner *old = questionBanner(key)) {
        old->hide();
        old->deleteLater();
    }
    auto *b = new MessageBanner(key, warning ? MessageBanner::Level::Warning : MessageBanner::Level::Info,
                                text, m_bannerArea);
    m_bannerLayout->addWidget(b);
    b->show();
    return b;
}

MessageBanner *DocumentController::questionBanner(const QString &key) const
{
    for (MessageBanner *b :
         m_bannerArea->findChildren<MessageBanner *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (b->key() == key && !b->isHidden())
            return b;
    }
    return nullptr;
}

bool DocumentController::save()
{
    if (m_project->filePath().isEmpty())
        return saveAs();
    return saveTo(m_project->filePath());
}

bool DocumentController::saveAs()
{
    QString path;
    if (m_savePath) {
        path = m_savePath();
    } else {
        const QString suggested = m_project->filePath().isEmpty()
            ? QDir(m_project->bundle().rootPath).filePath(m_project->bundle().title + Suffix)
            : m_project->filePath();
        path = QFileDialog::getSaveFileName(m_window, tr("Save Project As"), suggested,
                                            tr("Storyweave projects (*.storyweave)"));
    }
    if (path.isEmpty())
        return false;
    if (!isProjectFile(path))
        path += Suffix;
    return saveTo(path);
}

bool DocumentController::saveTo(const QString &path)
{
    Error error;
    if (!m_project->save(path, &error)) {
        if (m_banner)
            m_banner->showMessage(MessageBanner::Level::Error,
                                  tr("The project was not saved to %1; your work is still open.")
                                      .arg(QDir::toNativeSeparators(path)),
                                  error.message);
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    Q_EMIT projectOpened(m_project->filePath());
    return true;
}

bool DocumentController::closeProject()
{
    if (!maybeSave())
        return false;
    m_project->setBundle(Bundle {});
    return true;
}

void DocumentController::offerRecovery()
{
    const QList<Autosaver::Snapshot> snapshots = Autosaver::recoverable();
    if (snapshots.isEmpty())
        return;
    const Autosaver::Snapshot snapshot = snapshots.first();
    const QString when = QLocale().toString(snapshot.saved, QLocale::ShortFormat);
    const QString what
        = snapshot.originalPath.isEmpty() ? snapshot.title : QDir::toNativeSeparators(snapshot.originalPath);
    MessageBanner *b
        = addBanner(QStringLiteral("recovery"),
                    tr("Unsaved work on \u201c%1\u201d from %2 was left behind when Storyweave last "
                       "stopped. Recover it?")
                        .arg(what, when),
                    true);
    b->addButton(tr("Recover"), [this, snapshot] {
        if (!maybeSave())
            return;
        Error error;
        if (!Autosaver::recover(snapshot, m_project, &error)) {
            if (m_banner)
                m_banner->showMessage(MessageBanner::Level::Error,
                                      tr("The autosaved work could not be opened."), error.message);
            return;
        }
        // Our own autosave now holds the recovered state; the old snapshot has done its job.
        Autosaver::discardSnapshot(snapshot);
        showSourceProblems();
        Q_EMIT statusMessage(tr("Recovered unsaved work; save it to keep it."));
    });
    b->addButton(tr("Discard"), [snapshot] { Autosaver::discardSnapshot(snapshot); });
}

} // namespace sw::ui

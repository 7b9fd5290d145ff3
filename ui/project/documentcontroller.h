// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QMainWindow;
class QVBoxLayout;
class QWidget;

namespace sw {
class Autosaver;
class Project;
class SourceWatcher;
} // namespace sw

namespace sw::ui {

class MainActions;
class MessageBanner;

/// The document side of the main window: owns the Project, its autosave and source watching,
/// and provides New/Open/Save/Save As/Close and Undo/Redo. Keeps the window title (with the
/// [*] modified marker) up to date, asks before unsaved changes are lost, offers recovery of an
/// autosaved session, and turns source problems into banners with Reload / Locate… buttons.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    enum class Answer { Save, Discard, Cancel };
    using UnsavedHandler = std::function<Answer()>;
    using PathProvider = std::function<QString()>;

    DocumentController(QMainWindow *window, MessageBanner *banner);
    ~DocumentController() override;

    Project *project() const { return m_project; }
    Autosaver *autosaver() const { return m_autosaver; }
    SourceWatcher *sourceWatcher() const { return m_watcher; }
    /// Holds the question banners; the window puts it above the panes.
    QWidget *bannerArea() const { return m_bannerArea.data(); }
    /// The visible question banner with this key, or nullptr.
    MessageBanner *questionBanner(const QString &key) const;
    /// Shows a banner (replacing one with the same key) above the panes.
    MessageBanner *addBanner(const QString &key, const QString &text, bool warning);

    /// Hands New/Open/Save/Save As/Close Project and Undo/Redo to the window's registry, which gives
    /// them their shortcuts and places.
    void registerActions(MainActions *actions) const;

    /// Asks what to do with unsaved changes; true when it is fine to go on.
    bool maybeSave();
    bool openProject(const QString &path);
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    bool closeProject();
    /// Shows a banner for each autosaved session left behind by a crash.
    void offerRecovery();

    /// Replaces the Save / Discard / Cancel question (tests, scripted use).
    void setUnsavedHandler(UnsavedHandler handler) { m_unsavedHandler = std::move(handler); }
    /// Replaces the Save As file dialog (tests).
    void setSavePathProvider(PathProvider provider) { m_savePath = std::move(provider); }

    static bool isProjectFile(const QString &path);

Q_SIGNALS:
    void newProjectRequested();
    void projectOpened(const QString &path);
    void statusMessage(const QString &message);

private:
    void updateTitle();
    void showSourceProblems();
    void onSourceChanged(const QString &articleId);

    QMainWindow *m_window;
    QPointer<MessageBanner> m_banner;
    Project *m_project;
    Autosaver *m_autosaver;
    SourceWatcher *m_watcher;
    QPointer<QWidget> m_bannerArea;
    QVBoxLayout *m_bannerLayout;
    UnsavedHandler m_unsavedHandler;
    PathProvider m_savePath;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace sw::ui

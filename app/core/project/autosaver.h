// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "util/error.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <memory>

class QLockFile;
class QTimer;

namespace sw {

class Project;

/// Writes a snapshot of a modified Project every interval (default 60 s) to
/// `<AppDataLocation>/autosave/<session>.storyweave`, guarded by a QLockFile held for the session.
/// The snapshot disappears when the project becomes clean (saved, or reverted by undo) and on
/// discard(). A snapshot left behind without a live lock — the app crashed or was killed — is
/// offered at the next start through recoverable() / recover().
class Autosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultInterval = 60 * 1000;

    explicit Autosaver(Project *project, QObject *parent = nullptr);
    /// Releases the lock. The snapshot stays if the project is still modified (the UI calls
    /// discard() when the editor chose to close without saving).
    ~Autosaver() override;

    int interval() const;
    void setInterval(int milliseconds);

    QString snapshotPath() const;
    /// Writes the snapshot now if the project is modified; true when there was nothing to do.
    bool saveNow(Error *error);
    /// Removes this session's snapshot.
    void discard();

    /// A snapshot from an earlier session that ended without cleaning up.
    struct Snapshot
    {
        QString path; ///< the snapshot project file
        QString originalPath; ///< the project file it belongs to; empty for a never-saved project
        QString title; ///< the bundle title
        QDateTime saved;
    };
    static QString autosaveDirectory();
    static QList<Snapshot> recoverable();
    /// Opens a snapshot into `project`: it becomes modified, with the original file as its path.
    static bool recover(const Snapshot &snapshot, Project *project, Error *error);
    static void discardSnapshot(const Snapshot &snapshot);

Q_SIGNALS:
    void snapshotWritten(const QString &path);
    void snapshotFailed(const QString &message);

private:
    void onModifiedChanged(bool modified);
    void onTimeout();

    Project *m_project;
    QTimer *m_timer;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace sw

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "projectlock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace sw {

ProjectLock::ProjectLock() = default;
ProjectLock::~ProjectLock() = default;

QString ProjectLock::lockPath(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return QDir(info.absolutePath()).filePath(u'.' + info.fileName() + QStringLiteral(".lock"));
}

bool ProjectLock::holds(const QString &projectPath) const
{
    return m_lock && m_path == QFileInfo(projectPath).absoluteFilePath();
}

void ProjectLock::release()
{
    m_lock.reset(); // unlocks and removes the lock file
    m_path.clear();
}

bool ProjectLock::acquire(const QString &projectPath, int waitMs, Error *error)
{
    if (holds(projectPath))
        return true;
    auto lock = std::make_unique<QLockFile>(lockPath(projectPath));
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (!lock->tryLock(waitMs)) {
        if (lock->error() == QLockFile::PermissionError)
            return true; // a read-only folder: the save itself will say why it cannot write
        qint64 pid = 0;
        QString host;
        QString program;
        const QString native = QDir::toNativeSeparators(QFileInfo(projectPath).absoluteFilePath());
        if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &program))
            *error = { ErrorKind::WriteFailed,
                       tr("%1 is open for writing in %2 (process %3 on %4). Close it there first; if that "
                          "program is no longer running, delete %5.")
                           .arg(native, program.isEmpty() ? QStringLiteral("storyweave") : program)
                           .arg(pid)
                           .arg(host, QDir::toNativeSeparators(lockPath(projectPath))) };
        else
            *error = { ErrorKind::WriteFailed,
                       tr("%1 could not be locked for writing; if no other program has it open, delete %2.")
                           .arg(native, QDir::toNativeSeparators(lockPath(projectPath))) };
        return false;
    }
    m_lock = std::move(lock);
    m_path = QFileInfo(projectPath).absoluteFilePath();
    return true;
}

} // namespace sw

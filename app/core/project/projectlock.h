// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "util/error.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QLockFile;

namespace sw {

/// The exclusive right to write one project file, held by whoever has it open for writing (the
/// window, `storyweave tag`) as the hidden file `.FILE.storyweave.lock` beside it. A lock whose process is
/// gone (on this computer) is taken over; one held by a running program is not, whatever its age.
class ProjectLock
{
    Q_DECLARE_TR_FUNCTIONS(sw::ProjectLock)

public:
    ProjectLock();
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    static QString lockPath(const QString &projectPath);

    /// Locks `projectPath` (releasing any other project this object held), waiting up to `waitMs`
    /// for another writer to finish. On failure `error` names the holder and what to do. A folder
    /// where no lock file can be created (read-only) is not locked and not an error: nothing can
    /// be written there either.
    bool acquire(const QString &projectPath, int waitMs, Error *error);
    void release();
    /// True when this object holds the lock of `projectPath`.
    bool holds(const QString &projectPath) const;

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_path; ///< absolute path of the locked project
};

} // namespace sw

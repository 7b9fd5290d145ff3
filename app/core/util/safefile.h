// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QString>
#include <functional>
#include <optional>

class QIODevice;

namespace sw {

/// Writing and reading files without losing or leaking anything: every write of the program
/// (project, backup, report, autosave) goes through writeAtomically, and every file a bundle or a
/// project names is checked with isInsideFolder before it is read.
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(sw::SafeFile)

public:
    /// Writes `bytes` to `path` through a QSaveFile, unbuffered, so that a failed write reports its
    /// cause ("No space left on device", "Permission denied"); the new file replaces `path` only
    /// when everything was written and flushed. Refuses a `path` that exists and is not a regular
    /// file (a device, a pipe, a folder). `permissions`, when given, are set on the new file before
    /// it replaces `path`. Returns an empty string on success, else why it failed (translated).
    static QString writeAtomically(const QString &path, const QByteArray &bytes,
                                   std::optional<QFileDevice::Permissions> permissions = std::nullopt);

    /// Writes what `write` streams into the device it is given (buffered; a large document never
    /// has to be held in memory whole), with the same guarantees: the first failed write is
    /// remembered and every later write to the device fails, so `path` is replaced only when
    /// everything reached the disk. `write` returns an empty string, or why it failed on its own;
    /// a failed write of the device (disk full) is reported before that.
    using Writer = std::function<QString(QIODevice *device)>;
    static QString writeAtomically(const QString &path, const Writer &write,
                                   std::optional<QFileDevice::Permissions> permissions = std::nullopt);

    /// True when `path`, with every symbolic link resolved, lies inside `folder` (also resolved) or
    /// one of its subfolders. A path that does not exist is judged by its absolute, cleaned form.
    static bool isInsideFolder(const QString &path, const QString &folder);
    /// Where `path` leads once symbolic links are resolved (its absolute form when it does not exist).
    static QString resolved(const QString &path);
};

} // namespace sw

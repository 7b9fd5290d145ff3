// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QFileSystemWatcher;

namespace sw {

class Project;

/// Watches the source files of a Project's articles and reports when one's content changed on
/// disk (the UI then offers Project::reloadArticle()). Editors and sync tools often replace a
/// file atomically, which makes QFileSystemWatcher drop it: the path is added again, and the
/// folder is watched so a file that reappears is noticed. Events that do not change the bytes
/// (touch, our own reload, a rewrite with the same content) are ignored by comparing hashes.
class SourceWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SourceWatcher(Project *project, QObject *parent = nullptr);
    ~SourceWatcher() override;

    QStringList watchedFiles() const;

Q_SIGNALS:
    /// The source of `articleId` now differs from the text the project holds.
    void sourceChanged(const QString &articleId);

private:
    void rewatch();
    void check(const QString &path);
    void checkDirectory(const QString &dir);

    Project *m_project;
    QFileSystemWatcher *m_watcher;
    QHash<QString, QString> m_articleByPath;
    QHash<QString, QByteArray> m_reportedHash; ///< last hash reported per path, to report once
};

} // namespace sw

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sourcewatcher.h"

#include "project.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace sw {

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

SourceWatcher::SourceWatcher(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &SourceWatcher::check);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &SourceWatcher::checkDirectory);
    connect(m_project, &Project::reset, this, &SourceWatcher::rewatch);
    connect(m_project, &Project::articleTextChanged, this, &SourceWatcher::rewatch);
    rewatch();
}

SourceWatcher::~SourceWatcher() = default;

QStringList SourceWatcher::watchedFiles() const
{
    return m_watcher->files();
}

void SourceWatcher::rewatch()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_articleByPath.clear();
    m_reportedHash.clear();
    QStringList files;
    QStringList dirs;
    for (const Article &a : m_project->bundle().articles) {
        if (a.filePath.isEmpty())
            continue;
        m_articleByPath.insert(a.filePath, a.id);
        if (QFileInfo::exists(a.filePath))
            files.append(a.filePath);
        const QString dir = QFileInfo(a.filePath).absolutePath();
        if (!dirs.contains(dir) && QFileInfo::exists(dir))
            dirs.append(dir);
    }
    if (!files.isEmpty())
        m_watcher->addPaths(files);
    if (!dirs.isEmpty())
        m_watcher->addPaths(dirs);
}

void SourceWatcher::check(const QString &path)
{
    const auto it = m_articleByPath.constFind(path);
    if (it == m_articleByPath.cend())
        return;
    if (!QFileInfo::exists(path))
        return; // mid-replace; the directory event brings it back
    if (!m_watcher->files().contains(path))
        m_watcher->addPath(path);
    const Article *article = m_project->article(it.value());
    if (!article)
        return;
    const QByteArray hash = hashOf(path);
    if (hash.isEmpty() || hash == article->contentHash) {
        m_reportedHash.remove(path);
        return;
    }
    if (m_reportedHash.value(path) == hash)
        return;
    m_reportedHash.insert(path, hash);
    Q_EMIT sourceChanged(article->id);
}

void SourceWatcher::checkDirectory(const QString &dir)
{
    for (auto it = m_articleByPath.cbegin(); it != m_articleByPath.cend(); ++it) {
        if (QFileInfo(it.key()).absolutePath() == dir)
            check(it.key());
    }
}

} // namespace sw

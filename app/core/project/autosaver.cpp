// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "autosaver.h"

#include "project.h"
#include "projectfile.h"
#include "util/safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace sw {

namespace {

QString metaPath(const QString &snapshot)
{
    return snapshot.chopped(int(QStringLiteral(".storyweave").size())) + QStringLiteral(".json");
}

QString lockPath(const QString &snapshot)
{
    return snapshot.chopped(int(QStringLiteral(".storyweave").size())) + QStringLiteral(".lock");
}

bool writeAtomically(const QString &path, const QByteArray &bytes, Error *error)
{
    const QString failure = SafeFile::writeAtomically(path, bytes);
    if (!failure.isEmpty()) {
        *error = { ErrorKind::WriteFailed,
                   QCoreApplication::translate("sw::Autosaver", "%1: cannot write the autosave snapshot: %2")
                       .arg(path, failure) };
        return false;
    }
    return true;
}

} // namespace

Autosaver::Autosaver(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_timer(new QTimer(this))
    , m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer->setInterval(DefaultInterval);
    connect(m_timer, &QTimer::timeout, this, &Autosaver::onTimeout);
    connect(m_project, &Project::modifiedChanged, this, &Autosaver::onModifiedChanged);
    if (m_project->isModified())
        m_timer->start();
}

Autosaver::~Autosaver()
{
    if (!m_project->isModified())
        discard();
}

int Autosaver::interval() const
{
    return m_timer->interval();
}

void Autosaver::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

QString Autosaver::autosaveDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

QString Autosaver::snapshotPath() const
{
    return autosaveDirectory() + u'/' + m_session + QStringLiteral(".storyweave");
}

void Autosaver::onModifiedChanged(bool modified)
{
    if (modified) {
        m_timer->start();
    } else {
        m_timer->stop();
        discard();
    }
}

void Autosaver::onTimeout()
{
    Error error;
    if (!saveNow(&error))
        Q_EMIT snapshotFailed(error.message);
}

bool Autosaver::saveNow(Error *error)
{
    if (!m_project->isModified())
        return true;
    const QString dir = autosaveDirectory();
    if (!QDir().mkpath(dir)) {
        *error = { ErrorKind::WriteFailed, tr("%1: cannot create the autosave folder.").arg(dir) };
        return false;
    }
    const QString path = snapshotPath();
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(lockPath(path));
        m_lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
        if (!m_lock->tryLock(0)) {
            m_lock.reset();
            *error = { ErrorKind::WriteFailed,
                       tr("%1: the autosave lock is held by another process.").arg(lockPath(path)) };
            return false;
        }
    }
    const QByteArray bytes = ProjectFile::toJson({ m_project->bundle(), m_project->store() }, dir);
    const QJsonObject meta { { QStringLiteral("originalPath"), m_project->filePath() },
                             { QStringLiteral("title"), m_project->bundle().title },
                             { QStringLiteral("saved"),
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } };
    if (!writeAtomically(path, bytes, error)
        || !writeAtomically(metaPath(path), QJsonDocument(meta).toJson(), error))
        return false;
    Q_EMIT snapshotWritten(path);
    return true;
}

void Autosaver::discard()
{
    const QString path = snapshotPath();
    QFile::remove(path);
    QFile::remove(metaPath(path));
    m_lock.reset(); // unlocks and removes the lock file
}

QList<Autosaver::Snapshot> Autosaver::recoverable()
{
    QList<Snapshot> result;
    const QDir dir(autosaveDirectory());
    const QStringList files = dir.entryList({ QStringLiteral("*.storyweave") }, QDir::Files, QDir::Time);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        {
            // A live session holds its lock; a crashed one left a stale lock or none.
            QLockFile lock(lockPath(path));
            lock.setStaleLockTime(0);
            if (!lock.tryLock(0))
                continue;
        }
        Snapshot s;
        s.path = path;
        QFile meta(metaPath(path));
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
            s.originalPath = o.value(QLatin1String("originalPath")).toString();
            s.title = o.value(QLatin1String("title")).toString();
            s.saved = QDateTime::fromString(o.value(QLatin1String("saved")).toString(), Qt::ISODate);
        }
        if (!s.saved.isValid())
            s.saved = QFileInfo(path).lastModified();
        result.append(s);
    }
    return result;
}

bool Autosaver::recover(const Snapshot &snapshot, Project *project, Error *error)
{
    return project->recover(snapshot.path, snapshot.originalPath, error);
}

void Autosaver::discardSnapshot(const Snapshot &snapshot)
{
    QFile::remove(snapshot.path);
    QFile::remove(metaPath(snapshot.path));
    QFile::remove(lockPath(snapshot.path));
}

} // namespace sw

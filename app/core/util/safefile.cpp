// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "safefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

namespace sw {

QString SafeFile::resolved(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    // Not there (or a dangling link): resolve the folder that holds it, keep the name.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                            : QDir::cleanPath(folder + u'/' + info.fileName());
}

bool SafeFile::isInsideFolder(const QString &path, const QString &folder)
{
    const QString file = resolved(path);
    QString root = resolved(folder);
    if (!root.endsWith(u'/'))
        root += u'/';
    return file.startsWith(root);
}

namespace {

// Writes to a QSaveFile opened unbuffered in chunks of 64 KiB (and seeks in it), so that a failure names its
// cause (an unbuffered QFileDevice reports the errno of the write that failed) while many small writes (a PDF
// or a zip) still cost few system calls. After a failure every write fails.
class CheckedWriter : public QIODevice
{
public:
    explicit CheckedWriter(QSaveFile &file)
        : m_file(file)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    // A zip writer goes back to fill in its headers.
    bool seek(qint64 pos) override
    {
        if (!flushBuffer())
            return false;
        if (!m_file.seek(pos)) {
            m_failure = m_file.errorString();
            setErrorString(m_failure);
            return false;
        }
        return QIODevice::seek(pos);
    }

    qint64 size() const override { return std::max(m_file.size(), m_file.pos() + m_buffer.size()); }

    /// Writes what is buffered; false (and failure() says why) when the disk refused it.
    bool flushBuffer()
    {
        if (!m_failure.isEmpty())
            return false;
        if (!writeThrough(m_buffer.constData(), m_buffer.size()))
            return false;
        m_buffer.clear();
        return true;
    }

    QString failure() const { return m_failure; }

protected:
    qint64 readData(char *, qint64) override { return -1; }

    qint64 writeData(const char *data, qint64 size) override
    {
        if (!m_failure.isEmpty())
            return -1;
        if (m_buffer.size() + size > Chunk) {
            if (!flushBuffer())
                return -1;
            if (size >= Chunk)
                return writeThrough(data, size) ? size : -1;
        }
        m_buffer.append(data, size);
        return size;
    }

private:
    static constexpr qsizetype Chunk = 64 * 1024;

    bool writeThrough(const char *data, qint64 size)
    {
        qint64 done = 0;
        while (done < size) {
            // A short write is followed by one that fails and says why (disk full, file too large).
            const qint64 n = m_file.write(data + done, size - done);
            if (n <= 0) {
                m_failure = m_file.error() != QFileDevice::NoError
                    ? m_file.errorString()
                    : SafeFile::tr("the data could not be written");
                setErrorString(m_failure);
                return false;
            }
            done += n;
        }
        return true;
    }

    QSaveFile &m_file;
    QByteArray m_buffer;
    QString m_failure;
};

} // namespace

QString SafeFile::writeAtomically(const QString &path, const QByteArray &bytes,
                                  std::optional<QFileDevice::Permissions> permissions)
{
    return writeAtomically(
        path,
        [&bytes](QIODevice *device) {
            // The device remembers why a write failed; writeAtomically reports that.
            device->write(bytes);
            return QString();
        },
        permissions);
}

QString SafeFile::writeAtomically(const QString &path, const Writer &write,
                                  std::optional<QFileDevice::Permissions> permissions)
{
    const QFileInfo info(path);
    if (info.isDir())
        return tr("it is a folder");
    // Replacing a device or a pipe by a regular file would break it (and writing "into" /dev/full
    // that way would even look like success): only regular files are replaced.
    if (info.exists() && !info.isFile())
        return tr("it is not a regular file (a device, pipe or socket)");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return file.errorString();
    if (permissions && !file.setPermissions(*permissions))
        return file.errorString();
    CheckedWriter device(file);
    const QString refused = write(&device);
    if (!device.flushBuffer() || !refused.isEmpty()) {
        file.cancelWriting();
        return device.failure().isEmpty() ? refused : device.failure();
    }
    if (!file.commit())
        return file.error() != QFileDevice::NoError ? file.errorString()
                                                    : tr("the file could not be completed");
    return {};
}

} // namespace sw

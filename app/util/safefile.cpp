#include "safefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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

QString SafeFile::writeAtomically(const QString &path, const QByteArray &bytes,
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
    qint64 done = 0;
    while (done < bytes.size()) {
        // A short write is followed by one that fails and says why (disk full, file too large).
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            const QString reason = file.error() != QFileDevice::NoError ? file.errorString()
                                                                        : tr("the data could not be written");
            file.cancelWriting();
            return reason;
        }
        done += n;
    }
    if (!file.commit())
        return file.error() != QFileDevice::NoError ? file.errorString()
                                                    : tr("the file could not be completed");
    return {};
}

} // namespace sw

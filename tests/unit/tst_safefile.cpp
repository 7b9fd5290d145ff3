// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The one careful writer: streamed writes reach the file only when all of them succeeded, a failed
// write says why and keeps the previous file, and a writer that seeks back (a zip) is served.
#include "../filesizelimit.h"
#include "util/safefile.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace sw;

using sw::test::FileSizeLimit;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Many small writes, as a PDF or zip writer makes them: `lines` lines about a ferry.
SafeFile::Writer smallWrites(int lines)
{
    return [lines](QIODevice *device) {
        for (int i = 0; i < lines; ++i)
            device->write(QByteArrayLiteral("The ferry Aurelie left the quay at ") + QByteArray::number(i)
                          + QByteArrayLiteral(".\n"));
        return QString();
    };
}

} // namespace

class TestSafeFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamedWritesReachTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.txt"));
        QCOMPARE(SafeFile::writeAtomically(path, smallWrites(20000)), QString());
        const QByteArray written = readFile(path);
        QCOMPARE(written.count('\n'), 20000);
        QVERIFY(written.startsWith("The ferry Aurelie left the quay at 0.\n"));
        QVERIFY(written.endsWith("at 19999.\n"));
    }

    void aWriterMaySeekBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("archive.bin"));
        const QString failure = SafeFile::writeAtomically(path, [](QIODevice *device) {
            device->write("header:????\n");
            for (int i = 0; i < 10000; ++i)
                device->write("body line\n");
            const qint64 end = device->pos();
            if (!device->seek(7) || device->write("done") != 4 || !device->seek(end))
                return QStringLiteral("seek failed");
            device->write("tail\n");
            return QString();
        });
        QCOMPARE(failure, QString());
        const QByteArray written = readFile(path);
        QVERIFY(written.startsWith("header:done\nbody line\n"));
        QVERIFY(written.endsWith("body line\ntail\n"));
        QCOMPARE(written.size(), qsizetype(12 + 10000 * 10 + 5));
    }

    void aFailedStreamSaysWhyAndKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.txt"));
        QCOMPARE(SafeFile::writeAtomically(path, QByteArrayLiteral("previous report")), QString());
        QString failure;
        {
            FileSizeLimit full(100000);
            failure = SafeFile::writeAtomically(path, smallWrites(20000));
        }
        QVERIFY2(failure.contains(QLatin1String("too large"), Qt::CaseInsensitive), qPrintable(failure));
        QCOMPARE(readFile(path), QByteArray("previous report"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary file
    }

    void aWriterThatGivesUpKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.txt"));
        QCOMPARE(SafeFile::writeAtomically(path, QByteArrayLiteral("previous report")), QString());
        const QString failure = SafeFile::writeAtomically(path, [](QIODevice *device) {
            device->write("half a report");
            return QStringLiteral("the layout failed");
        });
        QCOMPARE(failure, QStringLiteral("the layout failed"));
        QCOMPARE(readFile(path), QByteArray("previous report"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_safefile.moc"

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bundleloader.h"

#include "align/tokenizer.h"
#include "markuptext.h"
#include "textdecoder.h"
#include "util/safefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <dirent.h>

namespace sw {
namespace {

const QString kSidecar = QStringLiteral("bundle.json");

struct SidecarEntry
{
    QString title;
    QString outlet;
    QString url;
    QDateTime published;
};

struct Sidecar
{
    QString title;
    QHash<QString, SidecarEntry> entries; ///< by file name
    QStringList order; ///< file names in the order the sidecar lists them
};

Sidecar readSidecar(const QString &dirPath, QList<LoadProblem> &problems)
{
    Sidecar sidecar;
    QFile file(QDir(dirPath).filePath(kSidecar));
    if (!file.exists())
        return sidecar;
    if (!QFileInfo(file.fileName()).isFile()) {
        problems.append({ file.fileName(),
                          QCoreApplication::translate("sw::BundleLoader",
                                                      "%1 could not be read: it is not a regular file (a "
                                                      "pipe, socket or device).")
                              .arg(file.fileName()) });
        return sidecar;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        problems.append({ file.fileName(),
                          QCoreApplication::translate("sw::BundleLoader", "%1 could not be read: %2")
                              .arg(file.fileName(), file.errorString()) });
        return sidecar;
    }
    constexpr qint64 MaxSidecarSize = 1024 * 1024;
    if (file.size() > MaxSidecarSize) {
        problems.append(
            { file.fileName(),
              QCoreApplication::translate("sw::BundleLoader",
                                          "%1 is too large (%2; the limit is %3); article details "
                                          "were taken from the files instead.")
                  .arg(file.fileName(), QLocale().formattedDataSize(file.size()),
                       QLocale().formattedDataSize(MaxSidecarSize)) });
        return sidecar;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(MaxSidecarSize), &parseError);
    if (!doc.isObject()) {
        problems.append({ file.fileName(),
                          QCoreApplication::translate("sw::BundleLoader",
                                                      "%1 is not valid JSON (%2 at byte %3); article details "
                                                      "were taken from the files instead.")
                              .arg(file.fileName(), parseError.errorString())
                              .arg(parseError.offset) });
        return sidecar;
    }
    const QJsonObject root = doc.object();
    sidecar.title = root.value(QLatin1String("title")).toString();
    const QJsonArray articles = root.value(QLatin1String("articles")).toArray();
    for (const QJsonValue &value : articles) {
        const QJsonObject o = value.toObject();
        const QString name = o.value(QLatin1String("file")).toString();
        if (name.isEmpty())
            continue;
        SidecarEntry entry;
        entry.title = o.value(QLatin1String("title")).toString();
        entry.outlet = o.value(QLatin1String("outlet")).toString();
        entry.url = o.value(QLatin1String("url")).toString();
        entry.published = QDateTime::fromString(o.value(QLatin1String("published")).toString(), Qt::ISODate);
        sidecar.entries.insert(name, entry);
        sidecar.order << name;
    }
    return sidecar;
}

/// Names of the entries of `dir` that do not survive decoding to a QString and back.
QList<QByteArray> undecodableNames(const QString &dir)
{
    QList<QByteArray> names;
    DIR *d = ::opendir(QFile::encodeName(dir).constData());
    if (!d)
        return names;
    while (const dirent *entry = ::readdir(d)) {
        const QByteArray raw(entry->d_name);
        if (QFile::encodeName(QFile::decodeName(raw)) != raw)
            names.append(raw);
    }
    ::closedir(d);
    std::sort(names.begin(), names.end());
    return names;
}

void applySidecar(Article &article, const Sidecar &sidecar)
{
    const auto it = sidecar.entries.constFind(article.fileName);
    if (it == sidecar.entries.constEnd())
        return;
    if (!it->title.isEmpty())
        article.title = it->title;
    if (!it->outlet.isEmpty())
        article.outlet = it->outlet;
    article.url = it->url;
    article.published = it->published;
}

} // namespace

bool BundleLoader::isArticleFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("text") || suffix == QLatin1String("md")
        || suffix == QLatin1String("markdown") || suffix == QLatin1String("html")
        || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml");
}

SourceFormat BundleLoader::formatForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return SourceFormat::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return SourceFormat::Html;
    return SourceFormat::PlainText;
}

QString BundleLoader::outletFromFileName(const QString &fileName)
{
    QString base = QFileInfo(fileName).completeBaseName();
    qsizetype i = 0;
    while (i < base.size()
           && (base[i].isDigit() || base[i] == QLatin1Char('-') || base[i] == QLatin1Char('_')
               || base[i] == QLatin1Char(' ') || base[i] == QLatin1Char('.')))
        ++i;
    if (i < base.size())
        base = base.mid(i);
    base.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    QStringList words = base.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words)
        w[0] = w[0].toUpper();
    return words.join(QLatin1Char(' '));
}

Article BundleLoader::articleFromSource(const QString &source, SourceFormat format, const QString &fileName)
{
    Article article;
    article.fileName = fileName;
    article.format = format;
    article.source = source;
    ExtractedText extracted;
    switch (format) {
    case SourceFormat::Html:
        extracted = extractHtml(source);
        break;
    case SourceFormat::Markdown:
        extracted = extractMarkdown(source);
        break;
    case SourceFormat::PlainText:
        extracted = extractPlainText(source);
        break;
    }
    article.text = std::move(extracted.text);
    article.sourceMap = std::move(extracted.map);
    article.title = extracted.title.isEmpty() ? QFileInfo(fileName).completeBaseName() : extracted.title;
    article.warnings = std::move(extracted.warnings);
    article.outlet = outletFromFileName(fileName);
    article.wordCount = Tokenizer::countWords(article.text);
    return article;
}

Article BundleLoader::loadArticle(const QString &filePath, const Options &options, Error *error)
{
    const QFileInfo info(filePath);
    const QString name = QDir::toNativeSeparators(info.fileName().isEmpty() ? filePath : info.fileName());
    auto fail = [&](ErrorKind kind, const QString &message) {
        if (error)
            *error = { kind, message };
        return Article {};
    };
    if (!info.exists())
        return fail(ErrorKind::NotFound, tr("%1 does not exist.").arg(QDir::toNativeSeparators(filePath)));
    if (info.isDir())
        return fail(ErrorKind::Unsupported, tr("%1 is a folder, not an article.").arg(name));
    // Opening a named pipe waits for a writer forever, and a device never ends: only regular
    // files (or links to them) are read.
    if (!info.isFile())
        return fail(
            ErrorKind::Unreadable,
            tr("%1 could not be read: it is not a regular file (a pipe, socket or device).").arg(name));
    if (info.size() > options.maxFileSize)
        return fail(ErrorKind::TooLarge,
                    tr("%1 is too large (%2; the limit is %3).")
                        .arg(name, QLocale().formattedDataSize(info.size()),
                             QLocale().formattedDataSize(options.maxFileSize)));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Unreadable, tr("%1 could not be read: %2").arg(name, file.errorString()));
    const QByteArray bytes = file.read(options.maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorKind::Unreadable, tr("%1 could not be read: %2").arg(name, file.errorString()));
    if (bytes.size() > options.maxFileSize)
        return fail(ErrorKind::TooLarge,
                    tr("%1 is too large (the limit is %2).")
                        .arg(name, QLocale().formattedDataSize(options.maxFileSize)));
    if (bytes.isEmpty())
        return fail(ErrorKind::Empty, tr("%1 is empty.").arg(name));

    const SourceFormat format = formatForFile(filePath);
    const QByteArray declared
        = format == SourceFormat::Html ? TextDecoder::sniffHtmlCharset(bytes) : QByteArray();
    DecodedText decoded = TextDecoder::decode(bytes, name, declared);
    if (decoded.error)
        return fail(decoded.error.kind, decoded.error.message);

    Article article = articleFromSource(decoded.text, format, info.fileName());
    if (article.text.isEmpty())
        return fail(ErrorKind::Empty, tr("%1 contains no readable text.").arg(name));
    article.filePath = info.absoluteFilePath();
    article.encoding = decoded.encoding;
    article.warnings = decoded.warnings + article.warnings;
    if (options.contentHash)
        article.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    if (error)
        *error = {};
    return article;
}

Bundle BundleLoader::load(const QStringList &paths, const Options &options)
{
    Bundle bundle;
    struct Listed
    {
        QString path;
        QString folder; ///< the bundle folder that listed it; empty when named explicitly
    };
    QList<Listed> files;
    Sidecar sidecar;
    auto mergeSidecar = [&](const QString &dir) {
        const Sidecar s = readSidecar(dir, bundle.problems);
        if (sidecar.title.isEmpty())
            sidecar.title = s.title;
        for (auto it = s.entries.cbegin(); it != s.entries.cend(); ++it)
            sidecar.entries.insert(it.key(), it.value());
        return s;
    };
    QStringList sidecarDirs;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(info.absoluteFilePath());
            if (bundle.rootPath.isEmpty())
                bundle.rootPath = dir.absolutePath();
            sidecarDirs << dir.absolutePath();
            const Sidecar local = mergeSidecar(dir.absolutePath());
            if (!local.order.isEmpty()) {
                // The sidecar names the bundle's articles and their order.
                for (const QString &name : local.order)
                    files.append({ dir.filePath(name), dir.absolutePath() });
                continue;
            }
            const QStringList entries = dir.entryList(QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
            qsizetype found = 0;
            for (const QString &entry : entries) {
                if (entry.startsWith(QLatin1Char('.')) || !isArticleFile(entry)
                    || entry.startsWith(QLatin1String("README"), Qt::CaseInsensitive))
                    continue;
                files.append({ dir.filePath(entry), dir.absolutePath() });
                ++found;
            }
            // A name that is not valid in the file system's encoding (UTF-8) cannot be opened by
            // name, and Qt leaves it out of the listing: say so instead of losing it silently.
            for (const QByteArray &raw : undecodableNames(dir.absolutePath()))
                bundle.problems.append(
                    { dir.absolutePath(),
                      tr("A file named “%1” in %2 was not read: its name is not valid UTF-8. Rename "
                         "it to read it.")
                          .arg(QString::fromLatin1(raw.toPercentEncoding(" .-_()")),
                               QDir::toNativeSeparators(dir.absolutePath())) });
            if (found == 0)
                bundle.problems.append({ info.absoluteFilePath(),
                                         tr("%1 contains no articles (.txt, .md or .html files).")
                                             .arg(QDir::toNativeSeparators(info.absoluteFilePath())) });
        } else {
            files.append({ info.absoluteFilePath(), QString() });
            if (info.exists() && !sidecarDirs.contains(info.absolutePath())) {
                sidecarDirs << info.absolutePath();
                mergeSidecar(info.absolutePath());
            }
            if (bundle.rootPath.isEmpty())
                bundle.rootPath = info.absolutePath();
        }
    }
    bundle.title = sidecar.title.isEmpty() ? QFileInfo(bundle.rootPath).fileName() : sidecar.title;

    for (const Listed &listed : std::as_const(files)) {
        const QString &file = listed.path;
        // A received bundle must not pull local files into a report: what a folder (its listing,
        // its bundle.json, its links) names is read only when it lies inside that folder.
        if (!listed.folder.isEmpty() && !SafeFile::isInsideFolder(file, listed.folder)) {
            bundle.problems.append(
                { file,
                  tr("%1 was not read: it lies outside the bundle folder %2 (named by bundle.json or "
                     "reached through a link). Name it on its own to read it.")
                      .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(listed.folder)) });
            continue;
        }
        Error error;
        Article article = loadArticle(file, options, &error);
        if (error) {
            bundle.problems.append({ file, error.message });
            continue;
        }
        applySidecar(article, sidecar);
        article.id = QStringLiteral("a%1").arg(bundle.articles.size() + 1);
        bundle.articles.append(std::move(article));
    }
    return bundle;
}

int Bundle::indexOf(const QString &articleId) const
{
    for (int i = 0; i < articles.size(); ++i) {
        if (articles[i].id == articleId)
            return i;
    }
    return -1;
}

QString sourceFormatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Html:
        return QStringLiteral("html");
    case SourceFormat::Markdown:
        return QStringLiteral("markdown");
    case SourceFormat::PlainText:
        break;
    }
    return QStringLiteral("text");
}

} // namespace sw

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "projectfile.h"

#include "annotate/reanchorer.h"
#include "util/codepoints.h"
#include "util/safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <memory>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace sw {

namespace {

constexpr qint64 MaxProjectSize = 512LL * 1024 * 1024;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// "$.annotations[3].selector" from valijson's context ["<root>", "[annotations]", "[3]", "[selector]"].
QString jsonPath(const std::vector<std::string> &context)
{
    QString path = QStringLiteral("$");
    for (const std::string &part : context) {
        const QString p = QString::fromStdString(part);
        if (p == QLatin1String("<root>"))
            continue;
        const QString inner = p.startsWith(u'[') && p.endsWith(u']') ? p.mid(1, p.size() - 2) : p;
        bool isIndex = false;
        inner.toLongLong(&isIndex);
        if (isIndex)
            path += u'[' + inner + u']';
        else
            path += u'.' + inner;
    }
    return path;
}

struct CompiledSchema
{
    valijson::Schema schema;
    bool ok = false;
};

const CompiledSchema &compiledSchema()
{
    static const std::unique_ptr<CompiledSchema> compiled = [] {
        auto c = std::make_unique<CompiledSchema>();
        QFile file(QStringLiteral(":/schema/project.schema.json"));
        if (!file.open(QIODevice::ReadOnly))
            return c;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        try {
            valijson::SchemaParser parser;
            valijson::adapters::QtJsonAdapter adapter(doc.object());
            parser.populateSchema(adapter, c->schema);
            c->ok = true;
        } catch (const std::exception &) {
            c->ok = false;
        }
        return c;
    }();
    return *compiled;
}

SourceFormat formatFromName(const QString &name)
{
    if (name == QLatin1String("html"))
        return SourceFormat::Html;
    if (name == QLatin1String("markdown"))
        return SourceFormat::Markdown;
    return SourceFormat::PlainText;
}

} // namespace

QString ProjectFile::projectFolder(const QString &path)
{
    return QFileInfo(SafeFile::resolved(path)).absolutePath();
}

bool ProjectFile::validate(const QJsonObject &root, Error *error)
{
    const CompiledSchema &compiled = compiledSchema();
    if (!compiled.ok) {
        *error = { ErrorKind::Invalid, tr("The project file schema could not be loaded.") };
        return false;
    }
    valijson::Validator validator;
    valijson::ValidationResults results;
    bool valid = false;
    try {
        valijson::adapters::QtJsonAdapter target(root);
        valid = validator.validate(compiled.schema, target, &results);
    } catch (const std::exception &e) {
        *error = { ErrorKind::Invalid,
                   tr("The project file could not be validated: %1").arg(QString::fromUtf8(e.what())) };
        return false;
    }
    if (valid)
        return true;
    // The deepest error names the offending value; the outer ones only repeat "property X failed".
    valijson::ValidationResults::Error deepest;
    for (const auto &e : results) {
        if (e.context.size() > deepest.context.size())
            deepest = e;
    }
    *error = { ErrorKind::Invalid,
               tr("Invalid project file at %1: %2")
                   .arg(jsonPath(deepest.context), QString::fromStdString(deepest.description)) };
    return false;
}

bool ProjectFile::migrate(QJsonObject &root, Error *error)
{
    int version = root.value(QLatin1String("version")).toInt();
    // Each step turns version N into N+1; add `if (version == 1) { migrateV1ToV2(root); version = 2; }`
    // here when version 2 exists.
    if (version != CurrentVersion) {
        *error = { ErrorKind::Unsupported, tr("Project file version %1 cannot be read.").arg(version) };
        return false;
    }
    root.insert(QStringLiteral("version"), version);
    return true;
}

std::optional<ProjectData> ProjectFile::read(const QString &path, Error *error)
{
    QFile file(path);
    if (!file.exists()) {
        *error = { ErrorKind::NotFound, tr("%1: no such project file.").arg(path) };
        return std::nullopt;
    }
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        *error = { ErrorKind::Unreadable,
                   tr("%1: cannot read the project file: %2").arg(path, file.errorString()) };
        return std::nullopt;
    }
    if (file.size() > MaxProjectSize) {
        *error = { ErrorKind::TooLarge, tr("%1: the project file is too large.").arg(path) };
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    std::optional<ProjectData> data = fromJson(bytes, projectFolder(path), error);
    if (!data)
        error->message = tr("%1: %2").arg(QFileInfo(path).fileName(), error->message);
    return data;
}

std::optional<ProjectData> ProjectFile::fromJson(const QByteArray &bytes, const QString &projectDir,
                                                 Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = { ErrorKind::Corrupt,
                   tr("not a valid project file (damaged or truncated): %1 at byte %2.")
                       .arg(parseError.errorString())
                       .arg(parseError.offset) };
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = { ErrorKind::Invalid, tr("Invalid project file at $: expected an object.") };
        return std::nullopt;
    }
    QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != formatName()) {
        *error = { ErrorKind::Unsupported,
                   tr("not a Storyweave project (the \u201c"
                      "format\u201d field at $.format is "
                      "missing or wrong).") };
        return std::nullopt;
    }
    const QJsonValue versionValue = root.value(QLatin1String("version"));
    if (!versionValue.isDouble() || versionValue.toDouble() != double(versionValue.toInteger())
        || versionValue.toInteger() < 1) {
        *error = { ErrorKind::Invalid,
                   tr("Invalid project file at $.version: expected a positive whole number.") };
        return std::nullopt;
    }
    if (versionValue.toInteger() > CurrentVersion) {
        *error = { ErrorKind::NewerVersion,
                   tr("the project was saved by a newer Storyweave (file format version %1; this version "
                      "reads up to "
                      "%2). Please update Storyweave to open it.")
                       .arg(versionValue.toInteger())
                       .arg(CurrentVersion) };
        return std::nullopt;
    }
    if (!migrate(root, error) || !validate(root, error))
        return std::nullopt;

    auto invalid = [error](const QString &path, const QString &what) {
        *error = { ErrorKind::Invalid, tr("Invalid project file at %1: %2").arg(path, what) };
        return std::nullopt;
    };

    ProjectData data;
    data.store = AnnotationStore::withBuiltIns();
    const QJsonObject bundle = root.value(QLatin1String("bundle")).toObject();
    data.bundle.title = str(bundle, "title");
    data.bundle.rootPath = projectDir;
    QHash<QString, CodePointIndex> indexes;
    QHash<QString, qsizetype> lengths;
    const QJsonArray articles = bundle.value(QLatin1String("articles")).toArray();
    const QDir dir(projectDir);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const QJsonObject o = articles.at(i).toObject();
        Article a;
        a.id = str(o, "id");
        if (indexes.contains(a.id))
            return invalid(QStringLiteral("$.bundle.articles[%1].id").arg(i),
                           tr("duplicate article id \u201c%1\u201d").arg(a.id));
        const QString rel = str(o, "path");
        a.filePath = rel.isEmpty() ? QString() : QDir::cleanPath(dir.absoluteFilePath(rel));
        a.fileName = str(o, "fileName");
        if (a.fileName.isEmpty())
            a.fileName = QFileInfo(rel).fileName();
        a.format = formatFromName(str(o, "format"));
        a.encoding = str(o, "encoding");
        a.title = str(o, "title");
        a.outlet = str(o, "outlet");
        a.url = str(o, "url");
        a.published = QDateTime::fromString(str(o, "published"), Qt::ISODate);
        a.contentHash = str(o, "contentHash").toLatin1();
        a.text = str(o, "text");
        a.source = a.text;
        a.wordCount = 0;
        indexes.insert(a.id, CodePointIndex(a.text));
        lengths.insert(a.id, codePointLength(a.text));
        data.bundle.articles.append(a);
    }

    const QJsonArray types = root.value(QLatin1String("entityTypes")).toArray();
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QJsonObject o = types.at(i).toObject();
        const EntityType t { str(o, "id"), str(o, "name"), QColor::fromString(str(o, "color")), false };
        if (data.store.entityType(t.id))
            return invalid(QStringLiteral("$.entityTypes[%1].id").arg(i),
                           tr("duplicate entity type id \u201c%1\u201d").arg(t.id));
        data.store.entityTypes.append(t);
    }

    const QJsonArray entities = root.value(QLatin1String("entities")).toArray();
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const QJsonObject o = entities.at(i).toObject();
        Entity e { str(o, "id"), str(o, "type"), str(o, "name"), {} };
        for (const QJsonValue &alias : o.value(QLatin1String("aliases")).toArray())
            e.aliases.append(alias.toString());
        if (data.store.entity(e.id))
            return invalid(QStringLiteral("$.entities[%1].id").arg(i),
                           tr("duplicate entity id \u201c%1\u201d").arg(e.id));
        if (!data.store.entityType(e.typeId))
            return invalid(QStringLiteral("$.entities[%1].type").arg(i),
                           tr("unknown entity type \u201c%1\u201d").arg(e.typeId));
        data.store.entities.append(e);
    }

    const QJsonArray annotations = root.value(QLatin1String("annotations")).toArray();
    QSet<QString> annotationIds;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const QJsonObject o = annotations.at(i).toObject();
        const QString at = QStringLiteral("$.annotations[%1]").arg(i);
        Annotation a;
        a.id = str(o, "id");
        if (annotationIds.contains(a.id))
            return invalid(at + QStringLiteral(".id"),
                           tr("duplicate annotation id \u201c%1\u201d").arg(a.id));
        annotationIds.insert(a.id);
        annotationKindFromName(str(o, "kind"), &a.kind);
        a.articleId = str(o, "article");
        const int articleIndex = data.bundle.indexOf(a.articleId);
        if (articleIndex < 0)
            return invalid(at + QStringLiteral(".article"),
                           tr("unknown article \u201c%1\u201d").arg(a.articleId));
        a.entityId = str(o, "entity");
        if (!a.entityId.isEmpty() && !data.store.entity(a.entityId))
            return invalid(at + QStringLiteral(".entity"),
                           tr("unknown entity \u201c%1\u201d").arg(a.entityId));
        if (a.kind == AnnotationKind::Mention && a.entityId.isEmpty())
            return invalid(at + QStringLiteral(".entity"), tr("a mention needs an entity"));
        a.quoteGroup = str(o, "group");
        a.altered = o.value(QLatin1String("altered")).toBool();
        for (const QJsonValue &c : o.value(QLatin1String("changes")).toArray())
            a.changes.append({ str(c.toObject(), "before"), str(c.toObject(), "after") });
        a.text = str(o, "text");
        a.orphaned = o.value(QLatin1String("orphaned")).toBool();

        const QJsonObject sel = o.value(QLatin1String("selector")).toObject();
        const qint64 start = sel.value(QLatin1String("start")).toInteger(-1);
        const qint64 end = sel.value(QLatin1String("end")).toInteger(-1);
        a.anchor.exact = str(sel, "exact");
        a.anchor.prefix = str(sel, "prefix");
        a.anchor.suffix = str(sel, "suffix");
        a.anchor.contentHash = o.contains(QLatin1String("contentHash"))
            ? str(o, "contentHash").toLatin1()
            : data.bundle.articles.at(articleIndex).contentHash;
        if (start < 0 || end < start)
            return invalid(at + QStringLiteral(".selector"), tr("start must not be after end"));
        if (!a.orphaned) {
            // Positions of placed annotations must fit the stored text; orphans keep old ones.
            if (end > lengths.value(a.articleId))
                return invalid(at + QStringLiteral(".selector.end"),
                               tr("position %1 is past the end of the article text").arg(end));
            const CodePointIndex &index = indexes[a.articleId];
            a.anchor.start = int(index.toUtf16(start));
            a.anchor.end = int(index.toUtf16(end));
            // Positions that no longer hold the annotated text (an edited file) are not trusted:
            // the text is looked for by its quote and context, and orphaned when not found.
            const QString &text = data.bundle.articles.at(articleIndex).text;
            if (!a.anchor.matchesPosition(text)) {
                const ReanchorResult found = Reanchorer::locate(a.anchor, text);
                if (found.match == AnchorMatch::Orphaned) {
                    a.orphaned = true;
                    a.anchor.start = int(start);
                    a.anchor.end = int(end);
                } else {
                    a.anchor = TextAnchor::fromText(text, found.start, found.end, a.anchor.contentHash);
                }
            }
        } else {
            a.anchor.start = int(std::min<qint64>(start, std::numeric_limits<int>::max()));
            a.anchor.end = int(std::min<qint64>(end, std::numeric_limits<int>::max()));
        }
        data.store.annotations.append(a);
    }

    for (const QJsonValue &key : root.value(QLatin1String("rejectedSuggestions")).toArray())
        data.store.rejectedSuggestions.insert(key.toString());
    data.store.settings = root.value(QLatin1String("settings")).toObject();
    return data;
}

QByteArray ProjectFile::toJson(const ProjectData &data, const QString &projectDir)
{
    const QDir dir(projectDir);
    QHash<QString, CodePointIndex> indexes;
    QJsonArray articles;
    for (const Article &a : data.bundle.articles) {
        indexes.insert(a.id, CodePointIndex(a.text));
        QJsonObject o {
            { QStringLiteral("id"), a.id },
            { QStringLiteral("path"), a.filePath.isEmpty() ? QString() : dir.relativeFilePath(a.filePath) },
            { QStringLiteral("fileName"), a.fileName },
            { QStringLiteral("format"), sourceFormatName(a.format) },
            { QStringLiteral("encoding"), a.encoding },
            { QStringLiteral("title"), a.title },
            { QStringLiteral("outlet"), a.outlet },
            { QStringLiteral("url"), a.url },
            { QStringLiteral("contentHash"), QString::fromLatin1(a.contentHash) },
            { QStringLiteral("text"), a.text },
        };
        if (a.published.isValid())
            o.insert(QStringLiteral("published"), a.published.toString(Qt::ISODate));
        articles.append(o);
    }

    QJsonArray types;
    for (const EntityType &t : data.store.entityTypes) {
        if (t.builtIn)
            continue;
        types.append(QJsonObject { { QStringLiteral("id"), t.id },
                                   { QStringLiteral("name"), t.name },
                                   { QStringLiteral("color"), t.color.name(QColor::HexRgb) } });
    }

    QJsonArray entities;
    for (const Entity &e : data.store.entities) {
        entities.append(QJsonObject { { QStringLiteral("id"), e.id },
                                      { QStringLiteral("type"), e.typeId },
                                      { QStringLiteral("name"), e.name },
                                      { QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases) } });
    }

    QJsonArray annotations;
    for (const Annotation &a : data.store.annotations) {
        const CodePointIndex index = indexes.value(a.articleId);
        // Orphans' positions refer to a text that is gone; they are kept as they were.
        const qint64 start = a.orphaned ? a.anchor.start : index.toCodePoint(a.anchor.start);
        const qint64 end = a.orphaned ? a.anchor.end : index.toCodePoint(a.anchor.end);
        QJsonObject o {
            { QStringLiteral("id"), a.id },
            { QStringLiteral("kind"), annotationKindName(a.kind) },
            { QStringLiteral("article"), a.articleId },
            { QStringLiteral("selector"),
              QJsonObject { { QStringLiteral("exact"), a.anchor.exact },
                            { QStringLiteral("prefix"), a.anchor.prefix },
                            { QStringLiteral("suffix"), a.anchor.suffix },
                            { QStringLiteral("start"), start },
                            { QStringLiteral("end"), end } } },
            { QStringLiteral("contentHash"), QString::fromLatin1(a.anchor.contentHash) },
        };
        if (!a.entityId.isEmpty())
            o.insert(QStringLiteral("entity"), a.entityId);
        if (a.kind == AnnotationKind::Quote) {
            o.insert(QStringLiteral("group"), a.quoteGroup);
            o.insert(QStringLiteral("altered"), a.altered);
            QJsonArray changes;
            for (const WordChange &c : a.changes)
                changes.append(QJsonObject { { QStringLiteral("before"), c.before },
                                             { QStringLiteral("after"), c.after } });
            o.insert(QStringLiteral("changes"), changes);
        }
        if (a.kind == AnnotationKind::Note)
            o.insert(QStringLiteral("text"), a.text);
        if (a.orphaned)
            o.insert(QStringLiteral("orphaned"), true);
        annotations.append(o);
    }

    QStringList rejected(data.store.rejectedSuggestions.cbegin(), data.store.rejectedSuggestions.cend());
    rejected.sort();

    const QJsonObject root {
        { QStringLiteral("format"), formatName() },
        { QStringLiteral("version"), CurrentVersion },
        { QStringLiteral("generator"), QStringLiteral("storyweave " STORYWEAVE_VERSION) },
        { QStringLiteral("bundle"),
          QJsonObject { { QStringLiteral("title"), data.bundle.title },
                        { QStringLiteral("articles"), articles } } },
        { QStringLiteral("entityTypes"), types },
        { QStringLiteral("entities"), entities },
        { QStringLiteral("annotations"), annotations },
        { QStringLiteral("rejectedSuggestions"), QJsonArray::fromStringList(rejected) },
        { QStringLiteral("settings"), data.store.settings },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ProjectFile::write(const QString &path, const ProjectData &data, Error *error,
                        const WriteOptions &options)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error
            = { ErrorKind::WriteFailed, tr("%1: cannot save the project there, it is a folder.").arg(path) };
        return false;
    }
    if (info.exists() && !info.isFile()) {
        *error = { ErrorKind::WriteFailed,
                   tr("%1: cannot save the project there, it is not a regular file.").arg(path) };
        return false;
    }
    QByteArray previous;
    if (info.exists()) {
        QFile old(path);
        if (!old.open(QIODevice::ReadOnly)) {
            *error = {
                ErrorKind::WriteFailed,
                tr("%1: cannot read the existing file to keep a backup: %2").arg(path, old.errorString())
            };
            return false;
        }
        previous = old.readAll();
        Error oldError;
        if (!options.replaceUnreadable && !fromJson(previous, projectFolder(path), &oldError)) {
            *error = {
                ErrorKind::WriteFailed,
                tr("%1 was not overwritten: it is not a project this version of Storyweave can read (%2).")
                    .arg(path, oldError.message)
            };
            return false;
        }
    }

    const QByteArray bytes = toJson(data, projectFolder(path));
    if (info.exists()) {
        // The backup holds the same words as the project: it gets the same permissions.
        const QString failure = SafeFile::writeAtomically(backupPath(path), previous, info.permissions());
        if (!failure.isEmpty()) {
            *error = { ErrorKind::WriteFailed,
                       tr("%1: cannot keep the backup copy: %2").arg(backupPath(path), failure) };
            return false;
        }
    }
    if (const QString failure = SafeFile::writeAtomically(path, bytes); !failure.isEmpty()) {
        *error = { ErrorKind::WriteFailed, tr("%1: cannot save the project: %2").arg(path, failure) };
        return false;
    }
    return true;
}

} // namespace sw

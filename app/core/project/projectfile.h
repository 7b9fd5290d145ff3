// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotate/annotationstore.h"
#include "bundle/bundle.h"
#include "util/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace sw {

/// What a project file holds: the bundle (articles with their stored display text and hash) and
/// the annotation store. Article paths are absolute here; the file stores them relative to itself.
struct ProjectData
{
    Bundle bundle;
    AnnotationStore store;
};

/// Reads and writes `.storyweave` project files (docs/file-format.md): versioned JSON, validated
/// against resources/schema/project.schema.json, positions stored as Unicode code points.
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(sw::ProjectFile)

public:
    static constexpr int CurrentVersion = 1;
    static QString formatName() { return QStringLiteral("storyweave-project"); }
    static QString backupPath(const QString &path) { return path + QStringLiteral(".bak"); }
    /// The folder that article paths are relative to: the one holding the file itself, when `path`
    /// is a symbolic link to it (saving through a link writes the file it points to).
    static QString projectFolder(const QString &path);

    /// Reads a project file. Errors: NotFound/Unreadable, Corrupt (not JSON, truncated),
    /// Invalid (schema or consistency, naming the JSON path), NewerVersion, Unsupported.
    static std::optional<ProjectData> read(const QString &path, Error *error);
    /// Parses project JSON; relative article paths are resolved against `projectDir`.
    static std::optional<ProjectData> fromJson(const QByteArray &bytes, const QString &projectDir,
                                               Error *error);
    /// The JSON text for `data`, article paths relative to `projectDir`.
    static QByteArray toJson(const ProjectData &data, const QString &projectDir);

    struct WriteOptions
    {
        /// Allow replacing an existing file that is not a readable project of this or an older
        /// version (the UI asks first). Without it such a file is never overwritten.
        bool replaceUnreadable = false;
    };
    /// Writes atomically (QSaveFile). When `path` exists, its previous content is kept as
    /// backupPath(path) first. On failure nothing at `path` changed.
    static bool write(const QString &path, const ProjectData &data, Error *error,
                      const WriteOptions &options);
    static bool write(const QString &path, const ProjectData &data, Error *error)
    {
        return write(path, data, error, WriteOptions {});
    }

    /// Brings an older document up to CurrentVersion, one version at a time (v1 is current, so
    /// nothing to do yet: this is where migrateV1ToV2 will go).
    static bool migrate(QJsonObject &root, Error *error);
    /// Validates against the JSON Schema; the message names the failing JSON path.
    static bool validate(const QJsonObject &root, Error *error);
};

} // namespace sw

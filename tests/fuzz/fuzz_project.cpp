// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzzes the project file loader: JSON parsing, version checks, schema validation, the model
// built from it (code point to UTF-16 positions) and a save/load round trip of whatever loads.
#include "annotate/reanchorer.h"
#include "project/projectfile.h"

#include <QCoreApplication>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    sw::Error error;
    const std::optional<sw::ProjectData> project
        = sw::ProjectFile::fromJson(bytes, QStringLiteral("/nonexistent"), &error);
    if (!project) {
        if (!error.isError() || error.message.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    for (const sw::Annotation &a : project->store.annotations) {
        const int index = project->bundle.indexOf(a.articleId);
        if (index < 0)
            std::abort();
        const QString &text = project->bundle.articles.at(index).text;
        if (!a.orphaned
            && (a.anchor.start < 0 || a.anchor.end < a.anchor.start || a.anchor.end > text.size()))
            std::abort();
        if (text.size() < 4096) {
            const sw::ReanchorResult r = sw::Reanchorer::locate(a.anchor, text);
            if (r.match != sw::AnchorMatch::Orphaned
                && (r.start < 0 || r.end < r.start || r.end > text.size()))
                std::abort();
        }
    }
    // What loads must save and load again, with the same content.
    const QByteArray saved = sw::ProjectFile::toJson(*project, QStringLiteral("/nonexistent"));
    const std::optional<sw::ProjectData> again
        = sw::ProjectFile::fromJson(saved, QStringLiteral("/nonexistent"), &error);
    if (!again || again->store.annotations.size() != project->store.annotations.size()
        || again->store.entities != project->store.entities
        || again->bundle.articles.size() != project->bundle.articles.size())
        std::abort();
    return 0;
}

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "textanchor.h"

#include <QList>
#include <QString>

namespace sw {

enum class AnnotationKind {
    Mention, ///< a span naming an entity
    Quote, ///< quoted speech, with a speaker and the same quote in other articles
    Note, ///< a free-text remark on a span
};

QString annotationKindName(AnnotationKind kind); ///< "mention", "quote", "note" (file format names)
bool annotationKindFromName(const QString &name, AnnotationKind *kind);

/// One run of differing words between two versions of a quote ("before" is the reference
/// wording, "after" this article's wording; either may be empty for an insertion/deletion).
struct WordChange
{
    QString before;
    QString after;

    friend bool operator==(const WordChange &, const WordChange &) = default;
};

/// A tag on a span of one article. Which fields mean something depends on `kind`:
/// - Mention: `entityId` is the entity named.
/// - Quote: `entityId` is the speaker (a person entity, may be empty); `quoteGroup` links the same
///   quote across articles; `altered` says the wording differs from the group's reference quote
///   (the one the editor tagged first) and `changes` lists the differing words against it.
/// - Note: `text` is the note.
///
/// An *orphaned* annotation could not be placed again after its source changed: its anchor keeps
/// the old quote and context for the editor; its positions are not valid in the current text.
struct Annotation
{
    QString id; ///< "n1", "n2", ... unique within a project
    AnnotationKind kind = AnnotationKind::Mention;
    QString articleId; ///< Article::id
    TextAnchor anchor;
    QString entityId;
    QString quoteGroup;
    bool altered = false;
    QList<WordChange> changes;
    QString text;
    bool orphaned = false;

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

} // namespace sw

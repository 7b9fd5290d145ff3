// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotate/annotationstore.h"
#include "bundle/bundle.h"
#include "reportmodel.h"

#include <QCoreApplication>

namespace sw {

/// Builds the ReportModel: first what the comparison found, then the editor's annotations.
/// Everything a writer shows (labels, counts, drift) is computed here, once.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(sw::ReportBuilder)

public:
    /// Title, summary, articles with their shared/moved/only-here highlights, the reuse matrix and
    /// the "only here" list. `generated` is now, or SOURCE_DATE_EPOCH when that is set.
    static ReportModel fromComparison(const Bundle &bundle, const ComparisonResult &result);

    /// Adds an entity to the index and tags its mentions in the articles; returns its index.
    /// Mentions with an empty `text` get it from the article.
    static int addEntity(ReportModel &model, ReportEntityKind type, const QString &name,
                         const QStringList &aliases, const QList<ReportMention> &mentions);

    /// Adds a quote with its version in each article carrying it (the first is the reference for
    /// drift) and tags it; the speaker is matched to a person already added (by name or alias).
    static int addQuote(ReportModel &model, const QString &speaker, const QList<ReportMention> &versions);

    /// Adds a note; an anchor with article -1 is a note on the whole bundle.
    static int addNote(ReportModel &model, const QString &text, const ReportMention &anchor,
                       const QString &author = {}, const QDateTime &created = {});

    /// Adds the editor's entities (ordered by type, then name), quotes (grouped, the first tagged as
    /// reference) and notes from a project's annotation store. Orphaned annotations are left out.
    static void addAnnotations(ReportModel &model, const AnnotationStore &store);

    /// "Mara Okafor" -> "mara-okafor" (ASCII, diacritics dropped), never empty.
    static QString slug(const QString &text);
};

} // namespace sw

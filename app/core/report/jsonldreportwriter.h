// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportmodel.h"

#include <QByteArray>
#include <QJsonObject>

namespace sw {

/// The annotations as a W3C Web Annotation AnnotationCollection (JSON-LD, anno.jsonld context):
/// entity mentions are `identifying` annotations (the name as an identifying TextualBody, the type
/// as a tagging one, the entity's IRI as a resource), quotes are `linking` annotations pointing at
/// their speaker's IRI, notes are `commenting` with a TextualBody. Targets carry a
/// TextQuoteSelector and a TextPositionSelector counting Unicode code points in the display text.
/// Ids are name-based UUIDs, so the same project exports the same ids.
class JsonLdReportWriter
{
public:
    static QByteArray render(const ReportModel &model);
    static QJsonObject collection(const ReportModel &model);
    /// The IRI standing for an entity ("urn:uuid:…").
    static QString entityIri(const ReportEntity &entity);
};

} // namespace sw

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportmodel.h"

#include <QByteArray>

namespace sw {

/// TEI P5 (UTF-8): a teiHeader describing the articles, a standOff with listPerson, listPlace and
/// listOrg, each article as a <text> inside a <group> with persName/placeName/orgName @ref to
/// those lists and quotes as <said who> (or <q> when the speaker is unknown), and the notes in
/// <back>. Overlapping tags are split so the XML nests; QXmlStreamWriter escapes all text.
class TeiReportWriter
{
public:
    static QByteArray render(const ReportModel &model);
};

} // namespace sw

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bundle/bundle.h"
#include "suggestion.h"

#include <QList>

namespace sw {

/// Proposes people, places, organisations and quotes for a bundle, with every mention across
/// its articles. Pure heuristics, no network and no model: capitalised name sequences scored for
/// person, place, organisation or none (events, awards, works) from their words and context —
/// titles and role words ("Dr.", "fire chief"), organisation, club and event cues ("Ltd",
/// "United", "Cup"), a gazetteer (libgeonames cities, iso-codes countries and regions), WordNet
/// when installed, the bundle's outlet names — summed over the bundle so each name gets one type
/// (EvidenceScorer); and quotation marks with a speaker from reporting verbs ("said", "told"),
/// pronouns and the nearest person. Runs in roughly linear time in the size of the bundle.
class Suggester
{
public:
    using Options = SuggestOptions;

    /// Entities first (people, places, organisations, each by first appearance), then quotes.
    static QList<Suggestion> suggest(const Bundle &bundle, const Options &options = {});
};

} // namespace sw

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotate/suggestion.h"
#include "bundle/bundle.h"
#include "projectcommands.h"

namespace sw {

/// Turns one of the Suggester's suggestions into what AcceptSuggestionCommand adds: an entity
/// suggestion becomes mentions of an entity of the matching built-in type; a quote suggestion
/// becomes a linked quote group with its speaker, each member flagged altered when its words
/// differ from the first.
AcceptedSuggestion toAcceptedSuggestion(const Bundle &bundle, const Suggestion &suggestion);

} // namespace sw

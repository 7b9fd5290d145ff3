// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "corpus.h"

#include <vector>

namespace sw::align {

/// The in-order backbone of one pair: the chain of passages, increasing in both articles,
/// that carries the most words (a weighted longest increasing subsequence). Passages off
/// the chain are the moved ones; `backbone` is set accordingly.
class Backbone
{
public:
    static void mark(std::vector<PairPassage *> &pairPassages);
};

} // namespace sw::align

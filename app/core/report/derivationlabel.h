// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "align/comparison.h"

#include <QString>

namespace sw {

/// The words for an article's derivation everywhere a person reads them (the panes' headers and
/// every report): "Original", "Partially derived", "Wholly derived", translated. Files and
/// machine-readable output use derivationName() ("non-derived", ...).
QString derivationLabel(Derivation derivation);

} // namespace sw

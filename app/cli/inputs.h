// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bundle/bundle.h"

#include <QStringList>
#include <QTextStream>

namespace sw::cli {

/// Reads the PATH... arguments of a subcommand as a bundle, reporting skipped files on `err`.
/// Returns false (after printing why) when nothing usable was read.
bool loadBundleArguments(const QStringList &paths, Bundle &bundle, QTextStream &err);

/// ExitOk, or ExitPartial when some files were skipped.
int exitCodeFor(const Bundle &bundle);

} // namespace sw::cli

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bundle/bundle.h"
#include "bundle/bundleloader.h"

#include <QStringList>
#include <QTextStream>

namespace sw::cli {

/// Reads the PATH... arguments of a subcommand as a bundle, reporting skipped files on `err`.
/// Returns false (after printing why) when nothing usable was read. `options` as for
/// BundleLoader::load (a command that writes no project skips the content hashes).
bool loadBundleArguments(const QStringList &paths, Bundle &bundle, QTextStream &err,
                         const BundleLoader::Options &options = {});

/// ExitOk, or ExitPartial when some files were skipped.
int exitCodeFor(const Bundle &bundle);

} // namespace sw::cli

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "inputs.h"

#include "bundle/bundleloader.h"
#include "command.h"

#include <QDir>

namespace sw::cli {

bool loadBundleArguments(const QStringList &paths, Bundle &bundle, QTextStream &err,
                         const BundleLoader::Options &options)
{
    if (paths.isEmpty()) {
        err << QCoreApplication::translate("sw::cli",
                                           "storyweave: no input given; pass a folder or article files.\n");
        return false;
    }
    bundle = BundleLoader::load(paths, options);
    for (const LoadProblem &problem : std::as_const(bundle.problems))
        err << QCoreApplication::translate("sw::cli", "storyweave: skipped: %1\n").arg(problem.message);
    if (bundle.articles.isEmpty()) {
        err << QCoreApplication::translate("sw::cli", "storyweave: no readable article in %1.\n")
                   .arg(paths.join(QLatin1String(", ")));
        return false;
    }
    return true;
}

int exitCodeFor(const Bundle &bundle)
{
    return bundle.problems.isEmpty() ? ExitOk : ExitPartial;
}

} // namespace sw::cli

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "newcommand.h"

#include "annotate/suggester.h"
#include "commandparser.h"
#include "inputs.h"
#include "project/project.h"
#include "project/projectcommands.h"
#include "project/suggestionadapter.h"

#include <QFileInfo>
#include <QUndoStack>
#include <memory>

namespace sw::cli {

QString NewCommand::summary() const
{
    return tr("Create a project file from a bundle, optionally accepting every suggestion.");
}

int NewCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser parser(*this, CommandParser::BundlePaths);
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
                                    tr("The project file to create (.storyweave)."), tr("file"));
    const QCommandLineOption accept(QStringLiteral("accept-suggestions"),
                                    tr("Tag every suggested person, place, organisation and quote."));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace an existing project file."));
    parser.addOptions({ output, accept, force });
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    const QString target = parser.value(output);
    if (target.isEmpty()) {
        err << tr("storyweave new: missing -o FILE.storyweave (the project file to create).\n");
        return ExitError;
    }
    if (QFileInfo::exists(target) && !parser.isSet(force)) {
        err << tr("storyweave new: %1 already exists; use --force to replace it.\n").arg(target);
        return ExitError;
    }

    Bundle bundle;
    if (!loadBundleArguments(parser.positionalArguments(), bundle, err))
        return ExitError;

    Project project;
    project.setBundle(bundle);
    if (parser.isSet(accept)) {
        const QList<Suggestion> suggestions = Suggester::suggest(project.bundle());
        for (const Suggestion &s : suggestions)
            project.push(std::make_unique<AcceptSuggestionCommand>(
                &project, toAcceptedSuggestion(project.bundle(), s)));
    }

    Error error;
    if (!project.save(target, &error)) {
        err << tr("storyweave new: %1\n").arg(error.message);
        return ExitError;
    }
    const AnnotationStore &store = project.store();
    out << tr("Created %1: %2 article(s), %3 entities, %4 annotation(s).\n")
               .arg(target)
               .arg(project.bundle().articles.size())
               .arg(store.entities.size())
               .arg(store.annotations.size());
    return exitCodeFor(bundle);
}

} // namespace sw::cli

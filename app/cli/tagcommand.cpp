// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "tagcommand.h"

#include "commandparser.h"
#include "project/project.h"
#include "project/projecteditor.h"

namespace sw::cli {

namespace {
constexpr int TagLockWaitMs = 10000;
} // namespace

QString TagCommand::summary() const
{
    return tr("Tag a name in a project as a person, place, organisation or user type, and save.");
}

int TagCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser parser(*this);
    const QCommandLineOption typeOption(
        QStringLiteral("type"), tr("Entity type: person, place, organisation or a user-defined type."),
        tr("type"));
    const QCommandLineOption textOption(QStringLiteral("text"), tr("The text to tag, as it appears."),
                                        tr("text"));
    const QCommandLineOption entityOption(
        QStringLiteral("entity"), tr("Canonical name of the entity (default: the text)."), tr("name"));
    const QCommandLineOption allOption(QStringLiteral("all"), tr("Tag every occurrence in every article."));
    parser.addOptions({ typeOption, textOption, entityOption, allOption });
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."), tr("FILE.storyweave"));
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << tr("storyweave tag: give exactly one project file.\n");
        return ExitError;
    }
    const QString text = parser.value(textOption).trimmed();
    if (text.isEmpty() || !parser.isSet(typeOption)) {
        err << tr("storyweave tag: --type and --text are required.\n");
        return ExitError;
    }

    Project project;
    // Another `tag` on the same project is usually done within moments: wait for it.
    project.setLockWait(TagLockWaitMs);
    Error error;
    if (!project.open(positional.first(), &error, Project::Access::ReadWrite)) {
        err << tr("storyweave tag: %1\n").arg(error.message);
        return ExitError;
    }
    for (const QString &warning : project.warnings())
        err << tr("storyweave tag: warning: %1\n").arg(warning);

    const QString typeArg = parser.value(typeOption);
    const EntityType *type = nullptr;
    for (const EntityType &t : project.store().entityTypes) {
        if (t.id == typeArg || t.name.compare(typeArg, Qt::CaseInsensitive) == 0)
            type = &t;
    }
    if (!type) {
        QStringList known;
        for (const EntityType &t : project.store().entityTypes)
            known.append(t.builtIn ? t.id : t.name);
        err << tr("storyweave tag: unknown type \u201c%1\u201d (known: %2).\n")
                   .arg(typeArg, known.join(QLatin1String(", ")));
        return ExitError;
    }
    const QString typeId = type->id;
    const QString typeName = type->name;

    // The same rules as the window: the entity is the one the name (or the text) names, by name,
    // alias, first name or surname; text already inside a tag of this type is not tagged again.
    ProjectEditor editor(&project);
    const QList<Occurrence> candidates = editor.tagAllCandidates({ text }, typeId);
    if (project.findOccurrences({ text }).isEmpty()) {
        err << tr("storyweave tag: \u201c%1\u201d does not occur in any article.\n").arg(text);
        return ExitError;
    }
    QList<TextTarget> targets;
    for (const Occurrence &o : candidates) {
        targets.append({ o.articleId, o.start, o.end });
        if (!parser.isSet(allOption))
            break;
    }
    const QString entityName = parser.isSet(entityOption) ? parser.value(entityOption).trimmed() : text;
    const QString entityId = editor.resolveEntity(entityName, typeId);
    const EditOutcome outcome
        = targets.isEmpty() ? EditOutcome {} : editor.tagAll(targets, typeId, entityId, entityName);
    if (!outcome.done) {
        out << tr("Nothing to do: \u201c%1\u201d is already tagged there.\n").arg(text);
        return ExitOk;
    }
    const int count = outcome.count;
    const Entity *tagged = project.store().entity(outcome.entityId);
    if (!project.save(project.filePath(), &error)) {
        err << tr("storyweave tag: %1\n").arg(error.message);
        return ExitError;
    }
    out << tr("Tagged %n occurrence(s) of \u201c%1\u201d as %2 (entity \u201c%3\u201d).\n", nullptr, count)
               .arg(text, typeName, tagged ? tagged->name : entityName);
    return ExitOk;
}

} // namespace sw::cli

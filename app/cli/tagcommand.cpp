#include "tagcommand.h"

#include "commandparser.h"
#include "project/project.h"
#include "project/projectcommands.h"

#include <QUndoStack>
#include <algorithm>

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

    // "Okafor" inside an existing "Mara Okafor" mention is part of that name, not another mention.
    const auto insideLongerMention = [&](const Occurrence &o) {
        const QList<Annotation> &annotations = project.store().annotations;
        return std::any_of(annotations.cbegin(), annotations.cend(), [&](const Annotation &a) {
            return a.kind == AnnotationKind::Mention && !a.orphaned && a.articleId == o.articleId
                && a.anchor.start <= o.start && a.anchor.end >= o.end && a.anchor.length() > o.end - o.start;
        });
    };
    QList<TextTarget> targets;
    for (const Occurrence &o : project.findOccurrences({ text })) {
        if (!insideLongerMention(o))
            targets.append({ o.articleId, o.start, o.end });
    }
    if (targets.isEmpty()) {
        err << tr("storyweave tag: \u201c%1\u201d does not occur in any article.\n").arg(text);
        return ExitError;
    }

    const QString entityName = parser.isSet(entityOption) ? parser.value(entityOption).trimmed() : text;
    const Entity *existing = project.store().entityByName(entityName, typeId);
    if (!parser.isSet(allOption)) {
        // The first occurrence not tagged yet.
        QList<TextTarget> first;
        for (const TextTarget &t : std::as_const(targets)) {
            if (!project.isTagged(t.articleId, t.start, t.end, existing ? existing->id : QString())) {
                first.append(t);
                break;
            }
        }
        targets = first;
    }
    ProjectCommand *command = existing
        ? new AddMentionsCommand(&project, targets, existing->id)
        : new AddMentionsCommand(
            &project, targets,
            Entity { {}, typeId, entityName, text == entityName ? QStringList {} : QStringList { text } });
    if (!command->isValid()) {
        delete command;
        out << tr("Nothing to do: \u201c%1\u201d is already tagged there.\n").arg(text);
        return ExitOk;
    }
    const int count = int(command->edit().annotations.size());
    project.undoStack()->push(command);
    if (!project.save(project.filePath(), &error)) {
        err << tr("storyweave tag: %1\n").arg(error.message);
        return ExitError;
    }
    out << tr("Tagged %n occurrence(s) of \u201c%1\u201d as %2 (entity \u201c%3\u201d).\n", nullptr, count)
               .arg(text, typeName, entityName);
    return ExitOk;
}

} // namespace sw::cli

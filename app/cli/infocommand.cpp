// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "infocommand.h"

#include "bundle/bundleloader.h"
#include "commandparser.h"
#include "inputs.h"
#include "project/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sw::cli {

QString InfoCommand::summary() const
{
    return tr(
        "Describe the articles of a bundle (file, encoding, title, words, warnings) or a project file.");
}

int InfoCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser parser(*this, CommandParser::TextOrJsonFormat | CommandParser::BundlePaths);
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    const bool json = parser.json();

    const QStringList paths = parser.positionalArguments();
    // A project's backup is a project too (of the previous save).
    if (paths.size() == 1
        && (paths.first().endsWith(QLatin1String(".storyweave"))
            || paths.first().endsWith(QLatin1String(".storyweave.bak"))))
        return describeProject(paths.first(), json, out, err);

    Bundle bundle;
    if (!loadBundleArguments(paths, bundle, err))
        return ExitError;

    if (json) {
        QJsonArray articles;
        for (const Article &a : std::as_const(bundle.articles)) {
            articles.append(QJsonObject {
                { QStringLiteral("id"), a.id },
                { QStringLiteral("file"), a.fileName },
                { QStringLiteral("format"), sourceFormatName(a.format) },
                { QStringLiteral("encoding"), a.encoding },
                { QStringLiteral("title"), a.title },
                { QStringLiteral("outlet"), a.outlet },
                { QStringLiteral("words"), qint64(a.wordCount) },
                { QStringLiteral("warnings"), QJsonArray::fromStringList(a.warnings) },
            });
        }
        QJsonArray problems;
        for (const LoadProblem &p : std::as_const(bundle.problems))
            problems.append(QJsonObject { { QStringLiteral("file"), p.filePath },
                                          { QStringLiteral("message"), p.message } });
        const QJsonObject root { { QStringLiteral("title"), bundle.title },
                                 { QStringLiteral("articles"), articles },
                                 { QStringLiteral("problems"), problems } };
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return exitCodeFor(bundle);
    }

    out << tr("Bundle: %1 (%n article(s))\n", nullptr, int(bundle.articles.size())).arg(bundle.title);
    for (const Article &a : std::as_const(bundle.articles)) {
        out << '\n' << a.fileName << '\n';
        out << tr("  title:    %1\n").arg(a.title);
        out << tr("  outlet:   %1\n").arg(a.outlet);
        out << tr("  format:   %1\n").arg(sourceFormatName(a.format));
        out << tr("  encoding: %1\n").arg(a.encoding);
        out << tr("  words:    %1\n").arg(a.wordCount);
        for (const QString &warning : a.warnings)
            out << tr("  warning:  %1\n").arg(warning);
    }
    for (const LoadProblem &p : std::as_const(bundle.problems))
        out << '\n' << tr("skipped:  %1\n").arg(p.message);
    return exitCodeFor(bundle);
}

namespace {

QString sourceStateName(SourceStatus::State state)
{
    switch (state) {
    case SourceStatus::Missing:
        return QStringLiteral("missing");
    case SourceStatus::Changed:
        return QStringLiteral("changed");
    case SourceStatus::Ok:
        break;
    }
    return QStringLiteral("ok");
}

} // namespace

int InfoCommand::describeProject(const QString &path, bool json, QTextStream &out, QTextStream &err)
{
    Project project;
    Error error;
    if (!project.open(path, &error)) {
        err << tr("storyweave info: %1\n").arg(error.message);
        if (json) // a script reading stdout gets the failure as JSON too
            out << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("error"), error.message } })
                                         .toJson(QJsonDocument::Indented));
        return ExitError;
    }
    const AnnotationStore &store = project.store();
    const QList<Annotation> orphans = store.orphans();

    if (json) {
        QJsonArray articles;
        for (const Article &a : project.bundle().articles) {
            const SourceStatus status = project.sourceStatus(a.id);
            articles.append(QJsonObject {
                { QStringLiteral("id"), a.id },
                { QStringLiteral("file"), a.fileName },
                { QStringLiteral("path"), a.filePath },
                { QStringLiteral("title"), a.title },
                { QStringLiteral("outlet"), a.outlet },
                { QStringLiteral("source"), sourceStateName(status.state) },
                { QStringLiteral("annotations"), qint64(store.annotationsIn(a.id).size()) },
            });
        }
        QJsonObject entityCounts;
        for (const EntityType &t : store.entityTypes) {
            int n = 0;
            for (const Entity &e : store.entities)
                n += e.typeId == t.id ? 1 : 0;
            entityCounts.insert(t.builtIn ? t.id : t.name, n);
        }
        QJsonArray orphanList;
        for (const Annotation &o : orphans) {
            orphanList.append(QJsonObject { { QStringLiteral("id"), o.id },
                                            { QStringLiteral("article"), o.articleId },
                                            { QStringLiteral("kind"), annotationKindName(o.kind) },
                                            { QStringLiteral("exact"), o.anchor.exact } });
        }
        const QJsonObject root {
            { QStringLiteral("title"), project.bundle().title },
            { QStringLiteral("articles"), articles },
            { QStringLiteral("entities"), qint64(store.entities.size()) },
            { QStringLiteral("entitiesByType"), entityCounts },
            { QStringLiteral("annotations"),
              QJsonObject { { QStringLiteral("mentions"), store.count(AnnotationKind::Mention) },
                            { QStringLiteral("quotes"), store.count(AnnotationKind::Quote) },
                            { QStringLiteral("notes"), store.count(AnnotationKind::Note) } } },
            { QStringLiteral("orphans"), orphanList },
            { QStringLiteral("warnings"), QJsonArray::fromStringList(project.warnings()) },
        };
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    out << tr("Project: %1 (%n article(s))\n", nullptr, int(project.bundle().articles.size()))
               .arg(project.bundle().title);
    for (const Article &a : project.bundle().articles) {
        const SourceStatus status = project.sourceStatus(a.id);
        out << tr("  %1  %2  %3  source: %4\n")
                   .arg(a.id, a.fileName, a.outlet, sourceStateName(status.state));
    }
    out << tr("Entities: %1\n").arg(store.entities.size());
    for (const EntityType &t : store.entityTypes) {
        int n = 0;
        for (const Entity &e : store.entities)
            n += e.typeId == t.id ? 1 : 0;
        out << tr("  %1: %2\n").arg(t.name).arg(n);
    }
    out << tr("Annotations: %1 (mentions %2, quotes %3, notes %4)\n")
               .arg(store.annotations.size())
               .arg(store.count(AnnotationKind::Mention))
               .arg(store.count(AnnotationKind::Quote))
               .arg(store.count(AnnotationKind::Note));
    out << tr("Orphans: %1\n").arg(orphans.size());
    for (const Annotation &o : orphans)
        out << tr("  %1 in %2: \u201c%3\u201d\n").arg(o.id, o.articleId, o.anchor.exact);
    const QStringList warnings = project.warnings();
    for (const QString &w : warnings)
        out << tr("warning: %1\n").arg(w);
    return ExitOk;
}

} // namespace sw::cli

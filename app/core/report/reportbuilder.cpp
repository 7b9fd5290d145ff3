// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "reportbuilder.h"

#include "annotate/worddiff.h"
#include "derivationlabel.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTextBoundaryFinder>
#include <QTimeZone>
#include <QUrl>
#include <algorithm>

namespace sw {

namespace {

QDateTime generationTime()
{
    // Reproducible output (https://reproducible-builds.org/specs/source-date-epoch/).
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc());
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    return now;
}

// At most this many outlets are named in a highlight's label; a passage of a wire story carried by
// hundreds of outlets would otherwise repeat hundreds of names on every one of its spans.
constexpr qsizetype kLabelOutlets = 5;

QString highlightLabel(PassageKind kind, bool moved, const QStringList &outlets)
{
    QString list = QStringList(outlets.mid(0, kLabelOutlets)).join(QLatin1String(", "));
    if (outlets.size() > kLabelOutlets)
        list += QStringLiteral(", \u2026");
    switch (kind) {
    case PassageKind::Verbatim:
        return moved ? ReportBuilder::tr("Verbatim, moved; also in %1").arg(list)
                     : ReportBuilder::tr("Verbatim; also in %1").arg(list);
    case PassageKind::Near:
        return moved ? ReportBuilder::tr("Near-verbatim, moved; also in %1").arg(list)
                     : ReportBuilder::tr("Near-verbatim; also in %1").arg(list);
    case PassageKind::Paraphrase:
        return moved ? ReportBuilder::tr("Paraphrase, moved; also in %1").arg(list)
                     : ReportBuilder::tr("Paraphrase; also in %1").arg(list);
    case PassageKind::OnlyHere:
    case PassageKind::Moved: // a flag of the shared kinds
        break;
    }
    return ReportBuilder::tr("Only in this article");
}

template<typename T> void sortByStart(QList<T> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const T &a, const T &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
}

bool validRange(const ReportModel &model, const ReportMention &m)
{
    return m.article >= 0 && m.article < model.articles.size() && m.start >= 0 && m.start < m.end
        && m.end <= model.articles.at(m.article).text.size();
}

ReportMention withText(const ReportModel &model, ReportMention m)
{
    if (m.text.isEmpty())
        m.text = model.articles.at(m.article).text.mid(m.start, m.end - m.start);
    return m;
}

QString uniqueKey(const QString &base, const QSet<QString> &taken)
{
    QString key = base;
    for (int n = 2; taken.contains(key); ++n)
        key = base + QLatin1Char('-') + QString::number(n);
    return key;
}

// A sentence counts as found only here when at least this share of its letters and digits lies
// in the article's only-here spans.
constexpr double kUniqueSentenceShare = 0.6;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// The article's sentences that are (mostly) found in no other article, whole, neighbouring ones in a
// paragraph joined: the engine's only-here spans start and end at word boundaries wherever the shared
// text around them does, which listed fragments cut inside sentences and quotations.
QList<ReportUniquePassage> uniqueSentences(const ReportArticle &article, int index)
{
    QList<QPair<int, int>> spans;
    for (const ReportHighlight &h : article.highlights) {
        if (h.kind == PassageKind::OnlyHere)
            spans.append({ h.start, h.end });
    }
    QList<ReportUniquePassage> out;
    if (spans.isEmpty())
        return out;
    const QString &text = article.text;
    // Letters and digits before each offset, and those of them inside an only-here span.
    QList<int> letters(text.size() + 1, 0);
    QList<int> uniqueLetters(text.size() + 1, 0);
    {
        QList<char> inside(text.size(), 0);
        for (const auto &[start, end] : std::as_const(spans)) {
            for (int k = std::max(0, start); k < std::min<int>(end, int(text.size())); ++k)
                inside[k] = 1;
        }
        for (int k = 0; k < text.size(); ++k) {
            const bool word = isWordChar(text.at(k));
            letters[k + 1] = letters[k] + (word ? 1 : 0);
            uniqueLetters[k + 1] = uniqueLetters[k] + (word && inside.at(k) ? 1 : 0);
        }
    }
    int paragraphStart = 0;
    while (paragraphStart <= text.size()) {
        int paragraphEnd = int(text.indexOf(QLatin1Char('\n'), paragraphStart));
        if (paragraphEnd < 0)
            paragraphEnd = int(text.size());
        if (uniqueLetters[paragraphEnd] > uniqueLetters[paragraphStart]) {
            const QStringView paragraph
                = QStringView(text).mid(paragraphStart, paragraphEnd - paragraphStart);
            QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, paragraph.data(),
                                       int(paragraph.size()));
            int from = 0;
            int runStart = -1;
            int runEnd = -1;
            const auto flush = [&]() {
                if (runStart < 0)
                    return;
                out.append({ index, runStart, runEnd, text.mid(runStart, runEnd - runStart) });
                runStart = -1;
            };
            for (int to = int(finder.toNextBoundary()); to > 0; to = int(finder.toNextBoundary())) {
                int s = paragraphStart + from;
                int e = paragraphStart + to;
                from = to;
                while (s < e && text.at(s).isSpace())
                    ++s;
                while (e > s && text.at(e - 1).isSpace())
                    --e;
                const int total = letters[e] - letters[s];
                const bool unique
                    = total > 0 && uniqueLetters[e] - uniqueLetters[s] >= kUniqueSentenceShare * total;
                if (!unique) {
                    flush();
                    continue;
                }
                if (runStart < 0)
                    runStart = s;
                runEnd = e;
            }
            flush();
        }
        paragraphStart = paragraphEnd + 1;
    }
    return out;
}

} // namespace

ReportModel ReportBuilder::fromComparison(const Bundle &bundle, const ComparisonResult &result)
{
    ReportModel model;
    model.title = bundle.title;
    model.generated = generationTime();
    model.generator = QStringLiteral("Storyweave %1").arg(QStringLiteral(STORYWEAVE_VERSION));
    const int count = int(bundle.articles.size());
    // The articles and the bundle.json beside them (a project's bundle has no root folder).
    for (const Article &source : bundle.articles) {
        if (source.filePath.isEmpty())
            continue;
        model.inputFiles.append(source.filePath);
        const QString sidecar = QFileInfo(source.filePath).dir().filePath(QStringLiteral("bundle.json"));
        if (!model.inputFiles.contains(sidecar))
            model.inputFiles.append(sidecar);
    }
    if (!bundle.rootPath.isEmpty())
        model.inputFiles.append(QDir(bundle.rootPath).filePath(QStringLiteral("bundle.json")));

    for (int i = 0; i < count; ++i) {
        const Article &source = bundle.articles.at(i);
        ReportArticle a;
        a.id = source.id;
        a.outlet = source.outlet;
        a.title = source.title;
        a.fileName = source.fileName;
        a.url = source.url;
        // Only a web address identifies the source in a published report: a "javascript:" URL from
        // a received bundle.json is not passed on, and a file: URI would reveal a local path.
        const QUrl url(source.url);
        const bool web = url.isValid() && !url.host().isEmpty()
            && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
        a.sourceUri = web ? url.toString(QUrl::FullyEncoded)
                          : QStringLiteral("urn:storyweave:article:%1").arg(source.id);
        a.published = source.published;
        a.words = i < result.wordCounts.size() ? result.wordCounts.at(i) : int(source.wordCount);
        a.shared = i < result.sharedFraction.size() ? result.sharedFraction.at(i) : 0.0;
        a.derivation = i < result.derivation.size() ? result.derivation.at(i) : Derivation::NonDerived;
        a.derivationLabel = derivationLabel(a.derivation);
        a.text = source.text;
        model.articles.append(a);
    }

    for (const Passage &p : result.passages) {
        switch (p.kind) {
        case PassageKind::Verbatim:
            ++model.verbatimPassages;
            break;
        case PassageKind::Near:
            ++model.nearPassages;
            break;
        case PassageKind::Paraphrase:
            ++model.paraphrasePassages;
            break;
        case PassageKind::OnlyHere: // never the kind of a passage
        case PassageKind::Moved:
            break;
        }
        bool anyMoved = false;
        for (const PassageSpan &span : p.spans) {
            if (span.article < 0 || span.article >= count)
                continue;
            anyMoved = anyMoved || span.moved;
            ReportHighlight h;
            h.start = span.start;
            h.end = span.end;
            h.kind = span.reworded ? PassageKind::Paraphrase : p.kind;
            h.moved = span.moved;
            h.passageId = p.id;
            for (const PassageSpan &other : p.spans) {
                if (other.article != span.article && other.article >= 0 && other.article < count)
                    h.sharedWith.append(model.articles.at(other.article).outlet);
            }
            h.otherOutlets = int(h.sharedWith.size());
            h.label = highlightLabel(h.kind, h.moved, h.sharedWith);
            model.articles[span.article].highlights.append(h);
        }
        if (anyMoved)
            ++model.movedPassages;
    }

    for (const UniqueSpan &u : result.unique) {
        if (u.article < 0 || u.article >= count)
            continue;
        ReportArticle &a = model.articles[u.article];
        ReportHighlight h;
        h.start = u.start;
        h.end = u.end;
        h.kind = PassageKind::OnlyHere;
        h.label = highlightLabel(h.kind, false, {});
        a.highlights.append(h);
    }
    for (ReportArticle &a : model.articles)
        sortByStart(a.highlights);
    for (int i = 0; i < count; ++i)
        model.unique.append(uniqueSentences(model.articles.at(i), i));

    model.coverage = result.coverage;
    if (model.coverage.size() != count) {
        model.coverage.clear();
        for (int a = 0; a < count; ++a) {
            QList<double> row(count, 0.0);
            row[a] = 1.0;
            model.coverage.append(row);
        }
    }
    return model;
}

namespace {

// What addAnnotations looks up once instead of once per entity or quote.
struct Lookups
{
    QSet<QString> takenKeys;
    QHash<QString, int> personByName; ///< folded name or alias -> index of the first such person
};

// Adds an entity without sorting the articles' tags (the caller sorts once).
int appendEntity(ReportModel &model, ReportEntityKind type, const QString &name, const QStringList &aliases,
                 const QList<ReportMention> &mentions, Lookups &lookups)
{
    ReportEntity entity;
    entity.type = type;
    entity.typeId = entityTypeName(type);
    entity.typeLabel = entityTypeLabel(type);
    entity.name = name;
    entity.aliases = aliases;
    entity.key
        = uniqueKey(entityTypeName(type) + QLatin1Char('-') + ReportBuilder::slug(name), lookups.takenKeys);
    lookups.takenKeys.insert(entity.key);
    entity.mentionsPerArticle = QList<int>(model.articles.size(), 0);
    const int index = int(model.entities.size());
    for (const ReportMention &m : mentions) {
        if (!validRange(model, m))
            continue;
        entity.mentions.append(withText(model, m));
        ++entity.mentionsPerArticle[m.article];
        model.articles[m.article].tags.append(ReportTag { m.start, m.end, TagKind::Entity, index });
    }
    std::stable_sort(entity.mentions.begin(), entity.mentions.end(),
                     [](const ReportMention &a, const ReportMention &b) {
                         return a.article != b.article ? a.article < b.article : a.start < b.start;
                     });
    if (type == ReportEntityKind::Person) {
        for (const QString &written : QStringList { name } + aliases) {
            const QString folded = written.toCaseFolded();
            if (!lookups.personByName.contains(folded))
                lookups.personByName.insert(folded, index);
        }
    }
    model.entities.append(entity);
    return index;
}

// Adds a quote without sorting the articles' tags (the caller sorts once).
int appendQuote(ReportModel &model, const QString &speaker, const QList<ReportMention> &versions,
                const Lookups &lookups)
{
    ReportQuote quote;
    const int index = int(model.quotes.size());
    quote.key = QStringLiteral("quote-%1").arg(index + 1);
    quote.speaker = speaker;
    if (!speaker.isEmpty()) {
        const int person = lookups.personByName.value(speaker.toCaseFolded(), -1);
        if (person >= 0) {
            quote.speakerEntity = person;
            quote.speaker = model.entities.at(person).name;
        }
    }
    for (const ReportMention &m : versions) {
        if (!validRange(model, m))
            continue;
        ReportQuoteVersion v;
        v.where = withText(model, m);
        v.outlet = model.articles.at(m.article).outlet;
        if (!quote.versions.isEmpty()) {
            const QList<DiffSegment> drift
                = WordDiff::segments(quote.versions.first().where.text, v.where.text, &v.changedWords);
            if (v.changedWords > 0) {
                v.drift = drift;
                quote.altered = true;
            }
        }
        quote.versions.append(v);
        model.articles[m.article].tags.append(ReportTag { m.start, m.end, TagKind::Quote, index });
    }
    model.quotes.append(quote);
    return index;
}

// Adds a note without sorting the article's tags (the caller sorts).
int appendNote(ReportModel &model, const QString &text, const ReportMention &anchor, const QString &author,
               const QDateTime &created)
{
    ReportNote note;
    const int index = int(model.notes.size());
    note.key = QStringLiteral("note-%1").arg(index + 1);
    note.text = text;
    note.author = author;
    note.created = created;
    if (validRange(model, anchor)) {
        note.anchor = withText(model, anchor);
        model.articles[anchor.article].tags.append(
            ReportTag { anchor.start, anchor.end, TagKind::Note, index });
    }
    model.notes.append(note);
    return index;
}

Lookups lookupsOf(const ReportModel &model)
{
    Lookups lookups;
    for (int i = 0; i < model.entities.size(); ++i) {
        const ReportEntity &e = model.entities.at(i);
        lookups.takenKeys.insert(e.key);
        if (e.type != ReportEntityKind::Person)
            continue;
        for (const QString &name : QStringList { e.name } + e.aliases) {
            const QString folded = name.toCaseFolded();
            if (!lookups.personByName.contains(folded))
                lookups.personByName.insert(folded, i);
        }
    }
    return lookups;
}

void sortTags(ReportModel &model)
{
    for (ReportArticle &a : model.articles)
        sortByStart(a.tags);
}

} // namespace

int ReportBuilder::addEntity(ReportModel &model, ReportEntityKind type, const QString &name,
                             const QStringList &aliases, const QList<ReportMention> &mentions)
{
    Lookups lookups = lookupsOf(model);
    const int index = appendEntity(model, type, name, aliases, mentions, lookups);
    sortTags(model);
    return index;
}

int ReportBuilder::addQuote(ReportModel &model, const QString &speaker, const QList<ReportMention> &versions)
{
    const int index = appendQuote(model, speaker, versions, lookupsOf(model));
    sortTags(model);
    return index;
}

int ReportBuilder::addNote(ReportModel &model, const QString &text, const ReportMention &anchor,
                           const QString &author, const QDateTime &created)
{
    const int index = appendNote(model, text, anchor, author, created);
    if (validRange(model, anchor))
        sortByStart(model.articles[anchor.article].tags);
    return index;
}

void ReportBuilder::addAnnotations(ReportModel &model, const AnnotationStore &store)
{
    QHash<QString, int> articleIndex;
    for (int i = 0; i < model.articles.size(); ++i)
        articleIndex.insert(model.articles.at(i).id, i);
    const auto mention = [&](const Annotation &a) -> ReportMention {
        return { articleIndex.value(a.articleId, -1), a.anchor.start, a.anchor.end, {} };
    };
    const auto placed
        = [&](const Annotation &a) { return !a.orphaned && articleIndex.contains(a.articleId); };

    QList<const Entity *> entities;
    for (const Entity &e : store.entities)
        entities.append(&e);
    const auto typeRank = [&](const QString &typeId) { return store.indexOfEntityType(typeId); };
    std::stable_sort(entities.begin(), entities.end(), [&](const Entity *a, const Entity *b) {
        if (typeRank(a->typeId) != typeRank(b->typeId))
            return typeRank(a->typeId) < typeRank(b->typeId);
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    QHash<QString, QList<const Annotation *>> mentionsByEntity;
    QHash<QString, const Entity *> entityById;
    for (const Annotation &a : store.annotations) {
        if (a.kind == AnnotationKind::Mention)
            mentionsByEntity[a.entityId].append(&a);
    }
    for (const Entity &e : store.entities) {
        if (!entityById.contains(e.id))
            entityById.insert(e.id, &e);
    }
    // Tags are sorted once at the end, not after every entity, quote and note.
    Lookups lookups = lookupsOf(model);
    for (const Entity *e : std::as_const(entities)) {
        ReportEntityKind kind = ReportEntityKind::Other;
        if (e->typeId == EntityType::Person)
            kind = ReportEntityKind::Person;
        else if (e->typeId == EntityType::Place)
            kind = ReportEntityKind::Place;
        else if (e->typeId == EntityType::Organisation)
            kind = ReportEntityKind::Organisation;
        QList<ReportMention> mentions;
        for (const Annotation *a : mentionsByEntity.value(e->id)) {
            if (placed(*a))
                mentions.append(mention(*a));
        }
        QStringList aliases = e->aliases;
        aliases.removeAll(e->name);
        const int index = appendEntity(model, kind, e->name, aliases, mentions, lookups);
        if (kind == ReportEntityKind::Other) {
            ReportEntity &added = model.entities[index];
            added.typeId = e->typeId;
            const EntityType *type = store.entityType(e->typeId);
            added.typeLabel = type && !type->name.isEmpty() ? type->name : e->typeId;
        }
    }

    QStringList groups;
    QHash<QString, QList<Annotation>> byGroup;
    for (const Annotation &a : store.annotations) {
        if (a.kind != AnnotationKind::Quote || !placed(a))
            continue;
        const QString group = a.quoteGroup.isEmpty() ? a.id : a.quoteGroup;
        if (!byGroup.contains(group))
            groups.append(group);
        byGroup[group].append(a);
    }
    for (const QString &group : std::as_const(groups)) {
        QList<Annotation> members = byGroup.value(group);
        // The first tagged stays the reference; the rest follow in article order.
        std::stable_sort(members.begin() + 1, members.end(), [&](const Annotation &a, const Annotation &b) {
            return articleIndex.value(a.articleId) < articleIndex.value(b.articleId);
        });
        QString speaker;
        for (const Annotation &a : std::as_const(members)) {
            if (const Entity *e = entityById.value(a.entityId); e && speaker.isEmpty())
                speaker = e->name;
        }
        QList<ReportMention> versions;
        for (const Annotation &a : std::as_const(members))
            versions.append(mention(a));
        appendQuote(model, speaker, versions, lookups);
    }

    for (const Annotation &a : store.annotations) {
        if (a.kind == AnnotationKind::Note && placed(a))
            appendNote(model, a.text, mention(a), {}, {});
    }
    sortTags(model);
}

QString ReportBuilder::slug(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    if (out.isEmpty() || out.at(0).isDigit())
        out.prepend(QLatin1String("x"));
    return out;
}

} // namespace sw

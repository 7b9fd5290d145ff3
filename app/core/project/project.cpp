// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "project.h"

#include "bundle/bundleloader.h"
#include "projectcommands.h"
#include "projectfile.h"
#include "util/safefile.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>
#include <algorithm>

namespace sw {

Project::Project(QObject *parent)
    : QObject(parent)
    , m_store(AnnotationStore::withBuiltIns())
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &Project::updateModified);
    // Connected first, so that every view sees the stale result gone when it hears of the change.
    connect(this, &Project::reset, this, &Project::dropComparison);
    connect(this, &Project::articleTextChanged, this, &Project::dropComparison);
}

Project::~Project() = default;

const Article *Project::article(const QString &articleId) const
{
    const int i = m_bundle.indexOf(articleId);
    return i < 0 ? nullptr : &m_bundle.articles.at(i);
}

QString Project::typeName(const QString &typeId) const
{
    const EntityType *type = m_store.entityType(typeId);
    return type ? type->name : typeId;
}

bool Project::isModified() const
{
    return m_dirty || !m_undoStack->isClean();
}

void Project::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateModified();
}

void Project::updateModified()
{
    const bool modified = isModified();
    if (modified == m_lastModified)
        return;
    m_lastModified = modified;
    Q_EMIT modifiedChanged(modified);
}

void Project::setBundle(const Bundle &bundle)
{
    m_undoStack->clear();
    m_lock.reset();
    m_bundle = bundle;
    m_store = AnnotationStore::withBuiltIns();
    m_mentionSpansValid = false;
    m_sources.clear();
    m_idCounters.clear();
    m_filePath.clear();
    m_dirty = false;
    updateModified();
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT reset();
}

bool Project::open(const QString &path, Error *error, Access access)
{
    // The lock comes first: what is read must be what the next writer would have overwritten.
    std::unique_ptr<ProjectLock> lock;
    if (access == Access::ReadWrite) {
        if (m_lock && m_lock->holds(path)) {
            lock = std::move(m_lock);
        } else {
            lock = std::make_unique<ProjectLock>();
            if (!lock->acquire(path, m_lockWaitMs, error))
                return false;
        }
    }
    std::optional<ProjectData> data = ProjectFile::read(path, error);
    if (!data) {
        if (lock && lock->holds(m_filePath))
            m_lock = std::move(lock); // still ours: the document did not change
        return false;
    }

    QHash<QString, SourceStatus> sources;
    bool changed = false;
    for (Article &stored : data->bundle.articles) {
        SourceStatus status;
        Error loadError;
        Article fresh;
        if (!stored.filePath.isEmpty() && QFileInfo::exists(stored.filePath))
            fresh = BundleLoader::loadArticle(stored.filePath, BundleLoader::Options {}, &loadError);
        else
            loadError = { ErrorKind::NotFound,
                          tr("%1: the source file is missing; using the text stored in the project.")
                              .arg(stored.filePath.isEmpty() ? stored.fileName : stored.filePath) };
        // A project names its sources by path: one received from someone else could name any local
        // file. A source outside the project's folder is taken only when it is byte for byte what
        // the project already holds; otherwise the stored text stays (the editor can locate it).
        if (!loadError && !SafeFile::isInsideFolder(stored.filePath, ProjectFile::projectFolder(path))
            && (stored.contentHash.isEmpty() || fresh.contentHash != stored.contentHash))
            loadError = { ErrorKind::Unreadable,
                          tr("%1 lies outside the project's folder and is not the text stored in the "
                             "project; it was not read")
                              .arg(QDir::toNativeSeparators(stored.filePath)) };
        if (loadError) {
            status.state = SourceStatus::Missing;
            status.message = loadError.kind == ErrorKind::NotFound
                ? loadError.message
                : tr("%1 (using the text stored in the project)").arg(loadError.message);
            sources.insert(stored.id, status);
            continue;
        }
        // Keep the project's identity and metadata; take the fresh text, source and offsets.
        fresh.id = stored.id;
        fresh.title = stored.title;
        fresh.outlet = stored.outlet;
        fresh.url = stored.url;
        fresh.published = stored.published;
        if (fresh.text != stored.text) {
            const Reanchorer::Summary s = Reanchorer::reanchorArticle(
                data->store.annotations, stored.id, fresh.text, fresh.contentHash, m_reanchorOptions);
            status.state = SourceStatus::Changed;
            status.moved = s.moved;
            status.orphaned = s.orphaned;
            status.message
                = tr("%1 changed since the project was saved: %2 annotation(s) moved, %3 orphaned.")
                      .arg(fresh.fileName)
                      .arg(s.moved)
                      .arg(s.orphaned);
            changed = true;
        }
        stored = fresh;
        sources.insert(stored.id, status);
    }

    m_undoStack->clear();
    m_lock = std::move(lock);
    m_bundle = std::move(data->bundle);
    m_store = std::move(data->store);
    m_mentionSpansValid = false;
    m_sources = std::move(sources);
    m_idCounters.clear();
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_dirty = changed; // re-anchored positions are not saved yet
    updateModified();
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT reset();
    return true;
}

bool Project::recover(const QString &snapshotPath, const QString &originalPath, Error *error)
{
    if (!open(snapshotPath, error))
        return false;
    m_filePath = originalPath.isEmpty() ? QString() : QFileInfo(originalPath).absoluteFilePath();
    setDirty(true);
    Q_EMIT filePathChanged(m_filePath);
    return true;
}

bool Project::save(const QString &path, Error *error, bool replaceUnreadable)
{
    std::unique_ptr<ProjectLock> lock;
    const bool held = m_lock && m_lock->holds(path);
    if (held) {
        lock = std::move(m_lock);
    } else {
        lock = std::make_unique<ProjectLock>();
        if (!lock->acquire(path, m_lockWaitMs, error))
            return false;
    }
    const ProjectData data { m_bundle, m_store };
    ProjectFile::WriteOptions options;
    options.replaceUnreadable = replaceUnreadable;
    if (!ProjectFile::write(path, data, error, options)) {
        if (held)
            m_lock = std::move(lock);
        return false;
    }
    if (held || m_keepLocked)
        m_lock = std::move(lock); // the project stays open for writing at `path`
    else
        m_lock.reset();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool pathChanged = absolute != m_filePath;
    m_filePath = absolute;
    m_dirty = false;
    m_undoStack->setClean();
    updateModified();
    if (pathChanged)
        Q_EMIT filePathChanged(m_filePath);
    return true;
}

SourceStatus Project::sourceStatus(const QString &articleId) const
{
    return m_sources.value(articleId);
}

QStringList Project::warnings() const
{
    QStringList lines;
    for (const Article &a : m_bundle.articles) {
        const SourceStatus s = m_sources.value(a.id);
        if (s.state != SourceStatus::Ok && !s.message.isEmpty())
            lines.append(s.message);
    }
    const QList<Annotation> orphans = m_store.orphans();
    for (const Annotation &o : orphans) {
        const Article *a = article(o.articleId);
        lines.append(tr("Orphaned annotation in %1: \u201c%2\u201d")
                         .arg(a ? a->fileName : o.articleId, o.anchor.exact));
    }
    return lines;
}

bool Project::replaceArticle(const QString &articleId, Article fresh)
{
    const int index = m_bundle.indexOf(articleId);
    if (index < 0)
        return false;
    Article &current = m_bundle.articles[index];
    fresh.id = current.id;
    fresh.title = current.title;
    fresh.outlet = current.outlet;
    fresh.url = current.url;
    fresh.published = current.published;

    SourceStatus status;
    const bool textChanged = fresh.text != current.text;
    const QList<Annotation> before = m_store.annotations;
    if (textChanged) {
        const Reanchorer::Summary s = Reanchorer::reanchorArticle(m_store.annotations, articleId, fresh.text,
                                                                  fresh.contentHash, m_reanchorOptions);
        status.state = SourceStatus::Changed;
        status.moved = s.moved;
        status.orphaned = s.orphaned;
        status.message = tr("%1 changed: %2 annotation(s) moved, %3 orphaned.")
                             .arg(fresh.fileName)
                             .arg(s.moved)
                             .arg(s.orphaned);
    }
    current = std::move(fresh);
    m_mentionSpansValid = false;
    m_sources.insert(articleId, status);
    // Older commands hold anchors into the old text; undoing them now would misplace annotations.
    m_undoStack->clear();
    setDirty(true);

    Q_EMIT articleTextChanged(articleId);
    Q_EMIT sourceStatusChanged(articleId);
    bool orphansTouched = false;
    for (qsizetype i = 0; i < m_store.annotations.size(); ++i) {
        if (m_store.annotations.at(i) != before.at(i)) {
            orphansTouched = orphansTouched || m_store.annotations.at(i).orphaned != before.at(i).orphaned;
            Q_EMIT annotationChanged(m_store.annotations.at(i).id);
        }
    }
    if (orphansTouched)
        Q_EMIT orphansChanged();
    return true;
}

bool Project::relocateArticle(const QString &articleId, const QString &newPath, Error *error)
{
    if (!article(articleId)) {
        *error = { ErrorKind::NotFound, tr("No article with id %1 in this project.").arg(articleId) };
        return false;
    }
    Error loadError;
    Article fresh = BundleLoader::loadArticle(newPath, BundleLoader::Options {}, &loadError);
    if (loadError) {
        *error = loadError;
        return false;
    }
    return replaceArticle(articleId, std::move(fresh));
}

bool Project::reloadArticle(const QString &articleId, Error *error)
{
    const Article *a = article(articleId);
    if (!a) {
        *error = { ErrorKind::NotFound, tr("No article with id %1 in this project.").arg(articleId) };
        return false;
    }
    return relocateArticle(articleId, a->filePath, error);
}

QList<Occurrence> Project::findOccurrences(const QStringList &names) const
{
    return OccurrenceFinder::find(m_bundle, names);
}

namespace {

QString spanKey(const QString &articleId, int start, int end)
{
    return articleId + QLatin1Char(':') + QString::number(start) + QLatin1Char(':') + QString::number(end);
}

bool placedMention(const Annotation &a)
{
    return a.kind == AnnotationKind::Mention && !a.orphaned;
}

} // namespace

bool Project::isTagged(const QString &articleId, int start, int end, const QString &entityId) const
{
    // The spans of placed mentions, counted, so that tagging many mentions (accepting every
    // suggestion of a large bundle) does not scan all annotations once per mention.
    if (!m_mentionSpansValid) {
        m_mentionSpans.clear();
        for (const Annotation &a : m_store.annotations) {
            if (placedMention(a))
                ++m_mentionSpans[spanKey(a.articleId, a.anchor.start, a.anchor.end)];
        }
        m_mentionSpansValid = true;
    }
    if (!m_mentionSpans.contains(spanKey(articleId, start, end)))
        return false;
    if (entityId.isEmpty())
        return true;
    return std::any_of(m_store.annotations.cbegin(), m_store.annotations.cend(), [&](const Annotation &a) {
        return placedMention(a) && a.articleId == articleId && a.anchor.start == start && a.anchor.end == end
            && a.entityId == entityId;
    });
}

void Project::noteAnnotationSwap(const Annotation *before, const Annotation *after)
{
    if (!m_mentionSpansValid)
        return;
    if (before && placedMention(*before)) {
        const QString key = spanKey(before->articleId, before->anchor.start, before->anchor.end);
        auto it = m_mentionSpans.find(key);
        if (it != m_mentionSpans.end() && --it.value() <= 0)
            m_mentionSpans.erase(it);
    }
    if (after && placedMention(*after))
        ++m_mentionSpans[spanKey(after->articleId, after->anchor.start, after->anchor.end)];
}

bool Project::push(std::unique_ptr<ProjectCommand> command)
{
    if (!command || !command->isValid())
        return false;
    m_undoStack->push(command.release());
    return true;
}

QString Project::newId(const QString &prefix)
{
    // Counters only grow, so an id that an undone command still holds is never reused. The store
    // is read once per prefix (after a new bundle or an opened file); every id since came from here.
    auto it = m_idCounters.find(prefix);
    if (it == m_idCounters.end()) {
        const QString floor = m_store.unusedId(prefix);
        it = m_idCounters.insert(prefix, QStringView(floor).mid(prefix.size()).toLongLong() - 1);
    }
    return prefix + QString::number(++it.value());
}

namespace {

// `swapped(before, after)` hears of every item replaced, added (before null) or removed (after null)
// before the signal about it.
template<typename T, typename Added, typename Changed, typename Removed, typename Swapped>
void applyChange(QList<T> &list, ProjectEdit::Change<T> &change, bool forward, Added added, Changed changed,
                 Removed removed, Swapped swapped)
{
    const std::optional<T> &from = forward ? change.before : change.after;
    const std::optional<T> &to = forward ? change.after : change.before;
    const QString id = change.id();
    if (!from) {
        // An addition needs no search: it goes back where it was removed from, or at the end.
        if (to) {
            const qsizetype pos
                = change.index >= 0 && change.index <= list.size() ? change.index : list.size();
            list.insert(pos, *to);
            swapped(static_cast<const T *>(nullptr), &list.at(pos));
            added(id);
        }
        return;
    }
    qsizetype at = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return;
    if (to) {
        const T old = list.at(at);
        list[at] = *to;
        swapped(&old, &list.at(at));
        changed(id);
    } else {
        change.index = at;
        swapped(&list.at(at), static_cast<const T *>(nullptr));
        list.removeAt(at);
        removed(id);
    }
}

} // namespace

void Project::applyEdit(ProjectEdit &edit, bool forward)
{
    auto typeAdded = [this](const QString &id) { Q_EMIT entityTypeAdded(id); };
    auto typeChanged = [this](const QString &id) { Q_EMIT entityTypeChanged(id); };
    auto typeRemoved = [this](const QString &id) { Q_EMIT entityTypeRemoved(id); };
    auto entAdded = [this](const QString &id) { Q_EMIT entityAdded(id); };
    auto entChanged = [this](const QString &id) { Q_EMIT entityChanged(id); };
    auto entRemoved = [this](const QString &id) { Q_EMIT entityRemoved(id); };
    auto annAdded = [this](const QString &id) { Q_EMIT annotationAdded(id); };
    auto annChanged = [this](const QString &id) { Q_EMIT annotationChanged(id); };
    auto annRemoved = [this](const QString &id) { Q_EMIT annotationRemoved(id); };

    // Order keeps references valid at every signal: types before the entities that use them,
    // entities before the annotations that name them; removals the other way round.
    const auto untracked = [](const auto *, const auto *) {};
    auto phase = [&](auto &list, auto &changes, bool removals, auto a, auto c, auto r) {
        const qsizetype n = changes.size();
        for (qsizetype k = 0; k < n; ++k) {
            auto &change = changes[forward ? k : n - 1 - k];
            const bool isRemoval = forward ? !change.after.has_value() : !change.before.has_value();
            if (isRemoval == removals)
                applyChange(list, change, forward, a, c, r, untracked);
        }
    };
    // Undoing a removal is an addition, so on undo the "additions" phase re-inserts removed items.
    phase(m_store.entityTypes, edit.types, false, typeAdded, typeChanged, typeRemoved);
    phase(m_store.entities, edit.entities, false, entAdded, entChanged, entRemoved);

    bool orphans = false;
    const qsizetype n = edit.annotations.size();
    for (qsizetype k = 0; k < n; ++k) {
        auto &change = edit.annotations[forward ? k : n - 1 - k];
        const bool wasOrphan
            = (change.before && change.before->orphaned) || (change.after && change.after->orphaned);
        const bool changesOrphan
            = !change.before || !change.after || change.before->orphaned != change.after->orphaned;
        orphans = orphans || (wasOrphan && changesOrphan);
        applyChange(
            m_store.annotations, change, forward, annAdded, annChanged, annRemoved,
            [this](const Annotation *before, const Annotation *after) { noteAnnotationSwap(before, after); });
    }

    phase(m_store.entities, edit.entities, true, entAdded, entChanged, entRemoved);
    phase(m_store.entityTypes, edit.types, true, typeAdded, typeChanged, typeRemoved);

    if (edit.rejectedAfter) {
        m_store.rejectedSuggestions = forward ? *edit.rejectedAfter : *edit.rejectedBefore;
        Q_EMIT rejectedSuggestionsChanged();
    }
    if (edit.settingsAfter) {
        m_store.settings = forward ? *edit.settingsAfter : *edit.settingsBefore;
        Q_EMIT settingsChanged();
    }
    if (orphans)
        Q_EMIT orphansChanged();
}

} // namespace sw

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "align/comparison.h"
#include "annotate/annotationstore.h"
#include "annotate/occurrencefinder.h"
#include "annotate/reanchorer.h"
#include "bundle/bundle.h"
#include "projectedit.h"
#include "projectlock.h"
#include "util/error.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <memory>

class QUndoStack;

namespace sw {

class ProjectCommand;

/// What became of one article's source file when the project was opened or reloaded.
struct SourceStatus
{
    enum State {
        Ok, ///< the source file is there and unchanged
        Missing, ///< not found or unreadable: the stored display text is used
        Changed, ///< the source changed: annotations were re-anchored
    };
    State state = Ok;
    QString message; ///< translated, names the file; empty when Ok
    int moved = 0; ///< annotations found again at a new place (context or fuzzy match)
    int orphaned = 0; ///< annotations that could not be placed
};

/// The document: a bundle of articles plus everything the editor added to it (an AnnotationStore),
/// the undo stack, the file it lives in and the state of its sources.
///
/// Views read through the const accessors and change the document only by pushing the commands
/// of projectcommands.h onto undoStack(); they follow changes through the signals. Offsets are
/// UTF-16 into Article::text throughout.
class Project : public QObject
{
    Q_OBJECT

public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    const Bundle &bundle() const { return m_bundle; }
    const AnnotationStore &store() const { return m_store; }
    const Article *article(const QString &articleId) const;
    QString typeName(const QString &typeId) const; ///< display name of an entity type, or the id

    QUndoStack *undoStack() const { return m_undoStack; }
    /// Pushes a command onto the undo stack (which applies it). A command that cannot apply
    /// (isValid() false) is dropped and false returned. Domain operations (ProjectEditor) and
    /// views change the document only through this.
    bool push(std::unique_ptr<ProjectCommand> command);
    bool isModified() const;

    /// Starts a new, unsaved project from a bundle (built-in entity types, no annotations).
    void setBundle(const Bundle &bundle);

    enum class Access {
        ReadOnly, ///< to read or export: no lock
        ReadWrite, ///< to edit and save: the project is locked (ProjectLock) until closed
    };
    /// Opens a project file. Source files are read again where they exist (paths relative to the
    /// project file; a source outside the project's folder only when it is the stored text); a
    /// missing source uses the stored text; a changed one is re-anchored. See sourceStatus().
    /// ReadWrite first takes the project's lock (waiting up to lockWait()), so that two writers
    /// never overwrite each other's work. On failure the document is left as it was and `error`
    /// names the problem (for a lock: who holds it).
    bool open(const QString &path, Error *error, Access access = Access::ReadOnly);
    /// How long open(ReadWrite) and save() wait for another writer to release the lock (ms).
    void setLockWait(int ms) { m_lockWaitMs = ms; }
    int lockWait() const { return m_lockWaitMs; }
    /// Whether the project keeps its file locked after save() (the window, where it stays open for
    /// writing). Without it a save holds the lock only while it writes, unless open(ReadWrite)
    /// took it.
    void setKeepLocked(bool keep) { m_keepLocked = keep; }
    /// Saves to `path` (atomically, keeping `path`.bak, under `path`'s lock: refused while another
    /// writer holds it); on success the document becomes clean and `path` its file. On failure nothing on
    /// disk changed and the document is still modified. An existing file that is not a readable project
    /// (corrupt, foreign, newer) is refused unless `replaceUnreadable` (the editor confirmed replacing it in
    /// Save As).
    bool save(const QString &path, Error *error, bool replaceUnreadable = false);
    QString filePath() const { return m_filePath; }
    /// Opens an autosave snapshot: the document becomes modified, with `originalPath` (may be
    /// empty) as its file, so the next Save goes where the editor meant it to.
    bool recover(const QString &snapshotPath, const QString &originalPath, Error *error);

    SourceStatus sourceStatus(const QString &articleId) const;
    /// One translated line per problem: missing sources, re-anchored and orphaned annotations.
    QStringList warnings() const;

    /// Reads a new source file for an article (the editor located a missing or moved file) and
    /// re-anchors its annotations. Not undoable: it clears the undo stack, since older commands
    /// refer to the old text. The document becomes modified.
    bool relocateArticle(const QString &articleId, const QString &newPath, Error *error);
    /// Reads the article's source file again (after SourceWatcher reported a change).
    bool reloadArticle(const QString &articleId, Error *error);

    /// Every occurrence of the names in every article, for "tag all occurrences" review.
    QList<Occurrence> findOccurrences(const QStringList &names) const;
    /// True when a mention of `entityId` (or of any entity, when empty) covers exactly [start, end).
    bool isTagged(const QString &articleId, int start, int end, const QString &entityId = {}) const;

    ReanchorOptions reanchorOptions() const { return m_reanchorOptions; }
    void setReanchorOptions(const ReanchorOptions &options) { m_reanchorOptions = options; }

    // The comparison (projectanalysis.cpp): the document owns it, so that every view, the report
    // builder and the CLI read one result computed with one set of options.

    /// The engine options of this project: its own (settings "analysis", keys named as the
    /// AlignOptions members) over the defaults (setDefaultAnalysisOptions).
    AlignOptions analysisOptions() const;
    /// What analysisOptions() falls back to for keys the project does not set: AlignOptions {}
    /// unless changed (the window passes the editor's preferences).
    void setDefaultAnalysisOptions(const AlignOptions &options);
    AlignOptions defaultAnalysisOptions() const { return m_defaultAnalysisOptions; }
    /// The articles' display texts and publication dates, in bundle order, as the engine takes them.
    QList<QString> analysisTexts() const;
    QList<QDateTime> analysisDates() const;
    /// Compares the articles on this thread with analysisOptions() and keeps the result.
    const ComparisonResult &analyze();
    /// Keeps a result computed elsewhere (the window's worker thread) from analysisTexts() and
    /// analysisOptions(). A result for another number of articles, or a cancelled one, is refused.
    bool setComparison(const ComparisonResult &result);
    /// Whether comparison() holds a result for the current articles. The result is dropped when
    /// the articles change (a new bundle, a project opened, a source reloaded or relocated).
    bool hasComparison() const { return m_hasComparison; }
    /// The current result; without one, an empty result with the number of articles.
    const ComparisonResult &comparison() const { return m_comparison; }

Q_SIGNALS:
    void reset(); ///< everything changed (new bundle, file opened)
    void entityTypeAdded(const QString &typeId);
    void entityTypeChanged(const QString &typeId);
    void entityTypeRemoved(const QString &typeId);
    void entityAdded(const QString &entityId);
    void entityChanged(const QString &entityId);
    void entityRemoved(const QString &entityId);
    void annotationAdded(const QString &annotationId);
    void annotationChanged(const QString &annotationId);
    void annotationRemoved(const QString &annotationId); ///< emitted after removal
    void orphansChanged();
    void rejectedSuggestionsChanged();
    void settingsChanged();
    void articleTextChanged(const QString &articleId); ///< relocated or reloaded source
    void sourceStatusChanged(const QString &articleId);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void comparisonChanged(); ///< a result was kept or dropped (hasComparison())

private:
    friend class ProjectCommand;
    /// A fresh id with this prefix ("e", "n", "q", "t"), never handed out twice by this project.
    QString newId(const QString &prefix);
    /// Plays an edit forwards (redo) or backwards (undo), emitting the change signals.
    void applyEdit(ProjectEdit &edit, bool forward);
    void setDirty(bool dirty);
    void updateModified();
    bool replaceArticle(const QString &articleId, Article fresh);
    /// Keeps the index of mention spans (isTagged) up to date as annotations change.
    void noteAnnotationSwap(const Annotation *before, const Annotation *after);
    void dropComparison();

    Bundle m_bundle;
    AnnotationStore m_store;
    QUndoStack *m_undoStack = nullptr;
    QString m_filePath;
    QHash<QString, SourceStatus> m_sources;
    QHash<QString, qint64> m_idCounters;
    mutable QHash<QString, int> m_mentionSpans; ///< "article:start:end" of placed mentions -> count
    mutable bool m_mentionSpansValid = false;
    ReanchorOptions m_reanchorOptions;
    AlignOptions m_defaultAnalysisOptions;
    ComparisonResult m_comparison;
    bool m_hasComparison = false;
    std::unique_ptr<ProjectLock> m_lock; ///< held while the project is open for writing
    int m_lockWaitMs = 0;
    bool m_keepLocked = false;
    bool m_dirty = false; ///< changed outside the undo stack (re-anchoring, relocation)
    bool m_lastModified = false;
};

} // namespace sw

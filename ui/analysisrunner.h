// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "align/comparison.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

namespace sw::ui {

/// Runs the alignment engine on a worker thread: one run at a time (starting a new one
/// cancels the old), progress and the result delivered on the GUI thread, cancellable.
class AnalysisRunner : public QObject
{
    Q_OBJECT

public:
    using Engine = std::function<ComparisonResult(
        const QList<QString> &texts, const ProgressCallback &progress, const std::atomic_bool *cancel)>;

    explicit AnalysisRunner(QObject *parent = nullptr);
    ~AnalysisRunner() override;

    /// The threads the window's background work runs on (comparison, suggestions, loading,
    /// export). Not Qt's global pool: the raster paint engine splits large fills over that one
    /// and waits for them, so a long job there would freeze painting until it is done.
    static QThreadPool *workerPool();

    /// The real engine (sw::Aligner with default options).
    static Engine defaultEngine();
    /// The real engine with these options; `published` dates decide which article came first.
    static Engine engineFor(const AlignOptions &options, const QList<QDateTime> &published);
    /// Replaces the engine (tests use a slow or handcrafted one); an empty engine means the real one.
    void setEngine(Engine engine) { m_engine = std::move(engine); }
    /// Options and publication dates for the real engine, used by the next start().
    void setOptions(const AlignOptions &options) { m_options = options; }
    AlignOptions options() const { return m_options; }
    void setPublished(const QList<QDateTime> &published) { m_published = published; }

    void start(const QList<QString> &texts);
    void cancel();
    bool isRunning() const { return m_running; }
    /// Blocks until the current run is over (tests and shutdown only).
    void waitForFinished();

Q_SIGNALS:
    void started();
    void progress(double fraction);
    void finished(const sw::ComparisonResult &result, qint64 milliseconds);
    void cancelled();

private:
    void collect();

    Engine m_engine;
    AlignOptions m_options;
    QList<QDateTime> m_published;
    QFutureWatcher<ComparisonResult> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    qint64 m_startedAt = 0;
    bool m_running = false;
    QList<QFuture<ComparisonResult>> m_abandoned;
};

} // namespace sw::ui

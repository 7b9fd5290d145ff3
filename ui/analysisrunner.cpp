// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "analysisrunner.h"

#include <QDateTime>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace sw::ui {

QThreadPool *AnalysisRunner::workerPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

AnalysisRunner::AnalysisRunner(QObject *parent)
    : QObject(parent)
{ }

AnalysisRunner::~AnalysisRunner()
{
    // Workers post progress to this object; they must be done before it goes.
    cancel();
    waitForFinished();
}

AnalysisRunner::Engine AnalysisRunner::defaultEngine()
{
    return engineFor(AlignOptions {}, {});
}

AnalysisRunner::Engine AnalysisRunner::engineFor(const AlignOptions &options,
                                                 const QList<QDateTime> &published)
{
    return [options, published](const QList<QString> &texts, const ProgressCallback &progress,
                                const std::atomic_bool *cancel) {
        return Aligner(options).compare(texts, progress, cancel, published);
    };
}

void AnalysisRunner::start(const QList<QString> &texts)
{
    cancel();
    m_abandoned.removeIf([](const QFuture<ComparisonResult> &f) { return f.isFinished(); });
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_cancel = flag;
    const quint64 generation = ++m_generation;
    auto lastPermille = std::make_shared<std::atomic_int>(-1);
    const ProgressCallback report = [this, generation, lastPermille](double fraction) {
        // Throttled: the engine may report far more often than the status bar can show.
        const int permille = int(fraction * 1000);
        if (permille - lastPermille->load() < 10 && permille < 1000)
            return;
        lastPermille->store(permille);
        QMetaObject::invokeMethod(
            this,
            [this, generation, fraction] {
                if (generation == m_generation && m_running)
                    Q_EMIT progress(fraction);
            },
            Qt::QueuedConnection);
    };
    const Engine engine = m_engine ? m_engine : engineFor(m_options, m_published);
    QFuture<ComparisonResult> future = QtConcurrent::run(
        workerPool(), [engine, texts, report, flag] { return engine(texts, report, flag.get()); });
    if (m_watcher) {
        // The old run was cancelled; keep its future so the destructor can wait for it.
        m_abandoned.append(m_watcher->future());
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
    }
    m_watcher = new QFutureWatcher<ComparisonResult>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &AnalysisRunner::collect);
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    m_running = true;
    m_watcher->setFuture(future);
    Q_EMIT started();
}

void AnalysisRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_running) {
        m_running = false;
        Q_EMIT cancelled();
    }
}

void AnalysisRunner::waitForFinished()
{
    if (m_watcher)
        m_watcher->waitForFinished();
    for (QFuture<ComparisonResult> &future : m_abandoned)
        future.waitForFinished();
    m_abandoned.clear();
}

void AnalysisRunner::collect()
{
    auto *watcher = static_cast<QFutureWatcher<ComparisonResult> *>(sender());
    if (!watcher || watcher != m_watcher || !m_running)
        return;
    m_running = false;
    const ComparisonResult result = watcher->result();
    if (result.cancelled) {
        Q_EMIT cancelled();
        return;
    }
    Q_EMIT finished(result, QDateTime::currentMSecsSinceEpoch() - m_startedAt);
}

} // namespace sw::ui

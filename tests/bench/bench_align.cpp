// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Benchmark driver for the alignment engine: times Aligner::compare alone on the given
// plain-text files (one paragraph per line) and prints one JSON object. Run by scripts/bench.
#include "align/comparison.h"
#include "util/codepoints.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

namespace {

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList files;
    bool movedSpans = false;
    int repeat = 1;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--moved-spans"))
            movedSpans = true;
        else if (arg == QLatin1String("--repeat") && i + 1 < argc)
            repeat = std::max(1, QString::fromLocal8Bit(argv[++i]).toInt());
        else
            files << arg;
    }
    if (files.size() < 2) {
        std::fprintf(stderr, "usage: bench_align [--repeat N] [--moved-spans] FILE FILE...\n");
        return 1;
    }
    QList<QString> texts;
    for (const QString &file : std::as_const(files)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
            return 1;
        }
        texts << QString::fromUtf8(f.readAll());
    }
    const long baselineKb = peakRssKb();

    const sw::Aligner aligner;
    sw::ComparisonResult result;
    double best = 1e30;
    double bestCpu = 1e30;
    double first = 0; // the first run pays for fresh memory pages and ICU's one-time set-up
    for (int r = 0; r < repeat; ++r) {
        result = {}; // so that repeats do not hold two results at once
        const double cpuStart = threadCpuSeconds();
        const auto start = std::chrono::steady_clock::now();
        result = aligner.compare(texts);
        const auto end = std::chrono::steady_clock::now();
        bestCpu = std::min(bestCpu, threadCpuSeconds() - cpuStart);
        const double seconds = std::chrono::duration<double>(end - start).count();
        best = std::min(best, seconds);
        if (r == 0)
            first = seconds;
    }
    const long peakKb = peakRssKb();

    qint64 words = 0;
    qint64 matched = 0;
    QJsonArray perArticle;
    for (int a = 0; a < result.articleCount; ++a) {
        qint64 m = 0;
        for (quint8 s : result.support[a])
            m += s > 0 ? 1 : 0;
        words += result.wordCounts[a];
        matched += m;
        perArticle.append(result.wordCounts[a] ? double(m) / double(result.wordCounts[a]) : 0.0);
    }
    int movedCount = 0;
    QJsonArray moved;
    const sw::CodePointIndex index(texts.value(1));
    for (const sw::Passage &p : result.passages) {
        const sw::PassageSpan *s = p.spanIn(1);
        if (!s || !s->moved)
            continue;
        ++movedCount;
        if (movedSpans)
            moved.append(
                QJsonArray { qint64(index.toCodePoint(s->start)), qint64(index.toCodePoint(s->end)) });
    }
    QJsonObject out { { QStringLiteral("articles"), result.articleCount },
                      { QStringLiteral("words"), words },
                      { QStringLiteral("seconds"), best },
                      { QStringLiteral("cpu_seconds"), bestCpu },
                      { QStringLiteral("first_seconds"), first },
                      { QStringLiteral("peak_rss_mb"), double(peakKb) / 1024.0 },
                      { QStringLiteral("analysis_rss_mb"), double(peakKb - baselineKb) / 1024.0 },
                      { QStringLiteral("matched"), words ? double(matched) / double(words) : 0.0 },
                      { QStringLiteral("matched_per_article"), perArticle },
                      { QStringLiteral("passages"), int(result.passages.size()) },
                      { QStringLiteral("moved_passages"), movedCount } };
    if (movedSpans)
        out.insert(QStringLiteral("moved_spans"), moved);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

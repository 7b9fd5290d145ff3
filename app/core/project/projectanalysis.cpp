// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The comparison part of Project: its options and the result it keeps.
#include "project.h"

#include <QJsonObject>

namespace sw {

namespace {

const QString AnalysisKey = QStringLiteral("analysis");

/// Reads the members of AlignOptions that the project sets; a value of the wrong type is ignored.
AlignOptions withProjectOptions(AlignOptions options, const QJsonObject &analysis)
{
    const auto readInt = [&analysis](const char *key, int &member) {
        const QJsonValue value = analysis.value(QLatin1String(key));
        if (value.isDouble() && value.toDouble() >= 1 && value.toDouble() <= 1000)
            member = value.toInt();
    };
    readInt("anchorWords", options.anchorWords);
    readInt("minPassageWords", options.minPassageWords);
    readInt("maxGapWords", options.maxGapWords);
    readInt("minUniqueWords", options.minUniqueWords);
    readInt("maxRepeat", options.maxRepeat);
    const QJsonValue threshold = analysis.value(QLatin1String("paraphraseThreshold"));
    if (threshold.isDouble() && threshold.toDouble() >= 0.0)
        options.paraphraseThreshold = threshold.toDouble();
    return options;
}

} // namespace

AlignOptions Project::analysisOptions() const
{
    return withProjectOptions(m_defaultAnalysisOptions, m_store.settings.value(AnalysisKey).toObject());
}

void Project::setDefaultAnalysisOptions(const AlignOptions &options)
{
    m_defaultAnalysisOptions = options;
}

QList<QString> Project::analysisTexts() const
{
    QList<QString> texts;
    texts.reserve(m_bundle.articles.size());
    for (const Article &article : m_bundle.articles)
        texts.append(article.text);
    return texts;
}

QList<QDateTime> Project::analysisDates() const
{
    QList<QDateTime> dates;
    dates.reserve(m_bundle.articles.size());
    for (const Article &article : m_bundle.articles)
        dates.append(article.published);
    return dates;
}

const ComparisonResult &Project::analyze()
{
    setComparison(Aligner(analysisOptions()).compare(analysisTexts(), {}, nullptr, analysisDates()));
    return m_comparison;
}

bool Project::setComparison(const ComparisonResult &result)
{
    if (result.cancelled || result.articleCount != m_bundle.articles.size())
        return false;
    m_comparison = result;
    m_hasComparison = true;
    Q_EMIT comparisonChanged();
    return true;
}

void Project::dropComparison()
{
    const bool had = m_hasComparison;
    m_comparison = ComparisonResult {};
    m_comparison.articleCount = int(m_bundle.articles.size());
    m_hasComparison = false;
    if (had)
        Q_EMIT comparisonChanged();
}

} // namespace sw

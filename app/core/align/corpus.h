// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "comparison.h"
#include "tokenizer.h"

#include <QList>
#include <QString>
#include <atomic>
#include <vector>

namespace sw::align {

/// The tokenized articles of one comparison, with all token hashes laid end to end so the
/// n-gram index can address any word of any article by one global position.
struct Corpus
{
    QList<QString> texts;
    std::vector<QList<Token>> tokens; ///< per article
    std::vector<quint32> offsets; ///< global position of each article's first token; size N + 1
    std::vector<quint64> hashes; ///< token hashes of all articles, concatenated
    std::vector<quint16> articleOf; ///< article of each global position

    int articleCount() const { return int(tokens.size()); }
    int length(int article) const { return int(tokens[size_t(article)].size()); }

    static Corpus build(const QList<QString> &texts);
};

/// A maximal run of identical words shared by articles a < b (token indices).
struct Block
{
    int a = 0;
    int b = 0;
    int pa = 0;
    int pb = 0;
    int len = 0;
};

/// A word-level edit inside a pairwise passage, in token indices (empty range = insertion point).
struct TokenEdit
{
    int aStart = 0;
    int aEnd = 0;
    int bStart = 0;
    int bEnd = 0;
};

/// A passage shared by exactly two articles a < b, before N-way grouping.
struct PairPassage
{
    int a = 0;
    int b = 0;
    int aStart = 0; ///< token range in a, end exclusive
    int aEnd = 0;
    int bStart = 0; ///< token range in b, end exclusive
    int bEnd = 0;
    PassageKind kind = PassageKind::Verbatim;
    int matched = 0; ///< words matched exactly
    double score = 1.0;
    std::vector<TokenEdit> edits;
    bool backbone = true; ///< on the pair's longest in-order chain

    bool textual() const { return kind != PassageKind::Paraphrase; }
};

/// Shared state of one run: cancellation and progress.
struct RunControl
{
    const std::atomic_bool *cancel = nullptr;
    const ProgressCallback *progress = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(double fraction) const
    {
        if (progress && *progress)
            (*progress)(fraction);
    }
};

} // namespace sw::align

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "corpus.h"

namespace sw::align {

Corpus Corpus::build(const QList<QString> &texts)
{
    Corpus c;
    c.texts = texts;
    c.tokens.reserve(size_t(texts.size()));
    c.offsets.reserve(size_t(texts.size()) + 1);
    quint32 total = 0;
    for (const QString &text : texts) {
        c.tokens.push_back(Tokenizer::tokenize(text));
        c.offsets.push_back(total);
        total += quint32(c.tokens.back().size());
    }
    c.offsets.push_back(total);
    c.hashes.resize(total);
    c.articleOf.resize(total);
    for (size_t a = 0; a < c.tokens.size(); ++a) {
        const QList<Token> &toks = c.tokens[a];
        const quint32 base = c.offsets[a];
        for (qsizetype i = 0; i < toks.size(); ++i) {
            c.hashes[base + quint32(i)] = toks[i].hash;
            c.articleOf[base + quint32(i)] = quint16(a);
        }
    }
    return c;
}

} // namespace sw::align

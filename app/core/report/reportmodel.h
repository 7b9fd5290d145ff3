// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "align/comparison.h"
#include "annotate/worddiff.h"
#include "util/highlightpalette.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sw {

/// Which sections a report includes (the export dialog's check boxes, the CLI's --no-* flags).
struct ReportOptions
{
    bool articles = true; ///< each article's text with highlights and tags
    bool matrix = true; ///< the reuse matrix
    bool unique = true; ///< "only here" passages per outlet
    bool entities = true; ///< the entity index
    bool quotes = true; ///< quotes with speaker, outlets and drift
    bool notes = true; ///< the editor's notes
};

/// A highlighted range of one article. Offsets are UTF-16 into ReportArticle::text.
struct ReportHighlight
{
    int start = 0;
    int end = 0;
    PassageKind kind = PassageKind::Verbatim; ///< Verbatim, Near, Paraphrase or OnlyHere
    bool moved = false; ///< out of order relative to the other articles
    int otherOutlets = 0; ///< how many other articles share it (0 for OnlyHere)
    QStringList sharedWith; ///< outlets of those articles
    int passageId = -1; ///< ComparisonResult passage id, -1 for OnlyHere
    QString label; ///< translated tooltip text: "Verbatim, also in Nordic Wire, Baltic Herald"
};

/// What a tag in the text refers to.
enum class TagKind { Entity, Quote, Note };

/// A tagged range of one article (entity mention, quote, note anchor).
struct ReportTag
{
    int start = 0;
    int end = 0;
    TagKind kind = TagKind::Entity;
    int index = -1; ///< into ReportModel::entities, quotes or notes
};

/// One article as the report presents it.
struct ReportArticle
{
    QString id; ///< "a1", ...
    QString outlet;
    QString title;
    QString fileName;
    QString url; ///< may be empty
    QString sourceUri; ///< url, or a file: URI of the source; what annotations target
    QDateTime published;
    int words = 0;
    double shared = 0.0; ///< share of words found in another article, 0–1
    Derivation derivation = Derivation::NonDerived;
    QString derivationLabel; ///< translated: "Wholly derived"
    QString text; ///< display text, '\n' between paragraphs
    QList<ReportHighlight> highlights; ///< sorted by start; may overlap
    QList<ReportTag> tags; ///< sorted by start; may overlap
};

/// A passage found in no other article.
/// Whole sentences of one article found in no other article (neighbouring ones in a paragraph joined).
struct ReportUniquePassage
{
    int article = -1;
    int start = 0;
    int end = 0;
    QString text;
};

/// What kind of thing an entity is; Other for the editor's own types.
enum class ReportEntityKind { Person, Place, Organisation, Other };

/// One place an entity or quote occurs. Offsets are UTF-16 into the article's text.
struct ReportMention
{
    int article = -1;
    int start = 0;
    int end = 0;
    QString text; ///< the article text at that range
};

/// An entry of the entity index.
struct ReportEntity
{
    QString key; ///< stable XML-name id: "person-mara-okafor"
    ReportEntityKind type = ReportEntityKind::Person;
    QString typeId; ///< "person", "place", "organisation" or the editor's type id
    QString typeLabel; ///< translated or editor-given type name: "Person"
    QString name;
    QStringList aliases;
    QList<ReportMention> mentions; ///< ordered by article, then start
    QList<int> mentionsPerArticle; ///< one count per article
};

/// A quote as one article renders it.
struct ReportQuoteVersion
{
    ReportMention where;
    QString outlet;
    QList<DiffSegment> drift; ///< empty for the reference version and exact copies
    int changedWords = 0; ///< words removed plus words added against the reference
};

struct ReportQuote
{
    QString key; ///< stable XML-name id: "quote-1"
    QString speaker; ///< may be empty
    int speakerEntity = -1; ///< index into ReportModel::entities, -1 when unknown
    QList<ReportQuoteVersion> versions; ///< the first is the reference
    bool altered = false; ///< some version's wording differs
};

struct ReportNote
{
    QString key; ///< "note-1"
    QString text;
    QString author; ///< may be empty
    QDateTime created; ///< may be invalid
    ReportMention anchor; ///< article -1 for a note on the whole bundle
};

/// Everything a report says, computed once: every writer reads only this.
struct ReportModel
{
    QString title;
    QDateTime generated;
    QString generator; ///< "Storyweave 0.1.0"
    /// Files the report is made from (articles, the bundle's bundle.json, the project file):
    /// ReportExporter never writes over them.
    QStringList inputFiles;
    ReportOptions options;
    QList<ReportArticle> articles;
    QList<QList<double>> coverage; ///< [a][b]: share of a's words also in b
    int verbatimPassages = 0;
    int nearPassages = 0;
    int paraphrasePassages = 0;
    int movedPassages = 0;
    QList<ReportUniquePassage> unique; ///< ordered by article, then start
    QList<ReportEntity> entities; ///< ordered by type, then name
    QList<ReportQuote> quotes;
    QList<ReportNote> notes;

    int totalWords() const;
    bool hasAnnotations() const { return !entities.isEmpty() || !quotes.isEmpty() || !notes.isEmpty(); }
};

/// A run of article text with the same highlights and tags, for writers that render text.
struct ReportSegment
{
    int start = 0;
    int end = 0;
    int highlight = -1; ///< the strongest highlight covering it (index into highlights), or -1
    QList<int> tags; ///< indexes into the article's tags covering it
};

/// One paragraph of an article split into segments.
struct ReportParagraph
{
    int start = 0;
    int end = 0;
    QList<ReportSegment> segments;
};

/// Splits an article's text into paragraphs and segments; a presentation helper shared by
/// the writers so they all cut the text the same way.
QList<ReportParagraph> reportParagraphs(const ReportArticle &article);

/// The share (0–1) of the other articles that carry a highlight, which grades its tint as in the window.
double highlightLevel(const ReportHighlight &highlight, int articleCount);
QString entityTypeName(ReportEntityKind type); ///< "person", "place", "organisation", "other"
QString entityTypeLabel(ReportEntityKind type); ///< translated: "Person"

} // namespace sw

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <memory>

namespace sw {

/// Known place names: cities from libgeonames, countries and their subdivisions (states,
/// provinces, regions) from iso-codes, matched by suggest::foldKey (case and diacritics ignored).
///
/// Reading the sources is slow (libgeonames keeps its 24 000 cities zlib-compressed inside the
/// library), so the folded names are written once to a sorted table in the user's cache folder
/// (`storyweave/gazetteer`), which later processes map into memory and search in place. The table
/// names the sources it was built from (paths, sizes, modification times); when one changes, or the
/// table is unreadable, it is built again. When the cache folder cannot be written the table lives in
/// memory for the process. Missing sources leave their part empty.
class Gazetteer
{
public:
    /// The process's gazetteer, cached under the standard cache location; built on first use,
    /// thread-safe.
    static const Gazetteer &instance();

    /// A gazetteer cached in `cacheFolder` (none when empty).
    explicit Gazetteer(const QString &cacheFolder);
    ~Gazetteer();
    Gazetteer(const Gazetteer &) = delete;
    Gazetteer &operator=(const Gazetteer &) = delete;

    bool isCity(const QString &folded) const;
    bool isCountry(const QString &folded) const;
    bool isRegion(const QString &folded) const;
    bool isPlace(const QString &folded) const;
    /// A country's two-letter code or a subdivision's code within its country, folded: "us", "ny".
    bool isPlaceCode(const QString &folded) const;
    /// Number of names in the table.
    qsizetype size() const { return m_count; }
    /// Whether the table was read from the cache rather than built by this process.
    bool fromCache() const { return m_fromCache; }
    /// The cache file (empty without a cache folder).
    QString cachePath() const { return m_cachePath; }

    /// What a table built now would be built from; a cached table with another origin is rebuilt.
    static QByteArray sourceIdentity();

private:
    enum Flag : char { City = 'c', Country = 'n', Region = 'r', Code = 'k' };

    bool load(const QByteArray &identity);
    void build(const QByteArray &identity);
    bool setTable(const char *data, qsizetype size, const QByteArray &identity);
    /// The flags of `folded`'s line in the table, empty when it has none.
    QByteArrayView flags(const QString &folded) const;
    bool has(const QString &folded, Flag flag) const;

    QString m_cachePath;
    std::unique_ptr<QFile> m_file; ///< the mapped cache file
    QByteArray m_memory; ///< the table when it is not mapped
    const char *m_lines = nullptr; ///< sorted "key\tflags\n" lines
    qsizetype m_linesSize = 0;
    qsizetype m_count = 0;
    bool m_fromCache = false;
};

} // namespace sw

// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "gazetteer.h"

#include "suggestlexicon.h"
#include "util/safefile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <algorithm>
#include <cstring>
#include <dlfcn.h>
#include <geonames.h>
#include <map>
#include <string>

namespace sw {

namespace {

const QString kCountriesFile = QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json");
const QString kSubdivisionsFile = QStringLiteral("/usr/share/iso-codes/json/iso_3166-2.json");
// The table holds foldKey() forms: a change to foldKey or to this format needs a new number.
constexpr QByteArrayView kMagic = "storyweave-gazetteer 1\t";

// The shared library libgeonames was loaded from: its cities are compiled into it.
QString geonamesLibrary()
{
    Dl_info info {};
    if (dladdr(reinterpret_cast<void *>(&geonames_get_n_cities), &info) == 0 || !info.dli_fname)
        return {};
    return QFile::decodeName(info.dli_fname);
}

using Table = std::map<QByteArray, std::string>;

void add(Table &table, const QString &folded, char flag)
{
    // A key is one line of the table: no control characters (tab and newline separate).
    if (folded.isEmpty()
        || std::any_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.unicode() < 0x20; }))
        return;
    std::string &flags = table[folded.toUtf8()];
    if (flags.find(flag) == std::string::npos)
        flags.push_back(flag);
}

// The city's own name, not the translation geonames_city_get_name gives under some locales: the
// table must not depend on the locale of the process that built it.
QString cityName(GeonamesCity *city)
{
    if (g_variant_is_of_type(city, G_VARIANT_TYPE("(sssssssudd)"))) {
        GVariant *name = g_variant_get_child_value(city, 1);
        const QString result = QString::fromUtf8(g_variant_get_string(name, nullptr));
        g_variant_unref(name);
        return result;
    }
    return QString::fromUtf8(geonames_city_get_name(city));
}

void loadCities(Table &table, char flag)
{
    const int count = geonames_get_n_cities();
    for (int i = 0; i < count; ++i) {
        GeonamesCity *city = geonames_get_city(i);
        if (!city)
            continue;
        add(table, suggest::foldKey(cityName(city)), flag);
        geonames_city_free(city);
    }
}

QJsonArray readArray(const QString &path, QStringView key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(key).toArray();
}

void loadCountries(Table &table, char nameFlag, char codeFlag)
{
    for (const QJsonValue &value : readArray(kCountriesFile, u"3166-1")) {
        const QJsonObject country = value.toObject();
        add(table, country.value(u"alpha_2").toString().toLower(), codeFlag);
        for (const QLatin1String field :
             { QLatin1String("name"), QLatin1String("common_name"), QLatin1String("official_name") }) {
            const QString name = country.value(field).toString();
            if (name.isEmpty())
                continue;
            // "Korea, Republic of" is also written "Korea".
            const qsizetype comma = name.indexOf(QLatin1Char(','));
            add(table, suggest::foldKey(comma > 0 ? QStringView(name).left(comma) : QStringView(name)),
                nameFlag);
        }
    }
}

// Names news uses that the sources lack: continents and world regions, and countries by the name
// they had before iso-codes took the new one ("Turkey" for Türkiye, "Swaziland" for Eswatini).
void loadWellKnown(Table &table, char countryFlag, char regionFlag)
{
    for (const char *name : { "turkey", "czech republic", "swaziland", "macedonia", "burma", "ivory coast",
                              "holland", "east timor", "cape verde" })
        add(table, QString::fromLatin1(name), countryFlag);
    for (const char *name : { "europe",
                              "asia",
                              "africa",
                              "antarctica",
                              "oceania",
                              "arctic",
                              "antarctic",
                              "scandinavia",
                              "balkans",
                              "middle east",
                              "far east",
                              "caribbean",
                              "latin america",
                              "north america",
                              "south america",
                              "central america",
                              "southeast asia",
                              "south asia",
                              "east africa",
                              "west africa",
                              "sub-saharan africa",
                              "sahel" })
        add(table, QString::fromLatin1(name), regionFlag);
}

void loadSubdivisions(Table &table, char nameFlag, char codeFlag)
{
    for (const QJsonValue &value : readArray(kSubdivisionsFile, u"3166-2")) {
        const QJsonObject region = value.toObject();
        const QString code = region.value(u"code").toString();
        const qsizetype dash = code.indexOf(QLatin1Char('-'));
        if (dash > 0 && code.size() - dash - 1 == 2 && code.at(dash + 1).isLetter())
            add(table, code.mid(dash + 1).toLower(), codeFlag);
        QString name = region.value(u"name").toString();
        for (const QChar stop : { QLatin1Char(','), QLatin1Char('('), QLatin1Char('[') }) {
            const qsizetype cut = name.indexOf(stop);
            if (cut > 0)
                name.truncate(cut);
        }
        add(table, suggest::foldKey(name.trimmed()), nameFlag);
    }
}

// Cities called "Reading" or "March" would turn ordinary words into places.
bool isOrdinaryCityName(const QString &key)
{
    return suggest::isStopWord(key) || suggest::isCalendarWord(key) || suggest::isCommonWord(key);
}

// Provinces called "Central" or "Capital" would turn ordinary words into places.
bool isOrdinaryRegionName(const QString &key)
{
    return key.size() < 3 || suggest::isStopWord(key) || suggest::isCalendarWord(key)
        || suggest::isCommonWord(key) || suggest::isCompassWord(key) || suggest::isGivenName(key);
}

} // namespace

const Gazetteer &Gazetteer::instance()
{
    // Never destroyed: the mapping ends with the process anyway.
    static const Gazetteer *gazetteer = [] {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
        return new Gazetteer(base.isEmpty() ? QString() : base + QStringLiteral("/storyweave"));
    }();
    return *gazetteer;
}

Gazetteer::Gazetteer(const QString &cacheFolder)
{
    if (!cacheFolder.isEmpty())
        m_cachePath = cacheFolder + QStringLiteral("/gazetteer");
    const QByteArray identity = sourceIdentity();
    if (m_cachePath.isEmpty() || !load(identity))
        build(identity);
}

Gazetteer::~Gazetteer() = default;

QByteArray Gazetteer::sourceIdentity()
{
    // "well-known 1": the version of loadWellKnown's lists (a new one rebuilds the cached table).
    QByteArray identity = "qt " + QByteArray(qVersion()) + ";well-known 1";
    for (const QString &path : { geonamesLibrary(), kCountriesFile, kSubdivisionsFile }) {
        const QFileInfo info(path);
        identity += ';' + QFile::encodeName(path);
        if (info.exists())
            identity += ' ' + QByteArray::number(info.size()) + ' '
                + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
    }
    identity.replace('\t', ' ').replace('\n', ' ');
    return identity;
}

// Header: magic, the number of lines, the size of the lines, the sources; then the sorted lines.
bool Gazetteer::setTable(const char *data, qsizetype size, const QByteArray &identity)
{
    const QByteArrayView all(data, size);
    if (!all.startsWith(kMagic))
        return false;
    const qsizetype headerEnd = all.indexOf('\n');
    if (headerEnd < 0)
        return false;
    const QList<QByteArrayView> fields = [&] {
        QList<QByteArrayView> parts;
        QByteArrayView rest = all.sliced(kMagic.size(), headerEnd - kMagic.size());
        for (int i = 0; i < 2; ++i) {
            const qsizetype tab = rest.indexOf('\t');
            if (tab < 0)
                return QList<QByteArrayView>();
            parts.append(rest.first(tab));
            rest = rest.sliced(tab + 1);
        }
        parts.append(rest);
        return parts;
    }();
    if (fields.size() != 3 || fields.at(2) != identity)
        return false;
    bool countOk = false, sizeOk = false;
    const qsizetype count = fields.at(0).toLongLong(&countOk);
    const qsizetype linesSize = fields.at(1).toLongLong(&sizeOk);
    if (!countOk || !sizeOk || count < 0 || linesSize != size - headerEnd - 1
        || (linesSize > 0 && data[size - 1] != '\n'))
        return false;
    m_lines = data + headerEnd + 1;
    m_linesSize = linesSize;
    m_count = count;
    return true;
}

bool Gazetteer::load(const QByteArray &identity)
{
    auto file = std::make_unique<QFile>(m_cachePath);
    if (!file->open(QIODevice::ReadOnly) || file->size() <= 0)
        return false;
    const uchar *data = file->map(0, file->size());
    if (!data || !setTable(reinterpret_cast<const char *>(data), file->size(), identity)) {
        m_lines = nullptr;
        m_linesSize = m_count = 0;
        return false;
    }
    m_file = std::move(file);
    m_fromCache = true;
    return true;
}

void Gazetteer::build(const QByteArray &identity)
{
    Table table;
    loadCities(table, City);
    loadCountries(table, Country, Code);
    loadSubdivisions(table, Region, Code);
    loadWellKnown(table, Country, Region);
    QByteArray lines;
    for (const auto &[key, flags] : table) {
        lines += key;
        lines += '\t';
        lines += QByteArrayView(flags.data(), qsizetype(flags.size()));
        lines += '\n';
    }
    m_memory = kMagic.toByteArray() + QByteArray::number(qsizetype(table.size())) + '\t'
        + QByteArray::number(lines.size()) + '\t' + identity + '\n' + lines;
    if (!setTable(m_memory.constData(), m_memory.size(), identity))
        return;
    // Without a cache the table serves this process only; later ones build it again.
    if (!m_cachePath.isEmpty() && QDir().mkpath(QFileInfo(m_cachePath).absolutePath()))
        SafeFile::writeAtomically(m_cachePath, m_memory);
}

// Lines are sorted by key in byte order ("key\tflags\n"); a tab sorts before every key character.
QByteArrayView Gazetteer::flags(const QString &folded) const
{
    if (!m_lines || folded.isEmpty())
        return {};
    const QByteArray key = folded.toUtf8();
    qsizetype lo = 0, hi = m_linesSize;
    while (lo < hi) {
        qsizetype start = lo + (hi - lo) / 2;
        while (start > lo && m_lines[start - 1] != '\n')
            --start;
        const char *line = m_lines + start;
        const char *end = static_cast<const char *>(std::memchr(line, '\n', size_t(m_linesSize - start)));
        if (!end)
            return {};
        const char *tab = static_cast<const char *>(std::memchr(line, '\t', size_t(end - line)));
        if (!tab)
            return {};
        const qsizetype keyLength = tab - line;
        int cmp = std::memcmp(line, key.constData(), size_t(std::min(keyLength, key.size())));
        if (cmp == 0)
            cmp = keyLength < key.size() ? -1 : (keyLength > key.size() ? 1 : 0);
        if (cmp == 0)
            return QByteArrayView(tab + 1, end - tab - 1);
        if (cmp < 0)
            lo = (end - m_lines) + 1;
        else
            hi = start;
    }
    return {};
}

bool Gazetteer::has(const QString &folded, Flag flag) const
{
    return flags(folded).contains(char(flag));
}

bool Gazetteer::isCity(const QString &folded) const
{
    return has(folded, City) && !isOrdinaryCityName(folded);
}

bool Gazetteer::isCountry(const QString &folded) const
{
    return has(folded, Country);
}

bool Gazetteer::isRegion(const QString &folded) const
{
    return has(folded, Region) && !isOrdinaryRegionName(folded);
}

bool Gazetteer::isPlace(const QString &folded) const
{
    const QByteArrayView f = flags(folded);
    return f.contains(char(Country)) || (f.contains(char(City)) && !isOrdinaryCityName(folded))
        || (f.contains(char(Region)) && !isOrdinaryRegionName(folded));
}

bool Gazetteer::isPlaceCode(const QString &folded) const
{
    return has(folded, Code);
}

} // namespace sw

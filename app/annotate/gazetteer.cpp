#include "gazetteer.h"

#include "suggestlexicon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <geonames.h>

namespace sw {

const Gazetteer &Gazetteer::instance()
{
    // Never destroyed: freeing tens of thousands of names at exit only delays the process's end.
    static const Gazetteer *gazetteer = new Gazetteer;
    return *gazetteer;
}

Gazetteer::Gazetteer()
{
    loadCities();
    loadCountries();
    loadSubdivisions();
}

void Gazetteer::loadCities()
{
    const int count = geonames_get_n_cities();
    m_cities.reserve(count);
    for (int i = 0; i < count; ++i) {
        GeonamesCity *city = geonames_get_city(i);
        if (!city)
            continue;
        const QString key = suggest::foldKey(QString::fromUtf8(geonames_city_get_name(city)));
        geonames_city_free(city);
        // Cities called "Reading" or "March" would turn ordinary words into places.
        if (key.isEmpty() || suggest::isStopWord(key) || suggest::isCalendarWord(key)
            || suggest::isCommonWord(key))
            continue;
        m_cities.insert(key);
    }
}

void Gazetteer::loadCountries()
{
    QFile file(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray countries = QJsonDocument::fromJson(file.readAll()).object().value(u"3166-1").toArray();
    for (const QJsonValue &value : countries) {
        const QJsonObject country = value.toObject();
        m_codes.insert(country.value(u"alpha_2").toString().toLower());
        for (const QLatin1String field :
             { QLatin1String("name"), QLatin1String("common_name"), QLatin1String("official_name") }) {
            const QString name = country.value(field).toString();
            if (name.isEmpty())
                continue;
            // "Korea, Republic of" is also written "Korea".
            const qsizetype comma = name.indexOf(QLatin1Char(','));
            m_countries.insert(
                suggest::foldKey(comma > 0 ? QStringView(name).left(comma) : QStringView(name)));
        }
    }
}

void Gazetteer::loadSubdivisions()
{
    QFile file(QStringLiteral("/usr/share/iso-codes/json/iso_3166-2.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray regions = QJsonDocument::fromJson(file.readAll()).object().value(u"3166-2").toArray();
    for (const QJsonValue &value : regions) {
        const QJsonObject region = value.toObject();
        const QString code = region.value(u"code").toString();
        const qsizetype dash = code.indexOf(QLatin1Char('-'));
        if (dash > 0 && code.size() - dash - 1 == 2 && code.at(dash + 1).isLetter())
            m_codes.insert(code.mid(dash + 1).toLower());
        QString name = region.value(u"name").toString();
        for (const QChar stop : { QLatin1Char(','), QLatin1Char('('), QLatin1Char('[') }) {
            const qsizetype cut = name.indexOf(stop);
            if (cut > 0)
                name.truncate(cut);
        }
        const QString key = suggest::foldKey(name.trimmed());
        // Provinces called "Central" or "Capital" would turn ordinary words into places.
        if (key.size() < 3 || suggest::isStopWord(key) || suggest::isCalendarWord(key)
            || suggest::isCommonWord(key) || suggest::isCompassWord(key) || suggest::isGivenName(key))
            continue;
        m_regions.insert(key);
    }
}

} // namespace sw

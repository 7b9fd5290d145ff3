#pragma once

#include <QSet>
#include <QString>

namespace sw {

/// Known place names: cities from libgeonames, countries and their subdivisions (states,
/// provinces, regions) from iso-codes, matched by suggest::foldKey (case and diacritics ignored).
/// Loaded once, on first use; thread-safe. Missing files leave the lists empty.
class Gazetteer
{
public:
    static const Gazetteer &instance();

    bool isCity(const QString &folded) const { return m_cities.contains(folded); }
    bool isCountry(const QString &folded) const { return m_countries.contains(folded); }
    bool isRegion(const QString &folded) const { return m_regions.contains(folded); }
    bool isPlace(const QString &folded) const
    {
        return isCity(folded) || isCountry(folded) || isRegion(folded);
    }
    /// A country's two-letter code or a subdivision's code within its country, folded: "us", "ny".
    bool isPlaceCode(const QString &folded) const { return m_codes.contains(folded); }
    qsizetype size() const { return m_cities.size() + m_countries.size() + m_regions.size(); }

private:
    Gazetteer();
    void loadCities();
    void loadCountries();
    void loadSubdivisions();

    QSet<QString> m_cities;
    QSet<QString> m_countries;
    QSet<QString> m_regions;
    QSet<QString> m_codes;
};

} // namespace sw

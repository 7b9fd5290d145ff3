#pragma once

#include <QSet>
#include <QString>

namespace sw {

/// Known place names: cities from libgeonames and countries from iso-codes, matched by
/// suggest::foldKey (case and diacritics ignored). Loaded once, on first use; thread-safe.
class Gazetteer
{
public:
    static const Gazetteer &instance();

    bool isCity(const QString &folded) const { return m_cities.contains(folded); }
    bool isCountry(const QString &folded) const { return m_countries.contains(folded); }
    bool isPlace(const QString &folded) const { return isCity(folded) || isCountry(folded); }
    qsizetype size() const { return m_cities.size() + m_countries.size(); }

private:
    Gazetteer();
    void loadCities();
    void loadCountries();

    QSet<QString> m_cities;
    QSet<QString> m_countries;
};

} // namespace sw

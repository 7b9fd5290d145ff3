// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringView>
#include <initializer_list>

namespace sw::suggest {

/// Matching key for names: lower case, diacritics removed, typographic apostrophes and dashes
/// made plain, whitespace collapsed. "Malmö" and "MALMO" give the same key.
QString foldKey(QStringView text);

/// A set of the given words, for the word lists of suggestlexicon.cpp and suggestnames.cpp.
QSet<QString> makeWordSet(std::initializer_list<const char16_t *> words);

/// Capitalised function words and other words that start sentences but are not names
/// ("The", "After", "She", "Every"...). Takes a folded key.
bool isStopWord(const QString &folded);
/// Month and day names and their abbreviations. Takes a folded key.
bool isCalendarWord(const QString &folded);
/// Common English words that are also names of cities ("Reading", "Nice", "Mobile").
bool isCommonWord(const QString &folded);
/// Personal titles written before a name, without the dot: "mr", "dr", "prof", "president"...
bool isTitle(const QString &folded);
/// Lower-case role words that introduce a person: "spokesperson", "councillor", "director"...
bool isRoleWord(const QString &folded);
/// Words that make a capitalised name an organisation: "Inc", "Ltd", "AB", "University", "Council"...
/// Case-sensitive (takes the word as written, without a trailing dot).
bool isOrganisationCue(QStringView word);
/// Lower-case words allowed inside a multi-word name: "of", "and", "de", "van"...
bool isNameConnector(QStringView word);
/// Geographic generic words that make a name a place: "River", "Lake", "älv", "Street"...
bool isPlaceFeature(const QString &folded);
/// Prepositions that, directly before an unknown name, hint at a place: "in", "at", "from"...
bool isPlacePreposition(const QString &folded);
/// Reporting verbs that attribute a quote: "said", "told", "asked", "replied", "wrote"...
bool isSpeechVerb(const QString &folded);
/// The words isSpeechVerb() accepts.
const QSet<QString> &speechVerbs();
/// "he", "she", "they": pronouns that refer back to the last person mentioned.
bool isPersonPronoun(const QString &folded);

// Word lists about names (suggestnames.cpp).

/// Common given names ("anna", "david", "mohammed"...). Takes a folded key.
bool isGivenName(const QString &folded);
/// Whether two folded given names can name one person: equal, one the start of the other
/// ("nick", "nicholas"), or a common nickname ("bob", "robert").
bool isSameGivenName(const QString &a, const QString &b);
/// Nationality adjectives, also hyphenated ("swiss", "british-canadian", "swedish-born"): written
/// before a name they are not part of it. Takes a folded key.
bool isDemonym(const QString &folded);
/// Last words of events, awards and programmes, which are not entities: "Cup", "Prize", "Awards",
/// "Championships", "Festival", "Laureates"... Case-sensitive.
bool isEventCue(QStringView word);
/// Lower-case words that introduce the title of a work: "song", "album", "show", "film", "called"...
bool isWorkNoun(const QString &folded);
/// Nouns for a kind of organisation, before its name or in apposition: "the ticketing firm Skanbo",
/// "her label, Casa Brava," ("firm", "label", "fund", "operator", "journal", "club"...).
bool isKindOfOrganisation(const QString &folded);
/// Social networks and streaming services everyone knows by name ("Instagram", "TikTok",
/// "YouTube"), organisations wherever they are written. Takes a folded key.
bool isKnownPlatform(const QString &folded);
/// A political body's noun in lower case after its name, part of it: "the National Forward party",
/// "the Green movement". Case-sensitive.
bool isPartyNoun(QStringView word);
/// A country's usual letters in news copy: "US", "UK", "UAE" (a place, not an organisation).
bool isCountryAbbreviation(QStringView word);
/// A named storm: "Storm Ragna", "Hurricane Ida", "Tropical Storm Ana" (an event, not a person).
bool isNamedWeather(QStringView first, QStringView second);
/// Last words of the names of works and features: "Story", "Show", "Podcast"... Case-sensitive.
bool isWorkCue(QStringView word);
/// Last words of sports clubs and leagues, which are organisations: "United", "FC", "Rovers",
/// "League"... Case-sensitive.
bool isClubCue(QStringView word);
/// Last words of markets and their segments: "Exchange", "Standard", "Index" ("Nordic Growth
/// Exchange", "Helvetia Prime Standard"). Case-sensitive.
bool isMarketCue(QStringView word);
/// Upper-case abbreviations that are not names: "CEO", "TV", "GMT", "DNA"... Takes a folded key.
bool isNonEntityAcronym(const QString &folded);
/// Words that make a region of a place: "northern", "central", "upstate"... Takes a folded key.
bool isCompassWord(const QString &folded);
/// Lower-case words that, before a state's name, name a region of it: "upstate", "downstate".
/// Takes a folded key.
bool isRegionPrefix(const QString &folded);

} // namespace sw::suggest

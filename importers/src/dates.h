// Dates written in French and English, resolved against the article's date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "segment.h"

namespace griot::importers {

// A calendar date as precise as the text allows: month and day are 0 when
// unknown.
struct DateValue {
  int year = 0, month = 0, day = 0;
  bool valid() const { return year > 0; }
  // "YYYY", "YYYY-MM" or "YYYY-MM-DD".
  std::string ToString() const;
  static std::optional<DateValue> Parse(std::string_view iso);  // the inverse
};

struct DateMention {
  std::size_t first = 0, last = 0;  // token range [first, last) in the sentence
  DateValue value;
  bool relative = false;              // resolved against the article date
  bool past = false, future = false;  // "dernier", "prochain", "next", "ago", ...
  // A weekday alone ("lundi", "on Monday") is the last such day; this is
  // the next one, for a plan that names it.
  DateValue ahead;
  // "ce lundi" is the nearest such day, ahead or behind; this is the last
  // one on or before the article's date, for what is done.
  DateValue behind;
  // "une dizaine de jours après le séjour à Moscou", "two weeks after the
  // signing": the date of the event named after it (the story's date less
  // the span), not of the clause's own verb.
  bool of_next = false;
  // Counted from an earlier date of the sentence or the story, not from the
  // article's: "le lendemain", "two days later".
  bool anaphoric = false;
};

// Finds and resolves the date expressions of a sentence: absolute and
// partial ("le 23 avril 2024", "en juillet 2023", "16.03.2024", "April 12,
// 2024", "in 2012"), and relative to `article_date` ("ce mardi 26 mars",
// "le 23 avril", "mardi", "mi-avril", "fin 2023", "début novembre", "en
// décembre dernier", "le mois dernier", "la semaine dernière", "il y a
// quelques jours", "hier", "aujourd'hui", "last Thursday", "earlier this
// month", "yesterday", "next week"), at the precision the text supports. A
// day-of-week alone means the most recent such day on or before the article
// date (or the next one with a future tense marker). Without an article date,
// relative expressions that need one are dropped.
// `story` is the date an earlier sentence last gave, for "the next day",
// "deux jours plus tard" opening a sentence. When `story_told` (the day of
// an event the previous sentence told, "Le 26 juillet 2023, des militaires
// renversent…"), a day and month without a year go on from it ("Le 3 août,
// les nouvelles autorités…" is 2023's).
std::vector<DateMention> FindDates(const Sentence& sentence, std::string_view language,
                                   const DateValue& article_date,
                                   const DateValue& story = DateValue(), bool story_told = false);

// Whether a folded word is a month's name in French or English ("janvier",
// "march").
bool IsMonthName(std::string_view fold);

// Whether a folded word names a month or abbreviates one, with or without
// its period ("sept", "dec.", "janv").
bool IsMonthWord(std::string_view fold);

}  // namespace griot::importers

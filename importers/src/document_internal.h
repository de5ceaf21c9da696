// The parts of document reading shared between document.cc, clean.cc,
// document_dates.cc, html.cc and language.cc. Not a public interface.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace griot::importers::internal {

// ---- Text normalisation (clean.cc) ----------------------------------------

// Decoded UTF-8 made uniform: byte-order mark dropped, CR LF and CR made LF,
// mojibake ("Ã©" for "é") repaired when the whole text shows it, NFC,
// non-breaking and other odd spaces made plain spaces (runs kept: the
// cleaner reads them), zero-width characters, soft hyphens and control
// characters removed, U+2028/U+2029 made line breaks. Linear in the size.
std::string NormaliseText(std::string_view utf8);

// True when `utf8` reads as UTF-8 text that was decoded once too often as
// Windows-1252 ("Ã©tÃ©"), and then the repaired text in `fixed`.
bool RepairMojibake(std::string_view utf8, std::string* fixed);

struct CleanOptions {
  // Plain text: the title is the first line that is not clutter.
  bool title_from_first_line = false;
  // A title known from elsewhere (front matter, HTML, JSON): a line equal to
  // it near the top is dropped.
  std::string known_title;
  // The site's name when known: lines equal to it are dropped.
  std::string source;
};

struct CleanResult {
  std::string title;  // only with title_from_first_line
  std::string date;   // the publication date read from the lines, or empty
  std::string text;   // paragraphs separated by a blank line
};

// Line-by-line cleaning of normalised text: drops navigation and clutter
// (ads, share prompts, credits, tickers, bylines, date lines, isolated
// words), reads the title and the date, and joins the rest in paragraphs.
CleanResult CleanArticleText(std::string_view normalised, const CleanOptions& options);

// True when the line (one line of text) is page furniture by itself: the
// phrase rules of CleanArticleText without the context rules. For tests
// and for the HTML reader.
bool IsClutterLine(std::string_view line);

// ---- Dates (document_dates.cc) --------------------------------------------

struct FoundDate {
  std::string iso;                 // "YYYY-MM-DD", or "YYYY-MM" when allowed
  std::size_t begin = 0, end = 0;  // byte range in the searched text
};

// The first publication-date-like string in `s`: "2024-03-16",
// "16.03.2024", "15 - 04 - 2024", "16/03/2024", "16 avril 2024", "1er avril
// 2024", "mardi 26 mars 2024", "April 12, 2024", "12 April 2024", and with
// `month_year` also "avril 2024". Weekday names before the date are part of
// the match.
std::optional<FoundDate> FindPublicationDate(std::string_view s, bool month_year = false);

// A date field (front matter, JSON, HTML meta) as "YYYY-MM-DD", "YYYY-MM" or
// "YYYY": ISO 8601 with or without time, or any shape FindPublicationDate
// reads. Empty when it is not a date.
std::string NormaliseDateField(std::string_view s);

// ---- Language (language.cc) -----------------------------------------------

// "fr", "en", "es", "pt", "de", "it" from stopword frequencies, or empty
// when the text gives too little evidence. Reads at most the first few
// hundred kilobytes.
std::string DetectLanguage(std::string_view text);

// ---- HTML (html.cc) ---------------------------------------------------------

struct HtmlArticle {
  std::string title, date, url, source, language;  // from the page's markup
  std::string body;                                // the article element's text, one block a line
  bool found_text = false;
};

// Parses a page (UTF-8) with libxml2's HTML parser and keeps the article.
HtmlArticle ExtractHtmlArticle(std::string_view utf8);

// The charset a page declares in <meta charset> or http-equiv, lower-case,
// or empty. Reads only the first few kilobytes.
std::string DeclaredHtmlCharset(std::string_view bytes);

// True when the bytes look like an HTML page.
bool LooksLikeHtml(std::string_view bytes);

}  // namespace griot::importers::internal

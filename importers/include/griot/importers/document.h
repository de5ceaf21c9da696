// Articles as griot reads them: plain text, HTML and JSON Lines files,
// folders of them, and standard input.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "griot/store/status.h"

namespace griot::importers {

using store::Status;

struct Document {
  std::string id;      // the file name without its extension, or the JSON "id"
  std::string origin;  // where it came from: "path" or "path:line" (JSON Lines)
  std::string title;
  // Publication date as precise as known: "YYYY-MM-DD", "YYYY-MM", "YYYY",
  // or empty. From front matter or JSON, else read from the text
  // ("Publié le 15 - 04 - 2024", "16.03.2024", "April 12, 2024").
  std::string date;
  std::string url;
  std::string source;
  // "fr", "en", or another ISO 639-1 code when recognised; empty if unknown.
  std::string language;
  // The article body: navigation, tickers, ads, credits and share prompts
  // removed; Unicode NFC; typographic apostrophes and quotes kept as
  // written but non-breaking and odd spaces made plain; paragraphs separated
  // by a blank line. The title is not repeated in it.
  std::string text;
  // Hex SHA-256 of the raw input bytes: re-importing unchanged content is a
  // no-op, changed content replaces the document.
  std::string content_hash;
  // Problems that did not stop the reading (e.g. "undecodable byte 0x9D at
  // offset 1234, replaced"), each naming the place.
  std::vector<std::string> warnings;
};

struct ReadStats {
  std::uint64_t documents = 0;  // handed to the sink
  std::uint64_t failed = 0;     // inputs that could not be read (reported)
  std::uint64_t skipped = 0;    // files that are not articles (by extension)
  std::uint64_t bytes = 0;
};

struct ReadOptions {
  // Files larger than this are refused with an error (0: no limit).
  std::uint64_t max_file_bytes = std::uint64_t{256} << 20;
};

// Reads every article under `paths`: files (.txt .text .html .htm .jsonl
// .ndjson), folders (recursively, in name order, other extensions skipped
// and counted) and "-" (standard input; JSON Lines when the first
// non-blank byte is '{', HTML when it looks like HTML, else plain text).
// `sink` gets each document; a non-OK status from it stops the reading and
// is returned. A document that cannot be read (binary, empty, a broken JSON
// line, ...) goes to `on_error` with file (and line) and the reading goes on.
Status ReadDocuments(const std::vector<std::string>& paths, const ReadOptions& options,
                     const std::function<Status(Document&&)>& sink,
                     const std::function<void(const Status&)>& on_error,
                     ReadStats* stats = nullptr);

// Reads one document from bytes already in memory; `name` gives its id and
// origin; `format` is "text", "html" or "" (guess). For tests and callers
// with their own input.
store::Result<Document> ReadDocumentFromBytes(const std::string& bytes, const std::string& name,
                                              const std::string& format = "");

}  // namespace griot::importers

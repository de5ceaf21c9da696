// Reading articles: files, folders, standard input; plain text (with
// optional front matter), HTML and JSON Lines; decoding, limits and errors.
#include "griot/importers/document.h"
#include "griot/store/utf8.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "document_internal.h"
#include "griot/store/sha256.h"
#include "text.h"

namespace griot::importers {

namespace {

namespace fs = std::filesystem;
using namespace internal;

enum class Format { kGuess, kText, kHtml, kJsonLines, kJson };

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view TrimView(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

// The format an extension names; kGuess for others.
Format FormatOfExtension(const std::string& ext_in) {
  const std::string ext = Lower(ext_in);
  if (ext == ".txt" || ext == ".text") return Format::kText;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::kJsonLines;
  return Format::kGuess;
}

bool IsArticleExtension(const std::string& ext) { return FormatOfExtension(ext) != Format::kGuess; }

std::string Stem(const std::string& name) {
  const fs::path p(name);
  std::string stem = p.stem().string();
  return stem.empty() ? name : stem;
}

std::string Hex2(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", b);
  return buf;
}

// ---- Bytes to UTF-8 -----------------------------------------------------

bool IsEmptyInput(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  for (char c : bytes) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

// Binary content: NUL bytes, well-known binary signatures, or many control
// characters.
bool LooksBinary(std::string_view bytes) {
  static constexpr std::string_view kMagic[] = {"%PDF-",
                                                "\x89PNG",
                                                "PK\x03\x04",
                                                "\x1F\x8B",
                                                "GIF8",
                                                "\xFF\xD8\xFF",
                                                "\x7F"
                                                "ELF",
                                                "\xD0\xCF\x11\xE0"};
  for (std::string_view m : kMagic) {
    if (bytes.substr(0, m.size()) == m) return true;
  }
  if (std::memchr(bytes.data(), 0, bytes.size()) != nullptr) return true;
  const std::string_view sample = bytes.substr(0, 65536);
  std::size_t controls = 0;
  for (char c : sample) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v' && b != 0x1B)
      ++controls;
  }
  return controls >= 8 && controls * 100 > sample.size();
}

std::string FromUtf16(std::string_view bytes, bool little_endian, std::size_t* bad) {
  std::string out;
  out.reserve(bytes.size());
  *bad = 0;
  auto unit = [&](std::size_t i) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[i]),
               b = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? (char32_t{b} << 8 | a) : (char32_t{a} << 8 | b);
  };
  std::size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      const char32_t lo = unit(i + 2);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        store::AppendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      ++*bad;
      u = 0xFFFD;
    }
    store::AppendUtf8(out, u);
  }
  if (i < bytes.size()) ++*bad;
  return out;
}

// UTF-8 where it is valid, Windows-1252 for the bytes that are not: a
// Latin-1 file comes out right, and a UTF-8 file with a stray byte keeps
// its other characters.
std::string MixedDecode(std::string_view bytes, std::size_t* cp1252_bytes, std::size_t* undefined) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  *cp1252_bytes = 0;
  *undefined = 0;
  std::size_t i = 0;
  while (i < bytes.size()) {
    std::size_t bad = 0;
    // The longest valid run from i.
    std::string_view rest = bytes.substr(i);
    if (text::IsUtf8(rest, &bad)) {
      out.append(rest);
      break;
    }
    out.append(rest.substr(0, bad));
    std::size_t und = 0;
    out += text::FromWindows1252(rest.substr(bad, 1), &und);
    *undefined += und;
    ++*cp1252_bytes;
    i += bad + 1;
  }
  return out;
}

// Decodes to UTF-8, with a warning when the bytes were not UTF-8.
std::string Decode(std::string_view bytes, const std::string& origin, bool html,
                   std::vector<std::string>* warnings, std::uint64_t base_offset = 0) {
  if (bytes.size() >= 2 &&
      ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    std::size_t bad = 0;
    std::string out = FromUtf16(bytes.substr(2), bytes[0] == '\xFF', &bad);
    if (bad > 0)
      warnings->push_back(origin + ": " + std::to_string(bad) +
                          " invalid UTF-16 code units replaced by U+FFFD");
    return out;
  }
  std::size_t bad = 0;
  if (text::IsUtf8(bytes, &bad)) return std::string(bytes);
  const std::string charset = html ? DeclaredHtmlCharset(bytes) : "";
  const bool declared_latin = charset == "windows-1252" || charset == "iso-8859-1" ||
                              charset == "latin1" || charset == "latin-1" ||
                              charset == "iso-8859-15" || charset == "cp1252" ||
                              charset == "us-ascii" || charset == "ascii";
  if (declared_latin) {
    std::size_t undefined = 0;
    std::string out = text::FromWindows1252(bytes, &undefined);
    if (undefined > 0)
      warnings->push_back(origin + ": " + std::to_string(undefined) +
                          " bytes undefined in Windows-1252 replaced by U+FFFD");
    return out;
  }
  std::size_t converted = 0, undefined = 0;
  std::string out = MixedDecode(bytes, &converted, &undefined);
  std::string w = origin + ": not valid UTF-8 (byte " +
                  Hex2(static_cast<unsigned char>(bytes[bad])) + " at offset " +
                  std::to_string(base_offset + bad) + "); " + std::to_string(converted) +
                  (converted == 1 ? " byte" : " bytes") + " read as Windows-1252";
  if (undefined > 0) w += ", " + std::to_string(undefined) + " undefined replaced by U+FFFD";
  warnings->push_back(std::move(w));
  return out;
}

// ---- Metadata helpers -------------------------------------------------------

std::string NormaliseLanguage(std::string_view lang) {
  std::string l = Lower(TrimView(lang));
  const std::size_t cut = l.find_first_of("-_");
  if (cut != std::string::npos) l.resize(cut);
  if (l == "french" || l == "francais" ||
      l == "fran\xc3\xa7"
           "ais" ||
      l == "fra" || l == "fre")
    return "fr";
  if (l == "english" || l == "anglais" || l == "eng") return "en";
  if (l.size() == 2 && l[0] >= 'a' && l[0] <= 'z' && l[1] >= 'a' && l[1] <= 'z') return l;
  return "";
}

// A one-line field: normalised, spaces collapsed.
std::string Field(std::string_view s) {
  const std::string n = NormaliseText(s);
  std::string out;
  bool space = false;
  for (char c : n) {
    if (c == ' ' || c == '\n' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

Status NoText(const std::string& origin, std::uint64_t line = 0) {
  Status s = Status::ParseError("no article text found");
  s.At(origin, line, 0);
  return s;
}

void SetDate(Document& d, const std::string& given, const std::string& from_text,
             const std::string& where) {
  if (!given.empty()) {
    d.date = NormaliseDateField(given);
    if (d.date.empty()) d.warnings.push_back(where + ": date \"" + given + "\" not understood");
  }
  if (d.date.empty()) d.date = from_text;
}

void SetLanguage(Document& d, const std::string& given, const std::string& hint) {
  d.language = NormaliseLanguage(given);
  if (d.language.empty()) d.language = DetectLanguage(d.text);
  if (d.language.empty()) d.language = NormaliseLanguage(hint);
}

// ---- Formats ---------------------------------------------------------------

struct FrontMatter {
  bool present = false;
  std::string id, title, date, url, source, lang;
};

// Front matter between two "---" lines at the very top; `body` is what
// follows it.
FrontMatter ReadFrontMatter(std::string_view text, std::string_view* body) {
  FrontMatter fm;
  *body = text;
  std::size_t pos = 0;
  while (pos < text.size() && (text[pos] == '\n' || text[pos] == ' ')) ++pos;
  auto next_line = [&](std::size_t from, std::size_t* end) {
    std::size_t e = text.find('\n', from);
    if (e == std::string_view::npos) e = text.size();
    *end = e;
    return TrimView(text.substr(from, e - from));
  };
  std::size_t end = 0;
  if (next_line(pos, &end) != "---") return fm;
  std::vector<std::pair<std::string, std::string>> fields;
  std::size_t at = end + 1;
  for (int n = 0; n < 100 && at <= text.size(); ++n) {
    const std::string_view line = next_line(at, &end);
    if (line == "---" || line == "...") {
      fm.present = true;
      *body = at <= text.size() && end < text.size() ? text.substr(end + 1) : std::string_view();
      for (auto& [k, v] : fields) {
        if (k == "id")
          fm.id = v;
        else if (k == "title")
          fm.title = v;
        else if (k == "date" || k == "published")
          fm.date = v;
        else if (k == "url" || k == "link")
          fm.url = v;
        else if (k == "source" || k == "site")
          fm.source = v;
        else if (k == "lang" || k == "language")
          fm.lang = v;
      }
      return fm;
    }
    const std::size_t colon = line.find(':');
    if (!line.empty() && colon != std::string_view::npos) {
      std::string_view value = TrimView(line.substr(colon + 1));
      if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
          value.back() == value.front()) {
        value = value.substr(1, value.size() - 2);
      }
      fields.push_back({Lower(TrimView(line.substr(0, colon))), Field(value)});
    }
    if (end >= text.size()) break;
    at = end + 1;
  }
  return fm;  // no closing line: not front matter
}

store::Result<Document> FromText(std::string_view utf8, Document d) {
  const std::string normalised = NormaliseText(utf8);
  std::string_view body;
  const FrontMatter fm = ReadFrontMatter(normalised, &body);
  CleanOptions options;
  options.title_from_first_line = fm.title.empty();
  options.known_title = fm.title;
  options.source = fm.source;
  CleanResult clean = CleanArticleText(body, options);
  if (!fm.id.empty()) d.id = fm.id;
  d.title = !fm.title.empty() ? fm.title : clean.title;
  d.url = fm.url;
  d.source = fm.source;
  d.text = std::move(clean.text);
  SetDate(d, fm.date, clean.date, d.origin);
  SetLanguage(d, fm.lang, "");
  if (d.text.empty()) return NoText(d.origin);
  return d;
}

store::Result<Document> FromHtml(std::string_view utf8, Document d) {
  HtmlArticle page = ExtractHtmlArticle(utf8);
  if (!page.found_text) return NoText(d.origin);
  CleanOptions options;
  options.known_title = Field(page.title);
  options.source = Field(page.source);
  CleanResult clean = CleanArticleText(NormaliseText(page.body), options);
  d.title = options.known_title;
  d.url = Field(page.url);
  d.source = options.source;
  d.text = std::move(clean.text);
  SetDate(d, page.date, clean.date, d.origin);
  SetLanguage(d, "", page.language);
  if (d.text.empty()) return NoText(d.origin);
  return d;
}

std::string JsonString(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return "";
}

// One article from a JSON object.
store::Result<Document> FromJson(const nlohmann::json& j, Document d, std::uint64_t line) {
  if (!j.is_object()) {
    Status s = Status::ParseError("a JSON Lines record must be an object");
    s.At(d.origin, line, 0);
    return s;
  }
  const std::string id = Field(JsonString(j, "id"));
  if (!id.empty()) d.id = id;
  const std::string title = Field(JsonString(j, "title"));
  const std::string source = Field(JsonString(j, "source"));
  std::string lang = JsonString(j, "lang");
  if (lang.empty()) lang = JsonString(j, "language");
  std::string url = JsonString(j, "url");
  std::string date = JsonString(j, "date");
  if (date.empty()) date = JsonString(j, "published");
  auto text_it = j.find("text");
  const bool has_text = text_it != j.end() && text_it->is_string();
  auto html_it = j.find("html");
  const bool has_html = html_it != j.end() && html_it->is_string();
  if (!has_text && !has_html) {
    Status s = Status::ParseError("no \"text\" string in the record");
    s.At(d.origin, line, 0);
    return s;
  }
  CleanResult clean;
  std::string page_date, page_lang;
  CleanOptions options;
  options.known_title = title;
  options.source = source;
  if (has_text) {
    clean = CleanArticleText(NormaliseText(text_it->get<std::string>()), options);
  } else {
    HtmlArticle page = ExtractHtmlArticle(html_it->get<std::string>());
    if (options.known_title.empty()) options.known_title = Field(page.title);
    if (options.source.empty()) options.source = Field(page.source);
    clean = CleanArticleText(NormaliseText(page.body), options);
    page_date = page.date;
    page_lang = page.language;
    if (url.empty()) url = page.url;
  }
  d.title = options.known_title;
  d.source = options.source;
  d.url = Field(url);
  d.text = std::move(clean.text);
  SetDate(d, date.empty() ? page_date : date, clean.date,
          d.origin + (line > 0 ? ":" + std::to_string(line) : ""));
  SetLanguage(d, lang, page_lang);
  if (d.text.empty()) return NoText(d.origin, line);
  return d;
}

Status JsonError(const std::string& origin, std::uint64_t line, const std::exception& e) {
  std::string what = e.what();
  // "[json.exception.parse_error.101] parse error at line 1, column 5: ..."
  const std::size_t colon = what.find("column");
  Status s = Status::ParseError("broken JSON Lines record: " +
                                (colon != std::string::npos ? what.substr(colon) : what));
  s.At(origin, line, 0);
  return s;
}

Status ErrorAt(Status s, const std::string& origin, std::uint64_t line = 0) {
  s.At(origin, line, 0);
  return s;
}

// Builds one document of a whole input (not JSON Lines).
store::Result<Document> BuildOne(const std::string& bytes, const std::string& id,
                                 const std::string& origin, Format format) {
  if (IsEmptyInput(bytes)) return ErrorAt(Status::ParseError("empty document"), origin);
  const bool utf16 = bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                                           (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
  if (!utf16 && LooksBinary(bytes))
    return ErrorAt(Status::ParseError("binary file, not an article"), origin);
  Document d;
  d.id = id;
  d.origin = origin;
  d.content_hash = store::Sha256Hex(bytes);
  if (format == Format::kGuess) {
    const std::string_view head = TrimView(std::string_view(bytes).substr(0, 4096));
    if (!head.empty() && head.front() == '{')
      format = Format::kJson;
    else if (LooksLikeHtml(bytes))
      format = Format::kHtml;
    else
      format = Format::kText;
  }
  const std::string utf8 = Decode(bytes, origin, format == Format::kHtml, &d.warnings);
  if (format == Format::kHtml) return FromHtml(utf8, std::move(d));
  if (format == Format::kJson || format == Format::kJsonLines) {
    const std::string_view body = TrimView(utf8);
    if (body.find('\n') != std::string_view::npos) {
      // Several lines: only one record may be given here.
      try {
        auto j = nlohmann::json::parse(body);
        return FromJson(j, std::move(d), 0);
      } catch (const std::exception&) {
        return ErrorAt(Status::InvalidArgument(
                           "JSON Lines input with several records: read it with ReadDocuments"),
                       origin);
      }
    }
    try {
      auto j = nlohmann::json::parse(body);
      return FromJson(j, std::move(d), 1);
    } catch (const std::exception& e) {
      return JsonError(origin, 1, e);
    }
  }
  return FromText(utf8, std::move(d));
}

// Every record of a JSON Lines input; broken lines go to on_error.
Status ReadJsonLines(const std::string& bytes, const std::string& origin, const std::string& stem,
                     const std::function<Status(Document&&)>& sink,
                     const std::function<void(const Status&)>& on_error, ReadStats& stats) {
  if (IsEmptyInput(bytes)) {
    on_error(ErrorAt(Status::ParseError("empty document"), origin));
    ++stats.failed;
    return Status::OK();
  }
  if (std::memchr(bytes.data(), 0, bytes.size()) != nullptr || LooksBinary(bytes)) {
    on_error(ErrorAt(Status::ParseError("binary file, not JSON Lines"), origin));
    ++stats.failed;
    return Status::OK();
  }
  std::size_t start = 0;
  std::uint64_t line_no = 0;
  while (start < bytes.size()) {
    std::size_t end = bytes.find('\n', start);
    if (end == std::string::npos) end = bytes.size();
    ++line_no;
    std::string_view raw(bytes.data() + start, end - start);
    const std::size_t offset = start;
    start = end + 1;
    if (line_no == 1 && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
    if (TrimView(raw).empty()) continue;
    Document d;
    d.id = stem + "-" + std::to_string(line_no);
    d.origin = origin + ":" + std::to_string(line_no);
    d.content_hash = store::Sha256Hex(raw);
    const std::string utf8 = Decode(raw, d.origin, false, &d.warnings, offset);
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(utf8);
    } catch (const std::exception& e) {
      on_error(JsonError(origin, line_no, e));
      ++stats.failed;
      continue;
    }
    auto doc = FromJson(j, std::move(d), line_no);
    if (!doc.ok()) {
      Status s = doc.status();
      s.At(origin, line_no, 0);
      on_error(s);
      ++stats.failed;
      continue;
    }
    ++stats.documents;
    Status s = sink(std::move(doc).value());
    if (!s.ok()) return s;
  }
  return Status::OK();
}

// Reads one input (a file's bytes or standard input).
Status ReadInput(const std::string& bytes, const std::string& id, const std::string& origin,
                 Format format, const std::function<Status(Document&&)>& sink,
                 const std::function<void(const Status&)>& on_error, ReadStats& stats) {
  stats.bytes += bytes.size();
  if (format == Format::kGuess) {
    const std::string_view head = TrimView(std::string_view(bytes).substr(0, 4096));
    const std::string_view h = head.substr(0, 3) == "\xEF\xBB\xBF" ? head.substr(3) : head;
    if (!h.empty() && h.front() == '{') format = Format::kJsonLines;
  }
  if (format == Format::kJsonLines) return ReadJsonLines(bytes, origin, id, sink, on_error, stats);
  auto doc = BuildOne(bytes, id, origin, format);
  if (!doc.ok()) {
    on_error(doc.status());
    ++stats.failed;
    return Status::OK();
  }
  ++stats.documents;
  return sink(std::move(doc).value());
}

Status ReadFile(const fs::path& path, const ReadOptions& options,
                const std::function<Status(Document&&)>& sink,
                const std::function<void(const Status&)>& on_error, ReadStats& stats) {
  const std::string origin = path.string();
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec) {
    on_error(ErrorAt(Status::IOError("cannot read: " + ec.message()), origin));
    ++stats.failed;
    return Status::OK();
  }
  if (options.max_file_bytes > 0 && size > options.max_file_bytes) {
    on_error(ErrorAt(Status::InvalidArgument("file is " + std::to_string(size) +
                                             " bytes, more than the limit of " +
                                             std::to_string(options.max_file_bytes) + " bytes"),
                     origin));
    ++stats.failed;
    return Status::OK();
  }
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      on_error(ErrorAt(Status::IOError("cannot open the file"), origin));
      ++stats.failed;
      return Status::OK();
    }
    bytes.resize(static_cast<std::size_t>(size));
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) {
      on_error(ErrorAt(Status::IOError("read error"), origin));
      ++stats.failed;
      return Status::OK();
    }
  }
  return ReadInput(bytes, Stem(path.filename().string()), origin,
                   FormatOfExtension(path.extension().string()), sink, on_error, stats);
}

bool Hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

bool IsReadme(const fs::path& p) { return Lower(p.stem().string()) == "readme"; }

}  // namespace

Status ReadDocuments(const std::vector<std::string>& paths, const ReadOptions& options,
                     const std::function<Status(Document&&)>& sink,
                     const std::function<void(const Status&)>& report_error, ReadStats* stats_out) {
  ReadStats local;
  ReadStats& stats = stats_out ? *stats_out : local;
  const std::function<void(const Status&)> on_error =
      report_error ? report_error : [](const Status&) {};
  for (const std::string& arg : paths) {
    if (arg == "-") {
      std::string bytes;
      const std::uint64_t limit = options.max_file_bytes;
      char buf[65536];
      bool too_big = false;
      while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
        bytes.append(buf, static_cast<std::size_t>(std::cin.gcount()));
        if (limit > 0 && bytes.size() > limit) {
          too_big = true;
          break;
        }
      }
      if (too_big) {
        on_error(ErrorAt(Status::InvalidArgument("standard input is more than the limit of " +
                                                 std::to_string(limit) + " bytes"),
                         "-"));
        ++stats.failed;
        continue;
      }
      Status s = ReadInput(bytes, "stdin", "-", Format::kGuess, sink, on_error, stats);
      if (!s.ok()) return s;
      continue;
    }
    const fs::path path(arg);
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      on_error(ErrorAt(Status::NotFound("no such file or directory"), arg));
      ++stats.failed;
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<fs::path> files;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
      if (ec) {
        on_error(ErrorAt(Status::IOError("cannot list the folder: " + ec.message()), arg));
        ++stats.failed;
        continue;
      }
      for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
          on_error(ErrorAt(Status::IOError("cannot list the folder: " + ec.message()), arg));
          ++stats.failed;
          break;
        }
        const fs::path& p = it->path();
        std::error_code e2;
        if (Hidden(p)) {
          if (it->is_directory(e2)) it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file(e2)) continue;
        files.push_back(p);
      }
      std::sort(files.begin(), files.end());
      for (const fs::path& p : files) {
        if (IsReadme(p) || !IsArticleExtension(p.extension().string())) {
          ++stats.skipped;
          continue;
        }
        Status s = ReadFile(p, options, sink, on_error, stats);
        if (!s.ok()) return s;
      }
      continue;
    }
    Status s = ReadFile(path, options, sink, on_error, stats);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

store::Result<Document> ReadDocumentFromBytes(const std::string& bytes, const std::string& name,
                                              const std::string& format) {
  Format f = Format::kGuess;
  if (format == "text" || format == "txt")
    f = Format::kText;
  else if (format == "html")
    f = Format::kHtml;
  else if (format == "json" || format == "jsonl")
    f = Format::kJson;
  else if (format.empty()) {
    f = FormatOfExtension(fs::path(name).extension().string());
    if (f == Format::kJsonLines) f = Format::kJson;
  } else {
    return ErrorAt(Status::InvalidArgument("unknown format \"" + format + "\""), name);
  }
  return BuildOne(bytes, Stem(fs::path(name).filename().string()), name, f);
}

}  // namespace griot::importers

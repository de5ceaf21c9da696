#include "griot/store/iri.h"

#include <cctype>
#include <optional>

namespace griot::store {
namespace {

struct Parts {
  std::optional<std::string_view> scheme, authority, query, fragment;
  std::string_view path;
};

// Splits an IRI reference as RFC 3986 appendix B does.
Parts Split(std::string_view s) {
  Parts p;
  std::size_t i = 0;
  if (HasIriScheme(s)) {
    std::size_t colon = s.find(':');
    p.scheme = s.substr(0, colon);
    i = colon + 1;
  }
  if (s.substr(i, 2) == "//") {
    std::size_t end = s.find_first_of("/?#", i + 2);
    if (end == std::string_view::npos) end = s.size();
    p.authority = s.substr(i + 2, end - i - 2);
    i = end;
  }
  std::size_t end = s.find_first_of("?#", i);
  if (end == std::string_view::npos) end = s.size();
  p.path = s.substr(i, end - i);
  i = end;
  if (i < s.size() && s[i] == '?') {
    end = s.find('#', i);
    if (end == std::string_view::npos) end = s.size();
    p.query = s.substr(i + 1, end - i - 1);
    i = end;
  }
  if (i < s.size() && s[i] == '#') p.fragment = s.substr(i + 1);
  return p;
}

// RFC 3986 §5.2.4.
std::string RemoveDotSegments(std::string_view in) {
  std::string input(in), output;
  while (!input.empty()) {
    if (input.rfind("../", 0) == 0) {
      input.erase(0, 3);
    } else if (input.rfind("./", 0) == 0) {
      input.erase(0, 2);
    } else if (input.rfind("/./", 0) == 0) {
      input.erase(0, 2);
    } else if (input == "/.") {
      input = "/";
    } else if (input.rfind("/../", 0) == 0 || input == "/..") {
      input = input == "/.." ? "/" : input.substr(3);
      auto slash = output.rfind('/');
      output.erase(slash == std::string::npos ? 0 : slash);
    } else if (input == "." || input == "..") {
      input.clear();
    } else {
      std::size_t next = input.find('/', input[0] == '/' ? 1 : 0);
      if (next == std::string::npos) next = input.size();
      output += input.substr(0, next);
      input.erase(0, next);
    }
  }
  return output;
}

}  // namespace

bool HasIriScheme(std::string_view iri) {
  if (iri.empty() || !std::isalpha(static_cast<unsigned char>(iri[0]))) return false;
  for (std::size_t i = 1; i < iri.size(); ++i) {
    char c = iri[i];
    if (c == ':') return true;
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') {
      return false;
    }
  }
  return false;
}

std::string ResolveIri(std::string_view base, std::string_view reference) {
  if (HasIriScheme(reference)) return std::string(reference);
  Parts r = Split(reference), b = Split(base);
  Parts t;
  std::string path;
  if (r.authority) {
    t.authority = r.authority;
    path = RemoveDotSegments(r.path);
    t.query = r.query;
  } else {
    if (r.path.empty()) {
      path = std::string(b.path);
      t.query = r.query ? r.query : b.query;
    } else {
      if (r.path[0] == '/') {
        path = RemoveDotSegments(r.path);
      } else {
        std::string merged;
        if (b.authority && b.path.empty()) {
          merged = "/" + std::string(r.path);
        } else {
          auto slash = b.path.rfind('/');
          merged = (slash == std::string_view::npos ? std::string()
                                                    : std::string(b.path.substr(0, slash + 1))) +
                   std::string(r.path);
        }
        path = RemoveDotSegments(merged);
      }
      t.query = r.query;
    }
    t.authority = b.authority;
  }
  std::string out;
  if (b.scheme) out += std::string(*b.scheme) + ":";
  if (t.authority) out += "//" + std::string(*t.authority);
  out += path;
  if (t.query) out += "?" + std::string(*t.query);
  if (r.fragment) out += "#" + std::string(*r.fragment);
  return out;
}

}  // namespace griot::store

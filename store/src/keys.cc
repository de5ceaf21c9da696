#include "keys.h"

namespace griot::store::internal {

std::string EncodeTermKey(const Term& term) {
  std::string k;
  switch (term.kind()) {
    case TermKind::kIri:
      k.reserve(term.value().size() + 1);
      k.push_back('I');
      k += term.value();
      break;
    case TermKind::kBlank:
      k.push_back('B');
      k += term.value();
      break;
    case TermKind::kLiteral:
      if (!term.language().empty()) {
        k.push_back('L');
        k += term.language();
        k.push_back('\0');
      } else if (term.datatype() == kXsdString) {
        k.push_back('S');
      } else {
        k.push_back('T');
        k += term.datatype();
        k.push_back('\0');
      }
      k += term.value();
      break;
    case TermKind::kNone:
      break;
  }
  return k;
}

Result<Term> DecodeTermKey(std::string_view key) {
  if (key.empty()) return Status::Corruption("empty dictionary entry");
  std::string_view rest = key.substr(1);
  switch (key[0]) {
    case 'I': return Term::Iri(std::string(rest));
    case 'B': return Term::Blank(std::string(rest));
    case 'S': return Term::Literal(std::string(rest));
    case 'T':
    case 'L': {
      auto nul = rest.find('\0');
      if (nul == std::string_view::npos) return Status::Corruption("dictionary entry without NUL");
      std::string head(rest.substr(0, nul));
      std::string lex(rest.substr(nul + 1));
      if (key[0] == 'T') return Term::Literal(std::move(lex), std::move(head));
      return Term::LangLiteral(std::move(lex), std::move(head));
    }
    default:
      return Status::Corruption("unknown dictionary entry kind");
  }
}

}  // namespace griot::store::internal

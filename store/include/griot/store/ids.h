// Term ids: the fixed-width 64-bit numbers the indexes are made of.
//
// The top 4 bits of an id are its tag; the 60 bits below are its payload.
// Terms of a few common kinds are written into the id itself ("inlined"),
// so that filters and comparisons on them need no dictionary lookup; every
// other term gets a sequence number from the dictionary. For ids with the
// same tag, numeric order of ids is the order of the values they stand for
// (see docs/storage.md), and because index keys are big-endian, byte order
// of keys is id order.
#pragma once

#include <cstdint>
#include <optional>

#include "griot/store/term.h"

namespace griot::store {

using TermId = std::uint64_t;

// The id of "no term": the default graph in a quad.
inline constexpr TermId kDefaultGraphId = 0;

enum class IdTag : std::uint8_t {
  kNone = 0,        // kDefaultGraphId
  kBlank = 1,       // dictionary: blank node
  kIri = 2,         // dictionary: IRI
  kLiteral = 3,     // dictionary: any literal that is not inlined
  kShortString = 4, // inline: xsd:string of at most 7 UTF-8 bytes, no NUL
  kInteger = 5,     // inline: canonical xsd:integer in [-2^59, 2^59)
  kDecimal = 6,     // inline: canonical xsd:decimal, 6 fraction digits, |v| < 5.76e11
  kDouble = 7,      // inline: canonical xsd:double whose 4 lowest mantissa bits are 0
  kBoolean = 8,     // inline: "true" / "false"
  kDate = 9,        // inline: canonical xsd:date, optional timezone
  kDateTime = 10,   // inline: canonical xsd:dateTime, ms precision, optional tz
};

inline constexpr int kIdTagShift = 60;
inline constexpr TermId kIdPayloadMask = (TermId{1} << kIdTagShift) - 1;

inline IdTag TagOf(TermId id) { return static_cast<IdTag>(id >> kIdTagShift); }
inline std::uint64_t PayloadOf(TermId id) { return id & kIdPayloadMask; }
inline TermId MakeId(IdTag tag, std::uint64_t payload) {
  return (TermId{static_cast<std::uint8_t>(tag)} << kIdTagShift) | (payload & kIdPayloadMask);
}
inline bool IsInline(TermId id) { return TagOf(id) >= IdTag::kShortString; }
inline bool IsDictionaryId(TermId id) {
  IdTag t = TagOf(id);
  return t == IdTag::kBlank || t == IdTag::kIri || t == IdTag::kLiteral;
}

// The inline id of `term`, or nullopt when the term must go to the
// dictionary (not one of the inlined kinds, or a non-canonical lexical form,
// which must keep its exact spelling).
std::optional<TermId> InlineId(const Term& term);

// The term an inline id stands for. REQUIRES: IsInline(id).
Term DecodeInline(TermId id);

// Numeric value of an inline integer, decimal or double id.
// REQUIRES: TagOf(id) is kInteger, kDecimal or kDouble.
double InlineNumericValue(TermId id);

}  // namespace griot::store

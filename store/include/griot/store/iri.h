// IRI references resolved against a base (RFC 3986 §5.2), used by the RDF
// readers and the SPARQL parser.
#pragma once

#include <string>
#include <string_view>

namespace griot::store {

// True when `iri` starts with a scheme ("http:", "urn:", ...).
bool HasIriScheme(std::string_view iri);

// Resolves `reference` against `base` (RFC 3986 §5.2.2, strict), removing
// dot segments. An absolute reference is returned as it is.
std::string ResolveIri(std::string_view base, std::string_view reference);

}  // namespace griot::store

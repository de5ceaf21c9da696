// The SPARQL 1.1 grammar (https://www.w3.org/TR/sparql11-query/#grammar,
// productions [1]-[173], with the update productions [29]-[52]) as PEGTL 3.2
// rules, and ParseQuery / ParseUpdate.
//
// How to read this file
// - One struct per production, named after it in snake_case, with the EBNF
//   above it. Helper rules that are not productions say so.
// - Every token swallows the white space and '#' comments after it (tok<>,
//   kw<>, sym<>), so rules never mention white space.
// - Keywords are case-insensitive and must not run on into a name
//   (kw<>: "SELECTx" is no keyword); only 'a' is case-sensitive.
// - The grammar is LL(1) (the specification says so). Every alternative
//   commits with must<> right after its first token, so an error is reported
//   where the text goes wrong, with a message saying what was expected
//   (error_message<> below), and no action ever fires for text that is later
//   backtracked over.
// - Where the SPARQL tokenizer's longest match decides (IRIREF against '<',
//   '?' as a path modifier against a variable, '+' against a signed number),
//   the rules say so with not_at<>.
// - Actions (the action<> specialisations after the rules) call the
//   AstBuilder (grammar_builder.h), which builds the AST.
#include "grammar.h"

#include <string>
#include <utility>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar_builder.h"
#include "semantic.h"

namespace griot::query {
namespace sparql_grammar {
namespace {  // the rules are private to this file

using namespace tao::pegtl;  // NOLINT: the grammar reads better unqualified

// ===========================================================================
// Terminals [139]-[173]
// ===========================================================================

// [162] WS ::= #x20 | #x9 | #xD | #xA
struct ws : one<' ', '\t', '\r', '\n'> {};
// Comments run from '#' (outside IRIs and strings) to the end of the line.
struct comment : seq<one<'#'>, until<eolf>> {};
// Helper: what may separate tokens.
struct skip : star<sor<ws, comment>> {};
// Helper: a token and the white space after it.
template <typename R>
struct tok : seq<R, skip> {};
// Helper: punctuation.
template <char... Cs>
struct sym : seq<string<Cs...>, skip> {};

// [172] HEX ::= [0-9] | [A-F] | [a-f]
struct hex : xdigit {};
// [171] PERCENT ::= '%' HEX HEX
struct percent : seq<one<'%'>, hex, hex> {};
// [173] PN_LOCAL_ESC ::= '\' ( '_' | '~' | '.' | '-' | '!' | '$' | '&' | "'" | '(' | ')' | '*' | '+' | ',' | ';' | '=' | '/' | '?' | '#' | '@' | '%' )
struct pn_local_esc : seq<one<'\\'>, one<'_', '~', '.', '-', '!', '$', '&', '\'', '(', ')', '*', '+',
                                         ',', ';', '=', '/', '?', '#', '@', '%'>> {};
// [170] PLX ::= PERCENT | PN_LOCAL_ESC
struct plx : sor<percent, pn_local_esc> {};
// [164] PN_CHARS_BASE ::= [A-Z] | [a-z] | [#x00C0-#x00D6] | [#x00D8-#x00F6] | [#x00F8-#x02FF] | [#x0370-#x037D] | [#x037F-#x1FFF] | [#x200C-#x200D] | [#x2070-#x218F] | [#x2C00-#x2FEF] | [#x3001-#xD7FF] | [#xF900-#xFDCF] | [#xFDF0-#xFFFD] | [#x10000-#xEFFFF]
struct pn_chars_base
    : utf8::ranges<U'A', U'Z', U'a', U'z', 0xC0, 0xD6, 0xD8, 0xF6, 0xF8, 0x2FF, 0x370, 0x37D, 0x37F,
                   0x1FFF, 0x200C, 0x200D, 0x2070, 0x218F, 0x2C00, 0x2FEF, 0x3001, 0xD7FF, 0xF900,
                   0xFDCF, 0xFDF0, 0xFFFD, 0x10000, 0xEFFFF> {};
// [165] PN_CHARS_U ::= PN_CHARS_BASE | '_'
struct pn_chars_u : sor<pn_chars_base, one<'_'>> {};
// [167] PN_CHARS ::= PN_CHARS_U | '-' | [0-9] | #x00B7 | [#x0300-#x036F] | [#x203F-#x2040]
struct pn_chars : sor<pn_chars_u, one<'-'>, digit, utf8::ranges<0xB7, 0xB7, 0x300, 0x36F, 0x203F, 0x2040>> {};
// [168] PN_PREFIX ::= PN_CHARS_BASE ((PN_CHARS|'.')* PN_CHARS)?
// (A '.' is taken only when a name character follows it.)
struct pn_prefix : seq<pn_chars_base, star<sor<pn_chars, seq<plus<one<'.'>>, pn_chars>>>> {};
// Helper for [169]: a character that may continue a local name.
struct pn_local_char : sor<pn_chars, one<':'>, plx> {};
// [169] PN_LOCAL ::= (PN_CHARS_U | ':' | [0-9] | PLX ) ((PN_CHARS | '.' | ':' | PLX)* (PN_CHARS | ':' | PLX) )?
struct pn_local : seq<sor<pn_chars_u, one<':'>, digit, plx>,
                      star<sor<pn_local_char, seq<plus<one<'.'>>, pn_local_char>>>> {};
// [140] PNAME_NS ::= PN_PREFIX? ':'
struct pname_ns : seq<opt<pn_prefix>, one<':'>> {};
// [141] PNAME_LN ::= PNAME_NS PN_LOCAL
struct pname_ln : seq<pname_ns, pn_local> {};
// [142] BLANK_NODE_LABEL ::= '_:' ( PN_CHARS_U | [0-9] ) ((PN_CHARS|'.')* PN_CHARS)?
struct blank_node_label
    : seq<string<'_', ':'>, sor<pn_chars_u, digit>, star<sor<pn_chars, seq<plus<one<'.'>>, pn_chars>>>> {};
// [166] VARNAME ::= ( PN_CHARS_U | [0-9] ) ( PN_CHARS_U | [0-9] | #x00B7 | [#x0300-#x036F] | [#x203F-#x2040] )*
struct varname_start : sor<pn_chars_u, digit> {};
struct varname
    : seq<varname_start, star<sor<pn_chars_u, digit, utf8::ranges<0xB7, 0xB7, 0x300, 0x36F, 0x203F, 0x2040>>>> {};
// [143] VAR1 ::= '?' VARNAME
struct var1 : seq<one<'?'>, varname> {};
// [144] VAR2 ::= '$' VARNAME
struct var2 : seq<one<'$'>, varname> {};
// [145] LANGTAG ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
struct langtag : seq<one<'@'>, plus<alpha>, star<one<'-'>, plus<alnum>>> {};
// [155] EXPONENT ::= [eE] [+-]? [0-9]+
struct exponent : seq<one<'e', 'E'>, opt<one<'+', '-'>>, plus<digit>> {};
// [146] INTEGER ::= [0-9]+
struct integer : plus<digit> {};
// [147] DECIMAL ::= [0-9]* '.' [0-9]+
struct decimal : seq<star<digit>, one<'.'>, plus<digit>> {};
// [148] DOUBLE ::= [0-9]+ '.' [0-9]* EXPONENT | '.' ([0-9])+ EXPONENT | ([0-9])+ EXPONENT
// (double_: 'double' is a C++ keyword.)
struct double_ : sor<seq<plus<digit>, one<'.'>, star<digit>, exponent>, seq<one<'.'>, plus<digit>, exponent>,
                     seq<plus<digit>, exponent>> {};
// [149] INTEGER_POSITIVE ::= '+' INTEGER
struct integer_positive : seq<one<'+'>, integer> {};
// [150] DECIMAL_POSITIVE ::= '+' DECIMAL
struct decimal_positive : seq<one<'+'>, decimal> {};
// [151] DOUBLE_POSITIVE ::= '+' DOUBLE
struct double_positive : seq<one<'+'>, double_> {};
// [152] INTEGER_NEGATIVE ::= '-' INTEGER
struct integer_negative : seq<one<'-'>, integer> {};
// [153] DECIMAL_NEGATIVE ::= '-' DECIMAL
struct decimal_negative : seq<one<'-'>, decimal> {};
// [154] DOUBLE_NEGATIVE ::= '-' DOUBLE
struct double_negative : seq<one<'-'>, double_> {};
// Helper: what starts an unsigned number (for the '+' path modifier).
struct number_start : sor<digit, seq<one<'.'>, digit>> {};

// [160] ECHAR ::= '\' [tbnrf\"']
struct echar : seq<one<'\\'>, one<'t', 'b', 'n', 'r', 'f', '\\', '"', '\''>> {};
// Code point escapes (§19.2), accepted in strings and IRIs.
struct uchar : sor<seq<one<'\\'>, one<'u'>, rep<4, xdigit>>, seq<one<'\\'>, one<'U'>, rep<8, xdigit>>> {};
// Helper: a backslash that starts no valid escape (reported, not skipped).
struct invalid_escape : seq<at<one<'\\'>>, raise<invalid_escape>> {};
struct string_close1 : one<'\''> {};
struct string_close2 : one<'"'> {};
struct string_close_long1 : string<'\'', '\'', '\''> {};
struct string_close_long2 : string<'"', '"', '"'> {};
// [156] STRING_LITERAL1 ::= "'" ( ([^#x27#x5C#xA#xD]) | ECHAR )* "'"
struct string_literal1
    : seq<one<'\''>, star<sor<utf8::not_one<'\'', '\\', '\n', '\r'>, echar, uchar, invalid_escape>>,
          must<string_close1>> {};
// [157] STRING_LITERAL2 ::= '"' ( ([^#x22#x5C#xA#xD]) | ECHAR )* '"'
struct string_literal2
    : seq<one<'"'>, star<sor<utf8::not_one<'"', '\\', '\n', '\r'>, echar, uchar, invalid_escape>>,
          must<string_close2>> {};
// [158] STRING_LITERAL_LONG1 ::= "'''" ( ( "'" | "''" )? ( [^'\] | ECHAR ) )* "'''"
struct string_literal_long1
    : seq<string<'\'', '\'', '\''>,
          star<not_at<string<'\'', '\'', '\''>>, sor<utf8::not_one<'\\'>, echar, uchar, invalid_escape>>,
          must<string_close_long1>> {};
// [159] STRING_LITERAL_LONG2 ::= '"""' ( ( '"' | '""' )? ( [^"\] | ECHAR ) )* '"""'
struct string_literal_long2
    : seq<string<'"', '"', '"'>,
          star<not_at<string<'"', '"', '"'>>, sor<utf8::not_one<'\\'>, echar, uchar, invalid_escape>>,
          must<string_close_long2>> {};

// [139] IRIREF ::= '<' ([^<>"{}|^`\]-[#x00-#x20])* '>'
// (with code point escapes, which §19.2 allows anywhere)
struct iri_char : seq<not_at<range<'\0', ' '>>, utf8::not_one<'<', '>', '"', '{', '}', '|', '^', '`', '\\'>> {};
struct iriref : seq<one<'<'>, star<sor<iri_char, uchar>>, one<'>'>> {};

// [161] NIL ::= '(' WS* ')'
struct nil : seq<one<'('>, skip, one<')'>> {};
// [163] ANON ::= '[' WS* ']'
struct anon : seq<one<'['>, skip, one<']'>> {};

// Helper: a character that continues a name, so that a keyword may not be
// followed by one ("SELECTx", "a:b").
struct name_char : sor<pn_chars, one<':'>> {};
// Helper: a case-insensitive keyword.
template <typename Str>
struct kw : seq<Str, not_at<name_char>, skip> {};

#define GRIOT_KEYWORD(name, text) \
  struct name : kw<TAO_PEGTL_ISTRING(text)> {}

GRIOT_KEYWORD(kw_base, "BASE");
GRIOT_KEYWORD(kw_prefix, "PREFIX");
GRIOT_KEYWORD(kw_select, "SELECT");
GRIOT_KEYWORD(kw_distinct, "DISTINCT");
GRIOT_KEYWORD(kw_reduced, "REDUCED");
GRIOT_KEYWORD(kw_as, "AS");
GRIOT_KEYWORD(kw_construct, "CONSTRUCT");
GRIOT_KEYWORD(kw_where, "WHERE");
GRIOT_KEYWORD(kw_describe, "DESCRIBE");
GRIOT_KEYWORD(kw_ask, "ASK");
GRIOT_KEYWORD(kw_from, "FROM");
GRIOT_KEYWORD(kw_named, "NAMED");
GRIOT_KEYWORD(kw_group, "GROUP");
GRIOT_KEYWORD(kw_by, "BY");
GRIOT_KEYWORD(kw_having, "HAVING");
GRIOT_KEYWORD(kw_order, "ORDER");
GRIOT_KEYWORD(kw_asc, "ASC");
GRIOT_KEYWORD(kw_desc, "DESC");
GRIOT_KEYWORD(kw_limit, "LIMIT");
GRIOT_KEYWORD(kw_offset, "OFFSET");
GRIOT_KEYWORD(kw_values, "VALUES");
GRIOT_KEYWORD(kw_load, "LOAD");
GRIOT_KEYWORD(kw_silent, "SILENT");
GRIOT_KEYWORD(kw_into, "INTO");
GRIOT_KEYWORD(kw_clear, "CLEAR");
GRIOT_KEYWORD(kw_drop, "DROP");
GRIOT_KEYWORD(kw_create, "CREATE");
GRIOT_KEYWORD(kw_add, "ADD");
GRIOT_KEYWORD(kw_move, "MOVE");
GRIOT_KEYWORD(kw_copy, "COPY");
GRIOT_KEYWORD(kw_to, "TO");
GRIOT_KEYWORD(kw_insert, "INSERT");
GRIOT_KEYWORD(kw_data, "DATA");
GRIOT_KEYWORD(kw_delete, "DELETE");
GRIOT_KEYWORD(kw_with, "WITH");
GRIOT_KEYWORD(kw_using, "USING");
GRIOT_KEYWORD(kw_default, "DEFAULT");
GRIOT_KEYWORD(kw_graph, "GRAPH");
GRIOT_KEYWORD(kw_all, "ALL");
GRIOT_KEYWORD(kw_optional, "OPTIONAL");
GRIOT_KEYWORD(kw_service, "SERVICE");
GRIOT_KEYWORD(kw_bind, "BIND");
GRIOT_KEYWORD(kw_undef, "UNDEF");
GRIOT_KEYWORD(kw_minus, "MINUS");
GRIOT_KEYWORD(kw_union, "UNION");
GRIOT_KEYWORD(kw_filter, "FILTER");
GRIOT_KEYWORD(kw_in, "IN");
GRIOT_KEYWORD(kw_not, "NOT");
GRIOT_KEYWORD(kw_exists, "EXISTS");
GRIOT_KEYWORD(kw_separator, "SEPARATOR");
GRIOT_KEYWORD(kw_true, "true");
GRIOT_KEYWORD(kw_false, "false");
// Builtin functions [121]-[126] and aggregates [127].
GRIOT_KEYWORD(kw_str, "STR");
GRIOT_KEYWORD(kw_lang, "LANG");
GRIOT_KEYWORD(kw_langmatches, "LANGMATCHES");
GRIOT_KEYWORD(kw_datatype, "DATATYPE");
GRIOT_KEYWORD(kw_bound, "BOUND");
GRIOT_KEYWORD(kw_iri, "IRI");
GRIOT_KEYWORD(kw_uri, "URI");
GRIOT_KEYWORD(kw_bnode, "BNODE");
GRIOT_KEYWORD(kw_rand, "RAND");
GRIOT_KEYWORD(kw_abs, "ABS");
GRIOT_KEYWORD(kw_ceil, "CEIL");
GRIOT_KEYWORD(kw_floor, "FLOOR");
GRIOT_KEYWORD(kw_round, "ROUND");
GRIOT_KEYWORD(kw_concat, "CONCAT");
GRIOT_KEYWORD(kw_strlen, "STRLEN");
GRIOT_KEYWORD(kw_ucase, "UCASE");
GRIOT_KEYWORD(kw_lcase, "LCASE");
GRIOT_KEYWORD(kw_encode_for_uri, "ENCODE_FOR_URI");
GRIOT_KEYWORD(kw_contains, "CONTAINS");
GRIOT_KEYWORD(kw_strstarts, "STRSTARTS");
GRIOT_KEYWORD(kw_strends, "STRENDS");
GRIOT_KEYWORD(kw_strbefore, "STRBEFORE");
GRIOT_KEYWORD(kw_strafter, "STRAFTER");
GRIOT_KEYWORD(kw_year, "YEAR");
GRIOT_KEYWORD(kw_month, "MONTH");
GRIOT_KEYWORD(kw_day, "DAY");
GRIOT_KEYWORD(kw_hours, "HOURS");
GRIOT_KEYWORD(kw_minutes, "MINUTES");
GRIOT_KEYWORD(kw_seconds, "SECONDS");
GRIOT_KEYWORD(kw_timezone, "TIMEZONE");
GRIOT_KEYWORD(kw_tz, "TZ");
GRIOT_KEYWORD(kw_now, "NOW");
GRIOT_KEYWORD(kw_uuid, "UUID");
GRIOT_KEYWORD(kw_struuid, "STRUUID");
GRIOT_KEYWORD(kw_md5, "MD5");
GRIOT_KEYWORD(kw_sha1, "SHA1");
GRIOT_KEYWORD(kw_sha256, "SHA256");
GRIOT_KEYWORD(kw_sha384, "SHA384");
GRIOT_KEYWORD(kw_sha512, "SHA512");
GRIOT_KEYWORD(kw_coalesce, "COALESCE");
GRIOT_KEYWORD(kw_if, "IF");
GRIOT_KEYWORD(kw_strlang, "STRLANG");
GRIOT_KEYWORD(kw_strdt, "STRDT");
GRIOT_KEYWORD(kw_sameterm, "sameTerm");
GRIOT_KEYWORD(kw_isiri, "isIRI");
GRIOT_KEYWORD(kw_isuri, "isURI");
GRIOT_KEYWORD(kw_isblank, "isBLANK");
GRIOT_KEYWORD(kw_isliteral, "isLITERAL");
GRIOT_KEYWORD(kw_isnumeric, "isNUMERIC");
GRIOT_KEYWORD(kw_regex, "REGEX");
GRIOT_KEYWORD(kw_substr, "SUBSTR");
GRIOT_KEYWORD(kw_replace, "REPLACE");
GRIOT_KEYWORD(kw_count, "COUNT");
GRIOT_KEYWORD(kw_sum, "SUM");
GRIOT_KEYWORD(kw_min, "MIN");
GRIOT_KEYWORD(kw_max, "MAX");
GRIOT_KEYWORD(kw_avg, "AVG");
GRIOT_KEYWORD(kw_sample, "SAMPLE");
GRIOT_KEYWORD(kw_group_concat, "GROUP_CONCAT");

#undef GRIOT_KEYWORD

// Helper: the case-sensitive keyword 'a' (rdf:type).
struct a_word : seq<one<'a'>, not_at<name_char>> {};
struct kw_a : seq<a_word, skip> {};

// Punctuation. Brackets that open are tracked (OpenBracket) so that a
// missing closer can name where its opener was.
struct open_paren : sym<'('> {};
struct close_paren : sym<')'> {};
struct comma : sym<','> {};
struct dot : sym<'.'> {};
struct semicolon : sym<';'> {};
struct star_sym : sym<'*'> {};
struct equals_sym : sym<'='> {};

// ===========================================================================
// Terms
// ===========================================================================

struct expression;
struct group_graph_pattern;
struct property_list_not_empty;
struct property_list_path_not_empty;
struct path;

// [108] Var ::= VAR1 | VAR2
struct var : seq<sor<var1, var2>, skip> {};
// [137] PrefixedName ::= PNAME_LN | PNAME_NS
struct prefixed_name : sor<pname_ln, pname_ns> {};
// [136] iri ::= IRIREF | PrefixedName
struct iri : seq<sor<iriref, prefixed_name>, skip> {};
// [135] String ::= STRING_LITERAL1 | STRING_LITERAL2 | STRING_LITERAL_LONG1 | STRING_LITERAL_LONG2
// (string_: the long forms are tried first, "''" being a short empty string.)
struct string_ : sor<string_literal_long1, string_literal1, string_literal_long2, string_literal2> {};
// Helpers for [129]: what follows a string.
struct literal_langtag : langtag {};
struct datatype_iri : iri {};
struct literal_datatype : seq<string<'^', '^'>, skip, must<datatype_iri>> {};
struct literal_plain : success {};
// [129] RDFLiteral ::= String ( LANGTAG | ( '^^' iri ) )?
struct rdf_literal : seq<string_, skip, sor<seq<literal_langtag, skip>, literal_datatype, literal_plain>> {};
// [131] NumericLiteralUnsigned ::= INTEGER | DECIMAL | DOUBLE
struct numeric_literal_unsigned : sor<double_, decimal, integer> {};
// [132] NumericLiteralPositive ::= INTEGER_POSITIVE | DECIMAL_POSITIVE | DOUBLE_POSITIVE
struct numeric_literal_positive : sor<double_positive, decimal_positive, integer_positive> {};
// [133] NumericLiteralNegative ::= INTEGER_NEGATIVE | DECIMAL_NEGATIVE | DOUBLE_NEGATIVE
struct numeric_literal_negative : sor<double_negative, decimal_negative, integer_negative> {};
// [130] NumericLiteral ::= NumericLiteralUnsigned | NumericLiteralPositive | NumericLiteralNegative
struct numeric_literal
    : seq<sor<numeric_literal_unsigned, numeric_literal_positive, numeric_literal_negative>, skip> {};
// [134] BooleanLiteral ::= 'true' | 'false'
struct boolean_literal : sor<kw_true, kw_false> {};
// [138] BlankNode ::= BLANK_NODE_LABEL | ANON
struct blank_node : seq<sor<blank_node_label, anon>, skip> {};
struct nil_term : seq<nil, skip> {};
// [109] GraphTerm ::= iri | RDFLiteral | NumericLiteral | BooleanLiteral | BlankNode | NIL
struct graph_term : sor<iri, rdf_literal, numeric_literal, boolean_literal, blank_node, nil_term> {};
// [106] VarOrTerm ::= Var | GraphTerm
struct var_or_term : sor<var, graph_term> {};
// [107] VarOrIri ::= Var | iri
struct var_or_iri : sor<var, iri> {};
// [97] Integer ::= INTEGER   (LIMIT and OFFSET read it directly)

// ===========================================================================
// Triples [75]-[105]
// ===========================================================================

// Helpers: the subject of a triple pattern opens a frame its predicate-object
// list fills; the frame is dropped after the last object.
struct subject_begin : success {};
struct subject_end : success {};

// [78] Verb ::= VarOrIri | 'a'
struct verb_var_or_iri : var_or_iri {};
struct verb_a : kw_a {};
struct verb : sor<verb_var_or_iri, verb_a> {};

// [99] BlankNodePropertyList ::= '[' PropertyListNotEmpty ']'
struct blank_node_property_list_open : sym<'['> {};
struct blank_node_property_list_close : sym<']'> {};
struct blank_node_property_list
    : seq<blank_node_property_list_open, must<property_list_not_empty>, must<blank_node_property_list_close>> {};
// [101] BlankNodePropertyListPath ::= '[' PropertyListPathNotEmpty ']'
struct blank_node_property_list_path
    : seq<blank_node_property_list_open, must<property_list_path_not_empty>,
          must<blank_node_property_list_close>> {};

struct graph_node;
struct graph_node_path;
struct collection_open : sym<'('> {};
struct collection_close : sym<')'> {};
struct collection_members : plus<graph_node> {};
struct collection_path_members : plus<graph_node_path> {};
// [102] Collection ::= '(' GraphNode+ ')'
struct collection : seq<collection_open, must<collection_members>, must<collection_close>> {};
// [103] CollectionPath ::= '(' GraphNodePath+ ')'
struct collection_path : seq<collection_open, must<collection_path_members>, must<collection_close>> {};
// [98] TriplesNode ::= Collection | BlankNodePropertyList
struct triples_node : sor<collection, blank_node_property_list> {};
// [100] TriplesNodePath ::= CollectionPath | BlankNodePropertyListPath
struct triples_node_path : sor<collection_path, blank_node_property_list_path> {};
// [104] GraphNode ::= VarOrTerm | TriplesNode
struct graph_node : sor<var_or_term, triples_node> {};
// [105] GraphNodePath ::= VarOrTerm | TriplesNodePath
struct graph_node_path : sor<var_or_term, triples_node_path> {};

// [80] Object ::= GraphNode
struct object : graph_node {};
// [79] ObjectList ::= Object ( ',' Object )*
struct object_list : seq<object, star<comma, must<object>>> {};
// [77] PropertyListNotEmpty ::= Verb ObjectList ( ';' ( Verb ObjectList )? )*
struct property_list_not_empty : seq<verb, must<object_list>, star<semicolon, opt<verb, must<object_list>>>> {};
// [76] PropertyList ::= PropertyListNotEmpty?
struct property_list : opt<property_list_not_empty> {};
// [75] TriplesSameSubject ::= VarOrTerm PropertyListNotEmpty | TriplesNode PropertyList
struct triples_same_subject
    : seq<sor<seq<var_or_term, subject_begin, must<property_list_not_empty>>,
              seq<triples_node, subject_begin, property_list>>,
          subject_end> {};

// [96] PathOneInPropertySet ::= iri | 'a' | '^' ( iri | 'a' )
struct path_one_iri : iri {};
struct path_one_a : kw_a {};
struct path_one_inverse_iri : iri {};
struct path_one_inverse_a : kw_a {};
struct path_one_inverse_target : sor<path_one_inverse_iri, path_one_inverse_a> {};
struct path_one_in_property_set
    : sor<path_one_iri, path_one_a, if_must<sym<'^'>, path_one_inverse_target>> {};
// [95] PathNegatedPropertySet ::= PathOneInPropertySet | '(' ( PathOneInPropertySet ( '|' PathOneInPropertySet )* )? ')'
struct path_negated_property_set
    : sor<path_one_in_property_set,
          seq<open_paren, opt<path_one_in_property_set, star<sym<'|'>, must<path_one_in_property_set>>>,
              must<close_paren>>> {};
// [94] PathPrimary ::= iri | 'a' | '!' PathNegatedPropertySet | '(' Path ')'
struct path_iri : iri {};
struct path_a : kw_a {};
struct path_negated_open : sym<'!'> {};
struct path_primary
    : sor<path_iri, path_a, if_must<path_negated_open, path_negated_property_set>,
          seq<open_paren, must<path>, must<close_paren>>> {};
// [93] PathMod ::= '?' | '*' | '+'
// ('?x' is a variable and '+1' a number, as the tokenizer's longest match says.)
struct path_mod
    : seq<sor<seq<one<'?'>, not_at<varname_start>>, one<'*'>, seq<one<'+'>, not_at<number_start>>>, skip> {};
// [91] PathElt ::= PathPrimary PathMod?
struct path_elt : seq<path_primary, opt<path_mod>> {};
// [92] PathEltOrInverse ::= PathElt | '^' PathElt
struct path_inverse : if_must<sym<'^'>, path_elt> {};
struct path_elt_or_inverse : sor<path_elt, path_inverse> {};
// [90] PathSequence ::= PathEltOrInverse ( '/' PathEltOrInverse )*
struct path_sequence_rest : if_must<sym<'/'>, path_elt_or_inverse> {};
struct path_sequence : seq<path_elt_or_inverse, star<path_sequence_rest>> {};
// [89] PathAlternative ::= PathSequence ( '|' PathSequence )*
struct path_alternative_rest : if_must<sym<'|'>, path_sequence> {};
struct path_alternative : seq<path_sequence, star<path_alternative_rest>> {};
// [88] Path ::= PathAlternative
struct path : path_alternative {};

// [84] VerbPath ::= Path
struct verb_path : path {};
// [85] VerbSimple ::= Var
struct verb_simple : var {};
// [87] ObjectPath ::= GraphNodePath
struct object_path : graph_node_path {};
// [86] ObjectListPath ::= ObjectPath ( ',' ObjectPath )*
struct object_list_path : seq<object_path, star<comma, must<object_path>>> {};
// [83] PropertyListPathNotEmpty ::= ( VerbPath | VerbSimple ) ObjectListPath ( ';' ( ( VerbPath | VerbSimple ) ObjectList )? )*
// (The specification has ObjectList after ';', so that a '[ ... ]' object
// there could not hold paths; engines commonly accept ObjectListPath in both
// places, the superset, and so does griot.)
struct verb_path_or_simple : sor<verb_path, verb_simple> {};
struct property_list_path_not_empty
    : seq<verb_path_or_simple, must<object_list_path>,
          star<semicolon, opt<verb_path_or_simple, must<object_list_path>>>> {};
// [82] PropertyListPath ::= PropertyListPathNotEmpty?
struct property_list_path : opt<property_list_path_not_empty> {};
// [81] TriplesSameSubjectPath ::= VarOrTerm PropertyListPathNotEmpty | TriplesNodePath PropertyListPath
struct triples_same_subject_path
    : seq<sor<seq<var_or_term, subject_begin, must<property_list_path_not_empty>>,
              seq<triples_node_path, subject_begin, property_list_path>>,
          subject_end> {};

// [55] TriplesBlock ::= TriplesSameSubjectPath ( '.' TriplesBlock? )?
struct triples_block
    : seq<triples_same_subject_path, star<dot, triples_same_subject_path>, opt<dot>> {};
// [52] TriplesTemplate ::= TriplesSameSubject ( '.' TriplesTemplate? )?
struct triples_template : seq<triples_same_subject, star<dot, triples_same_subject>, opt<dot>> {};
// [74] ConstructTriples ::= TriplesSameSubject ( '.' ConstructTriples? )?
struct construct_triples : seq<triples_same_subject, star<dot, triples_same_subject>, opt<dot>> {};
// [73] ConstructTemplate ::= '{' ConstructTriples? '}'
struct construct_template_open : sym<'{'> {};
struct construct_template_close : sym<'}'> {};
struct construct_template
    : seq<construct_template_open, opt<construct_triples>, must<construct_template_close>> {};

// ===========================================================================
// Expressions [110]-[128]
// ===========================================================================

// [72] ExpressionList ::= NIL | '(' Expression ( ',' Expression )* ')'
struct list_close : sym<')'> {};
struct expression_list
    : sor<tok<nil>, seq<open_paren, must<expression>, star<comma, must<expression>>, must<list_close>>> {};
// [71] ArgList ::= NIL | '(' 'DISTINCT'? Expression ( ',' Expression )* ')'
struct arg_distinct : kw_distinct {};
struct arg_list
    : sor<tok<nil>, seq<open_paren, opt<arg_distinct>, must<expression>, star<comma, must<expression>>,
                        must<list_close>>> {};
// [70] FunctionCall ::= iri ArgList
struct function_iri : iri {};
struct function_call : seq<function_iri, must<arg_list>> {};
// [128] iriOrFunction ::= iri ArgList?
struct iri_expression : iri {};
struct iri_or_function : sor<seq<at<iri, one<'('>>, function_call>, iri_expression> {};

// Helpers for [121]: the argument shapes of the builtin calls. The commas
// and the closing parenthesis are typed by arity (1: one argument, 2: two,
// 3: three, 23: two or three, 34: three or four) so that errors can say
// "STR takes one argument".
template <int Arity>
struct args_comma : sym<','> {};
template <int Arity>
struct args_close : sym<')'> {};
template <int Arity>
struct args_next : seq<must<args_comma<Arity>>, must<expression>> {};
struct args_none : tok<nil> {};
struct args_one : seq<open_paren, must<expression>, must<args_close<1>>> {};
struct args_two : seq<open_paren, must<expression>, args_next<2>, must<args_close<2>>> {};
struct args_three
    : seq<open_paren, must<expression>, args_next<3>, args_next<3>, must<args_close<3>>> {};
struct args_two_or_three
    : seq<open_paren, must<expression>, args_next<23>, opt<args_comma<23>, must<expression>>,
          must<args_close<23>>> {};
struct args_three_or_four
    : seq<open_paren, must<expression>, args_next<34>, args_next<34>, opt<args_comma<34>, must<expression>>,
          must<args_close<34>>> {};
struct args_one_or_none : sor<args_none, args_one> {};
struct args_list : expression_list {};
struct bound_var : var {};
struct args_var : seq<open_paren, must<bound_var>, must<args_close<1>>> {};
// Helper: a builtin call, its keyword then its arguments.
template <typename Keyword>
struct builtin_name : Keyword {};
template <typename Keyword, typename Args>
struct builtin : seq<builtin_name<Keyword>, must<Args>> {};

// [127] Aggregate ::= 'COUNT' '(' 'DISTINCT'? ( '*' | Expression ) ')' | 'SUM' '(' 'DISTINCT'? Expression ')' | 'MIN' '(' 'DISTINCT'? Expression ')' | 'MAX' '(' 'DISTINCT'? Expression ')' | 'AVG' '(' 'DISTINCT'? Expression ')' | 'SAMPLE' '(' 'DISTINCT'? Expression ')' | 'GROUP_CONCAT' '(' 'DISTINCT'? Expression ( ';' 'SEPARATOR' '=' String )? ')'
struct aggregate_open : open_paren {};
struct count_star : star_sym {};
struct count_argument : sor<count_star, expression> {};
struct args_count : seq<aggregate_open, opt<arg_distinct>, must<count_argument>, must<args_close<1>>> {};
struct args_aggregate : seq<aggregate_open, opt<arg_distinct>, must<expression>, must<args_close<1>>> {};
struct separator_string : string_ {};
struct separator_value : seq<separator_string, skip> {};
struct separator_clause : if_must<semicolon, kw_separator, equals_sym, separator_value> {};
struct group_concat_close : sym<')'> {};
struct args_group_concat
    : seq<aggregate_open, opt<arg_distinct>, must<expression>, opt<separator_clause>, must<group_concat_close>> {};
struct aggregate
    : sor<builtin<kw_count, args_count>, builtin<kw_sum, args_aggregate>, builtin<kw_min, args_aggregate>,
          builtin<kw_max, args_aggregate>, builtin<kw_avg, args_aggregate>, builtin<kw_sample, args_aggregate>,
          builtin<kw_group_concat, args_group_concat>> {};

// [122] RegexExpression ::= 'REGEX' '(' Expression ',' Expression ( ',' Expression )? ')'
struct regex_expression : builtin<kw_regex, args_two_or_three> {};
// [123] SubstringExpression ::= 'SUBSTR' '(' Expression ',' Expression ( ',' Expression )? ')'
struct substring_expression : builtin<kw_substr, args_two_or_three> {};
// [124] StrReplaceExpression ::= 'REPLACE' '(' Expression ',' Expression ',' Expression ( ',' Expression )? ')'
struct str_replace_expression : builtin<kw_replace, args_three_or_four> {};
// [125] ExistsFunc ::= 'EXISTS' GroupGraphPattern
struct exists_func : if_must<kw_exists, group_graph_pattern> {};
// [126] NotExistsFunc ::= 'NOT' 'EXISTS' GroupGraphPattern
struct not_exists_func : if_must<kw_not, kw_exists, group_graph_pattern> {};

// [121] BuiltInCall ::= Aggregate | 'STR' '(' Expression ')' | 'LANG' '(' Expression ')' | 'LANGMATCHES' '(' Expression ',' Expression ')' | 'DATATYPE' '(' Expression ')' | 'BOUND' '(' Var ')' | 'IRI' '(' Expression ')' | 'URI' '(' Expression ')' | 'BNODE' ( '(' Expression ')' | NIL ) | 'RAND' NIL | 'ABS' '(' Expression ')' | 'CEIL' '(' Expression ')' | 'FLOOR' '(' Expression ')' | 'ROUND' '(' Expression ')' | 'CONCAT' ExpressionList | SubstringExpression | 'STRLEN' '(' Expression ')' | StrReplaceExpression | 'UCASE' '(' Expression ')' | 'LCASE' '(' Expression ')' | 'ENCODE_FOR_URI' '(' Expression ')' | 'CONTAINS' '(' Expression ',' Expression ')' | 'STRSTARTS' '(' Expression ',' Expression ')' | 'STRENDS' '(' Expression ',' Expression ')' | 'STRBEFORE' '(' Expression ',' Expression ')' | 'STRAFTER' '(' Expression ',' Expression ')' | 'YEAR' '(' Expression ')' | 'MONTH' '(' Expression ')' | 'DAY' '(' Expression ')' | 'HOURS' '(' Expression ')' | 'MINUTES' '(' Expression ')' | 'SECONDS' '(' Expression ')' | 'TIMEZONE' '(' Expression ')' | 'TZ' '(' Expression ')' | 'NOW' NIL | 'UUID' NIL | 'STRUUID' NIL | 'MD5' '(' Expression ')' | 'SHA1' '(' Expression ')' | 'SHA256' '(' Expression ')' | 'SHA384' '(' Expression ')' | 'SHA512' '(' Expression ')' | 'COALESCE' ExpressionList | 'IF' '(' Expression ',' Expression ',' Expression ')' | 'STRLANG' '(' Expression ',' Expression ')' | 'STRDT' '(' Expression ',' Expression ')' | 'sameTerm' '(' Expression ',' Expression ')' | 'isIRI' '(' Expression ')' | 'isURI' '(' Expression ')' | 'isBLANK' '(' Expression ')' | 'isLITERAL' '(' Expression ')' | 'isNUMERIC' '(' Expression ')' | RegexExpression | ExistsFunc | NotExistsFunc
struct built_in_call
    : sor<aggregate, builtin<kw_str, args_one>, builtin<kw_langmatches, args_two>, builtin<kw_lang, args_one>,
          builtin<kw_datatype, args_one>, builtin<kw_bound, args_var>, builtin<kw_iri, args_one>,
          builtin<kw_uri, args_one>, builtin<kw_bnode, args_one_or_none>, builtin<kw_rand, args_none>,
          builtin<kw_abs, args_one>, builtin<kw_ceil, args_one>, builtin<kw_floor, args_one>,
          builtin<kw_round, args_one>, builtin<kw_concat, args_list>, substring_expression,
          builtin<kw_strlen, args_one>, str_replace_expression, builtin<kw_ucase, args_one>,
          builtin<kw_lcase, args_one>, builtin<kw_encode_for_uri, args_one>, builtin<kw_contains, args_two>,
          builtin<kw_strstarts, args_two>, builtin<kw_strends, args_two>, builtin<kw_strbefore, args_two>,
          builtin<kw_strafter, args_two>, builtin<kw_year, args_one>, builtin<kw_month, args_one>,
          builtin<kw_day, args_one>, builtin<kw_hours, args_one>, builtin<kw_minutes, args_one>,
          builtin<kw_seconds, args_one>, builtin<kw_timezone, args_one>, builtin<kw_tz, args_one>,
          builtin<kw_now, args_none>, builtin<kw_uuid, args_none>, builtin<kw_struuid, args_none>,
          builtin<kw_md5, args_one>, builtin<kw_sha1, args_one>, builtin<kw_sha256, args_one>,
          builtin<kw_sha384, args_one>, builtin<kw_sha512, args_one>, builtin<kw_coalesce, args_list>,
          builtin<kw_if, args_three>, builtin<kw_strlang, args_two>, builtin<kw_strdt, args_two>,
          builtin<kw_sameterm, args_two>, builtin<kw_isiri, args_one>, builtin<kw_isuri, args_one>,
          builtin<kw_isblank, args_one>, builtin<kw_isliteral, args_one>, builtin<kw_isnumeric, args_one>,
          regex_expression, exists_func, not_exists_func> {};

// [120] BrackettedExpression ::= '(' Expression ')'
struct bracketted_expression : seq<open_paren, must<expression>, must<close_paren>> {};
// [119] PrimaryExpression ::= BrackettedExpression | BuiltInCall | iriOrFunction | RDFLiteral | NumericLiteral | BooleanLiteral | Var
struct literal_expression : rdf_literal {};
struct number_expression : numeric_literal {};
struct boolean_expression : boolean_literal {};
struct var_expression : var {};
struct primary_expression
    : sor<bracketted_expression, built_in_call, iri_or_function, literal_expression, number_expression,
          boolean_expression, var_expression> {};
// [118] UnaryExpression ::= '!' PrimaryExpression | '+' PrimaryExpression | '-' PrimaryExpression | PrimaryExpression
// (PrimaryExpression first: "-1" is a negative number, as the tokenizer reads it.)
struct unary_not : if_must<sym<'!'>, primary_expression> {};
struct unary_plus : if_must<sym<'+'>, primary_expression> {};
struct unary_minus : if_must<sym<'-'>, primary_expression> {};
struct unary_expression : sor<unary_not, primary_expression, unary_plus, unary_minus> {};
// [117] MultiplicativeExpression ::= UnaryExpression ( '*' UnaryExpression | '/' UnaryExpression )*
struct multiply_rest : if_must<sym<'*'>, unary_expression> {};
struct divide_rest : if_must<sym<'/'>, unary_expression> {};
struct multiplicative_expression : seq<unary_expression, star<sor<multiply_rest, divide_rest>>> {};
// [116] AdditiveExpression ::= MultiplicativeExpression ( '+' MultiplicativeExpression | '-' MultiplicativeExpression | ( NumericLiteralPositive | NumericLiteralNegative ) ( ( '*' UnaryExpression ) | ( '/' UnaryExpression ) )* )*
// ("?x +1" reads as ?x + 1 and "?x -1" as ?x - 1: the same values as the
// third alternative gives.)
struct add_rest : if_must<sym<'+'>, multiplicative_expression> {};
struct subtract_rest : if_must<sym<'-'>, multiplicative_expression> {};
struct additive_expression : seq<multiplicative_expression, star<sor<add_rest, subtract_rest>>> {};
// [115] NumericExpression ::= AdditiveExpression
struct numeric_expression : additive_expression {};
// [114] RelationalExpression ::= NumericExpression ( '=' NumericExpression | '!=' NumericExpression | '<' NumericExpression | '>' NumericExpression | '<=' NumericExpression | '>=' NumericExpression | 'IN' ExpressionList | 'NOT' 'IN' ExpressionList )?
// ('<' is no operator where an IRIREF starts: "?a<?b&&?c>?d" is ?a <?b&&?c> ?d.)
struct equal_rest : if_must<sym<'='>, numeric_expression> {};
struct not_equal_rest : if_must<sym<'!', '='>, numeric_expression> {};
struct less_equal_rest : if_must<seq<not_at<iriref>, sym<'<', '='>>, numeric_expression> {};
struct greater_equal_rest : if_must<sym<'>', '='>, numeric_expression> {};
struct less_rest : if_must<seq<not_at<iriref>, sym<'<'>>, numeric_expression> {};
struct greater_rest : if_must<sym<'>'>, numeric_expression> {};
struct in_keyword : kw_in {};
struct in_rest : if_must<in_keyword, expression_list> {};
struct not_in_keyword : seq<kw_not, kw_in> {};
struct not_in_rest : if_must<not_in_keyword, expression_list> {};
struct relational_expression
    : seq<numeric_expression, opt<sor<equal_rest, not_equal_rest, less_equal_rest, greater_equal_rest,
                                      less_rest, greater_rest, in_rest, not_in_rest>>> {};
// [113] ValueLogical ::= RelationalExpression
struct value_logical : relational_expression {};
// [112] ConditionalAndExpression ::= ValueLogical ( '&&' ValueLogical )*
struct and_rest : if_must<sym<'&', '&'>, value_logical> {};
struct conditional_and_expression : seq<value_logical, star<and_rest>> {};
// [111] ConditionalOrExpression ::= ConditionalAndExpression ( '||' ConditionalAndExpression )*
struct or_rest : if_must<sym<'|', '|'>, conditional_and_expression> {};
struct conditional_or_expression : seq<conditional_and_expression, star<or_rest>> {};
// [110] Expression ::= ConditionalOrExpression
struct expression : conditional_or_expression {};

// [69] Constraint ::= BrackettedExpression | BuiltInCall | FunctionCall
struct constraint : sor<bracketted_expression, built_in_call, function_call> {};

// ===========================================================================
// Graph patterns [53]-[68]
// ===========================================================================

// [68] Filter ::= 'FILTER' Constraint
struct filter : if_must<kw_filter, constraint> {};
// [60] Bind ::= 'BIND' '(' Expression 'AS' Var ')'
struct bind_var : var {};
struct bind : if_must<kw_bind, open_paren, expression, kw_as, bind_var, close_paren> {};

// [65] DataBlockValue ::= iri | RDFLiteral | NumericLiteral | BooleanLiteral | 'UNDEF'
struct undef : kw_undef {};
struct data_block_value : sor<iri, rdf_literal, numeric_literal, boolean_literal, undef> {};
struct data_block_single_value : data_block_value {};
struct data_block_row_value : data_block_value {};
// [63] InlineDataOneVar ::= Var '{' DataBlockValue* '}'
struct values_var : var {};
struct values_open : sym<'{'> {};
struct values_close : sym<'}'> {};
struct values_single_close : values_close {};
struct inline_data_one_var
    : seq<values_var, must<values_open>, star<data_block_single_value>, must<values_single_close>> {};
// [64] InlineDataFull ::= ( NIL | '(' Var* ')' ) '{' ( '(' DataBlockValue* ')' | NIL )* '}'
struct values_vars_close : close_paren {};
struct values_row_open : sym<'('> {};
struct values_row_close : sym<')'> {};
struct values_nil_row : tok<nil> {};
struct inline_data_full
    : seq<sor<tok<nil>, seq<open_paren, star<values_var>, must<values_vars_close>>>, must<values_open>,
          star<sor<values_nil_row, seq<values_row_open, star<data_block_row_value>, must<values_row_close>>>>,
          must<values_close>> {};
// [62] DataBlock ::= InlineDataOneVar | InlineDataFull
struct data_block : sor<inline_data_one_var, inline_data_full> {};
// [61] InlineData ::= 'VALUES' DataBlock
struct values_keyword : kw_values {};
struct inline_data : if_must<values_keyword, data_block> {};

// [53] GroupGraphPattern ::= '{' ( SubSelect | GroupGraphPatternSub ) '}'
struct group_open : sym<'{'> {};
struct group_close : sym<'}'> {};
struct sub_select;
struct group_graph_pattern_sub;
struct group_graph_pattern : seq<group_open, sor<sub_select, group_graph_pattern_sub>, must<group_close>> {};

// [67] GroupOrUnionGraphPattern ::= GroupGraphPattern ( 'UNION' GroupGraphPattern )*
struct union_first : group_graph_pattern {};
struct union_branch : if_must<kw_union, group_graph_pattern> {};
struct group_or_union_graph_pattern : seq<union_first, star<union_branch>> {};
// [57] OptionalGraphPattern ::= 'OPTIONAL' GroupGraphPattern
struct optional_graph_pattern : if_must<kw_optional, group_graph_pattern> {};
// [66] MinusGraphPattern ::= 'MINUS' GroupGraphPattern
struct minus_graph_pattern : if_must<kw_minus, group_graph_pattern> {};
// [58] GraphGraphPattern ::= 'GRAPH' VarOrIri GroupGraphPattern
struct graph_name : var_or_iri {};
struct graph_graph_pattern : if_must<kw_graph, graph_name, group_graph_pattern> {};
// [59] ServiceGraphPattern ::= 'SERVICE' 'SILENT'? VarOrIri GroupGraphPattern
struct silent_opt : opt<kw_silent> {};
struct service_name : var_or_iri {};
struct service_graph_pattern : seq<kw_service, silent_opt, must<service_name>, must<group_graph_pattern>> {};
// [56] GraphPatternNotTriples ::= GroupOrUnionGraphPattern | OptionalGraphPattern | MinusGraphPattern | GraphGraphPattern | ServiceGraphPattern | Filter | Bind | InlineData
struct graph_pattern_not_triples
    : sor<group_or_union_graph_pattern, optional_graph_pattern, minus_graph_pattern, graph_graph_pattern,
          service_graph_pattern, filter, bind, inline_data> {};
// [54] GroupGraphPatternSub ::= TriplesBlock? ( GraphPatternNotTriples '.'? TriplesBlock? )*
struct group_graph_pattern_sub
    : seq<opt<triples_block>, star<graph_pattern_not_triples, opt<dot>, opt<triples_block>>> {};

// ===========================================================================
// Queries [1]-[28]
// ===========================================================================

// [5] BaseDecl ::= 'BASE' IRIREF
struct base_iriref : iriref {};
struct base_decl_iri : seq<base_iriref, skip> {};
struct base_decl : if_must<kw_base, base_decl_iri> {};
// [6] PrefixDecl ::= 'PREFIX' PNAME_NS IRIREF
struct prefix_name : pname_ns {};
struct prefix_iriref : iriref {};
struct prefix_decl_name : seq<prefix_name, skip> {};
struct prefix_decl_iri : seq<prefix_iriref, skip> {};
struct prefix_decl : if_must<kw_prefix, prefix_decl_name, prefix_decl_iri> {};
// [4] Prologue ::= ( BaseDecl | PrefixDecl )*
struct prologue : star<sor<base_decl, prefix_decl>> {};

// [16] SourceSelector ::= iri
struct source_selector : iri {};
// [14] DefaultGraphClause ::= SourceSelector
struct default_graph_clause : source_selector {};
// [15] NamedGraphClause ::= 'NAMED' SourceSelector
struct named_graph_clause : if_must<kw_named, source_selector> {};
// [13] DatasetClause ::= 'FROM' ( DefaultGraphClause | NamedGraphClause )
struct dataset_graph : sor<named_graph_clause, default_graph_clause> {};
struct dataset_clause : if_must<kw_from, dataset_graph> {};

// [17] WhereClause ::= 'WHERE'? GroupGraphPattern
struct where_group : group_graph_pattern {};
struct where_group_after_keyword : group_graph_pattern {};
struct where_clause : sor<if_must<kw_where, where_group_after_keyword>, where_group> {};

// [20] GroupCondition ::= BuiltInCall | FunctionCall | '(' Expression ( 'AS' Var )? ')' | Var
struct group_condition_call : sor<built_in_call, function_call> {};
struct group_as : if_must<kw_as, var> {};
struct group_no_as : success {};
struct group_condition_expression
    : seq<open_paren, must<expression>, sor<group_as, group_no_as>, must<close_paren>> {};
struct group_condition_var : var {};
struct group_condition : sor<group_condition_call, group_condition_expression, group_condition_var> {};
// [19] GroupClause ::= 'GROUP' 'BY' GroupCondition+
struct group_conditions : plus<group_condition> {};
struct group_clause : if_must<kw_group, kw_by, group_conditions> {};
// [22] HavingCondition ::= Constraint
struct having_condition : constraint {};
// [21] HavingClause ::= 'HAVING' HavingCondition+
struct having_conditions : plus<having_condition> {};
struct having_clause : if_must<kw_having, having_conditions> {};
// [24] OrderCondition ::= ( ( 'ASC' | 'DESC' ) BrackettedExpression ) | ( Constraint | Var )
struct order_asc : if_must<kw_asc, bracketted_expression> {};
struct order_desc : if_must<kw_desc, bracketted_expression> {};
struct order_constraint : constraint {};
struct order_var : var {};
struct order_condition : sor<order_asc, order_desc, order_constraint, order_var> {};
// [23] OrderClause ::= 'ORDER' 'BY' OrderCondition+
struct order_conditions : plus<order_condition> {};
struct order_clause : if_must<kw_order, kw_by, order_conditions> {};
// [26] LimitClause ::= 'LIMIT' INTEGER
struct limit_value : integer {};
struct limit_clause_value : seq<limit_value, skip> {};
struct limit_clause : if_must<kw_limit, limit_clause_value> {};
// [27] OffsetClause ::= 'OFFSET' INTEGER
struct offset_value : integer {};
struct offset_clause_value : seq<offset_value, skip> {};
struct offset_clause : if_must<kw_offset, offset_clause_value> {};
// [25] LimitOffsetClauses ::= LimitClause OffsetClause? | OffsetClause LimitClause?
struct limit_offset_clauses
    : sor<seq<limit_clause, opt<offset_clause>>, seq<offset_clause, opt<limit_clause>>> {};
// [18] SolutionModifier ::= GroupClause? HavingClause? OrderClause? LimitOffsetClauses?
struct solution_modifier
    : seq<opt<group_clause>, opt<having_clause>, opt<order_clause>, opt<limit_offset_clauses>> {};
// [28] ValuesClause ::= ( 'VALUES' DataBlock )?
struct trailing_values : if_must<values_keyword, data_block> {};
struct values_clause : opt<trailing_values> {};

// [9] SelectClause ::= 'SELECT' ( 'DISTINCT' | 'REDUCED' )? ( ( Var | ( '(' Expression 'AS' Var ')' ) )+ | '*' )
struct select_keyword : kw_select {};
struct select_distinct : kw_distinct {};
struct select_reduced : kw_reduced {};
struct select_all : star_sym {};
struct select_var : var {};
struct select_as_var : var {};
struct select_expression
    : seq<open_paren, must<expression>, must<kw_as>, must<select_as_var>, must<close_paren>> {};
struct select_projection : sor<select_all, plus<sor<select_var, select_expression>>> {};
struct select_clause
    : seq<select_keyword, opt<sor<select_distinct, select_reduced>>, must<select_projection>> {};
// [8] SubSelect ::= SelectClause WhereClause SolutionModifier ValuesClause
struct sub_select_begin : at<kw_select> {};
struct sub_select
    : seq<sub_select_begin, select_clause, must<where_clause>, solution_modifier, values_clause> {};
// [7] SelectQuery ::= SelectClause DatasetClause* WhereClause SolutionModifier
struct select_query : seq<select_clause, star<dataset_clause>, must<where_clause>, solution_modifier> {};
// [10] ConstructQuery ::= 'CONSTRUCT' ( ConstructTemplate DatasetClause* WhereClause SolutionModifier | DatasetClause* 'WHERE' '{' TriplesTemplate? '}' SolutionModifier )
struct construct_keyword : kw_construct {};
struct construct_where_open : sym<'{'> {};
struct construct_where_close : sym<'}'> {};
struct construct_where_template
    : seq<construct_where_open, opt<triples_template>, must<construct_where_close>> {};
struct construct_short_form
    : seq<at<sor<kw_from, kw_where>>, star<dataset_clause>, must<kw_where>, must<construct_where_template>,
          solution_modifier> {};
struct construct_full_form
    : seq<construct_template, star<dataset_clause>, must<where_clause>, solution_modifier> {};
struct construct_body : sor<construct_full_form, construct_short_form> {};
struct construct_query : if_must<construct_keyword, construct_body> {};
// [11] DescribeQuery ::= 'DESCRIBE' ( VarOrIri+ | '*' ) DatasetClause* WhereClause? SolutionModifier
struct describe_keyword : kw_describe {};
struct describe_all : star_sym {};
struct describe_target : var_or_iri {};
struct describe_targets : sor<describe_all, plus<describe_target>> {};
struct describe_query
    : seq<describe_keyword, must<describe_targets>, star<dataset_clause>, opt<where_clause>, solution_modifier> {};
// [12] AskQuery ::= 'ASK' DatasetClause* WhereClause SolutionModifier
struct ask_keyword : kw_ask {};
struct ask_query : seq<ask_keyword, star<dataset_clause>, must<where_clause>, solution_modifier> {};
// [2] Query ::= Prologue ( SelectQuery | ConstructQuery | DescribeQuery | AskQuery ) ValuesClause
struct query_form : sor<select_query, construct_query, describe_query, ask_query> {};
struct query : seq<prologue, must<query_form>, values_clause> {};
// [1] QueryUnit ::= Query
struct end_of_query : eof {};
struct query_unit : seq<opt<utf8::bom>, skip, query, must<end_of_query>> {};

// ===========================================================================
// Updates [29]-[52]
// ===========================================================================

// [46] GraphRef ::= 'GRAPH' iri
struct graph_ref_iri : iri {};
struct graph_ref : if_must<kw_graph, graph_ref_iri> {};
// [47] GraphRefAll ::= GraphRef | 'DEFAULT' | 'NAMED' | 'ALL'
struct graph_ref_default : kw_default {};
struct graph_ref_named : kw_named {};
struct graph_ref_all_graphs : kw_all {};
struct graph_ref_all : sor<graph_ref, graph_ref_default, graph_ref_named, graph_ref_all_graphs> {};
// [45] GraphOrDefault ::= 'DEFAULT' | 'GRAPH'? iri
struct graph_or_default : sor<graph_ref_default, seq<opt<kw_graph>, graph_ref_iri>> {};

// [31] Load ::= 'LOAD' 'SILENT'? iri ( 'INTO' GraphRef )?
struct load_source : iri {};
struct load_into : if_must<kw_into, graph_ref> {};
struct load : seq<kw_load, silent_opt, must<load_source>, opt<load_into>> {};
// [32] Clear ::= 'CLEAR' 'SILENT'? GraphRefAll
struct clear : seq<kw_clear, silent_opt, must<graph_ref_all>> {};
// [33] Drop ::= 'DROP' 'SILENT'? GraphRefAll
struct drop : seq<kw_drop, silent_opt, must<graph_ref_all>> {};
// [34] Create ::= 'CREATE' 'SILENT'? GraphRef
struct create : seq<kw_create, silent_opt, must<graph_ref>> {};
// [35] Add ::= 'ADD' 'SILENT'? GraphOrDefault 'TO' GraphOrDefault
struct add : seq<kw_add, silent_opt, must<graph_or_default>, must<kw_to>, must<graph_or_default>> {};
// [36] Move ::= 'MOVE' 'SILENT'? GraphOrDefault 'TO' GraphOrDefault
struct move : seq<kw_move, silent_opt, must<graph_or_default>, must<kw_to>, must<graph_or_default>> {};
// [37] Copy ::= 'COPY' 'SILENT'? GraphOrDefault 'TO' GraphOrDefault
struct copy : seq<kw_copy, silent_opt, must<graph_or_default>, must<kw_to>, must<graph_or_default>> {};

// [51] QuadsNotTriples ::= 'GRAPH' VarOrIri '{' TriplesTemplate? '}'
struct quads_graph_name : var_or_iri {};
struct quads_graph_open : sym<'{'> {};
struct quads_graph_close : sym<'}'> {};
struct quads_not_triples
    : seq<kw_graph, must<quads_graph_name>, must<quads_graph_open>, opt<triples_template>,
          must<quads_graph_close>> {};
// [50] Quads ::= TriplesTemplate? ( QuadsNotTriples '.'? TriplesTemplate? )*
struct quads : seq<opt<triples_template>, star<quads_not_triples, opt<dot>, opt<triples_template>>> {};
struct quads_open : sym<'{'> {};
struct quads_close : sym<'}'> {};
// [48] QuadPattern ::= '{' Quads '}'
struct quad_pattern : seq<quads_open, quads, must<quads_close>> {};
// [49] QuadData ::= '{' Quads '}'
struct quad_data : seq<quads_open, quads, must<quads_close>> {};

// [38] InsertData ::= 'INSERT DATA' QuadData
struct insert_data_keywords : seq<kw_insert, kw_data> {};
struct insert_data : seq<insert_data_keywords, must<quad_data>> {};
// [39] DeleteData ::= 'DELETE DATA' QuadData
struct delete_data_keywords : seq<kw_delete, kw_data> {};
struct delete_data : seq<delete_data_keywords, must<quad_data>> {};
// [40] DeleteWhere ::= 'DELETE WHERE' QuadPattern
struct delete_where_keywords : seq<kw_delete, kw_where> {};
struct delete_where : seq<delete_where_keywords, must<quad_pattern>> {};
// [42] DeleteClause ::= 'DELETE' QuadPattern
struct delete_keyword : kw_delete {};
struct delete_template : quad_pattern {};
struct delete_clause : if_must<delete_keyword, delete_template> {};
// [43] InsertClause ::= 'INSERT' QuadPattern
struct insert_keyword : kw_insert {};
struct insert_template : quad_pattern {};
struct insert_clause : if_must<insert_keyword, insert_template> {};
// [44] UsingClause ::= 'USING' ( iri | 'NAMED' iri )
struct using_iri : iri {};
struct using_named_iri : iri {};
struct using_target : sor<if_must<kw_named, using_named_iri>, using_iri> {};
struct using_clause : if_must<kw_using, using_target> {};
// [41] Modify ::= ( 'WITH' iri )? ( DeleteClause InsertClause? | InsertClause ) UsingClause* 'WHERE' GroupGraphPattern
struct with_iri : iri {};
struct with_clause : if_must<kw_with, with_iri> {};
struct modify_templates : sor<seq<delete_clause, opt<insert_clause>>, insert_clause> {};
struct modify_where_keyword : kw_where {};
struct modify_where : group_graph_pattern {};
struct modify
    : seq<opt<with_clause>, must<modify_templates>, star<using_clause>, must<modify_where_keyword>,
          must<modify_where>> {};

// [30] Update1 ::= Load | Clear | Drop | Add | Move | Copy | Create | InsertData | DeleteData | DeleteWhere | Modify
struct update1_keyword
    : sor<kw_load, kw_clear, kw_drop, kw_add, kw_move, kw_copy, kw_create, kw_insert, kw_delete, kw_with> {};
struct update1_begin : at<update1_keyword> {};
struct update1
    : seq<update1_begin,
          sor<load, clear, drop, add, move, copy, create, insert_data, delete_data, delete_where, modify>> {};
// [29] Update ::= Prologue ( Update1 ( ';' Update )? )?
// (Unrolled into a loop, so a long request does not recurse: each ';' is
// followed by a prologue and either another operation or the end.)
struct update_more : seq<at<semicolon, prologue, update1_keyword>, semicolon, prologue, update1> {};
struct update : seq<prologue, opt<update1, star<update_more>, opt<semicolon, prologue>>> {};
// [3] UpdateUnit ::= Update
struct end_of_update : eof {};
struct update_unit : seq<opt<utf8::bom>, skip, update, must<end_of_update>> {};

// ===========================================================================
// Error messages: one for every rule that must<> can require. "%o" is
// replaced by the line:column of the innermost open bracket.
// ===========================================================================

template <typename Rule>
inline constexpr const char* error_message = nullptr;

#define GRIOT_MESSAGE(rule, text) \
  template <>                     \
  inline constexpr const char* error_message<rule> = text

GRIOT_MESSAGE(invalid_escape, "invalid escape sequence (expected \\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX or \\UXXXXXXXX)");
GRIOT_MESSAGE(string_close1, "expected \"'\" to end the string (a line break must be written \\n)");
GRIOT_MESSAGE(string_close2, "expected '\"' to end the string (a line break must be written \\n)");
GRIOT_MESSAGE(string_close_long1, "expected \"'''\" to end the long string");
GRIOT_MESSAGE(string_close_long2, "expected '\"\"\"' to end the long string");
GRIOT_MESSAGE(close_paren, "expected ')' to close the '(' opened at %o");
GRIOT_MESSAGE(comma, "expected ','");
GRIOT_MESSAGE(expression, "expected an expression");
GRIOT_MESSAGE(datatype_iri, "expected a datatype IRI after '^^'");
GRIOT_MESSAGE(property_list_not_empty, "expected a predicate (an IRI, a variable or 'a')");
GRIOT_MESSAGE(property_list_path_not_empty, "expected a predicate (an IRI, a variable, 'a' or a property path)");
GRIOT_MESSAGE(object_list, "expected an object (a variable, a term, a collection or [ ... ])");
GRIOT_MESSAGE(object, "expected an object (a variable, a term, a collection or [ ... ])");
GRIOT_MESSAGE(object_list_path, "expected an object (a variable, a term, a collection or [ ... ])");
GRIOT_MESSAGE(object_path, "expected an object (a variable, a term, a collection or [ ... ])");
GRIOT_MESSAGE(blank_node_property_list_close, "expected ']' to close the '[' opened at %o");
GRIOT_MESSAGE(collection_members, "expected a variable or term in the collection");
GRIOT_MESSAGE(collection_path_members, "expected a variable or term in the collection");
GRIOT_MESSAGE(collection_close, "expected ')' to close the collection opened at %o");
GRIOT_MESSAGE(construct_template_close, "expected '}' to close the template opened at %o");
GRIOT_MESSAGE(path_one_in_property_set, "expected an IRI, 'a' or '^' in the negated property set");
GRIOT_MESSAGE(path_one_inverse_target, "expected an IRI or 'a' after '^'");
GRIOT_MESSAGE(path_negated_property_set, "expected an IRI, 'a', '^' or '(' after '!'");
GRIOT_MESSAGE(path, "expected a property path");
GRIOT_MESSAGE(path_elt, "expected an IRI, 'a', '!' or '(' after '^'");
GRIOT_MESSAGE(path_elt_or_inverse, "expected a path element (an IRI, 'a', '^', '!' or '(') after '/'");
GRIOT_MESSAGE(path_sequence, "expected a property path after '|'");
GRIOT_MESSAGE(arg_list, "expected '(' and the arguments of %c");
GRIOT_MESSAGE(list_close, "expected ',' or ')' to close the argument list of %c opened at %o");
GRIOT_MESSAGE(args_none, "expected '()' after %c");
GRIOT_MESSAGE(args_one, "expected '(' after %c");
GRIOT_MESSAGE(args_two, "expected '(' after %c");
GRIOT_MESSAGE(args_three, "expected '(' after %c");
GRIOT_MESSAGE(args_two_or_three, "expected '(' after %c");
GRIOT_MESSAGE(args_three_or_four, "expected '(' after %c");
GRIOT_MESSAGE(args_one_or_none, "expected '(' or '()' after %c");
GRIOT_MESSAGE(args_list, "expected '(' after %c");
GRIOT_MESSAGE(args_var, "expected '(' after %c");
GRIOT_MESSAGE(args_close<1>, "expected ')': %c takes one argument");
GRIOT_MESSAGE(args_comma<2>, "expected ',': %c takes two arguments");
GRIOT_MESSAGE(args_close<2>, "expected ')': %c takes two arguments");
GRIOT_MESSAGE(args_comma<3>, "expected ',': %c takes three arguments");
GRIOT_MESSAGE(args_close<3>, "expected ')': %c takes three arguments");
GRIOT_MESSAGE(args_comma<23>, "expected ',': %c takes two or three arguments");
GRIOT_MESSAGE(args_close<23>, "expected ')': %c takes two or three arguments");
GRIOT_MESSAGE(args_comma<34>, "expected ',': %c takes three or four arguments");
GRIOT_MESSAGE(args_close<34>, "expected ')': %c takes three or four arguments");
GRIOT_MESSAGE(group_concat_close, "expected ';' SEPARATOR = \"...\" or ')' after the argument of GROUP_CONCAT");
GRIOT_MESSAGE(bound_var, "expected a variable: BOUND takes a variable");
GRIOT_MESSAGE(args_count, "expected '(' after COUNT");
GRIOT_MESSAGE(args_aggregate, "expected '(' after %c");
GRIOT_MESSAGE(args_group_concat, "expected '(' after GROUP_CONCAT");
GRIOT_MESSAGE(count_argument, "expected '*' or an expression");
GRIOT_MESSAGE(kw_separator, "expected 'SEPARATOR' after ';'");
GRIOT_MESSAGE(equals_sym, "expected '='");
GRIOT_MESSAGE(separator_value, "expected the separator string");
GRIOT_MESSAGE(group_graph_pattern, "expected '{' (a group graph pattern)");
GRIOT_MESSAGE(kw_exists, "expected 'EXISTS' after NOT");
GRIOT_MESSAGE(primary_expression, "expected an expression");
GRIOT_MESSAGE(unary_expression, "expected an expression");
GRIOT_MESSAGE(multiplicative_expression, "expected an expression");
GRIOT_MESSAGE(numeric_expression, "expected an expression");
GRIOT_MESSAGE(value_logical, "expected an expression after '&&'");
GRIOT_MESSAGE(conditional_and_expression, "expected an expression after '||'");
GRIOT_MESSAGE(expression_list, "expected '(' and a list of expressions");
GRIOT_MESSAGE(constraint, "expected '(', a builtin call or a function call");
GRIOT_MESSAGE(open_paren, "expected '('");
GRIOT_MESSAGE(kw_as, "expected 'AS'");
GRIOT_MESSAGE(bind_var, "expected a variable after AS");
GRIOT_MESSAGE(values_open, "expected '{' to start the VALUES rows");
GRIOT_MESSAGE(values_single_close, "expected a value (an IRI, a literal or UNDEF) or '}' to close the VALUES block opened at %o");
GRIOT_MESSAGE(values_close, "expected a row '(' ... ')' or '}' to close the VALUES block opened at %o");
GRIOT_MESSAGE(values_vars_close, "expected a variable or ')' to close the '(' opened at %o");
GRIOT_MESSAGE(values_row_close, "expected a value (an IRI, a literal or UNDEF) or ')' to close the row opened at %o");
GRIOT_MESSAGE(data_block, "expected a variable or '(' after VALUES");
GRIOT_MESSAGE(group_close, "expected '}' to close the group opened at %o");
GRIOT_MESSAGE(graph_name, "expected a variable or an IRI after GRAPH");
GRIOT_MESSAGE(service_name, "expected a variable or an IRI after SERVICE");
GRIOT_MESSAGE(kw_where, "expected 'WHERE'");
GRIOT_MESSAGE(base_decl_iri, "expected an IRI in angle brackets <...> after BASE");
GRIOT_MESSAGE(prefix_decl_name, "expected a prefix name ending in ':' after PREFIX");
GRIOT_MESSAGE(prefix_decl_iri, "expected an IRI in angle brackets <...> after the prefix name");
GRIOT_MESSAGE(source_selector, "expected an IRI after NAMED");
GRIOT_MESSAGE(dataset_graph, "expected an IRI or 'NAMED' after FROM");
GRIOT_MESSAGE(where_clause, "expected 'WHERE' or '{'");
GRIOT_MESSAGE(where_group_after_keyword, "expected '{' after WHERE");
GRIOT_MESSAGE(var, "expected a variable");
GRIOT_MESSAGE(kw_by, "expected 'BY'");
GRIOT_MESSAGE(group_conditions, "expected a GROUP BY condition: a variable, '(' expression ')' or a function call");
GRIOT_MESSAGE(having_conditions, "expected a HAVING condition: '(' expression ')' or a function call");
GRIOT_MESSAGE(bracketted_expression, "expected '(' and an expression");
GRIOT_MESSAGE(order_conditions, "expected an ORDER BY condition: a variable, '(' expression ')', ASC(...) or DESC(...)");
GRIOT_MESSAGE(limit_clause_value, "expected a non-negative integer after LIMIT");
GRIOT_MESSAGE(offset_clause_value, "expected a non-negative integer after OFFSET");
GRIOT_MESSAGE(select_as_var, "expected a variable after AS");
GRIOT_MESSAGE(select_projection, "expected '*', a variable or '(' expression AS ?var ')' after SELECT");
GRIOT_MESSAGE(construct_where_template, "expected '{' after WHERE");
GRIOT_MESSAGE(construct_where_close, "expected '}' to close the pattern opened at %o (CONSTRUCT WHERE takes triple patterns only)");
GRIOT_MESSAGE(construct_body, "expected '{' (a template), 'FROM' or 'WHERE' after CONSTRUCT");
GRIOT_MESSAGE(describe_targets, "expected '*', a variable or an IRI after DESCRIBE");
GRIOT_MESSAGE(query_form, "expected SELECT, CONSTRUCT, DESCRIBE or ASK (after any BASE and PREFIX declarations)");
GRIOT_MESSAGE(end_of_query, "expected the end of the query (solution modifiers come in the order GROUP BY, HAVING, ORDER BY, LIMIT/OFFSET, then VALUES)");
GRIOT_MESSAGE(graph_ref_iri, "expected an IRI");
GRIOT_MESSAGE(graph_ref, "expected GRAPH <iri>");
GRIOT_MESSAGE(graph_ref_all, "expected GRAPH <iri>, DEFAULT, NAMED or ALL");
GRIOT_MESSAGE(graph_or_default, "expected DEFAULT, an IRI or GRAPH <iri>");
GRIOT_MESSAGE(kw_to, "expected 'TO'");
GRIOT_MESSAGE(load_source, "expected the IRI of the document to load");
GRIOT_MESSAGE(quads_graph_name, "expected a variable or an IRI after GRAPH");
GRIOT_MESSAGE(quads_graph_open, "expected '{' after the graph name");
GRIOT_MESSAGE(quads_graph_close, "expected '}' to close the GRAPH block opened at %o (GRAPH blocks do not nest)");
GRIOT_MESSAGE(quads_close, "expected '}' to close the block opened at %o");
GRIOT_MESSAGE(quad_data, "expected '{' after DATA");
GRIOT_MESSAGE(quad_pattern, "expected '{' after DELETE WHERE");
GRIOT_MESSAGE(delete_template, "expected 'DATA', 'WHERE' or '{' after DELETE");
GRIOT_MESSAGE(insert_template, "expected 'DATA' or '{' after INSERT");
GRIOT_MESSAGE(using_target, "expected an IRI or 'NAMED' after USING");
GRIOT_MESSAGE(using_named_iri, "expected an IRI after NAMED");
GRIOT_MESSAGE(with_iri, "expected an IRI after WITH");
GRIOT_MESSAGE(modify_templates, "expected DELETE { ... } or INSERT { ... } after WITH <iri>");
GRIOT_MESSAGE(modify_where_keyword, "expected 'USING' or 'WHERE' after the DELETE/INSERT templates");
GRIOT_MESSAGE(modify_where, "expected '{' after WHERE");
GRIOT_MESSAGE(end_of_update, "expected ';' between update operations, or the end of the request");

#undef GRIOT_MESSAGE

// Raises parse errors with the messages above; every must<> target needs one
// (checked at compile time).
template <typename Rule>
struct control : normal<Rule> {
  template <typename Input, typename... States>
  [[noreturn]] static void raise(const Input& in, internal::AstBuilder& builder) {
    static_assert(error_message<Rule> != nullptr, "a rule used in must<> has no error message");
    std::string text = error_message<Rule>;
    if (auto at = text.find("%o"); at != std::string::npos) {
      text.replace(at, 2, builder.InnermostBracket());
    }
    if (auto at = text.find("%c"); at != std::string::npos) {
      text.replace(at, 2, builder.CurrentCallName());
    }
    throw parse_error(text, in);
  }
};

// ===========================================================================
// Actions
// ===========================================================================

using internal::AstBuilder;
using Kind = ast::Expr::Kind;

template <typename Rule>
struct action : nothing<Rule> {};

// Helper: an action that needs only the builder.
#define GRIOT_ACTION0(rule, body)                 \
  template <>                                    \
  struct action<rule> {                          \
    static void apply0(AstBuilder& b) { body; }  \
  }
// Helper: an action that reads the matched text `in`.
#define GRIOT_ACTION(rule, body)                                 \
  template <>                                                    \
  struct action<rule> {                                          \
    template <typename ActionInput>                              \
    static void apply(const ActionInput& in, AstBuilder& b) {    \
      body;                                                      \
    }                                                            \
  }

// ---- prologue ----
GRIOT_ACTION(base_iriref, b.SetBase(in.string_view(), in.begin()));
GRIOT_ACTION(prefix_name, b.SetPendingPrefix(in.string_view()));
GRIOT_ACTION(prefix_iriref, b.DeclarePrefix(in.string_view(), in.begin()));

// ---- terms ----
GRIOT_ACTION(var1, b.PushVar(in.string_view(), in.begin()));
GRIOT_ACTION(var2, b.PushVar(in.string_view(), in.begin()));
GRIOT_ACTION(iriref, b.PushIriRef(in.string_view(), in.begin()));
GRIOT_ACTION(prefixed_name, b.PushPrefixedName(in.string_view(), in.begin()));
GRIOT_ACTION(blank_node_label, b.PushBlankLabel(in.string_view(), in.begin()));
GRIOT_ACTION(anon, b.PushAnon(in.begin()));
GRIOT_ACTION(nil_term, b.PushNil(in.begin()));
GRIOT_ACTION(string_, b.SetPendingString(in.string_view(), in.begin()));
GRIOT_ACTION(literal_langtag, b.PushLangLiteral(in.string_view()));
GRIOT_ACTION0(literal_datatype, b.PushTypedLiteral());
GRIOT_ACTION0(literal_plain, b.PushPlainLiteral());
GRIOT_ACTION(numeric_literal_unsigned, b.PushNumber(in.string_view(), in.begin()));
GRIOT_ACTION(numeric_literal_positive, b.PushNumber(in.string_view(), in.begin()));
GRIOT_ACTION(numeric_literal_negative, b.PushNumber(in.string_view(), in.begin()));
GRIOT_ACTION(kw_true, b.PushBoolean(true, in.begin()));
GRIOT_ACTION(kw_false, b.PushBoolean(false, in.begin()));
GRIOT_ACTION(undef, b.PushUndef(in.begin()));

// ---- triples ----
GRIOT_ACTION0(subject_begin, b.BeginSubject());
GRIOT_ACTION0(subject_end, b.EndSubject());
GRIOT_ACTION0(verb_var_or_iri, b.SetVerbFromNode());
GRIOT_ACTION(verb_a, b.PushRdfType(in.begin()); b.SetVerbFromNode());
GRIOT_ACTION0(verb_path, b.SetVerbFromPath());
GRIOT_ACTION0(verb_simple, b.SetVerbFromNode());
GRIOT_ACTION0(object, b.EmitObject());
GRIOT_ACTION0(object_path, b.EmitObject());
GRIOT_ACTION(blank_node_property_list_open, b.BeginBlankNodePropertyList(in.begin()));
GRIOT_ACTION0(blank_node_property_list_close, b.EndBlankNodePropertyList());
GRIOT_ACTION(collection_open, b.BeginCollection(in.begin()));
GRIOT_ACTION0(collection_close, b.EndCollection());
GRIOT_ACTION(construct_template_open, b.OpenConstructTemplate(in.begin()));
GRIOT_ACTION0(construct_template_close, b.CloseConstructTemplate());

// ---- property paths ----
GRIOT_ACTION0(path_iri, b.PushPathFromNode());
GRIOT_ACTION(path_a, b.PushPathRdfType(in.begin()));
GRIOT_ACTION(path_negated_open, b.BeginNegatedPath(in.begin()));
GRIOT_ACTION0(path_one_iri, b.AddNegatedFromNode(false));
GRIOT_ACTION0(path_one_a, b.AddNegatedRdfType(false));
GRIOT_ACTION0(path_one_inverse_iri, b.AddNegatedFromNode(true));
GRIOT_ACTION0(path_one_inverse_a, b.AddNegatedRdfType(true));
GRIOT_ACTION(path_mod, b.ApplyPathMod(*in.begin()));
GRIOT_ACTION(path_inverse, b.WrapPathInverse(in.begin()));
GRIOT_ACTION0(path_sequence_rest, b.CombinePathSequence());
GRIOT_ACTION0(path_alternative_rest, b.CombinePathAlternative());

// ---- brackets ----
GRIOT_ACTION(open_paren, b.OpenBracket(in.begin()));
GRIOT_ACTION0(close_paren, b.CloseBracket());
GRIOT_ACTION(aggregate_open, b.OpenBracket(in.begin()));
GRIOT_ACTION0(list_close, b.CloseBracket());
GRIOT_ACTION0(group_concat_close, b.CloseBracket());
template <int Arity>
struct action<args_close<Arity>> {
  static void apply0(AstBuilder& b) { b.CloseBracket(); }
};
GRIOT_ACTION0(values_vars_close, b.CloseBracket());

// ---- expressions ----
GRIOT_ACTION0(literal_expression, b.PushExprFromNode());
GRIOT_ACTION0(number_expression, b.PushExprFromNode());
GRIOT_ACTION0(boolean_expression, b.PushExprFromNode());
GRIOT_ACTION0(var_expression, b.PushExprFromNode());
GRIOT_ACTION0(iri_expression, b.PushExprFromNode());
GRIOT_ACTION0(bound_var, b.PushExprFromNode());
GRIOT_ACTION0(function_iri, b.BeginFunctionCallFromNode());
GRIOT_ACTION0(function_call, b.FinishCall());
GRIOT_ACTION0(arg_distinct, b.SetCallDistinct());
GRIOT_ACTION0(count_star, b.SetCallStar());
GRIOT_ACTION(separator_string, b.SetCallSeparator(in.string_view(), in.begin()));
GRIOT_ACTION(unary_not, b.PushUnary(Kind::kNot, in.begin()));
GRIOT_ACTION(unary_plus, b.PushUnary(Kind::kUnaryPlus, in.begin()));
GRIOT_ACTION(unary_minus, b.PushUnary(Kind::kUnaryMinus, in.begin()));
GRIOT_ACTION0(multiply_rest, b.PushBinary(Kind::kMul));
GRIOT_ACTION0(divide_rest, b.PushBinary(Kind::kDiv));
GRIOT_ACTION0(add_rest, b.PushBinary(Kind::kAdd));
GRIOT_ACTION0(subtract_rest, b.PushBinary(Kind::kSub));
GRIOT_ACTION0(equal_rest, b.PushBinary(Kind::kEq));
GRIOT_ACTION0(not_equal_rest, b.PushBinary(Kind::kNe));
GRIOT_ACTION0(less_equal_rest, b.PushBinary(Kind::kLe));
GRIOT_ACTION0(greater_equal_rest, b.PushBinary(Kind::kGe));
GRIOT_ACTION0(less_rest, b.PushBinary(Kind::kLt));
GRIOT_ACTION0(greater_rest, b.PushBinary(Kind::kGt));
GRIOT_ACTION(in_keyword, b.BeginInList(false, in.begin()));
GRIOT_ACTION(not_in_keyword, b.BeginInList(true, in.begin()));
GRIOT_ACTION0(in_rest, b.FinishCall());
GRIOT_ACTION0(not_in_rest, b.FinishCall());
GRIOT_ACTION0(and_rest, b.PushBinary(Kind::kAnd));
GRIOT_ACTION0(or_rest, b.PushBinary(Kind::kOr));
GRIOT_ACTION0(regex_expression, b.FinishCall());
GRIOT_ACTION0(substring_expression, b.FinishCall());
GRIOT_ACTION0(str_replace_expression, b.FinishCall());
GRIOT_ACTION(exists_func, b.PushExists(false, in.begin()));
GRIOT_ACTION(not_exists_func, b.PushExists(true, in.begin()));

template <typename Keyword>
struct action<builtin_name<Keyword>> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, AstBuilder& b) {
    b.BeginBuiltinCall(in.string_view(), in.begin());
  }
};
template <typename Keyword, typename Args>
struct action<builtin<Keyword, Args>> {
  static void apply0(AstBuilder& b) { b.FinishCall(); }
};

// ---- graph patterns ----
GRIOT_ACTION(group_open, b.OpenGroup(in.begin()));
GRIOT_ACTION0(group_close, b.CloseGroup());
GRIOT_ACTION0(union_first, b.AddGroupElement());
GRIOT_ACTION0(union_branch, b.AddUnionBranch());
GRIOT_ACTION(optional_graph_pattern, b.AddOptional(in.begin()));
GRIOT_ACTION(minus_graph_pattern, b.AddMinus(in.begin()));
GRIOT_ACTION(graph_graph_pattern, b.AddGraph(in.begin()));
GRIOT_ACTION(silent_opt, b.PushSilent(!in.empty()));
GRIOT_ACTION(service_graph_pattern, b.AddService(in.begin()));
GRIOT_ACTION(filter, b.AddFilter(in.begin()));
GRIOT_ACTION(bind, b.AddBind(in.begin()));
GRIOT_ACTION0(inline_data, b.AddInlineData());

// ---- VALUES ----
GRIOT_ACTION(values_keyword, b.BeginValues(in.begin()));
GRIOT_ACTION0(values_var, b.AddValuesVar());
GRIOT_ACTION(values_open, b.OpenBracket(in.begin()));
GRIOT_ACTION0(values_close, b.CloseBracket());
GRIOT_ACTION0(values_single_close, b.CloseBracket());
GRIOT_ACTION0(data_block_single_value, b.AddValuesSingleRow());
GRIOT_ACTION0(data_block_row_value, b.AddValuesValue());
GRIOT_ACTION(values_row_open, b.BeginValuesRow(in.begin()));
GRIOT_ACTION(values_row_close, b.EndValuesRow(in.begin()));
GRIOT_ACTION(values_nil_row, b.BeginValuesRow(in.begin()); b.EndValuesRow(in.begin()));
GRIOT_ACTION0(trailing_values, b.SetTrailingValues());

// ---- queries ----
GRIOT_ACTION(select_keyword, b.SetSelectPos(in.begin()));
GRIOT_ACTION0(select_distinct, b.SetDistinct());
GRIOT_ACTION0(select_reduced, b.SetReduced());
GRIOT_ACTION0(select_all, b.SetSelectAll());
GRIOT_ACTION0(select_var, b.AddProjectionVar());
GRIOT_ACTION(select_expression, b.AddProjectionExpr(in.begin()));
GRIOT_ACTION(construct_keyword, b.SetForm(ast::Query::Form::kConstruct, in.begin()));
GRIOT_ACTION(construct_where_open, b.OpenConstructTemplate(in.begin()));
GRIOT_ACTION0(construct_where_close, b.CloseConstructTemplate());
GRIOT_ACTION0(construct_where_template, b.FinishConstructWhere());
GRIOT_ACTION(describe_keyword, b.SetForm(ast::Query::Form::kDescribe, in.begin()));
GRIOT_ACTION0(describe_all, b.SetSelectAll());
GRIOT_ACTION0(describe_target, b.AddDescribeTarget());
GRIOT_ACTION(ask_keyword, b.SetForm(ast::Query::Form::kAsk, in.begin()));
GRIOT_ACTION0(default_graph_clause, b.AddFrom(false));
GRIOT_ACTION0(named_graph_clause, b.AddFrom(true));
GRIOT_ACTION0(where_group, b.SetWhere());
GRIOT_ACTION0(where_group_after_keyword, b.SetWhere());
GRIOT_ACTION0(group_condition_call, b.AddGroupCondition(false));
GRIOT_ACTION0(group_as, b.AddGroupCondition(true));
GRIOT_ACTION0(group_no_as, b.AddGroupCondition(false));
GRIOT_ACTION0(group_condition_var, b.PushExprFromNode(); b.AddGroupCondition(false));
GRIOT_ACTION0(having_condition, b.AddHaving());
GRIOT_ACTION0(order_asc, b.AddOrderCondition(false));
GRIOT_ACTION0(order_desc, b.AddOrderCondition(true));
GRIOT_ACTION0(order_constraint, b.AddOrderCondition(false));
GRIOT_ACTION0(order_var, b.PushExprFromNode(); b.AddOrderCondition(false));
GRIOT_ACTION(limit_value, b.SetLimit(in.string_view(), in.begin()));
GRIOT_ACTION(offset_value, b.SetOffset(in.string_view(), in.begin()));
GRIOT_ACTION(sub_select_begin, b.BeginSubSelect(in.begin()));
GRIOT_ACTION0(sub_select, b.EndSubSelect());

// ---- updates ----
GRIOT_ACTION(update1_begin, b.BeginOperation(in.begin()));
GRIOT_ACTION0(graph_ref_iri, b.PushGraphRef(ast::GraphRef::Kind::kIri));
GRIOT_ACTION0(graph_ref_default, b.PushGraphRef(ast::GraphRef::Kind::kDefault));
GRIOT_ACTION0(graph_ref_named, b.PushGraphRef(ast::GraphRef::Kind::kNamed));
GRIOT_ACTION0(graph_ref_all_graphs, b.PushGraphRef(ast::GraphRef::Kind::kAll));
GRIOT_ACTION0(load_source, b.SetLoadSource());
GRIOT_ACTION0(load_into, b.SetLoadInto());
GRIOT_ACTION0(load, b.SetOperationKind(ast::UpdateOperation::Kind::kLoad); b.FinishGraphManagement());
GRIOT_ACTION0(clear, b.SetOperationKind(ast::UpdateOperation::Kind::kClear); b.FinishGraphManagement());
GRIOT_ACTION0(drop, b.SetOperationKind(ast::UpdateOperation::Kind::kDrop); b.FinishGraphManagement());
GRIOT_ACTION0(create, b.SetOperationKind(ast::UpdateOperation::Kind::kCreate); b.FinishGraphManagement());
GRIOT_ACTION0(add, b.SetOperationKind(ast::UpdateOperation::Kind::kAdd); b.FinishGraphManagement());
GRIOT_ACTION0(move, b.SetOperationKind(ast::UpdateOperation::Kind::kMove); b.FinishGraphManagement());
GRIOT_ACTION0(copy, b.SetOperationKind(ast::UpdateOperation::Kind::kCopy); b.FinishGraphManagement());
GRIOT_ACTION0(quads_graph_name, b.SetQuadsGraph());
GRIOT_ACTION(quads_graph_open, b.OpenBracket(in.begin()));
GRIOT_ACTION0(quads_graph_close, b.CloseBracket(); b.ClearQuadsGraph());
GRIOT_ACTION(quads_open, b.OpenQuads(in.begin()));
GRIOT_ACTION0(quads_close, b.CloseQuads());
GRIOT_ACTION0(insert_data_keywords, b.SetOperationKind(ast::UpdateOperation::Kind::kInsertData);
              b.SetQuadsTarget(true));
GRIOT_ACTION0(delete_data_keywords, b.SetOperationKind(ast::UpdateOperation::Kind::kDeleteData);
              b.SetQuadsTarget(false));
GRIOT_ACTION0(delete_where_keywords, b.SetOperationKind(ast::UpdateOperation::Kind::kDeleteWhere);
              b.SetQuadsTarget(false));
GRIOT_ACTION0(delete_keyword, b.SetOperationKind(ast::UpdateOperation::Kind::kModify);
              b.SetQuadsTarget(false));
GRIOT_ACTION0(insert_keyword, b.SetOperationKind(ast::UpdateOperation::Kind::kModify);
              b.SetQuadsTarget(true));
GRIOT_ACTION0(with_iri, b.SetOperationKind(ast::UpdateOperation::Kind::kModify); b.SetWith());
GRIOT_ACTION0(using_iri, b.AddUsing(false));
GRIOT_ACTION0(using_named_iri, b.AddUsing(true));
GRIOT_ACTION0(modify_where, b.SetModifyWhere());

#undef GRIOT_ACTION
#undef GRIOT_ACTION0

// Runs the grammar `Unit` over `text`, turning every failure into a Status
// with line and column.
template <typename Unit>
store::Status Run(std::string_view text, AstBuilder& builder) {
  memory_input<> in(text.data(), text.size(), "");
  try {
    if (!parse<Unit, action, control>(in, builder)) {
      // Every unit ends in must<eof>, so a plain failure cannot happen; keep
      // a readable message all the same.
      return store::Status::ParseError("the text is not SPARQL").At("", 1, 1);
    }
  } catch (const parse_error& e) {
    const std::size_t offset = e.positions().empty() ? 0 : e.positions().front().byte;
    const ast::Pos pos = builder.PosAt(offset);
    return store::Status::ParseError(std::string(e.message())).At("", pos.line, pos.column);
  } catch (const internal::SyntaxError& e) {
    const ast::Pos pos = builder.PosAt(e.offset);
    return store::Status::ParseError(e.message).At("", pos.line, pos.column);
  }
  return store::Status::OK();
}

}  // namespace
}  // namespace sparql_grammar

namespace internal {
std::size_t AnalyzeGrammar() {
  return tao::pegtl::analyze<sparql_grammar::query_unit>(0) +
         tao::pegtl::analyze<sparql_grammar::update_unit>(0);
}
}  // namespace internal

store::Result<ast::Query> ParseQuery(std::string_view text, const ParseContext& context) {
  internal::AstBuilder builder(text, context);
  builder.StartQuery();
  store::Status s = sparql_grammar::Run<sparql_grammar::query_unit>(text, builder);
  if (!s.ok()) return s;
  store::Result<ast::Query> query = builder.FinishQuery();
  if (!query.ok()) return query;
  s = internal::CheckQuery(*query);
  if (!s.ok()) return s;
  return query;
}

store::Result<ast::Update> ParseUpdate(std::string_view text, const ParseContext& context) {
  internal::AstBuilder builder(text, context);
  store::Status s = sparql_grammar::Run<sparql_grammar::update_unit>(text, builder);
  if (!s.ok()) return s;
  store::Result<ast::Update> update = builder.FinishUpdate();
  if (!update.ok()) return update;
  s = internal::CheckUpdate(*update);
  if (!s.ok()) return s;
  return update;
}

}  // namespace griot::query

#!/usr/bin/env python3
"""Writes importers/lexicons/countries.tsv.

The rows come from two sources:
  1. countries.json (ODbL 1.0, see ../README.md): French and English short and
     official names, demonyms and capitals, with the French plurals and
     feminines and the English plural nouns derived here;
  2. countries_manual.tsv beside this script: rows kept by hand (aliases,
     metonyms, French capitals and spellings the JSON lacks, blockers), and
     removal rows whose code starts with '!' that drop a derived row.

Usage:
  make_countries.py COUNTRIES_JSON [--manual FILE] [--output FILE]

COUNTRIES_JSON is the path of countries.json (in this project:
../shared/lexdata/countries/countries.json from the repository's parent
folder). --manual defaults to countries_manual.tsv beside this script,
--output to ../countries.tsv beside this script. The output is sorted and
deterministic: running the script twice gives the same file.
"""

import argparse
import json
import os
import re
import sys
import unicodedata

COLUMNS = ["code", "lang", "kind", "form", "agreement"]
KINDS = ["name", "official", "alias", "capital", "city", "demonym", "adjective"]
AGREEMENTS = ["ms", "fs", "mp", "fp", "-"]
LANGS = ["fr", "en"]

# Entries that are not states but whose capital news still uses as a metonym.
CAPITAL_ALSO = {"PSE", "TWN", "UNK"}

# Known errors or unusable values in countries.json, fixed before use.
# (code, field) -> replacement; None drops the value.
FR_NAME_FIX = {
    ("ALA", "common"): "Åland",
    ("ALA", "official"): None,  # Finnish, not French
    ("BGD", "official"): "République populaire du Bangladesh",
    ("COD", "common"): "RD Congo",
    ("CPV", "common"): "Cap-Vert",
    ("ESH", "common"): "Sahara occidental",
    ("IMN", "official"): None,  # English, not French
    ("LBY", "official"): "État de Libye",
    ("PLW", "common"): "Palaos",
    ("PLW", "official"): "République des Palaos",
    ("SJM", "official"): None,
    ("SXM", "common"): "Sint Maarten",
    ("TWN", "official"): "République de Chine",
    ("USA", "official"): "États-Unis d'Amérique",
    ("VGB", "official"): None,
}

# French demonyms (masculine, feminine); None drops the country's demonyms
# (values that are wrong, or name two peoples at once).
FR_DEMONYM_FIX = {
    "ARE": ("Émirien", "Émirienne"),
    "ATG": None,
    "FLK": ("Malouin", "Malouine"),
    "KGZ": ("Kirghiz", "Kirghize"),
    "KNA": None,
    "MNP": None,
    "NZL": ("Néo-Zélandais", "Néo-Zélandaise"),
    "SLE": ("Sierra-Léonais", "Sierra-Léonaise"),
    "SPM": None,
    "SWZ": ("Swazi", "Swazie"),
    "TJK": ("Tadjik", "Tadjike"),
    "UZB": ("Ouzbek", "Ouzbèke"),
}

# English demonyms (adjective); None drops them.
EN_DEMONYM_FIX = {
    "CPV": "Cape Verdean",
    "DJI": "Djiboutian",
    "DMA": None,  # "Dominican" is read as the Dominican Republic
    "GIB": "Gibraltarian",
    "KGZ": "Kyrgyz",
    "MDV": "Maldivian",
    "TJK": "Tajik",
}

# English nouns for the people when they are not "adjective + s".
# An empty list: the adjective is also the plural noun ("the Chinese").
EN_NOUNS = {
    "British": ["Briton", "Britons", "Brit", "Brits"],
    "Croatian": ["Croatians", "Croats"],
    "Czech": ["Czechs"],
    "Danish": ["Danes"],
    "Finnish": ["Finns"],
    "Greenlandic": ["Greenlanders"],
    "Kyrgyz": [],
    "Malagasy": [],
    "Mosotho": ["Basotho"],
    "Motswana": ["Batswana"],
    "Ni-Vanuatu": [],
    "I-Kiribati": [],
    "Polish": ["Poles"],
    "Serbian": ["Serbians", "Serbs"],
    "Spanish": ["Spaniards"],
    "Swedish": ["Swedes"],
    "Turkish": ["Turk", "Turks"],
    "Vatican": [],
}
EN_INVARIABLE_ENDINGS = ("ese", "ish", "ch", "sh", "s", "x", "z")

# Capitals as written in English news, when countries.json differs.
CAPITAL_EN_FIX = {
    "Washington D.C.": "Washington",
    "Ulan Bator": "Ulaanbaatar",
    "City of San Marino": "San Marino",
}

# French exonyms of capitals; a capital not listed is written as in English.
CAPITAL_FR = {
    "Abu Dhabi": "Abou Dabi",
    "Addis Ababa": "Addis-Abeba",
    "Algiers": "Alger",
    "Andorra la Vella": "Andorre-la-Vieille",
    "Ashgabat": "Achgabat",
    "Athens": "Athènes",
    "Baghdad": "Bagdad",
    "Baku": "Bakou",
    "Beijing": "Pékin",
    "Beirut": "Beyrouth",
    "Bern": "Berne",
    "Bishkek": "Bichkek",
    "Bogotá": "Bogota",
    "Brasília": "Brasilia",
    "Brussels": "Bruxelles",
    "Bucharest": "Bucarest",
    "Cairo": "Le Caire",
    "Cape Town": "Le Cap",
    "Chișinău": "Chisinau",
    "City of San Marino": "Saint-Marin",
    "Copenhagen": "Copenhague",
    "Damascus": "Damas",
    "Dhaka": "Dacca",
    "Dushanbe": "Douchanbé",
    "Guatemala City": "Guatemala",
    "Hanoi": "Hanoï",
    "Havana": "La Havane",
    "Jerusalem": "Jérusalem",
    "Kabul": "Kaboul",
    "Kathmandu": "Katmandou",
    "Kuwait City": "Koweït",
    "Kyiv": "Kiev",
    "Lisbon": "Lisbonne",
    "London": "Londres",
    "Manila": "Manille",
    "Mexico City": "Mexico",
    "Mogadishu": "Mogadiscio",
    "Moscow": "Moscou",
    "Muscat": "Mascate",
    "Nicosia": "Nicosie",
    "Panama City": "Panama",
    "Port Louis": "Port-Louis",
    "Port of Spain": "Port-d'Espagne",
    "Riyadh": "Riyad",
    "Sana'a": "Sanaa",
    "Santo Domingo": "Saint-Domingue",
    "Seoul": "Séoul",
    "Singapore": "Singapour",
    "South Tarawa": "Tarawa-Sud",
    "Tashkent": "Tachkent",
    "Tbilisi": "Tbilissi",
    "Tehran": "Téhéran",
    "Thimphu": "Thimphou",
    "Ulan Bator": "Oulan-Bator",
    "Valletta": "La Valette",
    "Vatican City": "Cité du Vatican",
    "Vienna": "Vienne",
    "Warsaw": "Varsovie",
    "Washington D.C.": "Washington",
    "Yerevan": "Erevan",
}


def norm(text):
    """The matching key: accents, case and apostrophe shapes ignored."""
    text = text.replace("\u2019", "'").replace("\u02bc", "'")
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return " ".join(text.casefold().split())


def tidy(text):
    """Repairs spacing slips of the JSON ("d' Ivoire", "Antigua -et-")."""
    text = unicodedata.normalize("NFC", text.replace("\u2019", "'"))
    text = re.sub(r"'\s+", "'", text)
    text = re.sub(r"\s+-", "-", text)
    return " ".join(text.split())


def fr_noun(word):
    """Capitalises each part of a French demonym: "Sud-Africain"."""
    parts = word.split("-")
    return "-".join(p if p == "et" else p[:1].upper() + p[1:] for p in parts)


def fr_plural(word):
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"
    return word + "s"


def en_nouns(adjective):
    if adjective in EN_NOUNS:
        return EN_NOUNS[adjective]
    if adjective.endswith(EN_INVARIABLE_ENDINGS):
        return []
    return [adjective + "s"]


class Table:
    def __init__(self):
        self.rows = {}  # key -> row

    @staticmethod
    def key(code, lang, kind, form, agreement):
        # Distinct spellings of one key ("Burkinabé", "Burkinabè") are both
        # kept: the file shows what news writes, the matcher folds them.
        return (code, lang, kind, norm(form), agreement, form)

    def add(self, code, lang, kind, form, agreement="-"):
        form = tidy(form)
        if not form:
            return
        k = self.key(code, lang, kind, form, agreement)
        self.rows.setdefault(k, [code, lang, kind, form, agreement])

    def remove(self, code, lang, kind, form):
        """Drops rows matching; '*' matches any lang or kind. Returns count."""
        nform = norm(form)
        doomed = [k for k in self.rows
                  if k[0] == code and k[3] == nform
                  and lang in ("*", k[1]) and kind in ("*", k[2])]
        for k in doomed:
            del self.rows[k]
        return len(doomed)

    def sorted_rows(self):
        # Grouped by code, language and kind; within a group the order of
        # insertion (JSON order, then the manual file's), which keeps the
        # four agreements of a demonym together.
        def order(row):
            return (row[0] == "-", row[0], LANGS.index(row[1]),
                    KINDS.index(row[2]))
        return sorted(self.rows.values(), key=order)


def derive(countries, table):
    independent = {c["cca3"] for c in countries if c.get("independent")}
    for c in countries:
        code = c["cca3"]
        fra = c.get("translations", {}).get("fra", {})
        names = {}
        for field in ("common", "official"):
            value = FR_NAME_FIX.get((code, field), fra.get(field))
            names[field] = value
        if names["common"]:
            table.add(code, "fr", "name", names["common"])
        if names["official"] and \
                norm(tidy(names["official"])) != norm(tidy(names["common"] or "")):
            table.add(code, "fr", "official", names["official"])
        en_common = c["name"]["common"]
        en_official = c["name"]["official"]
        table.add(code, "en", "name", en_common)
        if norm(en_official) != norm(en_common):
            table.add(code, "en", "official", en_official)

        # French demonyms: nouns capitalised, adjectives in lower case, in the
        # four agreements.
        dem = c.get("demonyms", {}).get("fra", {})
        pair = FR_DEMONYM_FIX.get(code, (dem.get("m", ""), dem.get("f", "")))
        if pair and pair[0] and pair[1] and "," not in pair[0] + pair[1] \
                and " et " not in pair[0] + pair[1]:
            m, f = tidy(pair[0]), tidy(pair[1])
            forms = {"ms": m, "fs": f, "mp": fr_plural(m), "fp": f + "s"}
            for agreement, form in forms.items():
                table.add(code, "fr", "demonym", fr_noun(form), agreement)
                table.add(code, "fr", "adjective", form.lower(), agreement)

        # English demonyms: the adjective, and the plural noun(s).
        dem = c.get("demonyms", {}).get("eng", {})
        value = EN_DEMONYM_FIX.get(code, dem.get("m", ""))
        if value:
            for adjective in re.split(r", | or ", tidy(value)):
                table.add(code, "en", "adjective", adjective)
                for noun in en_nouns(adjective):
                    table.add(code, "en", "demonym", noun)

        # Capitals of states (not of dependent territories).
        if code in independent or code in CAPITAL_ALSO:
            # A capital spelt like the country ("Djibouti") adds nothing.
            own = {(k[1], k[3]) for k in table.rows if k[0] == code}
            for capital in c.get("capital", []):
                en = CAPITAL_EN_FIX.get(capital, capital)
                fr = CAPITAL_FR.get(capital, en)
                if ("en", norm(en)) not in own:
                    table.add(code, "en", "capital", en)
                if ("fr", norm(fr)) not in own:
                    table.add(code, "fr", "capital", fr)

    # A dependent territory whose demonym is also a state's ("Français" for
    # the French Southern Lands, "Indian" for the Indian Ocean Territory)
    # would make the state's demonym ambiguous: the territory loses it.
    state_forms = {(k[1], k[3]) for k in table.rows
                   if k[0] in independent and k[2] in ("demonym", "adjective")}
    for k in list(table.rows):
        if k[0] not in independent and k[2] in ("demonym", "adjective") \
                and (k[1], k[3]) in state_forms:
            del table.rows[k]


def read_manual(path, table):
    problems = 0
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    header_seen = False
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if cells != COLUMNS:
                sys.exit(f"{path}:{number}: header must be {' '.join(COLUMNS)}")
            header_seen = True
            continue
        if len(cells) != len(COLUMNS):
            sys.exit(f"{path}:{number}: {len(cells)} cells, want {len(COLUMNS)}")
        code, lang, kind, form, agreement = cells
        if code.startswith("!"):
            if table.remove(code[1:], lang, kind, form) == 0:
                print(f"{path}:{number}: removal matches no row: {line}",
                      file=sys.stderr)
                problems += 1
            continue
        if lang not in LANGS or kind not in KINDS or agreement not in AGREEMENTS:
            sys.exit(f"{path}:{number}: bad lang, kind or agreement: {line}")
        if lang == "fr" and kind in ("demonym", "adjective") and agreement == "-":
            sys.exit(f"{path}:{number}: French {kind} needs an agreement")
        table.add(code, lang, kind, form, agreement)
    return problems


HEADER = """\
# countries.tsv: states and territories as news names them.
# GENERATED by tools/make_countries.py from countries.json (ODbL 1.0) and
# tools/countries_manual.tsv; do not edit here: edit the manual file and
# regenerate (see README.md). This file is a derived database under the
# Open Database License 1.0; see README.md for attribution and share-alike.
# code       ISO 3166-1 alpha-3 code the form resolves to (UNK: Kosovo, as
#            in countries.json); '-' = blocker: a longer form that is no
#            country and must win over the shorter one inside it
# lang       fr | en
# kind       name | official | alias | capital (capital or seat of power
#            used as a metonym) | demonym (noun for the people) | adjective
# form       surface form as written in news (matching ignores accents and
#            case, except for forms written all in capitals: see
#            docs/lexicons.md)
# agreement  ms | fs | mp | fp for French demonyms and adjectives, else '-'
"""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("countries_json")
    parser.add_argument("--manual", default=os.path.join(here, "countries_manual.tsv"))
    parser.add_argument("--output", default=os.path.join(here, "..", "countries.tsv"))
    args = parser.parse_args()

    with open(args.countries_json, encoding="utf-8") as f:
        countries = json.load(f)
    table = Table()
    derive(countries, table)
    problems = read_manual(args.manual, table)

    rows = table.sorted_rows()
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER)
        out.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            out.write("\t".join(row) + "\n")

    # Forms that resolve to more than one code are for the resolver to
    # settle from context; list them so that a reviewer sees them.
    codes = {}
    for row in rows:
        if row[0] != "-":
            codes.setdefault((row[1], norm(row[3])), set()).add(row[0])
    shared = sorted((k, v) for k, v in codes.items() if len(v) > 1)
    for (lang, form), owners in shared:
        print(f"ambiguous {lang} {form!r}: {' '.join(sorted(owners))}", file=sys.stderr)
    print(f"{len(rows)} rows written to {os.path.normpath(args.output)}",
          file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

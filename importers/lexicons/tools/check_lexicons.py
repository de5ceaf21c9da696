#!/usr/bin/env python3
"""Checks the gazetteer files of importers/lexicons/ after a hand edit.

Usage: check_lexicons.py [LEXICON_DIR]   (default: the folder above this script)

Reports, with file and line, what the importer would reject or misread:
wrong number of cells, values outside a column's list, forms that are not
NFC or carry stray spaces, repeated rows, acts_for codes that are neither an
ISO code of countries.tsv nor an organisation's own code, and a form that
means two different things across files (listed as a warning: some are
meant, such as "Congolais" for both Congos). Exit status 1 on an error.
"""

import os
import re
import sys
import unicodedata

ROLES = {"head_of_state", "head_of_government", "defence_minister",
         "foreign_minister", "minister", "deputy_minister", "ambassador",
         "military_officer", "chief_of_staff", "diplomat", "spokesperson",
         "honorific"}
REFERS = {"same_state_as_context", "both_countries", "the_country",
          "the_junta", "the_authorities", "the_army", "the_delegation",
          "the_government", "the_regime", "counterpart", "the_organization",
          "the_forces", "the_mission"}

SPECS = {
    "countries.tsv": (["code", "lang", "kind", "form", "agreement"], {
        "lang": {"fr", "en"},
        "kind": {"name", "official", "alias", "capital", "city", "demonym", "adjective"},
        "agreement": {"ms", "fs", "mp", "fp", "-"}}),
    "organizations.tsv": (["code", "lang", "form", "acts_for", "type"], {
        "lang": {"fr", "en", "*"},
        "type": {"igo", "mission", "armed_group", "state_body", "company", "equipment",
                 "alliance"}}),
    "titles.tsv": (["lang", "form", "role", "needs_state"], {
        "lang": {"fr", "en"}, "role": ROLES}),
    "collectives.tsv": (["lang", "form", "refers_to"], {
        "lang": {"fr", "en"}, "refers_to": REFERS}),
    "country_prefixes.tsv": (["code", "lang", "form"], {"lang": {"fr", "en"}}),
    "persons.tsv": (["code", "lang", "form", "acts_for", "role"], {
        "lang": {"fr", "en", "*"}}),
}


def norm(text):
    text = unicodedata.normalize("NFD", text.replace("\u2019", "'"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return " ".join(text.casefold().split())


def is_acronym(form):
    letters = [ch for ch in form if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and len(letters) > 1


def read(path, columns):
    """Yields (line number, dict) for data rows; raises on a bad header."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    in_comments = True
    for number, line in enumerate(lines, 1):
        if in_comments and line.startswith("#"):
            continue
        if in_comments:
            in_comments = False
            if line.split("\t") != columns:
                raise ValueError(f"{path}:{number}: header must be "
                                 + "\\t".join(columns))
            continue
        yield number, line


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..")
    errors, warnings = [], []
    tables = {}
    for name, (columns, allowed) in SPECS.items():
        path = os.path.join(folder, name)
        rows, seen = [], {}
        try:
            for number, line in read(path, columns):
                where = f"{name}:{number}"
                if line.startswith("#"):
                    errors.append(f"{where}: comment lines go at the top only")
                    continue
                cells = line.split("\t")
                if len(cells) != len(columns):
                    errors.append(f"{where}: {len(cells)} cells, want {len(columns)}")
                    continue
                row = dict(zip(columns, cells))
                for column, values in allowed.items():
                    value = row[column]
                    # ("the_organization:AES": a collective that names one
                    # organisation; its code is checked below.)
                    if column == "refers_to" and value.startswith("the_organization:"):
                        value = "the_organization"
                    if value not in values:
                        errors.append(f"{where}: {column} {row[column]!r} not in "
                                      + " ".join(sorted(values)))
                form = row["form"]
                if form != form.strip() or "  " in form or not form:
                    errors.append(f"{where}: stray spaces in form {form!r}")
                if unicodedata.normalize("NFC", form) != form:
                    errors.append(f"{where}: form {form!r} is not NFC")
                if name == "countries.tsv" and row["lang"] == "fr" \
                        and row["kind"] in ("demonym", "adjective") \
                        and row["agreement"] == "-":
                    errors.append(f"{where}: French {row['kind']} needs an agreement")
                if tuple(cells) in seen:
                    errors.append(f"{where}: repeats line {seen[tuple(cells)]}")
                seen[tuple(cells)] = number
                rows.append((number, row))
        except (OSError, ValueError) as e:
            errors.append(str(e))
        tables[name] = rows

    iso = {r["code"] for _, r in tables["countries.tsv"] if r["code"] != "-"}
    own = {r["code"] for _, r in tables["organizations.tsv"]}
    for number, row in tables["organizations.tsv"]:
        if row["acts_for"] != "-" and row["acts_for"] not in iso | own:
            errors.append(f"organizations.tsv:{number}: acts_for {row['acts_for']!r} "
                          "is no country code nor organisation code")
    for number, row in tables["persons.tsv"]:
        if row["acts_for"] not in iso | own:
            errors.append(f"persons.tsv:{number}: acts_for {row['acts_for']!r} "
                          "is no country code nor organisation code")
    for number, row in tables["collectives.tsv"]:
        kind, colon, org = row["refers_to"].partition(":")
        if colon and org not in own:
            errors.append(f"collectives.tsv:{number}: refers_to names {org!r}, "
                          "no organisation code")
    for number, row in tables["titles.tsv"]:
        if row["needs_state"] not in ("yes", "no") and row["needs_state"] not in iso | own:
            errors.append(f"titles.tsv:{number}: needs_state {row['needs_state']!r} is "
                          "not yes, no nor a country or organisation code")
    # members.tsv, memberships.tsv, mission_hosts.tsv: known organisations,
    # known states.
    for name, column in (("members.tsv", "members"), ("memberships.tsv", "members"),
                         ("mission_hosts.tsv", "host")):
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            continue
        try:
            for number, line in read(path, ["organization", column]):
                cells = line.split("\t")
                if len(cells) != 2 or cells[0] not in own:
                    errors.append(f"{name}:{number}: unknown organisation or bad row")
                    continue
                for code in cells[1].split(";"):
                    if code not in iso:
                        errors.append(f"{name}:{number}: unknown state {code!r}")
        except (OSError, ValueError) as e:
            errors.append(str(e))
    # military_rule.tsv: known states, months in order.
    path = os.path.join(folder, "military_rule.tsv")
    if os.path.exists(path):
        try:
            for number, line in read(path, ["state", "from", "until"]):
                cells = line.split("\t")
                months = [c for c in cells[1:] if c]
                if (len(cells) != 3 or cells[0] not in iso or not cells[1]
                        or any(not re.fullmatch(r"\d{4}-\d{2}", c) for c in months)
                        or months != sorted(months)):
                    errors.append(f"military_rule.tsv:{number}: expected a state, then "
                                  "YYYY-MM and YYYY-MM or nothing, in order")
        except (OSError, ValueError) as e:
            errors.append(str(e))
    for number, row in tables["country_prefixes.tsv"]:
        if row["code"] not in iso:
            errors.append(f"country_prefixes.tsv:{number}: unknown code {row['code']!r}")

    # One matching key, two meanings across files.
    meanings = {}
    for name, rows in tables.items():
        for number, row in rows:
            form = row["form"]
            key = form if is_acronym(form) else norm(form)
            langs = ["fr", "en"] if row["lang"] == "*" else [row["lang"]]
            what = row.get("acts_for", row.get("code", row.get("role", row.get("refers_to"))))
            for lang in langs:
                meanings.setdefault((lang, key), set()).add((name.split(".")[0], what))
    for (lang, key), what in sorted(meanings.items()):
        targets = {w for _, w in what}
        if len(targets) > 1:
            described = ", ".join(f"{f}:{w}" for f, w in sorted(what))
            warnings.append(f"{lang} {key!r} -> {described}")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    total = sum(len(r) for r in tables.values())
    print(f"{total} rows in {len(tables)} files, {len(errors)} errors, "
          f"{len(warnings)} forms with more than one meaning")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

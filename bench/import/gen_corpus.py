#!/usr/bin/env python3
"""Writes a corpus of articles for bench/import, derived from the example
articles at run time (no article text is kept in this script).

Usage: gen_corpus.py EXAMPLES_DIR LEXICON_DIR OUT_DIR --count N [--seed S] [--jsonl]

Each document is one of the examples (plain text with front matter, or a
JSON Lines record) with its states swapped for others (every name, official
name and capital of a state the text names becomes that of another state,
consistently within the document), its date moved by up to three years
(and the years it writes with it), its numbers changed, and its id made
unique. Documents go to OUT_DIR/NNNN/ID.txt, a hundred per folder; with
--jsonl, to OUT_DIR/corpus.jsonl instead. Deterministic for a seed.
"""
import argparse
import datetime
import json
import os
import random
import re
import sys


def read_examples(folder):
    """(lang, date, title, body) for each .txt and .jsonl example."""
    out = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith(".txt"):
            text = open(path, encoding="utf-8").read()
            meta, body = {}, text
            if text.startswith("---\n"):
                end = text.index("\n---\n", 4)
                for line in text[4:end].split("\n"):
                    if ":" in line:
                        k, v = line.split(":", 1)
                        meta[k.strip()] = v.strip()
                body = text[end + 5:]
            title, _, body = body.partition("\n")
            out.append((meta.get("lang", "fr"), meta.get("date", "2024-04-16"), title, body))
        elif name.endswith(".jsonl"):
            for line in open(path, encoding="utf-8"):
                if line.strip():
                    r = json.loads(line)
                    lang = "en" if re.search(r"\b(the|and|of)\b", r["text"][:400]) else "fr"
                    out.append((lang, r.get("date", "2024-04-16"), r.get("title", ""), r["text"]))
    return out


def read_states(lexicons):
    """code -> {lang: [names]}, from countries.tsv (names, official names, capitals)."""
    states = {}
    with open(os.path.join(lexicons, "countries.tsv"), encoding="utf-8") as f:
        header = False
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            if not header:
                header = True
                continue
            code, lang, kind, form, _ = line.rstrip("\n").split("\t")
            if len(code) != 3 or kind not in ("name", "capital"):
                continue
            states.setdefault(code, {}).setdefault((lang, kind), []).append(form)
    # Only states with a name and a capital in both languages can stand in.
    return {c: v for c, v in states.items()
            if all((l, k) in v for l in ("fr", "en") for k in ("name", "capital"))}


class StateSwapper:
    """Replaces the names and capitals of the states a text names by those of
    other states, consistently within the text."""

    def __init__(self, states):
        self.states = states
        self.pattern, self.form_code = {}, {}
        for lang in ("fr", "en"):
            forms = {}
            for code, v in states.items():
                for kind in ("name", "capital"):
                    for form in v[(lang, kind)]:
                        forms[form] = (code, kind)
            self.form_code[lang] = forms
            alternatives = sorted(forms, key=len, reverse=True)  # longest first
            self.pattern[lang] = re.compile(
                r"\b(" + "|".join(re.escape(f) for f in alternatives) + r")\b")

    def __call__(self, body, lang, rng):
        forms = self.form_code[lang]
        present = sorted({forms[m][0] for m in self.pattern[lang].findall(body)})
        others = [c for c in sorted(self.states) if c not in present]
        mapping = dict(zip(present, rng.sample(others, len(present))))

        def repl(m):
            code, kind = forms[m.group(1)]
            return self.states[mapping[code]][(lang, kind)][0]
        return self.pattern[lang].sub(repl, body)


def shift_years(text, delta):
    return re.sub(r"\b(20[0-3][0-9])\b", lambda m: str(int(m.group(1)) + delta), text)


def change_numbers(text, rng):
    def repl(m):
        n = m.group(0)
        if len(n) == 4 and n.startswith("20"):
            return n  # a year
        return str(max(1, int(int(n) * rng.uniform(0.5, 1.5))))
    return re.sub(r"\b\d{1,4}\b", repl, text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("examples")
    ap.add_argument("lexicons")
    ap.add_argument("out")
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jsonl", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    examples = read_examples(a.examples)
    swap = StateSwapper(read_states(a.lexicons))
    if not examples:
        sys.exit("gen_corpus: no examples in " + a.examples)
    os.makedirs(a.out, exist_ok=True)
    jsonl = open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") if a.jsonl else None
    total = 0
    for i in range(a.count):
        lang, date, title, body = examples[i % len(examples)]
        days = rng.randint(-3 * 365, 0)
        d = datetime.date.fromisoformat(date) + datetime.timedelta(days=days)
        delta = d.year - int(date[:4])
        text = title + "\n" + body
        text = swap(text, lang, rng)
        text = change_numbers(shift_years(text, delta), rng)
        title, _, body = text.partition("\n")
        doc_id = "bench-%07d" % i
        if jsonl:
            rec = {"id": doc_id, "url": "", "date": d.isoformat(), "title": title, "text": body}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            jsonl.write(line)
            total += len(line.encode("utf-8"))
        else:
            folder = os.path.join(a.out, "%04d" % (i // 100))
            os.makedirs(folder, exist_ok=True)
            doc = "---\ndate: %s\nlang: %s\n---\n%s\n%s" % (d.isoformat(), lang, title, body)
            with open(os.path.join(folder, doc_id + ".txt"), "w", encoding="utf-8") as f:
                f.write(doc)
            total += len(doc.encode("utf-8"))
    print("gen_corpus: %d documents, %d bytes in %s" % (a.count, total, a.out), file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Checks the gazetteer (lib/lexicons/{en,ar}/places.tsv) as the matcher will see it.

  scripts/check-places.py            # exit 1 on an error, warnings are listed

Errors: a parent id the same language does not define; a phrase of two different
place ids; a place phrase that is also a phrase of another category of the same
language (months, weekdays, numbers, time words, speakers, organizations, ...);
a hand-written id defined in one language only.
Warnings: an English one-word place that is also a lower-case dictionary word
(/usr/share/dict/words, if installed): a common word is no place.
Phrases are compared normalized as lib/text/normalize.cpp does (case, alef forms,
ya, ta marbuta, harakat), and Arabic ones also without a leading article.
"""
import os
import re
import sys
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib", "lexicons")
OTHER = ["months", "weekdays", "numbers", "time_words", "holidays", "speakers", "affiliations",
         "organizations", "outlets", "place_cues", "units", "triggers", "links", "attribution"]
# Ids only one language names (Arabic regions written before this check).
ONE_LANGUAGE = {"green_zone", "northeast_syria"}

ALEF = dict.fromkeys(map(ord, "آأإٱ"), "ا")
ALEF.update({ord("ى"): "ي", ord("ی"): "ي", ord("ة"): "ه", ord("ک"): "ك"})
MARKS = re.compile("[\u064B-\u065F\u0670\u0610-\u061A\u06D6-\u06ED\u0640\u061C\u200B-\u200F\u00AD]")


def norm(phrase):
    text = unicodedata.normalize("NFKC", phrase).casefold()
    text = MARKS.sub("", text).translate(ALEF)
    return " ".join(re.findall(r"\w+|[^\w\s]", text))


def variants(key):
    out = {key}
    if key.startswith("ال") and len(key) > 4:
        out.add(key[2:])
    return out


def rows(lang, category):
    path = os.path.join(ROOT, lang, category + ".tsv")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            attrs = dict(a.split("=", 1) for a in (cols[2].split() if len(cols) > 2 else []))
            yield number, cols[0], cols[1], attrs


def main():
    errors, warnings = [], []
    words = set()
    if os.path.exists("/usr/share/dict/words"):
        with open("/usr/share/dict/words", encoding="utf-8", errors="ignore") as f:
            words = {w.strip() for w in f if w.strip() and w[0].islower()}
    ids = {}
    handwritten = {}
    for lang in ("en", "ar"):
        places = list(rows(lang, "places"))
        ids[lang] = {value for _, _, value, _ in places}
        handwritten[lang] = set()
        with open(os.path.join(ROOT, lang, "places.tsv"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("# Countries") or line.startswith("# الدول"):
                    break
                if line.strip() and not line.startswith("#"):
                    handwritten[lang].add(line.split("\t")[1])
        other = {}
        for category in OTHER:
            for number, phrase, value, _ in rows(lang, category):
                for v in variants(norm(phrase)):
                    other.setdefault(v, f"{category}.tsv:{number} ({phrase})")
        by_phrase = {}
        for number, phrase, value, attrs in places:
            where = f"{lang}/places.tsv:{number}"
            parent = attrs.get("parent")
            if parent and parent not in ids[lang]:
                errors.append(f"{where}: parent '{parent}' of '{phrase}' is no place id of {lang}")
            key = norm(phrase)
            if by_phrase.setdefault(key, value) != value:
                errors.append(f"{where}: '{phrase}' is both {by_phrase[key]} and {value}")
            hit = next((other[v] for v in variants(key) if v in other), None)
            if hit:
                errors.append(f"{where}: '{phrase}' ({value}) is also {lang}/{hit}")
            if lang == "en" and " " not in key and "-" not in key and key in words:
                warnings.append(f"{where}: '{phrase}' ({value}) is also an English word")
    for lang, other_lang in (("en", "ar"), ("ar", "en")):
        for value in sorted(handwritten[lang] - ids[other_lang] - ONE_LANGUAGE):
            errors.append(f"{lang}/places.tsv: id '{value}' has no {other_lang} entry")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

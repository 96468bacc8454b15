#!/bin/sh
# Prints the generated country block of lib/lexicons/<lang>/places.tsv (lang: en
# or ar): every ISO 3166 region ICU knows, named from ICU's locale data (CLDR),
# minus ids the hand-written part of the file already has and names listed in
# SKIP below (ambiguous with common words). Needs g++, ICU headers and python3.
#   scripts/gen-countries.sh en   # then replace the block at the end of the file
set -eu
lang=${1:?usage: gen-countries.sh en|ar}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/countries.cpp" <<'CPP'
#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>
#include <iostream>
#include <string>
int main() {
  for (const char* const* c = uloc_getISOCountries(); *c; ++c) {
    icu::UnicodeString en, ar;
    icu::Locale("", *c).getDisplayCountry(icu::Locale("en"), en);
    icu::Locale("", *c).getDisplayCountry(icu::Locale("ar"), ar);
    std::string e, a;
    std::cout << en.toUTF8String(e) << "\t" << ar.toUTF8String(a) << "\n";
  }
}
CPP
g++ -std=c++17 "$work/countries.cpp" -licuuc -o "$work/countries"
"$work/countries" > "$work/countries.tsv"
python3 - "$lang" "$work/countries.tsv" "$here/lib/lexicons/$1/places.tsv" <<'PY'
import re, sys, unicodedata
lang, table, places = sys.argv[1:4]
SKIP = {"مالي", "عمان", "بنين"}  # Mali/financial, Oman/Amman, Benin/sons
have = set()
for line in open(places, encoding="utf-8"):
    if line.startswith("# Countries") or line.startswith("# الدول"):
        break
    if not line.startswith("#") and line.strip():
        have.add(line.split("\t")[1].strip())
def slug(name):
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", name.replace("&", "and").lower()).strip("_")
def split(name):  # "Myanmar (Burma)": both
    m = re.match(r"^(.*) \((.*)\)$", name)
    return [m.group(1), m.group(2)] if m else [name]
if lang == "en":
    print("# Countries: every ISO 3166 region, names from ICU's locale data (CLDR), generated")
    print("# by scripts/gen-countries.sh; ids are the English names. Edit above this block.")
else:
    print("# الدول: كل مناطق ISO 3166 بأسمائها العربية من بيانات ICU (CLDR)، مولّدة بـ")
    print("# scripts/gen-countries.sh؛ المعرّفات أسماؤها الإنجليزية. التعديل فوق هذه الكتلة.")
for row in open(table, encoding="utf-8"):
    en, ar = row.rstrip("\n").split("\t")
    if " - " in en:  # "Congo - Kinshasa": no short name
        continue
    cid = slug(split(en)[0])
    if cid in have:
        continue
    for name in (split(en) if lang == "en" else split(ar)):
        name = name.replace("&", "and").lower() if lang == "en" else name
        # CLDR writes عُمان with its vowel: compare the bare letters.
        if re.sub("[\u064B-\u0652]", "", name) not in SKIP:
            print(f"{name}\t{cid}\ttype=country metonym=yes")
PY

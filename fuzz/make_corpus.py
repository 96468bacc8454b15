#!/usr/bin/env python3
"""Writes the seed corpora (fuzz/corpus/<target>/) from the project's own
example articles (examples/articles) and small inputs written here, and the
hand-written regression inputs (fuzz/regressions/<target>/) for the findings
listed in issue 14. Inputs libFuzzer finds later are added to regressions/ by
hand (docs/fuzzing.md). Run from anywhere: python3 fuzz/make_corpus.py"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
FUZZ = ROOT / "fuzz"
ARTICLES = sorted((ROOT / "examples/articles").glob("*.txt"))
LEXICON = ROOT / "examples/articles/lexicon"

# Category order of lexicon_fuzz.cpp (kCategories): the first byte of a
# lexicon input is index + 31 for English, index for Arabic.
CATEGORIES = ["months", "weekdays", "numbers", "holidays", "tense", "time_words", "triggers",
              "mission_objects", "force_objects", "agreement_objects", "units", "measures", "qualifiers",
              "predicates", "subject_cues", "quantifiers", "negation", "modality", "phases", "clause_breaks",
              "links", "attribution", "speakers", "affiliations", "organizations", "outlets", "places",
              "place_cues", "statuses", "events", "test"]


def pick(language, category):
    return bytes([CATEGORIES.index(category) + (31 if language == "en" else 0)])


def write(folder, name, data):
    path = FUZZ / folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode())


def language_of(article):
    return "ar" if article.name.startswith("ar_") else "en"


def corpus():
    for old in (FUZZ / "corpus").glob("*/*"):
        old.unlink()  # regenerated whole; regressions/ only ever grows
    texts = {a.stem: a.read_bytes() for a in ARTICLES}
    for stem, text in texts.items():
        en = stem.startswith("en_")
        write("corpus/document", stem, b"\x00" + text)
        # Paragraphs, not whole articles: small seeds keep the fuzzer fast.
        for n, paragraph in enumerate(p for p in text.split(b"\n\n") if p.strip()):
            name = f"{stem}_p{n}"
            write("corpus/segment", name, (b"\x01" if en else b"\x00") + paragraph)
            # timex: language, then a reference date (offset 0: 2025-06-10).
            write("corpus/timex", name, (b"\x01" if en else b"\x00") + b"\x00\x00" + paragraph)
            # pipeline: dated (4), language detected (8), text and DOT too (32).
            write("corpus/pipeline", name, bytes([4 | 8 | 32]) + paragraph)
    # Every article at once, explained: claims link across documents.
    ar = [t for s, t in texts.items() if s.startswith("ar_")]
    en = [t for s, t in texts.items() if s.startswith("en_")]
    write("corpus/pipeline", "all_explained", bytes([1 | 4 | 16]) + b"\x00".join([ar[0], en[0], ar[1], en[1]]))
    write("corpus/pipeline", "pair_short_sentences", bytes([2 | 4]) + b"\x00".join([ar[0], en[0]]))

    small = {
        "bom": b"\x00\xef\xbb\xbfThe ministry said 12 people were killed.",
        "crlf": b"\x02Line one.\r\nLine two said 3,000 troops.\r\n",
        "utf16": b"\x00\xff\xfeT\x00h\x00e\x00",
        "nul": b"\x00abc\x00def",
        "overlong": b"\x00abc \xc0\xaf def",
        "surrogate": b"\x00abc \xed\xa0\x80 def",
        "truncated": b"\x00\xd9\x82\xd8",
        "above_max": b"\x00\xf4\x90\x80\x80",
        "blank": b"\x00 \n\t\xe2\x80\x83\n",
        "limit": b"\x0cabcdef",
    }
    for name, data in small.items():
        write("corpus/document", name, data)
    segment_small = {
        "en_abbrev": b"\x01Mr. Smith of the U.S. Army said 2.5 km at 3 p.m. on Jan. 5. Then he left!",
        "ar_marks": "\x00قالَ الوزيرُ: «انسحبت ٢٬٥٠٠ جندي» — وأكّد ذلك؟ نعم! والانسحاب ﷲ".encode(),
        "mixed_scripts": "\x02Tokyo 東京 said สวัสดี 3 people; Ελλάδα и Россия.".encode(),
        "bom_skip": b"\x05\xef\xbb\xbfHeadline\n\nBody one. Body two.",
        "punctuation": b"\x01" + b"...!!!???,,,;;;" * 20,
    }
    for name, data in segment_small.items():
        write("corpus/segment", name, data)
    timex_small = {
        "en_dates": b"\x01\x00\x00On 3/18, by 18/3, 2025-08-18, 18.08.2025, next Tuesday, the following year, "
                    b"within two weeks, before the end of September 2025, at 3:30pm, two days ago.",
        "en_us_locale": b"\x09\x00\x00The talks are on 6/12 and the vote on 2/29.",
        "en_past": b"\x05\x00\x00He arrives on Friday; in March; at Easter; Ramadan 1446.",
        "ar_dates": "\x00\x00\x00يوم الثلاثاء 10 حزيران/يونيو 2025، وبحلول نهاية أيلول، و15/9/1445هـ، وخلال أسبوعين، وقبل يومين، والعام المقبل.".encode(),
        "ar_hijri": "\x02\x00\x00في الأول من محرم 1446 هـ وفي عيد الفطر وبعد ثلاثة أشهر".encode(),
        "no_reference": b"\x41\x00\x00tomorrow and next year, 1 May",
        "far_reference": b"\x01\x7f\xffon the 31st of next month and in two years",
    }
    for name, data in timex_small.items():
        write("corpus/timex", name, data)
    meta = (ROOT / "examples/articles/meta.tsv").read_bytes()
    write("corpus/meta", "example_meta", meta)
    meta_small = {
        "crlf_bom": b"\xef\xbb\xbffile\tpublished\turl\r\na.txt\t2025-01-31\thttp://x\r\n",
        "folders": b"file\tlanguage\tpublisher\nnews/a.txt\tar\t\nb.txt\ten-GB\tWire\n",
        "twice": b"file\nx/a.txt\ny/a.txt\n",
        "bad_date": b"file\tpublished\na.txt\t2025-02-30\n",
        "no_file_column": b"published\tlanguage\n2025-01-01\tar\n",
        "cells": b"file\tpublished\na.txt\n",
        "empty": b"",
    }
    for name, data in meta_small.items():
        write("corpus/meta", name, data)
    for path in sorted(LEXICON.glob("*/*.tsv")):
        write("corpus/lexicon", f"{path.parent.name}_{path.stem}", pick(path.parent.name, path.stem) + path.read_bytes())
    lexicon_small = {
        "en_triggers_text": pick("en", "triggers") + b"pull back\twithdrawal\tobject=base\n\x00"
                            b"The army said it would pull back 300 troops from the base by Friday.",
        "en_override_remove": pick("en", "quantifiers") + b"about\t-\tremove=yes\nsome\tapprox\treplace=yes\n",
        "ar_units": pick("ar", "units") + "جندي\ttroops\tevent=withdrawal\n".encode(),
        "en_time_words": pick("en", "time_words") + b"fortnight\tfortnight\trole=unit\n",
        "en_holidays": pick("en", "holidays") + b"founders day\tfounders\tcalendar=gregorian month=5 day=3\n",
        "common_events": pick("common", "events") + b"strike\tstrike\tphased=yes\n",
        "en_places_match": pick("en", "places") + b"safsaf\tsafsaf\ttype=base parent=iraq match=prefix\n",
        "bad_attribute": pick("en", "negation") + b"never\tparticle\tcolour=red\n",
        "comments": pick("ar", "outlets") + "# comment\n\nالرافد\talrafid\n".encode(),
    }
    for name, data in lexicon_small.items():
        write("corpus/lexicon", name, data)


def regressions():
    # Signed overflow in the time grammar's numeric dates (issue 14).
    ten_thousand_digits = b"9" * 10000
    for lang, byte in (("en", b"\x01"), ("ar", b"\x00")):
        write("regressions/timex", f"{lang}_9111111111", byte + b"\x00\x00" + b"9111111111")
        write("regressions/timex", f"{lang}_2147483648_1_1", byte + b"\x00\x00" + b"2147483648/1/1")
        write("regressions/timex", f"{lang}_10000_digits", byte + b"\x00\x00on " + ten_thousand_digits + b"/1/1")
    write("regressions/pipeline", "digit_run_dates",
          b"\x04" + b"The ministry said 9111111111 troops left on 2147483648/1/1 and " + ten_thousand_digits + b".")
    # 10^308 thousand is infinity: the figure is dropped, never linked.
    huge = b"1" + b"0" * 308
    write("regressions/pipeline", "infinite_thousand",
          b"\x05" + b"The ministry said " + huge + b" thousand people were killed in the blast on Tuesday.\x00"
          b"Police said 12 people were killed in the blast on Tuesday.")
    write("regressions/pipeline", "ar_infinite_thousand",
          b"\x04" + "قالت الوزارة إن ".encode() + huge + " ألف شخص قتلوا في الانفجار يوم الثلاثاء.\x00".encode()
          + "وقالت الشرطة إن 12 شخصا قتلوا في الانفجار يوم الثلاثاء.".encode())
    # Attributes read with std::stoul threw out of the API (issue 14).
    write("regressions/lexicon", "en_quantifiers_reach_x",
          pick("en", "quantifiers") + b"about\tapprox\treach=x\n\x00The ministry said about 2,500 soldiers left.")
    write("regressions/lexicon", "en_negation_window_huge",
          pick("en", "negation") + b"not\tparticle\twindow=99999999999999999999999\n\x00"
          b"The ministry said 2,500 soldiers did not leave.")
    write("regressions/lexicon", "en_negation_window_far",
          pick("en", "negation") + b"never\tparticle\twindow=far\n\x00The army said it never withdrew 300 troops.")
    write("regressions/lexicon", "ar_quantifiers_reach_huge",
          pick("ar", "quantifiers") + "نحو\tapprox\treach=18446744073709551616\n\x00".encode()
          + "قالت الوزارة إن نحو 2500 جندي انسحبوا.".encode())
    # Long lines without a full stop and runs of punctuation (issue 14).
    clause = "قالت الوزارة إن نحو 2500 جندي انسحبوا من القاعدة يوم الثلاثاء، ".encode()
    write("regressions/pipeline", "ar_one_long_sentence", b"\x00" + clause * 200)
    write("regressions/segment", "punctuation_run", b"\x01" + b".,;:!?" * 2000)
    write("regressions/document", "empty", b"")
    write("regressions/document", "bom_only", b"\x00\xef\xbb\xbf")
    write("regressions/meta", "dash_file", b"file\tpublished\n-\t2025-01-01\n")


if __name__ == "__main__":
    corpus()
    regressions()

#!/usr/bin/env python3
"""The claim store, end to end through the claimgraph command.

1. Two stories ingested in two groups, one group ingested again: the store's
   report holds exactly the claims and links of a one-shot analysis of all.
   The example articles always; the shared seeds and quake stories when
   ../shared exists.
2. kill -9 during the ingest of 1,000 small articles (made here from the
   example articles' paragraphs), then ingest again: the store passes
   SQLite's integrity check and reports what a one-shot analysis reports.

Usage: store_test.py CLAIMGRAPH SOURCE_DIR
"""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

CLI, SOURCE = sys.argv[1], sys.argv[2]
ARTICLES = os.path.join(SOURCE, "examples", "articles")
SHARED = os.path.join(SOURCE, "..", "shared", "corpus")
failures = []


def run(args, **kw):
    return subprocess.run([CLI] + args, capture_output=True, text=True, **kw)


def report(args):
    r = run(args)
    if r.returncode != 0:
        raise SystemExit(f"FAIL: {' '.join(args)}: exit {r.returncode}: {r.stderr}")
    return json.loads(r.stdout)


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail))
    if not ok:
        failures.append(name)


def same_report(name, store, one_shot):
    check(name + ": claims", store["claims"] == one_shot["claims"],
          f"{len(store['claims'])} stored, {len(one_shot['claims'])} one-shot")
    check(name + ": links", store["links"] == one_shot["links"],
          f"{len(store['links'])} stored, {len(one_shot['links'])} one-shot")
    check(name + ": clusters", store["clusters"] == one_shot["clusters"])


def two_groups(name, files, extra, tmp):
    db = os.path.join(tmp, name + ".db")
    first, second = files[: len(files) // 2], files[len(files) // 2:]
    for group in (first, second, first):  # the first group again: nothing changes
        r = run(["ingest", "--store", db] + extra + group)
        check(f"{name}: ingest exit 0", r.returncode == 0, r.stderr)
    stored = report(["report", "--store", db, "--format", "json"])
    one_shot = report(["analyze", "--format", "json"] + extra + files)
    check(f"{name}: has links", len(one_shot["links"]) > 0)
    same_report(name, stored, one_shot)


def kill_and_resume(tmp):
    paragraphs = []
    for f in sorted(os.listdir(ARTICLES)):
        if f.endswith(".txt"):
            text = open(os.path.join(ARTICLES, f), encoding="utf-8").read()
            paragraphs += [(f, p) for p in text.split("\n") if len(p.strip()) > 40]
    jsonl = os.path.join(tmp, "many.jsonl")
    with open(jsonl, "w", encoding="utf-8") as out:
        for i in range(1000):
            source, text = paragraphs[i % len(paragraphs)]
            day = 10 + (i // len(paragraphs)) % 15
            out.write(json.dumps({"id": f"a{i:04d}", "text": text, "published": f"2025-06-{day:02d}",
                                  "publisher": source.split("_")[2].split(".")[0]}, ensure_ascii=False) + "\n")
    db = os.path.join(tmp, "killed.db")
    args = ["ingest", "--store", db, "--input", "jsonl", "--batch", "25", jsonl]
    child = subprocess.Popen([CLI] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored_at_kill = 0
    deadline = time.time() + 300
    while time.time() < deadline and child.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(db, timeout=1) as c:
                stored_at_kill = c.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored_at_kill >= 100:
            break
    if child.poll() is None:
        child.send_signal(signal.SIGKILL)
        child.wait()
        killed = True
    else:
        killed = False
    print(f"     killed={killed} with {stored_at_kill}+ of 1000 documents stored")
    with sqlite3.connect(db) as c:
        check("kill -9: integrity", c.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
        docs = c.execute("SELECT count(*) FROM documents").fetchone()[0]
        check("kill -9: whole batches only", docs % 25 == 0, f"{docs} documents")
        orphans = c.execute("SELECT count(*) FROM claims WHERE doc NOT IN (SELECT id FROM documents)").fetchone()[0]
        check("kill -9: no claim without its document", orphans == 0)
    r = run(args)
    check("resume: ingest exit 0", r.returncode == 0, r.stderr)
    stored = report(["report", "--store", db, "--format", "json"])
    one_shot = report(["analyze", "--format", "json", "--input", "jsonl", jsonl])
    check("resume: 1000 documents", len(stored["documents"]) == 1000, str(len(stored["documents"])))
    # Paths name the JSON Lines line in both; compare everything else.
    same_report("kill -9 then resume", stored, one_shot)


with tempfile.TemporaryDirectory() as tmp:
    examples = sorted(os.path.join(ARTICLES, f) for f in os.listdir(ARTICLES) if f.endswith(".txt"))
    two_groups("examples", examples,
               ["--meta", os.path.join(ARTICLES, "meta.tsv"), "--lexicon", os.path.join(ARTICLES, "lexicon")], tmp)
    if os.path.isdir(SHARED):
        shared = []
        for story in ("seeds", "quake"):
            d = os.path.join(SHARED, story)
            shared += sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".txt"))
        two_groups("seeds+quake", shared, [], tmp)
    else:
        print("skip seeds+quake: ../shared not found")
    kill_and_resume(tmp)

sys.exit(1 if failures else 0)

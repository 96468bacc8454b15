#!/usr/bin/env python3
"""The map / keyed-reduce recipe of docs/scaling.md, run locally with processes.

Map: each partition of a JSON Lines file through `claimgraph analyze --input jsonl
--format jsonl`; every document is keyed by the event families of its claims.
Reduce: per family, the documents of that family through the same command again; the
link lines whose two claims are of that family are the family's links. The union of
the families' links must equal the links of one process over the whole input.

Usage: map_reduce_check.py CLAIMGRAPH INPUT.jsonl|FOLDER [PARTITIONS]
(a FOLDER's *.txt files are the articles, ids from their names)
"""
import collections
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

CLI, INPUT = sys.argv[1], sys.argv[2]
PARTITIONS = int(sys.argv[3]) if len(sys.argv) > 3 else 4
EVENTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib", "lexicons", "common", "events.tsv")

# event -> family (an event the table does not name is its own family).
FAMILY = {}
for row in open(EVENTS, encoding="utf-8"):
    if row.strip() and not row.startswith("#"):
        cells = row.rstrip("\n").split("\t")
        FAMILY[cells[0]] = cells[1]


def family(event):
    return FAMILY.get(event, event)


def analyze(lines):
    """The command over some JSON Lines articles: its output objects."""
    out = subprocess.run([CLI, "analyze", "--input", "jsonl", "--format", "jsonl", "-"],
                         input="".join(lines), capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def link_key(link):
    return (link["a"], link["b"], link["relation"], link["kind"], link["reason"], link["confidence"])


if os.path.isdir(INPUT):
    articles = [json.dumps({"id": f[:-4], "text": open(os.path.join(INPUT, f), encoding="utf-8").read()},
                           ensure_ascii=False) + "\n" for f in sorted(os.listdir(INPUT)) if f.endswith(".txt")]
else:
    articles = open(INPUT, encoding="utf-8").readlines()
by_id = {json.loads(line)["id"]: line for line in articles}
partitions = [articles[i::PARTITIONS] for i in range(PARTITIONS)]

with ThreadPoolExecutor(PARTITIONS) as pool:
    mapped = list(pool.map(analyze, partitions))                      # map
keyed = collections.defaultdict(set)                                  # family -> document ids
event_of = {}
for objects in mapped:
    for o in objects:
        if o["type"] == "claim":
            keyed[family(o["event"])].add(o["doc"])
            event_of[o["id"]] = o["event"]


def reduce(item):                                                     # keyed reduce
    fam, ids = item
    objects = analyze([by_id[i] for i in sorted(ids)])
    return [link_key(o) for o in objects
            if o["type"] == "link" and family(event_of[o["a"]]) == fam and family(event_of[o["b"]]) == fam]


with ThreadPoolExecutor(PARTITIONS) as pool:
    distributed = sorted(k for links in pool.map(reduce, keyed.items()) for k in links)
single = sorted(link_key(o) for o in analyze(articles) if o["type"] == "link")
print(f"{len(articles)} documents, {PARTITIONS} partitions, {len(keyed)} families: "
      f"{len(distributed)} links distributed, {len(single)} in one process")
sys.exit(0 if distributed == single else 1)

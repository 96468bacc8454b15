#!/usr/bin/env python3
"""Build the real-news speed corpus (issue 13) at run time, outside the project.

Reads the shared real articles (../shared/corpus/{seeds,dev,quake}/*.txt, never
copied into the repository), splits them by language (the `language` column of
each folder's meta.tsv; the seeds are Arabic) and repeats them as article-sized
files until each language holds about --mb megabytes:

    OUT/ar/*.txt  OUT/ar/meta.tsv   (publisher and published date of the original)
    OUT/en/*.txt  OUT/en/meta.tsv

Then, per language (docs/performance.md, "Real news"):

    build/examples/claimgraph analyze --format json --threads 1 \
        --meta OUT/ar/meta.tsv OUT/ar/*.txt > /dev/null

Exits 0 with a message when ../shared is absent.
"""
import argparse
import csv
import glob
import os
import sys


def read_meta(folder):
    path = os.path.join(folder, 'meta.tsv')
    if not os.path.exists(path):
        return {}
    with open(path, encoding='utf-8', newline='') as f:
        return {row['file']: row for row in csv.DictReader(f, delimiter='\t')}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--shared', default=os.path.join(here, '..', '..', 'shared'))
    parser.add_argument('--out', default='/tmp/realnews')
    parser.add_argument('--mb', type=float, default=10.0, help='megabytes per language (10^6 bytes)')
    args = parser.parse_args()

    corpus = os.path.join(args.shared, 'corpus')
    if not os.path.isdir(corpus):
        print(f'no shared corpus at {corpus}: nothing to build', file=sys.stderr)
        return 0

    articles = {'ar': [], 'en': []}  # (name, text, published, publisher)
    for story in ('seeds', 'dev', 'quake'):
        folder = os.path.join(corpus, story)
        meta = read_meta(folder)
        for path in sorted(glob.glob(os.path.join(folder, '*.txt'))):
            name = os.path.basename(path)
            row = meta.get(name, {})
            language = row.get('language') or 'ar'  # the seeds are Arabic
            with open(path, encoding='utf-8') as f:
                text = f.read()
            articles.setdefault(language, []).append(
                (f'{story}_{name}', text, row.get('published', ''), row.get('publisher', '')))

    target = int(args.mb * 1_000_000)
    for language, items in sorted(articles.items()):
        if not items:
            continue
        out = os.path.join(args.out, language)
        os.makedirs(out, exist_ok=True)
        for old in glob.glob(os.path.join(out, '*')):
            os.remove(old)
        total = i = 0
        with open(os.path.join(out, 'meta.tsv'), 'w', encoding='utf-8') as meta:
            meta.write('file\tpublished\tpublisher\tlanguage\n')
            while total < target:
                name, text, published, publisher = items[i % len(items)]
                file = f'{i:05d}_{name}'
                with open(os.path.join(out, file), 'w', encoding='utf-8') as f:
                    f.write(text)
                meta.write(f'{file}\t{published}\t{publisher}\t{language}\n')
                total += len(text.encode('utf-8'))
                i += 1
        print(f'{language}: {i} files, {total / 1e6:.2f} MB in {out}')
    return 0


if __name__ == '__main__':
    sys.exit(main())

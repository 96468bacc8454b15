#!/usr/bin/env python3
"""Runs bench/patho_bench (issue 14) and prints, per shape and language, the
median CPU time at N, 4N and 16N and the ratios time(4N)/time(N) and
time(16N)/time(4N). Linear growth gives about 4; the bar is 5.

    scripts/patho_ratios.py [build/bench/patho_bench] [benchmark flags...]

Exit status 1 when a ratio is over 5 (for CI or a quick check).
"""
import json
import subprocess
import sys
from collections import defaultdict


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else 'build/bench/patho_bench'
    out = subprocess.run([binary, '--benchmark_format=json', *sys.argv[2:]],
                         check=True, capture_output=True, text=True).stdout
    rows = defaultdict(dict)  # (shape, language) -> size -> ms
    for b in json.loads(out)['benchmarks']:
        if b.get('aggregate_name') != 'median':
            continue
        shape, size, language = b['run_name'].split('/')[:3]
        ms = b['cpu_time'] * {'ms': 1, 'us': 1e-3, 'ns': 1e-6, 's': 1e3}[b['time_unit']]
        rows[(shape.removeprefix('BM_'), 'ar' if language == '0' else 'en')][int(size)] = ms
    worst = 0.0
    print(f"{'shape':<16} {'lang':<4} {'N':>7} {'t(N) ms':>9} {'t(4N) ms':>9} {'t(16N) ms':>10} {'4N/N':>6} {'16N/4N':>7}")
    for (shape, language), times in rows.items():
        sizes = sorted(times)
        t = [times[s] for s in sizes]
        ratios = [t[i + 1] / t[i] for i in range(len(t) - 1)]
        worst = max([worst, *ratios])
        cells = ' '.join(f'{x:>9.2f}' for x in t)
        print(f"{shape:<16} {language:<4} {sizes[0]:>7} {cells} " + ' '.join(f'{r:>6.2f}' for r in ratios))
    print(f'worst ratio {worst:.2f} (linear: about 4; bar: 5)')
    return 1 if worst > 5 else 0


if __name__ == '__main__':
    sys.exit(main())

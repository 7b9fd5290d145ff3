#!/usr/bin/env python3
"""Scaling of the whole-bundle commands on the fictional bundles of make_bundles.py: `storyweave
suggest --format json`, `storyweave new --accept-suggestions` and `storyweave export` of that project
as PDF, ODT and HTML, each a whole process under /usr/bin/time -v (wall time and peak memory), output
discarded. Prints a markdown table and, per command, how much the time grows when the input grows.
Usage: run_bundles.py STORYWEAVE WORK_DIR [CASE ...]   (a case is ARTICLESxWORDS, e.g. 50x800)"""
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CASES = ['10x800', '50x800', '200x800', '500x800', '1x50000', '1x200000', '1x800000']
EXPORTS = ['pdf', 'odt', 'html']


def timed(cmd):
    """Runs cmd under /usr/bin/time -v; returns (seconds, peak MB, exit status)."""
    p = subprocess.run(['/usr/bin/time', '-v'] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       text=True, errors='replace', env=dict(os.environ, QT_QPA_PLATFORM='offscreen'))
    wall = re.search(r'Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)', p.stderr)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    rss = int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', p.stderr).group(1)) / 1024
    status = re.search(r'Exit status: (\d+)', p.stderr)
    return seconds, rss, int(status.group(1)) if status else -1


def size_of(folder):
    return sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder) if f.endswith('.txt'))


def cell(result):
    seconds, rss, status = result
    failed = '' if status in (0, 2) else f' (exit {status})'
    return f'{seconds:.2f} s, {rss:.0f} MB{failed}'


def main():
    storyweave, work = sys.argv[1], sys.argv[2]
    cases = sys.argv[3:] or DEFAULT_CASES
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    print('| bundle | text | suggest --format json | new --accept-suggestions | export pdf | export odt | '
          'export html |')
    print('|---|---|---|---|---|---|---|')
    rows = []
    for case in cases:
        articles, words = (int(x) for x in case.split('x'))
        folder = os.path.join(work, case)
        subprocess.run([sys.executable, os.path.join(HERE, 'make_bundles.py'), folder, str(articles),
                        str(words)], check=True)
        project = os.path.join(work, case + '.storyweave')
        results = [timed([storyweave, 'suggest', '--format', 'json', folder]),
                   timed([storyweave, 'new', '--accept-suggestions', '-o', project, folder])]
        for fmt in EXPORTS:
            results.append(timed([storyweave, 'export', project, '--format', fmt, '-o',
                                  os.path.join(work, f'{case}.{fmt}')]))
        rows.append((case, articles * words, results))
        print(f'| {articles} × {words} words | {size_of(folder) / 1e6:.2f} MB | '
              + ' | '.join(cell(r) for r in results) + ' |', flush=True)
    print()
    names = ['suggest', 'new --accept-suggestions'] + [f'export {f}' for f in EXPORTS]
    for a, b in zip(rows, rows[1:]):
        if b[1] <= a[1]:
            continue
        growth = ', '.join(f'{n} {rb[0] / max(ra[0], 0.01):.1f}×' for n, ra, rb in zip(names, a[2], b[2]))
        print(f'- {a[0]} → {b[0]} (words ×{b[1] / a[1]:.1f}): {growth}')


if __name__ == '__main__':
    main()

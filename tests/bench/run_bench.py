#!/usr/bin/env python3
"""Runs Storyweave's engine (bench_align), the whole `storyweave analyze --format json` process, dwdiff
and git diff --word-diff on the inputs made by make_inputs.py and prints markdown tables.
Usage: run_bench.py BENCH_ALIGN INPUT_DIR [STORYWEAVE]"""
import json
import os
import re
import subprocess
import sys


def timed(cmd):
    """Runs cmd under /usr/bin/time -v; returns (stdout, seconds, peak MB)."""
    p = subprocess.run(['/usr/bin/time', '-v'] + cmd, capture_output=True, text=True, errors='replace')
    wall = re.search(r'Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)', p.stderr)
    h = int(wall.group(1) or 0)
    seconds = h * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    rss = int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', p.stderr).group(1)) / 1024
    return p.stdout, seconds, rss, p.stderr


def dwdiff(a, b):
    # -s prints "old: 744 words  700 94% common ..." on stderr.
    out, sec, rss, err = timed(['dwdiff', '-s', a, b])
    m = re.search(r'old: (\d+) words\s+(\d+)', err)
    share = int(m.group(2)) / int(m.group(1)) if m and int(m.group(1)) else 0.0
    return sec, rss, share


def git_word_diff(a, b):
    out, sec, rss, _ = timed(['git', 'diff', '--no-index', '--word-diff=porcelain', '--unified=1000000000', a, b])
    common = removed = 0
    started = False
    for line in out.splitlines():
        if line.startswith('@@'):
            started = True
            continue
        if not started or not line:
            continue
        if line[0] == ' ':
            common += len(line[1:].split())
        elif line[0] == '-':
            removed += len(line[1:].split())
    total = common + removed
    return sec, rss, (common / total if total else 0.0)


def storyweave(bench, files, extra=(), repeat=50):
    out, sec, rss, _ = timed([bench, '--repeat', str(repeat)] + list(extra) + files)
    return json.loads(out)


def words(path):
    """Words as the engine counts them (runs of letters and digits, apostrophes inside)."""
    with open(path, encoding='utf-8') as f:
        return len(re.findall(r"[^\W_]+(?:['\u2019][^\W_]+)*", f.read()))


def whole_process(storyweave_bin, files):
    """`storyweave analyze --format json`, output discarded: best wall time of 3 and its peak memory."""
    best = None
    for _ in range(3):
        _, sec, rss, _ = timed([storyweave_bin, 'analyze', '--format', 'json'] + files)
        if best is None or sec < best[0]:
            best = (sec, rss)
    return best


def partial_reuse(bench, inputs, storyweave_bin):
    print()
    print('Partial reuse (about 60 % of the words shared and perturbed, blocks moved, 40 % each side\'s own):')
    print()
    print('| case | Storyweave analysis | matched | `storyweave analyze --format json` (whole process) '
          '| dwdiff | dwdiff matched | git word-diff | git matched |')
    print('|---|---|---|---|---|---|---|---|')
    cpu = {}
    for name in ('100k', '1M'):
        a = f'{inputs}/partial-{name}/a.txt'
        b = f'{inputs}/partial-{name}/b.txt'
        sw = storyweave(bench, [a, b], repeat={'100k': 10, '1M': 3}[name])
        cpu[name] = sw['cpu_seconds']
        whole = whole_process(storyweave_bin, [a, b]) if storyweave_bin else None
        dw = dwdiff(a, b)
        gd = git_word_diff(a, b)
        whole_text = f'{whole[0]:.2f} s, {whole[1]:.0f} MB' if whole else 'not run'
        print(f'| 2 × {name} ({words(a)}+{words(b)} words) | {sw["seconds"] * 1000:.0f} ms '
              f'({sw["cpu_seconds"] * 1000:.0f} ms CPU; first run {sw["first_seconds"] * 1000:.0f} ms), '
              f'{sw["analysis_rss_mb"]:.0f} MB analysis | {sw["matched"] * 100:.1f} % | {whole_text} | '
              f'{dw[0]:.2f} s, {dw[1]:.0f} MB | {dw[2] * 100:.1f} % | {gd[0]:.2f} s, {gd[1]:.0f} MB | '
              f'{gd[2] * 100:.1f} % |')
        print(f'partial {name}: done', file=sys.stderr)
    print()
    print(f'- partial reuse, growth 100k → 1M (best CPU time): {cpu["1M"] / cpu["100k"]:.1f}×')


def main():
    bench, inputs = sys.argv[1], sys.argv[2]
    storyweave_bin = sys.argv[3] if len(sys.argv) > 3 else None
    rows = []
    for name in ('700', '10k', '100k', '1M'):
        a = f'{inputs}/pair-{name}/a.txt'
        b = f'{inputs}/pair-{name}/b.txt'
        sw = storyweave(bench, [a, b], repeat={'100k': 20, '1M': 5}.get(name, 50))
        dw = dwdiff(a, b)
        gd = git_word_diff(a, b)
        rows.append((f'2 × {name} ({words(a)}+{words(b)} words)', sw, dw, gd))
        print(f'{name}: done', file=sys.stderr)

    multi = sorted(os.path.join(f'{inputs}/multi', f) for f in os.listdir(f'{inputs}/multi'))
    sw = storyweave(bench, multi)
    dws = [dwdiff(multi[0], f) for f in multi[1:]]
    gds = [git_word_diff(multi[0], f) for f in multi[1:]]
    agg = lambda xs: (sum(x[0] for x in xs), max(x[1] for x in xs), sum(x[2] for x in xs) / len(xs))
    rows.append((f'10 × 2k ({sum(words(f) for f in multi)} words; other tools: 9 pairs 00↔nn, summed)', sw,
                 agg(dws), agg(gds)))

    a = f'{inputs}/shuffle/a.txt'
    b = f'{inputs}/shuffle/b.txt'
    sw = storyweave(bench, [a, b], ['--moved-spans'])
    with open(f'{inputs}/shuffle/moved.json') as f:
        truth = json.load(f)
    flagged = 0
    for start, end in truth:
        covered = 0
        for s, e in sw['moved_spans']:
            covered += max(0, min(e, end) - max(s, start))
        flagged += 1 if covered * 2 >= end - start else 0
    rows.append((f'shuffle: text vs 10 %-paragraph-shuffled copy ({words(a)} words)', sw, dwdiff(a, b),
                 git_word_diff(a, b)))

    print('| case | Storyweave analysis | Storyweave matched | dwdiff | dwdiff matched | git word-diff | git matched |')
    print('|---|---|---|---|---|---|---|')
    for label, s, d, g in rows:
        print(f'| {label} | {s["seconds"] * 1000:.1f} ms ({s["cpu_seconds"] * 1000:.1f} ms CPU; first run '
              f'{s["first_seconds"] * 1000:.1f} ms), {s["peak_rss_mb"]:.0f} MB peak '
              f'({s["analysis_rss_mb"]:.0f} MB analysis) | {s["matched"] * 100:.1f} % | '
              f'{d[0] * 1000:.0f} ms, {d[1]:.0f} MB | {d[2] * 100:.1f} % | '
              f'{g[0] * 1000:.0f} ms, {g[1]:.0f} MB | {g[2] * 100:.1f} % |')
    t100 = rows[2][1]['cpu_seconds']
    t1m = rows[3][1]['cpu_seconds']
    print()
    f100 = rows[2][1]['first_seconds']
    f1m = rows[3][1]['first_seconds']
    print(f'- growth 100k → 1M (best CPU time): {t1m / t100:.1f}× (first runs: {f1m / f100:.1f}×)')
    print(f'- load average during the run: {os.getloadavg()[0]:.1f}')
    print(f'- shuffle: {sw["matched"] * 100:.2f} % matched, {flagged}/{len(truth)} moved paragraphs flagged '
          f'({flagged / len(truth) * 100:.0f} %)')
    partial_reuse(bench, inputs, storyweave_bin)


if __name__ == '__main__':
    main()

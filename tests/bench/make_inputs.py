#!/usr/bin/env python3
"""Deterministic benchmark inputs for scripts/bench, built from English prose that every Debian 12
machine with Python has: the licence texts of base-files (/usr/share/common-licenses/*) and the
docstrings of Python 3.11's standard library. Neither depends on which other packages are installed,
so two machines get the same inputs. Only prose paragraphs are kept (file lists, copyright lines and
code examples would make a "2 k-word" article several times longer in words than it looks). Words are
counted the way the engine counts them. Writes one paragraph per line.

Cases written to OUTDIR:
  pair-<size>/a.txt, b.txt   b = a with paragraphs moved, sentences dropped/inserted, words substituted
  shuffle/a.txt, b.txt       b = a with 10 % of its paragraphs moved elsewhere; moved.json lists them
  multi/00.txt .. 09.txt     ten 2k-word articles: one original and nine edited copies
  partial-<size>/a.txt, b.txt  partial reuse, as in real bundles: about 60 % of the words are shared
                             paragraphs (b: sentences dropped and inserted, 1 word in 25 substituted in
                             40 % of them, 30 % of blocks of 1-5 paragraphs moved), about 40 % are each
                             side's own text
"""
import ast
import glob
import json
import os
import random
import re
import sys

SEED = 20240611
OPTIONAL_PARTS = ('/test', '/idlelib/', '/tkinter/', '/turtle', '/lib2to3/', '/distutils/', '/ensurepip/',
                  '/venv/', '-packages/')
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
PROSE_WORD = re.compile(r"^[(\"'“‘]?[A-Za-z][A-Za-z'’-]*[.,;:!?)\"'”’]*$")


def count_words(text):
    return len(WORD.findall(text))


def licence_blocks():
    for path in sorted(glob.glob('/usr/share/common-licenses/*')):
        if os.path.islink(path):
            continue
        with open(path, encoding='utf-8', errors='replace') as f:
            yield from re.split(r'\n\s*\n', f.read())


def docstring_blocks():
    for path in sorted(glob.glob('/usr/lib/python3.11/**/*.py', recursive=True)):
        # Parts Debian ships in optional packages (python3-tk, python3-venv, ...) are left out.
        if any(part in path for part in OPTIONAL_PARTS):
            continue
        try:
            with open(path, encoding='utf-8') as f:
                tree = ast.parse(f.read())
        except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                doc = ast.get_docstring(node)
                if doc:
                    yield from re.split(r'\n\s*\n', doc)


def source_paragraphs():
    seen = set()
    paragraphs = []
    for block in list(licence_blocks()) + list(docstring_blocks()):
        words = block.split()
        if len(words) < 12 or sum(1 for w in words if PROSE_WORD.match(w)) < 0.85 * len(words):
            continue
        para = ' '.join(words)
        if para in seen:
            continue
        seen.add(para)
        paragraphs.append(para)
    return paragraphs


def sentences(paragraph):
    return [s for s in re.split(r'(?<=[.!?;:])\s+', paragraph) if s]


class Source:
    def __init__(self, rng):
        self.rng = rng
        self.paragraphs = source_paragraphs()
        self.vocabulary = sorted({w for p in self.paragraphs[:4000] for w in p.split() if w.isalpha()})
        self.pool = [s for p in self.paragraphs[::7] for s in sentences(p) if len(s.split()) >= 6]

    def text(self, n_words):
        """Paragraphs of the source in a seeded order; once used up, they come back with a third of
        their words substituted so that no long run repeats."""
        out = []
        count = 0
        round_ = 0
        while count < n_words:
            order = list(range(len(self.paragraphs)))
            self.rng.shuffle(order)
            for i in order:
                para = self.paragraphs[i]
                if round_ > 0:
                    para = self.substitute(para, 0.35)
                out.append(para)
                count += count_words(para)
                if count >= n_words:
                    break
            round_ += 1
        return out

    def substitute(self, paragraph, rate):
        words = paragraph.split()
        for i in range(len(words)):
            if self.rng.random() < rate:
                words[i] = self.rng.choice(self.vocabulary)
        return ' '.join(words)

    def edit(self, paragraphs, move=0.05, drop=0.02, insert=0.02, subst=0.01):
        edited = []
        for para in paragraphs:
            out = []
            for s in sentences(para):
                if self.rng.random() < drop:
                    continue
                out.append(s)
                if self.rng.random() < insert:
                    out.append(self.rng.choice(self.pool))
            if not out:
                continue
            edited.append(self.substitute(' '.join(out), subst) if subst else ' '.join(out))
        return move_paragraphs(self.rng, edited, move)[0]


def move_paragraphs(rng, paragraphs, share):
    paragraphs = list(paragraphs)
    n = max(1, int(len(paragraphs) * share)) if share > 0 else 0
    chosen = sorted(rng.sample(range(len(paragraphs)), n), reverse=True)
    moved = [paragraphs.pop(i) for i in chosen]
    for para in moved:
        paragraphs.insert(rng.randrange(len(paragraphs) + 1), para)
    return paragraphs, moved


def move_blocks(rng, paragraphs, share):
    """Moves blocks of 1-5 paragraphs, `share` of the blocks, to other places."""
    blocks = []
    i = 0
    while i < len(paragraphs):
        n = rng.randint(1, 5)
        blocks.append(paragraphs[i:i + n])
        i += n
    reordered, _ = move_paragraphs(rng, blocks, share)
    return [p for block in reordered for p in block]


def interleave(rng, shared, own):
    """Both lists keep their order; each own paragraph lands at a random place among the shared ones."""
    slots = sorted(rng.randrange(len(shared) + 1) for _ in own)
    out = []
    j = 0
    for i, para in enumerate(shared + [None]):
        while j < len(slots) and slots[j] == i:
            out.append(own[j])
            j += 1
        if para is not None:
            out.append(para)
    return out


def partial_pair(src, rng, n_words):
    shared = src.text(int(n_words * 0.6))
    own_a = src.text(int(n_words * 0.4))
    own_b = src.text(int(n_words * 0.4))
    edited = []
    for para in shared:
        out = []
        for s in sentences(para):
            if rng.random() < 0.05:
                continue
            out.append(s)
            if rng.random() < 0.05:
                out.append(rng.choice(src.pool))
        if out:
            text = ' '.join(out)
            edited.append(src.substitute(text, 0.04) if rng.random() < 0.4 else text)
    return interleave(rng, shared, own_a), interleave(rng, move_blocks(rng, edited, 0.3), own_b)


def write(path, paragraphs):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(paragraphs))


def main():
    out = sys.argv[1]
    rng = random.Random(SEED)
    src = Source(rng)
    for name, size in (('700', 700), ('10k', 10_000), ('100k', 100_000), ('1M', 1_000_000)):
        a = src.text(size)
        write(f'{out}/pair-{name}/a.txt', a)
        write(f'{out}/pair-{name}/b.txt', src.edit(a))

    a = src.text(20_000)
    b, moved = move_paragraphs(rng, a, 0.10)
    write(f'{out}/shuffle/a.txt', a)
    write(f'{out}/shuffle/b.txt', b)
    text_b = '\n'.join(b)
    ranges = []
    for para in moved:
        start = text_b.index(para)
        ranges.append([start, start + len(para)])
    with open(f'{out}/shuffle/moved.json', 'w') as f:
        json.dump(ranges, f)

    base = src.text(2_000)
    write(f'{out}/multi/00.txt', base)
    for i in range(1, 10):
        write(f'{out}/multi/{i:02d}.txt', src.edit(base, move=0.1, drop=0.05, insert=0.05, subst=0.02))

    # After the older cases, so that their inputs stay the same.
    for name, size in (('100k', 100_000), ('1M', 1_000_000)):
        a, b = partial_pair(src, rng, size)
        write(f'{out}/partial-{name}/a.txt', a)
        write(f'{out}/partial-{name}/b.txt', b)


if __name__ == '__main__':
    main()

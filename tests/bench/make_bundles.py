#!/usr/bin/env python3
"""Deterministic fictional news bundles for the scaling runs of scripts/bench-bundles (suggestions,
`new --accept-suggestions`, report export). Every name, outlet and sentence is invented here; the
sentences are filled from fixed templates with a seeded random generator, so two runs write the same
files.

Usage: make_bundles.py OUTDIR ARTICLES WORDS_PER_ARTICLE
Writes OUTDIR/NN-outlet.txt and OUTDIR/bundle.json. Like a real story covered by many outlets, about a
third of each article is wire copy shared with others (lightly reworded), the rest is its own text; the
number of people, places and organisations grows with the size of the bundle.
"""
import json
import os
import random
import sys

FIRST = ['Maren', 'Tobiah', 'Ilse', 'Corvin', 'Annika', 'Lucan', 'Sefa', 'Odile', 'Bram', 'Yara',
         'Pell', 'Rosalind', 'Teodor', 'Wynne', 'Halvard', 'Iskra', 'Jonah', 'Katrin', 'Lio', 'Mirela',
         'Nils', 'Oona', 'Piet', 'Quilla', 'Rafe', 'Signe', 'Tamsin', 'Ulric', 'Vesna', 'Wolter']
LAST = ['Halvorsen', 'Quist', 'Marlowe', 'Okonjo', 'Vettering', 'Brandtmoor', 'Szalay', 'Ferrand',
        'Aldercott', 'Benedek', 'Castellane', 'Dunmore', 'Eskeland', 'Fairbrook', 'Grimsdal', 'Holloway',
        'Ivers', 'Jessop', 'Kettering', 'Lindgaard', 'Morrow', 'Nyberg', 'Ostrander', 'Pellham',
        'Rasmark', 'Sorensby', 'Thornquist', 'Ulvestad', 'Varga', 'Westerholm']
PLACE_STEMS = ['Avel', 'Brinn', 'Cald', 'Dorr', 'Elm', 'Fenn', 'Gorse', 'Hask', 'Ild', 'Jarn', 'Kell',
               'Lund', 'Mire', 'Nor', 'Ost', 'Pill', 'Rook', 'Sand', 'Tarn', 'Vell']
PLACE_ENDS = ['haven', 'wick', 'by', 'stad', 'mouth', 'ford', 'holm', 'vik', 'bridge', 'moor']
REAL_PLACES = ['Rotterdam', 'Gdansk', 'Tallinn', 'Aberdeen', 'Bergen', 'Kiel', 'Riga', 'Hamburg']
ORG_KINDS = ['Harbour Authority', 'Rescue Service', 'City Council', 'Ferry Company', 'Port Police',
             'Maritime Institute', 'Dockworkers Union', 'Shipping Board']
OUTLET_A = ['Coastal', 'Northern', 'Harbour', 'Evening', 'Morning', 'Island', 'Valley', 'Bay']
OUTLET_B = ['Courier', 'Ledger', 'Wire', 'Post', 'Gazette', 'Herald', 'Bulletin', 'Tribune']

NARRATIVE = [
    'A cargo ship ran aground near {place} early on {day}, blocking the main channel for several hours.',
    'Crews from the {org} worked through the night to pump fuel from the damaged hull.',
    'Residents of {place} said they heard a long grinding noise shortly before dawn.',
    '{person} of the {org} told reporters that no one on board had been hurt.',
    'The ship had left {place2} two days earlier with a load of timber and steel pipes.',
    'Traffic on the coast road to {place} was diverted while tugs were brought in from {place2}.',
    'Officials from the {org} will meet on {day} to decide whether the channel can reopen.',
    'Fishermen in {place} worried that a fuel leak would close the grounds for the rest of the season.',
    'An inquiry led by {person} is expected to report within six weeks.',
    'The vessel, registered in {place2}, was built in the late nineties and changed owners twice.',
    'Divers from {place} inspected the hull and found a gash about four metres long below the waterline.',
    '{person} said the {org} had asked for a second tug after the tide turned.',
    'By the evening a crowd had gathered on the breakwater at {place} to watch the salvage work.',
    'A spokesman for the {org} declined to say how much fuel was still on board.',
    'The harbour master in {place} closed the outer basin to small boats until further notice.',
]
QUOTES = [
    '"We will not reopen the channel until every tank has been checked," said {person} of the {org}.',
    '"The crew did everything right once they realised what had happened," {person} said.',
    '"I have lived in {place} for forty years and never seen a ship this close to the rocks," said {person}.',
    '{person} told the {outlet}: "Our first concern is the water, and our second is the jobs."',
    '"There is no sign of oil on the beaches so far," said {person}, who leads the clean-up in {place}.',
    '"We were lucky with the weather," {person} said. "Another night of wind and the hull would have split."',
]
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def make_pools(rng, total_words):
    scale = max(1, total_words // 4000)
    people = []
    for first in FIRST:
        for last in LAST:
            people.append(f'{first} {last}')
    rng.shuffle(people)
    places = [stem + end for stem in PLACE_STEMS for end in PLACE_ENDS]
    rng.shuffle(places)
    places = REAL_PLACES + places
    orgs = []
    for place in places:
        for kind in ORG_KINDS:
            orgs.append(f'{place} {kind}')
    rng.shuffle(orgs)
    return (people[:min(len(people), 12 + 4 * scale)], places[:min(len(places), 8 + 2 * scale)],
            orgs[:min(len(orgs), 6 + 2 * scale)])


def fill(rng, template, pools, outlet):
    people, places, orgs = pools
    return template.format(person=rng.choice(people), place=rng.choice(places), place2=rng.choice(places),
                           org=rng.choice(orgs), day=rng.choice(DAYS), outlet=outlet)


def sentence(rng, pools, outlet):
    if rng.random() < 0.2:
        return fill(rng, rng.choice(QUOTES), pools, outlet)
    return fill(rng, rng.choice(NARRATIVE), pools, outlet)


def main():
    outdir, articles, words = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(20261130 + articles * 7919 + words)
    pools = make_pools(rng, articles * words)
    wire = [sentence(rng, pools, 'wire') for _ in range(max(20, words // 40))]
    os.makedirs(outdir, exist_ok=True)
    entries = []
    for n in range(articles):
        outlet = f'{OUTLET_A[n % len(OUTLET_A)]} {OUTLET_B[(n // len(OUTLET_A)) % len(OUTLET_B)]}'
        if n >= len(OUTLET_A) * len(OUTLET_B):
            outlet += f' {n // (len(OUTLET_A) * len(OUTLET_B)) + 1}'
        paragraphs = [f'Ship aground off {pools[1][0]} closes channel ({outlet})']
        count = 0
        while count < words:
            para = []
            for _ in range(rng.randint(2, 4)):
                s = rng.choice(wire) if rng.random() < 0.35 else sentence(rng, pools, outlet)
                para.append(s)
                count += len(s.split())
            paragraphs.append(' '.join(para))
        name = f'{n + 1:03d}-{outlet.lower().replace(" ", "-")}.txt'
        with open(os.path.join(outdir, name), 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(paragraphs) + '\n')
        entries.append({'file': name, 'outlet': outlet,
                        'url': f'https://{outlet.lower().replace(" ", "")}.example/{n + 1}',
                        'published': f'2026-03-{1 + n % 28:02d}T08:00:00+01:00'})
    with open(os.path.join(outdir, 'bundle.json'), 'w', encoding='utf-8') as f:
        json.dump({'title': 'Ship aground', 'articles': entries}, f, indent=2)


if __name__ == '__main__':
    main()

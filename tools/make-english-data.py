#!/usr/bin/env python3
"""Converts PETRARCH2's English dictionaries (MIT licence, Open Event Data Alliance) into Depesche's data formats.

usage: tools/make-english-data.py [DICTIONARY_DIR] [OUT_DIR]
  DICTIONARY_DIR  PETRARCH2's dictionaries (default ../shared/petrarch/dictionaries)
  OUT_DIR         the English data folder (default src/main/resources/depesche/en)

Writes, each with the source and the MIT licence in its header:
  verbs/patterns.yaml     from CAMEO.2.0.txt: synonym sets become word lists, each verb of a block with a code
                          becomes a bare pattern, each "- * OBJECT (PREP NOUN) [code]" line a pattern with an
                          object and a required preposition; lines coded [---] become exceptions of the bare verb
  actors/countries.yaml   from Phoenix.Countries.actors.txt: the countries (3-letter codes) with their synonyms
  actors/institutions.yaml  national institutions (country + sector codes) of the same file
  actors/people.yaml      people with their dated roles (YYMMDD ranges made ISO and closed where open)
  actors/organisations.yaml  international, non-state and militant groups (Phoenix.International and
                          Phoenix.MilNonState); their CAMEO codes are kept as keys, but for the organisations
                          Depesche's German files already know (UN, EU, NATO, ...), whose keys are used
  actors/roles.yaml       from Phoenix.agents.txt: role words and the sector they give

Hand-written English files (patterns-extra.yaml, speech cues, modality, ...) are not touched. PETRARCH's own
patterns are kept as they are; where they are too narrow, verbs/patterns-extra.yaml adds to them (it is read first).
"""
import collections
import os
import re
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else '../shared/petrarch/dictionaries'
OUT = sys.argv[2] if len(sys.argv) > 2 else 'src/main/resources/depesche/en'

MIT = """# Converted by tools/make-english-data.py from PETRARCH2's dictionary {src}
# (https://github.com/openeventdata/petrarch2, data/dictionaries), MIT licence:
#   Copyright (c) 2015 Open Event Data Alliance
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
#   documentation files (the "Software"), to deal in the Software without restriction, including without limitation
#   the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and
#   to permit persons to whom the Software is furnished to do so, subject to the following conditions:
#   The above copyright notice and this permission notice shall be included in all copies or substantial portions
#   of the Software.
#   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO
#   THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
#   AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
#   CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
#   DEALINGS IN THE SOFTWARE.
# Do not edit by hand: change the converter or the hand-written files beside this one, and run it again.
"""

# Particles that UD attaches as compound:prt; the English annotator joins them to the verb's lemma ("call off").
PARTICLES = {'up', 'down', 'off', 'out', 'over', 'back', 'away', 'apart', 'aside'}
# Depesche's keys for international organisations that its German files already name, by CAMEO code.
ORG_KEYS = {'IGOUNO': 'UN', 'IGOEUREEC': 'EU', 'IGOWSTNAT': 'NATO', 'IGOAFRAU': 'AU', 'IGOARBARL': 'ARL',
            'IGOOPC': 'OPEC', 'IGOWBK': 'WB', 'IGOIMF': 'IMF', 'IGOUNOIAE': 'IAEA', 'IGOUNOWHO': 'WHO',
            'IGOWTO': 'WTO', 'IGOEUROSC': 'OSCE', 'IGOCOE': 'COE', 'IGOGCC': 'GCC', 'IGOOAS': 'OAS',
            'IGOOIC': 'OIC', 'IGOSEAASN': 'ASEAN', 'NGOHRIAMN': 'AMN', 'NGOHRIHRW': 'HRW'}


def q(s):
    """A YAML scalar: quoted where it could be read as something else."""
    if re.fullmatch(r"[A-Za-z][A-Za-z .'&-]*[A-Za-z.]|[A-Za-z]", s) and s.lower() not in (
            'yes', 'no', 'on', 'off', 'true', 'false', 'null', 'y', 'n'):
        return s
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def flow(items):
    return '[' + ', '.join(q(i) for i in items) + ']'


ABBREVIATIONS = {'US', 'USA', 'UAE', 'UK', 'UN', 'EU', 'AU', 'DRC', 'PLO', 'IRA', 'ETA', 'PKK', 'FBI', 'CIA', 'KGB'}
SMALL = {'of', 'the', 'and', 'for', 'de', 'del', 'la', 'le', 'du', 'des', 'van', 'von', 'der', 'al', 'el', 'bin',
         'in', 'on', 'to', 'y', 'da', 'do', 'dos', 'das'}


def name_case(name):
    """A name as news prints it: "UNITED STATES OF AMERICA" is "United States of America", "U.S." and "UN" stay.
    Depesche matches words of four letters or more in any case, shorter ones only as written."""
    out = []
    words = name.split(' ')
    for i, w in enumerate(words):
        lw = w.lower()
        short = len(w) <= 3 and lw not in SMALL
        if '.' in w or short and (len(words) == 1 or w in ABBREVIATIONS or not re.search('[aeiou]', lw)):
            out.append(w)
        elif lw in SMALL and i > 0:
            out.append(lw)
        else:
            out.append('-'.join(p[:1].upper() + p[1:] for p in lw.split('-')))
    return ' '.join(out)


def words_of(phrase):
    """PETRARCH writes words joined by '_' and marks 'no plural' by a trailing '_'."""
    return ' '.join(w for w in phrase.strip().strip('+').split('_') if w)


def strip_comment(line):
    return line.split('#', 1)[0].rstrip()


# ---------------------------------------------------------------- verbs

def read_verbs(path):
    synsets = collections.OrderedDict()
    blocks = []
    current_set = None
    block = None
    in_patterns = False
    for raw in open(path, encoding='utf-8', errors='replace'):
        line = strip_comment(raw)
        if 'VERB PATTERNS' in raw:
            in_patterns = True
            current_set = None
            continue
        if not line.strip():
            continue
        if not in_patterns:
            if line.startswith('&'):
                current_set = line[1:].strip()
                synsets[current_set] = []
            elif line.startswith('+') and current_set:
                synsets[current_set].append(words_of(line))
            continue
        m = re.match(r'^---\s+(\S.*?)\s+\[([^\]]*)\]\s+---', line)
        if m:
            block = {'name': m.group(1), 'code': m.group(2).strip(), 'verbs': [], 'patterns': []}
            blocks.append(block)
            continue
        if block is None:
            continue
        if line.startswith('-'):
            pm = re.match(r'^-\s*(.*?)\s*\[([^\]]*)\]\s*$', line)
            if pm:
                block['patterns'].append((pm.group(1), pm.group(2).strip()))
            continue
        vm = re.match(r'^(\+?[A-Z][A-Z_\-\.\']*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?', line.strip())
        if vm:
            code = vm.group(3)[1:-1].strip() if vm.group(3) else None
            block['verbs'].append((vm.group(1).lstrip('+').strip('_'), code))
    return synsets, blocks


ONTOLOGY = 'src/main/resources/depesche/ontology/cameo.tsv'
KNOWN_CODES = {l.split('\t')[0] for l in open(ONTOLOGY, encoding='utf-8') if l[:1].isdigit()}


def cameo(code):
    """The source-to-target code of a PETRARCH code ("042:043" is a visit made and one hosted): the first part;
    a code CAMEO's codebook lacks (a few of PETRARCH2's, such as 176) falls back to its root's."""
    first = code.split(':')[0].strip()
    if not re.fullmatch(r'\d{2,4}', first):
        return None
    for c in (first, first[:3], first[:2] + '0', first[:2]):
        if c in KNOWN_CODES:
            return c
    return None


def list_name(synset):
    name = re.sub(r'[^A-Z_]', '', synset.upper().replace('1', '_ONE').replace('2', '_TWO').replace('3', '_THREE'))
    return name.strip('_') or 'SET'


def verb_lemma(verb):
    """A PETRARCH verb and its preposition: "CALL_OFF" is the lemma "call off", "ASK_FOR" is "ask" + for."""
    parts = verb.lower().split('_')
    if len(parts) == 2 and parts[1] in PARTICLES:
        return parts[0] + ' ' + parts[1], None
    if len(parts) == 2 and re.fullmatch(r'[a-z]+', parts[1]) and parts[1] in PREPOSITIONS:
        return parts[0], parts[1]
    if len(parts) == 1:
        return parts[0], None
    return None, None


FUNCTION_WORDS = {'the', 'a', 'an', 'and', 'or', 'not', 'its', 'their', 'his', 'her', 'that', 'this', 'it', 'as'}
PREPOSITIONS = {'for', 'to', 'with', 'against', 'on', 'into', 'at', 'from', 'about', 'of', 'in', 'upon', 'over',
                'across', 'through', 'toward', 'towards', 'by'}


def object_words(tokens, names):
    """The words a PETRARCH object phrase may end with: a word, a {MULTI WORD} phrase (its last word), a &SET."""
    out = []
    for t in tokens:
        if t.startswith('&'):
            n = list_name(t[1:].strip('_'))
            if n in names:
                out.append(n)
        else:
            w = words_of(t).split(' ')[-1].lower()
            if re.fullmatch(r"[a-z][a-z\-']*", w) and w not in PREPOSITIONS and w not in FUNCTION_WORDS:
                out.append(w)
    return out


def parse_pattern(text, names):
    """A PETRARCH pattern after its '-': words before '*' (then None: Depesche reads subjects by role), the object
    words right after the verb, and the prepositions of the phrases in parentheses."""
    text = re.sub(r'[$+%^]', ' ', text)
    if '*' not in text:
        return None
    before, after = text.split('*', 1)
    if before.strip():
        return None
    # {MULTI WORD} phrases are one token: take them whole
    tokens = re.findall(r'\([^)]*\)|\{[^}]*\}|\S+', after)
    objects, preps, pp_nouns = [], [], []
    for t in tokens:
        if t.startswith('('):
            inner = re.findall(r'\{[^}]*\}|\S+', t[1:-1])
            if not inner:
                continue
            prep = inner[0].lower()
            if prep in PREPOSITIONS:
                preps.append(prep)
                pp_nouns.extend(object_words([x.strip('{}').split()[-1] if x.startswith('{') else x
                                              for x in inner[1:]], names)[-1:])
        elif t.startswith('{'):
            objects.extend(object_words([t.strip('{}').split()[-1]], names))
        else:
            objects.extend(object_words([t], names))
    # The object a pattern asks for is its head: the last word before any phrase ("* POLICE (TO BORDER)")
    objects = objects[-1:]
    if not objects and pp_nouns:
        objects = pp_nouns[:1]
    return objects, preps[:1]


def write_patterns(synsets, blocks, path):
    names = {}
    for s, members in synsets.items():
        ws = sorted({m.split(' ')[-1].lower() for m in members if re.fullmatch(r"[a-z][a-z\-']*",
                                                                            m.split(' ')[-1].lower())})
        if ws:
            names[list_name(s)] = ws
    out = [MIT.format(src='CAMEO.2.0.txt'),
           '# English verb patterns in the format of de/verbs/patterns.yaml (see there for the keys).',
           '# Source and target: subject, then object, then the object of "to", "with", "against", "on"; a '
           'pattern that', '# PETRARCH wrote with a prepositional phrase requires that phrase (requires: [obl:P]).',
           '', 'defaults:', '  target: [%s]' % ', '.join(target_roles([])), '', 'lists:']
    for n, ws in names.items():
        out.append('  %s: %s' % (n, flow(ws)))
    out.append('')
    out.append('patterns:')
    count = 0
    seen = set()
    for b in blocks:
        default = cameo(b['code'])
        out.append('# ---- %s [%s]' % (b['name'], b['code']))
        for verb, own in b['verbs']:
            lemma, prep = verb_lemma(verb)
            if not lemma or not re.fullmatch(r"[a-z][a-z\-' ]*", lemma):
                continue
            excepts = []
            conditioned = []
            for text, code in b['patterns']:
                parsed = parse_pattern(text, names)
                if parsed is None:
                    continue
                objects, preps = parsed
                c = cameo(code)
                if code.strip() == '---' and objects and not preps:
                    excepts.extend(o for o in objects if o not in names)
                    continue
                if c is None or (not objects and not preps):
                    continue
                conditioned.append((objects, preps, c))
            for objects, preps, c in conditioned:
                key = (lemma, tuple(objects), tuple(preps), prep, c)
                if key in seen:
                    continue
                seen.add(key)
                e = ['- verb: %s' % q(lemma)]
                if objects:
                    e.append('  object: %s' % flow(objects))
                req = preps or ([prep] if prep else [])
                if req:
                    e.append('  requires: [%s]' % ', '.join('obl:' + p for p in req))
                e.append('  cameo: "%s"' % c)
                if target_roles(req) != target_roles([]):
                    e.append('  target: [%s]' % ', '.join(target_roles(req)))
                out.extend(e)
                count += 1
            code = cameo(own) if own else default
            if code and (lemma, prep, code) not in seen:
                seen.add((lemma, prep, code))
                e = ['- verb: %s' % q(lemma)]
                if prep:
                    e.append('  requires: [obl:%s]' % prep)
                if excepts:
                    e.append('  except: %s' % flow(sorted(set(excepts))))
                e.append('  cameo: "%s"' % code)
                if prep and target_roles([prep]) != target_roles([]):
                    e.append('  target: [%s]' % ', '.join(target_roles([prep])))
                out.extend(e)
                count += 1
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    return count


def target_roles(preps):
    roles = ['obl:' + p for p in preps if p not in ('by', 'of', 'in', 'for', 'about', 'over')]
    for r in ['obj', 'iobj', 'obl:to', 'obl:with', 'obl:against', 'obl:on']:
        if r not in roles:
            roles.append(r)
    return roles


# ---------------------------------------------------------------- actors

def read_actors(path):
    """PETRARCH actor entries: name, synonyms, role codes with date ranges."""
    entries = []
    cur = None
    for raw in open(path, encoding='utf-8', errors='replace'):
        if raw.lstrip().startswith('#') or raw.startswith('<!--'):
            continue
        line = strip_comment(raw)
        if not line.strip():
            continue
        codes = re.findall(r'\[([^\]]*)\]', line)
        head = re.sub(r'\[[^\]]*\]', '', line).strip()
        if line[0] in ' \t' and not head:
            if cur:
                cur['roles'].extend(codes)
            continue
        if head.startswith('+'):
            if cur:
                cur['names'].extend(words_of(n) for n in head.split('+') if n.strip())
                cur['roles'].extend(codes)
            continue
        if line[0] in ' \t':
            continue
        cur = {'names': [words_of(head)], 'roles': list(codes)}
        entries.append(cur)
    for e in entries:
        # a few names carry broken bytes (control characters) in the source: they are left out
        e['names'] = [name_case(n) for n in dict.fromkeys(e['names'])
                      if n and re.search('[A-Za-z]', n) and not re.search('[\x00-\x1f\x7f-\x9f\ufffd]', n)]
    return [e for e in entries if e['names'] and e['roles']]


def iso_date(s):
    s = s.strip()
    if not re.fullmatch(r'\d{6}|\d{8}', s):
        return None
    if len(s) == 6:
        yy = int(s[:2])
        s = ('20' if yy <= 30 else '19') + s
    y, m, d = int(s[:4]), int(s[4:6]), int(s[6:8])
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    d = min(d, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return '%04d-%02d-%02d' % (y, m, d)


def role(code_text):
    """'USAGOV 010120-090120' -> (code, from, until); an open range stays open; a malformed date drops the role."""
    parts = code_text.split()
    if not parts:
        return None
    code = parts[0].lstrip('~')
    frm = until = None
    if len(parts) > 1:
        r = parts[1]
        if r.startswith('>'):
            frm = iso_date(r[1:])
            if frm is None:
                return None
        elif r.startswith('<'):
            until = iso_date(r[1:])
            if until is None:
                return None
        elif '-' in r:
            a, b = r.split('-', 1)
            frm, until = iso_date(a), iso_date(b)
            if frm is None or until is None:
                return None
        else:
            return None
    return code, frm, until


def split_code(code, countries):
    """A CAMEO actor code as Depesche's country, organisation and sector."""
    code = code.upper()
    if code[:3] in countries:
        return code[:3], None, (code[3:6] or None)
    for n in (9, 6):
        if code[:n] in ORG_KEYS:
            return None, ORG_KEYS[code[:n]], (code[n:n + 3] or None)
    return None, code, None


def adjective_like(name, country_name):
    w = name.lower()
    return (' ' not in w and w != country_name.lower()
            and re.search(r'(an|ese|ish|ian|i|ic|ch|ean|ot|ite)$', w) is not None)


def write_actors(countries_path, international_paths, out_dir):
    country_entries = read_actors(countries_path)
    codes = set()
    for e in country_entries:
        for r in e['roles']:
            c = role(r)
            if c and re.fullmatch(r'[A-Z]{3}', c[0]):
                codes.add(c[0])
    countries = collections.OrderedDict()
    institutions = []
    people = []
    orgs = []
    ids = collections.Counter()
    for e in country_entries + [x for p in international_paths for x in read_actors(p)]:
        roles = [r for r in (role(x) for x in e['roles']) if r]
        if not roles:
            continue
        undated = [r for r in roles if r[1] is None and r[2] is None]
        dated = [r for r in roles if r[1] or r[2]]
        if not dated and len(undated) == 1:
            code = undated[0][0]
            if re.fullmatch(r'[A-Z]{3}', code) and code in codes:
                c = countries.setdefault(code, {'names': [], 'adjectives': []})
                for n in e['names']:
                    (c['adjectives'] if adjective_like(n, e['names'][0]) else c['names']).append(n)
                continue
            country, org, sector = split_code(code, codes)
            if country and not org:
                institutions.append((country, sector or 'GOV', e['names']))
            else:
                orgs.append((org, country, sector, e['names']))
            continue
        # a person (or an office) with dated roles
        base = re.sub(r'[^a-z0-9]+', '-', e['names'][0].lower()).strip('-')
        ids[base] += 1
        pid = base if ids[base] == 1 else '%s-%d' % (base, ids[base])
        terms = []
        home = None
        for code, frm, until in roles:
            country, org, sector = split_code(code, codes)
            if code == 'ELI':
                sector = 'ELI'
            home = home or country
            terms.append((country, org, sector, frm or ('1900-01-01' if not until else None), until))
        people.append((pid, e['names'], home, terms))
    header_c = MIT.format(src='Phoenix.Countries.actors.txt')
    with open(os.path.join(out_dir, 'countries.yaml'), 'w', encoding='utf-8') as f:
        f.write(header_c + '# Countries: names (with the towns and provinces PETRARCH codes as the country) and '
                'adjectives.\n')
        for code, c in countries.items():
            names = list(dict.fromkeys(c['names']))
            adjs = list(dict.fromkeys(c['adjectives']))
            f.write('- code: %s\n  names: %s\n  adjectives: %s\n' % (code, flow(names), flow(adjs)))
    with open(os.path.join(out_dir, 'institutions.yaml'), 'w', encoding='utf-8') as f:
        f.write(header_c + '# National institutions: country and sector from the CAMEO code.\n')
        for country, sector, names in institutions:
            f.write('- country: %s\n  sector: %s\n  names: %s\n' % (country, sector, flow(names)))
    with open(os.path.join(out_dir, 'organisations.yaml'), 'w', encoding='utf-8') as f:
        f.write(MIT.format(src='Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt')
                + '# International organisations and non-state groups: the CAMEO code as key, but Depesche\'s own '
                  'keys for\n# the organisations its German files name (UN, EU, NATO, ...).\n')
        for org, country, sector, names in orgs:
            f.write('- key: %s\n' % q(org))
            if country:
                f.write('  country: %s\n' % country)
            if sector:
                f.write('  sector: %s\n' % sector)
            f.write('  names: %s\n' % flow(names))
    with open(os.path.join(out_dir, 'people.yaml'), 'w', encoding='utf-8') as f:
        f.write(MIT.format(src='Phoenix.Countries.actors.txt, Phoenix.International.actors.txt')
                + '# People with dated roles. Two-digit years up to 30 are read as 20xx, later ones as 19xx; a '
                  'role\n# without dates holds from 1900-01-01, so an undated elite role is the default.\n')
        for pid, names, home, terms in people:
            f.write('- id: %s\n  names: %s\n' % (q(pid), flow(names)))
            if home:
                f.write('  country: %s\n' % home)
            f.write('  roles:\n')
            for country, org, sector, frm, until in terms:
                fields = []
                if sector:
                    fields.append('sector: %s' % sector)
                if org:
                    fields.append('org: %s' % q(org))
                if country and country != home:
                    fields.append('country: %s' % country)
                fields.append('from: %s' % (frm or 'null'))
                fields.append('until: %s' % (until or 'null'))
                f.write('    - {%s}\n' % ', '.join(fields))
    return len(countries), len(institutions), len(orgs), len(people)


# ---------------------------------------------------------------- agents

PERSON_ENDINGS = re.compile(r'(ent|er|or|ian|man|woman|ist|king|queen|chief|head|leader|general|envoy|premier|'
                            r'ambassador|official|officer|governor|mayor|spokesperson|secretary|prince|emir|sultan|'
                            r'judge|colonel|commander|diplomat|delegate)$')


def plural(w):
    if re.search(r'(s|x|ch|sh)$', w):
        return w + 'es'
    if re.search(r'[^aeiou]y$', w):
        return w[:-1] + 'ies'
    if w.endswith('man'):
        return w[:-3] + 'men'
    return w + 's'


def write_roles(path, out_path):
    subs = {}
    by_word = collections.OrderedDict()
    heads = collections.defaultdict(collections.Counter)
    for raw in open(path, encoding='utf-8', errors='replace'):
        line = strip_comment(raw).strip()
        m = re.match(r'^(!\w+!)\s*=\s*(.*)$', line)
        if m:
            subs[m.group(1)] = [x.strip() for x in m.group(2).split(',') if x.strip()]
            continue
        m = re.match(r'^(\S+?)\s*(\{[^}]*\})?\s*\[~([A-Z]{3})', line)
        if not m:
            continue
        word, no_plural, sector = m.group(1), m.group(2) is not None, m.group(3)
        forms = [word]
        for k, vals in subs.items():
            if k in word:
                forms = [word.replace(k, '_' + v if not word.startswith(k) else v) for v in vals]
        for fw in forms:
            ws = [w for w in fw.lower().split('_') if w]
            if not ws or not all(re.fullmatch(r"[a-z][a-z\-'.]*", w) for w in ws):
                continue
            variants = [ws[-1]] + ([] if no_plural or fw.endswith('_') else [plural(ws[-1])])
            if len(ws) == 1:
                for v in variants:
                    by_word.setdefault(v, sector)
            else:
                for v in variants:
                    heads[v][sector] += 1
    # A multi-word agent's head counts alone only where no one-word agent has it and its phrases agree on a sector.
    for head, sectors in heads.items():
        if head not in by_word and len(sectors) == 1 and sum(sectors.values()) >= 3:
            by_word[head] = next(iter(sectors))
    groups = collections.OrderedDict()
    for w, sector in by_word.items():
        person = bool(PERSON_ENDINGS.search(w)) and not w.endswith('s')
        groups.setdefault((sector, person), []).append(w)
    with open(out_path, 'w', encoding='utf-8') as f:
        f.write(MIT.format(src='Phoenix.agents.txt') + '# Role words and the sector they give, in the format of '
                'de/actors/roles.yaml; a multi-word agent counts by its\n# last word where no one-word agent '
                'has it and its phrases agree. Plurals are added as PETRARCH adds them.\n')
        for (sector, person), ws in groups.items():
            f.write('- sector: %s\n  person: %s\n  words: %s\n' % (sector, 'true' if person else 'false', flow(ws)))
    return len(by_word)


def main():
    os.makedirs(os.path.join(OUT, 'verbs'), exist_ok=True)
    os.makedirs(os.path.join(OUT, 'actors'), exist_ok=True)
    synsets, blocks = read_verbs(os.path.join(SRC, 'CAMEO.2.0.txt'))
    n = write_patterns(synsets, blocks, os.path.join(OUT, 'verbs', 'patterns-petrarch.yaml'))
    print('patterns: %d from %d verb blocks' % (n, len(blocks)))
    counts = write_actors(os.path.join(SRC, 'Phoenix.Countries.actors.txt'),
                          [os.path.join(SRC, 'Phoenix.International.actors.txt'),
                           os.path.join(SRC, 'Phoenix.MilNonState.actors.txt')], os.path.join(OUT, 'actors'))
    print('countries %d, institutions %d, organisations %d, people %d' % counts)
    print('role words: %d' % write_roles(os.path.join(SRC, 'Phoenix.agents.txt'),
                                          os.path.join(OUT, 'actors', 'roles.yaml')))


if __name__ == '__main__':
    main()

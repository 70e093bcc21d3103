#!/usr/bin/env python3
"""Runs PETRARCH2 (../shared/peers/run-petrarch2.sh) and Depesche on the same English sentences in one run and
prints both scores side by side.

usage: tools/compare-petrarch.py plover|unittest [--shared DIR] [--keep DIR] [--depesche-only]
  plover    ../shared/events/plover_gsr_en: 322 sentences with a gold PLOVER type (PLOVER 0.5, 2016) and gold
            actors; an event's CAMEO code is turned into that PLOVER type by tools/cameo-plover-gsr.tsv
  unittest  ../shared/petrarch/text/PETR.UnitTest.records.xml: PETRARCH's unit-test records with gold CAMEO triples;
            PETRARCH2 reads the records' parses with its validation dictionaries; Depesche reads the text, with the
            validation actors and agents converted into an --actors file (they are fictional: Arnor, Gondor, ...)

Scores, per coder:
  type hit        sentences where an event has the gold type (plover: PLOVER type; unittest: CAMEO code)
  root match      sentences where an event has a gold CAMEO root (unittest) / the gold type (plover)
  exact triple    precision and recall of (source, target, code) triples (plover: code = PLOVER type, actors
                  as gold's code + sector)
  actor pair      sentences where an event has the gold source and target countries (first three letters)
  no event        sentences without any event
  time            wall time per sentence, the coder's start-up included (PETRARCH2's CoreNLP parse for plover)
Build Depesche first (target/depesche.jar, target/classpath.txt; see README).
"""
import argparse
import html
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BUILD = os.path.join(ROOT, 'target')


def load_plover(shared):
    recs = json.load(open(os.path.join(shared, 'events/plover_gsr_en/PLOVER_GSR_CAMEO.txt'), encoding='utf-8'))
    out = []
    for r in recs:
        if r.get('event') == 'DOCUMENT' or not r.get('text'):
            continue
        def codes(side):
            v = r.get(side) or []
            return [a['code'] + a.get('sector', '') for a in v if isinstance(a, dict) and a.get('code')]
        out.append({'id': r['id'], 'date': '20000101', 'text': ' '.join(r['text'].split()),
                    'type': r['event'], 'sources': codes('source'), 'targets': codes('target')})
    return out


def attrs(s):
    return dict(re.findall(r'''(\w+)\s*=\s*["']([^"']*)["']''', s))


def load_unittest(path):
    raw = re.sub(r'<!--.*?-->', '', open(path, encoding='utf-8').read(), flags=re.S)
    out = []
    for head, body in re.findall(r'<Sentence\b([^>]*)>(.*?)</Sentence>', raw, flags=re.S):
        a = attrs(head)
        text = re.search(r'<Text>(.*?)</Text>', body, flags=re.S)
        codings = [attrs(x) for x in re.findall(r'<EventCoding\b([^>]*)>', body)]
        # the same records PETRARCH2's harness scores: with a parse and no error coding
        if not text or '<Parse>' not in body or any('error' in c for c in codings):
            continue
        gold = sorted({(c.get('sourcecode', ''), c.get('targetcode', ''), c.get('eventcode', ''))
                       for c in codings if 'eventcode' in c})
        out.append({'id': a.get('id'), 'date': a.get('date', '20000101'),
                    'text': html.unescape(' '.join(text.group(1).split())), 'gold': gold})
    return out


def plover_map():
    m = {}
    for line in open(os.path.join(HERE, 'cameo-plover-gsr.tsv'), encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            prefix, t = line.split('\t')[:2]
            m[prefix] = t.strip()
    return m


def plover_type(code, m):
    for n in range(len(code), 1, -1):
        if code[:n] in m:
            return m[code[:n]]
    return None


def run_petrarch(shared, sents, xml, work, dicts):
    out = os.path.join(work, 'petrarch2.jsonl')
    if xml:
        inp = xml
    else:
        inp = os.path.join(work, 'petrarch2-in.jsonl')
        with open(inp, 'w', encoding='utf-8') as f:
            for s in sents:
                f.write(json.dumps({'id': s['id'], 'date': s['date'], 'text': s['text']}) + '\n')
    t = time.time()
    subprocess.run([os.path.join(shared, 'peers/run-petrarch2.sh'), inp, out, dicts], check=True,
                   stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, 'petrarch2.log'), 'w'))
    secs = time.time() - t
    got = {}
    for line in open(out, encoding='utf-8'):
        r = json.loads(line)
        got[r['id']] = [tuple(e) for e in r.get('petrarch2') or []]
    return got, secs


def validation_actors(shared, path):
    """PETRARCH's validation actors and agents as a Depesche --actors file (converted as the bundled ones are)."""
    spec = importlib.util.spec_from_file_location('conv', os.path.join(HERE, 'make-english-data.py'))
    conv = importlib.util.module_from_spec(spec)
    sys.argv = sys.argv[:1]
    spec.loader.exec_module(conv)
    d = os.path.join(shared, 'petrarch/dictionaries')
    tmp = tempfile.mkdtemp(prefix='depesche-validate-')
    conv.write_actors(os.path.join(d, 'PETR.Validate.actors.txt'), [], tmp)
    conv.write_roles(os.path.join(d, 'PETR.Validate.agents.txt'), os.path.join(tmp, 'roles.yaml'))
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# PETRARCH\'s validation actors and agents (MIT), converted by tools/make-english-data.py\n')
        for key, name in (('countries', 'countries.yaml'), ('institutions', 'institutions.yaml'),
                          ('organisations', 'organisations.yaml'), ('people', 'people.yaml'),
                          ('roles', 'roles.yaml')):
            body = [l for l in open(os.path.join(tmp, name), encoding='utf-8') if not l.startswith('#')]
            f.write(key + ':\n' + ''.join('  ' + l for l in body if l.strip()) + ('\n' if body else ' []\n'))


def run_depesche(sents, work, actors):
    inp = os.path.join(work, 'depesche-in.jsonl')
    with open(inp, 'w', encoding='utf-8') as f:
        for s in sents:
            d = s['date']
            f.write(json.dumps({'id': s['id'], 'title': '', 'date': '%s-%s-%s' % (d[:4], d[4:6], d[6:8]),
                                'lang': 'en', 'text': s['text']}) + '\n')
    out = os.path.join(work, 'depesche.jsonl')
    cp = os.path.join(BUILD, 'depesche.jar') + ':' + open(os.path.join(BUILD, 'classpath.txt')).read().strip()
    cmd = ['java', '-Xmx6g', '-cp', cp, 'org.depesche.cli.Main', 'code', '--lang', 'en', '-o', out]
    if actors:
        cmd += ['--actors', actors]
    t = time.time()
    log = os.path.join(work, 'depesche.log')
    done = subprocess.run(cmd + [inp], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=open(log, 'w'))
    if done.returncode not in (0, 3):  # 3: some articles could not be coded; they count as without events
        sys.exit('depesche failed (exit %d): %s' % (done.returncode, open(log).read()[-2000:]))
    secs = time.time() - t
    got = {s['id']: [] for s in sents}
    for line in open(out, encoding='utf-8'):
        e = json.loads(line)
        got[e['article']['id']].append(((e['source'] or {}).get('code') or '', (e['target'] or {}).get('code') or '',
                                        e['event']['cameo']))
    return got, secs


def score_plover(sents, got, m):
    n = len(sents)
    hit = pair = none = tp = npred = ngold = 0
    for s in sents:
        events = got.get(s['id'], [])
        none += not events
        types = {plover_type(c, m) for _, _, c in events}
        hit += s['type'] in types
        gold = {(a, b, s['type']) for a in s['sources'] for b in s['targets'] or ['']}
        pred = {(a, b, plover_type(c, m)) for a, b, c in events}
        tp += len(gold & pred)
        npred += len(pred)
        ngold += len(gold)
        pair += any(a[:3] in {x[:3] for x in s['sources']} and b[:3] in {x[:3] for x in s['targets']}
                    for a, b, _ in events)
    return {'type hit': (hit, n), 'exact P': tp / max(npred, 1), 'exact R': tp / max(ngold, 1),
            'actor pair': (pair, n), 'no event': (none, n)}


def score_unittest(sents, got):
    n = len(sents)
    hit = root = pair = none = tp = npred = ngold = 0
    for s in sents:
        events = set(got.get(s['id'], []))
        gold = set(s['gold'])
        none += not events
        tp += len(gold & events)
        npred += len(events)
        ngold += len(gold)
        hit += bool({c for _, _, c in gold} & {c for _, _, c in events})
        root += bool({c[:2] for _, _, c in gold} & {c[:2] for _, _, c in events})
        pair += bool({(a, b) for a, b, _ in gold} & {(a, b) for a, b, _ in events})
    return {'exact P': tp / max(npred, 1), 'exact R': tp / max(ngold, 1), 'type hit': (hit, n),
            'root match': (root, n), 'actor pair': (pair, n), 'no event': (none, n)}


def fmt(v):
    if isinstance(v, tuple):
        return '%d/%d (%.1f%%)' % (v[0], v[1], 100.0 * v[0] / max(v[1], 1))
    return '%.3f' % v


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('set', choices=['plover', 'unittest'])
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--keep', help='keep both coders\' inputs and outputs in this folder')
    ap.add_argument('--build', default=os.path.join(ROOT, 'target'),
                    help='folder with depesche.jar and classpath.txt (default: target)')
    ap.add_argument('--depesche-only', action='store_true', help='skip PETRARCH2 (for quick checks only)')
    a = ap.parse_args()
    global BUILD
    BUILD = os.path.abspath(a.build)
    shared = os.path.abspath(a.shared)
    work = a.keep or tempfile.mkdtemp(prefix='compare-petrarch-')
    os.makedirs(work, exist_ok=True)
    if a.set == 'plover':
        sents, xml, dicts, actors = load_plover(shared), None, 'phoenix', None
    else:
        xml = os.path.join(shared, 'petrarch/text/PETR.UnitTest.records.xml')
        sents, dicts = load_unittest(xml), 'validate'
        actors = os.path.join(work, 'validation-actors.yaml')
        validation_actors(shared, actors)
    m = plover_map()
    results = {}
    coders = [('Depesche', lambda: run_depesche(sents, work, actors))]
    if not a.depesche_only:
        coders.insert(0, ('PETRARCH2', lambda: run_petrarch(shared, sents, xml, work, dicts)))
    for name, run in coders:
        got, secs = run()
        sc = score_plover(sents, got, m) if a.set == 'plover' else score_unittest(sents, got)
        sc['s/sentence'] = secs / max(len(sents), 1)
        results[name] = sc
        with open(os.path.join(work, name.lower() + '-coded.jsonl'), 'w', encoding='utf-8') as f:
            for s in sents:
                f.write(json.dumps({'id': s['id'], 'text': s['text'], 'gold': s['gold'] if 'gold' in s else [
                    s['type'], s['sources'], s['targets']], 'coded': got.get(s['id'], [])}) + '\n')
    names = list(results)
    print('%s: %d sentences (outputs in %s)' % (a.set, len(sents), work))
    print('%-14s' % 'measure' + ''.join('%-22s' % n for n in names))
    for k in results[names[0]]:
        print('%-14s' % k + ''.join('%-22s' % fmt(results[n][k]) for n in names))


if __name__ == '__main__':
    main()

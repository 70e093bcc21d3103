#!/usr/bin/env python3
"""Checks the office-holder files under src/main/resources/depesche/de/actors/ before Depesche loads them.

Usage: tools/check-people.py [FILE...]   (default: people.yaml and every file named in people/index.txt)
Reports each problem as FILE: id: message and exits 1 when there is any.
"""
import datetime
import pathlib
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/depesche/de/actors"
PERSON_KEYS = {"id", "names", "country", "org", "roles"}
TERM_KEYS = {"sector", "office", "post", "from", "until", "org", "country"}
POSTS = {"HOS", "HOG", "FM", "DM", "HEAD"}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "OPP", "PTY", "REB", "IGO", "NGO", "BUS", "ELI", "COP", "SPY", "CVL", "MED",
           "REL", "EDU", "LAB", "HLH", "INS", "UAF", "REF", "AGR", "ENV", "CRM", "MOD", "RAD", "SEP", "NGM"}


def files(args):
    if args:
        return [pathlib.Path(a) for a in args]
    out = [ROOT / "people.yaml"]
    index = ROOT / "people" / "index.txt"
    if index.exists():
        for line in index.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(ROOT / "people" / line)
    return out


def as_date(v):
    if v is None or isinstance(v, datetime.date):
        return v
    return datetime.date.fromisoformat(str(v))


def main(args):
    countries = {c["code"] for c in yaml.safe_load((ROOT / "countries.yaml").read_text(encoding="utf-8"))}
    orgs = {g["key"] for g in yaml.safe_load((ROOT / "organisations.yaml").read_text(encoding="utf-8")) if g.get("key")}
    problems = []
    ids = {}
    names = {}
    count = 0
    for f in files(args):
        data = yaml.safe_load(f.read_text(encoding="utf-8")) or []
        for p in data:
            count += 1
            pid = p.get("id", "?")
            say = lambda m: problems.append(f"{f.name}: {pid}: {m}")
            if set(p) - PERSON_KEYS:
                say(f"unknown keys {sorted(set(p) - PERSON_KEYS)}")
            if pid in ids:
                say(f"id also in {ids[pid]}")
            ids[pid] = f.name
            if not p.get("names"):
                say("no names")
            for n in p.get("names") or []:
                if n in names and names[n] != pid:
                    say(f"name '{n}' also belongs to {names[n]}")
                names[n] = pid
            if p.get("country") and p["country"] not in countries:
                say(f"unknown country {p['country']}")
            if p.get("org") and p["org"] not in orgs:
                say(f"unknown org {p['org']}")
            for t in p.get("roles") or []:
                if set(t) - TERM_KEYS:
                    say(f"unknown term keys {sorted(set(t) - TERM_KEYS)}")
                if t.get("sector") not in SECTORS:
                    say(f"unknown sector {t.get('sector')}")
                if t.get("post") is not None and t["post"] not in POSTS:
                    say(f"unknown post {t['post']}")
                if t.get("org") and t["org"] not in orgs:
                    say(f"unknown org {t['org']}")
                if t.get("country") and t["country"] not in countries:
                    say(f"unknown country {t['country']}")
                try:
                    start, end = as_date(t.get("from")), as_date(t.get("until"))
                except ValueError as e:
                    say(f"bad date: {e}")
                    continue
                if start is None:
                    say(f"term {t.get('office')} has no from")
                elif end is not None and end < start:
                    say(f"term {t.get('office')} ends before it starts")
    for p in problems:
        print(p)
    print(f"{count} people, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

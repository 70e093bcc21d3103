#!/usr/bin/env python3
"""Builds src/main/resources/depesche/ontology/cameo.tsv from the reference tables in ../shared/ontology.

Keeps only facts (code, short name, Goldstein weight, PLOVER type, mode and contexts); run it again when
the reference tables change.
"""
import csv, re, sys, pathlib

shared = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/ontology")
out = pathlib.Path("src/main/resources/depesche/ontology/cameo.tsv")

names, goldstein = {}, {}
for line in (shared / "CAMEO.eventcodes.txt").read_text().splitlines()[1:]:
    code, _, name = line.partition("\t")
    names[code.strip()] = name.strip()
for line in (shared / "CAMEO.goldsteinscale.txt").read_text().splitlines()[1:]:
    code, _, weight = line.partition("\t")
    if weight.strip():
        goldstein[code.strip()] = float(weight)
with open(shared / "cameo-codebook.csv", newline="") as f:
    for row in csv.DictReader(f):
        goldstein.setdefault(row["code"], float(row["goldstein"] or 0))
        names.setdefault(row["code"], row["name"].capitalize())

# The contexts PLOVER defines (depesche/ontology/plover.tsv): the conversion table puts a few of them in the mode
# field (175: "ASSAULT, pro_autocracy, military"), which makes them contexts here.
contexts = {row.split("\t")[1] for row in pathlib.Path("src/main/resources/depesche/ontology/plover.tsv")
            .read_text().splitlines() if row.startswith("context\t")}

plover = {}
for line in (shared / "CAMEO2PLOVER-2021.txt").read_text().splitlines():
    m = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
    if not m:
        continue
    fields = [x.strip() for x in m.group(2).split(",")]
    while len(fields) < 3:
        fields.append("")
    kind, mode = fields[0], fields[1]
    found = [c.strip() for f in fields[2:] for c in f.split(";") if c.strip()]
    if mode in contexts:
        found.insert(0, mode)
        mode = ""
    plover[m.group(1)] = [kind, mode, ";".join(found)]

# The 2021 table starts at root 03; PLOVER folds CAMEO's appeals (02) into REQUEST and has no type for
# plain statements (01), which stay empty.
plover.setdefault("02", ["REQUEST", "", ""])

def inherit(code):
    for c in (code, code[:3], code[:2]):
        if c in plover and plover[c][0]:
            return plover[c]
    return ["", "", ""]

def quad(root):
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4

out.parent.mkdir(parents=True, exist_ok=True)
with out.open("w") as f:
    f.write("# CAMEO event codes with Goldstein weight and PLOVER type, mode and context.\n")
    f.write("# Built by tools/make-ontology.py from GDELT's CAMEO tables, the icews codebook and CAMEO2PLOVER 2021.\n")
    f.write("code\tname\tgoldstein\tquad_class\tplover\tmode\tcontext\n")
    for code in sorted(names, key=lambda c: (c[:2], c)):
        p = inherit(code)
        f.write(f"{code}\t{names[code]}\t{goldstein.get(code, goldstein.get(code[:3], goldstein.get(code[:2], 0.0)))}\t"
                f"{quad(code[:2])}\t{p[0]}\t{p[1]}\t{p[2]}\n")
print(out, len(names))

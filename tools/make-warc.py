#!/usr/bin/env python3
"""Builds a WARC archive of news pages from JSON Lines corpora, repeated until it reaches a size, for testing that
`depesche ingest` reads archives of any size in bounded memory (tools/bench-warc-ingest.sh).

Each article becomes an HTTP 200 text/html response record at https://bench.depesche.invalid/<corpus>/<n>, the
same address in every repetition, so that ingest codes each article once and skips its copies by URL. Every
repetition also holds a request record, a PNG, a 404 page and a page without article text (the one record ingest
reports as a problem), as a crawl would.

Each page is padded to PAGE_KB kilobytes (default 100) with an inline JSON script, as news sites' pages carry
their state; the cleaner drops it, so the archive's size is mostly pages and its article count stays codable.

usage: make-warc.py OUT.warc SIZE_GB [--page-kb N] [--head N] CORPUS.jsonl...
  --head N   only the first N articles of each corpus
"""
import html
import json
import sys
import uuid

FURNITURE_NAV = "<nav><ul>" + "".join(f'<li><a href="/ressort/{i}">Ressort {i}</a></li>' for i in range(40)) + "</ul></nav>"
FURNITURE_FOOT = "<footer><p>Impressum · Datenschutz · Kontakt</p></footer>"


def record(kind, uri, block, content_type):
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: 2024-05-06T12:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def response(uri, status, media, body):
    reason = {200: "OK", 404: "Not Found"}[status]
    http = (f"HTTP/1.1 {status} {reason}\r\nContent-Type: {media}\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    return record("response", uri, http + body, "application/http;msgtype=response")


def padding(kb):
    item = '{"teaser":"Weitere Nachrichten aus Politik und Wirtschaft","href":"/ressort/politik/artikel"},'
    return '<script type="application/json" id="state">[' + item * max(0, kb * 1024 // len(item)) + '{}]</script>'


def page(uri, a, kb):
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in a["text"].split("\n") if p.strip())
    title = html.escape(a.get("title") or "")
    date = a.get("date") or ""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    return (f'<!DOCTYPE html><html lang="de"><head><title>{title}</title>{meta}<link rel="canonical" href="{uri}">'
            f"{padding(kb)}</head><body>{FURNITURE_NAV}<article><h1>{title}</h1>{paragraphs}</article>{FURNITURE_FOOT}"
            "</body></html>").encode()


def main():
    out, size_gb, rest = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
    kb, head = 100, None
    while rest and rest[0].startswith("--"):
        if rest[0] == "--page-kb":
            kb = int(rest[1])
        elif rest[0] == "--head":
            head = int(rest[1])
        else:
            sys.exit(__doc__)
        rest = rest[2:]
    articles = []
    for path in rest:
        name = path.rsplit("/", 1)[-1].split(".")[0]
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f):
                if head is not None and n >= head:
                    break
                if line.strip():
                    uri = f"https://bench.depesche.invalid/{name}/{n}"
                    articles.append(response(uri, 200, "text/html; charset=utf-8", page(uri, json.loads(line), kb)))
    target = int(size_gb * (1 << 30))
    written, passes = 0, 0
    with open(out, "wb") as f:
        f.write(record("warcinfo", "", b"software: depesche tools/make-warc.py\r\n", "application/warc-fields"))
        while written < target:
            for rec in articles:
                f.write(rec)
                written += len(rec)
            base = f"https://bench.depesche.invalid/extra/{passes}"
            for rec in (record("request", base + "/a", b"GET /a HTTP/1.1\r\nHost: bench\r\n\r\n",
                               "application/http;msgtype=request"),
                        response(base + "/logo.png", 200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(2000)),
                        response(base + "/fehlt", 404, "text/html", b"<html><body><p>Nicht gefunden</p></body></html>"),
                        response(base + "/leer", 200, "text/html", b"<html><body></body></html>")):
                f.write(rec)
                written += len(rec)
            passes += 1
    print(f"{out}: {written / (1 << 30):.2f} GiB, {passes} passes over {len(articles)} articles, "
          f"{passes * (len(articles) + 3)} response records")


if __name__ == "__main__":
    main()

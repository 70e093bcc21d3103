#!/usr/bin/env python3
"""Compares two runs of `depesche code` (JSON Lines) event by event, field by field.

Used to show that a refactoring changed no event: run the old and the new build on the same corpus, then
    tools/compare-events.py before.jsonl after.jsonl
Events are matched by id; for each field that differs it prints how many events differ there and one example.
Exit code 0 when the two runs are identical, 1 otherwise.
"""
import json
import sys
from collections import Counter


def load(path):
    events = {}
    order = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                e = json.loads(line)
                events[e["id"]] = e
                order.append(e["id"])
    return events, order


def flat(record, prefix=""):
    out = {}
    for k, v in record.items():
        if isinstance(v, dict):
            out.update(flat(v, prefix + k + "."))
        else:
            out[prefix + k] = v
    return out


def main(before_path, after_path):
    before, order_before = load(before_path)
    after, order_after = load(after_path)
    gone = [i for i in order_before if i not in after]
    new = [i for i in order_after if i not in before]
    fields = Counter()
    examples = {}
    for i in order_before:
        if i in after:
            a, b = flat(before[i]), flat(after[i])
            for k in sorted(set(a) | set(b)):
                if a.get(k) != b.get(k):
                    fields[k] += 1
                    examples.setdefault(k, (i, a.get(k), b.get(k)))
    same_order = [i for i in order_before if i in after] == [i for i in order_after if i in before]
    print(f"{len(before)} events before, {len(after)} after; {len(gone)} gone, {len(new)} new; "
          f"{sum(fields.values())} field differences; order {'kept' if same_order else 'changed'}")
    for i in gone[:5]:
        print("  gone:", before[i]["event"]["cameo"], before[i]["evidence"][:90])
    for i in new[:5]:
        print("  new: ", after[i]["event"]["cameo"], after[i]["evidence"][:90])
    for k, n in fields.most_common():
        i, a, b = examples[k]
        print(f"  {k}: {n} events differ, e.g. {i}: {a!r} -> {b!r}")
    return 0 if not gone and not new and not fields and same_order else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: compare-events.py BEFORE.jsonl AFTER.jsonl")
    sys.exit(main(sys.argv[1], sys.argv[2]))

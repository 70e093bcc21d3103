#!/usr/bin/env bash
# Ingests a WARC archive of at least 2 GB, built from ../shared/corpora repeated (tools/make-warc.py), in a fixed heap
# (-Xmx3g), and reports the peak heap from the GC log, the process's peak RSS and the time. Not part of the test
# suite: it takes minutes and 2 GB of disk, which it deletes at the end unless KEEP=1.
#   usage: tools/bench-warc-ingest.sh [WORK_DIR]   (default: a fresh folder under /tmp)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$(mktemp -d /tmp/depesche-warc-bench.XXXXXX)}"
mkdir -p "$work"
corpora="$here/../shared/corpora"
[[ -f "$here/target/depesche.jar" && -f "$here/target/classpath.txt" ]] || "$here/depesche" --version >/dev/null
# copies, so that a rebuild meanwhile does not change the jar under the running JVM
cp "$here/target/depesche.jar" "$here/target/classpath.txt" "$work/"
[[ -f "$work/big.warc" ]] || python3 "$here/tools/make-warc.py" "$work/big.warc" "${SIZE_GB:-2.05}" --page-kb 100 \
  --head "${HEAD:-60}" "$corpora/de-wikinews.jsonl" "$corpora/10kgnad-test.jsonl"
rm -f "$work/bench.duckdb" "$work/bench.duckdb.wal"
echo "archive: $(du -h "$work/big.warc" | cut -f1) ($(stat -c %s "$work/big.warc") bytes)"
/usr/bin/time -f "time: %e s wall; peak RSS %M KB" java -Xmx3g -Xlog:gc:file="$work/gc.log" \
  -cp "$work/depesche.jar:$(cat "$work/classpath.txt")" org.depesche.cli.Main ingest "$work/big.warc" \
  --db "$work/bench.duckdb" --errors "$work/errors.tsv" 2>&1 | grep -v -e "articles stored$" -e "no article text in HTML page$" || true
# G1 logs "[12.3s] ... Pause Young ... 1234M->567M(3072M)": the heap used before a pause is a peak; what a young
# collection leaves is what the program holds, and it must not grow from the first half of the run to the second
awk 'match($0, /[0-9]+M->[0-9]+M\([0-9]+M\)/) {
       split(substr($0, RSTART, RLENGTH), a, /M->|M\(|M\)/); t = substr($1, 2) + 0
       if (a[1] + 0 > peak) peak = a[1] + 0
       if ($0 ~ /Pause Young/) { n++; at[n] = t; after[n] = a[2] + 0 } }
     END { half = at[n] / 2
           for (i = 1; i <= n; i++) if (at[i] < half) { if (after[i] > first) first = after[i] } else if (after[i] > second) second = after[i]
           printf "heap (-Xmx3g): peak %d MB used; after young collections at most %d MB in the first half of the run, %d MB in the second\n", peak, first, second }' "$work/gc.log"
echo "problems listed: $(wc -l < "$work/errors.tsv") (pages without article text, one per repetition)"
[[ "${KEEP:-0}" == 1 ]] || rm -f "$work/big.warc"

#!/usr/bin/env bash
# Measures kg export on a real store: ingests a corpus (by default
# ../shared/corpus/reuters21578/reuters21578.jsonl) into a temporary bolt
# store, then runs `kg export --format F -o FILE` for every format under
# /usr/bin/time -v and prints wall time, peak resident memory and output
# size as a Markdown table.
#
#   scripts/export-bench.sh [CORPUS] [extra kg export flags...]
#
# KG_BENCH_DB=DIR reuses (or creates and keeps) a store instead of a
# temporary one, so that repeated runs skip the ingest.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=${1:-../shared/corpus/reuters21578/reuters21578.jsonl}
shift || true
[ -e "$corpus" ] || { echo "export-bench: no corpus at $corpus" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "export-bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/kg" ./cmd/kg
kg="$work/kg"
db=${KG_BENCH_DB:-$work/kg.db}

# peak prints "SECONDS PEAK_KB" from a /usr/bin/time -v report.
peak() {
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
              /Maximum resident set size/ { kb = $2 }
              END { printf "%.2f %d\n", s, kb }' "$1"
}

if [ ! -d "$db" ]; then
  echo "ingesting $corpus into $db ..." >&2
  /usr/bin/time -v -o "$work/ingest.time" "$kg" ingest --quiet --db "$db" "$corpus" >&2
  read -r secs kb < <(peak "$work/ingest.time")
  echo "ingest: ${secs}s, peak RSS $((kb / 1024)) MiB" >&2
fi
"$kg" stats --db "$db" >&2

echo
echo "| format | flags | time (s) | peak RSS (MiB) | output (MB) | nodes, edges |"
echo "|---|---|---:|---:|---:|---|"
for f in jsonl graphml gexf dot cytoscape graphology csv nquads; do
  case $f in
    csv) out="$work/graph.csv" ;;
    cytoscape) out="$work/graph.cyjs" ;;
    graphology) out="$work/graph.graphology.json" ;;
    nquads) out="$work/graph.nq" ;;
    *) out="$work/graph.$f" ;;
  esac
  /usr/bin/time -v -o "$work/export.time" "$kg" export --db "$db" --format "$f" -o "$out" "$@" 2>"$work/export.err" ||
    { cat "$work/export.err" "$work/export.time" >&2; exit 1; }
  read -r secs kb < <(peak "$work/export.time")
  if [ "$f" = csv ]; then
    bytes=$(cat "$work/graph-nodes.csv" "$work/graph-edges.csv" | wc -c)
  else
    bytes=$(wc -c < "$out")
  fi
  summary=$(sed -n 's/^kg export: \(.*\) to .*/\1/p' "$work/export.err" | sed 's/ from .*//')
  mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
  printf '| %s | %s | %s | %d | %s | %s |\n' "$f" "${*:-}" "$secs" $((kb / 1024)) "$mb" "$summary"
  rm -f "$work"/graph*
done

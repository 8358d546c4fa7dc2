#!/usr/bin/env bash
# Runs kg's benchmark (issue 6) in one go: extraction alone (and prose's NER
# on a sample), ingest of 1,000, 5,000 and all stories into bolt and
# PostgreSQL, and saved query latency; prints Markdown tables (see
# `kg bench --help`).
#
#   scripts/bench.sh [CORPUS.jsonl] [extra kg bench flags...]
#
# The corpus defaults to ../shared/corpus/reuters21578/reuters21578.jsonl;
# PostgreSQL defaults to the local server's socket (user postgres, who must
# be able to create databases): set KG_BENCH_POSTGRES to another URL, or pass
# --backends bolt to leave it out.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=${1:-../shared/corpus/reuters21578/reuters21578.jsonl}
shift || true
[ -e "$corpus" ] || { echo "bench: no corpus at $corpus" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/kg" ./cmd/kg
"$work/kg" bench "$@" "$corpus"

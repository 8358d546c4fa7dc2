#!/usr/bin/env bash
# Consumers the export tests read every format back with (export/consumer_test.go):
#   graphviz (dot -Tsvg), libxml2-utils (xmllint --schema), python3-networkx
#   (read_graphml), raptor2-utils (rapper -i nquads), and the npm packages
#   graphology, graphology-gexf, graphology-graphml and cytoscape, installed
#   from export/testdata/node/package-lock.json into that folder.
# Idempotent: installs only what is missing. Runs as root on Debian.
set -euo pipefail
cd "$(dirname "$0")/../.."

need=()
command -v dot >/dev/null || need+=(graphviz)
command -v xmllint >/dev/null || need+=(libxml2-utils)
command -v rapper >/dev/null || need+=(raptor2-utils)
/usr/bin/python3 -c 'import networkx' 2>/dev/null || need+=(python3-networkx)
if [ ${#need[@]} -gt 0 ]; then
  echo "export: apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

node_dir=export/testdata/node
if command -v npm >/dev/null; then
  if [ ! -d "$node_dir/node_modules/graphology" ] || [ ! -d "$node_dir/node_modules/cytoscape" ] ||
     [ ! -d "$node_dir/node_modules/graphology-gexf" ] || [ ! -d "$node_dir/node_modules/graphology-graphml" ] ||
     [ "$node_dir/package-lock.json" -nt "$node_dir/node_modules/.package-lock.json" ]; then
    echo "export: npm ci in $node_dir"
    (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
else
  echo "export: npm is missing: the node consumer tests will skip"
fi

#!/usr/bin/env bash
# Install everything the tests use, start the servers they need on 127.0.0.1, run the tests.
#   bash .ci/test.sh [pytest arguments]
# Debian packages: chromium (browser tests of the graph page), raptor2-utils (an
# independent RDF parser for the exports), virtuoso-opensource (a remote SPARQL
# endpoint for SPARQLWrapper). Python packages: the project and its test extra, in .venv.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rapper >/dev/null 2>&1 || need+=(raptor2-utils)
command -v virtuoso-t >/dev/null 2>&1 || need+=(virtuoso-opensource)
if ((${#need[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${need[@]}"
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"

# Virtuoso on free loopback ports, in a throwaway folder, stopped whatever happens.
read -r VIRTUOSO_SQL_PORT VIRTUOSO_HTTP_PORT < <(.venv/bin/python - <<'PY'
import socket
ports = []
socks = []
for _ in range(2):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    socks.append(s)
    ports.append(s.getsockname()[1])
print(*ports)
PY
)
export VIRTUOSO_SQL_PORT VIRTUOSO_HTTP_PORT
THIDUA_TEST_VIRTUOSO=$(mktemp -d)
export THIDUA_TEST_VIRTUOSO
trap '.ci/virtuoso.sh stop "$THIDUA_TEST_VIRTUOSO"; rm -rf "$THIDUA_TEST_VIRTUOSO"' EXIT
.ci/virtuoso.sh start "$THIDUA_TEST_VIRTUOSO"

.venv/bin/python -m pytest "$@"

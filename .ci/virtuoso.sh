#!/usr/bin/env bash
# Start or stop a throwaway Virtuoso on 127.0.0.1 for the tests that query a remote endpoint.
#   .ci/virtuoso.sh start DIR   -> database in DIR, SQL on 127.0.0.1:$VIRTUOSO_SQL_PORT, SPARQL on :$VIRTUOSO_HTTP_PORT
#   .ci/virtuoso.sh stop DIR
# DIR is also the one folder Virtuoso may bulk-load files from (DirsAllowed).
set -euo pipefail
cmd=${1:?start or stop}
dir=$(mkdir -p "${2:?directory}" && cd "$2" && pwd)
sql_port=${VIRTUOSO_SQL_PORT:-1111}
http_port=${VIRTUOSO_HTTP_PORT:-8890}

case "$cmd" in
start)
  cat > "$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile = $dir/virtuoso.db
ErrorLogFile = $dir/virtuoso.log
LockFile = $dir/virtuoso.lck
TransactionFile = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
[TempDatabase]
DatabaseFile = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$sql_port
DisableUnixSocket = 1
DirsAllowed = ., $dir
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
INI
  virtuoso-t +configfile "$dir/virtuoso.ini" +wait
  for _ in $(seq 1 60); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$http_port/sparql?query=ASK%7B%7D"; then
      echo "virtuoso: SPARQL at http://127.0.0.1:$http_port/sparql, SQL at 127.0.0.1:$sql_port, files from $dir"
      exit 0
    fi
    sleep 1
  done
  echo "virtuoso did not answer on 127.0.0.1:$http_port; see $dir/virtuoso.log" >&2
  exit 1
  ;;
stop)
  isql-vt "127.0.0.1:$sql_port" dba dba exec="shutdown;" >/dev/null 2>&1 || true
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac

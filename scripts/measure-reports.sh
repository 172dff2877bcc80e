#!/usr/bin/env bash
# Every report of `kumban report`, each as a whole command through an owner
# (`kumban serve` holding the database), three runs each, the median printed.
#   scripts/measure-reports.sh BIN DB LABEL
# BIN: a kumban binary (a release build); DB: a database folder, e.g. one
# made by `kumban --db DB demo --households 20000`; LABEL: printed first.
set -u
BIN=$1; DB=$2; LABEL=${3:-}
"$BIN" --db "$DB" serve >/dev/null 2>&1 &
serve=$!
trap 'kill $serve 2>/dev/null; wait $serve 2>/dev/null' EXIT
sleep 4
# The owner starts the day's backup for the first client of a day: wait for
# it, or the first reports are timed beside a backup of the whole database.
"$BIN" --db "$DB" --today 2026-11-28 status >/dev/null 2>&1
for _ in $(seq 1 120); do
  ls "$DB"/backups/kumban-2026-11-28.backup* >/dev/null 2>&1 && break
  sleep 1
done
out=$(mktemp)
for by in month calvings household village group baseline herd; do
  runs=()
  for _ in 1 2 3; do
    start=$(date +%s%N)
    "$BIN" --db "$DB" --today 2026-11-28 report --by "$by" --year 2026 >"$out" 2>/dev/null
    rc=$?
    end=$(date +%s%N)
    runs+=($(( (end - start) / 1000000 )))
  done
  sorted=($(printf '%s\n' "${runs[@]}" | sort -n))
  echo "$LABEL $by: median ${sorted[1]} ms (runs ${runs[*]}), exit $rc, $(wc -l <"$out") lines"
done
rm -f "$out"

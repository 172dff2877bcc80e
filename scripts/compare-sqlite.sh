#!/usr/bin/env bash
# Side-by-side timing of kumban and SQLite on the same district data set.
#
#   scripts/compare-sqlite.sh [HOUSEHOLDS] [RUNS]      (defaults: 20000 3)
#
# Generates the data set with `kumban demo --households N`, exports it to
# CSV, loads the CSV into SQLite (with the indexes a careful SQLite user
# would add), then times the same questions on both sides: the dashboard
# figures, one household's income for a year, and a filter of households by
# a name substring (KUMBAN_COMPARE_QUERIES=0 skips them); and the income
# reports beside SQLite GROUP BYs (below). Both sides are timed inside one warm process (kumban via
# its hidden `measure` command, SQLite via the shell's `.timer`), so neither
# pays for process start-up. Prints a table of kumban / SQLite ratios per
# run and the median ratio over RUNS runs.
set -euo pipefail
cd "$(dirname "$0")/.."

N="${1:-20000}"
RUNS="${2:-3}"
TODAY=2026-11-28
YEAR=2026
WORK="${KUMBAN_COMPARE_DIR:-/tmp/kumban-compare-$N}"
DB="$WORK/db"
CSV="$WORK/csv"
SQL="$WORK/district.sqlite"

if ! command -v sqlite3 >/dev/null; then
  echo "installing sqlite3…" >&2
  (apt-get install -y sqlite3 >/dev/null 2>&1 || sudo apt-get install -y sqlite3 >/dev/null) ||
    { echo "cannot install sqlite3; install it and run again" >&2; exit 1; }
fi

cargo build --release --quiet
# --local: kumban holds the database in this process, as SQLite does (the
# default, a client of an owner process, adds a socket round trip a query).
K="target/release/kumban --local --db $DB --today $TODAY"

if [ ! -d "$DB" ]; then
  mkdir -p "$WORK"
  echo "generating $N households…" >&2
  $K demo --households "$N" >/dev/null
fi
if [ ! -f "$CSV/income.csv" ]; then
  $K export --format csv --out "$CSV" >/dev/null
fi
if [ ! -f "$SQL" ]; then
  echo "loading CSV into SQLite…" >&2
  sqlite3 "$SQL" <<SQL
.mode csv
.import $CSV/households.csv households
.import $CSV/pens.csv pens_raw
.import $CSV/animals.csv animals
.import $CSV/pregnancies.csv pregnancies
.import $CSV/income.csv income_raw
CREATE TABLE pens AS SELECT household, label, CAST(capacity AS INTEGER) AS capacity, status FROM pens_raw;
-- Amounts as exact integers of hundredths, as kumban keeps them.
CREATE TABLE income AS SELECT household, date, "group", flow,
  CAST(replace(amount, '.', '') AS INTEGER) AS minor, currency FROM income_raw;
DROP TABLE pens_raw; DROP TABLE income_raw;
CREATE UNIQUE INDEX households_code ON households(code);
CREATE INDEX pens_household ON pens(household, label);
CREATE INDEX animals_pen ON animals(household, pen);
CREATE INDEX pregnancies_pending ON pregnancies(outcome, expected_calving);
CREATE INDEX income_date ON income(date);
CREATE INDEX income_household_date ON income(household, date);
ANALYZE;
SQL
fi

CODE=$(sqlite3 "$SQL" "SELECT code FROM households ORDER BY code LIMIT 1 OFFSET $((N / 2))")
NAME="somsack"

DASHBOARD_SQL="
SELECT count(*), sum(demonstration = 'yes') FROM households;
SELECT poverty, count(*) FROM households GROUP BY poverty;
SELECT sum(' ' || groups || ' ' LIKE '% cattle %'), sum(' ' || groups || ' ' LIKE '% corn %'),
       sum(' ' || groups || ' ' LIKE '% weaving %') FROM households;
SELECT status, count(*) FROM pens GROUP BY status;
SELECT count(*) FROM (SELECT p.household, p.label, p.capacity FROM pens p
  JOIN animals a ON a.household = p.household AND a.pen = p.label AND a.status = 'active'
  GROUP BY p.household, p.label HAVING count(*) > p.capacity);
SELECT sex, count(*) FROM animals WHERE status = 'active' GROUP BY sex;
SELECT origin, count(*) FROM animals GROUP BY origin;
SELECT status, count(*) FROM animals GROUP BY status;
SELECT count(*) FROM pregnancies WHERE outcome = 'pending';
SELECT count(*) FROM pregnancies WHERE outcome = 'pending'
  AND expected_calving BETWEEN '$TODAY' AND date('$TODAY', '+30 days');
SELECT count(*) FROM pregnancies WHERE outcome = 'pending'
  AND expected_calving < date('$TODAY', '-14 days');
SELECT count(*) FROM pregnancies WHERE outcome = 'calved' AND outcome_date LIKE '$YEAR-%';
SELECT \"group\", currency, flow, sum(minor) FROM income
  WHERE date BETWEEN '$YEAR-01-01' AND '$TODAY' GROUP BY 1, 2, 3;
"
HOUSEHOLD_SQL="SELECT * FROM income WHERE household = '$CODE' AND date BETWEEN '$YEAR-01-01' AND '$YEAR-12-31' ORDER BY date;"
FILTER_SQL="SELECT code, head_name FROM households WHERE lower(head_name) LIKE '%$NAME%';"

# Median over 21 warm repetitions, in microseconds. Timed with Python's
# sqlite3 module and perf_counter: the shell's .timer reports wall time only
# to the millisecond.
sqlite_micros() {
  python3 - "$SQL" "$1" <<'PY'
import sqlite3, statistics, sys, time
con = sqlite3.connect(sys.argv[1])
statements = [s for s in sys.argv[2].split(";") if s.strip()]
def run():
    for s in statements:
        con.execute(s).fetchall()
run()
times = []
for _ in range(21):
    t = time.perf_counter()
    run()
    times.append((time.perf_counter() - t) * 1e6)
print(int(statistics.median(times)))
PY
}

kumban_micros() { $K measure "$@" | cut -d' ' -f1; }

if [ "${KUMBAN_COMPARE_QUERIES:-1}" = 1 ]; then
printf '%-28s %12s %12s %8s\n' "query" "kumban µs" "SQLite µs" "ratio"
declare -A RATIOS
for run in $(seq "$RUNS"); do
  for q in dashboard household-year name-filter; do
    case $q in
      dashboard)      k=$(kumban_micros dashboard);                         s=$(sqlite_micros "$DASHBOARD_SQL") ;;
      household-year) k=$(kumban_micros household-year --arg "$CODE" --year "$YEAR"); s=$(sqlite_micros "$HOUSEHOLD_SQL") ;;
      name-filter)    k=$(kumban_micros name-filter --arg "$NAME");         s=$(sqlite_micros "$FILTER_SQL") ;;
    esac
    ratio=$(python3 -c "print(f'{$k / max($s, 1):.3f}')")
    RATIOS[$q]="${RATIOS[$q]:-} $ratio"
    printf '%-28s %12s %12s %8s\n' "run $run: $q" "$k" "$s" "$ratio"
  done
done
echo
echo "median kumban/SQLite ratio over $RUNS runs (below 1 means kumban is faster):"
for q in dashboard household-year name-filter; do
  python3 -c "import statistics,sys; print(f'  {sys.argv[1]:<16} {statistics.median(map(float, sys.argv[2:])):.3f}')" $q ${RATIOS[$q]}
done
fi

# The income reports (issue 14) beside the GROUP BY a SQLite user would
# write for them, for $YEAR: each side as a whole command from process
# start (kumban --local, kumban through an owner, the sqlite3 shell), and
# SQLite's query alone in a warm process. Medians of RUNS runs, seconds.
# KUMBAN_COMPARE_REPORTS=0 skips this part.
if [ "${KUMBAN_COMPARE_REPORTS:-1}" = 1 ]; then
  export KUMBAN_BACKUP_DIR="$WORK/backups"
  FLOWS="sum(CASE WHEN i.flow = 'income' THEN i.minor ELSE 0 END) AS income,
    sum(CASE WHEN i.flow = 'expense' THEN i.minor ELSE 0 END) AS expense, count(*) AS logs"
  IN_YEAR="i.date BETWEEN '$YEAR-01-01' AND '$YEAR-12-31'"
  declare -A REPORT_SQL=(
    [household]="SELECT i.household, h.head_name, h.village, i.currency, $FLOWS FROM income i
      JOIN households h ON h.code = i.household WHERE $IN_YEAR
      GROUP BY i.household, i.currency ORDER BY income - expense DESC, i.household;"
    [village]="SELECT h.village, i.currency, $FLOWS FROM income i
      JOIN households h ON h.code = i.household WHERE $IN_YEAR GROUP BY h.village, i.currency;"
    [group]="SELECT i.\"group\", i.currency, $FLOWS FROM income i WHERE $IN_YEAR GROUP BY 1, 2;"
    [month]="SELECT substr(i.date, 1, 7), i.currency, $FLOWS FROM income i WHERE $IN_YEAR GROUP BY 1, 2;"
  )
  median_of() { python3 -c "import statistics,sys; print(f'{statistics.median(map(float, sys.argv[1:])):.3f}')" "$@"; }
  seconds() { # command...: wall seconds of one run
    local t0 t1
    t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }; t1=$(date +%s.%N)
    python3 -c "print(f'{$t1 - $t0:.3f}')"
  }
  sqlite_warm() { # median seconds of the query alone, in a warm process
    python3 - "$SQL" "$1" "$RUNS" <<'PY'
import sqlite3, statistics, sys, time
con = sqlite3.connect(sys.argv[1])
con.execute(sys.argv[2]).fetchall()
times = []
for _ in range(int(sys.argv[3])):
    t = time.perf_counter()
    con.execute(sys.argv[2]).fetchall()
    times.append(time.perf_counter() - t)
print(f"{statistics.median(times):.3f}")
PY
  }
  KR="target/release/kumban --db $DB --today $TODAY"
  $KR --local status >/dev/null # the day's backup and any migration, before timing
  $KR serve --idle-exit 60 >/dev/null 2>&1 &
  OWNER=$!
  trap 'kill $OWNER 2>/dev/null || true' EXIT
  sleep 2
  echo
  echo "income reports for $YEAR, seconds (median of $RUNS):"
  printf '  %-10s %14s %14s %14s %14s\n' report "kumban --local" "kumban owner" "sqlite3 shell" "sqlite query"
  for by in household village group month; do
    l=(); o=(); c=()
    for _ in $(seq "$RUNS"); do
      l+=("$(seconds $KR --local report --by $by --year $YEAR)")
      o+=("$(seconds $KR report --by $by --year $YEAR)")
      c+=("$(seconds sqlite3 "$SQL" "${REPORT_SQL[$by]}")")
    done
    printf '  %-10s %14s %14s %14s %14s\n' "$by" "$(median_of "${l[@]}")" "$(median_of "${o[@]}")" \
      "$(median_of "${c[@]}")" "$(sqlite_warm "${REPORT_SQL[$by]}")"
  done
  kill $OWNER 2>/dev/null || true
fi

# The store's own promises at this size (issue 11), each side in one
# process timed with /usr/bin/time: backup, restore, an import of 150,000
# income rows, compact, and the size of each database against the CSV.
# KUMBAN_COMPARE_STORE=0 skips this part (it takes a few minutes).
if [ "${KUMBAN_COMPARE_STORE:-1}" = 1 ]; then
  timed() { # label, command...: prints "label  seconds  peak MB"
    local label=$1 secs kb; shift
    if ! /usr/bin/time -f "%e %M" "$@" >/dev/null 2>"$WORK/timed.err"; then
      echo "$label failed: $(tail -2 "$WORK/timed.err" | head -1)" >&2
      return 1
    fi
    read -r secs kb < <(tail -1 "$WORK/timed.err")
    printf '  %-38s %8s s %8s MB peak\n' "$label" "$secs" "$((kb / 1024))"
  }
  mb() { du -sm "$1" | cut -f1; }
  rm -rf "$WORK/restored" "$WORK/imported" "$WORK/import150k" "$WORK"/*.backup "$SQL".bak "$WORK/restored.sqlite"
  echo
  echo "store at $N households (csv $(mb "$CSV") MB, kumban db $(mb "$DB") MB, sqlite $(mb "$SQL") MB):"
  timed "kumban backup" target/release/kumban --local --db "$DB" backup "$WORK/district.backup"
  timed "sqlite .backup" sqlite3 "$SQL" ".backup $SQL.bak"
  echo "  backup sizes: kumban $(mb "$WORK/district.backup") MB, sqlite $(mb "$SQL.bak") MB"
  timed "kumban restore (new database)" target/release/kumban --local --db "$WORK/restored" restore "$WORK/district.backup"
  timed "sqlite .restore" sqlite3 "$WORK/restored.sqlite" ".restore $SQL.bak"
  echo "  restored sizes: kumban $(mb "$WORK/restored") MB, sqlite $(mb "$WORK/restored.sqlite") MB"
  mkdir -p "$WORK/import150k"
  cp "$CSV"/households.csv "$CSV"/pens.csv "$CSV"/animals.csv "$WORK/import150k/"
  head -n 150001 "$CSV/income.csv" >"$WORK/import150k/income.csv"
  timed "kumban import (150,000 income rows)" target/release/kumban --local --db "$WORK/imported" import "$WORK/import150k"
  timed "sqlite .import (150,000 income rows)" sqlite3 "$WORK/imported.sqlite" ".mode csv" ".import $WORK/import150k/income.csv income"
  timed "kumban compact (--force)" target/release/kumban --local --db "$WORK/restored" compact --force
  echo "  after compact: kumban $(mb "$WORK/restored") MB"
  rm -f "$WORK/imported.sqlite"
fi

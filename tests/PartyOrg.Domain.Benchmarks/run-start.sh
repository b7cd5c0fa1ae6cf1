#!/usr/bin/env bash
# Start-up cost of the partyorg tool, whole process, measured with /usr/bin/time -v:
#   bash tests/PartyOrg.Domain.Benchmarks/run-start.sh LABEL PARTYORG_COMMAND...
# e.g. run-start.sh native ~/.dotnet/tools/partyorg   or   run-start.sh jit dotnet path/to/PartyOrg.Cli.dll
# Each run is `<command> check docs/examples/minimal.json` (output discarded; exit 0 or 1 expected).
# Cold: the page cache is dropped before each run (needs root; skipped with a note otherwise), so the executable,
# the runtime and the libraries are read from disk. Warm: one untimed run, then the timed runs.
# Prints, per mode, the median and range of wall time, CPU time (user + system) and peak resident memory.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
label="$1"; shift
cold_runs="${COLD_RUNS:-5}"
warm_runs="${WARM_RUNS:-10}"
doc="$root/docs/examples/minimal.json"
tmp="$(mktemp)"; trap 'rm -f "$tmp"' EXIT

one_run() {
    set +e
    /usr/bin/time -v "$@" check "$doc" > /dev/null 2> "$tmp"
    local rc=$?
    set -e
    [ "$rc" -le 1 ] || { cat "$tmp" >&2; echo "run failed with exit $rc" >&2; exit 1; }
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
        /User time \(seconds\)/ { user = $2 }
        /System time \(seconds\)/ { sys = $2 }
        /Maximum resident set size/ { rss = $2 }
        END { printf "%.0f %.0f %.1f\n", wall * 1000, (user + sys) * 1000, rss / 1024 }' "$tmp"
}

summary() {
    sort -n -k"$2" "$1" | awk -v k="$2" -v name="$3" -v unit="$4" '
        { v[NR] = $k } END { printf "%s median %s %s (min %s, max %s)", name, v[int((NR + 1) / 2)], unit, v[1], v[NR] }'
}

report() {
    local mode="$1" file="$2"
    echo "$label $mode ($(wc -l < "$file") runs): $(summary "$file" 1 wall ms); $(summary "$file" 2 cpu ms); $(summary "$file" 3 'peak RSS' MiB)"
}

cold="$(mktemp)"; warm="$(mktemp)"; trap 'rm -f "$tmp" "$cold" "$warm"' EXIT
if [ -w /proc/sys/vm/drop_caches ]; then
    for _ in $(seq "$cold_runs"); do
        sync; echo 3 > /proc/sys/vm/drop_caches
        one_run "$@" >> "$cold"
    done
    report cold "$cold"
else
    echo "$label cold: skipped (dropping the page cache needs root)"
fi
one_run "$@" > /dev/null
for _ in $(seq "$warm_runs"); do one_run "$@" >> "$warm"; done
report warm "$warm"

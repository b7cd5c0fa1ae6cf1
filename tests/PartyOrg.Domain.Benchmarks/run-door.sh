#!/usr/bin/env bash
# The JSON door, whole process: `partyorg generate --size SIZE` and `partyorg check` of the generated document,
# each under /usr/bin/time -v (wall time, CPU time = user + system, peak resident memory).
#   bash tests/PartyOrg.Domain.Benchmarks/run-door.sh DATA_DIR [SIZE...]        (default sizes: small city)
# PARTYORG (default: the Release build of src/PartyOrg.Cli) is the command to run; RUNS (default 3) the number of
# timed `check` runs per size (the median and range are printed). The documents are written to DATA_DIR (outside
# the repository: the province document is about 1.9 GB) and kept, so a second call only re-runs the checks.
# The 1-minute load average is read before each check (a shared machine inflates wall and CPU times: report it).
# Extra arguments for `check` (e.g. --threads 1) go in CHECK_ARGS.
# After each check the same document is read once more by `PartyOrg.Domain.Benchmarks --read-once` (the framework's
# Utf8JsonReader over the file, every token, nothing kept: the floor of any JSON door), when that project is built in
# Release; the median of the pairs' ratios check ÷ read once is printed (a ratio holds when the machine's speed drifts).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="$1"; shift
[ "$#" -gt 0 ] && sizes=("$@") || sizes=(small city)
runs="${RUNS:-3}"
partyorg="${PARTYORG:-$root/src/PartyOrg.Cli/bin/Release/net10.0/PartyOrg.Cli}"
bench="$root/tests/PartyOrg.Domain.Benchmarks/bin/Release/net10.0/PartyOrg.Domain.Benchmarks.dll"
mkdir -p "$data"
tmp="$(mktemp)"; trap 'rm -f "$tmp" "$tmp.runs" "$tmp.loads" "$tmp.floor"' EXIT

measure() {
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
        /User time \(seconds\)/ { user = $2 }
        /System time \(seconds\)/ { sys = $2 }
        /Maximum resident set size/ { rss = $2 }
        END { printf "%.2f %.2f %.0f\n", wall, user + sys, rss / 1024 }' "$tmp"
}

for size in "${sizes[@]}"; do
    doc="$data/$size.json"
    if [ ! -s "$doc" ]; then
        /usr/bin/time -v "$partyorg" generate --size "$size" > "$doc" 2> "$tmp"
        read -r wall cpu rss < <(measure)
        echo "generate $size: ${wall} s wall, ${cpu} s CPU, ${rss} MiB peak ($(stat -c %s "$doc") bytes)"
    fi

    : > "$tmp.runs"; : > "$tmp.loads"; : > "$tmp.floor"
    for _ in $(seq "$runs"); do
        set +e
        read -r load _ < /proc/loadavg
        echo "$load" >> "$tmp.loads"
        # shellcheck disable=SC2086
        /usr/bin/time -v "$partyorg" check "$doc" --format json ${CHECK_ARGS:-} > /dev/null 2> "$tmp"
        rc=$?
        set -e
        [ "$rc" -le 1 ] || { cat "$tmp" >&2; echo "check $size failed with exit $rc" >&2; exit 1; }
        measure >> "$tmp.runs"
        if [ -f "$bench" ]; then
            /usr/bin/time -v dotnet "$bench" --read-once "$doc" --repeat 1 > /dev/null 2> "$tmp"
            read -r floor_wall floor_cpu _ < <(measure)
            read -r check_wall _ < <(tail -n 1 "$tmp.runs")
            echo "$floor_wall $floor_cpu $(awk -v a="$check_wall" -v b="$floor_wall" 'BEGIN { printf "%.2f", a / b }')" >> "$tmp.floor"
        fi
    done

    for k in 1 2 3; do
        sort -n -k"$k" "$tmp.runs" | awk -v k="$k" '{ v[NR] = $k } END { printf "%s %s %s ", v[int((NR + 1) / 2)], v[1], v[NR] }'
    done | awk -v size="$size" -v n="$runs" -v loads="$(sort -n "$tmp.loads" | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }')" \
        '{ printf "check %s (%d runs): wall %s s (%s–%s), CPU %s s (%s–%s), peak %s MiB (%s–%s), load average %s\n", size, n, $1, $2, $3, $4, $5, $6, $7, $8, $9, loads }'
    if [ -s "$tmp.floor" ]; then
        for k in 1 2 3; do
            sort -n -k"$k" "$tmp.floor" | awk -v k="$k" '{ v[NR] = $k } END { printf "%s %s %s ", v[int((NR + 1) / 2)], v[1], v[NR] }'
        done | awk -v size="$size" '{ printf "read once %s (the floor, alternated with the checks): wall %s s (%s–%s), CPU %s s; check ÷ read once %s (pairs %s–%s)\n", size, $1, $2, $3, $4, $7, $8, $9 }'
    fi
    rm -f "$tmp.runs" "$tmp.loads" "$tmp.floor"
done

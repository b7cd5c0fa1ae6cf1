#!/usr/bin/env bash
# The scale table of docs/performance.md: each size in its own process (so each peak is its own), Release build.
# Usage: tests/PartyOrg.Domain.Benchmarks/run-scale.sh [small city province] [--repeat N] [--rules] [--threads N]
# Ends with the growth of the audit cost per record from each size to the next.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dotnet build "$here" -c Release --nologo -v q >/dev/null
dll="$here/bin/Release/net10.0/PartyOrg.Domain.Benchmarks.dll"
sizes=()
extra=()
for a in "$@"; do
    case "$a" in
        small|city|province) sizes+=("$a") ;;
        *) extra+=("$a") ;;
    esac
done
[ "${#sizes[@]}" -gt 0 ] || sizes=(small city province)
first=1
rows=""
for s in "${sizes[@]}"; do
    if [ "$first" -eq 1 ]; then
        out="$(dotnet "$dll" --scale "$s" "${extra[@]}")"
        first=0
    else
        out="$(dotnet "$dll" --scale "$s" "${extra[@]}" | tail -n +4)"
    fi
    printf '%s\n' "$out"
    rows+="$(printf '%s\n' "$out" | grep -E "^\| ${s} \|" || true)"$'\n'
done

# The growth of the audit's cost per record from each size to the next (the issue's "flat within ±20 %").
printf '%s' "$rows" | awk -F'|' '
    NF > 13 {
        gsub(/ /, "", $2); gsub(/[ ,]/, "", $13)
        if (prev != "") {
            r = $13 / prevNs
            printf "\naudit ns per record, %s -> %s: %s -> %s (x %.2f; flat within 20 %%: %s)", prev, $2, prevNs, $13, r, (r >= 0.8 && r <= 1.2) ? "yes" : "no"
        }
        prev = $2; prevNs = $13
    }
    END { if (prev != "") print "" }'

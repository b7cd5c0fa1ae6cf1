#!/usr/bin/env bash
# The scale table of docs/performance.md: each size in its own process (so each peak is its own), Release build.
# Usage: tests/PartyOrg.Domain.Benchmarks/run-scale.sh [small city province] [--repeat N] [--rules]
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
for s in "${sizes[@]}"; do
    if [ "$first" -eq 1 ]; then
        dotnet "$dll" --scale "$s" "${extra[@]}"
        first=0
    else
        dotnet "$dll" --scale "$s" "${extra[@]}" | tail -n +4
    fi
done

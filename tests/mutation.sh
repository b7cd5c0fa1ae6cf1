#!/usr/bin/env bash
# Mutation testing of PartyOrg.Domain, one source folder at a time, with Stryker.NET (dotnet-stryker 5.1.0, the local
# tool of .config/dotnet-tools.json). Not part of CI: run it locally and record the scores in docs/quality.md.
#
# Usage:   bash tests/mutation.sh [FOLDER...]      (folders under src/PartyOrg.Domain; default: Elections Terms)
#          bash tests/mutation.sh Elections Terms Meetings Compliance/Rules
# Env:     MUTATION_BUDGET_MINUTES  time budget per folder (default 25; the run is stopped when it is exceeded,
#                                   and a stopped run writes no report: be generous)
#          MUTATION_CONCURRENCY     parallel test runners (default 1; the machine's cores are shared)
#          MUTATION_TEST_FILTER     dotnet test filter for the test runs (default: the fast unit tests, without the
#                                   child-process, scale and fuzz tests)
# Output:  artifacts/mutation/<folder>/reports/mutation-report.json and .html; the score is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
budget="${MUTATION_BUDGET_MINUTES:-25}"
concurrency="${MUTATION_CONCURRENCY:-1}"
filter="${MUTATION_TEST_FILTER:-FullyQualifiedName!~ScaleTests&FullyQualifiedName!~ToolEndToEndTests&FullyQualifiedName!~StructuredFuzzTests&FullyQualifiedName!~CommandFuzzTests&FullyQualifiedName!~DeterminismTests&FullyQualifiedName!~MalformedInputCorpusTests&FullyQualifiedName!~LoaderFuzzTests}"
folders=("$@")
if [ ${#folders[@]} -eq 0 ]; then
    folders=(Elections Terms)
fi

dotnet tool restore >/dev/null
root="$(pwd)"
for folder in "${folders[@]}"; do
    name="${folder//\//-}"
    out="$root/artifacts/mutation/$name"
    rm -rf "$out"
    mkdir -p "$out"
    config="$out/stryker-config.json"
    cat > "$config" <<JSON
{
  "stryker-config": {
    "project": "PartyOrg.Domain.csproj",
    "test-projects": ["$root/tests/PartyOrg.Domain.Tests/PartyOrg.Domain.Tests.csproj"],
    "target-framework": "net10.0",
    "configuration": "Release",
    "mutate": ["**/src/PartyOrg.Domain/$folder/**/*.cs"],
    "coverage-analysis": "perTest",
    "concurrency": $concurrency,
    "test-case-filter": "$filter",
    "reporters": ["json", "html", "progress"],
    "thresholds": { "high": 85, "low": 70, "break": 0 }
  }
}
JSON
    echo "== $folder (budget ${budget} min, concurrency $concurrency)"
    started=$(date +%s)
    (cd tests/PartyOrg.Domain.Tests && timeout "${budget}m" dotnet stryker --config-file "$config" --output "$out") > "$out/stryker.log" 2>&1 || echo "   stopped or failed: see $out/stryker.log"
    report="$out/reports/mutation-report.json"
    if [ -f "$report" ]; then
        python3 - "$report" "$folder" "$(( $(date +%s) - started ))" <<'PY'
import json, sys
report, folder, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3])
counts = {}
for f in json.load(open(report))["files"].values():
    for m in f["mutants"]:
        counts[m["status"]] = counts.get(m["status"], 0) + 1
killed = counts.get("Killed", 0) + counts.get("Timeout", 0)
survived = counts.get("Survived", 0) + counts.get("NoCoverage", 0)
score = 100.0 * killed / (killed + survived) if killed + survived else 0.0
print(f"   {folder}: score {score:.1f} % (killed {counts.get('Killed', 0)}, timeout {counts.get('Timeout', 0)}, "
      f"survived {counts.get('Survived', 0)}, no coverage {counts.get('NoCoverage', 0)}, "
      f"compile errors {counts.get('CompileError', 0)}, ignored {counts.get('Ignored', 0)}) in {seconds} s")
PY
    else
        echo "   no report (see $out/stryker.log)"
    fi
done

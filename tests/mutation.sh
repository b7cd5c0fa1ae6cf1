#!/usr/bin/env bash
# Mutation testing of PartyOrg.Domain, one source folder at a time, with Stryker.NET (dotnet-stryker 5.1.0, the local
# tool of .config/dotnet-tools.json). Not part of CI: run it locally and record the scores in docs/quality.md.
#
# Usage:   bash tests/mutation.sh [FOLDER...]      (folders under src/PartyOrg.Domain; default: Elections Terms)
#          bash tests/mutation.sh Elections Terms Meetings Compliance/Rules
#          bash tests/mutation.sh "Compliance/Rules/Meetings+Compliance/Rules/MeetingRequirementRule.cs"
#          A "+"-joined argument is ONE Stryker run over several folders or single .cs files (one build and one initial
#          test run instead of several); the score is printed for the whole run and for each part.
# Env:     MUTATION_BUDGET_MINUTES  time budget per folder (default 25; the run is stopped when it is exceeded,
#                                   and a stopped run writes no report: be generous)
#          MUTATION_CONCURRENCY     parallel test runners (default 1; the machine's cores are shared)
#          MUTATION_TEST_FILTER     dotnet test filter for the test runs (default: the fast unit tests, without the
#                                   child-process, scale and fuzz tests)
#          MUTATION_IGNORE_METHODS  comma-separated Stryker "ignore-methods" patterns, e.g. "LocalizedText.ctor" to leave
#                                   out the message texts of the rules (not part of what the tests may pin)
#          MUTATION_IGNORE_MUTATIONS comma-separated Stryker "ignore-mutations" kinds, e.g. "string" (every string literal:
#                                   the rules' messages, which the tests do not pin)
# Output:  artifacts/mutation/<folder>/reports/mutation-report.json and .html; the score is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
budget="${MUTATION_BUDGET_MINUTES:-25}"
concurrency="${MUTATION_CONCURRENCY:-1}"
ignore_methods=""
if [ -n "${MUTATION_IGNORE_METHODS:-}" ]; then
    IFS=',' read -r -a methods <<< "$MUTATION_IGNORE_METHODS"
    for m in "${methods[@]}"; do
        ignore_methods="$ignore_methods${ignore_methods:+, }\"$m\""
    done
fi
filter="${MUTATION_TEST_FILTER:-FullyQualifiedName!~ScaleTests&FullyQualifiedName!~ToolEndToEndTests&FullyQualifiedName!~StructuredFuzzTests&FullyQualifiedName!~CommandFuzzTests&FullyQualifiedName!~DeterminismTests&FullyQualifiedName!~MalformedInputCorpusTests&FullyQualifiedName!~LoaderFuzzTests}"
folders=("$@")
if [ ${#folders[@]} -eq 0 ]; then
    folders=(Elections Terms)
fi

ignore_mutations=""
if [ -n "${MUTATION_IGNORE_MUTATIONS:-}" ]; then
    IFS=',' read -r -a kinds <<< "$MUTATION_IGNORE_MUTATIONS"
    for k in "${kinds[@]}"; do
        ignore_mutations="$ignore_mutations${ignore_mutations:+, }\"$k\""
    done
fi

dotnet tool restore >/dev/null
root="$(pwd)"
for folder in "${folders[@]}"; do
    name="${folder//\//-}"
    name="${name//+/_}"
    if [ ${#name} -gt 80 ]; then
        name="${name:0:60}_$(printf '%s' "$folder" | md5sum | cut -c1-8)"
    fi
    mutate=""
    IFS='+' read -r -a parts <<< "$folder"
    for part in "${parts[@]}"; do
        case "$part" in
            *.cs) glob="**/src/PartyOrg.Domain/$part" ;;
            *) glob="**/src/PartyOrg.Domain/$part/**/*.cs" ;;
        esac
        mutate="$mutate${mutate:+, }\"$glob\""
    done
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
    "mutate": [$mutate],
    "coverage-analysis": "perTest",
    "concurrency": $concurrency,
    "test-case-filter": "$filter",
    "ignore-methods": [$ignore_methods],
    "ignore-mutations": [$ignore_mutations],
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
parts = folder.split("+")
def line(label, counts):
    killed = counts.get("Killed", 0) + counts.get("Timeout", 0)
    survived = counts.get("Survived", 0) + counts.get("NoCoverage", 0)
    score = 100.0 * killed / (killed + survived) if killed + survived else 0.0
    return (f"{label}: score {score:.1f} % (killed {counts.get('Killed', 0)}, timeout {counts.get('Timeout', 0)}, "
            f"survived {counts.get('Survived', 0)}, no coverage {counts.get('NoCoverage', 0)}, "
            f"compile errors {counts.get('CompileError', 0)}, ignored {counts.get('Ignored', 0)})")
total, per = {}, {p: {} for p in parts}
for path, f in json.load(open(report))["files"].items():
    norm = path.replace("\\", "/")
    owner = next((p for p in parts if ("/src/PartyOrg.Domain/" + p + ("" if p.endswith(".cs") else "/")) in norm
                  or (p.endswith(".cs") and norm.endswith("/src/PartyOrg.Domain/" + p))), None)
    for m in f["mutants"]:
        total[m["status"]] = total.get(m["status"], 0) + 1
        if owner is not None:
            per[owner][m["status"]] = per[owner].get(m["status"], 0) + 1
print("   " + line(folder, total) + f" in {seconds} s")
if len(parts) > 1:
    for p in parts:
        print("     " + line(p, per[p]))
PY
    else
        echo "   no report (see $out/stryker.log)"
    fi
done

#!/usr/bin/env bash
# Builds the documentation site with docfx into docs/_site (git-ignored): the guides (docs/*.md) as articles and
# the API reference of PartyOrg.Domain and PartyOrg.Domain.Json (public types only, with their members and XML docs;
# NodaTime types link to NodaTime's reference). Warnings are errors. Then checks the result: every public type of
# both packages (as approved in tests/PartyOrg.Domain.Tests/PublicApi) has its page, no other type has one, and the
# ComplianceChecker page documents Check.
# Needs only the .NET SDK: docfx is a local tool (.config/dotnet-tools.json), restored here.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

dotnet tool restore
rm -rf docs/_site docs/obj/api
dotnet docfx metadata docs/docfx.json --warningsAsErrors
# docfx points NodaTime types at NodaTime's source files; drop those links so the NodaTime xref map
# (docs/api/nodatime-xrefmap.yml) links them to NodaTime's API reference instead.
sed -i '/^  href: https:\/\/github\.com\/nodatime\//d' docs/obj/api/*.yml
dotnet docfx build docs/docfx.json --warningsAsErrors

fail() { echo "API docs check FAILED: $*" >&2; exit 1; }
site="docs/_site/api"
[ -f "$site/PartyOrg.Domain.Compliance.ComplianceChecker.html" ] || fail "no page for ComplianceChecker"
grep -q 'id="PartyOrg_Domain_Compliance_ComplianceChecker_Check_' "$site/PartyOrg.Domain.Compliance.ComplianceChecker.html" \
    || fail "the ComplianceChecker page does not document Check"
grep -q 'href="https://nodatime.org/' "$site/PartyOrg.Domain.Calendars.ReportingPeriod.html" \
    || fail "NodaTime types are not linked to NodaTime's reference"

# Public types as approved (namespace + type name, nested types as Outer.Inner), against the type pages.
expected="$(mktemp)"; actual="$(mktemp)"
trap 'rm -f "$expected" "$actual"' EXIT
for approved in tests/PartyOrg.Domain.Tests/PublicApi/PartyOrg.Domain.approved.txt tests/PartyOrg.Domain.Tests/PublicApi/PartyOrg.Domain.Json.approved.txt; do
    awk '
        /^namespace / { ns = $2; next }
        /^    [a-z].*(class|struct|interface|enum|record|delegate) [A-Za-z_]/ {
            line = $0
            sub(/^.*(class|struct|interface|enum|record struct|record|delegate [^ ]+) /, "", line)
            sub(/[^A-Za-z0-9_].*$/, "", line)
            print ns "." line
        }
        /^        [a-z].*(class|struct|interface|enum|record) [A-Za-z_]/ {
            line = $0
            sub(/^.*(class|struct|interface|enum|record) /, "", line)
            sub(/[^A-Za-z0-9_].*$/, "", line)
            print "NESTED " line
        }' "$approved"
done | grep -v '^NESTED ' | sort -u > "$expected"
namespaces="$(grep -h '^namespace ' tests/PartyOrg.Domain.Tests/PublicApi/*.approved.txt | awk '{print $2}' | sort -u)"
for page in "$site"/*.html; do
    name="$(basename "$page" .html)"
    case "$name" in index|toc) continue ;; esac
    printf '%s\n' "$namespaces" | grep -Fxq "$name" && continue
    printf '%s\n' "$name"
done | sed 's/-[0-9]*$//' | sort -u > "$actual"
if ! diff -u "$expected" "$actual" >&2; then
    fail "the type pages (+) differ from the approved public API (-)"
fi
echo "API docs: $(wc -l < "$actual") public types, every one with its page; site: $root/docs/_site/index.html"

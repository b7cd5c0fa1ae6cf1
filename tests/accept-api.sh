#!/usr/bin/env bash
# Accepts public-API changes: moves every *.received.txt under tests/ over its *.approved.txt.
# The received files are written by the approved-API tests (tests/*/PublicApi/) on a mismatch.
# Review the result with `git diff` before committing.
#
# Alternative for bulk updates: run the tests with PARTYORG_ACCEPT_API=1, e.g.
#   PARTYORG_ACCEPT_API=1 dotnet test PartyOrg.Domain.sln -c Release
# which makes the API tests write the approved files and fail that run; review the diff and run again.
set -euo pipefail
cd "$(dirname "$0")"
count=0
while IFS= read -r -d '' received; do
    approved="${received%.received.txt}.approved.txt"
    mv -f "$received" "$approved"
    echo "accepted: ${approved}"
    count=$((count + 1))
done < <(find . -name '*.received.txt' -not -path '*/bin/*' -not -path '*/obj/*' -print0)
echo "${count} file(s) accepted"

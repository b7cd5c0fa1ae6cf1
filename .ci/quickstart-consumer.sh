#!/usr/bin/env bash
# A new user's first steps, on the packages CI just built: a new console app, the README's install line as written
# (against a local feed holding artifacts/packages), the README's quickstart as Program.cs; run under the JIT, then
# published with Native AOT and run again. Both must print the same, including the line the README shows.
# Usage: .ci/quickstart-consumer.sh <repository root> <folder with the .nupkg files> <work folder>
set -euo pipefail
root="$1"; feed="$2"; work="$3"
fail() { echo "QUICKSTART FAILED: $*" >&2; exit 1; }

readme="$root/README.md"
install_line="$(awk '/^## Install/{f=1} f && /^dotnet add package PartyOrg.Domain( |$)/{print; exit}' "$readme")"
[ -n "$install_line" ] || fail "README.md has no 'dotnet add package PartyOrg.Domain' line under ## Install"
echo "README install line: $install_line"

rm -rf "$work"; mkdir -p "$work"
cd "$work"
case "$(pwd -P)/" in "$(cd "$root" && pwd -P)/"*) fail "the work folder must be outside the repository" ;; esac
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="ci-artifacts" value="$feed" />
  </packageSources>
</configuration>
XML
# The version is new to this machine unless an earlier run built the same commit: never take a stale copy.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/partyorg.domain"

dotnet new console --name Quickstart --output . --framework net10.0 >/dev/null
eval "$install_line"
grep -q 'PackageReference Include="PartyOrg.Domain"' Quickstart.csproj || fail "the install line did not add PartyOrg.Domain"

# The quickstart: the first csharp block after "## Quickstart" in the README.
awk '/^## Quickstart/{q=1} q && /^```csharp/{c=1; next} c && /^```/{exit} c{print}' "$readme" > Program.cs
[ -s Program.cs ] || fail "README.md has no csharp block under ## Quickstart"
expected="$(awk '/^## Quickstart/{q=1} q && /^```text/{c=1; next} c && /^```/{exit} c{print}' "$readme")"

dotnet run -c Release > jit.txt || fail "the quickstart does not run under the JIT"
dotnet publish -c Release -r linux-x64 -p:PublishAot=true -o aot > publish.log 2>&1 || { cat publish.log >&2; fail "Native AOT publish failed"; }
grep -E 'warning (IL|AOT)[0-9]+' publish.log | sed 's/^/publish: /' || true
./aot/Quickstart > aot.txt || fail "the Native AOT build of the quickstart crashed"

echo "JIT output: $(wc -l < jit.txt) lines; Native AOT output: $(wc -l < aot.txt) lines"
diff -u jit.txt aot.txt >&2 || fail "Native AOT output differs from the JIT output"
[ -n "$expected" ] || fail "README.md shows no output of the quickstart"
while IFS= read -r line; do
    grep -Fxq "$line" jit.txt || fail "the quickstart did not print the README's line: $line"
done <<< "$expected"
echo "quickstart OK: same output under JIT and Native AOT, including the README's line"

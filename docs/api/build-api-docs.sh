#!/usr/bin/env bash
# Builds the HTML API reference from the XML doc comments with Doxygen.
# Output: docs/api/html/index.html (git-ignored). CI does not run this.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

if ! command -v doxygen >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "doxygen not found; installing it with apt-get"
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y doxygen
    else
        echo "doxygen is not installed. Install it first, e.g.: sudo apt-get update && sudo apt-get install -y doxygen" >&2
        exit 1
    fi
fi

rm -rf docs/api/html
doxygen docs/api/Doxyfile
[ -f docs/api/html/index.html ] || { echo "doxygen produced no docs/api/html/index.html" >&2; exit 1; }
echo "API docs: $root/docs/api/html/index.html"

#!/bin/bash
# Writes one batch of ops files (tools-1.sh to tools-4.sh) with VALUE as every credential, commits them in a
# scratch repository, scans its history with the CLI and prints each file as found (with its rows) or MISS.
# Usage: test/eval/opsBatch/run.sh tools-1.sh VALUE   (CLI=path/to/cli.js to use another build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=${CLI:-$here/../../../dist/cli.js}
repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
cd "$repo"
git init -q && git config user.email ops@example.invalid && git config user.name ops
bash "$here/$1" "$2"
git add -A && git commit -qm batch
node "$cli" detect --repo "$repo" --only credentials --no-cache --person nobody@example.invalid --json | python3 -c '
import json, subprocess, sys
found = {}
for c in json.load(sys.stdin)["credentials"]:
    for l in c["locations"]:
        found.setdefault(l["path"], []).append("%s@%d" % (c["kind"], l["line"]))
files = subprocess.run(["git", "ls-files"], capture_output=True, text=True).stdout.split()
for f in files:
    print(("     " if f in found else "MISS ") + f, " ".join(found.get(f, [])))
print("missed %d of %d files" % (sum(f not in found for f in files), len(files)))
'

#!/usr/bin/env bash
# Runs every check of LiveFunctions from a clean clone: installs the local tools (Azurite), builds the solution
# with warnings as errors, and runs all test projects (unit, Azurite, emulator and end-to-end tests).
# Each test run starts the services it needs itself, on free loopback ports.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x tools/node_modules/.bin/azurite ]; then
  echo "==> installing local tools (npm ci --prefix tools)"
  npm ci --prefix tools --no-audit --no-fund
fi

echo "==> dotnet build"
dotnet build LiveFunctions.sln -c Release -nologo

results=artifacts/test-results
rm -rf "$results"
echo "==> dotnet test"
status=0
dotnet test LiveFunctions.sln -c Release --no-build -nologo --filter "Category!=Timing" \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" || status=$?

# Tests that measure rates against the emulator's per-second limits (trait Category=Timing) run last, alone on the
# machine, so that the load of the parallel test projects cannot skew them.
echo "==> dotnet test (timing-sensitive tests, alone)"
dotnet test tests/LiveFunctions.EndToEnd.Tests -c Release --no-build -nologo --filter "Category=Timing" \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" || status=$?

# One plain summary line over every test project.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); passed=$((passed + ${p:-0}))
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); failed=$((failed + ${f:-0}))
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters"); skipped=$((skipped + ${n:-0}))
done
echo "Total: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi

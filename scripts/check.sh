#!/usr/bin/env bash
# npm run check (= npm test): every check, in the order a failure is cheapest to see.
set -euo pipefail
step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }
# Tests must leave the tree as they found it (screenshots go to the ignored test-results/).
tree_before=$(git status --porcelain 2>/dev/null || true)

step "types";           npx wxt prepare >/dev/null && npx tsc --noEmit
step "lint";            npx eslint . --max-warnings=0
step "format";          npx prettier --check . --log-level=warn
step "unit, UI, integration and meta tests"; npx vitest run
step "fuzzing: 10,000 seeded cases per property"; npm run fuzz --silent
step "production builds and store zips (Chrome, Firefox, sources)"; npm run zip --silent >/dev/null
step "web-ext lint (the Firefox zip, as AMO sees it)"; npm run lint:firefox-zip --silent
step "end-to-end (Chromium)"; npm run test:e2e --silent
step "end-to-end (Firefox ESR)"; npm run test:e2e:firefox --silent
# After the e2e suite: it builds .output-e2e, whose manifest this step checks too.
step "manifest: permissions, icons, shortcut, locales; the zips"; npx vitest run --config vitest.manifest.config.ts
step "clean tree"
tree_after=$(git status --porcelain 2>/dev/null || true)
if [ "$tree_after" != "$tree_before" ]; then
  printf 'The checks changed the work tree (write test output to test-results/):\n%s\n' "$tree_after"
  # Fatal in CI, where the clone starts clean; a warning locally, where you may be editing.
  [ "${CI:-}" = "true" ] && exit 1
fi
echo "git status unchanged"

#!/usr/bin/env bash
# npm run check (= npm test): every check, in the order a failure is cheapest to see.
set -euo pipefail
step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "types";           npx wxt prepare >/dev/null && npx tsc --noEmit
step "lint";            npx eslint . --max-warnings=0
step "format";          npx prettier --check . --log-level=warn
step "unit, UI, integration and meta tests"; npx vitest run
step "fuzzing: 10,000 seeded cases per property"; npm run fuzz --silent
step "production builds and store zips (Chrome, Firefox, sources)"; npm run zip --silent >/dev/null
step "web-ext lint (the Firefox zip, as AMO sees it)"; npm run lint:firefox-zip --silent
step "manifest: permissions, icons, shortcut, locales; the zips"; npx vitest run --config vitest.manifest.config.ts
step "end-to-end (Chromium)"; npm run test:e2e --silent

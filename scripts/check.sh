#!/usr/bin/env bash
# npm run check (= npm test): every check, in the order a failure is cheapest to see.
set -euo pipefail
step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "types";           npx wxt prepare >/dev/null && npx tsc --noEmit
step "lint";            npx eslint . --max-warnings=0
step "format";          npx prettier --check . --log-level=warn
step "unit, UI, integration and meta tests"; npx vitest run
step "fuzzing: 10,000 seeded cases per property"; npm run fuzz --silent
step "production builds (Chrome MV3, Firefox)"; npx wxt build >/dev/null && npx wxt build -b firefox >/dev/null
step "web-ext lint (Firefox build)"; npx web-ext lint --source-dir .output/firefox-mv3 --self-hosted --output text
step "end-to-end (Chromium)"; npm run test:e2e --silent
# After the e2e suite: it builds .output-e2e, whose manifest this step checks too.
step "manifest permissions"; npx vitest run --config vitest.manifest.config.ts

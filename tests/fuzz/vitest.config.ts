import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config';

// `npx vitest run --config tests/fuzz/vitest.config.ts`: the fuzz properties at test size, until
// tests/fuzz joins the main include list. Node environment: the properties parse with linkedom.
// mergeConfig concatenates arrays, so the include list is replaced afterwards.
const merged = mergeConfig(base, defineConfig({ test: { environment: 'node' } })) as typeof base;
merged.test = { ...merged.test, include: ['tests/fuzz/**/*.test.ts'] };
export default merged;

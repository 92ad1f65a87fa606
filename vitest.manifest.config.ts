import { defineConfig } from 'vitest/config';

// Runs after the production builds: asserts on what ships, not on the config that produced it.
export default defineConfig({
  test: { environment: 'node', include: ['tests/manifest/**/*.test.ts'] },
});

import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import solid from 'vite-plugin-solid';

// WxtVitest aliases wxt/browser to the fake browser; it does not bring the Solid module's
// plugin along, so .tsx tests need solid() here (DESIGN.md, toolchain facts).
export default defineConfig({
  plugins: [WxtVitest(), solid()],
  resolve: { conditions: ['browser', 'development'] },
  test: {
    environment: 'jsdom',
    include: ['tests/{unit,ui,meta,integration,fuzz}/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    mockReset: true,
    restoreMocks: true,
  },
});

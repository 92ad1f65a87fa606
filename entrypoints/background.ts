import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground({
  type: 'module',
  main() {
    // Wiring is added by lib/app (reminders, badge); nothing runs at module top level.
  },
});

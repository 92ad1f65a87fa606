import { defineBackground } from 'wxt/utils/define-background';
import { registerReminderHandlers } from '@/lib/app/reminders';
import { registerTabSessionCleanup } from '@/lib/app/tab-session';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners must be registered in the service worker's first turn (MV3).
    registerReminderHandlers();
    registerTabSessionCleanup();
  },
});

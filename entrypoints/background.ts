import { defineBackground } from 'wxt/utils/define-background';
import { registerReminderHandlers } from '@/lib/app/reminders';
import { registerTabSessionCleanup } from '@/lib/app/tab-session';
import { say } from '@/lib/ui/i18n';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners must be registered in the service worker's first turn (MV3).
    // Notifications are worded by the UI's translator (lib/app never imports lib/ui).
    registerReminderHandlers(say);
    registerTabSessionCleanup();
  },
});

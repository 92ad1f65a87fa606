import { defineBackground } from 'wxt/utils/define-background';
import { registerReminderHandlers } from '@/lib/app/reminders';
import { shippedMessages } from '@/lib/app/shipped-messages';
import { registerTabSessionCleanup } from '@/lib/app/tab-session';
import { say } from '@/lib/ui/i18n';
import { startUiLanguage } from '@/lib/ui/start-ui-language';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners must be registered in the service worker's first turn (MV3).
    // Notifications are worded by the UI's translator (lib/app never imports lib/ui), in the
    // language chosen in the settings (read at each check), else the browser's; read from the
    // shipped _locales files (a service worker cannot import() the bundle's chunks).
    registerReminderHandlers(say, () => startUiLanguage(shippedMessages));
    registerTabSessionCleanup();
  },
});

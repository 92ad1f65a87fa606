import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeI18n } from './support/fake-i18n';

beforeEach(() => {
  fakeBrowser.reset();
  installFakeI18n('en');
});

import type { JSX } from 'solid-js';
import { render } from 'solid-js/web';
import { vi } from 'vitest';
import {
  RequestComposer,
  type RequestComposerProps,
} from '../../components/request/RequestComposer';
import { PROFILE, SHOP_FACTS } from '../fixtures/requests/facts';

/**
 * The UI tests' shared setup for the request composer (and whatever else a test renders beside
 * it): mount into the document, unmount everything after each test with `afterEach(unmountAll)`.
 */
const mounted: (() => void)[] = [];

/** Renders `ui` into a fresh container appended to the body. */
export function mountInBody(ui: () => JSX.Element): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(render(ui, container));
  return container;
}

/** Disposes of every mounted tree and empties the body. */
export function unmountAll(): void {
  for (const dispose of mounted.splice(0)) {
    dispose();
  }
  document.body.innerHTML = '';
}

/** The demo shop's facts and profile, an empty draft, a fixed day, spies for every callback. */
export function composerProps(overrides: Partial<RequestComposerProps> = {}): RequestComposerProps {
  return {
    to: 'contact@lumen-boutique.example',
    facts: SHOP_FACTS,
    profile: PROFILE,
    defaults: { law: 'gdpr', language: 'en', reasons: [] },
    today: '2026-11-26',
    onSent: vi.fn(),
    onCopy: vi.fn(),
    onDownloadEml: vi.fn(),
    ...overrides,
  };
}

/** Mounts the composer with `composerProps(overrides)`; returns its container and its props. */
export function mountComposer(overrides: Partial<RequestComposerProps> = {}): {
  container: HTMLElement;
  props: RequestComposerProps;
} {
  const props = composerProps(overrides);
  return { container: mountInBody(() => <RequestComposer {...props} />), props };
}

import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadErrorView } from '../../components/popup/ReadErrorView';
import { readWorkerReply } from '../../lib/app/analyze-document';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

describe('ReadErrorView', () => {
  it('says plainly that a malformed analysis is Rightful’s fault, as an alert', () => {
    // The popup's path: the worker's reply is read, found malformed, and its kind is shown.
    const error = readWorkerReply({ ok: true, value: { blocks: 'nope' } });
    if (!(error instanceof Error)) {
      throw new Error('a malformed reply was accepted');
    }
    const container = document.createElement('div');
    document.body.append(container);
    dispose = render(
      () => (
        <ReadErrorView
          error={{ kind: error.kind, url: 'https://a.example/p' }}
          onAllow={() => {}}
        />
      ),
      container,
    );
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(
      'Rightful’s analysis of this policy came back unreadable: a fault in Rightful, not in the page. Close the popup and try again.',
    );
  });
});

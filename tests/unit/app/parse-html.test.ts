import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/app/parse-html';

// linkedom is patched (patches/linkedom+0.18.15.patch) to make a node's listener map on its
// first addEventListener instead of for every parsed node: listeners must work as before.
describe('parseHtml with the patched linkedom: listeners and classes of parsed nodes', () => {
  it('calls a listener added to a parsed element, bubbling from a child, until it is removed', () => {
    const doc = parseHtml('<main><p id="p"><a id="a" href="/x">x</a></p></main>');
    const p = doc.getElementById('p')!;
    const a = doc.getElementById('a')!;
    const seen: string[] = [];
    const listener = (e: Event): void => {
      seen.push((e.target as Element).id);
    };
    p.addEventListener('ping', listener);
    a.dispatchEvent(new doc.defaultView!.Event('ping', { bubbles: true }));
    p.dispatchEvent(new doc.defaultView!.Event('ping'));
    p.removeEventListener('ping', listener);
    p.dispatchEvent(new doc.defaultView!.Event('ping'));
    expect(seen).toEqual(['a', 'p']);
  });

  it('lets a listener be removed from, and an event sent to, a node that never had one', () => {
    const doc = parseHtml('<p id="p">text</p>');
    const p = doc.getElementById('p')!;
    expect(() => p.removeEventListener('ping', () => undefined)).not.toThrow();
    expect(p.dispatchEvent(new doc.defaultView!.Event('ping'))).toBe(true);
  });

  // The second patch: a parsed element's classList is made when first asked, not during the parse.
  it('reads a parsed class attribute through classList, className and getAttribute', () => {
    const doc = parseHtml('<p id="p" class="note  legal note">text</p>');
    const p = doc.getElementById('p')!;
    expect(p.classList.contains('legal')).toBe(true);
    expect(p.className).toBe('note legal');
    expect(p.getAttribute('class')).toBe('note legal');
    expect(doc.getElementsByClassName('legal')).toHaveLength(1);
    expect(doc.querySelectorAll('.note')).toHaveLength(1);
  });
});

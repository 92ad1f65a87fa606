import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../../lib/app/analyze-html';
import { requestContext } from '../../../lib/app/request-flow';

// The composer's main action follows the policy's own order: a request form the policy gives for
// the reader's rights comes before a shop's or a desk's address it gives for something else.
const URL_ = 'https://shop.example/privacy';

function contextWith(mail: string) {
  const body = `<html lang="en"><body><main><h1>Privacy policy</h1>
    <p>We collect your name and email address to deliver your orders.</p>
    <p>If you want to access or delete the information we hold about you, please
      <a href="https://shop.example/request-form">fill in our request form</a>.</p>
    <p>For questions about an order, ${mail}.</p></main></body></html>`;
  const read = analyzeHtml({ body, url: URL_, today: '2026-01-01', contentType: 'text/html' });
  return requestContext({ url: URL_, ...read }, URL_, 'en-GB');
}

describe('requestContext: the form first when the policy ranks it above a non-privacy address', () => {
  it('the rights form before shop@: the form is the main action, the address still there', () => {
    const ctx = contextWith('<a href="mailto:shop@shop.example">write to our shop</a>');
    expect(ctx).toMatchObject({
      to: 'shop@shop.example',
      webform: 'https://shop.example/request-form',
      formFirst: true,
    });
  });

  it('a privacy address is still the main way, the form one of the others', () => {
    const ctx = contextWith('<a href="mailto:privacy@shop.example">write to our privacy team</a>');
    expect(ctx.to).toBe('privacy@shop.example');
    expect(ctx.webform).toBe('https://shop.example/request-form');
    expect(ctx.formFirst).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../../lib/policy-text/text-fragment';

describe('textFragmentUrl', () => {
  it.each([
    ['https://a.example/p', 'We keep data.', 'https://a.example/p#:~:text=We%20keep%20data.'],
    ['https://a.example/p#top', 'Short one', 'https://a.example/p#:~:text=Short%20one'],
    [
      'https://a.example/p',
      'We keep your billing information for as long as necessary, but not longer than 14 months.',
      'https://a.example/p#:~:text=We%20keep%20your%20billing,longer%20than%2014%20months.',
    ],
    [
      'https://a.example/p',
      'Opt-out, and more & less',
      'https://a.example/p#:~:text=Opt%2Dout%2C%20and%20more%20%26%20less',
    ],
    ['https://a.example/p', '   ', 'https://a.example/p'],
  ])('%s + %j → %s', (url, sentence, expected) => {
    expect(textFragmentUrl(url, sentence)).toBe(expected);
  });
});

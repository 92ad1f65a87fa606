import { afterEach, beforeEach, vi } from 'vitest';

/**
 * What a CLI command prints, for tests that call its `run(args)`: registers hooks that collect
 * stdout and stderr for each test. Read `output.out` / `output.err` after the command returns.
 */
export function captureOutput(): { readonly out: string; readonly err: string } {
  const output = { out: '', err: '' };
  beforeEach(() => {
    output.out = '';
    output.err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output.out += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output.err += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return output;
}

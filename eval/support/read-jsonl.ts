import { readFileSync } from 'node:fs';
import type * as z from 'zod';

/**
 * Read a JSON-lines file and validate each line with `schema`. Any problem (missing file, bad
 * JSON, wrong shape) throws one Error whose message is a single line naming the file and line.
 */
export function readJsonl<T>(path: string, schema: z.ZodType<T>): T[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`cannot read ${path}`);
  }
  const records: T[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') {
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${i + 1}: not valid JSON`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || '(record)';
      throw new Error(`${path}:${i + 1}: ${where}: ${issue?.message ?? 'invalid record'}`);
    }
    records.push(parsed.data);
  });
  if (records.length === 0) {
    throw new Error(`${path}: no records`);
  }
  return records;
}

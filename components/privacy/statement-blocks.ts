/**
 * The subset of Markdown PRIVACY.md uses (headings, paragraphs, "- " lists; `code`, **bold**,
 * _emphasis_, [links](…)) turned into plain blocks, so the extension can show its own privacy
 * statement offline. Everything stays text: the UI renders it with text nodes, never as HTML.
 */
/** A run of text; `strong` when inside **…** (which may hold `code`). */
export type Inline = { kind: 'text' | 'code' | 'em'; text: string; strong?: true };
export type StatementBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: Inline[] }
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'list'; items: Inline[][] };

const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|(?<![\w])_(.+?)_(?![\w])|\[([^\]]+)\]\([^)]*\)/g;

/** One line of prose → inline runs; a link keeps only its text (the file it names is not shipped). */
export function parseInline(line: string): Inline[] {
  const runs: Inline[] = [];
  let at = 0;
  for (const m of line.matchAll(INLINE)) {
    if (m.index > at) {
      runs.push({ kind: 'text', text: line.slice(at, m.index) });
    }
    if (m[1] !== undefined) {
      runs.push({ kind: 'code', text: m[1] });
    } else if (m[2] !== undefined) {
      runs.push(...parseInline(m[2]).map((r) => ({ ...r, strong: true as const })));
    } else if (m[3] !== undefined) {
      runs.push({ kind: 'em', text: m[3] });
    } else {
      runs.push({ kind: 'text', text: m[4] ?? '' });
    }
    at = m.index + m[0].length;
  }
  if (at < line.length) {
    runs.push({ kind: 'text', text: line.slice(at) });
  }
  return runs;
}

export function statementBlocks(markdown: string): StatementBlock[] {
  const blocks: StatementBlock[] = [];
  let prose: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (prose.length > 0) {
      blocks.push({ kind: 'paragraph', text: parseInline(prose.join(' ')) });
    }
    if (items.length > 0) {
      blocks.push({ kind: 'list', items: items.map(parseInline) });
    }
    prose = [];
    items = [];
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      flush();
      const level = (heading[1] ?? '#').length as 1 | 2 | 3;
      blocks.push({ kind: 'heading', level, text: parseInline(heading[2] ?? '') });
    } else if (line.startsWith('- ')) {
      if (prose.length > 0) {
        flush();
      }
      items.push(line.slice(2));
    } else if (line === '') {
      flush();
    } else if (items.length > 0) {
      // A list item's continuation line.
      items[items.length - 1] += ` ${line}`;
    } else {
      prose.push(line);
    }
  }
  flush();
  return blocks;
}

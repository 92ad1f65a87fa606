import type { Block } from '../shared/policy-text';

/**
 * Blocks of a Markdown policy (CommonMark/GFM as published by Open Terms Archive, Hugo or Jekyll
 * sites): ATX and setext headings, list items, GFM table cells, paragraphs. Of the front matter,
 * what the site shows (title, date, subtitle: frontMatterBlocks); inline markup (links, emphasis, code, inline HTML, entities) becomes its text, with a
 * mailto link's address kept when its text does not show it. Soft line breaks join a paragraph;
 * hard breaks (two trailing spaces, a backslash, <br>) split it, as <br> does in htmlToBlocks.
 * Every pattern here is anchored or bounded: no backtracking on hostile input.
 */
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*)$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const BULLET = /^[ \t]{0,12}(?:[-*+•]|\d{1,3}[.)])[ \t]+/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const TABLE_SEPARATOR =
  /^[ \t]*\|?[ \t]*:?-{1,200}:?[ \t]*(?:\|[ \t]*:?-{1,200}:?[ \t]*){0,50}\|?[ \t]*$/;
const HTML_HEADING = /^[ \t]*<h([1-6])\b[^>]{0,200}>(.{0,1000}?)<\/h\1>[ \t]*$/i;
/** Tags that end a line of text (a block or a line break), as in htmlToBlocks. */
const BREAK_TAG =
  /<\/?(?:br|p|div|li|ul|ol|tr|td|th|table|thead|tbody|section|article|h[1-6]|blockquote|dd|dt|dl|hr)\b[^>]{0,500}>/gi;
const ANY_TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,30}\b[^<>]{0,500}>/g;
const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  euro: '€',
  copy: '©',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Inline Markdown → plain text ("\n" where a hard break or a block tag was). */
export function inlineText(s: string): string {
  return decodeEntities(
    s
      // Backslash escapes are set aside first, so that an escaped * or _ is never markup.
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_m, c: string) =>
        String.fromCharCode(0xe000 + c.charCodeAt(0)),
      )
      .replace(/<!--[^]{0,5000}?-->/g, '')
      // Zero-width characters glue emphasis to a word ("\u200d_En vigueur…_") and split words.
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
      // Emphasis inside a number ("25 mars 202**6"): the digits are one number.
      .replace(/(\d)(?:\*{1,3}|_{1,3})(?=\d)/g, '$1')
      // Hugo/Jekyll shortcodes: keep a text="…" argument, drop the rest.
      .replace(/\{\{[<%][^}]{0,500}?[>%]\}\}/g, (m) => /\btext="([^"]{0,200})"/.exec(m)?.[1] ?? '')
      .replace(/\{%[^}]{0,500}%\}/g, '')
      .replace(/!\[([^\]\n]{0,500})\]\([^)\n]{0,1000}\)/g, '$1')
      .replace(
        /\[([^\]\n]{0,500})\]\(\s{0,5}<?([^)\s>]{0,1000})>?(?:\s{1,5}"[^"\n]{0,300}")?\)/g,
        (_m, text: string, url: string) => {
          const mail = /^mailto:([^?]{1,254})/i.exec(url)?.[1];
          return mail && !text.includes(mail) ? `${text} (${mail})` : text;
        },
      )
      // Reference links [text][ref] and autolinks <https://…>, <www.…> (GFM), <a@b.c>.
      .replace(/\[([^\]\n]{0,500})\]\[[^\]\n]{0,100}\]/g, '$1')
      .replace(
        /<((?:https?:\/\/|mailto:|www\.)[^>\s]{1,1000}|[^@>\s]{1,64}@[^>\s]{1,255})>/gi,
        (_m, u: string) => u.replace(/^mailto:/i, ''),
      )
      .replace(BREAK_TAG, '\n')
      .replace(ANY_TAG, '')
      .replace(/`{1,3}([^`\n]{0,1000})`{1,3}/g, '$1')
      // Emphasis markers at word edges only: an address like first_last@x keeps its underscore.
      .replace(/(^|[\s(["'«„“])(?:\*{1,3}|_{1,3})(?=\S)/g, '$1')
      .replace(/(\S)(?:\*{1,3}|_{1,3})(?=$|[\s).,;:!?"'»“”])/g, '$1')
      .replace(/\*\*/g, '')
      .replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000)),
  );
}

const WEB_LINK =
  /\[([^\]\n]{1,500})\]\(\s{0,5}<?(https?:\/\/[^)\s>]{1,1000})>?(?:\s{1,5}"[^"\n]{0,300}")?\)/g;

/** The web links of a paragraph's Markdown: the text shown and the absolute target. */
function webLinks(markdown: string): { text: string; href: string }[] {
  return [...markdown.matchAll(WEB_LINK)].map((m) => ({
    text: inlineText(m[1] ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
    href: (m[2] ?? '').replace(/[\u200b-\u200d\u2060\ufeff]/g, ''),
  }));
}

/** Front matter: YAML (---), TOML (+++) or a JSON object (Hugo) at the very top. */
function frontMatterEnd(lines: readonly string[]): number {
  const first = lines[0]?.trim();
  const close =
    first === '---'
      ? /^(?:---|\.\.\.)\s*$/
      : first === '+++'
        ? /^\+\+\+\s*$/
        : first === '{'
          ? /^\}\s*$/
          : null;
  if (!close) {
    return 0;
  }
  for (let i = 1; i < Math.min(lines.length, 200); i++) {
    if (close.test(lines[i] ?? '')) {
      return i + 1;
    }
  }
  return 0;
}

/** A top-level scalar of YAML (`key: value`), TOML (`key = "value"`) or JSON (`"key": "value",`). */
const FRONT_FIELD = /^["']?([A-Za-z][\w-]{0,40})["']?[ \t]*[:=][ \t]*(\S.{0,500}?)[ \t]*,?[ \t]*$/;
/** Keys that date the page, most telling first: a modification date before a publication date. */
const DATE_KEYS = [
  /^(?:last[_-]?(?:mod(?:ified)?|updated?|changed?|revised?)|lastmod|modified|updated(?:[_-]?(?:at|on))?)$/i,
  /^(?:effective(?:[_-]?date)?|version[_-]?date)$/i,
  /^(?:date|published(?:[_-]?(?:at|on))?|publish[_-]?date)$/i,
];
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]{0,15}(?:Z|\s?[+-]\d{2}:?\d{2})?)?$/;

/**
 * What a site generator shows of the front matter: the title (as the page's h1, when the body has
 * none of its own), the page's date and the subtitle. The date key is kept as written, with its
 * ISO date, before the subtitle (a metadata modification date is the surer "last updated"), so a policy dated only in its metadata ("lastmod: 2024-03-01") has that date,
 * with the line behind it as evidence.
 */
function frontMatterBlocks(lines: readonly string[], end: number, bodyHasH1: boolean): Block[] {
  // Keyed in lower case; the key as written is kept for the date line.
  const fields = new Map<string, [key: string, value: string]>();
  for (const line of lines.slice(1, end - 1)) {
    const m = FRONT_FIELD.exec(line);
    const key = m?.[1] ?? '';
    if (m && !fields.has(key.toLowerCase())) {
      fields.set(key.toLowerCase(), [key, (m[2] ?? '').replace(/^(["'])(.*)\1$/, '$2')]);
    }
  }
  const blocks: Block[] = [];
  const title = inlineText(fields.get('title')?.[1] ?? '').trim();
  if (title && !bodyHasH1) {
    blocks.push({ kind: 'heading', text: title, level: 1, headingPath: [] });
  }
  const under = blocks.length ? [title] : [];
  for (const keys of DATE_KEYS) {
    const dated = [...fields.values()].find(([k, v]) => keys.test(k) && ISO_DATE.test(v));
    if (dated) {
      const iso = ISO_DATE.exec(dated[1])?.[1] ?? '';
      blocks.push({ kind: 'paragraph', text: `${dated[0]}: ${iso}`, headingPath: under });
      break;
    }
  }
  const subtitle = inlineText(fields.get('subtitle')?.[1] ?? '').trim();
  if (subtitle) {
    blocks.push({ kind: 'paragraph', text: subtitle, headingPath: under });
  }
  return blocks;
}

function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

class MdBuilder {
  readonly blocks: Block[] = [];
  private path: { text: string; level: number }[] = [];
  private lines: string[] = [];
  private kind: Block['kind'] = 'paragraph';

  /** A line of text; `start` begins a new block (a list item's bullet) even of the same kind. */
  add(kind: Block['kind'], line: string, start = false): void {
    if (kind !== this.kind || start) {
      this.flush();
    }
    this.kind = kind;
    this.lines.push(line);
  }

  /** One block per hard-broken line of the pending text. */
  flush(): void {
    const raw = this.lines;
    this.lines = [];
    if (!raw.length) {
      return;
    }
    // A line ending in two spaces or a backslash is a hard break; other line ends are spaces.
    const joined = raw
      .map((l, i) =>
        i < raw.length - 1 && /(?: {2,}|\\)$/.test(l) ? `${l.replace(/\\$/, '')}\n` : `${l} `,
      )
      .join('');
    const links = webLinks(joined);
    for (const part of inlineText(joined).split('\n')) {
      const t = part.replace(/\s+/g, ' ').trim();
      if (t) {
        const own = links.filter((l) => l.text && t.includes(l.text)).slice(0, 50);
        this.blocks.push({
          kind: this.kind,
          text: t,
          headingPath: this.path.map((h) => h.text),
          ...(own.length ? { links: own } : {}),
        });
      }
    }
  }

  /** Blocks before the body (the front matter's title): a title heads the path of the rest. */
  preface(blocks: readonly Block[]): void {
    this.blocks.push(...blocks);
    for (const h of blocks) {
      if (h.kind === 'heading') {
        this.path = [{ text: h.text, level: h.level ?? 1 }];
      }
    }
  }

  heading(text: string, level: number): void {
    this.flush();
    const t = inlineText(text).replace(/\s+/g, ' ').trim();
    if (!t) {
      return;
    }
    this.path = this.path.filter((h) => h.level < level);
    this.blocks.push({
      kind: 'heading',
      text: t,
      level,
      headingPath: this.path.map((h) => h.text),
    });
    this.path.push({ text: t, level });
  }

  get pendingKind(): Block['kind'] | undefined {
    return this.lines.length ? this.kind : undefined;
  }

  /** The pending paragraph, taken back (a setext underline turns it into a heading). */
  takeParagraph(): string | undefined {
    if (this.kind !== 'paragraph' || this.lines.length !== 1) {
      return undefined;
    }
    return this.lines.pop();
  }
}

export function markdownToBlocks(markdown: string): Block[] {
  const lines = markdown
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const start = frontMatterEnd(lines);
  const b = new MdBuilder();
  if (start > 0) {
    const bodyHasH1 = lines.some(
      (l, i) =>
        i >= start && (/^ {0,3}# /.test(l) || /^ {0,3}=+\s*$/.test(l) || /^\s*<h1\b/i.test(l)),
    );
    b.preface(frontMatterBlocks(lines, start, bodyHasH1));
  }
  let inFence = false;
  for (let i = start; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/^ {0,3}>[ \t]?/, '');
    if (FENCE.test(line)) {
      b.flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      b.add('paragraph', line);
      b.flush();
      continue;
    }
    if (!line.trim()) {
      b.flush();
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      b.heading((atx[2] ?? '').replace(/[ \t]#+[ \t]*$/, ''), atx[1]?.length ?? 1);
      continue;
    }
    const html = HTML_HEADING.exec(line);
    if (html) {
      b.heading(html[2] ?? '', Number(html[1]));
      continue;
    }
    const setext = SETEXT.exec(line);
    if (setext) {
      const text = b.takeParagraph();
      if (text !== undefined) {
        b.heading(text, setext[1]?.startsWith('=') ? 1 : 2);
        continue;
      }
    }
    if (RULE.test(line)) {
      b.flush();
      continue;
    }
    if (
      line.includes('|') &&
      TABLE_SEPARATOR.test(lines[i + 1] ?? '') &&
      (lines[i + 1] ?? '').includes('-')
    ) {
      // A GFM table: header row, separator, rows; every non-empty cell a tableCell, as in HTML.
      b.flush();
      let j = i;
      for (; j < lines.length && (lines[j] ?? '').includes('|'); j++) {
        if (j === i + 1) {
          continue;
        }
        for (const cell of tableCells(lines[j] ?? '')) {
          b.add('tableCell', cell);
          b.flush();
        }
      }
      i = j - 1;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      b.add('listItem', line.slice(bullet[0].length), true);
      continue;
    }
    // A lazy or indented continuation line stays in the pending block (list item or paragraph).
    b.add(b.pendingKind ?? 'paragraph', line.trimStart());
  }
  b.flush();
  return b.blocks;
}

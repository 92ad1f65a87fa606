import { extname } from 'node:path';
import { htmlToBlocks } from '../../lib/policy-text/html-to-blocks';
import { textToBlocks } from '../../lib/policy-text/text-to-blocks';
import type { Block } from '../../lib/shared/policy-text';
import { parseHtml } from './parse-html';

export interface LoadedPolicy {
  blocks: Block[];
  /** The parsed page, for .html inputs (links, markup emails, JSON-LD). */
  doc?: Document;
  /** The page's lang attribute, when it has one. */
  lang?: string;
}

/** A saved policy file as blocks: .txt by lines and paragraphs, anything else as HTML. */
export function loadPolicy(path: string, content: string): LoadedPolicy {
  if (extname(path).toLowerCase() === '.txt') {
    return { blocks: textToBlocks(content) };
  }
  const doc = parseHtml(content);
  const lang = doc.documentElement?.getAttribute('lang') ?? undefined;
  return { blocks: htmlToBlocks(doc), doc, ...(lang ? { lang } : {}) };
}

import { extname } from 'node:path';
import { htmlToBlocks } from '../../lib/policy-text/html-to-blocks';
import { markdownToBlocks } from '../../lib/policy-text/markdown-to-blocks';
import { textToBlocks } from '../../lib/policy-text/text-to-blocks';
import type { Block } from '../../lib/shared/policy-text';
import { parseHtml } from './parse-html';

export interface LoadedPolicy {
  blocks: Block[];
  /** The parsed page, for HTML inputs (links, markup emails, JSON-LD). */
  doc?: Document;
  /** The page's lang attribute, when it has one. */
  lang?: string;
}

export const INPUT_KINDS = ['html', 'md', 'txt'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

const BY_EXTENSION: Record<string, InputKind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
  '.text': 'txt',
};

/**
 * What an input is: by its extension; standard input (`-`) by --kind, else by a look at its
 * start (markup → html, Markdown headings or links → md, otherwise plain text). An unknown
 * extension is an error, never an empty success.
 */
export function inputKind(path: string, content: string, declared?: string): InputKind {
  if (declared !== undefined) {
    if (!(INPUT_KINDS as readonly string[]).includes(declared)) {
      throw new Error(`--kind must be one of ${INPUT_KINDS.join(', ')}: ${declared}`);
    }
    return declared as InputKind;
  }
  if (path === '-') {
    const head = content.slice(0, 4000);
    if (
      /^\s*(?:<!doctype html|<html|<head|<body|<main|<article|<div|<p[\s>]|<h[1-6])/i.test(head)
    ) {
      return 'html';
    }
    return /^ {0,3}#{1,6} \S|\]\([^)\s]{1,500}\)/m.test(head) ? 'md' : 'txt';
  }
  const kind = BY_EXTENSION[extname(path).toLowerCase()];
  if (!kind) {
    throw new Error(
      `cannot tell what ${path} is: use a .html, .md or .txt file, or --kind ${INPUT_KINDS.join('|')}`,
    );
  }
  return kind;
}

/**
 * A saved policy as blocks, read as what it is: HTML page, Markdown, or plain text. `pageUrl`
 * resolves an HTML page's relative links.
 */
export function loadPolicy(
  path: string,
  content: string,
  declared?: string,
  pageUrl?: string,
): LoadedPolicy {
  const kind = inputKind(path, content, declared);
  if (kind === 'txt') {
    return { blocks: textToBlocks(content) };
  }
  if (kind === 'md') {
    return { blocks: markdownToBlocks(content) };
  }
  const doc = parseHtml(content);
  const lang = doc.documentElement?.getAttribute('lang') ?? undefined;
  return { blocks: htmlToBlocks(doc, pageUrl), doc, ...(lang ? { lang } : {}) };
}

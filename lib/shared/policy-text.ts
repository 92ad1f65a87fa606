import * as z from 'zod';

/**
 * A block of a policy's main text: what html-to-blocks produces from a page (and the evaluator
 * builds from corpus records). `headingPath` lists the headings above the block, outermost first.
 */
export const Block = z.object({
  kind: z.enum(['heading', 'paragraph', 'listItem', 'tableCell']),
  text: z.string(),
  /** 1–6 for headings. */
  level: z.number().int().min(1).max(6).optional(),
  headingPath: z.array(z.string()),
  /**
   * Web links in the block (text as shown, absolute target), where the reader keeps them
   * (Markdown, HTML): a policy may name its authority or request form by a link’s target only.
   */
  links: z
    .array(z.object({ text: z.string(), href: z.string() }))
    .max(50)
    .optional(),
});
export type Block = z.infer<typeof Block>;

/** A sentence (or short passage) of a block, with offsets into the block's text. */
export const Segment = z.object({
  index: z.number().int().nonnegative(),
  block: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  headingPath: z.array(z.string()),
  /** The block's web links whose text is in this sentence (Block.links). */
  links: z
    .array(z.object({ text: z.string(), href: z.string() }))
    .max(50)
    .optional(),
});
export type Segment = z.infer<typeof Segment>;

/**
 * Evidence or it didn't happen (DESIGN.md, house style 4): every classification and extracted
 * value points at the sentence behind it. `start`/`end` index `segment`'s text; `quote` is that slice.
 */
export const Evidence = z.object({
  segment: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

import * as z from 'zod';
import { browser } from 'wxt/browser';
import { printLetterItem as printItem } from '../storage/items';

/** A letter to print and post: the sender's and the recipient's address blocks, and the text. */
export const PrintableLetter = z.object({
  sender: z.object({
    name: z.string().optional(),
    postalAddress: z.string().optional(),
    email: z.string().optional(),
  }),
  recipient: z.object({ name: z.string().optional(), postalAddress: z.string().optional() }),
  /** ISO date, written on the letter. */
  date: z.string(),
  subject: z.string(),
  body: z.string(),
  /** BCP 47 language of the letter (the page's lang, for hyphenation and screen readers). */
  language: z.string(),
});
export type PrintableLetter = z.infer<typeof PrintableLetter>;

/** Opens the print-ready letter page in a new tab ("Save as PDF" in the print dialog gives a PDF). */
export async function openPrintableLetter(letter: PrintableLetter): Promise<void> {
  await printItem.setValue(letter);
  await browser.tabs.create({ url: browser.runtime.getURL('/letter.html') });
}

/** The letter to print, validated; undefined when there is none (or it is damaged). */
export async function readPrintableLetter(): Promise<PrintableLetter | undefined> {
  const parsed = PrintableLetter.safeParse(await printItem.getValue().catch(() => null));
  return parsed.success ? parsed.data : undefined;
}

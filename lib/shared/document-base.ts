/**
 * The URL a page's relative links resolve against: its first `<base href>` (HTML Standard 4.2.3,
 * the document's "frozen base URL"), itself resolved against the page's own URL, when that gives
 * a web address; the page's URL otherwise. A browser's live `a.href` does this; a parsed document
 * (linkedom in the CLI and the analysis worker) does not know its URL, so readers of parsed pages
 * (html-to-blocks, find-webforms) ask here.
 */
export function documentBase(doc: Document, pageUrl: string | undefined): string | undefined {
  const href = doc.querySelector('base[href]')?.getAttribute('href')?.trim();
  try {
    const url = new URL(href ?? '', pageUrl || undefined);
    if (href && /^https?:$/.test(url.protocol)) {
      return url.href;
    }
  } catch {
    // An unparsable base is ignored, as the browser does.
  }
  return pageUrl;
}

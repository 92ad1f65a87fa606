/**
 * A page shaped like the heavy real ones (a single-page-app shell around a privacy policy): inline
 * scripts, a stylesheet, inline SVG icons, a JSON state blob, a menu of many links, then a
 * policy of ordinary length with its contacts, padded to about `n` characters. Synthetic text,
 * no corpus: the bench's "5 MB realistic page" (issue 10, item 3).
 */
const POLICY = `<main lang="en"><h1>Privacy policy</h1><p>Last updated: 3 March 2025.</p>
<h2>Who we are</h2><p>Lumen Shop SAS, 12 rue de la Paix, 75002 Paris, France, is the controller of your personal data.</p>
<h2>What we collect</h2><p>We collect your name, email address, postal address and order history when you buy from us. We collect your IP address and device identifiers through cookies.</p>
<h2>Why</h2><p>We use your data to deliver your orders (Art. 6(1)(b) GDPR), to keep our accounts (legal obligation) and, with your consent, to send our newsletter.</p>
<h2>How long</h2><p>We keep billing data for 10 years and account data for 3 years after your last order.</p>
<h2>Who receives it</h2><p>Our payment provider and our carriers receive what they need. Some providers are in the United States, under the EU standard contractual clauses.</p>
<h2>Your rights</h2><p>You may access, rectify or erase your data, restrict or object to its processing, and take it elsewhere. Write to our data protection officer at dpo@lumen-shop.example. You may complain to the CNIL.</p></main>`;

function script(i: number, size: number): string {
  const unit = `function f${i}(a,b){return a.map(function(x){return x*b+${i}})}var s${i}=f${i}([1,2,3],${i});`;
  return `<script>${unit.repeat(Math.max(1, Math.round(size / unit.length)))}</script>`;
}

function icons(size: number): string {
  const icon =
    '<svg viewBox="0 0 24 24" width="24" height="24"><path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zm-1-13h2v6h-2zm0 8h2v2h-2z"/></svg>';
  return icon.repeat(Math.max(1, Math.round(size / icon.length)));
}

function menu(size: number): string {
  const count = Math.max(1, Math.round(size / 60));
  return `<nav><ul>${Array.from({ length: count }, (_, i) => `<li><a href="/p/${i}">Product ${i}</a></li>`).join('')}</ul></nav>`;
}

export function realisticPage(n: number): string {
  const rest = Math.max(0, n - POLICY.length - 400);
  const css = `.c{margin:0;padding:4px;color:#333}`.repeat(Math.round((rest * 0.1) / 35));
  const state = `{"items":[${'{"id":1,"name":"Item","price":9.99},'.repeat(Math.round((rest * 0.15) / 36))}{}]}`;
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy policy — Lumen Shop</title>',
    `<style>${css}</style>`,
    ...Array.from({ length: 20 }, (_, i) => script(i, (rest * 0.45) / 20)),
    '</head><body>',
    menu(rest * 0.1),
    icons(rest * 0.2),
    POLICY,
    `<script type="application/json" id="__STATE__">${state}</script>`,
    '<footer><a href="/privacy">Privacy policy</a> <a href="/terms">Terms</a></footer></body></html>',
  ].join('');
}

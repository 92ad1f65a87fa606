/**
 * HTML of the hostile test pages (synthetic, our own words). `beacon` is an absolute URL on the
 * test site: if any markup below ever ran or rendered inside Rightful, the browser would request
 * it, and the end-to-end test would see that request (tests/e2e/hostile.e2e.ts).
 */
export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function home(opts: {
  title: string;
  policyHref: string;
  linkText?: string;
  extra?: string;
}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(opts.title)}</title></head>
<body><main><h1>${esc(opts.title)}</h1><p>A test page of the hostile suite.</p>${opts.extra ?? ''}</main>
<footer><a href="${esc(opts.policyHref)}">${esc(opts.linkText ?? 'Privacy Policy')}</a></footer></body></html>`;
}

/** Text that looks like markup, to be shown literally; rendered as HTML it would call the beacon. */
export const htmlLooking = (beacon: string): string =>
  `<img src="${beacon}?via=evidence"> <b>bold</b>`;

/** A policy whose markup tries everything: scripts, handlers, javascript: links, HTML-looking text. */
export function xssPolicy(beacon: string): string {
  const b = (tag: string) => `${beacon}?via=${tag}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Privacy Policy</title>
<script>window.__rightfulPwned = 'head-script'; fetch(${JSON.stringify(b('head-script'))});</script>
<meta http-equiv="refresh" content="0; url=${esc(b('meta-refresh'))}">
<link rel="stylesheet" href="${esc(b('stylesheet'))}">
</head><body><main>
<h1>Privacy Policy</h1>
<p>Hostile Shop Ltd is the controller.</p>
<p>Write to dpo@hostile-shop.example ${esc(htmlLooking(beacon))} about your data.</p>
<script>window.__rightfulPwned = 'body-script'; fetch(${JSON.stringify(b('body-script'))});</script>
<img src="x" onerror="window.__rightfulPwned='onerror'; fetch(${esc(JSON.stringify(b('onerror')))})">
<img src="${esc(b('img-src'))}" alt="">
<iframe src="${esc(b('iframe'))}"></iframe>
<svg><script>fetch(${JSON.stringify(b('svg-script'))})</script></svg>
<p onmouseover="fetch(${esc(JSON.stringify(b('onmouseover')))})">We keep your data for 14 months.</p>
<p><a href="javascript:fetch(${esc(JSON.stringify(b('javascript-link')))})">Contact us</a> or
<a href="mailto:dpo@hostile-shop.example?bcc=evil@attacker.example">email the DPO</a>.</p>
<form action="${esc(b('form'))}"><button>Send</button></form>
</main></body></html>`;
}

/** A home page whose footer link is rewritten by a script after load (the scan sees the live DOM). */
export function rewritingHome(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Rewriting shop</title></head>
<body><main><h1>Rewriting shop</h1></main>
<footer><a id="legal" href="/hostile/rewrite/terms">Terms of sale</a></footer>
<script>
  setTimeout(() => {
    const a = document.getElementById('legal');
    a.href = '/hostile/rewrite/privacy-notice';
    a.textContent = 'Privacy Notice';
    document.body.dataset.rewritten = 'yes';
  }, 50);
</script></body></html>`;
}

/**
 * A page that builds `total` nested elements after load: one chain `deepest` levels deep, the
 * rest in chains 1,000 deep. (The HTML parser stops nesting at 512 levels, so the depth comes
 * from script, as a hostile page would do it. Chromium itself needs ~23 s to build one chain of
 * 100,000 and its renderer crashes on 200,000, so no page can hold that one chain.)
 */
export function deepPage(total: number, deepest: number): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Deep page</title></head>
<body><main><h1>Deep page</h1><div id="deep" style="display:none"></div></main>
<footer><a href="/hostile/deep/privacy-policy">Privacy Policy</a></footer>
<script>
  const root = document.getElementById('deep');
  let made = 0;
  const chain = (depth) => {
    let node = root;
    for (let i = 0; i < depth && made < ${total}; i++, made++) {
      const child = document.createElement(i % 2 ? 'div' : 'span');
      node.appendChild(child);
      node = child;
    }
    node.textContent = 'deep' + made + '@deep-shop.example';
  };
  chain(${deepest});
  while (made < ${total}) chain(1000);
  document.body.dataset.elements = String(made);
</script></body></html>`;
}

/** Addresses hidden in every way next to one visible address. */
export function hiddenEmailsPolicy(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Privacy Policy</title>
<style>.gone { display: none }</style></head>
<body><main><h1>Privacy Policy</h1>
<p>Hidden Shop SAS is the controller. Write to privacy@hidden-shop.example about your data.</p>
<template><p>Or write to template@hidden-shop.example.</p></template>
<p style="display:none">Or write to inline-hidden@hidden-shop.example.</p>
<p hidden>Or write to attr-hidden@hidden-shop.example.</p>
<p class="gone">Or write to class-hidden@hidden-shop.example.</p>
<script>/* script@hidden-shop.example */</script>
</main></body></html>`;
}

/**
 * What page chrome looks like: tags, ARIA roles and class/id names of navigation, banners,
 * cookie-consent managers and sidebars, dropped by htmlToBlocks. Data, so that a new consent
 * manager is a one-line change.
 */
export const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'head',
  'nav',
  'button',
  'select',
  'input',
  'textarea',
  'canvas',
  'video',
  'audio',
  'dialog',
  'menu',
  'label',
]);
export const CHROME_TAGS = new Set(['header', 'footer', 'aside']);
export const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'menu',
  'menubar',
]);
export const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'address',
  'figure',
  'figcaption',
  'form',
  'fieldset',
  'details',
  'summary',
  'hr',
  'center',
  'caption',
  'body',
  'html',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'footer',
  'aside',
]);
/** Consent managers by their usual ids/classes (OneTrust, Cookiebot, Didomi, Usercentrics, …). */
export const BANNER =
  /cookie|consent|gdpr-?banner|onetrust|cookiebot|didomi|usercentrics|tarteaucitron|\bcmp\b|cc-window|cc-banner/i;
/** Page furniture by its usual class or id names, when no tag or role says so. */
export const CHROME_CLASS =
  /(?:^|[\s_-])(?:footer|sidebar|widget|breadcrumbs?|navbar|nav|menu|share|sharing|social|related|comments?|masthead|skip-link|subscribe|newsletter|promo|advert|ads)(?:$|[\s_-])/i;

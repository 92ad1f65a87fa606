/**
 * What a journey (tests/e2e/support/journeys.ts) needs of a browser, so that the same journey and
 * the same assertions run in Chromium (playwright-core) and in Firefox (puppeteer-core over
 * WebDriver BiDi). Elements are found by role and accessible name, or fields by their label —
 * never by CSS class — so that a restyled popup does not break the suites.
 */
export type Role = 'button' | 'link' | 'radio' | 'checkbox' | 'heading' | 'textbox' | 'combobox';

export interface DownloadedFile {
  name: string;
  content: string;
}

export interface UiPage {
  /** Waits until the page's visible text contains `text` (a string) or matches it (a RegExp). */
  waitForText(text: string | RegExp): Promise<void>;
  /** The page's visible text (innerText of the body). */
  text(): Promise<string>;
  /** Waits for the element with this role and exact accessible name. */
  waitFor(role: Role, name: string): Promise<void>;
  /** Waits for it, then clicks it with a real (trusted) mouse click. */
  click(role: Role, name: string): Promise<void>;
  /** Clicks the element whose text is exactly `text`, for what has no role (a <summary>). */
  clickText(text: string): Promise<void>;
  /** Whether the radio or checkbox with this exact accessible name is checked. */
  isChecked(role: 'radio' | 'checkbox', name: string): Promise<boolean>;
  /** An attribute of the element with this role and exact accessible name. */
  attribute(role: Role, name: string, attribute: string): Promise<string | null>;
  /** The value of the form field with this exact label. */
  value(label: string): Promise<string>;
  /** Replaces the value of the form field with this exact label, as typing would. */
  fill(label: string, value: string): Promise<void>;
  /** Chooses a file in the file input with this label. */
  upload(label: string, file: DownloadedFile): Promise<void>;
  /** Clicks the button with this name and returns the file it makes the browser save. */
  download(role: Role, name: string): Promise<DownloadedFile>;
  /** Saves a screenshot to test-results/screenshots (support/screenshots.ts). */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<void>;
}

export interface Driver {
  readonly browserName: 'chromium' | 'firefox';
  /** The demo site's two origins (the second hosts a policy for a site on the first). */
  readonly origin: string;
  readonly otherOrigin: string;
  /** Opens `url` in a tab, then the popup page in a tab of its own pointed at it. */
  openPopupFor(url: string): Promise<UiPage>;
  /** Opens the dashboard in a new tab. */
  openDashboard(): Promise<UiPage>;
  /** Every URL the browser requested so far, as far as the driver can see. */
  requests(): readonly string[];
}

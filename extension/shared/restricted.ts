/**
 * Pages no extension may script: browser pages, add-on stores, the PDF viewer, local files without access.
 * We say so up front instead of letting `scripting.executeScript` fail with a browser-internal message.
 */

const BROWSER_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'resource:',
  'view-source:',
]);

const STORES: { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/** Why Pith cannot run on `url`, or null when it can. `fileAccess`: the user allowed access to file URLs. */
export function restrictedReason(url: string | undefined, fileAccess: boolean): string | null {
  if (!url) return 'the browser did not share this tab with Pith';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'its address is not a web address';
  }
  if (BROWSER_SCHEMES.has(parsed.protocol))
    return `it is a browser page (${parsed.protocol}), which extensions may not change`;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return `it is a ${parsed.protocol} page`;
  if (parsed.protocol === 'file:' && !fileAccess) {
    return 'it is a local file and "Allow access to file URLs" is off for Pith';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') {
    return `its address starts with ${parsed.protocol}`;
  }
  const store = STORES.find(
    (s) => parsed.hostname === s.host && (!s.path || parsed.pathname.startsWith(s.path)),
  );
  if (store) return 'browsers do not let extensions run on their add-on store';
  if (/\.pdf$/i.test(parsed.pathname)) return "it is a PDF shown in the browser's PDF viewer";
  return null;
}

export function restrictedMessage(reason: string): string {
  return `Pith can't read this page: ${reason}. Try it on an article page.`;
}

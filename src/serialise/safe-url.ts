/**
 * Which URLs the engine's output may carry. Page links are untrusted: a `javascript:` or `data:` link copied into
 * Markdown or HTML runs script wherever that output is rendered. Browsers ignore case, leading and trailing
 * control characters and spaces, and tabs and newlines anywhere in a URL, so the scheme is read the same way.
 */

/** Links: http, https, mailto, or relative (no scheme at all). */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
/** Images and other embedded resources: http or https, or relative. */
const RESOURCE_SCHEMES = new Set(['http', 'https']);

/** The scheme as a browser's URL parser would see it (lower case), or null for a relative URL. */
export function urlScheme(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const squashed = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(squashed);
  return match?.[1] ? match[1].toLowerCase() : null;
}

export function isSafeLink(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === null || LINK_SCHEMES.has(scheme);
}

/** Relative resources are allowed in HTML (they resolve against the page); Markdown asks for absolute ones. */
export function isSafeResource(url: string, allowRelative: boolean): boolean {
  const scheme = urlScheme(url);
  return scheme === null ? allowRelative && url.trim() !== '' : RESOURCE_SCHEMES.has(scheme);
}

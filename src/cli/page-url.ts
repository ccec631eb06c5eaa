/**
 * Which URL a saved page "is": it decides which site rules apply and how relative links resolve. Pure: the caller
 * supplies the fallback (`file://` + absolute path) because only it knows the file system.
 */
import { scanTags } from './html-tags';

/** `--url` if given, else the page's canonical link or `og:url`, else `fallback`. */
export function resolvePageUrl(html: string, flagUrl: string | undefined, fallback: string): string {
  return flagUrl ?? declaredPageUrl(html) ?? fallback;
}

/**
 * The page's own claim about its address: `<link rel=canonical href>`, else `<meta property="og:url">`. A relative
 * canonical resolves against `<base href>` or `og:url`; only http(s) results count, since a saved page's claim to be
 * `file:` or `javascript:` says nothing about which site it came from.
 */
export function declaredPageUrl(html: string): string | null {
  let canonical: string | null = null;
  let ogUrl: string | null = null;
  let base: string | null = null;
  for (const tag of scanTags(html, { skipRawText: true })) {
    const attrs = tag.attributes;
    if (tag.name === 'link' && canonical === null) {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/);
      const href = attrs.get('href')?.trim();
      if (rel.includes('canonical') && href) canonical = href;
    } else if (tag.name === 'meta' && ogUrl === null) {
      const key = (attrs.get('property') ?? attrs.get('name') ?? '').trim().toLowerCase();
      const content = attrs.get('content')?.trim();
      if (key === 'og:url' && content) ogUrl = content;
    } else if (tag.name === 'base' && base === null) {
      const href = attrs.get('href')?.trim();
      if (href) base = href;
    }
    if (canonical !== null && httpUrl(canonical) !== null) break;
  }
  const absoluteOg = ogUrl === null ? null : httpUrl(ogUrl);
  if (canonical !== null) {
    const resolved =
      httpUrl(canonical) ??
      httpUrl(canonical, base ?? undefined) ??
      httpUrl(canonical, absoluteOg ?? undefined);
    if (resolved !== null) return resolved;
  }
  return absoluteOg;
}

function httpUrl(href: string, base?: string): string | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

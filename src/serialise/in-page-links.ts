/**
 * Links to a place on the article's own page (`https://site/story#fn1`, as Readability writes `#fn1` when it
 * resolves links against the page address) become plain in-page anchors (`#fn1`) again, so footnotes and
 * contents links keep working in the reader, the saved page and the Markdown.
 */
export function localizeInPageLinks(root: Element, pageUrl: string): void {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return;
  }
  const here = withoutHash(page);
  for (const link of Array.from(root.querySelectorAll('a[href*="#"]'))) {
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) continue;
    let url: URL;
    try {
      url = new URL(href, page);
    } catch {
      continue;
    }
    if (url.hash.length > 1 && withoutHash(url) === here) link.setAttribute('href', url.hash);
  }
}

function withoutHash(url: URL): string {
  return url.href.slice(0, url.href.length - url.hash.length);
}

/**
 * A saved web page carries its images: each http(s) image of the (already sanitized) body is fetched from the
 * page, as the page itself may fetch it (same origin, or a server that allows it by CORS), and written in as
 * a `data:` URL. An image that cannot be fetched in time, is too large or is not an image keeps its web
 * address and is counted, so the save confirmation can say so. The save never waits long: every fetch has
 * a timeout and the whole pass a deadline, after which the images still in flight stay links.
 */
export interface EmbedLimits {
  perImageMs: number;
  totalMs: number;
  maxImageBytes: number;
  maxTotalBytes: number;
  concurrency: number;
}

export const EMBED_LIMITS: EmbedLimits = {
  perImageMs: 5_000,
  totalMs: 12_000,
  maxImageBytes: 3_000_000,
  maxTotalBytes: 20_000_000,
  concurrency: 4,
};

/** Fetches an image's bytes, or throws. */
export type FetchImage = (url: string, signal: AbortSignal) => Promise<Blob>;

export interface EmbedOutcome {
  html: string;
  /** Images now inside the file. */
  embedded: number;
  /** Images that still load from the web. */
  linked: number;
}

/** Raster and SVG images only: an SVG in an `<img>` runs no script. */
const IMAGE_TYPE = /^image\/(png|jpeg|gif|webp|avif|bmp|svg\+xml|x-icon|vnd\.microsoft\.icon)$/i;

export const fetchFromPage: FetchImage = async (url, signal) => {
  const response = await fetch(url, { signal, credentials: 'same-origin', cache: 'force-cache' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.blob();
};

export async function embedImages(
  sanitizedHtml: string,
  realm: { DOMParser: typeof DOMParser; FileReader: typeof FileReader },
  fetchImage: FetchImage = fetchFromPage,
  limits: EmbedLimits = EMBED_LIMITS,
): Promise<EmbedOutcome> {
  // An inert document: nothing in it loads or runs.
  const doc = new realm.DOMParser().parseFromString(`<body>${sanitizedHtml}`, 'text/html');
  const images = Array.from(doc.body.querySelectorAll('img')).filter((img) =>
    /^https?:\/\//i.test(img.getAttribute('src') ?? ''),
  );
  if (images.length === 0) return { html: sanitizedHtml, embedded: 0, linked: 0 };

  const deadline = Date.now() + limits.totalMs;
  const inFlight = new Set<AbortController>();
  const stopAll = setTimeout(() => inFlight.forEach((c) => c.abort()), limits.totalMs);
  const byUrl = new Map<string, Promise<string | null>>();
  let totalBytes = 0;

  const load = async (url: string): Promise<string | null> => {
    if (Date.now() >= deadline) return null;
    const controller = new AbortController();
    inFlight.add(controller);
    const timer = setTimeout(() => controller.abort(), limits.perImageMs);
    try {
      const blob = await fetchImage(url, controller.signal);
      if (!IMAGE_TYPE.test(blob.type) || blob.size > limits.maxImageBytes) return null;
      if (totalBytes + blob.size > limits.maxTotalBytes) return null;
      totalBytes += blob.size;
      return await dataUrlOf(blob, realm.FileReader, controller.signal);
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
      inFlight.delete(controller);
    }
  };
  const dataUrl = (url: string): Promise<string | null> => {
    let pending = byUrl.get(url);
    if (!pending) {
      pending = load(url);
      byUrl.set(url, pending);
    }
    return pending;
  };

  let embedded = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < images.length) {
      const img = images[next++];
      if (!img) continue;
      const data = await dataUrl(img.getAttribute('src') ?? '');
      if (data === null) continue;
      img.setAttribute('src', data);
      // Other sources would load from the web instead of the embedded copy.
      img.removeAttribute('srcset');
      img.removeAttribute('sizes');
      img
        .closest('picture')
        ?.querySelectorAll('source')
        .forEach((source) => source.remove());
      embedded++;
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(limits.concurrency, images.length) }, worker));
  } finally {
    clearTimeout(stopAll);
  }
  return { html: doc.body.innerHTML, embedded, linked: images.length - embedded };
}

function dataUrlOf(blob: Blob, Reader: typeof FileReader, signal: AbortSignal): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new Reader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => resolve(null);
    signal.addEventListener('abort', () => {
      reader.abort();
      resolve(null);
    });
    reader.readAsDataURL(blob);
  });
}

/** "Saved X." and, when some images stay on the web, how many. */
export function savedMessage(name: string, linked: number): string {
  if (linked === 0) return `Saved ${name}.`;
  const images =
    linked === 1
      ? '1 image could not be embedded and links'
      : `${linked} images could not be embedded and link`;
  return `Saved ${name}. ${images} to the web.`;
}

/**
 * Serves the hostile corpus (`test/fixtures/hostile/pages`) with `{{ORIGIN}}` filled in, and records every
 * payload's report (`/hit?id=…`). `/pixel.gif` loads, anything else is a 404 (so `onerror` fires).
 * `/preview/<name>` serves HTML the test put there with `setPreview` (the Markdown previewer's output).
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ORIGIN_PLACEHOLDER, PAGES_DIR } from '../../fixtures/hostile/corpus';

export interface Hit {
  id: string;
  /** Where the payload ran (`location.protocol`, or what a page script says it reached). */
  at: string;
}

export interface HostileServer {
  origin: string;
  url(path: string): string;
  /** Every report so far, oldest first. */
  hits(): Hit[];
  setPreview(name: string, html: string): void;
  close(): Promise<void>;
}

// The smallest transparent GIF.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export async function startHostileServer(): Promise<HostileServer> {
  const hits: Hit[] = [];
  const previews = new Map<string, string>();
  let origin = '';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    if (url.pathname === '/hit') {
      hits.push({ id: url.searchParams.get('id') ?? '?', at: url.searchParams.get('at') ?? '' });
      res.writeHead(200, { ...headers, 'content-type': 'image/gif' }).end(PIXEL);
      return;
    }
    if (url.pathname === '/pixel.gif') {
      res.writeHead(200, { ...headers, 'content-type': 'image/gif' }).end(PIXEL);
      return;
    }
    const page = /^\/hostile\/([\w-]+\.html)$/.exec(url.pathname)?.[1];
    if (page) {
      try {
        const html = (await readFile(join(PAGES_DIR, page), 'utf8')).replaceAll(ORIGIN_PLACEHOLDER, origin);
        res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(html);
      } catch {
        res.writeHead(404, headers).end('not found');
      }
      return;
    }
    const preview = /^\/preview\/([\w-]+)$/.exec(url.pathname)?.[1];
    if (preview && previews.has(preview)) {
      res
        .writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' })
        .end(previews.get(preview));
      return;
    }
    // A blank page for drivers that need one on this origin.
    if (url.pathname === '/') {
      res
        .writeHead(200, { ...headers, 'content-type': 'text/html' })
        .end('<!doctype html><title>blank</title>');
      return;
    }
    res.writeHead(404, headers).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    hits: () => [...hits],
    setPreview: (name, html) => previews.set(name, html),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

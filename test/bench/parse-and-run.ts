/** One page: parse once with the chosen DOM, then run every system on that same document. */
import { parseDocument, type DomImplementation } from '../../src/node';
import { describeError, runSystems, type Prediction, type SystemName } from './systems';

export interface PageRun {
  parseMs: number | null;
  parseError: string | null;
  /** null for every system when the parse failed. */
  predictions: Record<SystemName, Prediction> | null;
}

export function parseAndRun(html: string, url: string, dom: DomImplementation): PageRun {
  const t0 = performance.now();
  let doc: Document;
  try {
    doc = parseDocument(html, url, dom);
  } catch (error) {
    return { parseMs: null, parseError: describeError(error), predictions: null };
  }
  const parseMs = performance.now() - t0;
  return { parseMs, parseError: null, predictions: runSystems(doc, url) };
}

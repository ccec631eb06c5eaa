/**
 * The two systems under test, run on one already-parsed document. Each is timed on its own work only
 * (both clone the document first: Pith inside `clean`, Readability here), and a throw becomes an empty
 * prediction with the error kept for the report.
 */
import { Readability } from '@mozilla/readability';
import { clean } from '../../src/index';

export type SystemName = 'pith' | 'readability';
export const SYSTEMS: readonly SystemName[] = ['pith', 'readability'];
export const SYSTEM_LABELS: Record<SystemName, string> = { pith: 'Pith', readability: 'Readability' };

export interface Prediction {
  text: string;
  ms: number;
  error: string | null;
}

export function runPith(doc: Document, url: string): Prediction {
  return timed(() => clean(doc, { url }).text);
}

export function runReadability(doc: Document): Prediction {
  return timed(() => new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '');
}

export function timed(run: () => string): Prediction {
  const t0 = performance.now();
  try {
    const text = run();
    return { text, ms: performance.now() - t0, error: null };
  } catch (error) {
    return { text: '', ms: performance.now() - t0, error: describeError(error) };
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

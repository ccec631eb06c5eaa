/**
 * The systems under test, run on one already-parsed document. Each is timed on its own work only (each clones
 * the document first: Pith inside `clean`, the others here), and a throw becomes an empty prediction with the
 * error kept for the report.
 */
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { clean } from '../../src/index';
import type { CleanStats } from '../../src/types';

export type SystemName = 'pith' | 'readability' | 'defuddle';
export const SYSTEMS: readonly SystemName[] = ['pith', 'readability', 'defuddle'];
export const SYSTEM_LABELS: Record<SystemName, string> = {
  pith: 'Pith',
  readability: 'Readability',
  defuddle: 'Defuddle',
};

/** Pith's own stage timings (`CleanResult.stats.ms`). */
export type PithStages = CleanStats['ms'];

export interface Prediction {
  text: string;
  ms: number;
  error: string | null;
  stages?: PithStages;
}

/** Readability first, so nothing another system might do to the document can reach it. */
export function runSystems(doc: Document, url: string): Record<SystemName, Prediction> {
  return {
    readability: runReadability(doc),
    pith: runPith(doc, url),
    defuddle: runDefuddle(doc, url),
  };
}

export function runPith(doc: Document, url: string): Prediction {
  let stages: PithStages | undefined;
  const prediction = timed(() => {
    const result = clean(doc, { url });
    stages = result.stats.ms;
    return result.text;
  });
  return stages ? { ...prediction, stages } : prediction;
}

export function runReadability(doc: Document): Prediction {
  return timed(() => new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '');
}

/**
 * Defuddle's synchronous parse (no third-party fetches). It returns HTML; its text is read outside the timed
 * part, as Readability's `textContent` comes with its parse.
 */
export function runDefuddle(doc: Document, url: string): Prediction {
  let html = '';
  const prediction = timed(() => {
    html = quietly(
      () => new DefuddleClass(doc.cloneNode(true) as Document, { url, useAsync: false }).parse().content,
    );
    return '';
  });
  if (prediction.error) return prediction;
  try {
    const holder = doc.createElement('div');
    holder.innerHTML = html;
    return { ...prediction, text: holder.textContent ?? '' };
  } catch (error) {
    return { ...prediction, error: describeError(error) };
  }
}

/** Defuddle logs pages' broken JSON-LD with a stack trace to the console; the bench's output is its table. */
function quietly<T>(run: () => T): T {
  const { log, warn, error } = console;
  const silent = (): void => {};
  console.log = silent;
  console.warn = silent;
  console.error = silent;
  try {
    return run();
  } finally {
    Object.assign(console, { log, warn, error });
  }
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

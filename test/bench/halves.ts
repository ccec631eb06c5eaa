/**
 * A fixed split of each data set into two halves: tune on `dev`, then check that the gain holds on `check`.
 * A page's half depends only on its id (a hash), so it never changes when pages are added or reordered.
 */
import { createHash } from 'node:crypto';

export type Half = 'dev' | 'check';
export const HALVES: readonly Half[] = ['dev', 'check'];

export function halfOf(id: string): Half {
  const firstByte = createHash('sha256').update(id, 'utf8').digest()[0] ?? 0;
  return firstByte % 2 === 0 ? 'dev' : 'check';
}

/** Vitest global setup: builds the e2e variant of the Chrome extension once before the suite. */
import { build } from 'vite';

export default async function setup(): Promise<void> {
  await build({ mode: 'e2e', logLevel: 'warn' });
}

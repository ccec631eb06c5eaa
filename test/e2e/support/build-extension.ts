/** Vitest global setup: builds the shipped Chrome extension and its e2e variant once before the suite. */
import { build } from 'vite';

export default async function setup(): Promise<void> {
  await build({ mode: 'chrome', logLevel: 'warn' });
  await build({ mode: 'e2e', logLevel: 'warn' });
}

/** Runs the shared scenario list (scenarios/suite.ts) against one browser driver, with its own server. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { BrowserDriver } from '../driver';
import type { ScenarioContext } from '../scenarios/context';
import { SCENARIOS, type BrowserName } from '../scenarios/suite';
import { startStaticServer, type StaticServer } from './static-server';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const RESULTS_DIR = resolve(ROOT, 'test-results');

export interface ScenarioSuite {
  title: string;
  browser: BrowserName;
  launch(server: StaticServer): Promise<BrowserDriver>;
  /** Tests only this browser can run, given the live context. */
  extra?(context: () => ScenarioContext): void;
}

export function describeScenarios(suite: ScenarioSuite): void {
  describe(suite.title, () => {
    let ctx: ScenarioContext | undefined;
    const context = (): ScenarioContext => {
      if (!ctx) throw new Error('the browser did not start (see beforeAll)');
      return ctx;
    };

    beforeAll(async () => {
      mkdirSync(RESULTS_DIR, { recursive: true });
      const server = await startStaticServer();
      try {
        ctx = { driver: await suite.launch(server), server, resultsDir: RESULTS_DIR };
      } catch (error) {
        await server.close();
        throw error;
      }
    });

    afterAll(async () => {
      await ctx?.driver.close();
      await ctx?.server.close();
    });

    for (const scenario of SCENARIOS) {
      const why = scenario.skip?.(suite.browser) ?? null;
      if (why) it.skip(`${scenario.name} (skipped: ${why})`, () => {});
      else it(scenario.name, () => scenario.run(context(), suite.browser), scenario.timeoutMs);
    }
    suite.extra?.(context);
  });
}

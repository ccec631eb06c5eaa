/**
 * What a stage says when something it was asked to do could not be done: the engine goes on without that one
 * part, and the result's `warnings` name it (never an empty `catch`).
 */
import type { EngineWarning } from './types';

/** The first line of what was thrown, for a warning's message. */
export function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** A part of a stage that threw and was left out: "Readability failed on this page (…): …". */
export function stageFailed(what: string, error: unknown, instead: string, ruleId?: string): EngineWarning {
  return {
    code: 'stage-failed',
    message: `${what} failed on this page (${errorText(error)}): ${instead}`,
    ...(ruleId === undefined ? {} : { ruleId }),
  };
}

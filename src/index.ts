export { clean } from './pipeline';
export type {
  CleanOptions,
  CleanResult,
  RemovedBlock,
  Rule,
  RuleError,
  CleanStats,
  EngineWarning,
} from './types';
export { parseRules } from './rules/parse';
export { BUILTIN_PACK_NAMES } from './rules/builtin';

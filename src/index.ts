export { clean } from './pipeline';
export type { CleanOptions, CleanResult, RemovedBlock, Rule, RuleError, CleanStats } from './types';

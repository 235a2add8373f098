export { createHumanCheck } from './human-check';
export type { HumanCheck, HumanCheckSettings } from './human-check';

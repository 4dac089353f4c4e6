export * from './types';
export * from './settings';
export { planAssignments } from './solver';
export { planViolations } from './plan-violations';
export * from './eligibility';
export * from './manual-move';

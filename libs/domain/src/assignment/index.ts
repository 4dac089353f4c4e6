export * from './types';
export { planAssignments } from './solver';
export { planViolations } from './plan-violations';

export * from './rules';
export * from './settings';
export * from './freshness';
export * from './warning-action';

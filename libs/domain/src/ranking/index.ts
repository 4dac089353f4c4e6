export * from './rules';
export * from './settings';

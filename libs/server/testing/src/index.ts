export * from './fixture-bank';
export * from './test-api';
export * from './test-database';

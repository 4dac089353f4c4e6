export * from './fixture-bank';
export * from './test-database';

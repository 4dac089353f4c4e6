export * from './fixture-bank';
export * from './test-database';
export * from './test-data-source';

export * from './config';
export * from './errors';
export * from './logger';
export * from './pagination';
export * from './request-context';
export * from './signed-in';
export * from './loaders';
export * from './scalars';

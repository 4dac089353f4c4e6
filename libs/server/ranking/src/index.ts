export * from './client-warning.resolver';
export * from './ranking.module';
export * from './ranking.resolver';
export * from './ranking.service';
export * from './ranking.types';

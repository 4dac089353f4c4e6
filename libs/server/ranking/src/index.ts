export * from './client-warning.resolver';
export * from './ranking.module';
export * from './ranking.resolver';
export * from './rankings.service';
export * from './ranking.types';
export * from './ranking.input-rules';

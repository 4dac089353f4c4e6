export * from './ranking.reader';
export * from './client-ranking.conditions';

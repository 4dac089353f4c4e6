export * from './cycles';

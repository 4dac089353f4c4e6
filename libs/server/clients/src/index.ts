export * from './clients.entities';
export * from './clients.module';
export * from './clients.service';
export * from './clients.types';
export * from './clients.resolver';
export * from './clients.input-rules';

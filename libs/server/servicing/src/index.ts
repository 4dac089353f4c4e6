export * from './servicing.module';
export * from './servicing.types';
export * from './servicing.resolver';
export * from './contacts.resolver';
export * from './coverage.service';
export * from './servicing.input-rules';

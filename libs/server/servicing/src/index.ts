export * from './servicing.module';
export * from './servicing.types';
export * from './servicing.resolver';
export * from './contacts.resolver';
export * from './coverage.service';
export * from './servicing.input-rules';
export * from './complaints/complaints.resolver';
export * from './complaints/complaints.types';

export * from './org.entities';
export * from './org.module';
export * from './org.resolver';
export * from './org.service';
export * from './org.types';
export * from './org.input-rules';

export * from './app.module';
export * from './create-app';
export * from './schema-emitter';
export * from './input-rules';
export * from './anonymous-refusals';

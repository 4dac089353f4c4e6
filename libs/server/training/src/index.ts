export * from './catalogue.resolver';
export * from './import.resolver';
export * from './records.resolver';
export * from './training-file.resolver';
export * from './training-file.service';
export * from './training.module';
export * from './training.types';
export * from './training.input-rules';

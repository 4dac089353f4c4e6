export * from './audit.entity';
export * from './audit.module';
export * from './audit.service';
export * from './audit.resolver';
export * from './settings-store';

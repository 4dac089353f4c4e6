export * from './access.service';
export * from './auth.module';
export * from './auth.resolver';
export * from './request-context.factory';
export * from './session.service';

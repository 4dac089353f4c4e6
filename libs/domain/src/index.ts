export * from './actor';
export * from './access-scope';
export * from './permissions';
export * from './login-lockout';
export * from './password-policy';
export * from './money';
export * from './training';

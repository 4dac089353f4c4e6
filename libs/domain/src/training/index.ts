export * from './import-reasons';
export * from './import-rows';
export * from './points';
export * from './settings';
export * from './training-file';
export * from './limits';
export * from './service-period';

export * from './complaints';
export * from './settings';
export * from './clock';
export * from './satisfaction';

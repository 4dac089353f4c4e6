import './pg-types';
export * from './data-source';
export * from './transactions';
export { migrations } from './migrations';
export * from './hot-read';

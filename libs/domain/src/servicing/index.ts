export * from './contacts';
export * from './cycle-settings';
export * from './next-due';
export * from './cycle-timeline';

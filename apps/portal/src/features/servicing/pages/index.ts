export { CoveragePage } from './CoveragePage';
export { CycleSettingsPage } from './CycleSettingsPage';
export { ManagerQueuePage } from './ManagerQueuePage';

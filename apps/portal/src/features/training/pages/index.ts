// The training pages load as one chunk, on first visit (see app/router.tsx).
export { CataloguePage } from './CataloguePage';
export { ExpiringCertificatesPage } from './ExpiringCertificatesPage';
export { ImportPage } from './ImportPage';
export { MyTrainingPage } from './MyTrainingPage';
export { RecordsPage } from './RecordsPage';
export { TrainingFilePage } from './TrainingFilePage';
export { TrainingOverviewPage } from './TrainingOverviewPage';
export { TrainingSettingsPage } from './TrainingSettingsPage';

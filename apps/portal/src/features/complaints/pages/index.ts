// The complaint pages load as one chunk, on first visit; the summary (charts) is a chunk of
// its own (see app/router.tsx).
export { ComplaintPage } from './ComplaintPage';
export { ComplaintSettingsPage } from './ComplaintSettingsPage';
export { ComplaintsPage } from './ComplaintsPage';

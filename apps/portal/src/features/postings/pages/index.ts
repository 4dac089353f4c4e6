// The RM postings page loads as its own chunk, on first visit (see app/router.tsx).
export { RmPostingsPage } from './RmPostingsPage';

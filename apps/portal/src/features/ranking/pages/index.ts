// The ranking pages load as one chunk, on first visit (see app/router.tsx).
export { ParetoPage } from './ParetoPage';

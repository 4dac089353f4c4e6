// The core-client board and rules load as one chunk, on first visit (see app/router.tsx).
export { AssignmentBoardPage } from './AssignmentBoardPage';
export { CoreClientRulesPage } from './CoreClientRulesPage';

// Which actions the complaint page offers: those the domain's status rules allow now
// (statusAfter), that the caller may take (the handler, or a complaint.manage holder; only
// the latter assign, extend, merge and reopen), and that the clock allows. The API checks
// every one again.
import {
  extensionRefusal,
  hasPermission,
  statusAfter,
  type ComplaintAction,
  type ComplaintSettings,
  type Role,
} from '@corebook/domain';
import type { ComplaintComplexity, ComplaintStatus } from '../../../gql/graphql';

/** In the order the buttons show: the next step of the work first. */
export const ACTION_ORDER: readonly ComplaintAction[] = [
  'ASSIGN',
  'ACKNOWLEDGE',
  'START',
  'PAUSE',
  'RESUME',
  'EXTEND',
  'DECIDE',
  'CLOSE',
  'MERGE',
  'WITHDRAW',
  'REOPEN',
];

const MANAGERS_ONLY: readonly ComplaintAction[] = ['ASSIGN', 'EXTEND', 'MERGE', 'REOPEN'];
/** The handler's own work: nothing to do until one is assigned. */
const NEEDS_HANDLER: readonly ComplaintAction[] = [
  'ACKNOWLEDGE',
  'START',
  'PAUSE',
  'RESUME',
  'EXTEND',
  'DECIDE',
  'CLOSE',
];

export interface ActionableComplaint {
  status: ComplaintStatus;
  complexity: ComplaintComplexity;
  extended: boolean;
  handlerId?: number | null;
}

export function availableActions(
  complaint: ActionableComplaint,
  user: { id: number; role: Role },
  settings: ComplaintSettings | undefined,
): ComplaintAction[] {
  const manages = hasPermission(user, 'complaint.manage');
  const handles = complaint.handlerId != null && complaint.handlerId === user.id;
  return ACTION_ORDER.filter((action) => {
    if (statusAfter(complaint.status, action) === null) return false;
    if (MANAGERS_ONLY.includes(action) ? !manages : !manages && !handles) return false;
    if (NEEDS_HANDLER.includes(action) && complaint.handlerId == null) return false;
    // Until the deadlines have loaded, an extension is not offered rather than refused.
    if (action === 'EXTEND')
      return settings !== undefined && !extensionRefusal(complaint, settings);
    return true;
  });
}

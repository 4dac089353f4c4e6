/** What the board shows: one branch, or (admin) the whole bank. */
export type PlanScope = number | 'bank';

/** The largest id the API's Int takes. */
const MAX_ID = 2_147_483_647;

/** The URL keeps it as ?branch=12 or ?branch=all, so the view can be shared. */
export function parsePlanScope(raw: string | null): PlanScope | undefined {
  if (raw === 'all') return 'bank';
  return raw && /^\d+$/.test(raw) && Number(raw) > 0 && Number(raw) <= MAX_ID
    ? Number(raw)
    : undefined;
}

export function formatPlanScope(scope: PlanScope): string {
  return scope === 'bank' ? 'all' : String(scope);
}

/** The API's branchId for a scope: null plans (and lists the plans of) the whole bank. */
export function branchIdOf(scope: PlanScope): number | null {
  return scope === 'bank' ? null : scope;
}

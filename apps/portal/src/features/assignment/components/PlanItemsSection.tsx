import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentPlanDetailQuery, PlanItemFilter } from '../../../gql/graphql';
import { ConnectionPager } from '../../../shared/components/ConnectionPager';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import type { PageSize } from '../../../shared/pageSizes';
import { useCursorStack } from '../../../shared/useCursorStack';
import { usePlanItems } from '../hooks/usePlanItems';
import { PlanItemFilters, type BranchFilter } from './PlanItemFilters';
import { PlanItemsTable } from './PlanItemsTable';

type Detail = AssignmentPlanDetailQuery['assignmentPlan'];

interface PlanItemsSectionProps {
  plan: Detail;
  /** A whole-bank plan's diff narrows to one branch (shared with the books above it). */
  branch?: BranchFilter;
}

/** The server-paged diff of a plan with its filters. */
export function PlanItemsSection({ plan, branch }: PlanItemsSectionProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<PlanItemFilter>({});
  const [pageSize, setPageSize] = useState<PageSize>(20);
  const pager = useCursorStack();
  const { connection, loading, error, refetch } = usePlanItems(
    plan.id,
    { ...filter, branchId: branch?.value ?? null },
    pageSize,
    pager.after,
  );
  const filtered = Boolean(
    filter.action || filter.reason || filter.managerId || filter.search || branch?.value,
  );

  return (
    <div data-testid="plan-diff">
      <PlanItemFilters
        filter={filter}
        counts={plan.itemCounts}
        managers={(plan.managers ?? []).map((m) => m.manager)}
        branch={
          branch && {
            ...branch,
            onChange: (branchId) => {
              // An RM picked in one branch is not in the next.
              setFilter({ ...filter, managerId: null });
              pager.reset();
              branch.onChange(branchId);
            },
          }
        }
        onChange={(next) => {
          setFilter(next);
          pager.reset();
        }}
      />
      {error && !connection ? (
        <ErrorResult error={error} onRetry={refetch} />
      ) : (
        <>
          <PlanItemsTable
            rows={connection?.edges.map((edge) => edge.node) ?? []}
            loading={loading}
            filtered={filtered}
          />
          <ConnectionPager
            cursors={pager.cursors}
            pageSize={pageSize}
            connection={connection}
            loading={loading}
            summary={(total) => t('assignment.items.total', { total })}
            onPrevious={pager.previous}
            onNext={pager.next}
            onPageSizeChange={(size) => {
              setPageSize(size);
              pager.reset();
            }}
          />
        </>
      )}
    </div>
  );
}

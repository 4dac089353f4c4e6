import { useState } from 'react';
import { Alert, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import type { RelationshipManagerFilter, RmPostingFieldsFragment } from '../../../gql/graphql';
import { ConnectionPager } from '../../../shared/components/ConnectionPager';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import type { PageSize } from '../../../shared/pageSizes';
import { useCursorStack } from '../../../shared/useCursorStack';
import { useScopeOptions } from '../../clients/hooks/useScopeOptions';
import { PostingFilters } from '../components/PostingFilters';
import { PostingFormModal, type SavedPosting } from '../components/PostingFormModal';
import { PostingsTable } from '../components/PostingsTable';
import { useRmPostings } from '../hooks/useRmPostings';
import { can } from '../../../app/access';

/**
 * RM postings (客户经理岗位, docs/domain.md rules 3 and 11): HR and admin keep each RM's status
 * and core-client capacity; a branch head reads the branch's. No client data is shown: HR
 * may not see it, and the re-planned books are the branch head's to review.
 */
export function RmPostingsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canEdit = can(user, 'manager.manage');
  const { branches } = useScopeOptions(false, canEdit, undefined);
  const [filter, setFilter] = useState<RelationshipManagerFilter>({});
  const [pageSize, setPageSize] = useState<PageSize>(20);
  const pager = useCursorStack();
  const { connection, loading, error, refetch } = useRmPostings(filter, pageSize, pager.after);
  const [editing, setEditing] = useState<RmPostingFieldsFragment | null>(null);
  const [saved, setSaved] = useState<SavedPosting | null>(null);

  const title = (
    <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
      {t('postings.title')}
    </Typography.Title>
  );

  return (
    <Card title={title}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {canEdit ? t('postings.intro') : t('postings.introReadOnly')}
        </Typography.Text>
        {saved && (
          <Alert
            type={saved.mayReplan ? 'info' : 'success'}
            showIcon
            closable={{ onClose: () => setSaved(null) }}
            title={t('postings.saved', { name: saved.posting.name })}
            description={saved.mayReplan ? t('postings.replanned') : undefined}
            data-testid="posting-saved"
          />
        )}
        <PostingFilters
          filter={filter}
          branches={canEdit ? branches : undefined}
          onChange={(next) => {
            setFilter(next);
            pager.reset();
          }}
        />
      </Space>
      {error && !connection ? (
        <ErrorResult error={error} onRetry={refetch} />
      ) : (
        <>
          <PostingsTable
            rows={connection?.edges.map((edge) => edge.node) ?? []}
            loading={loading}
            filtered={Boolean(filter.branchId || filter.status || filter.search)}
            onEdit={
              canEdit
                ? (posting) => {
                    setSaved(null);
                    setEditing(posting);
                  }
                : undefined
            }
          />
          <ConnectionPager
            cursors={pager.cursors}
            pageSize={pageSize}
            connection={connection}
            loading={loading}
            summary={(total) => t('postings.total', { total })}
            onPrevious={pager.previous}
            onNext={pager.next}
            onPageSizeChange={(size) => {
              setPageSize(size);
              pager.reset();
            }}
          />
        </>
      )}
      {editing && (
        <PostingFormModal
          posting={editing}
          onClose={() => setEditing(null)}
          onReload={refetch}
          onSaved={(result) => {
            setEditing(null);
            setSaved(result);
          }}
        />
      )}
    </Card>
  );
}

import { useState } from 'react';
import { App, Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TrainingActivityFieldsFragment, TrainingActivityFilter } from '../../../gql/graphql';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { ActivitiesTable } from '../components/ActivitiesTable';
import { ActivityFilters } from '../components/ActivityFilters';
import { ActivityFormModal } from '../components/ActivityFormModal';
import { PageCard } from '../components/PageCard';
import { useTrainingActivities } from '../hooks/useTrainingActivities';

type Editing = { activity?: TrainingActivityFieldsFragment } | null;

/** HR's training catalogue: what can be completed, for how many points, mandatory for whom. */
export function CataloguePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<TrainingActivityFilter>({ year: dayjs().year() });
  const { activities, loading, error, refetch } = useTrainingActivities(filter);
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <PageCard
      title={t('training.catalogue.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({})}
          data-testid="activity-add"
        >
          {t('training.catalogue.add')}
        </Button>
      }
    >
      <ActivityFilters filter={filter} onChange={setFilter} />
      {error && !activities ? (
        <ErrorResult error={error} onRetry={refetch} />
      ) : (
        <ActivitiesTable
          rows={activities ?? []}
          loading={loading}
          onEdit={(activity) => setEditing({ activity })}
        />
      )}
      {editing && (
        <ActivityFormModal
          activity={editing.activity}
          onClose={() => setEditing(null)}
          onReload={refetch}
          onSaved={(saved) => {
            setEditing(null);
            void message.success(t('training.catalogue.saved', { code: saved.code }));
          }}
        />
      )}
    </PageCard>
  );
}

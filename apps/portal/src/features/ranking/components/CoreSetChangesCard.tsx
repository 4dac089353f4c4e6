import { useState } from 'react';
import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CoreChange } from '../../../gql/graphql';
import { CoreSetChangesTable } from './CoreSetChangesTable';

const CHANGES: CoreChange[] = ['ENTERED', 'LEFT'];

/** Who entered and who left the core set in the latest run, against the run before it. */
export function CoreSetChangesCard({ branchId }: { branchId?: number }) {
  const { t } = useTranslation();
  const [change, setChange] = useState<CoreChange>('ENTERED');
  return (
    <Card title={t('coreChanges.title')} size="small" data-testid="core-changes">
      <Tabs
        activeKey={change}
        onChange={(key) => setChange(key as CoreChange)}
        items={CHANGES.map((key) => ({
          key,
          label: <span data-testid={`core-changes-tab-${key}`}>{t(`coreChanges.${key}`)}</span>,
          // Keyed by branch too, so a new branch starts again at page one.
          children: (
            <CoreSetChangesTable key={`${key}-${branchId}`} change={key} branchId={branchId} />
          ),
        }))}
      />
    </Card>
  );
}

import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { CertificatesTable } from '../components/CertificatesTable';
import { PageCard } from '../components/PageCard';
import { useExpiringCertificates } from '../hooks/useTrainingFile';
import { useTrainingScope } from '../hooks/useTrainingManagers';

/** Certificates expired or expiring within the warning window, soonest first. */
export function ExpiringCertificatesPage() {
  const { t } = useTranslation();
  const [branchId, setBranchId] = useState<number | undefined>();
  const scope = useTrainingScope(undefined, { branches: true });
  const { certificates, loading, error, refetch } = useExpiringCertificates(branchId);
  return (
    <PageCard
      title={t('training.certificates.title')}
      extra={
        <Select<number>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('training.certificates.allBranches')}
          value={branchId}
          onChange={setBranchId}
          style={{ width: 220 }}
          data-testid="certificates-branch"
          options={scope.branches.map((b) => ({ value: b.id, label: b.name }))}
        />
      }
    >
      {error && !certificates ? (
        <ErrorResult error={error} onRetry={refetch} />
      ) : (
        <CertificatesTable rows={certificates ?? []} loading={loading} />
      )}
    </PageCard>
  );
}

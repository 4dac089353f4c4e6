import { Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, worksOnOwnBranch } from '../../../app/access';
import { useCurrentUser } from '../../../app/auth';
import { useScopeOptions } from '../../clients/hooks/useScopeOptions';
import { RevisitQueueCard } from '../components/RevisitQueueCard';

/**
 * One RM's revisit queue, opened from the coverage page: a branch head's RM (who may log a
 * contact for them), or any RM for admin (who reads).
 */
export function ManagerQueuePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const managerId = Number(useParams().managerId);
  const [query] = useSearchParams();
  const branch = Number(query.get('branch')) || undefined;
  // The RM's name: from the branch head's branch, or the branch admin came from.
  const branchId = worksOnOwnBranch(user) ? user.branch?.id : branch;
  const { managers } = useScopeOptions(branchId !== undefined, false, branchId);
  const manager = managers.find((m) => m.id === managerId);
  const back = branch ? `/coverage?branch=${branch}` : '/coverage';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={back} data-testid="back-to-coverage">
        <ArrowLeftOutlined /> {t('servicing.coverage.back')}
      </Link>
      <RevisitQueueCard
        key={managerId}
        managerId={managerId}
        canLog={can(user, 'contact.write')}
        title={
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
            {manager
              ? t('servicing.queue.titleOf', { name: `${manager.name} (${manager.employeeNo})` })
              : t('servicing.queue.title')}
          </Typography.Title>
        }
      />
    </Space>
  );
}

import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParetoQuery } from '../../../gql/graphql';
import { formatShare } from '../../../shared/format';
import type { BranchPareto } from './BranchParetoTable';

interface ParetoFiguresProps {
  bank: NonNullable<ParetoQuery['pareto']>['bank'];
  branch?: BranchPareto;
}

/** The headline of rule 1: how much of the value the top 20% of clients hold. */
export function ParetoFigures({ bank, branch }: ParetoFiguresProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  return (
    <Row gutter={[16, 16]}>
      {bank && (
        <>
          <Col span={24}>
            <Statistic
              title={t('pareto.bankTop20')}
              value={formatShare(bank.top20Share, locale)}
              data-testid="pareto-bank-top20"
            />
          </Col>
          <Col span={24}>
            <Statistic title={t('pareto.bankClients')} value={count(bank.clients)} />
          </Col>
        </>
      )}
      {branch && (
        <>
          <Col span={24}>
            <Statistic
              title={t('pareto.branchTop20', { branch: branch.branch.name })}
              value={formatShare(branch.curve.top20Share, locale)}
              data-testid="pareto-branch-top20"
            />
          </Col>
          <Col span={24}>
            <Statistic
              title={t('pareto.branchCoreShare', { branch: branch.branch.name })}
              value={formatShare(branch.coreValueShare, locale)}
              suffix={
                <span style={{ fontSize: 14 }}>
                  {t('pareto.coreOf', {
                    core: count(branch.coreClients),
                    clients: count(branch.curve.clients),
                  })}
                </span>
              }
            />
          </Col>
        </>
      )}
    </Row>
  );
}

import { Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RankingRunFieldsFragment } from '../../../gql/graphql';
import { formatDateTime, formatMonth, formatShare } from '../../../shared/format';
import { StaleFactsAlert } from './StaleFactsAlert';

/**
 * What a completed run found: the core set, how much value it holds, what changed; for the
 * whole bank, or (a branch head, unless the rules allow the bank's) for their branch.
 */
export function RankingRunSummary({ run }: { run: RankingRunFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const number = (n: number | null | undefined) =>
    n === null || n === undefined ? '—' : new Intl.NumberFormat(locale).format(n);
  const branchOnly = run.figuresScope === 'BRANCH';
  const factsMonth = formatMonth(run.lastFactMonth, locale);
  return (
    <>
      <StaleFactsAlert effectiveOn={run.effectiveOn} lastFactMonth={run.lastFactMonth} />
      <Row gutter={[16, 12]}>
        <Col xs={12} md={6}>
          <Statistic
            title={t('ranking.run.effectiveOn')}
            value={run.effectiveOn}
            data-testid="ranking-effective-on"
          />
          <Typography.Text type="secondary" data-testid="ranking-facts-month">
            {t('ranking.run.factsUpTo', { month: factsMonth })}
          </Typography.Text>
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t(branchOnly ? 'ranking.run.coreClientsBranch' : 'ranking.run.coreClients')}
            value={number(run.coreCount)}
            suffix={
              <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                / {number(run.clientCount)}
              </Typography.Text>
            }
            data-testid="ranking-core-count"
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t(
              branchOnly ? 'ranking.run.coreValueShareBranch' : 'ranking.run.coreValueShare',
            )}
            value={formatShare(run.coreValueShare, locale)}
            data-testid="ranking-core-share"
          />
        </Col>
        {!branchOnly && (
          <Col xs={12} md={6}>
            <Statistic
              title={t('ranking.run.changes')}
              value={
                run.previousRunId === null
                  ? t('ranking.run.firstRun')
                  : t('ranking.run.changesValue', {
                      entered: number(run.enteredCore),
                      left: number(run.leftCore),
                    })
              }
            />
          </Col>
        )}
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {branchOnly
          ? t('ranking.run.byBranch', {
              name: run.startedByName ?? t('ranking.run.system'),
              at: formatDateTime(run.finishedAt),
            })
          : t('ranking.run.by', {
              name: run.startedByName ?? t('ranking.run.system'),
              at: formatDateTime(run.finishedAt),
              warnings: number(run.earlyWarnings),
            })}
      </Typography.Text>
    </>
  );
}

import { useState } from 'react';
import { Alert, Button, Card, Flex, Spin, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { useErrorMessage } from '../../../shared/useErrorMessage';
import { onBankClock, zoneName } from '../hooks/contactTime';
import { useTimelinePage } from '../hooks/useClientServicing';
import { KIND_COLORS, TimelineEntryView } from './TimelineEntryView';

interface TimelinePageProps {
  clientId: string;
  after: string | null;
  /** The last page shown offers the next one. */
  onMore?: (endCursor: string) => void;
}

function TimelinePage({ clientId, after, onMore }: TimelinePageProps) {
  const { t } = useTranslation();
  const { timeZone } = useCurrentUser();
  const message = useErrorMessage();
  const { page, loading, error, refetch } = useTimelinePage(clientId, after);
  if (error && !page)
    return (
      <Alert
        type="error"
        showIcon
        title={message(error)}
        action={
          <Button size="small" onClick={refetch}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  if (!page) return loading ? <Spin /> : null;
  if (page.edges.length === 0 && after === null)
    return <Typography.Text type="secondary">{t('servicing.timeline.none')}</Typography.Text>;
  const endCursor = page.pageInfo.endCursor;
  return (
    <>
      <Timeline
        style={{ marginTop: 8 }}
        items={page.edges.map(({ node }) => ({
          key: node.id,
          color: KIND_COLORS[node.kind],
          content: (
            <Flex gap={16} data-testid="timeline-entry" data-kind={node.kind}>
              <Typography.Text type="secondary" style={{ width: 130, flex: 'none' }}>
                {onBankClock(timeZone, node.at)}
              </Typography.Text>
              <Flex vertical style={{ minWidth: 0 }}>
                <TimelineEntryView entry={node} />
              </Flex>
            </Flex>
          ),
        }))}
      />
      {onMore && page.pageInfo.hasNextPage && endCursor && (
        <Button onClick={() => onMore(endCursor)} data-testid="timeline-more">
          {t('servicing.timeline.more')}
        </Button>
      )}
    </>
  );
}

/**
 * The client's history in one feed, newest first (docs/domain.md rule 6): contacts,
 * changes of RM, early warnings and ranking changes; "load more" adds the next page below.
 */
export function ClientTimelineCard({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useCurrentUser();
  // The cursor of each page shown: keyset cursors stay valid as new events arrive on top.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <Card
      title={t('servicing.timeline.title')}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('servicing.timeline.timesIn', { zone: zoneName(timeZone, i18n.language) })}
        </Typography.Text>
      }
      size="small"
      data-testid="client-timeline"
    >
      {cursors.map((after, i) => (
        <TimelinePage
          key={after ?? 'first'}
          clientId={clientId}
          after={after}
          onMore={
            i === cursors.length - 1 ? (next) => setCursors((shown) => [...shown, next]) : undefined
          }
        />
      ))}
    </Card>
  );
}

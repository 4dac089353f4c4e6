import { Button, Select, Space, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES, type PageSize } from '../pageSizes';

interface CursorPagerProps {
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  loading?: boolean;
  pageSize: PageSize;
  summary?: string;
  onPrevious(): void;
  onNext(): void;
  onPageSizeChange(size: PageSize): void;
}

/** Previous / Next paging over a cursor connection (no page jumps: cursors are opaque). */
export function CursorPager(props: CursorPagerProps) {
  const { t } = useTranslation();
  return (
    <Space style={{ width: '100%', justifyContent: 'flex-end', marginTop: 12 }} wrap>
      {props.summary && (
        <Typography.Text type="secondary" data-testid="pager-summary">
          {props.summary}
        </Typography.Text>
      )}
      <Typography.Text data-testid="pager-page">
        {t('common.pageOf', { page: props.page })}
      </Typography.Text>
      <Button
        icon={<LeftOutlined />}
        disabled={!props.hasPrevious || props.loading}
        onClick={props.onPrevious}
        data-testid="pager-prev"
      >
        {t('common.previous')}
      </Button>
      <Button
        disabled={!props.hasNext || props.loading}
        onClick={props.onNext}
        data-testid="pager-next"
      >
        {t('common.next')} <RightOutlined />
      </Button>
      <Select<PageSize>
        value={props.pageSize}
        onChange={props.onPageSizeChange}
        style={{ width: 110 }}
        data-testid="pager-size"
        options={PAGE_SIZES.map((size) => ({ value: size, label: t('common.perPage', { size }) }))}
      />
    </Space>
  );
}

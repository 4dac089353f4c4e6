import { Flex, Spin } from 'antd';

export function PageLoading({ tip }: { tip?: string }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: 240 }} data-testid="page-loading">
      <Spin size="large" description={tip}>
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </Flex>
  );
}

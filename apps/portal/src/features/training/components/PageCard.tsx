import type { ReactNode } from 'react';
import { Card, Typography } from 'antd';

/** A training page: a card with the page title (as the other pages show it) and actions. */
export function PageCard({
  title,
  extra,
  children,
}: {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
          {title}
        </Typography.Title>
      }
      extra={extra}
    >
      {children}
    </Card>
  );
}

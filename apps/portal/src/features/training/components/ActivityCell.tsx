import { Space, Typography } from 'antd';
import type { TrainingType } from '../../../gql/graphql';
import { TrainingTypeTag } from './TrainingTags';

/** An activity in a table cell: its title, with its code (and type) beneath. */
export function ActivityCell({
  activity,
}: {
  activity: { code: string; title: string; type?: TrainingType };
}) {
  return (
    <Space orientation="vertical" size={0}>
      <span>{activity.title}</span>
      <Space size={4}>
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {activity.code}
        </Typography.Text>
        {activity.type && <TrainingTypeTag type={activity.type} />}
      </Space>
    </Space>
  );
}

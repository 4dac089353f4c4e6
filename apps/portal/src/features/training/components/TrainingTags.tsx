import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CertificateState, TrainingType } from '../../../gql/graphql';
import { certificateColor } from '../hooks/trainingOptions';

const TYPE_COLORS: Record<TrainingType, string> = {
  CENTRALISED: 'blue',
  RESEARCH: 'purple',
  ONLINE: 'cyan',
  CERTIFICATION: 'gold',
  ETHICS: 'magenta',
};

export function TrainingTypeTag({ type }: { type: TrainingType }) {
  const { t } = useTranslation();
  return <Tag color={TYPE_COLORS[type]}>{t(`training.types.${type}`)}</Tag>;
}

export function CertificateStateTag({ state }: { state: CertificateState }) {
  const { t } = useTranslation();
  return (
    <Tag color={certificateColor(state)} data-testid={`certificate-${state}`}>
      {t(`training.certificateStates.${state}`)}
    </Tag>
  );
}

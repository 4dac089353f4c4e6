import { useState } from 'react';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintAction } from '@corebook/domain';
import { useCurrentUser } from '../../../app/auth';
import type { ComplaintFieldsFragment } from '../../../gql/graphql';
import { availableActions } from '../hooks/complaintActions';
import { useComplaintSettings } from '../hooks/useComplaints';
import { AssignHandlerModal } from './AssignHandlerModal';
import { CloseComplaintModal } from './CloseComplaintModal';
import { DecideComplaintModal } from './DecideComplaintModal';
import { ExtendComplaintModal } from './ExtendComplaintModal';
import { MergeComplaintModal } from './MergeComplaintModal';
import { NoteActionModal, PlainActionModal } from './SimpleActionModals';

/** The work's next steps first; ending it early (merge, withdraw) last and quieter. */
const PRIMARY: readonly ComplaintAction[] = ['ACKNOWLEDGE', 'START', 'RESUME', 'DECIDE', 'CLOSE'];

interface ComplaintActionsProps {
  complaint: ComplaintFieldsFragment;
  onReload(): void;
}

/**
 * What the caller may do to the complaint now, each in its dialog: only the actions the
 * status allows and the caller's part permits (complaintActions.ts); the API checks again.
 */
export function ComplaintActions({ complaint, onReload }: ComplaintActionsProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { settings } = useComplaintSettings();
  const [open, setOpen] = useState<ComplaintAction>();
  const actions = availableActions(complaint, { id: Number(user.id), role: user.role }, settings);
  if (actions.length === 0) return null;
  // After someone else's change the complaint is read again and the dialog closes: what
  // may be done next may have changed with it.
  const close = () => setOpen(undefined);
  const props = {
    complaint,
    onClose: close,
    onReload: () => {
      onReload();
      close();
    },
  };

  return (
    <>
      <Space wrap data-testid="complaint-actions">
        {actions.map((action) => (
          <Button
            key={action}
            type={PRIMARY.includes(action) ? 'primary' : 'default'}
            danger={action === 'WITHDRAW'}
            onClick={() => setOpen(action)}
            data-testid={`complaint-action-${action}`}
          >
            {action === 'ASSIGN' && complaint.handlerId
              ? t('complaints.actions.REASSIGN')
              : t(`complaints.actions.${action}`)}
          </Button>
        ))}
      </Space>
      {open === 'ASSIGN' && <AssignHandlerModal {...props} />}
      {(open === 'ACKNOWLEDGE' || open === 'START' || open === 'RESUME') && (
        <PlainActionModal action={open} {...props} />
      )}
      {(open === 'PAUSE' || open === 'WITHDRAW' || open === 'REOPEN') && (
        <NoteActionModal action={open} {...props} />
      )}
      {open === 'EXTEND' && <ExtendComplaintModal {...props} />}
      {open === 'MERGE' && <MergeComplaintModal {...props} />}
      {open === 'DECIDE' && <DecideComplaintModal {...props} />}
      {open === 'CLOSE' && <CloseComplaintModal {...props} />}
    </>
  );
}

import { useState } from 'react';
import { Col, Flex, Row } from 'antd';
import { can } from '../../../app/access';
import { useCurrentUser } from '../../../app/auth';
import type { ContactFieldsFragment } from '../../../gql/graphql';
import type { PageSize } from '../../../shared/pageSizes';
import { useCursorStack } from '../../../shared/useCursorStack';
import { useClientServicing } from '../hooks/useClientServicing';
import { ClientTimelineCard } from './ClientTimelineCard';
import { ContactCycleCard } from './ContactCycleCard';
import { ContactFormModal } from './ContactFormModal';
import type { ContactAction } from './ContactItem';
import { ContactNoteModal } from './ContactNoteModal';
import { ContactsCard } from './ContactsCard';
import { PlanContactModal } from './PlanContactModal';

/** The dialog open on the client page, if any. */
type Dialog =
  { kind: 'log' } | { kind: 'plan' } | { kind: ContactAction; contact: ContactFieldsFragment };

/**
 * The client's servicing on its page (docs/domain.md rule 6): the contact cycle now, the
 * contacts with what may be done to each, and the timeline. Those who write contacts (the
 * RM, the branch head) log, plan, complete, cancel, edit and correct; admin reads.
 */
export function ClientServicing({ client }: { client: { id: string; name: string } }) {
  const user = useCurrentUser();
  const canWrite = can(user, 'contact.write');
  const [pageSize, setPageSize] = useState<PageSize>(20);
  const pager = useCursorStack();
  const { cycle, contacts, loading } = useClientServicing(client.id, pageSize, pager.after);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  return (
    <Flex vertical gap="middle">
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <ContactCycleCard
            cycle={cycle}
            onLog={canWrite ? () => setDialog({ kind: 'log' }) : undefined}
            onPlan={canWrite && cycle ? () => setDialog({ kind: 'plan' }) : undefined}
          />
        </Col>
        <Col xs={24} xl={16}>
          <ContactsCard
            contacts={contacts}
            loading={loading}
            cursors={pager.cursors}
            pageSize={pageSize}
            onPrevious={pager.previous}
            onNext={pager.next}
            onPageSizeChange={(size) => {
              setPageSize(size);
              pager.reset();
            }}
            onAction={canWrite ? (contact, kind) => setDialog({ kind, contact }) : undefined}
          />
        </Col>
      </Row>
      <ClientTimelineCard clientId={client.id} />
      {dialog?.kind === 'log' && (
        <ContactFormModal client={client} mode={{ kind: 'log' }} onClose={close} />
      )}
      {dialog?.kind === 'plan' && <PlanContactModal client={client} onClose={close} />}
      {(dialog?.kind === 'edit' || dialog?.kind === 'complete') && (
        <ContactFormModal
          client={client}
          mode={{ kind: dialog.kind, contact: dialog.contact }}
          onClose={close}
        />
      )}
      {(dialog?.kind === 'cancel' || dialog?.kind === 'addendum') && (
        <ContactNoteModal kind={dialog.kind} contact={dialog.contact} onClose={close} />
      )}
    </Flex>
  );
}

import { Card, Divider, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientServicingQuery, ContactFieldsFragment } from '../../../gql/graphql';
import { ConnectionPager } from '../../../shared/components/ConnectionPager';
import type { PageSize } from '../../../shared/pageSizes';
import { ContactItem, type ContactAction } from './ContactItem';

type Contacts = NonNullable<ClientServicingQuery['client']>['contacts'];

interface ContactsCardProps {
  contacts: Contacts | undefined;
  loading: boolean;
  cursors: readonly string[];
  pageSize: PageSize;
  onPrevious(): void;
  onNext(endCursor: string): void;
  onPageSizeChange(size: PageSize): void;
  onAction?: (contact: ContactFieldsFragment, action: ContactAction) => void;
}

/** Every contact of the client, whoever wrote it (an RM new to the client sees them all). */
export function ContactsCard({ contacts, loading, onAction, ...paging }: ContactsCardProps) {
  const { t } = useTranslation();
  const nodes = contacts?.edges.map((edge) => edge.node) ?? [];
  return (
    <Card
      title={t('servicing.contacts.title')}
      size="small"
      loading={!contacts && loading}
      data-testid="client-contacts"
    >
      {nodes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('servicing.contacts.none')} />
      ) : (
        <>
          {nodes.map((contact, i) => (
            <div key={contact.id}>
              {i > 0 && <Divider style={{ margin: 0 }} />}
              <ContactItem
                contact={contact}
                onAction={onAction ? (action) => onAction(contact, action) : undefined}
              />
            </div>
          ))}
          <ConnectionPager
            connection={contacts}
            loading={loading}
            summary={(total) => t('servicing.contacts.total', { total })}
            {...paging}
          />
        </>
      )}
    </Card>
  );
}

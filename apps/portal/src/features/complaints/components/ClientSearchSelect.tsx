import { useEffect, useRef, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEARCH_DELAY_MS } from '../../../shared/components/SearchInput';
import { useClientSearch } from '../hooks/useComplaints';

interface ClientSearchSelectProps {
  /** Given by Form.Item. */
  value?: string;
  onChange?: (clientId: string) => void;
}

/**
 * A client of the caller's scope, found by part of the name or the client number (the
 * clients list's own search, on the server): an RM finds their book, a head the branch.
 */
export function ClientSearchSelect({ value, onChange }: ClientSearchSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const { clients, loading } = useClientSearch(search);
  const options = clients.map((client) => ({
    value: client.id,
    label: `${client.name} (${client.clientNo})`,
  }));
  // The chosen client keeps its name while a later search shows others.
  const [chosen, setChosen] = useState<{ value: string; label: string }>();
  if (chosen && chosen.value === value && !options.some((o) => o.value === value))
    options.unshift(chosen);

  return (
    <Select<string>
      value={value}
      onChange={(clientId) => {
        setChosen(options.find((option) => option.value === clientId));
        onChange?.(clientId);
      }}
      loading={loading}
      placeholder={t('complaints.record.clientPlaceholder')}
      notFoundContent={loading ? t('common.loading') : t('complaints.record.noClient')}
      showSearch={{
        filterOption: false,
        onSearch: (text) => {
          clearTimeout(timer.current);
          timer.current = setTimeout(() => setSearch(text.trim() || null), SEARCH_DELAY_MS);
        },
      }}
      data-testid="complaint-client-select"
      options={options}
    />
  );
}

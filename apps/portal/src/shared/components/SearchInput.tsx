import { useEffect, useRef, useState } from 'react';
import { Input } from 'antd';
import { SearchOutlined } from '@ant-design/icons';

/** Typing pauses this long before a search goes to the server. */
export const SEARCH_DELAY_MS = 350;

interface SearchInputProps {
  /** The search in effect (from the filter or the URL); empty or null when none. */
  value: string | null | undefined;
  /** Called once typing pauses, with the trimmed text or null when the box is empty. */
  onSearch(search: string | null): void;
  placeholder: string;
  width?: number;
  testId: string;
}

/**
 * The search box of every server-filtered list: debounced, and following the search in
 * effect when it changes from outside (a "clear filters" empties the box and drops any
 * search still waiting).
 */
export function SearchInput({
  value,
  onSearch,
  placeholder,
  width = 260,
  testId,
}: SearchInputProps) {
  const [text, setText] = useState(value ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The latest callback, so a search that fires after other filters changed keeps them.
  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  });

  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    setText((current) => {
      if (current.trim() === (value ?? '')) return current;
      clearTimeout(timer.current);
      return value ?? '';
    });
  }, [value]);

  const change = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => latest.current(next.trim() || null), SEARCH_DELAY_MS);
  };

  return (
    <Input
      allowClear
      prefix={<SearchOutlined />}
      placeholder={placeholder}
      value={text}
      onChange={(e) => change(e.target.value)}
      style={{ width }}
      data-testid={testId}
    />
  );
}

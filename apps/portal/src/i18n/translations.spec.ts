import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LABELS } from '@corebook/domain';
import enOwn from './en.json';
import zhOwn from './zh-CN.json';
import { withLabels } from './withLabels';

// What the portal shows: its own words and the labels it shares with the API's exports.
const en = withLabels(enOwn, LABELS.en);
const zhCN = withLabels(zhOwn, LABELS['zh-CN']);

type Tree = { [key: string]: string | Tree };

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

/**
 * Keys written twice in one object of a JSON file (JSON.parse keeps the last, silently):
 * two branches adding the same rule's words left the later, narrower wording in force.
 */
function repeatedKeys(text: string): string[] {
  const repeated: string[] = [];
  const objects: Set<string>[] = [];
  const tokens = text.matchAll(/"(?:[^"\\]|\\.)*"|[{}[\]:]/g);
  let previous: string | null = null;
  for (const [token] of tokens) {
    if (token === '{') objects.push(new Set());
    else if (token === '}') objects.pop();
    else if (token === ':' && previous?.startsWith('"')) {
      const keys = objects[objects.length - 1];
      const key = JSON.parse(previous) as string;
      if (keys.has(key)) repeated.push(key);
      keys.add(key);
    }
    previous = token;
  }
  return repeated;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
}

describe('translations', () => {
  const enKeys = leafKeys(en).sort();
  const zhKeys = leafKeys(zhCN).sort();

  it('English and Simplified Chinese have exactly the same keys', () => {
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
  });

  it('no key is written twice in the same object of a file', () => {
    for (const file of ['en.json', 'zh-CN.json'])
      expect(repeatedKeys(readFileSync(join(__dirname, file), 'utf8'))).toEqual([]);
    expect(repeatedKeys('{ "a": { "b": "x", "b": "y" }, "c": { "b": "z" } }')).toEqual(['b']);
  });

  it('a key lives in one place, the portal files or the shared labels, not both', () => {
    expect(() => withLabels({ audit: { title: 'Log' } }, LABELS.en)).toThrow(
      'translation key audit.title is defined in the portal and in the shared labels',
    );
  });

  it('no translation is empty and both languages use the same placeholders', () => {
    const get = (tree: Tree, key: string) =>
      key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part], tree) as string;
    for (const key of enKeys) {
      expect(get(en as Tree, key).trim()).not.toBe('');
      expect(get(zhCN as Tree, key).trim()).not.toBe('');
      expect({ key, placeholders: placeholders(get(zhCN as Tree, key)) }).toEqual({
        key,
        placeholders: placeholders(get(en as Tree, key)),
      });
    }
  });
});

import en from './en.json';
import zhCN from './zh-CN.json';

type Tree = { [key: string]: string | Tree };

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
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

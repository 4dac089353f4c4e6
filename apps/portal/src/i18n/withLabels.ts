// The portal's own words (en.json, zh-CN.json) and the words for API codes and export
// columns it shares with the API (libs/domain/src/labels): one i18next tree per language.
type Tree = { readonly [key: string]: string | Tree };

/** `own` and `shared` merged; a key defined in both is a mistake (two homes), so it throws. */
export function withLabels<A extends Tree, B extends Tree>(own: A, shared: B, path = ''): A & B {
  const merged: Record<string, string | Tree> = { ...own };
  for (const [key, value] of Object.entries(shared)) {
    const mine = merged[key];
    if (mine === undefined) merged[key] = value;
    else if (typeof mine === 'string' || typeof value === 'string')
      throw new Error(
        `translation key ${path}${key} is defined in the portal and in the shared labels`,
      );
    else merged[key] = withLabels(mine, value, `${path}${key}.`);
  }
  return merged as A & B;
}

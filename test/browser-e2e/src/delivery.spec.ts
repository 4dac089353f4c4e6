// The portal on a branch office's slow link: what the first page costs and what a browser
// keeps. The bench (`npm run bench -- portal`) times it on a throttled link; this holds the
// budget and the headers.
import type { Response } from 'playwright-core';
import { usePortalSession } from './support/browser';

const session = usePortalSession();
/** Compressed JavaScript the sign-in page may need before it shows (the first page anyone sees). */
const FIRST_PAGE_SCRIPT_BUDGET = 350 * 1024;
const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('portal delivery', () => {
  it('shows the sign-in page with at most 350 KB of compressed JavaScript, compressed and cached for good', async () => {
    const scripts: Response[] = [];
    session.page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    });
    const page = await session.page.goto('/sign-in');
    await session.page.getByTestId('signin-submit').waitFor();

    // The page itself is checked again on every visit; what it names is kept for good.
    expect(page?.headers()['cache-control']).toBe('no-cache');
    expect(page?.headers()['content-encoding']).toBe('br');
    expect(scripts.length).toBeGreaterThan(0);
    let bytes = 0;
    for (const script of scripts) {
      expect(script.headers()['content-encoding']).toBe('br');
      expect(script.headers()['cache-control']).toBe(IMMUTABLE);
      bytes += (await script.request().sizes()).responseBodySize;
    }
    expect(bytes).toBeLessThanOrEqual(FIRST_PAGE_SCRIPT_BUDGET);
  });

  it('answers a client-side route with the portal, never cached, and gzip to a browser without brotli', async () => {
    const url = `${session.server.url.replace(/\/$/, '')}/clients/42`;
    const route = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(route.status).toBe(200);
    expect(route.headers.get('content-encoding')).toBe('gzip');
    expect(route.headers.get('cache-control')).toBe('no-cache');
    const html = await route.text();
    const entry = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    if (!entry) throw new Error(`no entry script in ${html}`);

    const identity = await fetch(`${session.server.url.replace(/\/$/, '')}${entry}`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(identity.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(identity.headers.get('vary')).toContain('accept-encoding');
  });
});

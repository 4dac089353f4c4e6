// The Chromium that the browser tests and the bench drive, with the arguments and environment
// to launch it: CHROMIUM_PATH if set, else a system Chromium at /usr/bin/chromium, else the
// build that @sparticuz/chromium ships inside its npm package, so `npm ci && npm test` needs
// no browser on the machine. The bundled build has no CJK font of its own: it gets the
// Noto Sans Hans of @embedpdf/fonts-sc, so Chinese pages render in screenshots.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// Chromium's own background traffic is refused on these machines: keep it off.
const QUIET = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
// Flags of @sparticuz/chromium that suit a serverless sandbox, not a test of a web app: a
// single process dies with the first browser context a test closes, and web security stays on.
const UNWANTED = new Set([
  '--single-process',
  '--disable-web-security',
  '--allow-running-insecure-content',
]);

/** @returns {Promise<{ executablePath: string, args: string[], env: Record<string, string> }>} */
export async function chromiumLaunchOptions() {
  const system =
    process.env.CHROMIUM_PATH ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : null);
  if (system) {
    return {
      executablePath: system,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', ...QUIET],
      env: {},
    };
  }
  return bundledChromium();
}

async function bundledChromium() {
  const { version } = JSON.parse(
    readFileSync(join(root, 'node_modules/@sparticuz/chromium/package.json'), 'utf8'),
  );
  const target = join(root, 'node_modules/.cache/corebook-chromium', version);
  if (!existsSync(join(target, 'chromium'))) await unpack(target);
  const { default: chromium } = await import('@sparticuz/chromium');
  const fontsConf = join(target, 'fonts.conf');
  if (!existsSync(fontsConf)) writeFontsConf(target, fontsConf);
  return {
    executablePath: join(target, 'chromium'),
    args: [...chromium.args.filter((arg) => !UNWANTED.has(arg)), ...QUIET],
    env: { FONTCONFIG_FILE: fontsConf },
  };
}

/**
 * The package unpacks into os.tmpdir(), checking only that its files exist: unpack into a
 * folder of our own, then rename it into place, so two processes never see half a browser.
 */
async function unpack(target) {
  const staging = `${target}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    await chromium.executablePath();
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(target, 'chromium'))) throw error;
  }
}

function writeFontsConf(target, file) {
  const cjkFonts = join(root, 'node_modules/@embedpdf/fonts-sc/fonts');
  const staging = `${file}.${process.pid}`;
  writeFileSync(
    staging,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${join(target, 'fonts/fonts')}</dir>
  <dir>${cjkFonts}</dir>
  <cachedir>${join(target, 'fonts-cache')}</cachedir>
</fontconfig>
`,
  );
  renameSync(staging, file);
}

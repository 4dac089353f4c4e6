// `npm run seed -- --size demo|mid|large [--seed N] [--as-of YYYY-MM-DD] [--contacts-until YYYY-MM-DD]`:
// migrate, then load a demo bank into DATABASE_URL unless it already holds one (a bank without
// any contact yet gets its contact history); tools/seed.mjs starts an embedded PostgreSQL when
// DATABASE_URL is unset.
import './runtime';
import { runMigrations } from '@corebook/server/database';
import { isSeedSize, seedBank, type SeedSize } from '@corebook/server/seed';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { parseArgs } from 'node:util';

const USAGE =
  'usage: seed [--size demo|mid|large] [--seed N] [--as-of YYYY-MM-DD] [--contacts-until YYYY-MM-DD]';

interface Args {
  size: SeedSize;
  seed: number;
  asOf?: string;
  contactsUntil?: string;
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parse(argv: string[]): Args {
  let values: {
    size?: string;
    seed?: string;
    'as-of'?: string;
    'contacts-until'?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        size: { type: 'string', default: 'demo' },
        seed: { type: 'string', default: '1' },
        'as-of': { type: 'string' },
        'contacts-until': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const size = values.size ?? 'demo';
  if (!isSeedSize(size)) fail(`--size must be demo, mid or large, got "${size}"`);
  const seedText = values.seed ?? '1';
  const seed = Number(seedText);
  if (!/^\d+$/.test(seedText) || !Number.isSafeInteger(seed) || seed > 0x7fffffff)
    fail(`--seed must be a whole number from 0 to 2147483647, got "${seedText}"`);
  const asOf = values['as-of'];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
    fail(`--as-of must be a date like 2026-10-31, got "${asOf}"`);
  const contactsUntil = values['contacts-until'];
  if (contactsUntil !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(contactsUntil))
    fail(`--contacts-until must be a date like 2026-12-01, got "${contactsUntil}"`);
  return { size, seed, asOf, contactsUntil };
}

function formatRate(rows: number, ms: number): string {
  return ms > 0 ? Math.round((rows * 1000) / ms).toLocaleString('en-US') : '-';
}

interface Progress {
  update: (phase: string, done: number, total: number) => void;
  stop: () => void;
}

/** One cli-progress bar per phase on a terminal. */
function progressBars(): Progress {
  const bars = new MultiBar(
    {
      format: ' {phase} |{bar}| {percentage}% {value}/{total} {duration_formatted}',
      hideCursor: true,
      clearOnComplete: false,
    },
    Presets.shades_classic,
  );
  const phaseBars = new Map<string, SingleBar>();
  return {
    update: (phase, done, total) => {
      let bar = phaseBars.get(phase);
      if (!bar) {
        bar = bars.create(total, 0, { phase: phase.padEnd(12) });
        phaseBars.set(phase, bar);
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop: () => bars.stop(),
  };
}

/** Plain lines every 10% when the output is a log file or CI (bars need a terminal). */
function progressLines(): Progress {
  const printed = new Map<string, number>();
  return {
    update: (phase, done, total) => {
      const tenth = total > 0 ? Math.floor((done * 10) / total) : 10;
      if ((printed.get(phase) ?? -1) >= tenth) return;
      printed.set(phase, tenth);
      console.log(
        `  ${phase} ${tenth * 10}% (${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')})`,
      );
    },
    stop: () => undefined,
  };
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('DATABASE_URL is not set (npm run seed starts an embedded PostgreSQL for you)');
    process.exit(2);
  }
  const applied = await runMigrations(databaseUrl);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`);

  console.log(`Seeding a ${args.size} bank (seed ${args.seed})…`);
  const progress = process.stdout.isTTY ? progressBars() : progressLines();
  let summary;
  try {
    summary = await seedBank(databaseUrl, {
      size: args.size,
      seed: args.seed,
      asOf: args.asOf,
      contactsUntil: args.contactsUntil,
      onProgress: progress.update,
    });
  } finally {
    progress.stop();
  }

  const c = summary.counts;
  if (summary.contactsAdded) {
    console.log(
      `The database already holds a bank; added its contact history up to ${summary.contactsUntil} in ${(summary.elapsedMs / 1000).toFixed(1)} s: ${c.contacts.toLocaleString('en-US')} contacts (${c.plannedContacts.toLocaleString('en-US')} planned), ${c.clientCycles.toLocaleString('en-US')} client cycles, ${c.clientCycleLog.toLocaleString('en-US')} cycle log rows`,
    );
    return;
  }
  if (summary.skipped) {
    console.log('The database already holds a bank (it has branches): nothing seeded.');
    return;
  }
  const totalRows =
    c.regions +
    c.branches +
    c.relationshipManagers +
    c.users +
    c.clients +
    c.clientProducts +
    c.clientMonthlyFacts +
    c.clientAssignments +
    c.trainingActivities +
    c.trainingRecords +
    c.contacts +
    c.clientCycles +
    c.clientCycleLog;
  console.log(
    `\nSeeded the ${summary.size} bank in ${(summary.elapsedMs / 1000).toFixed(1)} s: ${totalRows.toLocaleString('en-US')} rows, ${formatRate(totalRows, summary.elapsedMs)} rows/s`,
  );
  for (const phase of summary.phases) {
    console.log(
      phase.rows > 0
        ? `  ${phase.phase.padEnd(13)} ${phase.rows.toLocaleString('en-US').padStart(12)} rows ${(phase.ms / 1000).toFixed(1).padStart(7)} s ${formatRate(phase.rows, phase.ms).padStart(10)} rows/s`
        : `  ${phase.phase.padEnd(13)} ${''.padStart(17)} ${(phase.ms / 1000).toFixed(1).padStart(7)} s`,
    );
  }
  console.log(
    `  regions ${c.regions}, branches ${c.branches}, RMs ${c.relationshipManagers}, users ${c.users}, clients ${c.clients}, products ${c.clientProducts}, monthly facts ${c.clientMonthlyFacts}, assignments ${c.clientAssignments}, training activities ${c.trainingActivities}, training records ${c.trainingRecords}, contacts ${c.contacts} (${c.plannedContacts} planned, up to ${summary.contactsUntil}), client cycles ${c.clientCycles}, cycle log ${c.clientCycleLog}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

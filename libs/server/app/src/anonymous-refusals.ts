import { AuditService, type AuditNote } from '@corebook/server/audit';
import { LOGGER } from '@corebook/server/common';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';

/** Sources counted between two writes; calls from further sources are only totalled. */
const MAX_SOURCES = 10_000;
/** Audit entries one write may add: the busiest sources, then one line for the rest. */
const MAX_ENTRIES = 20;
const FLUSH_MS = 60_000;

/**
 * Calls refused because they carried no token at all. Each is not worth an audit entry (a
 * stranger could flood the log with them), but their number is: they are counted per source
 * address and written at most once a minute, one entry for each of the busiest sources and
 * one for the rest, so a flood of them adds at most MAX_ENTRIES + 1 entries a minute.
 */
@Injectable()
export class AnonymousRefusals implements OnApplicationShutdown {
  private counts = new Map<string, number>();
  private uncounted = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly audit: AuditService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS).unref();
  }

  count(source: string): void {
    const known = this.counts.get(source);
    if (known === undefined && this.counts.size >= MAX_SOURCES) this.uncounted += 1;
    else this.counts.set(source, (known ?? 0) + 1);
  }

  /** Writes what was counted since the last write (tests call it instead of waiting). */
  async flush(): Promise<void> {
    const counts = [...this.counts].sort(([, a], [, b]) => b - a);
    const uncounted = this.uncounted;
    this.counts = new Map();
    this.uncounted = 0;
    const rest = counts.slice(MAX_ENTRIES);
    const notes: AuditNote[] = counts
      .slice(0, MAX_ENTRIES)
      .map(([source, calls]) => ({ code: 'CALLS_WITHOUT_TOKEN', values: { calls, source } }));
    const restCalls = rest.reduce((sum, [, calls]) => sum + calls, 0) + uncounted;
    if (restCalls > 0)
      notes.push({ code: 'CALLS_WITHOUT_TOKEN_ELSEWHERE', values: { calls: restCalls } });
    for (const note of notes) {
      await this.audit
        .record({ operation: 'graphql', entityType: 'GraphQL', outcome: 'REFUSED', note })
        .catch((error: unknown) =>
          this.logger.error({ err: error }, 'could not write refused calls to the audit log'),
        );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}

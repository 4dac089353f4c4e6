import { APP_CONFIG, LOGGER, type AppConfig } from '@corebook/server/common';
import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { RankingInputsService } from './ranking-inputs.service';

/**
 * Every RANKING_PREPARE_SECONDS, prepares the latest month's ranking inputs when a month of
 * facts was loaded or products changed (decision 30): the month's first run then takes as
 * long as any other. One check at a time; a run under way makes it skip a turn.
 */
@Injectable()
export class RankingInputsPreparer implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private preparing: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly inputs: RankingInputsService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.rankingPrepareSeconds;
    if (seconds > 0) this.timer = setInterval(() => this.check(), seconds * 1000);
  }

  /** Stops checking and lets a preparation under way finish before the database closes. */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.preparing;
  }

  private check(): void {
    if (this.preparing) return;
    const started = performance.now();
    this.preparing = this.inputs
      .prepareAhead()
      .then((outcome) => {
        if (outcome === 'PREPARED')
          this.logger.info(
            { ms: Math.round(performance.now() - started) },
            'ranking inputs prepared for the latest month',
          );
      })
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'preparing the ranking inputs failed'),
      )
      .finally(() => {
        this.preparing = null;
      });
  }
}

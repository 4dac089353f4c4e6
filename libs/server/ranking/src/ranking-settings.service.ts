import { rankingSettingsProblem, type Actor, type RankingSettings } from '@corebook/domain';
import { SettingsStore, type SettingsArea, type Versioned } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export const RANKING_SETTINGS: SettingsArea<RankingSettings> = {
  key: 'ranking',
  label: 'ranking settings',
  operation: 'updateRankingSettings',
  problem: rankingSettingsProblem,
};

/** The ranking rules (docs/domain.md rules 1, 4, 5): admin edits them, every run copies them. */
@Injectable()
export class RankingSettingsService {
  constructor(
    private readonly settingsStore: SettingsStore,
    private readonly access: AccessService,
  ) {}

  current(manager?: EntityManager): Promise<Versioned<RankingSettings>> {
    return this.settingsStore.read(RANKING_SETTINGS, manager);
  }

  /** `bankFiguresForBranchHeads` left out keeps its current value. */
  async updateSettings(
    actor: Actor,
    next: Omit<RankingSettings, 'bankFiguresForBranchHeads'> & {
      bankFiguresForBranchHeads?: boolean | null;
    },
    version: number,
    requestId: string,
  ): Promise<Versioned<RankingSettings>> {
    this.access.requirePermission(actor, 'settings.manage');
    const { settings: current } = await this.current();
    const bankFiguresForBranchHeads =
      next.bankFiguresForBranchHeads ?? current.bankFiguresForBranchHeads;
    return this.settingsStore.update(
      actor,
      RANKING_SETTINGS,
      { ...next, bankFiguresForBranchHeads },
      version,
      requestId,
    );
  }
}

import type { Actor } from '@corebook/domain';
import { forbidden } from '@corebook/server/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { BranchEntity, RegionEntity, RelationshipManagerEntity } from './org.entities';

/** Regions, branches and RMs: reads for pickers and for the fields other areas show. */
@Injectable()
export class OrgService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  regionsByIds(ids: readonly number[]): Promise<RegionEntity[]> {
    return this.dataSource.getRepository(RegionEntity).findBy({ id: In([...ids]) });
  }

  branchesByIds(ids: readonly number[]): Promise<BranchEntity[]> {
    return this.dataSource.getRepository(BranchEntity).findBy({ id: In([...ids]) });
  }

  managersByIds(ids: readonly number[]): Promise<RelationshipManagerEntity[]> {
    return this.dataSource.getRepository(RelationshipManagerEntity).findBy({ id: In([...ids]) });
  }

  /** Branches the caller works with: their own, or all for HR and admin. */
  branches(actor: Actor): Promise<BranchEntity[]> {
    const repository = this.dataSource.getRepository(BranchEntity);
    if (actor.role === 'HR' || actor.role === 'ADMIN')
      return repository.find({ order: { code: 'ASC' } });
    if (actor.branchId === null) return Promise.resolve([]);
    return repository.find({ where: { id: actor.branchId } });
  }

  /** RMs the caller may list: an RM only themself, a branch head the branch, HR and admin any branch. */
  async managers(actor: Actor, branchId: number | null): Promise<RelationshipManagerEntity[]> {
    const repository = this.dataSource.getRepository(RelationshipManagerEntity);
    switch (actor.role) {
      case 'RM':
        return actor.managerId === null ? [] : repository.find({ where: { id: actor.managerId } });
      case 'BRANCH_HEAD':
        if (branchId !== null && branchId !== actor.branchId)
          throw forbidden('You can only list the RMs of your branch');
        return actor.branchId === null
          ? []
          : repository.find({ where: { branchId: actor.branchId }, order: { name: 'ASC' } });
      case 'HR':
      case 'ADMIN':
        return repository.find({
          where: branchId === null ? {} : { branchId },
          order: { branchId: 'ASC', name: 'ASC' },
        });
    }
  }
}

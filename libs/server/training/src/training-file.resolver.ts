import type { Actor } from '@corebook/domain';
import {
  CurrentActor,
  CurrentRequest,
  SignedIn,
  type RequestContext,
} from '@corebook/server/common';
import { OrgService, RelationshipManagerType, managerLoader } from '@corebook/server/org';
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RecordsService } from './records.service';
import { activityLoader } from './records.resolver';
import { TrainingFileService } from './training-file.service';
import {
  CertificateStatusType,
  TrainingActivityType,
  TrainingFileType,
  TrainingRecordType,
} from './training.types';

@Resolver(() => TrainingFileType)
export class TrainingFileResolver {
  constructor(
    private readonly files: TrainingFileService,
    private readonly records: RecordsService,
    private readonly org: OrgService,
  ) {}

  @Query(() => TrainingFileType, {
    description:
      "An RM's training file for a year: an RM their own, a branch head the branch's, HR and admin any.",
  })
  @SignedIn('training.read')
  trainingFile(
    @CurrentActor() actor: Actor,
    @Args('managerId', { type: () => Int }) managerId: number,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<TrainingFileType> {
    return this.files.file(actor, managerId, year);
  }

  @Query(() => [TrainingFileType], {
    description: "The training files of a branch's RMs (a branch head's own branch by default).",
  })
  @SignedIn('training.read')
  trainingOverview(
    @CurrentActor() actor: Actor,
    @Args('year', { type: () => Int }) year: number,
    @Args('branchId', { type: () => Int, nullable: true }) branchId: number | null,
  ): Promise<TrainingFileType[]> {
    return this.files.overview(actor, branchId ?? null, year);
  }

  @Query(() => [CertificateStatusType], {
    description: 'Certificates expired or expiring soon, for RMs in scope.',
  })
  @SignedIn('training.read')
  expiringCertificates(
    @CurrentActor() actor: Actor,
    @Args('branchId', { type: () => Int, nullable: true }) branchId: number | null,
  ): Promise<CertificateStatusType[]> {
    return this.files.expiringCertificates(actor, branchId ?? null);
  }

  @ResolveField(() => RelationshipManagerType)
  manager(
    @Parent() file: TrainingFileType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<RelationshipManagerType | null> {
    return managerLoader(ctx, this.org).load(file.managerId);
  }

  @ResolveField(() => [TrainingActivityType], {
    description: 'Mandatory activities of the year not completed.',
  })
  async mandatoryMissing(
    @Parent() file: TrainingFileType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<TrainingActivityType[]> {
    const activities = await activityLoader(ctx, this.files).loadMany(file.mandatoryMissingIds);
    return activities.filter(
      (activity): activity is TrainingActivityType =>
        activity !== null && !(activity instanceof Error),
    );
  }

  @ResolveField(() => [TrainingRecordType], {
    description: 'Every record of the RM, voided ones too, newest first.',
  })
  history(@Parent() file: TrainingFileType): Promise<TrainingRecordType[]> {
    return this.records.history(file.managerId);
  }
}

@Resolver(() => CertificateStatusType)
export class CertificateStatusResolver {
  constructor(
    private readonly files: TrainingFileService,
    private readonly org: OrgService,
  ) {}

  @ResolveField(() => RelationshipManagerType)
  manager(
    @Parent() certificate: CertificateStatusType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<RelationshipManagerType | null> {
    return managerLoader(ctx, this.org).load(certificate.managerId);
  }

  @ResolveField(() => TrainingActivityType)
  activity(
    @Parent() certificate: CertificateStatusType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<TrainingActivityType | null> {
    return activityLoader(ctx, this.files).load(certificate.activityId);
  }
}

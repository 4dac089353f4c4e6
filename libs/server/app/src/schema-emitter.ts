import {
  AssignmentHistoryResolver,
  AssignmentPlanResolver,
  AssignmentSettingsResolver,
  BranchBalanceResolver,
  ClientAssignmentHistoryResolver,
  CoreClientStandingResolver,
  PlanItemConnectionResolver,
  PlanItemResolver,
  PlanManagerLoadResolver,
  PostingsResolver,
} from '@corebook/server/assignment';
import { ClientConnectionResolver, ClientsResolver } from '@corebook/server/clients';
import { AuditResolver } from '@corebook/server/audit';
import { AuthResolver } from '@corebook/server/auth';
import { BranchResolver, RelationshipManagerResolver } from '@corebook/server/org';
import {
  BranchParetoResolver,
  ClientRankingResolver,
  ClientWarningResolver,
  CoreSetChangeResolver,
  EarlyWarningResolver,
  RankingResolver,
} from '@corebook/server/ranking';
import {
  BranchCoverageResolver,
  ClientComplaintsResolver,
  ClientContactsResolver,
  ComplaintSummaryResolver,
  ComplaintsResolver,
  ServiceQualityResolver,
  ContactsResolver,
  ManagerCoverageResolver,
  ServicingResolver,
  TimelineEntryResolver,
} from '@corebook/server/servicing';
import {
  CatalogueResolver,
  CertificateStatusResolver,
  ImportResolver,
  RecordsResolver,
  TrainingFileResolver,
} from '@corebook/server/training';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** Every resolver class the API serves; the committed schema.gql is printed from these. */
export const RESOLVERS = [
  AuthResolver,
  BranchResolver,
  RelationshipManagerResolver,
  ClientsResolver,
  ClientConnectionResolver,
  AuditResolver,
  CatalogueResolver,
  RecordsResolver,
  ImportResolver,
  TrainingFileResolver,
  CertificateStatusResolver,
  RankingResolver,
  BranchParetoResolver,
  CoreSetChangeResolver,
  EarlyWarningResolver,
  ClientRankingResolver,
  ClientWarningResolver,
  AssignmentSettingsResolver,
  CoreClientStandingResolver,
  AssignmentPlanResolver,
  PlanItemResolver,
  PlanItemConnectionResolver,
  PlanManagerLoadResolver,
  BranchBalanceResolver,
  AssignmentHistoryResolver,
  ClientAssignmentHistoryResolver,
  PostingsResolver,
  ContactsResolver,
  ClientContactsResolver,
  ServicingResolver,
  ManagerCoverageResolver,
  BranchCoverageResolver,
  TimelineEntryResolver,
  ComplaintsResolver,
  ComplaintSummaryResolver,
  ServiceQualityResolver,
  ClientComplaintsResolver,
];

/** The schema as SDL, built from the code-first types without a database. */
export async function printApiSchema(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, {
    logger: false,
  });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create(RESOLVERS);
  await app.close();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

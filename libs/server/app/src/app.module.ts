import { AssignmentModule } from '@corebook/server/assignment';
import { AuditModule } from '@corebook/server/audit';
import { AuthModule } from '@corebook/server/auth';
import { ClientsModule } from '@corebook/server/clients';
import {
  APP_CONFIG,
  CLOCK,
  LOGGER,
  systemClock,
  type AppConfig,
  type Clock,
} from '@corebook/server/common';
import { dataSourceOptions } from '@corebook/server/database';
import { OrgModule } from '@corebook/server/org';
import { RankingModule } from '@corebook/server/ranking';
import { ServicingModule } from '@corebook/server/servicing';
import { TrainingModule } from '@corebook/server/training';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AnonymousRefusals } from './anonymous-refusals';
import { graphqlOptionsProvider } from './graphql.config';
import { HealthController } from './health.controller';

@Global()
@Module({})
class RuntimeModule {
  static forRoot(config: AppConfig, logger: Logger, clock: Clock): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: CLOCK, useValue: clock },
      ],
      exports: [APP_CONFIG, LOGGER, CLOCK],
    };
  }
}

/** The counter of calls refused for lack of a token (one instance for GraphQL and tests). */
@Global()
@Module({
  imports: [AuditModule],
  providers: [AnonymousRefusals],
  exports: [AnonymousRefusals],
})
class RefusalsModule {}

/** Wires the domain modules into one API. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger, clock: Clock = systemClock): DynamicModule {
    if (!config.databaseUrl)
      throw new Error('DATABASE_URL is required (npm start provides an embedded PostgreSQL)');
    return {
      module: AppModule,
      imports: [
        RuntimeModule.forRoot(config, logger, clock),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), autoLoadEntities: true }),
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          imports: [AuthModule, AuditModule, RefusalsModule],
          ...graphqlOptionsProvider,
        }),
        RefusalsModule,
        AuditModule,
        AuthModule,
        OrgModule,
        ClientsModule,
        TrainingModule,
        RankingModule,
        AssignmentModule,
        ServicingModule,
      ],
      controllers: [HealthController],
    };
  }
}

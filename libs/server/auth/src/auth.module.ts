import { RequestContexts } from '@corebook/server/common';
import { OrgModule } from '@corebook/server/org';
import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { RequestContextFactory } from './request-context.factory';
import { SessionService } from './session.service';

/** Global so every area can use the access gate. */
@Global()
@Module({
  imports: [OrgModule],
  providers: [
    AuthService,
    SessionService,
    AccessService,
    AuthResolver,
    RequestContextFactory,
    { provide: RequestContexts, useExisting: RequestContextFactory },
  ],
  exports: [AccessService, RequestContextFactory, RequestContexts, SessionService],
})
export class AuthModule {}

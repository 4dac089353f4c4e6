import type { Actor } from '@corebook/domain';
import {
  BANK_TIME_ZONE,
  CurrentActor,
  CurrentRequest,
  SignedIn,
  type RequestContext,
} from '@corebook/server/common';
import {
  BranchType,
  OrgService,
  RelationshipManagerType,
  UserType,
  branchLoader,
  managerLoader,
  type RoleValue,
  type UserEntity,
} from '@corebook/server/org';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthService, type SignedInSession } from './auth.service';
import { AuthPayload } from './auth.types';
import { SESSION_COOKIE } from './session.service';

const toUser = (user: UserEntity): UserType => ({ ...user, role: user.role as RoleValue });

@Resolver(() => UserType)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly org: OrgService,
  ) {}

  @Mutation(() => AuthPayload, {
    description: 'Sign in; sets the session cookie and returns a bearer token.',
  })
  async login(
    @Args('username') username: string,
    @Args('password') password: string,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<AuthPayload> {
    const session = await this.auth.login(username, password, {
      ip: ctx.request.ip,
      requestId: ctx.requestId,
    });
    return this.startSession(ctx, session);
  }

  @Mutation(() => Boolean, {
    description: 'Sign out everywhere: every token of this user stops working.',
  })
  @SignedIn()
  async logout(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<boolean> {
    await this.auth.logout(actor, ctx.requestId);
    void ctx.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => AuthPayload, {
    description: 'Change your password; other sessions are signed out.',
  })
  @SignedIn()
  async changePassword(
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<AuthPayload> {
    const session = await this.auth.changePassword(
      actor,
      currentPassword,
      newPassword,
      ctx.requestId,
    );
    return this.startSession(ctx, session);
  }

  @Mutation(() => UserType, {
    description: 'Remember the portal language for this user (en or zh-CN).',
  })
  @SignedIn()
  async setMyLocale(
    @Args('locale') locale: string,
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<UserType> {
    return toUser(await this.auth.setLocale(actor, locale, ctx.requestId));
  }

  @Query(() => UserType, { description: 'The signed-in user.' })
  @SignedIn()
  async me(@CurrentActor() actor: Actor): Promise<UserType> {
    return toUser(await this.auth.me(actor));
  }

  @ResolveField(() => BranchType, { nullable: true })
  branch(
    @Parent() user: UserType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<BranchType | null> | null {
    return user.branchId === null ? null : branchLoader(ctx, this.org).load(user.branchId);
  }

  @ResolveField(() => String, {
    description:
      "The IANA time zone this user's times are shown in: the bank's (BANK_TIME_ZONE), e.g. Asia/Shanghai.",
  })
  timeZone(): string {
    return BANK_TIME_ZONE;
  }

  @ResolveField(() => RelationshipManagerType, {
    nullable: true,
    description: "An RM user's own RM record.",
  })
  manager(
    @Parent() user: UserType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<RelationshipManagerType | null> | null {
    return user.relationshipManagerId === null
      ? null
      : managerLoader(ctx, this.org).load(user.relationshipManagerId);
  }

  private startSession(ctx: RequestContext, session: SignedInSession): AuthPayload {
    void ctx.reply.setCookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.request.protocol === 'https' || undefined,
      path: '/',
      expires: session.expiresAt,
    });
    return { token: session.token, expiresAt: session.expiresAt, user: toUser(session.user) };
  }
}

import { UserType } from '@corebook/server/org';
import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A signed-in session: the token is also set as an httpOnly cookie.' })
export class AuthPayload {
  @Field({ description: 'Bearer token for API clients; the portal uses the cookie instead.' })
  token!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => UserType) user!: UserType;
}

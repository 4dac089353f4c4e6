// The session lives in an httpOnly cookie the API sets on login: the client sends it
// with same-origin requests and never sees the token itself.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { endsSession, readApiError } from './errors';
import { announceSessionEnded } from './session-events';

export function createApolloClient(): ApolloClient {
  const sessionWatch = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'Login') return;
    const apiError = readApiError(error);
    if (endsSession(apiError)) announceSessionEnded(apiError.reason);
  });

  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  return new ApolloClient({
    link: ApolloLink.from([sessionWatch, http]),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}

// Who is signed in. On load the `me` query decides; afterwards sign-in, sign-out and
// an ended session (announced by the Apollo link) move the state.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useApolloClient } from '@apollo/client/react';
import { MeQuery, LogoutMutation } from '../features/auth/graphql/auth.graphql';
import type { MeQuery as MeQueryResult } from '../gql/graphql';
import { readApiError, type ApiError, type AuthReason } from './errors';
import { onSessionEnded } from './session-events';
import { i18n, isLanguage, storedLanguage } from './i18n';

export type CurrentUser = MeQueryResult['me'];

export type AuthState =
  | { status: 'loading' }
  | { status: 'signedIn'; user: CurrentUser }
  | { status: 'signedOut'; reason?: AuthReason }
  | { status: 'unavailable'; error: ApiError };

interface AuthContextValue {
  state: AuthState;
  /** Called by the sign-in page with the user the login mutation returned. */
  signedIn(user: CurrentUser): void;
  signOut(): Promise<void>;
  retry(): void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

function adoptUserLanguage(user: CurrentUser): void {
  // An explicit choice on this browser wins; otherwise use the one saved on the account.
  if (!storedLanguage() && isLanguage(user.locale) && user.locale !== i18n.language) {
    void i18n.changeLanguage(user.locale);
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    client
      .query({ query: MeQuery, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        if (cancelled || !data) return;
        adoptUserLanguage(data.me);
        setState({ status: 'signedIn', user: data.me });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        const apiError = readApiError(error);
        setState(
          apiError.code === 'UNAUTHENTICATED'
            ? { status: 'signedOut', reason: apiError.reason }
            : { status: 'unavailable', error: apiError },
        );
      });
    return () => {
      cancelled = true;
    };
  }, [client, attempt]);

  useEffect(
    () =>
      onSessionEnded((reason) => {
        setState({ status: 'signedOut', reason });
        void client.clearStore();
      }),
    [client],
  );

  const signedIn = useCallback(
    (user: CurrentUser) => {
      // Drop anything cached for a previous user before showing this one's data.
      void client.clearStore();
      adoptUserLanguage(user);
      setState({ status: 'signedIn', user });
    },
    [client],
  );

  const signOut = useCallback(async () => {
    try {
      await client.mutate({ mutation: LogoutMutation });
    } catch {
      // The cookie may already be gone; signing out locally is still right.
    }
    await client.clearStore();
    setState({ status: 'signedOut' });
  }, [client]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(
    () => ({ state, signedIn, signOut, retry }),
    [state, signedIn, signOut, retry],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in user; only for pages rendered behind <RequireAuth>. */
export function useCurrentUser(): CurrentUser {
  const { state } = useAuth();
  if (state.status !== 'signedIn') throw new Error('useCurrentUser needs a signed-in user');
  return state.user;
}

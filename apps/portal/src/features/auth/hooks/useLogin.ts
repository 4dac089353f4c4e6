import { useMutation } from '@apollo/client/react';
import { useAuth } from '../../../app/auth';
import { LoginMutation } from '../graphql/auth.graphql';

/** Signs in with username and password; on success the auth context holds the user. */
export function useLogin() {
  const { signedIn } = useAuth();
  const [login, { loading, error, reset }] = useMutation(LoginMutation);

  const submit = async (username: string, password: string): Promise<boolean> => {
    try {
      const { data } = await login({ variables: { username, password } });
      if (!data) return false;
      signedIn(data.login.user);
      return true;
    } catch {
      return false; // `error` carries the reason for the form to show
    }
  };

  return { submit, loading, error, reset };
}

import { useMutation } from '@apollo/client/react';
import { useAuth } from '../../../app/auth';
import { ChangePasswordMutation } from '../graphql/auth.graphql';

/** Changes the password; the API answers with a fresh session for the same user. */
export function useChangePassword() {
  const { signedIn } = useAuth();
  const [changePassword, { loading, error, reset }] = useMutation(ChangePasswordMutation);

  const submit = async (currentPassword: string, newPassword: string): Promise<boolean> => {
    try {
      const { data } = await changePassword({ variables: { currentPassword, newPassword } });
      if (!data) return false;
      signedIn(data.changePassword.user);
      return true;
    } catch {
      return false;
    }
  };

  return { submit, loading, error, reset };
}

/** Minimum rules for a new password; returns the problem, or null when acceptable. */
export const MIN_PASSWORD_LENGTH = 10;

export function passwordProblem(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 200) return 'must be at most 200 characters';
  if (password.toLowerCase().includes(username.toLowerCase()))
    return 'must not contain the username';
  if (!/[a-zA-Z]/.test(password) || !/[0-9]/.test(password))
    return 'must contain letters and digits';
  return null;
}

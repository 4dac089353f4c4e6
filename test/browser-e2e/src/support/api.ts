/** GraphQL against the portal's own API, for setting up and checking what the UI did. */
export async function graphql<T>(
  baseUrl: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${baseUrl.replace(/\/$/, '')}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export interface ApiLogin {
  token: string;
  branchId: number | null;
  managerId: number | null;
}

export async function apiLogin(
  baseUrl: string,
  username: string,
  password: string,
): Promise<ApiLogin> {
  const { login } = await graphql<{
    login: {
      token: string;
      user: { branch: { id: number } | null; manager: { id: number } | null };
    };
  }>(
    baseUrl,
    null,
    `
      mutation ($username: String!, $password: String!) {
        login(username: $username, password: $password) {
          token
          user {
            branch {
              id
            }
            manager {
              id
            }
          }
        }
      }
    `,
    { username, password },
  );
  return {
    token: login.token,
    branchId: login.user.branch?.id ?? null,
    managerId: login.user.manager?.id ?? null,
  };
}

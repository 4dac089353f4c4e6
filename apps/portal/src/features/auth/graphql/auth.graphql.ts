import { graphql } from '../../../gql';

export const CurrentUserFields = graphql(`
  fragment CurrentUserFields on User {
    id
    username
    displayName
    role
    locale
    timeZone
    branch {
      id
      code
      name
    }
    manager {
      id
      employeeNo
      name
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      expiresAt
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      expiresAt
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const SetMyLocaleMutation = graphql(`
  mutation SetMyLocale($locale: String!) {
    setMyLocale(locale: $locale) {
      id
      locale
    }
  }
`);

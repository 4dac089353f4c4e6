/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($filter: AuditFilterInput, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorUserId\n          actorUsername\n          operation\n          entityType\n          entityId\n          outcome\n          before\n          after\n          detail\n          requestId\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    locale\n    branch {\n      id\n      code\n      name\n    }\n    manager {\n      id\n      employeeNo\n      name\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  query Clients($filter: ClientFilter, $sort: ClientSort, $first: Int, $after: String) {\n    clients(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          clientNo\n          name\n          kind\n          contribution12m\n          aum\n          lastActivityOn\n          branch {\n            id\n            name\n          }\n          manager {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClientsDocument,
    "\n  query Client($id: ID!, $months: Int!) {\n    client(id: $id) {\n      id\n      clientNo\n      name\n      kind\n      openedOn\n      riskRating\n      phone\n      email\n      address\n      contribution12m\n      aum\n      lastActivityOn\n      branch {\n        id\n        code\n        name\n        region {\n          id\n          name\n        }\n      }\n      manager {\n        id\n        employeeNo\n        name\n        grade\n        status\n        branch {\n          id\n          name\n        }\n      }\n      products {\n        id\n        productType\n        productName\n        accountNo\n        openedOn\n        balance\n        status\n      }\n      monthlyFacts(months: $months) {\n        month\n        avgDepositBalance\n        avgLoanBalance\n        avgWealthBalance\n        netInterestContribution\n        feeIncome\n        contribution\n        transactionCount\n      }\n    }\n  }\n": typeof types.ClientDocument,
    "\n  query Branches {\n    branches {\n      id\n      code\n      name\n    }\n  }\n": typeof types.BranchesDocument,
    "\n  query RelationshipManagers($branchId: Int) {\n    relationshipManagers(branchId: $branchId) {\n      id\n      employeeNo\n      name\n    }\n  }\n": typeof types.RelationshipManagersDocument,
};
const documents: Documents = {
    "\n  query AuditLog($filter: AuditFilterInput, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorUserId\n          actorUsername\n          operation\n          entityType\n          entityId\n          outcome\n          before\n          after\n          detail\n          requestId\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    locale\n    branch {\n      id\n      code\n      name\n    }\n    manager {\n      id\n      employeeNo\n      name\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  query Clients($filter: ClientFilter, $sort: ClientSort, $first: Int, $after: String) {\n    clients(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          clientNo\n          name\n          kind\n          contribution12m\n          aum\n          lastActivityOn\n          branch {\n            id\n            name\n          }\n          manager {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ClientsDocument,
    "\n  query Client($id: ID!, $months: Int!) {\n    client(id: $id) {\n      id\n      clientNo\n      name\n      kind\n      openedOn\n      riskRating\n      phone\n      email\n      address\n      contribution12m\n      aum\n      lastActivityOn\n      branch {\n        id\n        code\n        name\n        region {\n          id\n          name\n        }\n      }\n      manager {\n        id\n        employeeNo\n        name\n        grade\n        status\n        branch {\n          id\n          name\n        }\n      }\n      products {\n        id\n        productType\n        productName\n        accountNo\n        openedOn\n        balance\n        status\n      }\n      monthlyFacts(months: $months) {\n        month\n        avgDepositBalance\n        avgLoanBalance\n        avgWealthBalance\n        netInterestContribution\n        feeIncome\n        contribution\n        transactionCount\n      }\n    }\n  }\n": types.ClientDocument,
    "\n  query Branches {\n    branches {\n      id\n      code\n      name\n    }\n  }\n": types.BranchesDocument,
    "\n  query RelationshipManagers($branchId: Int) {\n    relationshipManagers(branchId: $branchId) {\n      id\n      employeeNo\n      name\n    }\n  }\n": types.RelationshipManagersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilterInput, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorUserId\n          actorUsername\n          operation\n          entityType\n          entityId\n          outcome\n          before\n          after\n          detail\n          requestId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilterInput, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorUserId\n          actorUsername\n          operation\n          entityType\n          entityId\n          outcome\n          before\n          after\n          detail\n          requestId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    locale\n    branch {\n      id\n      code\n      name\n    }\n    manager {\n      id\n      employeeNo\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    locale\n    branch {\n      id\n      code\n      name\n    }\n    manager {\n      id\n      employeeNo\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Clients($filter: ClientFilter, $sort: ClientSort, $first: Int, $after: String) {\n    clients(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          clientNo\n          name\n          kind\n          contribution12m\n          aum\n          lastActivityOn\n          branch {\n            id\n            name\n          }\n          manager {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Clients($filter: ClientFilter, $sort: ClientSort, $first: Int, $after: String) {\n    clients(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          clientNo\n          name\n          kind\n          contribution12m\n          aum\n          lastActivityOn\n          branch {\n            id\n            name\n          }\n          manager {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Client($id: ID!, $months: Int!) {\n    client(id: $id) {\n      id\n      clientNo\n      name\n      kind\n      openedOn\n      riskRating\n      phone\n      email\n      address\n      contribution12m\n      aum\n      lastActivityOn\n      branch {\n        id\n        code\n        name\n        region {\n          id\n          name\n        }\n      }\n      manager {\n        id\n        employeeNo\n        name\n        grade\n        status\n        branch {\n          id\n          name\n        }\n      }\n      products {\n        id\n        productType\n        productName\n        accountNo\n        openedOn\n        balance\n        status\n      }\n      monthlyFacts(months: $months) {\n        month\n        avgDepositBalance\n        avgLoanBalance\n        avgWealthBalance\n        netInterestContribution\n        feeIncome\n        contribution\n        transactionCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Client($id: ID!, $months: Int!) {\n    client(id: $id) {\n      id\n      clientNo\n      name\n      kind\n      openedOn\n      riskRating\n      phone\n      email\n      address\n      contribution12m\n      aum\n      lastActivityOn\n      branch {\n        id\n        code\n        name\n        region {\n          id\n          name\n        }\n      }\n      manager {\n        id\n        employeeNo\n        name\n        grade\n        status\n        branch {\n          id\n          name\n        }\n      }\n      products {\n        id\n        productType\n        productName\n        accountNo\n        openedOn\n        balance\n        status\n      }\n      monthlyFacts(months: $months) {\n        month\n        avgDepositBalance\n        avgLoanBalance\n        avgWealthBalance\n        netInterestContribution\n        feeIncome\n        contribution\n        transactionCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Branches {\n    branches {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Branches {\n    branches {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationshipManagers($branchId: Int) {\n    relationshipManagers(branchId: $branchId) {\n      id\n      employeeNo\n      name\n    }\n  }\n"): (typeof documents)["\n  query RelationshipManagers($branchId: Int) {\n    relationshipManagers(branchId: $branchId) {\n      id\n      employeeNo\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
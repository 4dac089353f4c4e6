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
    "\n  fragment TrainingActivityFields on TrainingActivity {\n    id\n    code\n    type\n    title\n    provider\n    startsOn\n    endsOn\n    points\n    mandatory\n    mandatoryGrades\n    validityMonths\n    active\n    version\n  }\n": typeof types.TrainingActivityFieldsFragmentDoc,
    "\n  query TrainingActivities($filter: TrainingActivityFilter) {\n    trainingActivities(filter: $filter) {\n      ...TrainingActivityFields\n    }\n  }\n": typeof types.TrainingActivitiesDocument,
    "\n  mutation CreateTrainingActivity($input: TrainingActivityInput!) {\n    createTrainingActivity(input: $input) {\n      ...TrainingActivityFields\n    }\n  }\n": typeof types.CreateTrainingActivityDocument,
    "\n  mutation UpdateTrainingActivity($id: Int!, $version: Int!, $input: TrainingActivityInput!) {\n    updateTrainingActivity(id: $id, version: $version, input: $input) {\n      ...TrainingActivityFields\n    }\n  }\n": typeof types.UpdateTrainingActivityDocument,
    "\n  fragment TrainingRecordFields on TrainingRecord {\n    id\n    completedOn\n    hours\n    score\n    passed\n    pointsAwarded\n    pointsOverrideReason\n    evidence\n    source\n    status\n    voidReason\n    voidedAt\n    version\n    activity {\n      id\n      code\n      title\n      type\n      points\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.TrainingRecordFieldsFragmentDoc,
    "\n  query TrainingRecords($filter: TrainingRecordFilter, $first: Int, $after: String) {\n    trainingRecords(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TrainingRecordFields\n          manager {\n            id\n            employeeNo\n            name\n            branch {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrainingRecordsDocument,
    "\n  mutation RecordTraining($input: TrainingRecordInput!) {\n    recordTraining(input: $input) {\n      ...TrainingRecordFields\n    }\n  }\n": typeof types.RecordTrainingDocument,
    "\n  mutation CorrectTrainingRecord($id: ID!, $version: Int!, $correction: TrainingRecordCorrection!) {\n    correctTrainingRecord(id: $id, version: $version, correction: $correction) {\n      ...TrainingRecordFields\n    }\n  }\n": typeof types.CorrectTrainingRecordDocument,
    "\n  mutation VoidTrainingRecord($id: ID!, $version: Int!, $reason: String!) {\n    voidTrainingRecord(id: $id, version: $version, reason: $reason) {\n      ...TrainingRecordFields\n    }\n  }\n": typeof types.VoidTrainingRecordDocument,
    "\n  fragment TrainingImportFields on TrainingImport {\n    id\n    fileName\n    status\n    totalRows\n    accepted\n    rejected\n    duplicates\n    committed\n    createdAt\n    committedAt\n  }\n": typeof types.TrainingImportFieldsFragmentDoc,
    "\n  query TrainingImport($id: ID!) {\n    trainingImport(id: $id) {\n      ...TrainingImportFields\n    }\n  }\n": typeof types.TrainingImportDocument,
    "\n  mutation ImportTrainingRecords($fileName: String!, $contentBase64: String!) {\n    importTrainingRecords(fileName: $fileName, contentBase64: $contentBase64) {\n      ...TrainingImportFields\n    }\n  }\n": typeof types.ImportTrainingRecordsDocument,
    "\n  mutation CommitTrainingImport($importId: ID!) {\n    commitTrainingImport(importId: $importId) {\n      ...TrainingImportFields\n    }\n  }\n": typeof types.CommitTrainingImportDocument,
    "\n  mutation DiscardTrainingImport($importId: ID!) {\n    discardTrainingImport(importId: $importId) {\n      ...TrainingImportFields\n    }\n  }\n": typeof types.DiscardTrainingImportDocument,
    "\n  query TrainingImportLines($id: ID!, $outcome: ImportLineOutcome, $first: Int, $after: String) {\n    trainingImport(id: $id) {\n      id\n      lines(outcome: $outcome, first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            lineNo\n            outcome\n            reason\n            raw\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrainingImportLinesDocument,
    "\n  fragment TrainingFileFields on TrainingFile {\n    year\n    required\n    earned\n    shortfall\n    stillAvailable\n    renewalAtRisk\n    riskReasons\n    meetsCoreClientMinimum\n    manager {\n      id\n      employeeNo\n      name\n      grade\n      status\n      branch {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TrainingFileFieldsFragmentDoc,
    "\n  query TrainingFile($managerId: Int!, $year: Int!) {\n    trainingFile(managerId: $managerId, year: $year) {\n      ...TrainingFileFields\n      mandatoryMissing {\n        id\n        code\n        title\n        type\n        startsOn\n        endsOn\n        points\n      }\n      certificates {\n        completedOn\n        expiresOn\n        state\n        activity {\n          id\n          code\n          title\n        }\n      }\n      history {\n        ...TrainingRecordFields\n      }\n    }\n  }\n": typeof types.TrainingFileDocument,
    "\n  query TrainingOverview($year: Int!, $branchId: Int) {\n    trainingOverview(year: $year, branchId: $branchId) {\n      ...TrainingFileFields\n      certificates {\n        state\n      }\n    }\n  }\n": typeof types.TrainingOverviewDocument,
    "\n  query ExpiringCertificates($branchId: Int) {\n    expiringCertificates(branchId: $branchId) {\n      completedOn\n      expiresOn\n      state\n      activity {\n        id\n        code\n        title\n      }\n      manager {\n        id\n        employeeNo\n        name\n        branch {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ExpiringCertificatesDocument,
    "\n  fragment TrainingSettingsFields on TrainingSettings {\n    yearlyRequirement\n    minimumPointsForCoreClients\n    maxPointsPerRecord\n    certificateExpiryWarningDays\n    version\n    yearlyRequirementByGrade {\n      grade\n      points\n    }\n  }\n": typeof types.TrainingSettingsFieldsFragmentDoc,
    "\n  query TrainingSettings {\n    trainingSettings {\n      ...TrainingSettingsFields\n    }\n  }\n": typeof types.TrainingSettingsDocument,
    "\n  mutation UpdateTrainingSettings($input: TrainingSettingsInput!, $version: Int!) {\n    updateTrainingSettings(input: $input, version: $version) {\n      ...TrainingSettingsFields\n    }\n  }\n": typeof types.UpdateTrainingSettingsDocument,
    "\n  query TrainingManagers($branchId: Int) {\n    relationshipManagers(branchId: $branchId) {\n      id\n      employeeNo\n      name\n      grade\n      branch {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TrainingManagersDocument,
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
    "\n  fragment TrainingActivityFields on TrainingActivity {\n    id\n    code\n    type\n    title\n    provider\n    startsOn\n    endsOn\n    points\n    mandatory\n    mandatoryGrades\n    validityMonths\n    active\n    version\n  }\n": types.TrainingActivityFieldsFragmentDoc,
    "\n  query TrainingActivities($filter: TrainingActivityFilter) {\n    trainingActivities(filter: $filter) {\n      ...TrainingActivityFields\n    }\n  }\n": types.TrainingActivitiesDocument,
    "\n  mutation CreateTrainingActivity($input: TrainingActivityInput!) {\n    createTrainingActivity(input: $input) {\n      ...TrainingActivityFields\n    }\n  }\n": types.CreateTrainingActivityDocument,
    "\n  mutation UpdateTrainingActivity($id: Int!, $version: Int!, $input: TrainingActivityInput!) {\n    updateTrainingActivity(id: $id, version: $version, input: $input) {\n      ...TrainingActivityFields\n    }\n  }\n": types.UpdateTrainingActivityDocument,
    "\n  fragment TrainingRecordFields on TrainingRecord {\n    id\n    completedOn\n    hours\n    score\n    passed\n    pointsAwarded\n    pointsOverrideReason\n    evidence\n    source\n    status\n    voidReason\n    voidedAt\n    version\n    activity {\n      id\n      code\n      title\n      type\n      points\n      startsOn\n      endsOn\n    }\n  }\n": types.TrainingRecordFieldsFragmentDoc,
    "\n  query TrainingRecords($filter: TrainingRecordFilter, $first: Int, $after: String) {\n    trainingRecords(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TrainingRecordFields\n          manager {\n            id\n            employeeNo\n            name\n            branch {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TrainingRecordsDocument,
    "\n  mutation RecordTraining($input: TrainingRecordInput!) {\n    recordTraining(input: $input) {\n      ...TrainingRecordFields\n    }\n  }\n": types.RecordTrainingDocument,
    "\n  mutation CorrectTrainingRecord($id: ID!, $version: Int!, $correction: TrainingRecordCorrection!) {\n    correctTrainingRecord(id: $id, version: $version, correction: $correction) {\n      ...TrainingRecordFields\n    }\n  }\n": types.CorrectTrainingRecordDocument,
    "\n  mutation VoidTrainingRecord($id: ID!, $version: Int!, $reason: String!) {\n    voidTrainingRecord(id: $id, version: $version, reason: $reason) {\n      ...TrainingRecordFields\n    }\n  }\n": types.VoidTrainingRecordDocument,
    "\n  fragment TrainingImportFields on TrainingImport {\n    id\n    fileName\n    status\n    totalRows\n    accepted\n    rejected\n    duplicates\n    committed\n    createdAt\n    committedAt\n  }\n": types.TrainingImportFieldsFragmentDoc,
    "\n  query TrainingImport($id: ID!) {\n    trainingImport(id: $id) {\n      ...TrainingImportFields\n    }\n  }\n": types.TrainingImportDocument,
    "\n  mutation ImportTrainingRecords($fileName: String!, $contentBase64: String!) {\n    importTrainingRecords(fileName: $fileName, contentBase64: $contentBase64) {\n      ...TrainingImportFields\n    }\n  }\n": types.ImportTrainingRecordsDocument,
    "\n  mutation CommitTrainingImport($importId: ID!) {\n    commitTrainingImport(importId: $importId) {\n      ...TrainingImportFields\n    }\n  }\n": types.CommitTrainingImportDocument,
    "\n  mutation DiscardTrainingImport($importId: ID!) {\n    discardTrainingImport(importId: $importId) {\n      ...TrainingImportFields\n    }\n  }\n": types.DiscardTrainingImportDocument,
    "\n  query TrainingImportLines($id: ID!, $outcome: ImportLineOutcome, $first: Int, $after: String) {\n    trainingImport(id: $id) {\n      id\n      lines(outcome: $outcome, first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            lineNo\n            outcome\n            reason\n            raw\n          }\n        }\n      }\n    }\n  }\n": types.TrainingImportLinesDocument,
    "\n  fragment TrainingFileFields on TrainingFile {\n    year\n    required\n    earned\n    shortfall\n    stillAvailable\n    renewalAtRisk\n    riskReasons\n    meetsCoreClientMinimum\n    manager {\n      id\n      employeeNo\n      name\n      grade\n      status\n      branch {\n        id\n        name\n      }\n    }\n  }\n": types.TrainingFileFieldsFragmentDoc,
    "\n  query TrainingFile($managerId: Int!, $year: Int!) {\n    trainingFile(managerId: $managerId, year: $year) {\n      ...TrainingFileFields\n      mandatoryMissing {\n        id\n        code\n        title\n        type\n        startsOn\n        endsOn\n        points\n      }\n      certificates {\n        completedOn\n        expiresOn\n        state\n        activity {\n          id\n          code\n          title\n        }\n      }\n      history {\n        ...TrainingRecordFields\n      }\n    }\n  }\n": types.TrainingFileDocument,
    "\n  query TrainingOverview($year: Int!, $branchId: Int) {\n    trainingOverview(year: $year, branchId: $branchId) {\n      ...TrainingFileFields\n      certificates {\n        state\n      }\n    }\n  }\n": types.TrainingOverviewDocument,
    "\n  query ExpiringCertificates($branchId: Int) {\n    expiringCertificates(branchId: $branchId) {\n      completedOn\n      expiresOn\n      state\n      activity {\n        id\n        code\n        title\n      }\n      manager {\n        id\n        employeeNo\n        name\n        branch {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ExpiringCertificatesDocument,
    "\n  fragment TrainingSettingsFields on TrainingSettings {\n    yearlyRequirement\n    minimumPointsForCoreClients\n    maxPointsPerRecord\n    certificateExpiryWarningDays\n    version\n    yearlyRequirementByGrade {\n      grade\n      points\n    }\n  }\n": types.TrainingSettingsFieldsFragmentDoc,
    "\n  query TrainingSettings {\n    trainingSettings {\n      ...TrainingSettingsFields\n    }\n  }\n": types.TrainingSettingsDocument,
    "\n  mutation UpdateTrainingSettings($input: TrainingSettingsInput!, $version: Int!) {\n    updateTrainingSettings(input: $input, version: $version) {\n      ...TrainingSettingsFields\n    }\n  }\n": types.UpdateTrainingSettingsDocument,
    "\n  query TrainingManagers($branchId: Int) {\n    relationshipManagers(branchId: $branchId) {\n      id\n      employeeNo\n      name\n      grade\n      branch {\n        id\n        name\n      }\n    }\n  }\n": types.TrainingManagersDocument,
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingActivityFields on TrainingActivity {\n    id\n    code\n    type\n    title\n    provider\n    startsOn\n    endsOn\n    points\n    mandatory\n    mandatoryGrades\n    validityMonths\n    active\n    version\n  }\n"): (typeof documents)["\n  fragment TrainingActivityFields on TrainingActivity {\n    id\n    code\n    type\n    title\n    provider\n    startsOn\n    endsOn\n    points\n    mandatory\n    mandatoryGrades\n    validityMonths\n    active\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingActivities($filter: TrainingActivityFilter) {\n    trainingActivities(filter: $filter) {\n      ...TrainingActivityFields\n    }\n  }\n"): (typeof documents)["\n  query TrainingActivities($filter: TrainingActivityFilter) {\n    trainingActivities(filter: $filter) {\n      ...TrainingActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrainingActivity($input: TrainingActivityInput!) {\n    createTrainingActivity(input: $input) {\n      ...TrainingActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTrainingActivity($input: TrainingActivityInput!) {\n    createTrainingActivity(input: $input) {\n      ...TrainingActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrainingActivity($id: Int!, $version: Int!, $input: TrainingActivityInput!) {\n    updateTrainingActivity(id: $id, version: $version, input: $input) {\n      ...TrainingActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTrainingActivity($id: Int!, $version: Int!, $input: TrainingActivityInput!) {\n    updateTrainingActivity(id: $id, version: $version, input: $input) {\n      ...TrainingActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingRecordFields on TrainingRecord {\n    id\n    completedOn\n    hours\n    score\n    passed\n    pointsAwarded\n    pointsOverrideReason\n    evidence\n    source\n    status\n    voidReason\n    voidedAt\n    version\n    activity {\n      id\n      code\n      title\n      type\n      points\n      startsOn\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  fragment TrainingRecordFields on TrainingRecord {\n    id\n    completedOn\n    hours\n    score\n    passed\n    pointsAwarded\n    pointsOverrideReason\n    evidence\n    source\n    status\n    voidReason\n    voidedAt\n    version\n    activity {\n      id\n      code\n      title\n      type\n      points\n      startsOn\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingRecords($filter: TrainingRecordFilter, $first: Int, $after: String) {\n    trainingRecords(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TrainingRecordFields\n          manager {\n            id\n            employeeNo\n            name\n            branch {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingRecords($filter: TrainingRecordFilter, $first: Int, $after: String) {\n    trainingRecords(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TrainingRecordFields\n          manager {\n            id\n            employeeNo\n            name\n            branch {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTraining($input: TrainingRecordInput!) {\n    recordTraining(input: $input) {\n      ...TrainingRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTraining($input: TrainingRecordInput!) {\n    recordTraining(input: $input) {\n      ...TrainingRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectTrainingRecord($id: ID!, $version: Int!, $correction: TrainingRecordCorrection!) {\n    correctTrainingRecord(id: $id, version: $version, correction: $correction) {\n      ...TrainingRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectTrainingRecord($id: ID!, $version: Int!, $correction: TrainingRecordCorrection!) {\n    correctTrainingRecord(id: $id, version: $version, correction: $correction) {\n      ...TrainingRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidTrainingRecord($id: ID!, $version: Int!, $reason: String!) {\n    voidTrainingRecord(id: $id, version: $version, reason: $reason) {\n      ...TrainingRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation VoidTrainingRecord($id: ID!, $version: Int!, $reason: String!) {\n    voidTrainingRecord(id: $id, version: $version, reason: $reason) {\n      ...TrainingRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingImportFields on TrainingImport {\n    id\n    fileName\n    status\n    totalRows\n    accepted\n    rejected\n    duplicates\n    committed\n    createdAt\n    committedAt\n  }\n"): (typeof documents)["\n  fragment TrainingImportFields on TrainingImport {\n    id\n    fileName\n    status\n    totalRows\n    accepted\n    rejected\n    duplicates\n    committed\n    createdAt\n    committedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingImport($id: ID!) {\n    trainingImport(id: $id) {\n      ...TrainingImportFields\n    }\n  }\n"): (typeof documents)["\n  query TrainingImport($id: ID!) {\n    trainingImport(id: $id) {\n      ...TrainingImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTrainingRecords($fileName: String!, $contentBase64: String!) {\n    importTrainingRecords(fileName: $fileName, contentBase64: $contentBase64) {\n      ...TrainingImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportTrainingRecords($fileName: String!, $contentBase64: String!) {\n    importTrainingRecords(fileName: $fileName, contentBase64: $contentBase64) {\n      ...TrainingImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitTrainingImport($importId: ID!) {\n    commitTrainingImport(importId: $importId) {\n      ...TrainingImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommitTrainingImport($importId: ID!) {\n    commitTrainingImport(importId: $importId) {\n      ...TrainingImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardTrainingImport($importId: ID!) {\n    discardTrainingImport(importId: $importId) {\n      ...TrainingImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation DiscardTrainingImport($importId: ID!) {\n    discardTrainingImport(importId: $importId) {\n      ...TrainingImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingImportLines($id: ID!, $outcome: ImportLineOutcome, $first: Int, $after: String) {\n    trainingImport(id: $id) {\n      id\n      lines(outcome: $outcome, first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            lineNo\n            outcome\n            reason\n            raw\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingImportLines($id: ID!, $outcome: ImportLineOutcome, $first: Int, $after: String) {\n    trainingImport(id: $id) {\n      id\n      lines(outcome: $outcome, first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            lineNo\n            outcome\n            reason\n            raw\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingFileFields on TrainingFile {\n    year\n    required\n    earned\n    shortfall\n    stillAvailable\n    renewalAtRisk\n    riskReasons\n    meetsCoreClientMinimum\n    manager {\n      id\n      employeeNo\n      name\n      grade\n      status\n      branch {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TrainingFileFields on TrainingFile {\n    year\n    required\n    earned\n    shortfall\n    stillAvailable\n    renewalAtRisk\n    riskReasons\n    meetsCoreClientMinimum\n    manager {\n      id\n      employeeNo\n      name\n      grade\n      status\n      branch {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingFile($managerId: Int!, $year: Int!) {\n    trainingFile(managerId: $managerId, year: $year) {\n      ...TrainingFileFields\n      mandatoryMissing {\n        id\n        code\n        title\n        type\n        startsOn\n        endsOn\n        points\n      }\n      certificates {\n        completedOn\n        expiresOn\n        state\n        activity {\n          id\n          code\n          title\n        }\n      }\n      history {\n        ...TrainingRecordFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingFile($managerId: Int!, $year: Int!) {\n    trainingFile(managerId: $managerId, year: $year) {\n      ...TrainingFileFields\n      mandatoryMissing {\n        id\n        code\n        title\n        type\n        startsOn\n        endsOn\n        points\n      }\n      certificates {\n        completedOn\n        expiresOn\n        state\n        activity {\n          id\n          code\n          title\n        }\n      }\n      history {\n        ...TrainingRecordFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingOverview($year: Int!, $branchId: Int) {\n    trainingOverview(year: $year, branchId: $branchId) {\n      ...TrainingFileFields\n      certificates {\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingOverview($year: Int!, $branchId: Int) {\n    trainingOverview(year: $year, branchId: $branchId) {\n      ...TrainingFileFields\n      certificates {\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpiringCertificates($branchId: Int) {\n    expiringCertificates(branchId: $branchId) {\n      completedOn\n      expiresOn\n      state\n      activity {\n        id\n        code\n        title\n      }\n      manager {\n        id\n        employeeNo\n        name\n        branch {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpiringCertificates($branchId: Int) {\n    expiringCertificates(branchId: $branchId) {\n      completedOn\n      expiresOn\n      state\n      activity {\n        id\n        code\n        title\n      }\n      manager {\n        id\n        employeeNo\n        name\n        branch {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingSettingsFields on TrainingSettings {\n    yearlyRequirement\n    minimumPointsForCoreClients\n    maxPointsPerRecord\n    certificateExpiryWarningDays\n    version\n    yearlyRequirementByGrade {\n      grade\n      points\n    }\n  }\n"): (typeof documents)["\n  fragment TrainingSettingsFields on TrainingSettings {\n    yearlyRequirement\n    minimumPointsForCoreClients\n    maxPointsPerRecord\n    certificateExpiryWarningDays\n    version\n    yearlyRequirementByGrade {\n      grade\n      points\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingSettings {\n    trainingSettings {\n      ...TrainingSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query TrainingSettings {\n    trainingSettings {\n      ...TrainingSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrainingSettings($input: TrainingSettingsInput!, $version: Int!) {\n    updateTrainingSettings(input: $input, version: $version) {\n      ...TrainingSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTrainingSettings($input: TrainingSettingsInput!, $version: Int!) {\n    updateTrainingSettings(input: $input, version: $version) {\n      ...TrainingSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingManagers($branchId: Int) {\n    relationshipManagers(branchId: $branchId) {\n      id\n      employeeNo\n      name\n      grade\n      branch {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingManagers($branchId: Int) {\n    relationshipManagers(branchId: $branchId) {\n      id\n      employeeNo\n      name\n      grade\n      branch {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
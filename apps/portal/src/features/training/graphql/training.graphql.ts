import { graphql } from '../../../gql';

export const TrainingActivityFields = graphql(`
  fragment TrainingActivityFields on TrainingActivity {
    id
    code
    type
    title
    provider
    startsOn
    endsOn
    points
    mandatory
    mandatoryGrades
    validityMonths
    active
    version
  }
`);

export const TrainingActivitiesQuery = graphql(`
  query TrainingActivities($filter: TrainingActivityFilter) {
    trainingActivities(filter: $filter) {
      ...TrainingActivityFields
    }
  }
`);

export const CreateTrainingActivityMutation = graphql(`
  mutation CreateTrainingActivity($input: TrainingActivityInput!) {
    createTrainingActivity(input: $input) {
      ...TrainingActivityFields
    }
  }
`);

export const UpdateTrainingActivityMutation = graphql(`
  mutation UpdateTrainingActivity($id: Int!, $version: Int!, $input: TrainingActivityInput!) {
    updateTrainingActivity(id: $id, version: $version, input: $input) {
      ...TrainingActivityFields
    }
  }
`);

export const TrainingRecordFields = graphql(`
  fragment TrainingRecordFields on TrainingRecord {
    id
    completedOn
    hours
    score
    passed
    pointsAwarded
    pointsOverrideReason
    evidence
    source
    status
    voidReason
    voidedAt
    version
    activity {
      id
      code
      title
      type
      points
      startsOn
      endsOn
    }
  }
`);

export const TrainingRecordsQuery = graphql(`
  query TrainingRecords($filter: TrainingRecordFilter, $first: Int, $after: String) {
    trainingRecords(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TrainingRecordFields
          manager {
            id
            employeeNo
            name
            branch {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const RecordTrainingMutation = graphql(`
  mutation RecordTraining($input: TrainingRecordInput!) {
    recordTraining(input: $input) {
      ...TrainingRecordFields
    }
  }
`);

export const CorrectTrainingRecordMutation = graphql(`
  mutation CorrectTrainingRecord($id: ID!, $version: Int!, $correction: TrainingRecordCorrection!) {
    correctTrainingRecord(id: $id, version: $version, correction: $correction) {
      ...TrainingRecordFields
    }
  }
`);

export const VoidTrainingRecordMutation = graphql(`
  mutation VoidTrainingRecord($id: ID!, $version: Int!, $reason: String!) {
    voidTrainingRecord(id: $id, version: $version, reason: $reason) {
      ...TrainingRecordFields
    }
  }
`);

export const TrainingImportFields = graphql(`
  fragment TrainingImportFields on TrainingImport {
    id
    fileName
    status
    totalRows
    accepted
    rejected
    duplicates
    committed
    createdAt
    committedAt
  }
`);

export const TrainingImportQuery = graphql(`
  query TrainingImport($id: ID!) {
    trainingImport(id: $id) {
      ...TrainingImportFields
    }
  }
`);

export const CommitTrainingImportMutation = graphql(`
  mutation CommitTrainingImport($importId: ID!) {
    commitTrainingImport(importId: $importId) {
      ...TrainingImportFields
    }
  }
`);

export const DiscardTrainingImportMutation = graphql(`
  mutation DiscardTrainingImport($importId: ID!) {
    discardTrainingImport(importId: $importId) {
      ...TrainingImportFields
    }
  }
`);

export const TrainingImportLinesQuery = graphql(`
  query TrainingImportLines($id: ID!, $outcome: ImportLineOutcome, $first: Int, $after: String) {
    trainingImport(id: $id) {
      id
      lines(outcome: $outcome, first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            lineNo
            outcome
            reason
            reasonCode
            reasonParams
            raw
          }
        }
      }
    }
  }
`);

export const TrainingFileFields = graphql(`
  fragment TrainingFileFields on TrainingFile {
    year
    required
    earned
    shortfall
    stillAvailable
    renewalAtRisk
    riskReasons
    manager {
      id
      employeeNo
      name
      grade
      status
      branch {
        id
        name
      }
    }
  }
`);

export const TrainingFileQuery = graphql(`
  query TrainingFile($managerId: Int!, $year: Int!) {
    trainingFile(managerId: $managerId, year: $year) {
      ...TrainingFileFields
      coreClientStanding {
        eligible
        ineligibility
        pointsYear
        minimumPoints
      }
      mandatoryMissing {
        id
        code
        title
        type
        startsOn
        endsOn
        points
      }
      certificates {
        completedOn
        expiresOn
        state
        activity {
          id
          code
          title
        }
      }
      history {
        ...TrainingRecordFields
      }
    }
  }
`);

export const TrainingOverviewQuery = graphql(`
  query TrainingOverview($year: Int!, $branchId: Int) {
    trainingOverview(year: $year, branchId: $branchId) {
      ...TrainingFileFields
      certificates {
        state
      }
    }
  }
`);

export const ExpiringCertificatesQuery = graphql(`
  query ExpiringCertificates($branchId: Int) {
    expiringCertificates(branchId: $branchId) {
      completedOn
      expiresOn
      state
      activity {
        id
        code
        title
      }
      manager {
        id
        employeeNo
        name
        branch {
          id
          name
        }
      }
    }
  }
`);

export const TrainingSettingsFields = graphql(`
  fragment TrainingSettingsFields on TrainingSettings {
    yearlyRequirement
    minimumPointsForCoreClients
    maxPointsPerRecord
    certificateExpiryWarningDays
    version
    yearlyRequirementByGrade {
      grade
      points
    }
  }
`);

export const TrainingSettingsQuery = graphql(`
  query TrainingSettings {
    trainingSettings {
      ...TrainingSettingsFields
    }
  }
`);

export const UpdateTrainingSettingsMutation = graphql(`
  mutation UpdateTrainingSettings($input: TrainingSettingsInput!, $version: Int!) {
    updateTrainingSettings(input: $input, version: $version) {
      ...TrainingSettingsFields
    }
  }
`);

export const TrainingManagersQuery = graphql(`
  query TrainingManagers($branchId: Int) {
    relationshipManagers(branchId: $branchId) {
      id
      employeeNo
      name
      grade
      branch {
        id
        name
      }
    }
  }
`);

import { graphql } from '../../../gql';

export const RevisitQueueQuery = graphql(`
  query RevisitQueue($managerId: Int, $tier: ValueTier, $first: Int, $after: String) {
    revisitQueue(managerId: $managerId, tier: $tier, first: $first, after: $after) {
      overdueCount
      dueSoonCount
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          reason
          tier
          dueOn
          daysOverdue
          lastContactOn
          plannedOn
          client {
            id
            clientNo
            name
          }
        }
      }
    }
  }
`);

export const ContactFields = graphql(`
  fragment ContactFields on Contact {
    id
    clientId
    status
    type
    purpose
    occurredAt
    occurredOn
    plannedOn
    outcome
    notes
    nextStep
    cancelReason
    authorName
    editable
    counts
    version
    addenda {
      id
      text
      authorName
      createdAt
    }
  }
`);

export const ClientCycleFields = graphql(`
  fragment ClientCycleFields on ClientCycle {
    tier
    cycleDays
    lastContactOn
    dueOn
    plannedOn
  }
`);

export const ClientServicingQuery = graphql(`
  query ClientServicing($id: ID!, $first: Int, $after: String) {
    client(id: $id) {
      id
      cycle {
        ...ClientCycleFields
      }
      contacts(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ContactFields
          }
        }
      }
    }
  }
`);

export const ClientTimelineQuery = graphql(`
  query ClientTimeline($clientId: ID!, $first: Int, $after: String) {
    clientTimeline(clientId: $clientId, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          at
          reason
          tier
          previousTier
          warningAction
          manager {
            id
            name
            employeeNo
          }
          contact {
            id
            status
            type
            purpose
            outcome
            plannedOn
            notes
            authorName
          }
          satisfactionIndex
          complaint {
            id
            status
            business
            cause
          }
        }
      }
    }
  }
`);

export const LogContactMutation = graphql(`
  mutation LogContact($input: ContactInput!) {
    logContact(input: $input) {
      ...ContactFields
    }
  }
`);

export const PlanContactMutation = graphql(`
  mutation PlanContact($input: PlannedContactInput!) {
    planContact(input: $input) {
      ...ContactFields
    }
  }
`);

export const CompletePlannedContactMutation = graphql(`
  mutation CompletePlannedContact($id: ID!, $version: Int!, $completion: ContactCompletion!) {
    completePlannedContact(id: $id, version: $version, completion: $completion) {
      ...ContactFields
    }
  }
`);

export const CancelPlannedContactMutation = graphql(`
  mutation CancelPlannedContact($id: ID!, $version: Int!, $reason: String!) {
    cancelPlannedContact(id: $id, version: $version, reason: $reason) {
      ...ContactFields
    }
  }
`);

export const EditContactMutation = graphql(`
  mutation EditContact($id: ID!, $version: Int!, $edit: ContactEdit!) {
    editContact(id: $id, version: $version, edit: $edit) {
      ...ContactFields
    }
  }
`);

export const AddContactAddendumMutation = graphql(`
  mutation AddContactAddendum($id: ID!, $text: String!) {
    addContactAddendum(id: $id, text: $text) {
      ...ContactFields
    }
  }
`);

export const ManagerCoverageQuery = graphql(`
  query ManagerCoverage($from: Date!, $to: Date!, $branchId: Int) {
    managerCoverage(from: $from, to: $to, branchId: $branchId) {
      coreDays
      withinDays
      coverage
      overdueNow
      dueSoonNow
      manager {
        id
        employeeNo
        name
      }
    }
  }
`);

export const BranchCoverageQuery = graphql(`
  query BranchCoverage($from: Date!, $to: Date!) {
    branchCoverage(from: $from, to: $to) {
      coreDays
      withinDays
      coverage
      overdueNow
      dueSoonNow
      branch {
        id
        code
        name
      }
    }
  }
`);

export const CycleSettingsFields = graphql(`
  fragment CycleSettingsFields on ContactCycleSettings {
    cycleDays {
      PLATINUM
      GOLD
      SILVER
      BRONZE
    }
    countingTypes
    graceDays
    editWindowDays
    version
    effectiveOn
  }
`);

export const ContactCycleSettingsQuery = graphql(`
  query ContactCycleSettings {
    contactCycleSettings {
      ...CycleSettingsFields
    }
  }
`);

export const ContactCycleSettingsHistoryQuery = graphql(`
  query ContactCycleSettingsHistory {
    contactCycleSettingsHistory {
      ...CycleSettingsFields
    }
  }
`);

export const UpdateContactCycleSettingsMutation = graphql(`
  mutation UpdateContactCycleSettings($input: ContactCycleSettingsInput!, $version: Int!) {
    updateContactCycleSettings(input: $input, version: $version) {
      ...CycleSettingsFields
    }
  }
`);

import { graphql } from '../../../gql';

export const AssignmentPlanSummaryFields = graphql(`
  fragment AssignmentPlanSummaryFields on AssignmentPlan {
    id
    status
    progress
    trigger
    error
    rankingRunId
    reRanked
    createdAt
    createdByName
    decidedAt
    decidedByName
    branch {
      id
      name
    }
  }
`);

export const LatestAssignmentPlanQuery = graphql(`
  query LatestAssignmentPlan($branchId: Int, $wholeBank: Boolean!) {
    assignmentPlans(branchId: $branchId, wholeBank: $wholeBank, first: 1) {
      edges {
        node {
          ...AssignmentPlanSummaryFields
        }
      }
    }
  }
`);

export const AssignmentPlanDetailQuery = graphql(`
  query AssignmentPlanDetail($id: Int!, $branchId: Int, $withManagers: Boolean!) {
    assignmentPlan(id: $id) {
      ...AssignmentPlanSummaryFields
      statistics {
        clients
        keeps
        assigns
        moves
        releases
        unplaced
        balanceMoves
        keptShare
        maxMeanWorkloadRatio
        workloadLowerBoundRatio
        maxMeanValueRatio
        valueLowerBoundRatio
      }
      branchBalances {
        branch {
          id
          code
          name
        }
        eligibleManagers
        coreClients
        unplaced
        maxMeanWorkloadRatio
        workloadLowerBoundRatio
        meanValue
        maxValue
      }
      managers(branchId: $branchId) @include(if: $withManagers) {
        manager {
          id
          employeeNo
          name
        }
        capacity
        eligible
        ineligibleReason
        clientsBefore
        workloadBefore
        valueBefore
        clientsAfter
        workloadAfter
        valueAfter
      }
      itemCounts(branchId: $branchId) {
        action
        reason
        count
      }
    }
  }
`);

export const AssignmentPlanItemsQuery = graphql(`
  query AssignmentPlanItems($id: Int!, $filter: PlanItemFilter, $first: Int, $after: String) {
    assignmentPlan(id: $id) {
      id
      items(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            action
            reason
            tier
            workload
            value
            client {
              id
              clientNo
              name
            }
            fromManager {
              id
              name
            }
            toManager {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const PlanAssignmentMutation = graphql(`
  mutation PlanAssignment($branchId: Int) {
    planAssignment(branchId: $branchId) {
      ...AssignmentPlanSummaryFields
    }
  }
`);

export const ApplyAssignmentPlanMutation = graphql(`
  mutation ApplyAssignmentPlan($planId: Int!) {
    applyAssignmentPlan(planId: $planId) {
      ...AssignmentPlanSummaryFields
    }
  }
`);

export const DiscardAssignmentPlanMutation = graphql(`
  mutation DiscardAssignmentPlan($planId: Int!) {
    discardAssignmentPlan(planId: $planId) {
      ...AssignmentPlanSummaryFields
    }
  }
`);

export const ReassignClientMutation = graphql(`
  mutation ReassignClient(
    $clientId: ID!
    $managerId: Int
    $reasonCode: ManualMoveReason!
    $reason: String!
    $currentManagerId: Int
  ) {
    reassignClient(
      clientId: $clientId
      managerId: $managerId
      reasonCode: $reasonCode
      reason: $reason
      currentManagerId: $currentManagerId
    ) {
      id
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
  }
`);

export const AssignmentSettingsFields = graphql(`
  fragment AssignmentSettingsFields on AssignmentSettings {
    workloadByTier {
      tier
      workload
    }
    balanceTolerance
    maxBalanceMoveShare
    allowProbation
    requireTrainingMinimum
    version
  }
`);

export const AssignmentSettingsQuery = graphql(`
  query AssignmentSettings {
    assignmentSettings {
      ...AssignmentSettingsFields
    }
  }
`);

export const UpdateAssignmentSettingsMutation = graphql(`
  mutation UpdateAssignmentSettings($input: AssignmentSettingsInput!, $version: Int!) {
    updateAssignmentSettings(input: $input, version: $version) {
      ...AssignmentSettingsFields
    }
  }
`);

export const BranchManagersQuery = graphql(`
  query BranchManagers($branchId: Int) {
    relationshipManagers(branchId: $branchId) {
      id
      employeeNo
      name
      status
      coreCapacity
      coreClientIneligibility
      coreClientsHeld
    }
  }
`);

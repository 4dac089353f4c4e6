import { graphql } from '../../../gql';

export const RfmFields = graphql(`
  fragment RfmFields on RfmScore {
    recency
    frequency
    monetary
  }
`);

export const ClientsQuery = graphql(`
  query Clients($filter: ClientFilter, $sort: ClientSort, $first: Int, $after: String) {
    clients(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          clientNo
          name
          kind
          contribution12m
          aum
          lastActivityOn
          core
          tier
          lifecycleStage
          rfm {
            ...RfmFields
          }
          openEarlyWarning {
            id
            kind
            acknowledgedAt
          }
          branch {
            id
            name
          }
          manager {
            id
            name
          }
        }
      }
    }
  }
`);

export const ClientQuery = graphql(`
  query Client($id: ID!, $months: Int!, $runs: Int!) {
    client(id: $id) {
      id
      clientNo
      name
      kind
      openedOn
      riskRating
      phone
      email
      address
      contribution12m
      aum
      lastActivityOn
      core
      tier
      lifecycleStage
      valueMatrixCell
      rfm {
        ...RfmFields
      }
      rankingHistory(runs: $runs) {
        runId
        effectiveOn
        lastFactMonth
        value
        valueRank
        scopeSize
        core
        tier
        lifecycleStage
        growthPercent
      }
      assignmentHistory {
        startedAt
        endedAt
        startedByName
        startReason
        startReasonCode
        startNote
        endedByName
        endReason
        endReasonCode
        endNote
        planId
        manager {
          id
          employeeNo
          name
        }
      }
      branch {
        id
        code
        name
        region {
          id
          name
        }
      }
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
      products {
        id
        productType
        productName
        accountNo
        openedOn
        balance
        status
      }
      monthlyFacts(months: $months) {
        month
        avgDepositBalance
        avgLoanBalance
        avgWealthBalance
        netInterestContribution
        feeIncome
        contribution
        transactionCount
      }
    }
  }
`);

export const BranchesQuery = graphql(`
  query Branches {
    branches {
      id
      code
      name
    }
  }
`);

export const RelationshipManagersQuery = graphql(`
  query RelationshipManagers($branchId: Int) {
    relationshipManagers(branchId: $branchId) {
      id
      employeeNo
      name
    }
  }
`);

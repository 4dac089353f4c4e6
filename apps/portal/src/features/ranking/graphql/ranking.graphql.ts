import { graphql } from '../../../gql';

export const RankingRunFields = graphql(`
  fragment RankingRunFields on RankingRun {
    id
    effectiveOn
    lastFactMonth
    status
    progress
    step
    error
    startedAt
    finishedAt
    startedByName
    rankedBranchId
    rankedBranchName
    figuresScope
    clientCount
    coreCount
    coreValue
    coreValueShare
    totalValue
    enteredCore
    leftCore
    earlyWarnings
    previousRunId
    tierCounts {
      tier
      clients
    }
  }
`);

export const LatestRankingRunQuery = graphql(`
  query LatestRankingRun {
    rankingRuns(first: 1) {
      edges {
        node {
          ...RankingRunFields
        }
      }
    }
  }
`);

export const RunCoreRankingMutation = graphql(`
  mutation RunCoreRanking($effectiveOn: String, $branchId: Int) {
    runCoreRanking(effectiveOn: $effectiveOn, branchId: $branchId) {
      ...RankingRunFields
    }
  }
`);

export const ParetoCurveFields = graphql(`
  fragment ParetoCurveFields on ParetoCurve {
    clients
    points
    top20Share
    totalValue
  }
`);

export const ParetoQuery = graphql(`
  query Pareto {
    pareto {
      runId
      effectiveOn
      lastFactMonth
      bank {
        ...ParetoCurveFields
      }
      branches {
        branch {
          id
          code
          name
        }
        coreClients
        coreValue
        coreValueShare
        curve {
          ...ParetoCurveFields
        }
      }
    }
  }
`);

export const CoreSetChangesQuery = graphql(`
  query CoreSetChanges($change: CoreChange!, $branchId: Int, $first: Int, $after: String) {
    coreSetChanges(change: $change, branchId: $branchId, first: $first, after: $after) {
      totalCount
      previousRunId
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          change
          tierBefore
          tierNow
          valueBefore
          valueNow
          client {
            id
            clientNo
            name
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
  }
`);

export const EarlyWarningsQuery = graphql(`
  query EarlyWarnings($first: Int, $after: String, $clientId: String) {
    earlyWarnings(first: $first, after: $after, clientId: $clientId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          raisedAt
          acknowledgedAt
          client {
            id
            clientNo
            name
            tier
            lifecycleStage
            manager {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const AcknowledgeEarlyWarningMutation = graphql(`
  mutation AcknowledgeEarlyWarning($id: String!, $note: String!, $followUpOn: Date) {
    acknowledgeEarlyWarning(id: $id, note: $note, followUpOn: $followUpOn) {
      id
      acknowledgedAt
      acknowledgedByName
      actionNote
      followUpOn
    }
  }
`);

export const WarningHistoryQuery = graphql(`
  query WarningHistory($clientId: String!) {
    earlyWarnings(clientId: $clientId, includeAcknowledged: true, first: 100) {
      edges {
        node {
          id
          kind
          raisedAt
          acknowledgedAt
          acknowledgedByName
          actionNote
          followUpOn
        }
      }
    }
  }
`);

export const RankingSettingsFields = graphql(`
  fragment RankingSettingsFields on RankingSettings {
    scope
    corePercent
    platinumPercent
    goldPercent
    silverPercent
    contributionWeight
    aumWeight
    explorationMonths
    formationMonths
    formationGrowthPercent
    declineValueDropPercent
    declineActivityDropPercent
    potentialGrowthPercent
    potentialProductGaps
    bankFiguresForBranchHeads
    version
  }
`);

export const RankingSettingsQuery = graphql(`
  query RankingSettings {
    rankingSettings {
      ...RankingSettingsFields
    }
  }
`);

export const UpdateRankingSettingsMutation = graphql(`
  mutation UpdateRankingSettings($input: RankingSettingsInput!, $version: Int!) {
    updateRankingSettings(input: $input, version: $version) {
      ...RankingSettingsFields
    }
  }
`);

import { graphql } from '../../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilterInput, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          at
          actorUserId
          actorUsername
          operation
          entityType
          entityId
          outcome
          before
          after
          detail
          detailCode
          detailParams
          requestId
        }
      }
    }
  }
`);

export const AuditChoicesQuery = graphql(`
  query AuditChoices {
    auditChoices {
      operations
      entityTypes
    }
  }
`);

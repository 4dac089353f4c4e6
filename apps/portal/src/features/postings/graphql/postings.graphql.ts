import { graphql } from '../../../gql';

export const RmPostingFields = graphql(`
  fragment RmPostingFields on RelationshipManager {
    id
    employeeNo
    name
    grade
    status
    coreCapacity
    contractEndDate
    version
    branch {
      id
      code
      name
    }
  }
`);

export const RmPostingsQuery = graphql(`
  query RmPostings($filter: RelationshipManagerFilter, $first: Int, $after: String) {
    relationshipManagersPage(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...RmPostingFields
        }
      }
    }
  }
`);

export const UpdateRmPostingMutation = graphql(`
  mutation UpdateRmPosting($input: RelationshipManagerUpdateInput!) {
    updateRelationshipManager(input: $input) {
      ...RmPostingFields
    }
  }
`);

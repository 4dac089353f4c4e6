import { graphql } from '../../../gql';

export const ComplaintRowFields = graphql(`
  fragment ComplaintRowFields on Complaint {
    id
    receivedAt
    receivedOn
    business
    cause
    severity
    complexity
    status
    standing
    dueOn
    handlerId
    handlerName
    version
    client {
      id
      name
      clientNo
    }
    responsibleManager {
      id
      name
    }
  }
`);

export const ComplaintsQuery = graphql(`
  query Complaints($filter: ComplaintFilter, $first: Int, $after: String) {
    complaints(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ComplaintRowFields
        }
      }
    }
  }
`);

export const ClientComplaintsQuery = graphql(`
  query ClientComplaints($clientId: ID!, $first: Int) {
    client(id: $clientId) {
      id
      complaints(first: $first) {
        totalCount
        edges {
          node {
            ...ComplaintRowFields
          }
        }
      }
    }
  }
`);

export const ComplaintFields = graphql(`
  fragment ComplaintFields on Complaint {
    ...ComplaintRowFields
    clientId
    incidentOn
    channel
    description
    clientRequest
    clockStartedOn
    pauses {
      from
      to
    }
    extended
    mergedIntoId
    decidedOn
    decision
    summary
    rootCause
    redressAmount
    upheld
    decidedLate
    closedOn
    withdrawnOn
    recordedByName
    events {
      id
      action
      fromStatus
      toStatus
      version
      actorName
      at
      note
      assignedName
      clientInformedOn
    }
  }
`);

export const ComplaintQuery = graphql(`
  query Complaint($id: ID!) {
    complaint(id: $id) {
      ...ComplaintFields
    }
  }
`);

export const ComplaintHandlersQuery = graphql(`
  query ComplaintHandlers($id: ID!) {
    complaintHandlers(id: $id) {
      userId
      name
      role
      recused
    }
  }
`);

export const ComplaintClientSearchQuery = graphql(`
  query ComplaintClientSearch($search: String) {
    clients(filter: { search: $search }, first: 20, sort: NAME_ASC) {
      edges {
        node {
          id
          name
          clientNo
        }
      }
    }
  }
`);

export const RecordComplaintMutation = graphql(`
  mutation RecordComplaint($input: ComplaintInput!) {
    recordComplaint(input: $input) {
      ...ComplaintFields
    }
  }
`);

export const AssignComplaintHandlerMutation = graphql(`
  mutation AssignComplaintHandler($id: ID!, $version: Int!, $handlerId: Int!) {
    assignComplaintHandler(id: $id, version: $version, handlerId: $handlerId) {
      ...ComplaintFields
    }
  }
`);

export const AcknowledgeComplaintMutation = graphql(`
  mutation AcknowledgeComplaint($id: ID!, $version: Int!) {
    acknowledgeComplaint(id: $id, version: $version) {
      ...ComplaintFields
    }
  }
`);

export const StartComplaintMutation = graphql(`
  mutation StartComplaint($id: ID!, $version: Int!) {
    startComplaint(id: $id, version: $version) {
      ...ComplaintFields
    }
  }
`);

export const PauseComplaintMutation = graphql(`
  mutation PauseComplaint($id: ID!, $version: Int!, $note: String!) {
    pauseComplaint(id: $id, version: $version, note: $note) {
      ...ComplaintFields
    }
  }
`);

export const ResumeComplaintMutation = graphql(`
  mutation ResumeComplaint($id: ID!, $version: Int!) {
    resumeComplaint(id: $id, version: $version) {
      ...ComplaintFields
    }
  }
`);

export const ExtendComplaintMutation = graphql(`
  mutation ExtendComplaint($id: ID!, $version: Int!, $input: ComplaintExtensionInput!) {
    extendComplaint(id: $id, version: $version, input: $input) {
      ...ComplaintFields
    }
  }
`);

export const MergeComplaintMutation = graphql(`
  mutation MergeComplaint($id: ID!, $version: Int!, $intoId: ID!, $note: String!) {
    mergeComplaint(id: $id, version: $version, intoId: $intoId, note: $note) {
      ...ComplaintFields
    }
  }
`);

export const WithdrawComplaintMutation = graphql(`
  mutation WithdrawComplaint($id: ID!, $version: Int!, $note: String!) {
    withdrawComplaint(id: $id, version: $version, note: $note) {
      ...ComplaintFields
    }
  }
`);

export const DecideComplaintMutation = graphql(`
  mutation DecideComplaint($id: ID!, $version: Int!, $input: ComplaintDecisionInput!) {
    decideComplaint(id: $id, version: $version, input: $input) {
      ...ComplaintFields
    }
  }
`);

export const CloseComplaintMutation = graphql(`
  mutation CloseComplaint($id: ID!, $version: Int!, $survey: SurveyAnswersInput) {
    closeComplaint(id: $id, version: $version, survey: $survey) {
      ...ComplaintFields
    }
  }
`);

export const ReopenComplaintMutation = graphql(`
  mutation ReopenComplaint($id: ID!, $version: Int!, $note: String!) {
    reopenComplaint(id: $id, version: $version, note: $note) {
      ...ComplaintFields
    }
  }
`);

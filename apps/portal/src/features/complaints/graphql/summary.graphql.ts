import { graphql } from '../../../gql';

export const ServiceQualityQuery = graphql(`
  query ServiceQuality($from: Date!, $to: Date!, $branchId: Int) {
    serviceQuality(from: $from, to: $to, branchId: $branchId) {
      manager {
        id
        name
        employeeNo
        branch {
          id
          name
        }
      }
      complaints
      upheld
      decidedLate
      open
      responses
      meanIndex
      satisfactionIndex
      netPromoterScore
      complaintResponses
    }
  }
`);

export const ComplaintSummaryQuery = graphql(`
  query ComplaintSummary($from: Date!, $to: Date!, $branchId: Int) {
    complaintSummary(from: $from, to: $to, branchId: $branchId) {
      from
      to
      received
      decided
      decidedOnTime
      onTimeShare
      upheld
      upheldRate
      redressPaid
      medianDaysToDecision
      open
      overdue
      byBusiness {
        key
        count
        upheld
      }
      byCause {
        key
        count
        upheld
      }
      byBranch {
        key
        count
        upheld
      }
      byResponsibleManager {
        key
        count
        upheld
      }
    }
  }
`);

export const ComplaintSettingsFields = graphql(`
  fragment ComplaintSettingsFields on ComplaintSettings {
    deadlineDays {
      SIMPLE
      COMPLEX
      ESPECIALLY_COMPLEX
    }
    extensionDays
    dueSoonDays
    version
  }
`);

export const ComplaintSettingsQuery = graphql(`
  query ComplaintSettings {
    complaintSettings {
      ...ComplaintSettingsFields
    }
  }
`);

export const UpdateComplaintSettingsMutation = graphql(`
  mutation UpdateComplaintSettings($input: ComplaintSettingsInput!, $version: Int!) {
    updateComplaintSettings(input: $input, version: $version) {
      ...ComplaintSettingsFields
    }
  }
`);

export const SatisfactionSettingsFields = graphql(`
  fragment SatisfactionSettingsFields on SatisfactionSettings {
    weights {
      overall
      expectations
      ideal
    }
    minimumResponses
    version
  }
`);

export const SatisfactionSettingsQuery = graphql(`
  query SatisfactionSettings {
    satisfactionSettings {
      ...SatisfactionSettingsFields
    }
  }
`);

export const UpdateSatisfactionSettingsMutation = graphql(`
  mutation UpdateSatisfactionSettings($input: SatisfactionSettingsInput!, $version: Int!) {
    updateSatisfactionSettings(input: $input, version: $version) {
      ...SatisfactionSettingsFields
    }
  }
`);

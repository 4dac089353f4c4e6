import { EVIDENCE_MAX_LENGTH, TRAINING_REASON_MAX_LENGTH, TRAINING_YEARS } from '@corebook/domain';
import {
  GRAPHQL_BODY_LIMIT_BYTES,
  SEARCH_RULE,
  type InputRule,
  type InputRules,
} from '@corebook/server/common';

const YEAR: InputRule = { min: TRAINING_YEARS.first, max: TRAINING_YEARS.last };
const EVIDENCE: InputRule = { maxLength: EVIDENCE_MAX_LENGTH, multiline: true };
const REASON: InputRule = { maxLength: TRAINING_REASON_MAX_LENGTH, multiline: true };

/** What the training area accepts beyond the input defaults (docs/security.md). */
export const TRAINING_INPUT_RULES: InputRules = {
  'Query.trainingFile(year:)': YEAR,
  'Query.trainingOverview(year:)': YEAR,
  'TrainingActivityFilter.year': YEAR,
  'TrainingRecordFilter.year': YEAR,
  'TrainingActivityFilter.search': SEARCH_RULE,
  'TrainingRecordInput.evidence': EVIDENCE,
  'TrainingRecordCorrection.evidence': EVIDENCE,
  'TrainingRecordInput.pointsOverrideReason': REASON,
  'TrainingRecordCorrection.pointsOverrideReason': REASON,
  'TrainingRecordCorrection.reason': REASON,
  'Mutation.voidTrainingRecord(reason:)': REASON,
  // Whatever fits the GraphQL body beside the rest of the request; larger files go to
  // POST /training/imports.
  'Mutation.importTrainingRecords(contentBase64:)': {
    maxLength: GRAPHQL_BODY_LIMIT_BYTES - 4096,
  },
  'Mutation.importTrainingRecords(fileName:)': { maxLength: 255 },
};

// The whole schema history, in order. Schema changes only through migrations (docs/decisions.md 5);
// one folder keeps the order obvious across the domain areas.
import { CreateAuditLog1795300000000 } from './1795300000000-CreateAuditLog';
import { CreateOrganisation1795300001000 } from './1795300001000-CreateOrganisation';
import { CreateClients1795300002000 } from './1795300002000-CreateClients';
import { CreateTraining1795300003000 } from './1795300003000-CreateTraining';
import { CreateCoreRanking1795300004000 } from './1795300004000-CreateCoreRanking';
import { CreateAssignments1795300005000 } from './1795300005000-CreateAssignments';
import { CreateClientFigures1795300006000 } from './1795300006000-CreateClientFigures';
import { KeepAssignmentsAsLog1795300007000 } from './1795300007000-KeepAssignmentsAsLog';
import { CreateClientProductTypes1795300008000 } from './1795300008000-CreateClientProductTypes';
import { ThrottleSignIn1795300009000 } from './1795300009000-ThrottleSignIn';
import { LimitBranchHeadsToBranchFigures1795300010000 } from './1795300010000-LimitBranchHeadsToBranchFigures';
import { DateEveryLeaver1795300011000 } from './1795300011000-DateEveryLeaver';
import { SortNamesByPinyin1795300012000 } from './1795300012000-SortNamesByPinyin';
import { CodeImportLineReasons1795300013000 } from './1795300013000-CodeImportLineReasons';
import { IndexAuditOperations1795300014000 } from './1795300014000-IndexAuditOperations';
import { CodeAuditDetails1795300015000 } from './1795300015000-CodeAuditDetails';
import { IndexOpenEarlyWarnings1795300016000 } from './1795300016000-IndexOpenEarlyWarnings';
import { RecordWarningActions1795300017000 } from './1795300017000-RecordWarningActions';
import { AddManualMoveReasons1795300018000 } from './1795300018000-AddManualMoveReasons';
import { RankOneBranch1795300019000 } from './1795300019000-RankOneBranch';
import { LogContacts1795300020000 } from './1795300020000-LogContacts';
import { IndexPlannedRevisits1795300021000 } from './1795300021000-IndexPlannedRevisits';
import { RecordComplaints1795300030000 } from './1795300030000-RecordComplaints';

export const migrations = [
  CreateAuditLog1795300000000,
  CreateOrganisation1795300001000,
  CreateClients1795300002000,
  CreateTraining1795300003000,
  CreateCoreRanking1795300004000,
  CreateAssignments1795300005000,
  CreateClientFigures1795300006000,
  KeepAssignmentsAsLog1795300007000,
  CreateClientProductTypes1795300008000,
  ThrottleSignIn1795300009000,
  LimitBranchHeadsToBranchFigures1795300010000,
  DateEveryLeaver1795300011000,
  SortNamesByPinyin1795300012000,
  CodeImportLineReasons1795300013000,
  IndexAuditOperations1795300014000,
  CodeAuditDetails1795300015000,
  IndexOpenEarlyWarnings1795300016000,
  RecordWarningActions1795300017000,
  AddManualMoveReasons1795300018000,
  RankOneBranch1795300019000,
  LogContacts1795300020000,
  IndexPlannedRevisits1795300021000,
  RecordComplaints1795300030000,
];

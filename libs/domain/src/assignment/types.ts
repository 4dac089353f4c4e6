/**
 * The assignment solver's vocabulary (docs/domain.md rules 2-3): core clients, the RMs who may
 * hold them, and the plan of keep / assign / move / release items that balances books.
 */

/** What a plan does with one client. UNPLACED: a core client the branch cannot place now. */
export type PlanAction = 'KEEP' | 'ASSIGN' | 'MOVE' | 'RELEASE' | 'UNPLACED';

/** Why, machine-readable; the portal translates each. */
export type PlanReason =
  /** KEEP: the existing pair stays. */
  | 'KEPT'
  /** ASSIGN: a core client without an RM. */
  | 'NEW_CORE_CLIENT'
  /** MOVE, or UNPLACED when no one can take the client: the current RM may not hold core clients. */
  | 'RM_INELIGIBLE'
  /** MOVE: the current RM works in another branch. */
  | 'RM_OTHER_BRANCH'
  /** MOVE: the RM holds more core clients than their capacity. */
  | 'RM_OVER_CAPACITY'
  /** MOVE: evens out the branch's workload (capped per plan by maxBalanceMoveShare). */
  | 'BALANCE'
  /** RELEASE: no longer a core client; back to the branch pool. */
  | 'NOT_CORE'
  /** UNPLACED: the branch has no eligible RM. */
  | 'NO_ELIGIBLE_RM'
  /** UNPLACED: every eligible RM of the branch is at capacity. */
  | 'ALL_RMS_FULL';

export interface SolverClient {
  id: string;
  branchId: number;
  /** Core clients need an RM; non-core clients with an RM are released to the pool. */
  core: boolean;
  /** Service workload from the tier (settings), e.g. platinum 3, gold 2, other core 1. */
  workload: number;
  /** Value in fen (integer), so sums stay exact. */
  valueFen: number;
  currentManagerId: number | null;
}

export interface SolverManager {
  id: number;
  branchId: number;
  /** Most core clients this RM may hold (a count, not workload). */
  capacity: number;
  /** Active (or probation when allowed) and enough training points. */
  eligible: boolean;
}

export interface SolverSettings {
  /** A kept pair may leave its RM at most this much above the branch's target workload (1.05 = 5%). */
  balanceTolerance: number;
  /** Share (0-1) of a branch's core clients one plan may move for balance alone. */
  maxBalanceMoveShare: number;
}

export interface PlanItem {
  clientId: string;
  branchId: number;
  action: PlanAction;
  reason: PlanReason;
  fromManagerId: number | null;
  toManagerId: number | null;
  workload: number;
  valueFen: number;
}

/** One RM's book before and after the plan (core clients only after; before counts every client held). */
export interface ManagerLoad {
  managerId: number;
  branchId: number;
  capacity: number;
  eligible: boolean;
  clientsBefore: number;
  workloadBefore: number;
  valueFenBefore: number;
  clientsAfter: number;
  workloadAfter: number;
  valueFenAfter: number;
}

export interface BranchBalance {
  branchId: number;
  eligibleManagers: number;
  coreClients: number;
  unplaced: number;
  /** Over eligible RMs after the plan. */
  meanWorkload: number;
  maxWorkload: number;
  /** max / mean workload; 1 is perfectly even (0 when the branch has no eligible RM). */
  maxMeanWorkloadRatio: number;
  /** The best any plan could do: max(mean, the largest single client's workload) / mean. */
  workloadLowerBoundRatio: number;
  meanValueFen: number;
  maxValueFen: number;
  maxMeanValueRatio: number;
  /** max(mean, the largest single client's value) / mean: a Pareto book cannot always balance. */
  valueLowerBoundRatio: number;
}

export interface PlanStatistics {
  clients: number;
  keeps: number;
  assigns: number;
  moves: number;
  releases: number;
  unplaced: number;
  /** Moves made for balance alone (reason BALANCE). */
  balanceMoves: number;
  /** Kept pairs / core clients that had an RM before the plan (1 when none had). */
  keptShare: number;
  /** The worst branch's max/mean workload ratio, and the worst lower bound. */
  maxMeanWorkloadRatio: number;
  workloadLowerBoundRatio: number;
  maxMeanValueRatio: number;
  valueLowerBoundRatio: number;
}

export interface AssignmentPlanResult {
  /** One item per core client, plus a RELEASE per non-core client that had an RM; by branch, then client id (numeric). */
  items: PlanItem[];
  managers: ManagerLoad[];
  branches: BranchBalance[];
  statistics: PlanStatistics;
}

export interface AssignmentProblem {
  clients: readonly SolverClient[];
  managers: readonly SolverManager[];
  settings: SolverSettings;
}

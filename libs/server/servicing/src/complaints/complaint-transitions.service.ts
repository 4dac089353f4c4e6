import {
  COMPLAINT_LIMITS,
  complaintDueOn,
  extensionRefusal,
  satisfactionIndex,
  statusAfter,
  toFen,
  type Actor,
  type AuditOperation,
  type ComplaintAction,
  type ComplaintSettings,
  type ComplaintStatus,
  type SurveyAnswers,
} from '@corebook/domain';
import { servingManagerOn } from '@corebook/server/assignment';
import { AuditService } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import {
  badInput,
  bankToday,
  conflict,
  forbidden,
  freeText,
  notFound,
} from '@corebook/server/common';
import { hasPermission } from '@corebook/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ComplaintSettingsService } from './complaint-settings.service';
import { ComplaintsService } from './complaints.service';
import type {
  ComplaintDecisionInput,
  ComplaintExtensionInput,
  ComplaintType,
} from './complaints.types';

/** Actions only the branch head (own branch) or admin takes: who handles, approval, merging, new facts. */
const MANAGERS_ONLY: readonly ComplaintAction[] = ['ASSIGN', 'EXTEND', 'MERGE', 'REOPEN'];
/** Actions that need a handler assigned first. */
const HANDLED: readonly ComplaintAction[] = [
  'ACKNOWLEDGE',
  'START',
  'PAUSE',
  'RESUME',
  'EXTEND',
  'DECIDE',
  'CLOSE',
];

const OPERATION: Record<ComplaintAction, AuditOperation> = {
  ASSIGN: 'assignComplaintHandler',
  ACKNOWLEDGE: 'acknowledgeComplaint',
  START: 'startComplaint',
  PAUSE: 'pauseComplaint',
  RESUME: 'resumeComplaint',
  EXTEND: 'extendComplaint',
  MERGE: 'mergeComplaint',
  WITHDRAW: 'withdrawComplaint',
  DECIDE: 'decideComplaint',
  CLOSE: 'closeComplaint',
  REOPEN: 'reopenComplaint',
};

type Pause = { from: string; to: string | null };

/** What one transition changes: columns of the complaint, and what the event records. */
interface Change {
  set?: Record<string, unknown>;
  pauses?: Pause[];
  extended?: boolean;
  clockStartedOn?: string;
  note?: string | null;
  details?: Record<string, unknown>;
}

/**
 * A complaint's transitions (docs/domain.md rule 7), each versioned (CONFLICT when stale),
 * recorded as an event and audited, with the due date worked out again by the domain's clock.
 * The handler acts on the complaint; the branch head and admin may too, and alone assign the
 * handler (never the responsible RM), approve an extension, merge and reopen.
 */
@Injectable()
export class ComplaintTransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly settings: ComplaintSettingsService,
    private readonly complaints: ComplaintsService,
  ) {}

  assign(actor: Actor, id: string, version: number, handlerId: number, requestId: string) {
    return this.transition(actor, id, version, 'ASSIGN', requestId, async (row, manager) => {
      const [handler] = await manager.query<
        {
          role: string;
          branchId: number | null;
          managerId: number | null;
          active: boolean;
          name: string;
        }[]
      >(
        `SELECT role, branch_id AS "branchId", relationship_manager_id AS "managerId", active, display_name AS name
         FROM users WHERE id = $1`,
        [handlerId],
      );
      if (!handler || !handler.active) throw notFound('User', handlerId);
      if (handler.role === 'HR' || (handler.role !== 'ADMIN' && handler.branchId !== row.branchId))
        throw badInput(
          'handlerId',
          'The handler works in the complaint’s branch (or is an administrator)',
          {
            rule: 'HANDLER_OUTSIDE_BRANCH',
          },
        );
      if (handler.managerId !== null && handler.managerId === row.responsibleManagerId)
        throw badInput(
          'handlerId',
          'The RM responsible for the client may not handle the complaint',
          {
            rule: 'HANDLER_RECUSED',
          },
        );
      return { set: { handler_id: handlerId }, details: { handlerId, handler: handler.name } };
    });
  }

  acknowledge(actor: Actor, id: string, version: number, requestId: string) {
    return this.transition(actor, id, version, 'ACKNOWLEDGE', requestId, () => ({}));
  }

  start(actor: Actor, id: string, version: number, requestId: string) {
    return this.transition(actor, id, version, 'START', requestId, () => ({}));
  }

  /** The clock stops while an outside appraisal runs (the note says which). */
  pause(actor: Actor, id: string, version: number, note: string, requestId: string) {
    const why = freeText('note', note, COMPLAINT_LIMITS.note, true);
    return this.transition(actor, id, version, 'PAUSE', requestId, (row) => ({
      pauses: [...row.pauses, { from: bankToday(), to: null }],
      note: why,
    }));
  }

  resume(actor: Actor, id: string, version: number, requestId: string) {
    return this.transition(actor, id, version, 'RESUME', requestId, (row) => ({
      pauses: row.pauses.map((pause) =>
        pause.to === null ? { ...pause, to: bankToday() } : pause,
      ),
    }));
  }

  extend(
    actor: Actor,
    id: string,
    version: number,
    input: ComplaintExtensionInput,
    requestId: string,
  ) {
    const reason = freeText('reason', input.reason, COMPLAINT_LIMITS.note, true);
    if (input.clientInformedOn > bankToday())
      throw badInput('clientInformedOn', 'The client was told on or before today', {
        rule: 'DATE_IN_FUTURE',
      });
    return this.transition(actor, id, version, 'EXTEND', requestId, (row, _manager, settings) => {
      const refusal = extensionRefusal(row, settings);
      if (refusal) throw badInput('id', 'This complaint may not be extended', { rule: refusal });
      if (input.clientInformedOn < row.clockStartedOn)
        throw badInput('clientInformedOn', 'The client was told after the complaint came in', {
          rule: 'DATE_TOO_EARLY',
          params: { min: row.clockStartedOn },
        });
      return {
        extended: true,
        note: reason,
        details: { approvedBy: actor.username, clientInformedOn: input.clientInformedOn },
      };
    });
  }

  /** A repeat complaint with no new facts joins an earlier one of the same client. */
  merge(
    actor: Actor,
    id: string,
    version: number,
    intoId: string,
    note: string,
    requestId: string,
  ) {
    const why = freeText('note', note, COMPLAINT_LIMITS.note, true);
    return this.transition(actor, id, version, 'MERGE', requestId, async (row, manager) => {
      const into = await this.complaints.complaint(actor, intoId, manager).catch(() => null);
      if (
        !into ||
        into.id === row.id ||
        into.clientId !== row.clientId ||
        ['MERGED', 'WITHDRAWN'].includes(into.status) ||
        into.receivedAt > row.receivedAt
      )
        throw badInput(
          'intoId',
          'Merge into an earlier complaint of the same client that is still on file',
          {
            rule: 'MERGE_TARGET',
          },
        );
      return { set: { merged_into_id: into.id }, note: why, details: { intoId: into.id } };
    });
  }

  withdraw(actor: Actor, id: string, version: number, note: string, requestId: string) {
    const why = freeText('note', note, COMPLAINT_LIMITS.note, true);
    return this.transition(actor, id, version, 'WITHDRAW', requestId, () => ({
      set: { withdrawn_on: bankToday() },
      note: why,
    }));
  }

  decide(
    actor: Actor,
    id: string,
    version: number,
    input: ComplaintDecisionInput,
    requestId: string,
  ) {
    const decision = freeText('decision', input.decision, COMPLAINT_LIMITS.decision, true);
    const summary = freeText('summary', input.summary, COMPLAINT_LIMITS.summary, true);
    const rootCause = freeText('rootCause', input.rootCause, COMPLAINT_LIMITS.rootCause, true);
    let fen: bigint;
    try {
      fen = toFen(input.redressAmount);
    } catch {
      fen = -1n;
    }
    if (fen < 0n || fen > BigInt(COMPLAINT_LIMITS.maxRedressYuan) * 100n)
      throw badInput(
        'redressAmount',
        'Redress is an amount in yuan with at most 2 decimals, 0 or more',
        {
          rule: 'MONEY',
          params: { max: COMPLAINT_LIMITS.maxRedressYuan },
        },
      );
    return this.transition(actor, id, version, 'DECIDE', requestId, (row) => {
      const today = bankToday();
      return {
        set: {
          decided_on: today,
          decision,
          summary,
          root_cause: rootCause,
          redress_amount: input.redressAmount,
          upheld: input.upheld,
          decided_late: row.dueOn !== null && today > row.dueOn,
        },
        details: { upheld: input.upheld, redressAmount: input.redressAmount },
      };
    });
  }

  /** Closes a decided complaint; the client's answers to the closing survey, when asked, are kept apart. */
  close(
    actor: Actor,
    id: string,
    version: number,
    survey: SurveyAnswers | null,
    requestId: string,
  ) {
    return this.transition(actor, id, version, 'CLOSE', requestId, async (row, manager) => {
      const today = bankToday();
      if (survey) {
        const { settings } = await this.settings.satisfaction(manager);
        await manager.query(
          `INSERT INTO survey_responses (client_id, branch_id, manager_id, surveyed_on, overall, expectations, ideal,
             satisfaction_index, source, complaint_id, created_by)
           SELECT c.id, c.branch_id, ${servingManagerOn('c.id', '$2')}, $2, $3, $4, $5, $6, 'COMPLAINT', $7, $8
           FROM clients c WHERE c.id = $1`,
          [
            row.clientId,
            today,
            survey.overall,
            survey.expectations,
            survey.ideal,
            satisfactionIndex(survey, settings),
            row.id,
            actor.userId,
          ],
        );
      }
      return { set: { closed_on: today }, details: survey ? { survey } : {} };
    });
  }

  /** New facts: a new clock from today; the earlier decision stays in the events. */
  reopen(actor: Actor, id: string, version: number, note: string, requestId: string) {
    const why = freeText('note', note, COMPLAINT_LIMITS.note, true);
    return this.transition(actor, id, version, 'REOPEN', requestId, () => ({
      clockStartedOn: bankToday(),
      pauses: [],
      extended: false,
      set: {
        decided_on: null,
        decision: null,
        summary: null,
        root_cause: null,
        redress_amount: null,
        upheld: null,
        decided_late: null,
        closed_on: null,
      },
      note: why,
    }));
  }

  private async transition(
    actor: Actor,
    id: string,
    version: number,
    action: ComplaintAction,
    requestId: string,
    change: (
      row: ComplaintType,
      manager: EntityManager,
      settings: ComplaintSettings,
    ) => Change | Promise<Change>,
  ): Promise<ComplaintType> {
    this.access.requirePermission(actor, 'complaint.read');
    await this.dataSource.transaction(async (manager) => {
      const row = await this.complaints.complaint(actor, id, manager);
      await manager.query('SELECT 1 FROM complaints WHERE id = $1 FOR UPDATE', [id]);
      const manages = hasPermission(actor, 'complaint.manage');
      if (MANAGERS_ONLY.includes(action) ? !manages : !manages && row.handlerId !== actor.userId)
        throw forbidden(
          MANAGERS_ONLY.includes(action)
            ? 'The branch head decides this'
            : 'Only the handler works on this complaint',
        );
      if (row.version !== version)
        throw conflict('The complaint was changed by someone else; reload and try again', {
          rule: 'STALE_VERSION',
        });
      const next = statusAfter(row.status, action);
      if (next === null)
        throw badInput('id', `A ${row.status.toLowerCase()} complaint cannot be changed that way`, {
          rule: 'COMPLAINT_STATUS',
          params: { status: row.status },
        });
      if (HANDLED.includes(action) && row.handlerId === null)
        throw badInput('id', 'Assign a handler first', { rule: 'HANDLER_NEEDED' });
      const { settings } = await this.settings.complaints(manager);
      const done = await change(row, manager, settings);
      const clock = {
        startedOn: done.clockStartedOn ?? row.clockStartedOn,
        complexity: row.complexity,
        pauses: done.pauses ?? row.pauses,
        extended: done.extended ?? row.extended,
      };
      const dueOn =
        open(next) || next === 'DECIDED' || next === 'CLOSED'
          ? complaintDueOn(clock, settings)
          : null;
      const set: Record<string, unknown> = {
        ...done.set,
        status: next,
        clock_started_on: clock.startedOn,
        pauses: JSON.stringify(clock.pauses),
        extended: clock.extended,
        due_on: dueOn,
      };
      const columns = Object.keys(set);
      await manager.query(
        `UPDATE complaints SET ${columns.map((column, i) => `${column} = $${i + 2}`).join(', ')},
           version = version + 1, updated_at = now() WHERE id = $1`,
        [id, ...columns.map((column) => set[column])],
      );
      await manager.query(
        `INSERT INTO complaint_events (complaint_id, version, action, from_status, to_status, actor_id, note, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          id,
          version + 1,
          action,
          row.status,
          next,
          actor.userId,
          done.note ?? null,
          JSON.stringify(done.details ?? {}),
        ],
      );
      await this.audit.record(
        {
          actor,
          operation: OPERATION[action],
          entityType: 'Complaint',
          entityId: id,
          before: { status: row.status, dueOn: row.dueOn },
          after: { status: next, dueOn, ...(done.details ?? {}) },
          detail: done.note ?? null,
          requestId,
        },
        manager,
      );
    });
    return this.complaints.complaint(actor, id);
  }
}

const open = (status: ComplaintStatus) =>
  ['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'PAUSED'].includes(status);

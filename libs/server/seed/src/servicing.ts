import {
  contactCounts,
  cycleTimeline,
  nextDueOn,
  type ContactCycleSettings,
  type ContactOutcome,
  type ContactPurpose,
  type ContactType,
  type CycleEntry,
  type CycleEvent,
  type ValueTier,
} from '@corebook/domain';
import { isoDay } from './calendar';
import { contactNote, nextStep } from './contact-notes';
import { CopyWriter } from './copy-writer';
import { Rng, Stream } from './rng';
import { SERVICE_HABITS, type ServiceHabit } from './service-habits';

// Contact histories (docs/domain.md rule 6): the RMs' contacts with the clients of their books
// over the year before the bank's today, as often as each client's tier asks and as each RM's
// habit allows, a few planned ones over the next two weeks, and each client's cycle as the
// rules make it (client_cycles, and client_cycle_log from which coverage is summed).

/** How far back the contact log reaches, and how far ahead contacts are planned. */
export const HISTORY_DAYS = 365;
export const PLAN_AHEAD_DAYS = 14;

export interface ServicingManager {
  id: number;
  userId: number;
  hireDay: number;
  /** Share of the RM's notes written in Chinese. */
  chinese: number;
  habit: ServiceHabit;
}

export interface ServicedClient {
  id: number;
  /** relationship_managers.id; 0 in the branch pool. */
  managerId: number;
  /** The tier while core (estimated, or the latest run's); null when not core. */
  tier: ValueTier | null;
  /** The day its current period (with an RM or in the pool) began; -1 without one. */
  assignedDay: number;
  openedDay: number;
}

const COUNTING_TYPES: readonly ContactType[] = ['VISIT', 'PHONE', 'VIDEO', 'BRANCH_MEETING'];
const COUNTING_WEIGHTS = cumulative([30, 40, 10, 20]);
const PURPOSES: readonly ContactPurpose[] = [
  'PERIODIC_REVIEW',
  'PRODUCT',
  'SERVICE',
  'RETENTION',
  'COMPLAINT_FOLLOW_UP',
];
const PURPOSE_WEIGHTS = cumulative([45, 25, 15, 7, 3]);
const OUTCOMES: readonly ContactOutcome[] = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'];
const OUTCOME_WEIGHTS = cumulative([55, 38, 7]);

function cumulative(weights: readonly number[]): Float64Array {
  let total = 0;
  return Float64Array.from(weights, (weight) => (total += weight));
}

interface Draft {
  day: number;
  /** Minutes after midnight, in the bank's zone. */
  minute: number;
  loggedDay: number;
  type: ContactType;
  purpose: ContactPurpose;
  /** Null for a planned contact. */
  outcome: ContactOutcome | null;
  note: string;
  next: string;
}

/**
 * Writes the contacts, cycle rows and log rows of clients given in id order, as COPY text
 * (take each writer's bytes as you go). Deterministic: each client draws from its own stream.
 */
export class ContactHistories {
  readonly contacts = new CopyWriter();
  readonly cycles = new CopyWriter();
  readonly log = new CopyWriter();
  readonly counts = { contacts: 0, planned: 0, cycles: 0, log: 0 };
  private nextContactId = 1;
  private nextLogId = 1;
  private readonly rng = new Rng(0, Stream.Servicing, 0);
  private readonly firstCached: number;
  private readonly texts: string[] = [];
  private readonly historyStart: number;

  constructor(
    private readonly seed: number,
    /** The bank's today: contacts run until the day before, planned ones from it. */
    private readonly today: number,
    private readonly settings: ContactCycleSettings,
  ) {
    this.historyStart = today - HISTORY_DAYS;
    this.firstCached = this.historyStart - 366;
    for (let day = this.firstCached; day <= today + PLAN_AHEAD_DAYS + 7; day++)
      this.texts.push(isoDay(day));
  }

  add(client: ServicedClient, manager: ServicingManager | undefined): void {
    const drafts = manager ? this.draft(client, manager) : [];
    this.writeContacts(client, manager, drafts);
    this.writeCycle(client, drafts);
  }

  private text(day: number): string {
    return this.texts[day - this.firstCached] ?? isoDay(day);
  }

  private draft(client: ServicedClient, manager: ServicingManager): Draft[] {
    const rng = this.rng.reseed(this.seed, Stream.Servicing, client.id);
    const until = this.today - 1;
    const start = Math.max(
      this.historyStart,
      client.assignedDay,
      client.openedDay,
      manager.hireDay + 1,
    );
    const drafts: Draft[] = [];
    // A working day near `day`, never before the RM or the client was there.
    const near = (day: number) => {
      const on = workday(day);
      return on < start ? weekdayOnOrAfter(start) : on;
    };
    const chinese = () => rng.chance(manager.chinese);
    const contact = (day: number, type: ContactType, purpose: ContactPurpose, reached = true) => {
      const zh = chinese();
      const outcome: ContactOutcome = reached
        ? OUTCOMES[rng.pickCumulative(OUTCOME_WEIGHTS)]
        : 'NOT_REACHED';
      drafts.push({
        day,
        minute: 540 + rng.int(540),
        loggedDay: day < until && rng.chance(0.15) ? day + 1 : day,
        type,
        purpose,
        outcome,
        note: contactNote(rng, zh, type, purpose, reached),
        next: reached && rng.chance(0.35) ? nextStep(rng, zh) : '',
      });
    };
    if (client.tier === null) {
      // A client in the book but not core: now and then, when something comes up.
      if (!rng.chance(0.6)) return drafts;
      for (let day = near(start + rng.int(200)); day <= until;) {
        contact(
          day,
          rng.chance(0.5) ? 'PHONE' : 'MESSAGE',
          rng.chance(0.5) ? 'PRODUCT' : 'SERVICE',
        );
        day = near(day + rng.between(150, 420));
      }
      return drafts;
    }

    const cycle = this.settings.cycleDays[client.tier];
    const habit = SERVICE_HABITS[manager.habit];
    let onboarding = client.openedDay >= this.historyStart;
    let day = start + rng.int(Math.min(cycle, 40));
    for (let on = near(day); on <= until; on = near(day)) {
      if (on - 3 >= start && rng.chance(0.08))
        contact(near(on - rng.between(1, 3)), 'PHONE', 'PERIODIC_REVIEW', false);
      const type = COUNTING_TYPES[rng.pickCumulative(COUNTING_WEIGHTS)];
      contact(on, type, onboarding ? 'ONBOARDING' : PURPOSES[rng.pickCumulative(PURPOSE_WEIGHTS)]);
      onboarding = false;
      if (rng.chance(0.12)) {
        const extra = near(on + rng.between(2, Math.max(3, cycle >> 1)));
        if (extra <= until) contact(extra, rng.chance(0.6) ? 'MESSAGE' : 'EMAIL', 'PRODUCT');
      }
      const [low, high] = rng.chance(habit.lateChance) ? habit.late : habit.usual;
      day = on + Math.max(1, Math.round(cycle * (low + (high - low) * rng.float())));
    }
    drafts.sort((a, b) => a.day - b.day || a.minute - b.minute);
    // The next contact, planned when it is near (the last contact's next step).
    const plannedDay = weekdayOnOrAfter(Math.max(day, this.today));
    if (plannedDay < this.today + PLAN_AHEAD_DAYS && rng.chance(0.4)) {
      const zh = chinese();
      const note = nextStep(rng, zh);
      const last = drafts[drafts.length - 1];
      if (last) last.next = note;
      drafts.push({
        day: plannedDay,
        minute: last?.minute ?? 540,
        loggedDay: last?.loggedDay ?? until,
        type: rng.chance(0.6) ? 'VISIT' : 'PHONE',
        purpose: 'PERIODIC_REVIEW',
        outcome: null,
        note,
        next: '',
      });
    }
    return drafts;
  }

  /** COPY rows of the client's contacts, in time order (ids too). */
  private writeContacts(
    client: ServicedClient,
    manager: ServicingManager | undefined,
    drafts: readonly Draft[],
  ): void {
    const out = this.contacts;
    let lastDone = 0;
    let lastStamp = '';
    for (const draft of drafts) {
      const id = this.nextContactId++;
      const planned = draft.outcome === null;
      const on = this.text(draft.day);
      const at = `${on} ${clock(draft.minute)}`;
      // Written when it happened, or the next morning.
      const written = planned
        ? lastStamp || `${this.text(draft.loggedDay)} 09:00:00`
        : draft.loggedDay === draft.day
          ? at
          : `${this.text(draft.loggedDay)} ${clock(540 + (draft.minute % 60))}`;
      out.int(id);
      out.tab();
      out.int(client.id);
      out.tab();
      out.int(manager?.userId ?? 0);
      out.tab();
      out.int(client.managerId);
      out.tab();
      out.text(planned ? 'PLANNED' : 'DONE');
      out.tab();
      out.text(draft.type);
      out.tab();
      out.text(draft.purpose);
      out.tab();
      if (planned) {
        for (let k = 0; k < 3; k++) {
          out.nul();
          out.tab();
        }
        out.text(on);
        out.tab();
        out.nul();
      } else {
        out.text(at);
        out.tab();
        out.text(on);
        out.tab();
        out.text(this.text(draft.loggedDay));
        out.tab();
        out.nul();
        out.tab();
        out.text(draft.outcome ?? '');
      }
      out.tab();
      out.text(draft.note);
      out.tab();
      out.text(draft.next);
      out.tab();
      if (planned && lastDone > 0) out.int(lastDone);
      else out.nul();
      out.tab();
      out.text(written);
      out.tab();
      out.text(written);
      out.newline();
      if (planned) this.counts.planned++;
      else {
        lastDone = id;
        lastStamp = written;
      }
    }
    this.counts.contacts += drafts.length;
  }

  /**
   * The client's cycle row and log: its core clients all, and the other clients once
   * contacted. The log is the rules' timeline (cycleTimeline) from the day the row appears:
   * the start of the history for a core client (core since then, or since it opened), the
   * first contact's for another.
   */
  private writeCycle(client: ServicedClient, drafts: readonly Draft[]): void {
    const done = drafts.filter((draft) => draft.outcome !== null);
    if (client.tier === null && done.length === 0) return;
    const managerId = client.managerId === 0 ? null : client.managerId;
    const assignedOn = client.assignedDay < 0 ? null : this.text(client.assignedDay);
    const coreSince =
      client.tier === null ? null : this.text(Math.max(this.historyStart, client.openedDay));
    const events: CycleEvent[] = [];
    if (assignedOn !== null) events.push({ on: assignedOn, kind: 'ASSIGNED', managerId });
    if (coreSince !== null) events.push({ on: coreSince, kind: 'RANKED', tier: client.tier });
    for (const draft of done)
      events.push({
        on: this.text(draft.loggedDay),
        kind: 'CONTACT',
        occurredOn: this.text(draft.day),
        type: draft.type,
        outcome: draft.outcome as ContactOutcome,
      });
    const timeline = cycleTimeline(events, this.settings);
    const appears =
      coreSince ??
      this.text(done.reduce((first, draft) => Math.min(first, draft.loggedDay), Infinity));
    let k = 0;
    let state: CycleEntry | null = null;
    for (; k < timeline.length && timeline[k].on <= appears; k++) state = timeline[k];
    if (state && (state.managerId !== null || state.dueOn !== null))
      this.writeLog(client.id, appears, state);
    for (; k < timeline.length; k++) this.writeLog(client.id, timeline[k].on, timeline[k]);

    let lastContactOn: string | null = null;
    for (const draft of done)
      if (contactCounts({ ...draft, status: 'DONE' }, this.settings))
        lastContactOn = this.text(draft.day);
    const planned = drafts.find((draft) => draft.outcome === null);
    const dueOn = nextDueOn(
      { managerId, tier: client.tier, assignedOn, coreSince, lastContactOn },
      this.settings,
    );
    const out = this.cycles;
    out.int(client.id);
    out.tab();
    if (managerId === null) out.nul();
    else out.int(managerId);
    for (const value of [
      client.tier,
      coreSince,
      assignedOn,
      lastContactOn,
      planned ? this.text(planned.day) : null,
      dueOn,
    ]) {
      out.tab();
      if (value === null) out.nul();
      else out.text(value);
    }
    out.newline();
    this.counts.cycles++;
  }

  private writeLog(clientId: number, on: string, entry: CycleEntry): void {
    const out = this.log;
    out.int(clientId);
    out.tab();
    out.int(this.nextLogId++);
    out.tab();
    out.text(on);
    out.tab();
    if (entry.managerId === null) out.nul();
    else out.int(entry.managerId);
    out.tab();
    if (entry.dueOn === null) out.nul();
    else out.text(entry.dueOn);
    out.newline();
    this.counts.log++;
  }
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const clock = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00`;

/** Day numbers count from Thursday 1970-01-01: (day + 4) % 7 is 0 on Sundays. */
const weekday = (day: number) => (day + 4) % 7;

/** A working day near `day`: Saturday's contact happens on Friday, Sunday's on Monday. */
function workday(day: number): number {
  const w = weekday(day);
  return w === 6 ? day - 1 : w === 0 ? day + 1 : day;
}

function weekdayOnOrAfter(day: number): number {
  const w = weekday(day);
  return w === 6 ? day + 2 : w === 0 ? day + 1 : day;
}

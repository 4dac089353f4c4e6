import type { BookPlan } from './book-plan';
import type { Timeline } from './calendar';
import { FACT_MONTHS } from './calendar';
import type { ClientModel } from './client-model';
import { CopyWriter } from './copy-writer';
import {
  address,
  companyName,
  corporateEmail,
  landline,
  mobilePhone,
  personalEmail,
  personName,
} from './names';
import type { Organisation } from './organisation';
import { Rng, Stream } from './rng';

// Rows in PostgreSQL COPY text format, built as strings in batches (no object per row).
// Generated values never contain tabs, newlines or backslashes; org names go through text().

const NULL = '\\N';

export interface SeedContext {
  seed: number;
  timeline: Timeline;
  org: Organisation;
  plan: BookPlan;
  model: ClientModel;
}

/** Called after each batch with the number of clients it covered. */
export type BatchDone = (clients: number) => void;

function text(value: string | null): string {
  if (value === null) return NULL;
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

export const COPY_SQL = {
  regions: 'COPY regions (id, code, name) FROM STDIN',
  branches: 'COPY branches (id, code, name, region_id, active) FROM STDIN',
  relationshipManagers:
    'COPY relationship_managers (id, employee_no, name, branch_id, grade, core_capacity, hire_date, contract_end_date, status) FROM STDIN',
  users:
    'COPY users (id, username, display_name, role, branch_id, relationship_manager_id, active, password_hash, locale) FROM STDIN',
  clients:
    'COPY clients (id, client_no, name, kind, branch_id, opened_on, risk_rating, phone, email, address, contribution_12m, aum, last_activity_on, created_at) FROM STDIN',
  clientProducts:
    'COPY client_products (id, client_id, product_type, product_name, account_no, opened_on, balance, status) FROM STDIN',
  seedBooks: 'COPY seed_books (client_id, manager_id) FROM STDIN',
  clientMonthlyFacts:
    'COPY client_monthly_facts (client_id, month, avg_deposit_balance, avg_loan_balance, avg_wealth_balance, net_interest_contribution, fee_income, transaction_count, last_activity_on) FROM STDIN',
};

export function organisationRows(org: Organisation, timeline: Timeline, passwordHash: string) {
  const day = (value: number | null) => (value === null ? NULL : timeline.text(value));
  const id = (value: number | null) => (value === null ? NULL : String(value));
  return {
    regions: org.regions.map((r) => `${r.id}\t${text(r.code)}\t${text(r.name)}\n`).join(''),
    branches: org.branches
      .map((b) => `${b.id}\t${text(b.code)}\t${text(b.name)}\t${b.regionId}\tt\n`)
      .join(''),
    relationshipManagers: org.managers
      .map(
        (m) =>
          `${m.id}\t${text(m.employeeNo)}\t${text(m.name)}\t${m.branchId}\t${m.grade}\t${m.coreCapacity}\t${day(m.hireDay)}\t${day(m.contractEndDay)}\t${m.status}\n`,
      )
      .join(''),
    users: org.users
      .map(
        (u) =>
          `${u.id}\t${text(u.username)}\t${text(u.displayName)}\t${u.role}\t${id(u.branchId)}\t${id(u.managerId)}\t${u.active ? 't' : 'f'}\t${text(passwordHash)}\t${u.locale}\n`,
      )
      .join(''),
  };
}

/** Each client with an RM and its RM's id, from the plan (clients in a branch pool have none). */
export function* bookRows(ctx: SeedContext, batchSize: number): Generator<Buffer> {
  const { manager } = ctx.plan;
  const out = new CopyWriter();
  for (let start = 0; start < manager.length; start += batchSize) {
    for (let i = start; i < Math.min(manager.length, start + batchSize); i++) {
      if (manager[i] === 0) continue;
      out.int(i + 1);
      out.tab();
      out.int(manager[i]);
      out.newline();
    }
    yield out.take();
  }
}

/** The clients table, branch by branch; value figures come from the plan. */
export function* clientRows(
  ctx: SeedContext,
  batchSize: number,
  done: BatchDone,
): Generator<Buffer> {
  const { model, plan, timeline, seed } = ctx;
  const rng = new Rng(seed, Stream.Identity, 0);
  const out = new CopyWriter();
  const corporateKind = Buffer.from('CORPORATE');
  const individualKind = Buffer.from('INDIVIDUAL');
  const createdTime = Buffer.from(' 09:00:00+08');
  for (const branch of ctx.org.branches) {
    const end = branch.firstClient + branch.clientCount;
    for (let start = branch.firstClient; start < end; start += batchSize) {
      const stop = Math.min(end, start + batchSize);
      for (let i = start; i < stop; i++) {
        model.profile(i);
        rng.reseed(seed, Stream.Identity, i);
        const corporate = model.corporate;
        out.int(i + 1);
        out.tab();
        out.int(CLIENT_NO_BASE + i);
        out.tab();
        let handle: string;
        if (corporate) {
          const company = companyName(rng, branch.city);
          handle = company.handle;
          out.text(company.name);
        } else {
          const person = personName(rng);
          handle = person.handle;
          out.text(person.name);
        }
        out.tab();
        out.bytes(corporate ? corporateKind : individualKind);
        out.tab();
        out.int(branch.id);
        out.tab();
        out.bytes(timeline.bytes(model.openedDay));
        out.tab();
        out.text(RISK_RATINGS[model.risk]);
        out.tab();
        if (corporate) out.text(landline(rng, branch.city));
        else if (rng.chance(0.97)) out.text(mobilePhone(rng));
        else out.nul();
        out.tab();
        if (rng.chance(corporate ? 0.85 : 0.6))
          out.text(corporate ? corporateEmail(rng, handle) : personalEmail(rng, handle));
        else out.nul();
        out.tab();
        if (rng.chance(0.92)) out.text(address(rng, branch.city, corporate));
        else out.nul();
        out.tab();
        out.yuan(plan.contribution12m[i]);
        out.tab();
        out.yuan(plan.aum[i]);
        out.tab();
        const lastActivity = plan.lastActivity[i];
        if (lastActivity < 0) out.nul();
        else out.bytes(timeline.bytes(lastActivity));
        out.tab();
        out.bytes(timeline.bytes(model.openedDay));
        out.bytes(createdTime);
        out.newline();
      }
      yield out.take();
      done(stop - start);
    }
  }
}

const CLIENT_NO_BASE = 10_000_000_001;
const RISK_RATINGS = ['', 'R1', 'R2', 'R3', 'R4', 'R5'];
// Product names as a Chinese bank's core system holds them: data, shown as they are.
const INDIVIDUAL_LOANS = [
  '个人住房按揭贷款',
  '个人住房按揭贷款',
  '个人住房按揭贷款',
  '个人消费贷款',
  '个人汽车贷款',
];
const CORPORATE_LOANS = ['流动资金贷款', '流动资金贷款', '固定资产贷款', '贸易融资'];
const WEALTH_PRODUCTS = [
  '稳健收益90天理财计划',
  '成长型一年期理财计划',
  '货币市场基金',
  '债券基金',
  '结构性存款',
];
const INSURANCE_PRODUCTS = ['终身寿险', '年金保险', '重大疾病保险'];
const TIME_DEPOSITS = ['一年期定期存款', '三年期定期存款', '大额存单'];
type ProductType = 'DEPOSIT' | 'LOAN' | 'WEALTH' | 'CARD' | 'INSURANCE';
// Account numbers: type prefix + client number + ordinal, so they are unique by construction.
const ACCOUNT_PREFIX: Record<ProductType, string> = {
  DEPOSIT: '6222',
  LOAN: '7100',
  WEALTH: '8800',
  CARD: '6225',
  INSURANCE: '9500',
};
const MAX_PRODUCTS = 5;

/** Collects one client's products (at most five) and writes them as COPY rows. */
class ProductList {
  // Ids are assigned here rather than by the identity column: no nextval() per row.
  private nextId = 1;
  private ordinal = 0;
  private clientId = 0;
  rows = 0;

  constructor(
    private readonly out: CopyWriter,
    private readonly timeline: Timeline,
  ) {}

  start(clientIndex: number): void {
    this.clientId = clientIndex + 1;
    this.ordinal = 0;
  }

  add(
    type: ProductType,
    name: string,
    openedDay: number,
    balanceFen: number,
    closed = false,
  ): void {
    if (this.ordinal >= MAX_PRODUCTS) return;
    const out = this.out;
    out.int(this.nextId++);
    out.tab();
    out.int(this.clientId);
    out.tab();
    out.text(type);
    out.tab();
    out.text(name);
    out.tab();
    out.text(ACCOUNT_PREFIX[type]);
    out.int(CLIENT_NO_BASE - 1 + this.clientId);
    out.int(this.ordinal);
    out.tab();
    out.bytes(this.timeline.bytes(openedDay));
    out.tab();
    out.yuan(closed ? 0 : Math.max(0, Math.round(balanceFen)));
    out.tab();
    out.text(closed ? 'CLOSED' : 'ACTIVE');
    out.newline();
    this.ordinal++;
    this.rows++;
  }
}

/**
 * 1-5 products per client with today's balances (last month's averages, jittered):
 * every client keeps a current account; loans, wealth, cards and insurance follow the
 * profile, which is what the monthly facts are made of.
 */
export function* productRows(
  ctx: SeedContext,
  batchSize: number,
  done: BatchDone,
  counted: (rows: number) => void,
): Generator<Buffer> {
  const { model, timeline, seed } = ctx;
  const rng = new Rng(seed, Stream.Products, 0);
  const last = FACT_MONTHS - 1;
  const out = new CopyWriter();
  const products = new ProductList(out, timeline);
  for (const branch of ctx.org.branches) {
    const end = branch.firstClient + branch.clientCount;
    for (let start = branch.firstClient; start < end; start += batchSize) {
      const stop = Math.min(end, start + batchSize);
      products.rows = 0;
      for (let i = start; i < stop; i++) {
        model.simulate(i);
        rng.reseed(seed, Stream.Products, i);
        products.start(i);
        const opened = model.openedDay;
        const span = timeline.lastDay - opened + 1;
        const corporate = model.corporate;

        const deposit = model.deposit[last] * (0.9 + 0.2 * rng.float());
        const currentAccount = corporate ? '单位活期存款' : '个人活期存款';
        if (deposit > 1_000_000 && rng.chance(corporate ? 0.5 : 0.4)) {
          const split = 0.3 + 0.4 * rng.float();
          products.add('DEPOSIT', currentAccount, opened, deposit * split);
          products.add(
            'DEPOSIT',
            rng.pick(TIME_DEPOSITS),
            opened + rng.int(span),
            deposit * (1 - split),
          );
        } else products.add('DEPOSIT', currentAccount, opened, deposit);
        if (model.hasLoan) {
          const startMonth = Math.max(model.firstMonth, model.loanStartMonth);
          const loanOpened =
            model.loanStartMonth >= 0
              ? timeline.monthStart[startMonth] + rng.int(timeline.monthDays[startMonth])
              : timeline.windowStart + model.loanStartMonth * 30;
          products.add(
            'LOAN',
            rng.pick(corporate ? CORPORATE_LOANS : INDIVIDUAL_LOANS),
            Math.max(opened, loanOpened),
            model.loan[last],
          );
        }
        if (model.hasWealth) {
          const wealth = model.wealth[last] * (0.9 + 0.2 * rng.float());
          if (rng.chance(0.25)) {
            const split = 0.3 + 0.4 * rng.float();
            products.add(
              'WEALTH',
              WEALTH_PRODUCTS[rng.int(2)],
              opened + rng.int(span),
              wealth * split,
            );
            products.add(
              'WEALTH',
              WEALTH_PRODUCTS[2 + rng.int(3)],
              opened + rng.int(span),
              wealth * (1 - split),
            );
          } else products.add('WEALTH', rng.pick(WEALTH_PRODUCTS), opened + rng.int(span), wealth);
        }
        if (model.hasCard) {
          const name = corporate
            ? '单位公务卡'
            : deposit > 30_000_000
              ? '白金信用卡'
              : rng.chance(0.4)
                ? '金卡信用卡'
                : '标准信用卡';
          const inUse = model.transactions[last] > 0;
          products.add(
            'CARD',
            name,
            opened + rng.int(span),
            inUse ? rng.lognormal(300_000, 1) : 0,
            !inUse && rng.chance(0.5),
          );
        }
        if (model.hasInsurance)
          products.add(
            'INSURANCE',
            rng.pick(INSURANCE_PRODUCTS),
            opened + rng.int(span),
            rng.lognormal(5_000_000, 1),
          );
      }
      yield out.take();
      counted(products.rows);
      done(stop - start);
    }
  }
}

/** 24 monthly facts per client (from the opening month on); `done` gets the rows per batch. */
export function* factRows(
  ctx: SeedContext,
  batchSize: number,
  done: (rows: number) => void,
): Generator<Buffer> {
  const { model, timeline } = ctx;
  const out = new CopyWriter();
  const months = timeline.monthBytes;
  for (const branch of ctx.org.branches) {
    const end = branch.firstClient + branch.clientCount;
    for (let start = branch.firstClient; start < end; start += batchSize) {
      const stop = Math.min(end, start + batchSize);
      let rows = 0;
      for (let i = start; i < stop; i++) {
        model.simulate(i);
        rows += FACT_MONTHS - model.firstMonth;
        for (let m = model.firstMonth; m < FACT_MONTHS; m++) {
          out.int(i + 1);
          out.tab();
          out.bytes(months[m]);
          out.tab();
          out.yuan(model.deposit[m]);
          out.tab();
          out.yuan(model.loan[m]);
          out.tab();
          out.yuan(model.wealth[m]);
          out.tab();
          out.yuan(model.nii[m]);
          out.tab();
          out.yuan(model.fee[m]);
          out.tab();
          out.int(model.transactions[m]);
          out.tab();
          const lastActivity = model.lastActivity[m];
          if (lastActivity < 0) out.nul();
          else out.bytes(timeline.bytes(lastActivity));
          out.newline();
        }
      }
      yield out.take();
      done(rows);
    }
  }
}

import { yearlyRequirementFor, type TrainingSettings, type TrainingType } from '@corebook/domain';
import { isoDay, type Timeline } from './calendar';
import type { Organisation, SeedManager } from './organisation';
import { Rng, Stream } from './rng';

// Training files (培训档案, docs/domain.md rule 10): HR's catalogue for the two years before
// asOf's year and asOf's year, and each RM's completions, shaped so that most RMs met past
// requirements, a minority is behind this year, and certificates expire around asOf.
// Titles and providers are as a Chinese bank's catalogue names them: data, shown as it is.

export const TRAINING_YEARS = 3;

export interface SeedActivity {
  id: number;
  code: string;
  year: number;
  type: TrainingType;
  title: string;
  provider: string;
  startDay: number;
  endDay: number;
  /** Points in tenths (42 = 4.2). */
  tenths: number;
  /** Hours in tenths. */
  hourTenths: number;
  mandatory: boolean;
  mandatoryGrades: readonly string[];
  validityMonths: number | null;
}

export interface SeedTrainingRecord {
  id: number;
  managerId: number;
  activity: SeedActivity;
  day: number;
  /** Score in tenths, or -1 when the activity has no exam. */
  score: number;
  source: 'IMPORT' | 'MANUAL';
  createdBy: number | null;
}

interface Template {
  type: TrainingType;
  title: string;
  provider: string;
  /** Points range in tenths. */
  points: readonly [number, number];
  hours: readonly [number, number];
  /** Window length range in days. */
  days: readonly [number, number];
  validityMonths?: number;
}

const HEAD_OFFICE_ACADEMY = '总行培训中心';
const E_LEARNING = '网络学院';

const COMPLIANCE: Template = {
  type: 'ETHICS',
  title: '年度合规与职业道德培训',
  provider: '总行法律合规部',
  points: [40, 40],
  hours: [4, 4],
  days: [0, 0],
};
const INDUCTION: Template = {
  type: 'CENTRALISED',
  title: '新任客户经理岗前培训',
  provider: HEAD_OFFICE_ACADEMY,
  points: [30, 30],
  hours: [24, 24],
  days: [0, 0],
};

const ELECTIVES: readonly Template[] = [
  {
    type: 'CENTRALISED',
    title: '财富管理产品专题培训',
    provider: '总行个人金融部',
    points: [50, 70],
    hours: [12, 16],
    days: [30, 90],
  },
  {
    type: 'CENTRALISED',
    title: '公司信贷分析实务',
    provider: '总行授信审批部',
    points: [60, 80],
    hours: [16, 24],
    days: [30, 90],
  },
  {
    type: 'CENTRALISED',
    title: '客户经理营销技能提升班',
    provider: HEAD_OFFICE_ACADEMY,
    points: [50, 70],
    hours: [12, 16],
    days: [30, 120],
  },
  {
    type: 'CENTRALISED',
    title: '核心客户服务规范',
    provider: '客户经理管理部',
    points: [40, 60],
    hours: [6, 8],
    days: [30, 120],
  },
  {
    type: 'CENTRALISED',
    title: '供应链金融业务实务',
    provider: '总行交易银行部',
    points: [50, 70],
    hours: [12, 16],
    days: [30, 90],
  },
  {
    type: 'CENTRALISED',
    title: '私人银行客户服务',
    provider: '总行私人银行部',
    points: [50, 70],
    hours: [8, 12],
    days: [30, 90],
  },
  {
    type: 'CENTRALISED',
    title: '前台业务风险管理',
    provider: '总行风险管理部',
    points: [50, 70],
    hours: [8, 12],
    days: [30, 120],
  },
  {
    type: 'RESEARCH',
    title: '专题调研：辖内小微企业融资需求',
    provider: '分行公司业务部',
    points: [60, 80],
    hours: [16, 24],
    days: [60, 150],
  },
  {
    type: 'RESEARCH',
    title: '专题调研：高净值客户资产配置偏好',
    provider: '分行个人金融部',
    points: [60, 80],
    hours: [16, 24],
    days: [60, 150],
  },
  {
    type: 'RESEARCH',
    title: '专题调研：同业存款定价',
    provider: '分行计划财务部',
    points: [60, 75],
    hours: [12, 20],
    days: [60, 150],
  },
  {
    type: 'RESEARCH',
    title: '专题调研：绿色金融业务机会',
    provider: '总行战略发展部',
    points: [60, 80],
    hours: [16, 24],
    days: [60, 150],
  },
  {
    type: 'ONLINE',
    title: '网上培训：数字银行产品',
    provider: E_LEARNING,
    points: [25, 50],
    hours: [2, 4],
    days: [90, 240],
  },
  {
    type: 'ONLINE',
    title: '网上培训：金融消费者权益保护',
    provider: E_LEARNING,
    points: [25, 50],
    hours: [2, 4],
    days: [90, 240],
  },
  {
    type: 'ONLINE',
    title: '网上培训：数据安全与客户隐私保护',
    provider: E_LEARNING,
    points: [25, 40],
    hours: [2, 3],
    days: [90, 240],
  },
  {
    type: 'ONLINE',
    title: '网上培训：宏观经济形势解读',
    provider: E_LEARNING,
    points: [25, 40],
    hours: [2, 3],
    days: [60, 180],
  },
  {
    type: 'ONLINE',
    title: '网上培训：信用卡与消费金融',
    provider: E_LEARNING,
    points: [25, 50],
    hours: [2, 4],
    days: [90, 240],
  },
  {
    type: 'ETHICS',
    title: '反洗钱知识更新培训',
    provider: '总行反洗钱中心',
    points: [20, 40],
    hours: [3, 4],
    days: [60, 180],
  },
  {
    type: 'ETHICS',
    title: '违规案例警示教育',
    provider: '总行纪检监察室',
    points: [20, 30],
    hours: [2, 3],
    days: [60, 180],
  },
];

const CERTIFICATIONS: readonly Template[] = [
  {
    type: 'CERTIFICATION',
    title: '银行业专业人员职业资格·个人理财',
    provider: '中国银行业协会',
    points: [70, 80],
    hours: [30, 40],
    days: [60, 150],
    validityMonths: 36,
  },
  {
    type: 'CERTIFICATION',
    title: '金融理财师 AFP',
    provider: '现代国际金融理财标准(上海)有限公司',
    points: [60, 80],
    hours: [24, 40],
    days: [60, 150],
    validityMonths: 24,
  },
  {
    type: 'CERTIFICATION',
    title: '基金从业资格',
    provider: '中国证券投资基金业协会',
    points: [60, 70],
    hours: [20, 30],
    days: [60, 150],
    validityMonths: 36,
  },
  {
    type: 'CERTIFICATION',
    title: '反洗钱岗位资格',
    provider: '总行反洗钱中心',
    points: [50, 60],
    hours: [12, 16],
    days: [60, 150],
    validityMonths: 24,
  },
];

// Index ranges of the Training stream: catalogue per year, then one stream per RM.
const CATALOGUE_STREAM = 10_000;
const MANAGER_STREAM = 1_000_000;

function dayOf(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date) / 86_400_000;
}

function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/** Shuffle in place (Fisher-Yates). */
function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/**
 * HR's catalogue: per year 14-20 activities of the five types, the annual compliance
 * training (mandatory for every grade) and the induction (mandatory for JUNIOR), 2-3
 * certifications. In asOf's year a few activities stay open after asOf (the points an RM
 * can still earn); the first year has a two-year certificate taken around asOf's date, so
 * its certificates expire just before and after asOf.
 */
export function buildCatalogue(seed: number, timeline: Timeline): SeedActivity[] {
  const asOf = timeline.asOfDay;
  const lastYear = yearOfDay(asOf);
  const activities: SeedActivity[] = [];
  const rng = new Rng(seed, Stream.Training, 0);
  for (let year = lastYear - TRAINING_YEARS + 1; year <= lastYear; year++) {
    rng.reseed(seed, Stream.Training, CATALOGUE_STREAM + year);
    const current = year === lastYear;
    const yearStart = dayOf(year, 1, 1);
    const yearEnd = dayOf(year, 12, 31);
    // Last day an activity that must be over by asOf may end on (asOf's year only).
    const closedBy = current ? Math.min(yearEnd, asOf - 1) : yearEnd;
    const canClose = closedBy - yearStart >= 14;
    const openFrom = Math.min(yearEnd - 10, asOf + 30);
    let number = 0;
    const add = (
      template: Template,
      startDay: number,
      endDay: number,
      mandatory: boolean,
      mandatoryGrades: readonly string[],
    ): void => {
      number++;
      activities.push({
        id: activities.length + 1,
        code: `T${year}-${String(number).padStart(3, '0')}`,
        year,
        type: template.type,
        title: template.title,
        provider: template.provider,
        startDay,
        endDay,
        tenths: rng.between(template.points[0], template.points[1]),
        hourTenths: rng.between(template.hours[0], template.hours[1]) * 10,
        mandatory,
        mandatoryGrades,
        validityMonths: template.validityMonths ?? null,
      });
    };
    /** A window of the template's length inside [from, to] (clamped when it does not fit). */
    const window = (template: Template, from: number, to: number): [number, number] => {
      const length = Math.min(rng.between(template.days[0], template.days[1]), to - from);
      const start = from + rng.int(Math.max(1, to - from - length + 1));
      return [start, start + length];
    };

    // The compliance training runs from March to the end of November; the induction all year.
    add(
      {
        ...COMPLIANCE,
        title: `${year}年度合规与职业道德培训`,
      },
      dayOf(year, 3, 1),
      dayOf(year, 11, 30),
      true,
      [],
    );
    add(INDUCTION, dayOf(year, 1, 10), dayOf(year, 12, 20), true, ['JUNIOR']);

    const certificates = shuffle(rng, [...CERTIFICATIONS]).slice(0, rng.between(2, 3));
    if (year === lastYear - TRAINING_YEARS + 1) {
      // A two-year certificate taken around asOf's date two years ago, first in the list.
      const twoYear = certificates.findIndex((c) => c.validityMonths === 24);
      if (twoYear < 0) certificates[0] = CERTIFICATIONS.find((c) => c.validityMonths === 24)!;
      else [certificates[0], certificates[twoYear]] = [certificates[twoYear], certificates[0]];
    }
    certificates.forEach((template, k) => {
      if (k === 0 && year === lastYear - TRAINING_YEARS + 1) {
        const centre = dayOf(year, 1, 1) + (asOf - dayOf(lastYear, 1, 1));
        add(template, Math.max(yearStart, centre - 75), Math.min(yearEnd, centre + 50), false, []);
      } else {
        const [start, end] = canClose
          ? window(template, yearStart, closedBy)
          : window(template, yearStart, yearEnd);
        add(template, start, end, false, []);
      }
    });

    // Electives: at least one research and one online training, the rest drawn from the pool.
    const total = rng.between(14, 20);
    const pool = shuffle(rng, [...ELECTIVES]);
    const firstOf = (type: TrainingType) =>
      pool.splice(
        pool.findIndex((t) => t.type === type),
        1,
      )[0];
    const electives = [firstOf('RESEARCH'), firstOf('ONLINE'), ...pool].slice(
      0,
      total - 2 - certificates.length,
    );
    // In asOf's year two electives (an online one and another) are still open after asOf.
    const open = current && openFrom > asOf ? new Set([1, 0]) : new Set<number>();
    electives.forEach((template, k) => {
      let start: number;
      let end: number;
      if (open.has(k)) {
        end = rng.between(openFrom, yearEnd - 10);
        start = Math.max(yearStart, end - rng.between(template.days[0], template.days[1]));
      } else {
        [start, end] = canClose
          ? window(template, yearStart, closedBy)
          : window(template, yearStart, yearEnd);
      }
      add(template, start, end, false, []);
    });
  }
  return activities;
}

interface ManagerYear {
  /** Days the RM could train on: inside their employment and not after asOf. */
  from: number;
  to: number;
}

type Plan = 'MEETS' | 'SHORT' | 'ON_TRACK' | 'SLOW' | 'AT_RISK';

const EVIDENCE: Record<TrainingType, string> = {
  CENTRALISED: '签到表',
  RESEARCH: '调研报告已归档',
  ONLINE: '网络学院学习记录',
  CERTIFICATION: 'Certificate No. ',
  ETHICS: '考试通过',
};

/** The plan of the demo sign-ins: rm.b001.01 on track but not done, rm.b001.02 at risk. */
function demoPlan(org: Organisation, manager: SeedManager): Plan | null {
  const demo = org.branches[0]?.managers ?? [];
  if (manager === demo[0]) return 'ON_TRACK';
  if (manager === demo[1]) return 'AT_RISK';
  return null;
}

/**
 * Each RM's completions. Past years: about nine in ten RMs meet the requirement. asOf's
 * year: about 40% are done, 45% on track (points earned on activities already over, plus
 * everything still open, reach the requirement), the rest behind, most of them beyond
 * reach (renewal at risk). Activities are completed at most once per RM.
 */
export function buildTrainingRecords(
  seed: number,
  timeline: Timeline,
  org: Organisation,
  catalogue: readonly SeedActivity[],
  settings: TrainingSettings,
  hrUserId: number | null,
): SeedTrainingRecord[] {
  const asOf = timeline.asOfDay;
  const lastYear = yearOfDay(asOf);
  const byYear = new Map<number, SeedActivity[]>();
  for (const activity of catalogue) {
    const list = byYear.get(activity.year) ?? [];
    list.push(activity);
    byYear.set(activity.year, list);
  }
  // Points of asOf's year still open on asOf (stillAvailable of an RM who did none of them).
  const openTenths = (byYear.get(lastYear) ?? [])
    .filter((a) => a.endDay >= asOf)
    .reduce((sum, a) => sum + a.tenths, 0);

  const records: SeedTrainingRecord[] = [];
  const rng = new Rng(seed, Stream.Training, 0);
  for (const manager of org.managers) {
    rng.reseed(seed, Stream.Training, MANAGER_STREAM + manager.id);
    const required = yearlyRequirementFor(settings, manager.grade) * 10;
    const leftDay = manager.status === 'LEFT' ? (manager.contractEndDay ?? asOf) : asOf;
    for (let year = lastYear - TRAINING_YEARS + 1; year <= lastYear; year++) {
      const span: ManagerYear = {
        from: Math.max(manager.hireDay, dayOf(year, 1, 1)),
        to: Math.min(leftDay, asOf, dayOf(year, 12, 31)),
      };
      const draw = rng.float();
      if (span.from > span.to) continue;
      const current = year === lastYear && manager.status !== 'LEFT';
      const plan: Plan =
        (current ? demoPlan(org, manager) : null) ??
        (current
          ? draw < 0.4
            ? 'MEETS'
            : draw < 0.87
              ? 'ON_TRACK'
              : draw < 0.9
                ? 'SLOW'
                : 'AT_RISK'
          : draw < 0.91
            ? 'MEETS'
            : 'SHORT');
      const chosen = chooseActivities(
        rng,
        byYear.get(year) ?? [],
        span,
        manager.grade,
        plan,
        required,
        current ? openTenths : 0,
        demoPlan(org, manager) !== null,
      );
      for (const activity of chosen) {
        const from = Math.max(activity.startDay, span.from);
        const to = Math.min(activity.endDay, span.to);
        const exam =
          activity.type === 'ONLINE' ||
          activity.type === 'ETHICS' ||
          activity.type === 'CERTIFICATION';
        const source = activity.type === 'RESEARCH' || rng.chance(0.12) ? 'MANUAL' : 'IMPORT';
        records.push({
          id: 0,
          managerId: manager.id,
          activity,
          day: rng.between(from, to),
          score: exam ? rng.between(650, 1000) : -1,
          source,
          createdBy: source === 'MANUAL' ? hrUserId : null,
        });
      }
    }
  }
  records.sort(
    (a, b) => a.managerId - b.managerId || a.day - b.day || a.activity.id - b.activity.id,
  );
  records.forEach((record, k) => (record.id = k + 1));
  return records;
}

function chooseActivities(
  rng: Rng,
  activities: readonly SeedActivity[],
  span: ManagerYear,
  grade: string,
  plan: Plan,
  required: number,
  openTenths: number,
  demo: boolean,
): SeedActivity[] {
  const reachable = activities.filter((a) => a.startDay <= span.to && a.endDay >= span.from);
  const mandatory = reachable.filter(
    (a) => a.mandatory && (a.mandatoryGrades.length === 0 || a.mandatoryGrades.includes(grade)),
  );
  // Not everyone sits an exam for a certificate; people who are not juniors skip the induction.
  const electives = shuffle(
    rng,
    reachable.filter(
      (a) =>
        !mandatory.includes(a) &&
        !(a.mandatory && !a.mandatoryGrades.includes(grade)) &&
        !(a.type === 'CERTIFICATION' && rng.chance(0.55)),
    ),
  );
  const chosen: SeedActivity[] = [];
  let earned = 0;
  const take = (activity: SeedActivity) => {
    chosen.push(activity);
    earned += activity.tenths;
  };

  if (plan === 'MEETS' || plan === 'SHORT') {
    const target =
      plan === 'MEETS'
        ? required + 10 * rng.between(0, 12)
        : Math.round(required * (0.5 + 0.45 * rng.float()));
    const skipMandatory = plan === 'SHORT' ? 0.3 : 0.02;
    for (const activity of [...mandatory, ...electives]) {
      if (earned >= target) break;
      if (mandatory.includes(activity) && rng.chance(skipMandatory)) continue;
      if (plan === 'SHORT' && earned + activity.tenths >= required) continue;
      take(activity);
    }
    return chosen;
  }

  // asOf's year. earned + still open = points of finished activities done + all open points,
  // so the plan decides how much of what is already over the RM completed.
  const over = electives.filter((a) => a.endDay < span.to);
  const open = electives.filter((a) => a.endDay >= span.to);
  const floor = required - openTenths;
  // The demo sign-ins leave the compliance training for an import to add.
  const doneMandatory = demo
    ? []
    : mandatory.filter(() => rng.chance(plan === 'AT_RISK' ? 0.4 : 0.8));
  doneMandatory.forEach(take);
  let overDone = 0;
  if (plan === 'AT_RISK') {
    const target = Math.round(floor * (0.2 + 0.6 * rng.float()));
    for (const activity of over) {
      if (overDone >= target) break;
      if (overDone + activity.tenths >= floor) continue;
      take(activity);
      overDone += activity.tenths;
    }
    return chosen;
  }
  // ON_TRACK and SLOW: enough of what is over that everything still open completes the year.
  const margin = plan === 'SLOW' ? 0 : 10 * rng.between(0, 8);
  const aim =
    plan === 'SLOW'
      ? floor
      : Math.max(floor + margin, Math.round(required * (0.6 + 0.3 * rng.float())));
  for (const activity of over) {
    if (overDone >= floor + margin && earned >= aim) break;
    if (earned + activity.tenths >= required) continue;
    take(activity);
    overDone += activity.tenths;
  }
  if (plan === 'ON_TRACK') {
    for (const activity of open) {
      if (earned >= aim || earned + activity.tenths >= required) continue;
      if (rng.chance(0.5)) take(activity);
    }
  }
  return chosen;
}

/** Evidence text of a record (certificates get a number). */
export function evidenceOf(record: SeedTrainingRecord): string {
  const base = EVIDENCE[record.activity.type];
  return record.activity.type === 'CERTIFICATION'
    ? `${base}${record.activity.code.replace('-', '')}${String(record.managerId).padStart(6, '0')}`
    : base;
}

/** Points and hours in tenths as text with one decimal. */
export function tenthsText(tenths: number): string {
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

const COPY_TEXT = /[\\\t\n\r]/g;
function copyText(value: string): string {
  return value.replace(COPY_TEXT, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

export const TRAINING_COPY_SQL = {
  activities:
    'COPY training_activities (id, code, type, title, provider, starts_on, ends_on, points, mandatory, mandatory_grades, validity_months, active, created_at, updated_at) FROM STDIN',
  records:
    'COPY training_records (id, manager_id, activity_id, completed_on, hours, score, passed, points_awarded, evidence, source, created_by, created_at, updated_at) FROM STDIN',
};

export function activityRows(catalogue: readonly SeedActivity[]): string {
  return catalogue
    .map((a) => {
      const created = `${isoDay(a.startDay - 30)} 09:00:00+08`;
      return `${a.id}\t${a.code}\t${a.type}\t${copyText(a.title)}\t${copyText(a.provider)}\t${isoDay(a.startDay)}\t${isoDay(a.endDay)}\t${tenthsText(a.tenths)}\t${a.mandatory ? 't' : 'f'}\t{${a.mandatoryGrades.join(',')}}\t${a.validityMonths ?? '\\N'}\tt\t${created}\t${created}\n`;
    })
    .join('');
}

/** COPY text of the records, in chunks; `done` is told how many rows each chunk held. */
export function* recordRows(
  records: readonly SeedTrainingRecord[],
  timeline: Timeline,
  batchSize: number,
  done: (rows: number) => void,
): Generator<string> {
  for (let start = 0; start < records.length; start += batchSize) {
    const stop = Math.min(records.length, start + batchSize);
    let out = '';
    for (let k = start; k < stop; k++) {
      const r = records[k];
      const a = r.activity;
      const exam = r.score >= 0;
      const created = `${timeline.text(Math.min(r.day + 1, timeline.asOfDay))} 10:00:00+08`;
      out += `${r.id}\t${r.managerId}\t${a.id}\t${timeline.text(r.day)}\t${tenthsText(a.hourTenths)}\t${exam ? tenthsText(r.score) : '\\N'}\t${exam ? 't' : '\\N'}\t${tenthsText(a.tenths)}\t${copyText(evidenceOf(r))}\t${r.source}\t${r.createdBy ?? '\\N'}\t${created}\t${created}\n`;
    }
    yield out;
    done(stop - start);
  }
}

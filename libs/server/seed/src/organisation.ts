import type { Timeline } from './calendar';
import { branchCode, DEMO_LOGINS, headUsername, rmUsername, type SeedRole } from './demo-logins';
import { BRANCH_PLACES, CITIES, personName, type City } from './names';
import { Rng, Stream } from './rng';
import type { SeedSizeSpec } from './sizes';

export type RmGrade = 'JUNIOR' | 'INTERMEDIATE' | 'SENIOR' | 'PRINCIPAL';
export type RmStatus = 'ACTIVE' | 'PROBATION' | 'LEFT';

export interface SeedRegion {
  id: number;
  code: string;
  name: string;
  city: City;
}

export interface SeedBranch {
  id: number;
  /** 1-based, as in the code B001. */
  number: number;
  code: string;
  name: string;
  regionId: number;
  city: City;
  /** Clients of a branch are contiguous: indexes [firstClient, firstClient + clientCount). */
  firstClient: number;
  clientCount: number;
  managers: SeedManager[];
}

export interface SeedManager {
  id: number;
  employeeNo: string;
  name: string;
  branchId: number;
  grade: RmGrade;
  coreCapacity: number;
  hireDay: number;
  contractEndDay: number | null;
  status: RmStatus;
  /** Share of the branch's assigned clients this RM ended up with before Corebook. */
  bookWeight: number;
}

export interface SeedUser {
  id: number;
  username: string;
  displayName: string;
  role: SeedRole;
  branchId: number | null;
  managerId: number | null;
  active: boolean;
  locale: 'en' | 'zh-CN';
}

export interface Organisation {
  regions: SeedRegion[];
  branches: SeedBranch[];
  managers: SeedManager[];
  users: SeedUser[];
}

// The demo bank is small enough to name by hand: two city branches (分行), five sub-branches.
const DEMO_REGIONS = ['上海', '杭州'];
const DEMO_BRANCHES: readonly [name: string, region: number, weight: number][] = [
  ['上海陆家嘴支行', 0, 1.4],
  ['上海静安支行', 0, 1.1],
  ['上海徐汇支行', 0, 1.0],
  ['杭州西湖支行', 1, 0.8],
  ['杭州滨江支行', 1, 0.7],
];

// Core-client capacity by grade (docs/domain.md: capacity for core clients); total capacity is
// about 1.25x the 20% core share, so a balanced plan always fits.
const CAPACITY: Record<RmGrade, number> = {
  JUNIOR: 110,
  INTERMEDIATE: 160,
  SENIOR: 210,
  PRINCIPAL: 260,
};
const SERVICE_YEARS: Record<RmGrade, readonly [number, number]> = {
  JUNIOR: [0.5, 4],
  INTERMEDIATE: [2, 9],
  SENIOR: [5, 16],
  PRINCIPAL: [10, 25],
};
const CONTRACT_TERM_DAYS = 1096;
const MIN_RMS_PER_BRANCH = 3;

/** Split `total` over `weights` (each part at least `minimum`), exactly, largest remainder first. */
export function apportion(total: number, weights: readonly number[], minimum = 0): number[] {
  const rest = total - minimum * weights.length;
  if (rest < 0)
    throw new Error(`cannot give ${weights.length} parts at least ${minimum} out of ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((weight) => (weight / sum) * rest);
  const parts = quotas.map((quota) => minimum + Math.floor(quota));
  let missing = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = quotas
    .map((quota, i) => [quota - Math.floor(quota), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (missing-- <= 0) break;
    parts[i]++;
  }
  return parts;
}

function yearsToDays(years: number): number {
  return Math.round(years * 365.25);
}

function buildManager(
  rng: Rng,
  id: number,
  branchId: number,
  timeline: Timeline,
  demoGrade: RmGrade | null,
): SeedManager {
  const g = rng.float();
  let grade: RmGrade =
    g < 0.25 ? 'JUNIOR' : g < 0.6 ? 'INTERMEDIATE' : g < 0.88 ? 'SENIOR' : 'PRINCIPAL';
  const s = rng.float();
  let status: RmStatus = s < 0.04 ? 'LEFT' : s < 0.1 ? 'PROBATION' : 'ACTIVE';
  if (demoGrade) {
    grade = demoGrade;
    status = 'ACTIVE';
  }
  if (status === 'PROBATION') grade = 'JUNIOR';
  const [minYears, maxYears] = SERVICE_YEARS[grade];
  const asOf = timeline.asOfDay;
  let hireDay: number;
  let contractEndDay: number;
  if (status === 'PROBATION') {
    hireDay = asOf - rng.between(30, 330);
    contractEndDay = hireDay + 365;
  } else if (status === 'LEFT') {
    contractEndDay = asOf - rng.between(30, 540);
    hireDay = contractEndDay - yearsToDays(minYears + rng.float() * (maxYears - minYears));
  } else {
    hireDay = asOf - yearsToDays(minYears + rng.float() * (maxYears - minYears));
    // Three-year contracts: the current one ends after asOf (some within months: renewal season).
    contractEndDay =
      hireDay + CONTRACT_TERM_DAYS * (Math.floor((asOf - hireDay) / CONTRACT_TERM_DAYS) + 1);
  }
  const coreCapacity = CAPACITY[grade] + 10 * rng.between(-2, 2);
  // Before Corebook books grew unevenly: some RMs hold far more than others.
  let noise = rng.lognormal(1, 0.35);
  if (demoGrade) noise = Math.max(1, noise);
  const bookWeight =
    status === 'LEFT' ? 0 : status === 'PROBATION' ? 0.4 * coreCapacity : coreCapacity * noise;
  return {
    id,
    employeeNo: `E${100000 + id}`,
    name: personName(rng).name,
    branchId,
    grade,
    coreCapacity,
    hireDay,
    contractEndDay,
    status,
    bookWeight,
  };
}

function branchName(rng: Rng, city: City, used: Set<string>): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const name = `${city.name}${rng.pick(BRANCH_PLACES)}支行`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  let n = 2;
  while (used.has(`${city.name}第${n}支行`)) n++;
  used.add(`${city.name}第${n}支行`);
  return `${city.name}第${n}支行`;
}

/** Regions, branches (with their client ranges), RMs and users, all from the seed. */
export function buildOrganisation(
  spec: SeedSizeSpec,
  seed: number,
  timeline: Timeline,
  demo: boolean,
): Organisation {
  const rng = new Rng(seed, Stream.Organisation, 0);
  const regions: SeedRegion[] = [];
  for (let r = 0; r < spec.regions; r++) {
    const city = demo
      ? (CITIES.find((c) => c.name === DEMO_REGIONS[r]) ?? CITIES[r])
      : CITIES[r % CITIES.length];
    const suffix = r < CITIES.length ? '' : String(Math.floor(r / CITIES.length) + 1);
    regions.push({
      id: r + 1,
      code: `R${String(r + 1).padStart(2, '0')}`,
      name: `${city.name}${suffix}分行`,
      city,
    });
  }

  const weights: number[] = [];
  const regionOf: number[] = [];
  for (let b = 0; b < spec.branches; b++) {
    rng.reseed(seed, Stream.Organisation, 100_000 + b);
    if (demo && b < DEMO_BRANCHES.length) {
      weights.push(DEMO_BRANCHES[b][2]);
      regionOf.push(DEMO_BRANCHES[b][1]);
    } else {
      // Branch 1 hosts the demo sign-ins: give it at least an average client base.
      weights.push(b === 0 ? Math.max(1.2, rng.lognormal(1, 0.45)) : rng.lognormal(1, 0.45));
      regionOf.push(Math.floor((b * spec.regions) / spec.branches));
    }
  }
  const clientCounts = apportion(spec.clients, weights);
  const managerCounts = apportion(spec.relationshipManagers, clientCounts, MIN_RMS_PER_BRANCH);

  const branches: SeedBranch[] = [];
  const managers: SeedManager[] = [];
  const usedNames = new Map<number, Set<string>>();
  let firstClient = 0;
  for (let b = 0; b < spec.branches; b++) {
    const region = regions[regionOf[b]];
    rng.reseed(seed, Stream.Organisation, 200_000 + b);
    if (!usedNames.has(region.id)) usedNames.set(region.id, new Set());
    const name =
      demo && b < DEMO_BRANCHES.length
        ? DEMO_BRANCHES[b][0]
        : branchName(rng, region.city, usedNames.get(region.id) ?? new Set());
    const branch: SeedBranch = {
      id: b + 1,
      number: b + 1,
      code: branchCode(b + 1),
      name,
      regionId: region.id,
      city: region.city,
      firstClient,
      clientCount: clientCounts[b],
      managers: [],
    };
    firstClient += clientCounts[b];
    for (let k = 0; k < managerCounts[b]; k++) {
      const id = managers.length + 1;
      // The first two RMs of branch 1 are the demo sign-ins: active, with a real book.
      const demoGrade: RmGrade | null =
        b === 0 && k < 2 ? (k === 0 ? 'SENIOR' : 'INTERMEDIATE') : null;
      const manager = buildManager(
        rng.reseed(seed, Stream.Organisation, 1_000_000 + id),
        id,
        branch.id,
        timeline,
        demoGrade,
      );
      branch.managers.push(manager);
      managers.push(manager);
    }
    branches.push(branch);
  }

  const demoUsernames = new Set(DEMO_LOGINS.map((login) => login.username));
  const users: SeedUser[] = [];
  const addUser = (user: Omit<SeedUser, 'id' | 'locale'>, rngForLocale: Rng): void => {
    const locale = !demoUsernames.has(user.username) && rngForLocale.chance(0.1) ? 'zh-CN' : 'en';
    users.push({ ...user, id: users.length + 1, locale });
  };
  rng.reseed(seed, Stream.Organisation, 3_000_000);
  addUser(
    {
      username: 'admin',
      displayName: '系统管理员',
      role: 'ADMIN',
      branchId: null,
      managerId: null,
      active: true,
    },
    rng,
  );
  addUser(
    {
      username: 'hr',
      displayName: `${personName(rng).name} (HR)`,
      role: 'HR',
      branchId: null,
      managerId: null,
      active: true,
    },
    rng,
  );
  for (const branch of branches) {
    rng.reseed(seed, Stream.Organisation, 4_000_000 + branch.id);
    const head = personName(rng).name;
    addUser(
      {
        username: headUsername(branch.number),
        displayName: head,
        role: 'BRANCH_HEAD',
        branchId: branch.id,
        managerId: null,
        active: true,
      },
      rng,
    );
    branch.managers.forEach((manager, k) => {
      addUser(
        {
          username: rmUsername(branch.number, k + 1),
          displayName: manager.name,
          role: 'RM',
          branchId: branch.id,
          managerId: manager.id,
          active: manager.status !== 'LEFT',
        },
        rng,
      );
    });
  }
  return { regions, branches, managers, users };
}

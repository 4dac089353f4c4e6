// docs/domain.md rules 3 and 11 in Chromium: HR opens RM postings and sets an RM of
// branch B001 who holds core clients to LEFT; the branch head then finds the RM_CHANGED
// plan on the core-client board, and it moves only that RM's clients (plus at most the
// balance cap). HR sees no client data on the way.
import { apiLogin, graphql } from './support/api';
import { chooseOption, dialogOpened, signIn, usePortalSession } from './support/browser';

const PASSWORD = 'Corebook-demo-2026';
const HR = 'hr';
const HEAD = 'head.b001';

interface PlannedManager {
  manager: { id: number; employeeNo: string; name: string };
  eligible: boolean;
  clientsAfter: number;
}

interface PlanItem {
  action: string;
  reason: string;
  fromManager: { id: number } | null;
}

const session = usePortalSession();
const portalUrl = () => session.server.url;

/**
 * Ranks the bank and applies a first plan for the branch, so its books follow the rules
 * and a re-plan has nothing to change but what the posting change causes. Returns the
 * branch's RM holding the most core clients.
 */
async function settleBranch(token: string, branchId: number): Promise<PlannedManager> {
  const admin = await apiLogin(portalUrl(), 'admin', PASSWORD);
  await graphql(portalUrl(), admin.token, 'mutation { runCoreRanking { id } }');
  const { planAssignment } = await graphql<{ planAssignment: { id: number; status: string } }>(
    portalUrl(),
    token,
    'mutation ($b: Int) { planAssignment(branchId: $b) { id status } }',
    { b: branchId },
  );
  expect(planAssignment.status).toBe('READY');
  await graphql(
    portalUrl(),
    token,
    'mutation ($id: Int!) { applyAssignmentPlan(planId: $id) { id } }',
    {
      id: planAssignment.id,
    },
  );
  const { assignmentPlan } = await graphql<{ assignmentPlan: { managers: PlannedManager[] } }>(
    portalUrl(),
    token,
    `
      query ($id: Int!, $b: Int) {
        assignmentPlan(id: $id) {
          managers(branchId: $b) {
            manager {
              id
              employeeNo
              name
            }
            eligible
            clientsAfter
          }
        }
      }
    `,
    { id: planAssignment.id, b: branchId },
  );
  const holders = assignmentPlan.managers
    .filter((m) => m.eligible && m.clientsAfter > 0)
    .sort((a, b) => b.clientsAfter - a.clientsAfter);
  if (holders.length < 2) throw new Error('the branch needs two RMs holding core clients');
  return holders[0];
}

/** Every item of a plan, all pages, read the way the board reads them. */
async function planItems(token: string, planId: number): Promise<PlanItem[]> {
  const items: PlanItem[] = [];
  let after: string | null = null;
  do {
    const page: {
      assignmentPlan: {
        items: {
          edges: { node: PlanItem }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
    } = await graphql(
      portalUrl(),
      token,
      `
        query ($id: Int!, $after: String) {
          assignmentPlan(id: $id) {
            items(first: 200, after: $after) {
              edges {
                node {
                  action
                  reason
                  fromManager {
                    id
                  }
                }
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
          }
        }
      `,
      { id: planId, after },
    );
    items.push(...page.assignmentPlan.items.edges.map((edge) => edge.node));
    after = page.assignmentPlan.items.pageInfo.hasNextPage
      ? page.assignmentPlan.items.pageInfo.endCursor
      : null;
  } while (after);
  return items;
}

/** The posting of one RM as the API has it now (HR's view). */
async function posting(token: string, employeeNo: string) {
  const { relationshipManagersPage } = await graphql<{
    relationshipManagersPage: {
      edges: {
        node: {
          id: number;
          employeeNo: string;
          status: string;
          coreCapacity: number;
          version: number;
        };
      }[];
    };
  }>(
    portalUrl(),
    token,
    `
      query ($s: String) {
        relationshipManagersPage(filter: { search: $s }) {
          edges {
            node {
              id
              employeeNo
              status
              coreCapacity
              version
            }
          }
        }
      }
    `,
    { s: employeeNo },
  );
  const found = relationshipManagersPage.edges.find((edge) => edge.node.employeeNo === employeeNo);
  if (!found) throw new Error(`no RM ${employeeNo}`);
  return found.node;
}

describe('RM postings', () => {
  it("HR sets an RM to LEFT; the branch head's re-plan moves only that RM's clients", async () => {
    const { page } = session;
    const head = await apiLogin(portalUrl(), HEAD, PASSWORD);
    const hr = await apiLogin(portalUrl(), HR, PASSWORD);
    if (head.branchId === null) throw new Error(`${HEAD} has no branch`);
    const leaving = await settleBranch(head.token, head.branchId);
    const row = page.locator(
      `[data-testid="posting-row"][data-employee-no="${leaving.manager.employeeNo}"]`,
    );

    // HR's navigation has the postings and nothing about clients.
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await signIn(page, HR, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/home');
    await page.getByTestId('nav-rmPostings').waitFor();
    expect(await page.getByTestId('nav-clients').count()).toBe(0);
    expect(await page.getByTestId('nav-coreClients').count()).toBe(0);
    await page.getByTestId('nav-rmPostings').click();
    await page.waitForURL((url) => url.pathname === '/rm-postings');
    expect(await page.getByTestId('page-title').textContent()).toBe('RM postings');
    await page.getByTestId('posting-row').first().waitFor();

    // Narrow to branch B001 and the RM's employee number: one row, with their posting.
    await chooseOption(page, 'branch-select', /\(B001\)/);
    await page.getByTestId('postings-search').fill(leaving.manager.employeeNo);
    await page.waitForFunction((employeeNo) => {
      const rows = Array.from(document.querySelectorAll('[data-testid="posting-row"]'));
      return rows.length === 1 && rows[0].getAttribute('data-employee-no') === employeeNo;
    }, leaving.manager.employeeNo);
    expect(await row.getByTestId('posting-name').textContent()).toBe(leaving.manager.name);
    expect(await row.getByTestId('manager-status').getAttribute('data-status')).toBe('ACTIVE');
    const headers = await page.getByTestId('postings-table').locator('thead th').allTextContents();
    expect(headers).toEqual(
      expect.arrayContaining([
        'Employee no.',
        'Name',
        'Branch',
        'Grade',
        'Status',
        'Core-client capacity',
        'Contract ends',
      ]),
    );

    // Someone else saves first: the stale form is refused and offers a reload.
    const before = await posting(hr.token, leaving.manager.employeeNo);
    await row.getByTestId('posting-edit').click();
    await page.getByTestId('posting-form').waitFor();
    await graphql(
      portalUrl(),
      hr.token,
      'mutation ($input: RelationshipManagerUpdateInput!) { updateRelationshipManager(input: $input) { id } }',
      {
        input: {
          id: before.id,
          status: before.status,
          coreCapacity: before.coreCapacity + 10,
          version: before.version,
        },
      },
    );
    await dialogOpened(page);
    await page.getByTestId('posting-save').click();
    await page.getByTestId('form-conflict').waitFor();
    await page.getByTestId('form-reload').click();
    await page.getByTestId('posting-form').waitFor({ state: 'detached' });
    await row
      .getByTestId('posting-capacity')
      .getByText(String(before.coreCapacity + 10), { exact: true })
      .waitFor();

    // Set the RM to LEFT: the form warns of the re-plan, and the page says one was prepared.
    await row.getByTestId('posting-edit').click();
    await chooseOption(page, 'posting-status', /^Left the bank$/);
    await page.getByTestId('posting-replan-ahead').waitFor();
    await page.getByTestId('posting-save').click();
    await page.getByTestId('posting-form').waitFor({ state: 'detached' });
    expect(await page.getByTestId('posting-saved').textContent()).toContain(
      'If this RM held core clients, a plan for the branch was prepared for the branch head.',
    );
    await row.locator('[data-testid="manager-status"][data-status="LEFT"]').waitFor();
    expect((await posting(hr.token, leaving.manager.employeeNo)).status).toBe('LEFT');

    // No client data anywhere for HR: not on the page, not in the portal, not from the API.
    expect(await page.locator('a[href^="/clients"]').count()).toBe(0);
    await page.goto('/clients');
    await page.getByTestId('forbidden').waitFor();
    await page.goto('/core-clients');
    await page.getByTestId('forbidden').waitFor();
    await expect(
      graphql(portalUrl(), hr.token, '{ clients(first: 1) { edges { node { id name } } } }'),
    ).rejects.toThrow(/FORBIDDEN|not allowed|permission/i);

    // The branch head finds the re-plan on the board, made by HR's change.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-sign-out').click();
    await page.waitForURL('**/sign-in');
    await signIn(page, HEAD, PASSWORD);
    // Signing in returns to the page signed out from (HR's refused /core-clients).
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.getByTestId('nav-coreClients').click();
    await page.waitForURL((url) => url.pathname === '/core-clients');
    await page.locator('[data-testid="plan-status"][data-status="READY"]').waitFor();
    await page.getByTestId('plan-trigger').waitFor();
    await page.getByTestId('plan-statistics').waitFor();
    const leavingLoad = page
      .getByTestId('manager-loads')
      .locator('tr.ant-table-row')
      .filter({ hasText: leaving.manager.name });
    await leavingLoad.getByTestId('load-ineligible').waitFor();

    // Its moves are the leaving RM's clients, plus at most the balance cap.
    const { assignmentPlans, assignmentSettings } = await graphql<{
      assignmentPlans: {
        edges: {
          node: {
            id: number;
            trigger: string;
            status: string;
            createdByName: string;
            statistics: { moves: number };
            branchBalances: { coreClients: number }[];
          };
        }[];
      };
      assignmentSettings: { maxBalanceMoveShare: number };
    }>(
      portalUrl(),
      head.token,
      `
        {
          assignmentPlans(first: 1) {
            edges {
              node {
                id
                trigger
                status
                createdByName
                statistics {
                  moves
                }
                branchBalances {
                  coreClients
                }
              }
            }
          }
          assignmentSettings {
            maxBalanceMoveShare
          }
        }
      `,
    );
    const plan = assignmentPlans.edges[0].node;
    expect(plan).toMatchObject({ trigger: 'RM_CHANGED', status: 'READY' });
    const items = await planItems(head.token, plan.id);
    const changed = items.filter((item) => item.action !== 'KEEP');
    const fromLeaving = changed.filter((item) => item.fromManager?.id === leaving.manager.id);
    const others = changed.filter((item) => item.fromManager?.id !== leaving.manager.id);
    expect(fromLeaving).toHaveLength(leaving.clientsAfter);
    // Moved to an eligible colleague, or left unplaced when every colleague is full.
    expect(
      fromLeaving.every((item) =>
        item.action === 'MOVE' ? item.reason === 'RM_INELIGIBLE' : item.action === 'UNPLACED',
      ),
    ).toBe(true);
    const cap = Math.floor(
      assignmentSettings.maxBalanceMoveShare * plan.branchBalances[0].coreClients + 1e-9,
    );
    expect(others.every((item) => item.action === 'MOVE' && item.reason === 'BALANCE')).toBe(true);
    expect(others.length).toBeLessThanOrEqual(cap);

    // On the board, the diff narrowed to the leaving RM shows their clients going elsewhere.
    await chooseOption(page, 'items-filter-manager', new RegExp(`^${leaving.manager.name}$`));
    await page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('[data-testid="plan-item-row"]'));
      return (
        rows.length > 0 &&
        rows.every((row) => ['MOVE', 'UNPLACED'].includes(row.getAttribute('data-action') ?? ''))
      );
    });
    const reasons = await page.getByTestId('item-reason').allTextContents();
    expect(reasons).toContain('RM not eligible');
    expect(
      reasons.filter((reason) => !['RM not eligible', 'Every RM is at capacity'].includes(reason)),
    ).toEqual([]);

    // The branch head reads the branch's postings but may not change them.
    await page.getByTestId('nav-rmPostings').click();
    await page.waitForURL((url) => url.pathname === '/rm-postings');
    await row.locator('[data-testid="manager-status"][data-status="LEFT"]').waitFor();
    expect(await page.getByTestId('posting-edit').count()).toBe(0);
    expect(await page.getByTestId('branch-select').count()).toBe(0);
  });
});

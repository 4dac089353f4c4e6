import type { AssignmentPlanResult, AssignmentProblem, PlanItem } from './types';
import { compareClientIds } from './client-order';

/**
 * Checks a plan against the rules it must never break, and returns what is wrong (empty when
 * valid): one item per core client and per non-core client that had an RM, clients only
 * with eligible RMs of their own branch, nobody over capacity, nobody unplaced while an
 * RM of the branch has room, items in order, and books and totals that agree with the items.
 * The server can run it before applying a plan; the specs run it on every plan.
 */
export function planViolations(problem: AssignmentProblem, result: AssignmentPlanResult): string[] {
  const violations: string[] = [];
  const managers = new Map(problem.managers.map((manager) => [manager.id, manager]));
  const itemsByClient = new Map<string, PlanItem[]>();
  for (const item of result.items) {
    itemsByClient.set(item.clientId, [...(itemsByClient.get(item.clientId) ?? []), item]);
  }

  for (const client of problem.clients) {
    const items = itemsByClient.get(client.id) ?? [];
    const expected = client.core || client.currentManagerId !== null ? 1 : 0;
    if (items.length !== expected) {
      violations.push(`client ${client.id} has ${items.length} items, expected ${expected}`);
      continue;
    }
    const item = items[0];
    if (!item) continue;
    if (item.fromManagerId !== client.currentManagerId) {
      violations.push(`client ${client.id} is planned from ${item.fromManagerId}, not its RM`);
    }
    if (!client.core && item.action !== 'RELEASE') {
      violations.push(`non-core client ${client.id} is ${item.action}, not released`);
    }
    if (item.toManagerId === null) continue;
    const to = managers.get(item.toManagerId);
    if (!to || !to.eligible || to.branchId !== client.branchId) {
      violations.push(
        `client ${client.id} goes to RM ${item.toManagerId}, not an eligible RM of its branch`,
      );
    }
  }
  violations.push(...actionViolations(result.items));

  const heldAfter = new Map<number, number>();
  for (const item of result.items) {
    if (item.toManagerId !== null) {
      heldAfter.set(item.toManagerId, (heldAfter.get(item.toManagerId) ?? 0) + 1);
    }
  }
  for (const manager of problem.managers) {
    const held = heldAfter.get(manager.id) ?? 0;
    if (held > manager.capacity) {
      violations.push(`RM ${manager.id} holds ${held} core clients, capacity ${manager.capacity}`);
    }
    const load = result.managers.find((m) => m.managerId === manager.id);
    if (!load || load.clientsAfter !== held) {
      violations.push(`RM ${manager.id}'s book after the plan disagrees with the items`);
    }
  }
  for (const item of result.items) {
    if (item.action !== 'UNPLACED') continue;
    const roomLeft = problem.managers.some(
      (m) => m.eligible && m.branchId === item.branchId && (heldAfter.get(m.id) ?? 0) < m.capacity,
    );
    if (roomLeft) violations.push(`client ${item.clientId} is unplaced while an RM has room`);
  }
  violations.push(...orderViolations(result.items), ...statisticsViolations(result));
  return violations;
}

function actionViolations(items: readonly PlanItem[]): string[] {
  const wrong = (item: PlanItem): boolean => {
    switch (item.action) {
      case 'KEEP':
        return item.toManagerId === null || item.toManagerId !== item.fromManagerId;
      case 'ASSIGN':
        return item.fromManagerId !== null || item.toManagerId === null;
      case 'MOVE':
        return (
          item.fromManagerId === null ||
          item.toManagerId === null ||
          item.fromManagerId === item.toManagerId
        );
      case 'RELEASE':
        return item.fromManagerId === null || item.toManagerId !== null;
      case 'UNPLACED':
        return item.toManagerId !== null;
    }
  };
  return items
    .filter(wrong)
    .map(
      (item) =>
        `client ${item.clientId}: ${item.action} from ${item.fromManagerId} to ${item.toManagerId}`,
    );
}

function orderViolations(items: readonly PlanItem[]): string[] {
  for (let at = 1; at < items.length; at++) {
    const [a, b] = [items[at - 1], items[at]];
    if (
      a.branchId > b.branchId ||
      (a.branchId === b.branchId && compareClientIds(a.clientId, b.clientId) >= 0)
    ) {
      return [`items out of order at ${at}: client ${b.clientId}`];
    }
  }
  return [];
}

function statisticsViolations({ items, statistics }: AssignmentPlanResult): string[] {
  const count = (action: PlanItem['action']) => items.filter((i) => i.action === action).length;
  const expected = {
    keeps: count('KEEP'),
    assigns: count('ASSIGN'),
    moves: count('MOVE'),
    releases: count('RELEASE'),
    unplaced: count('UNPLACED'),
    balanceMoves: items.filter((i) => i.reason === 'BALANCE').length,
  };
  return Object.entries(expected)
    .filter(([key, value]) => statistics[key as keyof typeof expected] !== value)
    .map(
      ([key, value]) =>
        `statistics.${key} is ${statistics[key as keyof typeof expected]}, items say ${value}`,
    );
}

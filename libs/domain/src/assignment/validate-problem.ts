import type { SolverClient, SolverManager, SolverSettings } from './types';

/**
 * Defence in depth: the server validates settings first, but a plan built on broken
 * input would be silently wrong, so the solver refuses it with a plain Error.
 * Clients and managers come sorted by id, so a duplicate sits next to its twin.
 */
export function validateProblem(
  settings: SolverSettings,
  clientsById: readonly SolverClient[],
  managersById: readonly SolverManager[],
): void {
  validateSettings(settings);
  clientsById.forEach((client, at) => {
    if (at > 0 && clientsById[at - 1].id === client.id) {
      throw new Error(`Duplicate client id ${client.id}`);
    }
    if (!Number.isInteger(client.workload) || client.workload <= 0) {
      throw new Error(
        `Client ${client.id} has workload ${client.workload}; it must be a positive integer`,
      );
    }
    if (!Number.isSafeInteger(client.valueFen)) {
      throw new Error(`Client ${client.id} has valueFen ${client.valueFen}; it must be an integer`);
    }
  });
  managersById.forEach((manager, at) => {
    if (at > 0 && managersById[at - 1].id === manager.id) {
      throw new Error(`Duplicate manager id ${manager.id}`);
    }
    if (!Number.isInteger(manager.capacity) || manager.capacity < 0) {
      throw new Error(
        `Manager ${manager.id} has capacity ${manager.capacity}; it must be a non-negative integer`,
      );
    }
  });
}

function validateSettings({ balanceTolerance, maxBalanceMoveShare }: SolverSettings): void {
  if (!Number.isFinite(balanceTolerance) || balanceTolerance < 1) {
    throw new Error(`balanceTolerance is ${balanceTolerance}; it must be at least 1`);
  }
  if (!(maxBalanceMoveShare >= 0 && maxBalanceMoveShare <= 1)) {
    throw new Error(`maxBalanceMoveShare is ${maxBalanceMoveShare}; it must be between 0 and 1`);
  }
}

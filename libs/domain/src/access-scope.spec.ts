import type { Actor } from './actor';
import { branchScopeFor, clientScopeFor } from './access-scope';
import { hasPermission } from './permissions';

const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
  userId: 1,
  username: 'u',
  role,
  branchId: 7,
  managerId: 42,
  ...extra,
});

describe('who sees which clients', () => {
  it('an RM sees only their own book', () => {
    expect(clientScopeFor(actor('RM'))).toEqual({ kind: 'book', managerId: 42 });
  });

  it('an RM without an RM record sees nothing', () => {
    expect(clientScopeFor(actor('RM', { managerId: null }))).toEqual({ kind: 'none' });
  });

  it('a branch head sees the branch', () => {
    expect(clientScopeFor(actor('BRANCH_HEAD'))).toEqual({ kind: 'branch', branchId: 7 });
    expect(clientScopeFor(actor('BRANCH_HEAD', { branchId: null }))).toEqual({ kind: 'none' });
  });

  it('HR sees no client data, admin the whole bank', () => {
    expect(clientScopeFor(actor('HR'))).toEqual({ kind: 'none' });
    expect(clientScopeFor(actor('ADMIN'))).toEqual({ kind: 'bank' });
  });

  it('only admin reads the audit log; HR may not read clients', () => {
    expect(hasPermission(actor('ADMIN'), 'audit.read')).toBe(true);
    for (const role of ['RM', 'BRANCH_HEAD', 'HR'] as const)
      expect(hasPermission(actor(role), 'audit.read')).toBe(false);
    expect(hasPermission(actor('HR'), 'client.read')).toBe(false);
    expect(hasPermission(actor('RM'), 'client.read')).toBe(true);
  });

  it('a branch head works on their branch, HR and admin on any, an RM on none', () => {
    expect(branchScopeFor(actor('BRANCH_HEAD'))).toEqual({ kind: 'branch', branchId: 7 });
    expect(branchScopeFor(actor('BRANCH_HEAD', { branchId: null }))).toEqual({ kind: 'none' });
    expect(branchScopeFor(actor('HR'))).toEqual({ kind: 'bank' });
    expect(branchScopeFor(actor('ADMIN'))).toEqual({ kind: 'bank' });
    expect(branchScopeFor(actor('RM'))).toEqual({ kind: 'none' });
  });
});

import { canSeeClients, homePathFor, navigationFor } from './navigation';

describe('role-aware navigation', () => {
  it('offers an RM only their own clients', () => {
    expect(navigationFor('RM').map((i) => i.label)).toEqual(['nav.myClients']);
  });

  it('offers a branch head the branch clients', () => {
    expect(navigationFor('BRANCH_HEAD').map((i) => i.label)).toEqual(['nav.branchClients']);
  });

  it('offers an admin clients and the audit log', () => {
    expect(navigationFor('ADMIN').map((i) => i.path)).toEqual(['/clients', '/audit']);
  });

  it('keeps HR away from client data', () => {
    expect(navigationFor('HR').map((i) => i.path)).toEqual(['/home']);
    expect(homePathFor('HR')).toBe('/home');
    expect(canSeeClients('HR')).toBe(false);
  });
});

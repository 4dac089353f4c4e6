import { canSeeClients, homePathFor, navigationFor, trainingNavigationFor } from './navigation';

describe('role-aware navigation', () => {
  it('offers an RM their own clients and their own training file', () => {
    expect(navigationFor('RM').map((i) => i.label)).toEqual(['nav.myClients', 'nav.myTraining']);
    expect(homePathFor('RM')).toBe('/clients');
  });

  it('offers a branch head the branch clients and the branch training overview', () => {
    expect(navigationFor('BRANCH_HEAD').map((i) => i.label)).toEqual([
      'nav.branchClients',
      'nav.trainingOverview',
    ]);
  });

  it('offers an admin clients, the audit log, training management and its settings', () => {
    expect(navigationFor('ADMIN').map((i) => i.path)).toEqual([
      '/clients',
      '/audit',
      '/training/catalogue',
      '/training/records',
      '/training/import',
      '/training/certificates',
      '/training/overview',
      '/training/settings',
    ]);
  });

  it('keeps HR away from client data and leads them to the training pages', () => {
    const paths = navigationFor('HR').map((i) => i.path);
    expect(paths).not.toContain('/clients');
    expect(homePathFor('HR')).toBe('/home');
    expect(canSeeClients('HR')).toBe(false);
    expect(trainingNavigationFor('HR').map((i) => i.path)).toEqual([
      '/training/catalogue',
      '/training/records',
      '/training/import',
      '/training/certificates',
      '/training/overview',
    ]);
  });

  it('leaves the training settings to the admin', () => {
    expect(navigationFor('HR').map((i) => i.key)).not.toContain('trainingSettings');
  });
});

import {
  canSeeClients,
  homePathFor,
  navigationFor,
  selectedNavKey,
  homeNavigationFor,
} from './navigation';

describe('role-aware navigation', () => {
  it('starts an RM on their revisit queue, then their own clients, training file and complaints', () => {
    expect(navigationFor('RM').map((i) => i.label)).toEqual([
      'nav.revisitQueue',
      'nav.myClients',
      'nav.myTraining',
      'complaints.nav.list',
    ]);
    expect(homePathFor('RM')).toBe('/home');
    expect(navigationFor('RM').map((i) => i.key)).not.toContain('coverage');
  });

  it('offers a branch head the branch clients, the core-client board, Pareto, coverage, complaints, postings and training', () => {
    expect(navigationFor('BRANCH_HEAD').map((i) => i.label)).toEqual([
      'nav.branchClients',
      'nav.coreClients',
      'nav.valueConcentration',
      'nav.coverage',
      'complaints.nav.list',
      'complaints.nav.summary',
      'nav.rmPostings',
      'nav.trainingOverview',
    ]);
  });

  it('keeps the core-client board and the rules away from RMs and HR', () => {
    for (const role of ['RM', 'HR'] as const) {
      const paths = navigationFor(role).map((i) => i.path);
      expect(paths.filter((path) => path.startsWith('/core-clients'))).toEqual([]);
    }
  });

  it('highlights the most specific item of a nested path', () => {
    const items = navigationFor('ADMIN');
    expect(selectedNavKey(items, '/core-clients')).toBe('coreClients');
    expect(selectedNavKey(items, '/core-clients/pareto')).toBe('valueConcentration');
    expect(selectedNavKey(items, '/core-clients/settings')).toBe('coreClientRules');
    expect(selectedNavKey(items, '/clients/42')).toBe('clients');
    expect(selectedNavKey(items, '/clientsX')).toBeUndefined();
    expect(selectedNavKey(items, '/complaints/42')).toBe('complaints');
    expect(selectedNavKey(items, '/complaints/summary')).toBe('complaintSummary');
  });

  it('offers an admin clients, complaints, RM postings, the audit log, training management and the settings', () => {
    expect(navigationFor('ADMIN').map((i) => i.path)).toEqual([
      '/clients',
      '/core-clients',
      '/core-clients/pareto',
      '/coverage',
      '/complaints',
      '/complaints/summary',
      '/rm-postings',
      '/audit',
      '/training/catalogue',
      '/training/records',
      '/training/import',
      '/training/certificates',
      '/training/overview',
      '/training/settings',
      '/complaints/settings',
      '/core-clients/settings',
      '/contact-cycles',
    ]);
  });

  it('keeps HR away from client data and leads them to the training pages and RM postings', () => {
    const paths = navigationFor('HR').map((i) => i.path);
    expect(paths).not.toContain('/clients');
    expect(homePathFor('HR')).toBe('/home');
    expect(canSeeClients('HR')).toBe(false);
    expect(homeNavigationFor('HR').map((i) => i.path)).toEqual([
      '/rm-postings',
      '/training/catalogue',
      '/training/records',
      '/training/import',
      '/training/certificates',
      '/training/overview',
    ]);
  });

  it('offers HR the RM postings, which show no client data', () => {
    expect(navigationFor('HR').map((i) => i.key)).toEqual([
      'home',
      'rmPostings',
      'trainingCatalogue',
      'trainingRecords',
      'trainingImport',
      'expiringCertificates',
      'trainingOverview',
    ]);
    expect(navigationFor('RM').map((i) => i.key)).not.toContain('rmPostings');
  });

  it('leaves the training settings to the admin', () => {
    expect(navigationFor('HR').map((i) => i.key)).not.toContain('trainingSettings');
  });

  it('keeps contacts away from HR: no coverage, no contact cycles, a plain home page', () => {
    const hr = navigationFor('HR');
    expect(hr.map((i) => i.key)).not.toContain('coverage');
    expect(hr.map((i) => i.key)).not.toContain('contactCycles');
    expect(hr.find((i) => i.key === 'home')?.label).toBe('nav.home');
  });

  it('keeps complaints away from HR and their summaries away from RMs', () => {
    expect(
      navigationFor('HR')
        .map((i) => i.path)
        .filter((p) => p.startsWith('/complaints')),
    ).toEqual([]);
    expect(navigationFor('RM').map((i) => i.key)).not.toContain('complaintSummary');
  });
});

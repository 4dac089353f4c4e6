import { AccessService } from '@corebook/server/auth';
import {
  FIXTURE,
  FIXTURE_ACTORS,
  openFixtureDataSource,
  type FixtureDataSource,
} from '@corebook/server/testing';
import { ClientsService } from './clients.service';
import { ClientSort } from './clients.types';

const { head1 } = FIXTURE_ACTORS;

describe('client reads', () => {
  let fixture: FixtureDataSource;
  let clients: ClientsService;
  beforeAll(async () => {
    fixture = await openFixtureDataSource();
    clients = new ClientsService(fixture.dataSource, new AccessService(fixture.dataSource));
  });
  afterAll(() => fixture.close());

  it('sorts by value with exact decimal strings and counts the same rows it lists', async () => {
    const page = await clients.page(head1, {}, ClientSort.VALUE_DESC, 10, null);
    expect(page.edges.map((edge) => edge.node.contribution12m)).toEqual([
      '120000.50',
      '98000.00',
      '5400.25',
      '800.00',
    ]);
    expect(await clients.count(head1, {})).toBe(4);
    expect(await clients.count(head1, { managerId: FIXTURE.managers.rm1 })).toBe(2);
  });

  it('gives the last N months of facts, oldest first, and refuses N out of range', async () => {
    const facts = await clients.monthlyFactsOf([FIXTURE.clients.wang, FIXTURE.clients.zhao], 12);
    expect(facts.get(FIXTURE.clients.wang)!.map((fact) => fact.month)[0]).toBe('2025-11-01');
    expect(facts.get(FIXTURE.clients.wang)).toHaveLength(12);
    expect(facts.get(FIXTURE.clients.zhao)).toBeUndefined();
    await expect(clients.monthlyFactsOf([FIXTURE.clients.wang], 61)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});

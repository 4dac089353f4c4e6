import { createTestDatabase, type TestDatabase } from '@corebook/server/testing';
import { Client } from 'pg';
import { seedBank, type SeedOptions, type SeedSummary } from './index';

// The seed-bank specs (seed-bank, seed-bank-training): the bank they seed and the queries
// they read it with.

/**
 * A fresh database with the demo bank seeded into it by seedBank itself (not a copy of the
 * DEMO_BANK template): what each seed-bank spec file checks.
 */
export async function seedDemoBank(
  options: Omit<SeedOptions, 'size'> = {},
): Promise<{ db: TestDatabase; summary: SeedSummary }> {
  const db = await createTestDatabase();
  try {
    return { db, summary: await seedBank(db.url, { ...options, size: 'demo' }) };
  } catch (error) {
    await db.drop();
    throw error;
  }
}

export async function query<T extends object>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export async function one<T extends object>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T> {
  return (await query<T>(url, sql, params))[0];
}

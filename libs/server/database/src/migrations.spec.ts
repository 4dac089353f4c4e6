import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataSourceOptions } from './data-source';
import { migrations } from './migrations';

describe('the schema history', () => {
  it('registers every migration file, in timestamp order, named <timestamp>-<verbNoun>', () => {
    const files = readdirSync(join(__dirname, 'migrations'))
      .filter((file) => file !== 'index.ts' && !file.endsWith('.spec.ts'))
      .sort();
    for (const file of files) expect(file).toMatch(/^\d{13}-[A-Z][A-Za-z]+\.ts$/);
    const expected = files.map((file) => {
      const [timestamp, name] = file.replace('.ts', '').split('-');
      return `${name}${timestamp}`;
    });
    expect(migrations.map((migration) => migration.name)).toEqual(expected);
  });

  it('never lets TypeORM change the schema by itself', () => {
    const options = dataSourceOptions('postgres://localhost/x');
    expect(options).toMatchObject({ synchronize: false, migrationsRun: false });
  });
});

/** What the figures were measured on: they mean little without it. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { BenchDatabase } from './bench-db.js';
import { ROOT } from './child.js';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  postgres: string;
  pglite: string;
  loadAverage: string;
}

export async function describeMachine(database: BenchDatabase): Promise<Machine> {
  const version = await sql<{ version: string }>`select version() as version`.execute(database.db);
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    postgres: /^PostgreSQL [\d.]+/.exec(version.rows[0]?.version ?? '')?.[0] ?? 'unknown',
    pglite: packageVersion('@electric-sql/pglite'),
    loadAverage: os.loadavg().map((load) => load.toFixed(2)).join(' '),
  };
}

function packageVersion(name: string): string {
  try {
    const file = path.join(ROOT, 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

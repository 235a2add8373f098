import { Client } from 'pg';
import { portOf, type BenchPlatform } from '../shared/platform';
import { serviceProcesses } from '../shared/processes';
import { cpuSeconds } from '../throughput/database-profile';

export interface CpuUse {
  /** CPU time per accepted signature, in ms, by process (group). */
  perSignatureMs: Record<string, number>;
  /** CPU seconds used meanwhile, by process (group). */
  seconds: Record<string, number>;
}

export interface CpuMeter {
  stop(signed: number): Promise<CpuUse>;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The PostgreSQL backends serving a database now (their CPU is the database's work for it). */
async function backendsOf(client: Client, database: string): Promise<number[]> {
  const { rows } = await client.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [database]);
  return rows.map((row) => Number(row.pid));
}

/**
 * Where the CPU of a signing step goes (a 2-core machine is CPU-bound long before PostgreSQL is): the
 * services' processes (with their children: a gateway's cluster workers), the actions database's backends (those that existed at the end: a backend that
 * opened during the step counts from its start), and this benchmark's own load generator.
 */
export async function startCpuMeter(platform: BenchPlatform): Promise<CpuMeter> {
  const urls: Record<string, string> = { gateway: platform.gatewayUrl, ...platform.subgraphUrls };
  const services = Object.entries(urls).map(([service, url]) => ({ name: service, pids: serviceProcesses(portOf(url)) }));
  const actionsDatabase = new URL(platform.databaseUrls.actions).pathname.slice(1);
  const client = new Client({ connectionString: platform.databaseUrls.actions });
  await client.connect();
  const before = new Map<number, number>();
  for (const pid of services.flatMap((service) => service.pids)) before.set(pid, cpuSeconds(pid));
  for (const pid of await backendsOf(client, actionsDatabase)) before.set(pid, cpuSeconds(pid));
  const benchBefore = process.cpuUsage();

  return {
    async stop(signed) {
      const bench = process.cpuUsage(benchBefore);
      const backends = await backendsOf(client, actionsDatabase);
      await client.end();
      const used = (pid: number) => cpuSeconds(pid) - (before.get(pid) ?? 0);
      const seconds: Record<string, number> = Object.fromEntries(services.map(({ name, pids }) => [name, pids.reduce((sum, pid) => sum + used(pid), 0)]));
      seconds['actions database (PostgreSQL)'] = backends.reduce((sum, pid) => sum + used(pid), 0);
      seconds['this benchmark (autocannon, subscriber)'] = (bench.user + bench.system) / 1e6;
      return {
        seconds: Object.fromEntries(Object.entries(seconds).map(([name, value]) => [name, round1(value)])),
        perSignatureMs: Object.fromEntries(Object.entries(seconds).map(([name, value]) => [name, signed > 0 ? round1((value * 1000) / signed) : 0])),
      };
    },
  };
}

import { Client } from 'pg';
import { portOf, type BenchPlatform } from '../shared/platform';
import { serviceProcesses } from '../shared/processes';
import { cpuSeconds } from '../throughput/database-profile';

export interface CpuUse {
  /** CPU time per accepted request, in ms, by process (group). */
  perSignatureMs: Record<string, number>;
  /** CPU seconds used meanwhile, by process (group). */
  seconds: Record<string, number>;
}

export interface CpuMeter {
  stop(accepted: number): Promise<CpuUse>;
}

/** Processes whose CPU counts as one line (a service with its cluster workers). */
export interface ProcessGroup {
  name: string;
  pids: number[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const BENCH_LINE = 'this benchmark (autocannon, subscriber)';

/** The platform's services (with their children: a gateway's cluster workers) and its Kafka broker. */
export function platformProcesses(platform: BenchPlatform): ProcessGroup[] {
  const urls: Record<string, string> = { gateway: platform.gatewayUrl, ...platform.subgraphUrls };
  const services = Object.entries(urls).map(([service, url]) => ({ name: service, pids: serviceProcesses(portOf(url)) }));
  const brokerPort = Number(platform.kafka.brokers[0].split(':').pop());
  return [...services, { name: 'Kafka broker', pids: serviceProcesses(brokerPort) }];
}

/** The PostgreSQL backends serving a database now (their CPU is the database's work for it). */
async function backendsOf(client: Client, database: string): Promise<number[]> {
  const { rows } = await client.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [database]);
  return rows.map((row) => Number(row.pid));
}

/**
 * Where the CPU of a load goes (a 2-core machine is CPU-bound long before PostgreSQL is): the given
 * processes, the backends of `databaseOf`'s database (those that existed at the end: a backend that
 * opened meanwhile counts from its start), and this benchmark's own load generator.
 */
export async function startCpuMeter(groups: ProcessGroup[], databaseOf?: { label: string; url: string }): Promise<CpuMeter> {
  const database = databaseOf ? { label: databaseOf.label, name: new URL(databaseOf.url).pathname.slice(1), client: new Client({ connectionString: databaseOf.url }) } : null;
  await database?.client.connect();
  const before = new Map<number, number>();
  for (const pid of groups.flatMap((group) => group.pids)) before.set(pid, cpuSeconds(pid));
  for (const pid of database ? await backendsOf(database.client, database.name) : []) before.set(pid, cpuSeconds(pid));
  const benchBefore = process.cpuUsage();

  return {
    async stop(accepted) {
      const bench = process.cpuUsage(benchBefore);
      const used = (pid: number) => cpuSeconds(pid) - (before.get(pid) ?? 0);
      const seconds: Record<string, number> = Object.fromEntries(groups.map(({ name, pids }) => [name, pids.reduce((sum, pid) => sum + used(pid), 0)]));
      if (database) {
        const backends = await backendsOf(database.client, database.name);
        await database.client.end();
        seconds[database.label] = backends.reduce((sum, pid) => sum + used(pid), 0);
      }
      seconds[BENCH_LINE] = (bench.user + bench.system) / 1e6;
      return {
        seconds: Object.fromEntries(Object.entries(seconds).map(([name, value]) => [name, round1(value)])),
        perSignatureMs: Object.fromEntries(Object.entries(seconds).map(([name, value]) => [name, accepted > 0 ? round1((value * 1000) / accepted) : 0])),
      };
    },
  };
}

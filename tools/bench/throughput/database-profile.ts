import { readdirSync, readFileSync } from 'node:fs';
import { Client } from 'pg';

const CLOCK_TICKS_PER_SECOND = 100;
/** Lines of the profile shown; the rest are summed. */
const TOP = 12;

/** CPU seconds the whole machine has been busy, all cores summed (Linux /proc/stat: all but idle and iowait). */
export function machineBusySeconds(): number {
  const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS_PER_SECOND;
}

/** CPU seconds a process has used (Linux /proc; 0 when it is gone or unreadable). */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** The process whose environment holds `entry` (e.g. the service's own KAFKA_TOPIC_PREFIX). */
export function findProcessByEnvironment(entry: string): number | null {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/environ`, 'utf8').split('\0').includes(entry)) return Number(name);
    } catch {
      // gone, or not ours to read
    }
  }
  return null;
}

const statement = (query: string) => query.replace(/\s+/g, ' ').trim().slice(0, 70);

/**
 * Where the roll-up consumer spends its time, by sampling pg_stat_activity of its database: a SQL
 * statement running, a transaction open while Node works (idle in transaction), or nothing open
 * (Kafka fetches, decoding and validating events). Several connections may be busy in one sample
 * (the outbox relay polls too), so shares may add up to more than 100 %. Plus the CPU the service
 * process and the database's backends used meanwhile.
 */
export class DatabaseProfile {
  private readonly counts = new Map<string, number>();
  private samples = 0;
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly backendCpu = new Map<number, { first: number; last: number }>();
  private serviceCpuAtStart = 0;

  private readonly client: Client;

  constructor(
    url: string,
    private readonly database: string,
    private readonly servicePid: number | null,
    /** Backends of the benchmark itself (its progress queries). */
    private readonly ownPids: number[],
  ) {
    this.client = new Client({ connectionString: url });
  }

  async start(everyMs = 50): Promise<void> {
    await this.client.connect();
    this.running = true;
    this.serviceCpuAtStart = this.servicePid ? cpuSeconds(this.servicePid) : 0;
    this.loop = (async () => {
      while (this.running) {
        await this.sample();
        await new Promise((resolve) => setTimeout(resolve, everyMs));
      }
    })();
  }

  private async sample(): Promise<void> {
    const { rows } = await this.client.query(
      `SELECT pid, state, query FROM pg_stat_activity
        WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid() AND pid <> ALL($2::int[])`,
      [this.database, this.ownPids],
    );
    this.samples += 1;
    const busy = rows.filter((row) => row.state === 'active' || row.state === 'idle in transaction');
    if (busy.length === 0) this.count('no transaction open (Kafka fetch, decoding, validation, or idle)');
    // An idle-in-transaction backend shows its last statement: it tells which step Node is between.
    for (const row of busy) this.count(row.state === 'active' ? `SQL: ${statement(row.query)}` : `Node, in a transaction, after: ${statement(row.query)}`);
    for (const row of rows) {
      const cpu = cpuSeconds(row.pid);
      const known = this.backendCpu.get(row.pid);
      this.backendCpu.set(row.pid, { first: known?.first ?? cpu, last: cpu });
    }
  }

  private count(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  async stop(): Promise<{ samples: number; shares: { where: string; share: string }[]; serviceCpuSeconds: number | null; databaseCpuSeconds: number }> {
    this.running = false;
    await this.loop;
    await this.client.end();
    const sorted = [...this.counts].sort((a, b) => b[1] - a[1]);
    const rest = sorted.slice(TOP).reduce((sum, [, count]) => sum + count, 0);
    const shares = [...sorted.slice(0, TOP), ...(rest > 0 ? [['everything else', rest] as [string, number]] : [])].map(([where, count]) => ({
      where,
      share: `${((count / this.samples) * 100).toFixed(1)} %`,
    }));
    const databaseCpuSeconds = [...this.backendCpu.values()].reduce((sum, cpu) => sum + cpu.last - cpu.first, 0);
    return {
      samples: this.samples,
      shares,
      serviceCpuSeconds: this.servicePid ? Math.round((cpuSeconds(this.servicePid) - this.serviceCpuAtStart) * 10) / 10 : null,
      databaseCpuSeconds: Math.round(databaseCpuSeconds * 10) / 10,
    };
  }
}

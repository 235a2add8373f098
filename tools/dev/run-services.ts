import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { issueToken } from '@plume/auth';
import { authEnvironment, childProcessEnvironment, loadEnvironment, z } from '@plume/config';
import { SERVICE_NODE_OPTIONS, SERVICES, subgraphUrlsFor, type ServiceDefinition } from '@plume/service-catalog';

/**
 * Runs every service of `npm start`: seeds each subgraph's database, starts the services one after
 * the other (each must answer /ready), prints the gateway URL and demo tokens, and stops them all on
 * Ctrl-C — and the Kafka broker and the PostgreSQL cluster too when start.sh started them.
 */
const children: { name: string; child: ChildProcess }[] = [];
const settings = loadEnvironment(
  'npm start',
  z.object({
    ...authEnvironment,
    PLUME_STARTED_KAFKA: z.string().optional(),
    /** The version of the local cluster ensure-infrastructure.sh started (e.g. `15`); unset when it was running already. */
    PLUME_STARTED_POSTGRES: z.string().regex(/^[0-9.]+$/, 'a PostgreSQL version such as 15').optional(),
  }),
);

function prefixOutput(name: string, child: ChildProcess): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => console.log(`[${name.padEnd(8)}] ${readable(line)}`));
  }
}

/** pino writes JSON; show level and message, keep the rest compact. */
function readable(line: string): string {
  try {
    const { level, msg, time: _time, pid: _pid, hostname: _hostname, name: _name, ...rest } = JSON.parse(line);
    const levels: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
    const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
    return `${levels[level] ?? level} ${msg}${extra}`;
  } catch {
    return line;
  }
}

function run(service: ServiceDefinition, script: string): ChildProcess {
  const child = spawn(process.execPath, [...SERVICE_NODE_OPTIONS, '--enable-source-maps', script], {
    env: childProcessEnvironment({ PORT: String(service.port), ...(service.subgraph ? {} : subgraphUrlsFor((s) => s.port)) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  prefixOutput(service.name, child);
  return child;
}

async function runToEnd(service: ServiceDefinition, script: string): Promise<void> {
  const child = run(service, script);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${service.name}: ${script} exited with ${code}`);
}

async function waitUntilReady(service: ServiceDefinition, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${service.name} exited with ${child.exitCode}`);
    const response = await fetch(`http://127.0.0.1:${service.port}/ready`).catch(() => undefined);
    if (response?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${service.name} was not ready within 60 s`);
}

async function stopAll(): Promise<void> {
  for (const { child } of [...children].reverse()) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
  await Promise.all(children.map(({ child }) => (child.exitCode === null && child.signalCode === null ? new Promise((r) => child.once('exit', r)) : null)));
  if (settings.PLUME_STARTED_KAFKA === '1') {
    console.log('[plume] stopping the Kafka broker started by npm start ...');
    await runCommand('bash', ['tools/kafka/kafka.sh', 'stop']);
  }
  if (settings.PLUME_STARTED_POSTGRES) {
    console.log(`[plume] stopping PostgreSQL ${settings.PLUME_STARTED_POSTGRES}, started by npm start ...`);
    await runCommand('pg_ctlcluster', ['--skip-systemctl-redirect', settings.PLUME_STARTED_POSTGRES, 'main', 'stop']);
  }
}

/** Runs a command to its end, its output on ours; a command that cannot start is reported, not thrown. */
function runCommand(command: string, args: string[]): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.once('error', (error) => {
      console.error(`[plume] ${command}: ${error.message}`);
      resolve();
    });
    child.once('exit', () => resolve());
  });
}

async function printWelcome(): Promise<void> {
  const tokens = { secret: settings.JWT_SECRET, issuer: settings.JWT_ISSUER, audience: settings.JWT_AUDIENCE };
  const token = (role: 'site' | 'staff' | 'admin' | 'analyst', section?: string) =>
    issueToken(tokens, { role, subject: `demo-${role}${section ? `-${section}` : ''}`, section, expiresIn: '12h' });
  console.log(`
  Plume is running.  Gateway: http://127.0.0.1:4000/graphql

  Try a section website's case page (French):
    curl -s http://127.0.0.1:4000/graphql -H 'content-type: application/json' \\
      -d '{"query":"{ case(slug: \\"khaled-drareni\\") { personName summary(language: \\"fr\\") campaigns { code name(language: \\"fr\\") } targets { title } letterTemplates(language: \\"fr\\") { subject } } }"}'

  Demo tokens (12 h, development secret; send as "Authorization: Bearer <token>"):
    admin           ${await token('admin')}
    staff BE-FR     ${await token('staff', 'BE-FR')}
    site  BE-FR     ${await token('site', 'BE-FR')}
    site  DZ        ${await token('site', 'DZ')}
    analyst         ${await token('analyst')}

  Ctrl-C stops everything npm start started.
`);
}

async function main(): Promise<void> {
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    console.log('\n[plume] stopping ...');
    stopAll().then(() => process.exit(0));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  for (const service of SERVICES) {
    if (service.seed) await runToEnd(service, service.seed);
    const child = run(service, service.main);
    children.push({ name: service.name, child });
    child.once('exit', (code, signal) => {
      if (!stopping) {
        console.error(`[plume] ${service.name} stopped unexpectedly (${signal ?? code}); stopping everything`);
        onSignal();
      }
    });
    await waitUntilReady(service, child);
  }
  await printWelcome();
}

main().catch(async (error: Error) => {
  console.error(`[plume] ${error.message}`);
  await stopAll();
  process.exit(1);
});

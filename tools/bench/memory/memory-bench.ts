import { CASE_PAGE, measure, type Line } from '../case-page/case-page-load';
import { staffToken } from '../shared/gateway';
import { portOf, type BenchPlatform } from '../shared/platform';
import { residentMegabytes, serviceProcesses } from '../shared/processes';

export interface MemorySettings {
  platform: BenchPlatform;
  /** How long the services are watched idle before the loads. */
  idleSeconds: number;
  /** Length of each case-page load. */
  seconds: number;
  connections: number;
}

export interface ServiceMemory {
  service: string;
  /** The process listening on the service's port, then its children (a gateway's cluster workers). */
  pids: number[];
  /** Median of the idle samples of its largest process. */
  idleMb: number;
  /** Highest sample of its largest process under each load, by load. */
  peakMb: Record<string, number>;
  /** Last sample of its largest process, after the last load. */
  endMb: number;
  /** Highest sample of all its processes together (= the largest process's for a single process). */
  peakTotalMb: number;
}

export interface MemoryResult {
  services: ServiceMemory[];
  loads: Line[];
  sampleEveryMs: number;
}

interface Sample {
  largest: number;
  total: number;
}

const SAMPLE_MS = 250;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Samples the resident memory of every service's processes until `done` settles. */
async function sample(services: Map<string, number[]>, done: Promise<unknown>): Promise<Record<string, Sample[]>> {
  const samples: Record<string, Sample[]> = Object.fromEntries([...services.keys()].map((service) => [service, []]));
  let finished = false;
  const finish = () => void (finished = true);
  done.then(finish, finish);
  do {
    for (const [service, pids] of services) {
      const resident = pids.map(residentMegabytes);
      samples[service].push({ largest: Math.max(...resident), total: resident.reduce((sum, mb) => sum + mb, 0) });
    }
    await sleep(SAMPLE_MS);
  } while (!finished);
  return samples;
}

/**
 * Issue 8's memory benchmark: resident memory (VmRSS) of each service of the platform — found by the
 * port it listens on, with its child processes — idle, then under the case-page read load of
 * case-page-read.ts twice: as an anonymous visitor (the gateway's response cache answers most of it)
 * and as staff (never cached: all four subgraphs work).
 */
export async function memoryBench(settings: MemorySettings): Promise<MemoryResult> {
  const { platform } = settings;
  const urls: Record<string, string> = { gateway: platform.gatewayUrl, ...platform.subgraphUrls };
  const services = new Map(Object.entries(urls).map(([service, url]) => [service, serviceProcesses(portOf(url))]));
  const idle = await sample(services, sleep(settings.idleSeconds * 1000));
  const staff = { authorization: `Bearer ${await staffToken('BE-FR')}` };
  const phases: { line: Line; samples: Record<string, Sample[]> }[] = [];
  for (const [name, headers] of [
    ['case page, anonymous (response cache)', {}],
    ['case page, staff (never cached)', staff],
  ] as const) {
    const loading = measure(name, platform.gatewayUrl, CASE_PAGE, headers, settings);
    const samples = await sample(services, loading);
    phases.push({ line: await loading, samples });
  }
  const last = phases[phases.length - 1].samples;
  return {
    services: [...services].map(([service, pids]) => ({
      service,
      pids,
      idleMb: median(idle[service].map((s) => s.largest)),
      peakMb: Object.fromEntries(phases.map((phase) => [phase.line.name, Math.max(...phase.samples[service].map((s) => s.largest))])),
      endMb: last[service][last[service].length - 1].largest,
      peakTotalMb: Math.max(...phases.flatMap((phase) => phase.samples[service].map((s) => s.total))),
    })),
    loads: phases.map((phase) => phase.line),
    sampleEveryMs: SAMPLE_MS,
  };
}

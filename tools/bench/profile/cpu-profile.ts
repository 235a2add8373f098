/** The parts of a V8 `.cpuprofile` (Profiler.stop's result) this summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  startTime: number;
  endTime: number;
}

export interface ProfileLine {
  where: string;
  'self %': number;
}

/** Samples that are not JavaScript work: the idle loop, the profiler itself, the garbage collector. */
const NON_JS = new Set(['(idle)', '(program)', '(garbage collector)']);

/**
 * Self time by function and by package (node_modules/<package>, the project's own files by their
 * path, Node's internals as `node:`), as shares of all samples — where the CPU goes, at a glance.
 */
export function summarise(profile: CpuProfile, top: number): { byFunction: ProfileLine[]; byPackage: ProfileLine[]; idlePercent: number } {
  const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0) || 1;
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let idle = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') idle += hits;
    const where = NON_JS.has(functionName) ? functionName : `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}`;
    byFunction.set(where, (byFunction.get(where) ?? 0) + hits);
    const owner = NON_JS.has(functionName) ? functionName : packageOf(url);
    byPackage.set(owner, (byPackage.get(owner) ?? 0) + hits);
  }
  const lines = (counts: Map<string, number>) =>
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([where, hits]) => ({ where, 'self %': Math.round((1000 * hits) / total) / 10 }));
  return { byFunction: lines(byFunction), byPackage: lines(byPackage), idlePercent: Math.round((1000 * idle) / total) / 10 };
}

function packageOf(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [first, second] = url.slice(modules + 'node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  if (url.startsWith('node:') || url === '') return url || '(native)';
  return shortUrl(url);
}

const shortUrl = (url: string) => url.replace(/^file:\/\//, '').replace(/^.*\/(dist|node_modules)\//, '$1/');

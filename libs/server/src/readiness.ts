/**
 * A readiness check. `critical` checks decide the HTTP status of /ready; the others are reported only.
 * A subgraph's critical check is its database; its Kafka producer's broker (`kafka-producer`),
 * consumers and the relay's last publication are reported only (see subgraph-server.ts for why).
 */
export interface ReadinessCheck {
  name: string;
  critical: boolean;
  check(): Promise<boolean> | boolean;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, 'up' | 'down'>;
}

export async function evaluateReadiness(checks: ReadinessCheck[]): Promise<ReadinessReport> {
  const results = await Promise.all(
    checks.map(async (c) => {
      try {
        return { c, up: await c.check() };
      } catch {
        return { c, up: false };
      }
    }),
  );
  return {
    ready: results.every(({ c, up }) => up || !c.critical),
    checks: Object.fromEntries(results.map(({ c, up }) => [c.name, up ? 'up' : 'down'])),
  };
}

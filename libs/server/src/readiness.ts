/**
 * A readiness check. `critical` checks decide the HTTP status of /ready; the others are reported only.
 * Kafka is deliberately not critical: when the broker is down requests still succeed and events wait
 * in the outbox, so taking the service out of rotation would turn a Kafka outage into a site outage.
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

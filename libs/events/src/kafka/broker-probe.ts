import type { Admin, Kafka } from 'kafkajs';

export interface BrokerProbe {
  /** True when a broker answered a metadata request within the timeout; never throws. */
  reachable(): Promise<boolean>;
  /** Closes the probe's connection; `reachable()` answers false afterwards. */
  close(): Promise<void>;
}

/**
 * Tells whether this service's Kafka client can reach a broker right now, for /ready. A connected
 * producer does not notice a broker that went away while it had nothing to send, so the probe asks:
 * one metadata request (no topics) on a connection kept between probes. Callers arriving while a probe
 * is under way share it, so a flood of /ready calls during an outage opens no pile of connections.
 */
export function createBrokerProbe(kafka: Kafka, timeoutMs = 2_000): BrokerProbe {
  let admin: Admin | undefined;
  let inFlight: Promise<boolean> | undefined;
  let closed = false;

  async function drop(): Promise<void> {
    const old = admin;
    admin = undefined;
    await old?.disconnect().catch(() => undefined);
  }

  async function ask(): Promise<boolean> {
    try {
      if (!admin) {
        const fresh = kafka.admin();
        admin = fresh;
        await fresh.connect();
      }
      await admin.describeCluster();
      return true;
    } catch {
      // A fresh connection next time: kafkajs does not always recover a connection the broker dropped.
      await drop();
      return false;
    }
  }

  return {
    async reachable() {
      if (closed) return false;
      inFlight ??= ask().finally(() => (inFlight = undefined));
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
      try {
        return await Promise.race([inFlight, timedOut]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      closed = true;
      await inFlight;
      await drop();
    },
  };
}

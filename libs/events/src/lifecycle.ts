/** What every long-running part (relay, consumer, server) exposes to the shared shutdown and /ready. */
export interface Lifecycle {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** True while the part is doing its job (e.g. the relay's producer is connected). */
  ready(): boolean;
}

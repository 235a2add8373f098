/**
 * The `ce_id`s a run of the tail has already shown, so that an event Kafka delivers twice (delivery is
 * at least once: a relay re-sends after a crash, a rebalance re-reads uncommitted offsets) prints once.
 * Bounded, oldest forgotten first: a tail may run for weeks, and a re-sent event comes back close to its
 * first copy in the stream, not a million events later.
 */
export class RecentEventIds {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = 100_000) {}

  /** True the first time an id is offered (remembering it), false for a repeat. */
  firstTime(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    // A Set iterates in insertion order: the first value is the oldest.
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value as string);
    return true;
  }
}

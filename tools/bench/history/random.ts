/**
 * A seeded random source (mulberry32): the same `--seed` gives the same history shape (which case gets
 * how much, when, through which section), so two runs of a benchmark compare like with like.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.integer(0, i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }
}

/** Weights 1/rank^exponent: a few items take most (cases of a marathon, big sections). */
export const zipfWeights = (count: number, exponent: number) => Array.from({ length: count }, (_, rank) => 1 / (rank + 1) ** exponent);

/** Draws items by weight in O(log n) (cumulative weights, binary search). */
export class WeightedChoice<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length === 0 || items.length !== weights.length) throw new Error('WeightedChoice needs one weight per item');
    let sum = 0;
    for (const weight of weights) this.cumulative.push((sum += weight));
    this.total = sum;
  }

  pick(random: Random): T {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low];
  }

  /** `count` distinct items (count at most the number of items), drawn by weight. */
  pickDistinct(random: Random, count: number): T[] {
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, this.items.length)) chosen.add(this.pick(random));
    return [...chosen];
  }

  /** Shares of each item, in items order (for splitting a total by weight). */
  shares(): number[] {
    return this.cumulative.map((value, index) => (value - (index === 0 ? 0 : this.cumulative[index - 1])) / this.total);
  }
}

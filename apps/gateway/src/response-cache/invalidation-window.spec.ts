import { withInvalidationWindow } from './invalidation-window';
import { createResponseStore } from './response-store';

const CASE = '0f8fad5b-d9cb-469f-a165-70867728950e';
const PAGE = { case: { id: CASE, actionStats: { signatures: 1 } } };

describe('invalidation window', () => {
  function setUp() {
    let clock = 1_000_000;
    const scheduled: (() => void)[] = [];
    const inner = createResponseStore({ ttlMs: 60_000, maxEntries: 100, now: () => clock });
    const store = withInvalidationWindow(inner, { windowMs: 1_000, now: () => clock, schedule: (run) => (scheduled.push(run), {}) });
    const cachePage = () => store.set('page', PAGE, new Set([CASE]), store.mark());
    return { store, cachePage, scheduled, advance: (ms: number) => (clock += ms) };
  }

  it('drops a quiet case at once, so the next read shows the change', () => {
    const { store, cachePage } = setUp();
    expect(cachePage()).toBe(true);
    store.invalidate([CASE]);
    expect(store.get('page')).toBeUndefined();
  });

  it('keeps serving a busy case within the window and drops it once when the window ends', () => {
    const { store, cachePage, scheduled, advance } = setUp();
    store.invalidate([CASE]); // the first signature of a burst
    expect(cachePage()).toBe(true); // computed after it: stored
    for (let signature = 0; signature < 50; signature++) {
      advance(10);
      store.invalidate([CASE]);
    }
    expect(store.get('page')).toEqual(expect.objectContaining({ data: PAGE })); // served meanwhile
    expect(scheduled).toHaveLength(1); // one deferred invalidation for the whole burst
    scheduled[0]();
    expect(store.get('page')).toBeUndefined();
  });

  it('never delays a clear', () => {
    const { store, cachePage } = setUp();
    store.invalidate([CASE]);
    cachePage();
    store.clear();
    expect(store.get('page')).toBeUndefined();
  });
});

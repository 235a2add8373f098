import { withPatience } from './report-patience';

describe('withPatience', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('passes an answer that comes in time', async () => {
    const answer = withPatience(Promise.resolve(42), 8_000);
    await expect(answer).resolves.toBe(42);
  });

  it('answers a retryable SERVICE_UNAVAILABLE when the report takes longer, and lets the computation go on', async () => {
    let finish: (value: number) => void = () => undefined;
    const computation = new Promise<number>((resolve) => (finish = resolve));
    const answer = withPatience(computation, 8_000);
    jest.advanceTimersByTime(8_000);
    await expect(answer).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: 5 } });
    finish(42);
    await expect(computation).resolves.toBe(42); // still computed: the next request finds it in the cache
  });

  it('passes on an error of the report itself', async () => {
    await expect(withPatience(Promise.reject(new Error('the database is gone')), 8_000)).rejects.toThrow('the database is gone');
  });
});

import { waitFor } from './wait-for';

describe('waitFor', () => {
  it('resolves with the first truthy value', async () => {
    let calls = 0;
    await expect(waitFor('the third call', () => (++calls >= 3 ? calls : undefined), 1_000, 1)).resolves.toBe(3);
  });

  it('fails after its deadline, saying what it waited for and the last error', async () => {
    await expect(waitFor('a broker', () => Promise.reject(new Error('ECONNREFUSED')), 50, 5)).rejects.toThrow(
      /Timed out after 50 ms waiting for a broker \(last error: ECONNREFUSED\)/,
    );
  });
});

import { tokenHash } from './token-hash';

describe('tokenHash', () => {
  it('is the hex SHA-256 of the token, stable and never the token itself', () => {
    const token = 'q7ZzR3l0c2V0LXRva2VuLWZvci10ZXN0cy0wMTIzNDU2Nzg5';
    expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(token)).toBe(tokenHash(token));
    expect(tokenHash(token)).not.toContain(token);
    expect(tokenHash(`${token}x`)).not.toBe(tokenHash(token));
    // The standard test vector, so other languages can check their implementation.
    expect(tokenHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

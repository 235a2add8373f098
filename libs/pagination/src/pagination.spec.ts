import { GraphQLError } from 'graphql';
import { pageArguments, toConnection } from './connection';
import { decodeCursor, encodeCursor } from './keyset-cursor';

describe('keyset cursors', () => {
  it('round-trips a sort key', () => {
    expect(decodeCursor(encodeCursor(['Drareni', 'Khaled', '7c0e']), 3)).toEqual(['Drareni', 'Khaled', '7c0e']);
  });

  it('refuses garbage and cursors of another shape as BAD_USER_INPUT on `after`', () => {
    for (const cursor of ['garbage', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')]) {
      let error: GraphQLError | undefined;
      try {
        decodeCursor(cursor, 2);
      } catch (caught) {
        error = caught as GraphQLError;
      }
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidFields: [{ field: 'after' }] });
    }
  });
});

describe('connections', () => {
  it('uses the extra row only to say there is a next page', () => {
    const page = toConnection(['a', 'b', 'c'], 2, (node) => `cursor-${node}`, 10);
    expect(page).toEqual({
      edges: [{ cursor: 'cursor-a', node: 'a' }, { cursor: 'cursor-b', node: 'b' }],
      pageInfo: { hasNextPage: true, endCursor: 'cursor-b' },
      totalCount: 10,
    });
    expect(toConnection([], 2, String, 0).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('defaults `first` to 20 and bounds it to 1..100', () => {
    expect(pageArguments.parse({})).toEqual({ first: 20 });
    expect(pageArguments.safeParse({ first: 101 }).success).toBe(false);
    expect(pageArguments.safeParse({ first: 0 }).success).toBe(false);
  });
});

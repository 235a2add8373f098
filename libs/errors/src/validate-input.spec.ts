import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { calendarDate, isoCountryCode, languageCode, localizedTexts, text } from './input-schemas';
import { validateInput } from './validate-input';

const schema = z.object({ country: isoCountryCode, language: languageCode, on: calendarDate, name: text(5), texts: localizedTexts(10) });

describe('validateInput', () => {
  it('normalises valid input', () => {
    const value = validateInput(schema, { country: 'dz', language: 'FR', on: '2017-10-26', name: ' Su ', texts: [{ language: 'fr', text: 'x' }] });
    expect(value).toEqual({ country: 'DZ', language: 'fr', on: '2017-10-26', name: 'Su', texts: [{ language: 'fr', text: 'x' }] });
  });

  it('reports every invalid field as BAD_USER_INPUT', () => {
    let error: GraphQLError | undefined;
    try {
      validateInput(schema, { country: 'QQ', language: 'zz', on: '2017-02-30', name: '', texts: [] });
    } catch (caught) {
      error = caught as GraphQLError;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    const fields = (error?.extensions.invalidFields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(['input.country', 'input.language', 'input.on', 'input.name', 'input.texts']);
    expect(error?.message).toContain('input.country: must be an ISO 3166-1 alpha-2 country code');
  });

  it('refuses the same language twice', () => {
    expect(() => validateInput(schema.shape.texts, [{ language: 'fr', text: 'a' }, { language: 'FR', text: 'b' }], 'summary')).toThrow(
      /summary: has the same language twice/,
    );
  });
});

describe('validateInput of a whole argument list', () => {
  it('names the invalid arguments themselves', () => {
    const args = z.object({ caseId: z.uuid(), period: calendarDate });
    expect(() => validateInput(args, { caseId: 'nope', period: '2020-11-20' }, '')).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/^Invalid arguments\. caseId: /), extensions: expect.objectContaining({ invalidFields: [{ field: 'caseId', message: expect.any(String) }] }) }),
    );
  });
});

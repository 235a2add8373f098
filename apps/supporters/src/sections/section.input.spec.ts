import { GraphQLError } from 'graphql';
import { validateInput } from '@plume/errors';
import { saveSectionInput } from './section.input';

describe('saveSectionInput', () => {
  const section = { code: 'be-fr', name: 'Amnesty International Belgique francophone', country: 'BE', languages: ['fr'], contactEmail: 'info@amnesty.be' };

  it('keeps website origins as origins', () => {
    expect(validateInput(saveSectionInput, { ...section, websiteOrigins: ['https://www.amnesty.be/', 'https://www.amnesty.be'] }).websiteOrigins).toEqual(['https://www.amnesty.be']);
  });

  it('refuses origins that are not URLs as BAD_USER_INPUT instead of throwing (found by the fuzz test)', () => {
    for (const origin of ['http://', 'nope', 'https://www.amnesty.be/fr']) {
      expect(() => validateInput(saveSectionInput, { ...section, websiteOrigins: [origin] })).toThrow(
        expect.objectContaining({ constructor: GraphQLError, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    }
  });
});

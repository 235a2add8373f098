import { parse, type OperationDefinitionNode } from 'graphql';
import { ANONYMOUS, type Principal } from '@plume/auth';
import { cacheKey, cacheScopeOf, isCacheableOperation } from './cache-policy';

const caller = (role: string, section: string | null = null) => ({ kind: 'authenticated', role, subject: `${role}-1`, section }) as Principal;

const cacheable = (source: string) => {
  const document = parse(source);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition')!;
  return isCacheableOperation(operation, document);
};

describe('what the response cache may keep', () => {
  it('keeps anonymous answers in one class and section websites’ answers per section', () => {
    expect(cacheScopeOf(ANONYMOUS)).toBe('anonymous');
    expect(cacheScopeOf(caller('site', 'BE-FR'))).toBe('site:BE-FR');
    expect(cacheScopeOf(caller('site', 'DZ'))).toBe('site:DZ');
  });

  it('never keeps the answers of staff, analysts, admins and services, nor of a site token without a section', () => {
    for (const role of ['staff', 'analyst', 'admin', 'service']) expect(cacheScopeOf(caller(role, 'BE-FR'))).toBeUndefined();
    expect(cacheScopeOf(caller('site'))).toBeUndefined();
  });

  it('keeps queries of the public case and campaign content, fragments at the root included', () => {
    expect(cacheable('query($slug: String!) { case(slug: $slug) { personName actionStats { signatures } adopterCount } }')).toBe(true);
    expect(cacheable('{ cases(first: 5) { totalCount } campaigns { code } campaign(code: "W4R-2020") { name } __typename }')).toBe(true);
    expect(cacheable('query { ...Page } fragment Page on Query { case(slug: "x") { id } ... on Query { campaigns { code } } }')).toBe(true);
  });

  it('never keeps mutations, other root fields, or a query mixing them in', () => {
    expect(cacheable('mutation($caseId: ID!) { signPetition(caseId: $caseId) { accepted } }')).toBe(false);
    expect(cacheable('query($token: String!) { feedbackQuestionnaire(token: $token) { period } }')).toBe(false);
    expect(cacheable('{ case(slug: "x") { id } sections { code } }')).toBe(false);
    expect(cacheable('{ __schema { types { name } } }')).toBe(false);
    expect(cacheable('query { ...Missing }')).toBe(false);
    expect(cacheable('query { ...Loop } fragment Loop on Query { ...Loop }')).toBe(false);
  });

  it('keys an answer by caller class, document, operation and variables', () => {
    const key = cacheKey('anonymous', 'hash', 'CasePage', { slug: 'khaled-drareni', language: 'fr' });
    expect(cacheKey('anonymous', 'hash', 'CasePage', { slug: 'khaled-drareni', language: 'fr' })).toBe(key);
    expect(cacheKey('site:DZ', 'hash', 'CasePage', { slug: 'khaled-drareni', language: 'fr' })).not.toBe(key);
    expect(cacheKey('anonymous', 'other-hash', 'CasePage', { slug: 'khaled-drareni', language: 'fr' })).not.toBe(key);
    expect(cacheKey('anonymous', 'hash', undefined, { slug: 'khaled-drareni', language: 'fr' })).not.toBe(key);
    expect(cacheKey('anonymous', 'hash', 'CasePage', { slug: 'khaled-drareni', language: 'en' })).not.toBe(key);
  });
});

export { badUserInput, conflict, ErrorCode, forbidden, notFound, PUBLIC_ERROR_CODES, unauthenticated } from './graphql-errors';
export type { InvalidField } from './graphql-errors';
export { validateInput } from './validate-input';
export { calendarDate, httpUrl, isIsoCountryCode, isUuid, isLanguageCode, isoCountryCode, languageCode, localizedTexts, text } from './input-schemas';

export { contactReference, normalizeEmail } from './contact-reference';
export { tokenHash } from './token-hash';

/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AdoptCase($input: AdoptCaseInput!) {\n  adoptCase(input: $input) {\n    id\n    status\n    kit {\n      status\n    }\n  }\n}": typeof types.AdoptCaseDocument,
    "query CasePage($slug: String!, $language: String = \"fr\") {\n  case(slug: $slug) {\n    id\n    personName\n    country\n    status\n    statusChangedOn\n    summary(language: $language)\n    story(language: $language)\n    petitionText(language: $language)\n    imageUrl\n    moreInfoUrl\n    campaigns {\n      code\n      name(language: $language)\n      startsOn\n      endsOn\n    }\n    targets {\n      title\n      name\n      organisation\n      address {\n        street\n        postalCode\n        locality\n        country\n      }\n    }\n    letterTemplates(language: $language) {\n      language\n      subject\n      body\n      target {\n        title\n      }\n    }\n    updates(language: $language, first: 3) {\n      publishedAt\n      title\n    }\n    actionStats {\n      total\n      signatures\n      letters\n      distinctSigners\n    }\n    adopterCount\n    deliveries {\n      status\n      plannedFor\n      deliveredAt\n      embassy {\n        city(language: $language)\n      }\n      counts {\n        signatures\n        letters\n      }\n    }\n  }\n}": typeof types.CasePageDocument,
    "mutation ConfirmSignature($token: String!) {\n  confirmSignature(token: $token) {\n    confirmed\n    case {\n      id\n      actionStats {\n        signatures\n      }\n    }\n  }\n}": typeof types.ConfirmSignatureDocument,
    "mutation RecordAction($input: RecordActionInput!, $humanCheckToken: String) {\n  recordAction(input: $input, humanCheckToken: $humanCheckToken) {\n    id\n    type\n    status\n    case {\n      id\n      actionStats {\n        total\n      }\n    }\n  }\n}": typeof types.RecordActionDocument,
    "mutation RegisterSupporter($input: RegisterSupporterInput!, $humanCheckToken: String) {\n  registerSupporter(input: $input, humanCheckToken: $humanCheckToken) {\n    supporterId\n  }\n}": typeof types.RegisterSupporterDocument,
    "mutation RetractSignature($token: String!) {\n  retractSignature(token: $token) {\n    retracted\n    case {\n      id\n    }\n  }\n}": typeof types.RetractSignatureDocument,
    "mutation SignPetition($caseId: ID!, $signer: SignerInput!, $consent: PetitionConsentInput!, $idempotencyKey: String!, $humanCheckToken: String) {\n  signPetition(\n    caseId: $caseId\n    signer: $signer\n    consent: $consent\n    idempotencyKey: $idempotencyKey\n    humanCheckToken: $humanCheckToken\n  ) {\n    accepted\n    confirmationRequired\n    retractionToken\n    case {\n      id\n      actionStats {\n        signatures\n        distinctSigners\n      }\n    }\n  }\n}": typeof types.SignPetitionDocument,
};
const documents: Documents = {
    "mutation AdoptCase($input: AdoptCaseInput!) {\n  adoptCase(input: $input) {\n    id\n    status\n    kit {\n      status\n    }\n  }\n}": types.AdoptCaseDocument,
    "query CasePage($slug: String!, $language: String = \"fr\") {\n  case(slug: $slug) {\n    id\n    personName\n    country\n    status\n    statusChangedOn\n    summary(language: $language)\n    story(language: $language)\n    petitionText(language: $language)\n    imageUrl\n    moreInfoUrl\n    campaigns {\n      code\n      name(language: $language)\n      startsOn\n      endsOn\n    }\n    targets {\n      title\n      name\n      organisation\n      address {\n        street\n        postalCode\n        locality\n        country\n      }\n    }\n    letterTemplates(language: $language) {\n      language\n      subject\n      body\n      target {\n        title\n      }\n    }\n    updates(language: $language, first: 3) {\n      publishedAt\n      title\n    }\n    actionStats {\n      total\n      signatures\n      letters\n      distinctSigners\n    }\n    adopterCount\n    deliveries {\n      status\n      plannedFor\n      deliveredAt\n      embassy {\n        city(language: $language)\n      }\n      counts {\n        signatures\n        letters\n      }\n    }\n  }\n}": types.CasePageDocument,
    "mutation ConfirmSignature($token: String!) {\n  confirmSignature(token: $token) {\n    confirmed\n    case {\n      id\n      actionStats {\n        signatures\n      }\n    }\n  }\n}": types.ConfirmSignatureDocument,
    "mutation RecordAction($input: RecordActionInput!, $humanCheckToken: String) {\n  recordAction(input: $input, humanCheckToken: $humanCheckToken) {\n    id\n    type\n    status\n    case {\n      id\n      actionStats {\n        total\n      }\n    }\n  }\n}": types.RecordActionDocument,
    "mutation RegisterSupporter($input: RegisterSupporterInput!, $humanCheckToken: String) {\n  registerSupporter(input: $input, humanCheckToken: $humanCheckToken) {\n    supporterId\n  }\n}": types.RegisterSupporterDocument,
    "mutation RetractSignature($token: String!) {\n  retractSignature(token: $token) {\n    retracted\n    case {\n      id\n    }\n  }\n}": types.RetractSignatureDocument,
    "mutation SignPetition($caseId: ID!, $signer: SignerInput!, $consent: PetitionConsentInput!, $idempotencyKey: String!, $humanCheckToken: String) {\n  signPetition(\n    caseId: $caseId\n    signer: $signer\n    consent: $consent\n    idempotencyKey: $idempotencyKey\n    humanCheckToken: $humanCheckToken\n  ) {\n    accepted\n    confirmationRequired\n    retractionToken\n    case {\n      id\n      actionStats {\n        signatures\n        distinctSigners\n      }\n    }\n  }\n}": types.SignPetitionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdoptCase($input: AdoptCaseInput!) {\n  adoptCase(input: $input) {\n    id\n    status\n    kit {\n      status\n    }\n  }\n}"): (typeof documents)["mutation AdoptCase($input: AdoptCaseInput!) {\n  adoptCase(input: $input) {\n    id\n    status\n    kit {\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CasePage($slug: String!, $language: String = \"fr\") {\n  case(slug: $slug) {\n    id\n    personName\n    country\n    status\n    statusChangedOn\n    summary(language: $language)\n    story(language: $language)\n    petitionText(language: $language)\n    imageUrl\n    moreInfoUrl\n    campaigns {\n      code\n      name(language: $language)\n      startsOn\n      endsOn\n    }\n    targets {\n      title\n      name\n      organisation\n      address {\n        street\n        postalCode\n        locality\n        country\n      }\n    }\n    letterTemplates(language: $language) {\n      language\n      subject\n      body\n      target {\n        title\n      }\n    }\n    updates(language: $language, first: 3) {\n      publishedAt\n      title\n    }\n    actionStats {\n      total\n      signatures\n      letters\n      distinctSigners\n    }\n    adopterCount\n    deliveries {\n      status\n      plannedFor\n      deliveredAt\n      embassy {\n        city(language: $language)\n      }\n      counts {\n        signatures\n        letters\n      }\n    }\n  }\n}"): (typeof documents)["query CasePage($slug: String!, $language: String = \"fr\") {\n  case(slug: $slug) {\n    id\n    personName\n    country\n    status\n    statusChangedOn\n    summary(language: $language)\n    story(language: $language)\n    petitionText(language: $language)\n    imageUrl\n    moreInfoUrl\n    campaigns {\n      code\n      name(language: $language)\n      startsOn\n      endsOn\n    }\n    targets {\n      title\n      name\n      organisation\n      address {\n        street\n        postalCode\n        locality\n        country\n      }\n    }\n    letterTemplates(language: $language) {\n      language\n      subject\n      body\n      target {\n        title\n      }\n    }\n    updates(language: $language, first: 3) {\n      publishedAt\n      title\n    }\n    actionStats {\n      total\n      signatures\n      letters\n      distinctSigners\n    }\n    adopterCount\n    deliveries {\n      status\n      plannedFor\n      deliveredAt\n      embassy {\n        city(language: $language)\n      }\n      counts {\n        signatures\n        letters\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmSignature($token: String!) {\n  confirmSignature(token: $token) {\n    confirmed\n    case {\n      id\n      actionStats {\n        signatures\n      }\n    }\n  }\n}"): (typeof documents)["mutation ConfirmSignature($token: String!) {\n  confirmSignature(token: $token) {\n    confirmed\n    case {\n      id\n      actionStats {\n        signatures\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordAction($input: RecordActionInput!, $humanCheckToken: String) {\n  recordAction(input: $input, humanCheckToken: $humanCheckToken) {\n    id\n    type\n    status\n    case {\n      id\n      actionStats {\n        total\n      }\n    }\n  }\n}"): (typeof documents)["mutation RecordAction($input: RecordActionInput!, $humanCheckToken: String) {\n  recordAction(input: $input, humanCheckToken: $humanCheckToken) {\n    id\n    type\n    status\n    case {\n      id\n      actionStats {\n        total\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterSupporter($input: RegisterSupporterInput!, $humanCheckToken: String) {\n  registerSupporter(input: $input, humanCheckToken: $humanCheckToken) {\n    supporterId\n  }\n}"): (typeof documents)["mutation RegisterSupporter($input: RegisterSupporterInput!, $humanCheckToken: String) {\n  registerSupporter(input: $input, humanCheckToken: $humanCheckToken) {\n    supporterId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetractSignature($token: String!) {\n  retractSignature(token: $token) {\n    retracted\n    case {\n      id\n    }\n  }\n}"): (typeof documents)["mutation RetractSignature($token: String!) {\n  retractSignature(token: $token) {\n    retracted\n    case {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignPetition($caseId: ID!, $signer: SignerInput!, $consent: PetitionConsentInput!, $idempotencyKey: String!, $humanCheckToken: String) {\n  signPetition(\n    caseId: $caseId\n    signer: $signer\n    consent: $consent\n    idempotencyKey: $idempotencyKey\n    humanCheckToken: $humanCheckToken\n  ) {\n    accepted\n    confirmationRequired\n    retractionToken\n    case {\n      id\n      actionStats {\n        signatures\n        distinctSigners\n      }\n    }\n  }\n}"): (typeof documents)["mutation SignPetition($caseId: ID!, $signer: SignerInput!, $consent: PetitionConsentInput!, $idempotencyKey: String!, $humanCheckToken: String) {\n  signPetition(\n    caseId: $caseId\n    signer: $signer\n    consent: $consent\n    idempotencyKey: $idempotencyKey\n    humanCheckToken: $humanCheckToken\n  ) {\n    accepted\n    confirmationRequired\n    retractionToken\n    case {\n      id\n      actionStats {\n        signatures\n        distinctSigners\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
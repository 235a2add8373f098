/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD` (e.g. the day a person was released). */
  Date: { input: string; output: string; }
  /** An instant, RFC 3339 with an offset, e.g. `2020-11-20T09:00:00Z`. */
  DateTime: { input: string; output: string; }
};

/**
 * Something supporters did for a case: a letter, an email, a signature, the signatures of a paper petition, an event…
 * Readable by the staff of the section that collected it, analysts, admins and services.
 */
export type Action = {
  __typename?: 'Action';
  campaign?: Maybe<Campaign>;
  case: Case;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** How many actions this record counts (at least 1; e.g. the signatures on a paper sheet). */
  quantity: Scalars['Int']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** Code of the section that collected it, e.g. `BE-FR`. */
  section: Scalars['String']['output'];
  source: ActionSource;
  status: ActionStatus;
  supporter?: Maybe<Supporter>;
  type: ActionType;
};

export type ActionKit = {
  __typename?: 'ActionKit';
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  returnedAt?: Maybe<Scalars['DateTime']['output']>;
  shippedAt?: Maybe<Scalars['DateTime']['output']>;
  status: KitStatus;
};

/**
 * Counts of actions for the international secretariat. Never personal data. Computed from roll-ups kept up to date from
 * the action stream: `asOf` says up to when.
 */
export type ActionReport = {
  __typename?: 'ActionReport';
  /**
   * The time of the newest action event included; null before the first. An answer is served again for up to a minute
   * (REPORT_CACHE_MAX_AGE_SECONDS), so this says exactly how current its numbers are.
   */
  asOf?: Maybe<Scalars['DateTime']['output']>;
  /** The small-cell threshold applied: rows of fewer people in a section are merged into the suppressed row. */
  minPeople: Scalars['Int']['output'];
  rows: Array<ActionReportRow>;
  /** How many rows were merged into the suppressed row. */
  suppressedRows: Scalars['Int']['output'];
  totals: ActionReportTotals;
};

/** Counted actions only. Every list narrows the report to its values; empty or absent lists do not narrow. */
export type ActionReportFilter = {
  campaignIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  caseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** ISO 3166-1 alpha-2 codes of the cases' countries. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** First day included (UTC, by `occurredAt`). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Section codes, e.g. `BE-FR`. Staff may only ask for their own section (the default for them). */
  sections?: InputMaybe<Array<Scalars['String']['input']>>;
  sources?: InputMaybe<Array<ActionSource>>;
  /** Last day included (UTC). */
  to?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<ActionType>>;
};

/** One row of an action report: the values of the grouped dimensions (null when not grouped by it) and the measures. */
export type ActionReportRow = {
  __typename?: 'ActionReportRow';
  /** Counted action records. */
  actions: Scalars['Int']['output'];
  campaign?: Maybe<Campaign>;
  case?: Maybe<Case>;
  /** ISO 3166-1 alpha-2 code of the case's country. */
  country?: Maybe<Scalars['String']['output']>;
  /** People among them who signed online. Exact. Null on the suppressed row. */
  distinctSigners?: Maybe<Scalars['Int']['output']>;
  /**
   * People who took these actions: supporters known by id (questionnaire answers, staff records) and online signers
   * (recognised by their contact reference). Anonymous actions (paper petitions, events, imports without a supporter)
   * count no one. Exact. Null on the suppressed row.
   */
  distinctSupporters?: Maybe<Scalars['Int']['output']>;
  /** The period of the row: `2019`, `2019-12`, `2019-W49` (ISO week) or `2019-12-10`; null when not grouped by period. */
  period?: Maybe<Scalars['String']['output']>;
  /** The first day of the period. */
  periodStart?: Maybe<Scalars['Date']['output']>;
  /** The sum of their quantities: letters, signatures (a paper petition counts its signatures), events… */
  quantity: Scalars['Int']['output'];
  section?: Maybe<Scalars['String']['output']>;
  source?: Maybe<ActionSource>;
  /**
   * True for the one row that merges the rows of fewer than `minPeople` people in a section, so that no one can be singled
   * out: it carries their actions and quantities, no dimensions and no people counts.
   */
  suppressed: Scalars['Boolean']['output'];
  type?: Maybe<ActionType>;
};

export type ActionReportTotals = {
  __typename?: 'ActionReportTotals';
  actions: Scalars['Int']['output'];
  distinctSigners: Scalars['Int']['output'];
  /** Distinct people over the whole report (not the sum of the rows: one person may act in several rows). */
  distinctSupporters: Scalars['Int']['output'];
  quantity: Scalars['Int']['output'];
};

export type ActionReview =
  | 'CONFIRM'
  | 'REJECT';

export type ActionSource =
  | 'EVENT'
  | 'IMPORT'
  /** A supporter's answer to the monthly questionnaire. */
  | 'QUESTIONNAIRE'
  /** Recorded by the section's staff. */
  | 'STAFF'
  /** A section website (one-click signature, email, tweet or letter sent from a case page). */
  | 'WEBSITE';

export type ActionSourceCount = {
  __typename?: 'ActionSourceCount';
  quantity: Scalars['Int']['output'];
  source: ActionSource;
};

/** Counted actions (status ACCEPTED), kept as running totals: exact under concurrent writes, never recomputed on read. */
export type ActionStats = {
  __typename?: 'ActionStats';
  /** Non-zero totals by source. */
  bySource: Array<ActionSourceCount>;
  /** Non-zero totals by action type. */
  byType: Array<ActionTypeCount>;
  /**
   * People who signed online: one per person and case; for a campaign, a person signing several of its cases counts once
   * (an erased signer can no longer be recognised, so each erased signature counts as one signer). Null for a supporter.
   */
  distinctSigners?: Maybe<Scalars['Int']['output']>;
  letters: Scalars['Int']['output'];
  onlineSignatures: Scalars['Int']['output'];
  paperSignatures: Scalars['Int']['output'];
  /** The section these totals are for; null for all sections together. */
  section?: Maybe<Scalars['String']['output']>;
  /** Online and paper signatures. */
  signatures: Scalars['Int']['output'];
  /** Every counted action (the sum of quantities). */
  total: Scalars['Int']['output'];
};

export type ActionStatus =
  /** Counted. */
  | 'ACCEPTED'
  /** Recorded by staff, counted once confirmed (reviewAction). */
  | 'PENDING_CONFIRMATION'
  /** Not counted: staff rejected it. */
  | 'REJECTED'
  /** No longer counted: the signer retracted it, or a newer questionnaire answer replaced it. */
  | 'RETRACTED';

export type ActionType =
  | 'DRAWING'
  | 'EMAIL'
  /** An event organised, e.g. a local letter-writing marathon. */
  | 'EVENT'
  | 'LETTER'
  /** One person's signature on a case's online petition (signPetition). */
  | 'ONLINE_SIGNATURE'
  | 'OTHER'
  /** Signatures collected on paper petitions; `quantity` is their number. */
  | 'PAPER_SIGNATURES'
  | 'POSTCARD'
  | 'TWEET';

export type ActionTypeCount = {
  __typename?: 'ActionTypeCount';
  quantity: Scalars['Int']['output'];
  type: ActionType;
};

export type AddLetterTemplateInput = {
  body: Scalars['String']['input'];
  caseId: Scalars['ID']['input'];
  language: Scalars['String']['input'];
  subject: Scalars['String']['input'];
  targetId?: InputMaybe<Scalars['ID']['input']>;
};

export type AddTargetInput = {
  address: PostalAddressInput;
  caseId: Scalars['ID']['input'];
  country: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  organisation: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type AdoptCaseInput = {
  caseId: Scalars['ID']['input'];
  supporterId: Scalars['ID']['input'];
};

/**
 * A supporter acting for one person at risk, month after month, until that person is free.
 * Visible to the section's website and staff; the supporter behind it to staff only.
 */
export type Adoption = {
  __typename?: 'Adoption';
  case: Case;
  endReason?: Maybe<AdoptionEndReason>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Monthly questionnaires of this adoption, newest first (staff only). */
  feedbackRequests: Array<FeedbackRequest>;
  id: Scalars['ID']['output'];
  kit: ActionKit;
  startedAt: Scalars['DateTime']['output'];
  status: AdoptionStatus;
  supporter: Supporter;
};

export type AdoptionEndReason =
  | 'CASE_CLOSED'
  /** The person was freed: the good news is passed on to the supporter. */
  | 'CASE_RELEASED'
  | 'SUPPORTER_LEFT'
  /** The supporter now acts for another person. */
  | 'SWITCHED';

export type AdoptionStatus =
  | 'ACTIVE'
  | 'ENDED';

/** What a section collected for a case and has not handed over yet. */
export type AwaitingDelivery = {
  __typename?: 'AwaitingDelivery';
  /** Everything collected so far, handed over or not. */
  collected: HandoverCounts;
  /** The cut-off of the section's last handover for this case, if any. */
  lastCutoffAt?: Maybe<Scalars['DateTime']['output']>;
  letters: Scalars['Int']['output'];
  onlineSignatures: Scalars['Int']['output'];
  paperSignatures: Scalars['Int']['output'];
  section: Scalars['String']['output'];
  signatures: Scalars['Int']['output'];
};

/** A campaign: one year of the global marathon, a section's individual-at-risk programme, an urgent action. */
export type Campaign = {
  __typename?: 'Campaign';
  /** Public counters of the campaign, for all sections or for one. */
  actionStats?: Maybe<ActionStats>;
  /** The campaign's cases, published ones only for the public. */
  cases: CaseConnection;
  /** Stable code, e.g. `W4R-2020`. */
  code: Scalars['String']['output'];
  endsOn?: Maybe<Scalars['Date']['output']>;
  goals: CampaignGoals;
  id: Scalars['ID']['output'];
  kind: CampaignKind;
  /** The name in `language` (ISO 639-1), or in English, or in the first language available. */
  name: Scalars['String']['output'];
  /** Every translation of the name. */
  names: Array<LocalizedText>;
  startsOn: Scalars['Date']['output'];
  status: CampaignStatus;
};


/** A campaign: one year of the global marathon, a section's individual-at-risk programme, an urgent action. */
export type CampaignActionStatsArgs = {
  section?: InputMaybe<Scalars['String']['input']>;
};


/** A campaign: one year of the global marathon, a section's individual-at-risk programme, an urgent action. */
export type CampaignCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A campaign: one year of the global marathon, a section's individual-at-risk programme, an urgent action. */
export type CampaignNameArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type CampaignGoals = {
  __typename?: 'CampaignGoals';
  actions?: Maybe<Scalars['Int']['output']>;
  letters?: Maybe<Scalars['Int']['output']>;
  signatures?: Maybe<Scalars['Int']['output']>;
};

export type CampaignGoalsInput = {
  actions?: InputMaybe<Scalars['Int']['input']>;
  letters?: InputMaybe<Scalars['Int']['input']>;
  signatures?: InputMaybe<Scalars['Int']['input']>;
};

export type CampaignKind =
  /** The yearly global letter-writing marathon (Write for Rights), 20 November – 31 December. */
  | 'GLOBAL_MARATHON'
  /** A section's long-running network: a supporter adopts one person at risk and writes every month. */
  | 'INDIVIDUAL_AT_RISK'
  | 'URGENT_ACTION';

export type CampaignStatus =
  | 'ACTIVE'
  /** Being prepared; visible to staff only. */
  | 'DRAFT'
  | 'ENDED';

export type CancelDeliveryInput = {
  deliveryId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/**
 * A person (or group) at risk on whose behalf supporters act.
 * Localized fields take a `language` (ISO 639-1) and fall back to the case's `defaultLanguage`.
 */
export type Case = {
  __typename?: 'Case';
  /** Public counters of the case, for all sections or for one (`section`, e.g. `DZ`). */
  actionStats?: Maybe<ActionStats>;
  /** How many supporters, of every section, act for this person right now. Public. */
  adopterCount?: Maybe<Scalars['Int']['output']>;
  /** Active adoptions of this case by supporters of the caller's section (staff only). */
  adopters?: Maybe<Array<Adoption>>;
  /** Languages in which the summary is available. */
  availableLanguages: Array<Scalars['String']['output']>;
  /** Per section, the signatures and letters collected since its last handover. */
  awaitingDelivery?: Maybe<Array<AwaitingDelivery>>;
  campaigns: Array<Campaign>;
  /** ISO 3166-1 alpha-2 code of the country where the person is at risk. */
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  defaultLanguage: Scalars['String']['output'];
  /** Handovers of this case's petitions, newest first; `section` narrows them to one section. */
  deliveries?: Maybe<Array<Delivery>>;
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['String']['output']>;
  /** Letter templates in `language`, or in the case's default language when there are none in it. */
  letterTemplates: Array<LetterTemplate>;
  moreInfoUrl?: Maybe<Scalars['String']['output']>;
  personName: Scalars['String']['output'];
  petitionText: Scalars['String']['output'];
  posterUrl?: Maybe<Scalars['String']['output']>;
  /** False while staff prepare the case; unpublished cases are invisible to the public. */
  published: Scalars['Boolean']['output'];
  /** URL-friendly identifier used by section websites, e.g. `khaled-drareni`. */
  slug: Scalars['String']['output'];
  status: CaseStatus;
  /** The date the current status took effect (release or closure). */
  statusChangedOn?: Maybe<Scalars['Date']['output']>;
  story: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  /** The authorities to write to. */
  targets: Array<Target>;
  themes: Array<Scalars['String']['output']>;
  /** Which translations exist (staff, analysts and admins only). */
  translations: Array<CaseTranslation>;
  updatedAt: Scalars['DateTime']['output'];
  /** Dated news about the case, newest first. */
  updates: Array<CaseUpdate>;
};


/**
 * A person (or group) at risk on whose behalf supporters act.
 * Localized fields take a `language` (ISO 639-1) and fall back to the case's `defaultLanguage`.
 */
export type CaseActionStatsArgs = {
  section?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A person (or group) at risk on whose behalf supporters act.
 * Localized fields take a `language` (ISO 639-1) and fall back to the case's `defaultLanguage`.
 */
export type CaseAwaitingDeliveryArgs = {
  section?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A person (or group) at risk on whose behalf supporters act.
 * Localized fields take a `language` (ISO 639-1) and fall back to the case's `defaultLanguage`.
 */
export type CaseDeliveriesArgs = {
  section?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A person (or group) at risk on whose behalf supporters act.
 * Localized fields take a `language` (ISO 639-1) and fall back to the case's `defaultLanguage`.
 */
export type CaseLetterTemplatesArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A person (or group) at risk on whose behalf supporters act.
 * Localized fields take a `language` (ISO 639-1) and fall back to the case's `defaultLanguage`.
 */
export type CasePetitionTextArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A person (or group) at risk on whose behalf supporters act.
 * Localized fields take a `language` (ISO 639-1) and fall back to the case's `defaultLanguage`.
 */
export type CaseStoryArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A person (or group) at risk on whose behalf supporters act.
 * Localized fields take a `language` (ISO 639-1) and fall back to the case's `defaultLanguage`.
 */
export type CaseSummaryArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A person (or group) at risk on whose behalf supporters act.
 * Localized fields take a `language` (ISO 639-1) and fall back to the case's `defaultLanguage`.
 */
export type CaseUpdatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
};

export type CaseConnection = {
  __typename?: 'CaseConnection';
  edges: Array<CaseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CaseEdge = {
  __typename?: 'CaseEdge';
  cursor: Scalars['String']['output'];
  node: Case;
};

export type CaseFilter = {
  campaignCode?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
  theme?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A case in a report: what was collected for it (actions subgraph). Ask the gateway for the rest through `case`:
 * status and dates (cases), adopters (supporters), handovers (deliveries).
 */
export type CaseReportRow = {
  __typename?: 'CaseReportRow';
  /** Every counted action (the sum of quantities). */
  actions: Scalars['Int']['output'];
  case: Case;
  /** People who signed online. */
  distinctSigners: Scalars['Int']['output'];
  letters: Scalars['Int']['output'];
  onlineSignatures: Scalars['Int']['output'];
  paperSignatures: Scalars['Int']['output'];
  /** Online and paper signatures collected. */
  signatures: Scalars['Int']['output'];
};

export type CaseStatus =
  | 'ACTIVE'
  /** Action ended for another reason; `statusChangedOn` gives the date. */
  | 'CLOSED'
  /** The person was freed; `statusChangedOn` gives the date. */
  | 'RELEASED';

export type CaseTranslation = {
  __typename?: 'CaseTranslation';
  language: Scalars['String']['output'];
  letterTemplates: Scalars['Int']['output'];
  petitionText: Scalars['Boolean']['output'];
  story: Scalars['Boolean']['output'];
  summary: Scalars['Boolean']['output'];
};

export type CaseUpdate = {
  __typename?: 'CaseUpdate';
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The language the title and body below are in (the requested one, or the fallback). */
  language: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
};

export type ChangeCaseStatusInput = {
  caseId: Scalars['ID']['input'];
  /** The day the change happened in the world (e.g. the release date). */
  effectiveOn: Scalars['Date']['input'];
  status: CaseStatus;
};

/** How much a supporter commits to do: "un peu, beaucoup, passionnément". At the minimum, one letter a month. */
export type CommitmentLevel =
  | 'A_LITTLE'
  | 'A_LOT'
  | 'PASSIONATELY';

export type ConfirmSignaturePayload = {
  __typename?: 'ConfirmSignaturePayload';
  /** The case, with counters as they are after the confirmation. */
  case: Case;
  confirmed: Scalars['Boolean']['output'];
};

export type Consent = {
  __typename?: 'Consent';
  granted: Scalars['Boolean']['output'];
  purpose: ConsentPurpose;
  recordedAt: Scalars['DateTime']['output'];
  source: ConsentSource;
  /** Language of that text (ISO 639-1). */
  textLanguage: Scalars['String']['output'];
  /** Version of the consent text the supporter agreed to (or withdrew from), e.g. `2024-01`. */
  textVersion: Scalars['String']['output'];
};

export type ConsentInput = {
  granted: Scalars['Boolean']['input'];
  purpose: ConsentPurpose;
};

/** What a supporter agreed to (or withdrew). */
export type ConsentPurpose =
  /** Emails from the section, including the monthly questionnaire. */
  | 'EMAIL_CONTACT'
  /** Postal mail, including the action kit. */
  | 'POSTAL_MAIL'
  /** Sharing their details within the section: local groups, events, the summer university workshop. */
  | 'SHARING_WITH_SECTION';

/** Where a consent was given: on the section's website, or entered by the section's staff. */
export type ConsentSource =
  | 'STAFF'
  | 'WEBSITE';

export type CreateCampaignInput = {
  code: Scalars['String']['input'];
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  goals?: InputMaybe<CampaignGoalsInput>;
  kind: CampaignKind;
  names: Array<LocalizedTextInput>;
  startsOn: Scalars['Date']['input'];
  status?: InputMaybe<CampaignStatus>;
};

export type CreateCaseInput = {
  campaignCodes: Array<Scalars['String']['input']>;
  country: Scalars['String']['input'];
  defaultLanguage: Scalars['String']['input'];
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  moreInfoUrl?: InputMaybe<Scalars['String']['input']>;
  personName: Scalars['String']['input'];
  petitionText: Array<LocalizedTextInput>;
  posterUrl?: InputMaybe<Scalars['String']['input']>;
  published?: InputMaybe<Scalars['Boolean']['input']>;
  slug: Scalars['String']['input'];
  story: Array<LocalizedTextInput>;
  summary: Array<LocalizedTextInput>;
  themes: Array<Scalars['String']['input']>;
};

export type CreateEmbassyInput = {
  /** The local name, e.g. `Bruxelles`. */
  city: Scalars['String']['input'];
  /** The city in other languages, e.g. `[{ language: "en", name: "Brussels" }]`. */
  cityNames?: InputMaybe<Array<EmbassyCityNameInput>>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  hostCountry: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  representedCountry: Scalars['String']['input'];
  street: Scalars['String']['input'];
};

/** The official handover of a case's collected petitions (and letters) to an embassy, by one section. */
export type Delivery = {
  __typename?: 'Delivery';
  case: Case;
  /** What was handed over, frozen at the cut-off (null until delivered). */
  counts?: Maybe<HandoverCounts>;
  createdAt: Scalars['DateTime']['output'];
  /** Everything the section collected up to this instant, and no earlier delivery covered, was handed over. */
  cutoffAt?: Maybe<Scalars['DateTime']['output']>;
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The staff member who recorded the handover. Staff of the delivery's section only. */
  deliveredBy?: Maybe<Scalars['String']['output']>;
  embassy: Embassy;
  evidence: Array<Evidence>;
  /** Every status the delivery went through, oldest first. */
  history: Array<DeliveryStatusChange>;
  id: Scalars['ID']['output'];
  /** Internal notes: staff of the delivery's section only. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The list of signatures handed over (delivered handovers only). Staff of the delivery's section only. */
  petitionList?: Maybe<PetitionList>;
  plannedFor?: Maybe<Scalars['Date']['output']>;
  receivedBy?: Maybe<ReceivedBy>;
  /** Code of the section handing over, e.g. `BE-FR`. */
  section: Scalars['String']['output'];
  status: DeliveryStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type DeliveryStatus =
  /** Called off by staff, or because the case was released or closed. */
  | 'CANCELLED'
  /** Handed over: `deliveredAt`, `cutoffAt` and `counts` are set. */
  | 'DELIVERED'
  /** Planned for `plannedFor`. */
  | 'PLANNED'
  /** Put off (to `plannedFor` when a new date is known). */
  | 'POSTPONED'
  /** The embassy refused the petitions: what was collected stays awaiting delivery. */
  | 'REFUSED';

export type DeliveryStatusChange = {
  __typename?: 'DeliveryStatusChange';
  at: Scalars['DateTime']['output'];
  /** The planned date after this change. */
  plannedFor?: Maybe<Scalars['Date']['output']>;
  /** Why (cancellation, refusal, postponement). Internal: staff of the delivery's section only. */
  reason?: Maybe<Scalars['String']['output']>;
  status: DeliveryStatus;
};

export type DeliveryWarning = {
  __typename?: 'DeliveryWarning';
  /** e.g. `CASE_RELEASED` */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** An embassy in the directory shared by every case and section: where petitions are handed over. */
export type Embassy = {
  __typename?: 'Embassy';
  address: EmbassyAddress;
  /** The city in `language` when a translation exists (e.g. `Brussels`), else its local name (`Bruxelles`). */
  city: Scalars['String']['output'];
  contactEmail?: Maybe<Scalars['String']['output']>;
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code of the country the embassy is in (where the section works). */
  hostCountry: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Internal remarks (staff, analysts, admins). */
  notes?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code of the country the embassy represents (the country where the person is at risk). */
  representedCountry: Scalars['String']['output'];
};


/** An embassy in the directory shared by every case and section: where petitions are handed over. */
export type EmbassyCityArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

export type EmbassyAddress = {
  __typename?: 'EmbassyAddress';
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 */
  country: Scalars['String']['output'];
  postalCode?: Maybe<Scalars['String']['output']>;
  street: Scalars['String']['output'];
};

export type EmbassyCityNameInput = {
  /** ISO 639-1, e.g. `en` */
  language: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type ErasureReceipt = {
  __typename?: 'ErasureReceipt';
  erasedAt: Scalars['DateTime']['output'];
  supporterId: Scalars['ID']['output'];
};

/** A link showing the handover happened (photos, press coverage). Staff, analysts and admins. */
export type Evidence = {
  __typename?: 'Evidence';
  caption?: Maybe<Scalars['String']['output']>;
  kind: EvidenceKind;
  url: Scalars['String']['output'];
};

export type EvidenceInput = {
  caption?: InputMaybe<Scalars['String']['input']>;
  kind: EvidenceKind;
  url: Scalars['String']['input'];
};

export type EvidenceKind =
  | 'OTHER'
  | 'PHOTO'
  | 'PRESS'
  | 'SOCIAL_MEDIA'
  | 'VIDEO';

export type FeedbackEntry = {
  __typename?: 'FeedbackEntry';
  case: Case;
  letters: Scalars['Int']['output'];
  otherActions: Scalars['Int']['output'];
  signaturesCollected: Scalars['Int']['output'];
};

export type FeedbackEntryInput = {
  caseId: Scalars['ID']['input'];
  /** Letters sent during the month for this person: 0 to 10,000. */
  letters: Scalars['Int']['input'];
  /** Other actions (a poster put up, a stand, a workshop…): 0 to 1,000. */
  otherActions: Scalars['Int']['input'];
  /** Signatures collected on paper petitions during the month: 0 to 10,000. */
  signaturesCollected: Scalars['Int']['input'];
};

/** What the questionnaire page needs to show, from the token of the emailed link. */
export type FeedbackQuestionnaire = {
  __typename?: 'FeedbackQuestionnaire';
  /** The adopted case. */
  case: Case;
  /** The month it is about, `YYYY-MM`. */
  period: Scalars['String']['output'];
  section: Scalars['String']['output'];
  /** The answer already given for this month, to pre-fill the form. */
  submission?: Maybe<FeedbackSubmission>;
};

/** The monthly questionnaire due for an adoption. The link sent by email carries `token`. */
export type FeedbackRequest = {
  __typename?: 'FeedbackRequest';
  adoption: Adoption;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** `YYYY-MM` */
  period: Scalars['String']['output'];
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Unguessable; identifies the questionnaire without naming the supporter. */
  token: Scalars['String']['output'];
};

export type FeedbackRun = {
  __typename?: 'FeedbackRun';
  /** Requests created by this run (0 when they all existed already). */
  created: Scalars['Int']['output'];
  period: Scalars['String']['output'];
};

/** A supporter's answer to the monthly questionnaire. Answering again for the same month replaces it (`revision` + 1). */
export type FeedbackSubmission = {
  __typename?: 'FeedbackSubmission';
  entries: Array<FeedbackEntry>;
  id: Scalars['ID']['output'];
  /** `YYYY-MM` */
  period: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  submittedAt: Scalars['DateTime']['output'];
};

/** What a handover contained. Signatures are online plus paper. */
export type HandoverCounts = {
  __typename?: 'HandoverCounts';
  letters: Scalars['Int']['output'];
  onlineSignatures: Scalars['Int']['output'];
  paperSignatures: Scalars['Int']['output'];
  signatures: Scalars['Int']['output'];
};

export type InvalidateSignaturesInput = {
  /** Addresses the signatures came from, in CIDR notation, e.g. `203.0.113.0/24` or `2001:db8::/48`. */
  addressBlock?: InputMaybe<Scalars['String']['input']>;
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** True: only count what would be rejected. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The part of the signers' emails after `@`, e.g. `mailinator.com` (subdomains included). */
  emailDomain?: InputMaybe<Scalars['String']['input']>;
  /** Signatures made at or after this instant… */
  signedFrom: Scalars['DateTime']['input'];
  /** …and strictly before this one (at most 31 days later). */
  signedUntil: Scalars['DateTime']['input'];
};

/**
 * The postal action kit (letter template, petition, poster): REQUESTED → SHIPPED → DELIVERED | RETURNED.
 * A returned kit may be shipped again.
 */
export type KitStatus =
  | 'DELIVERED'
  | 'REQUESTED'
  | 'RETURNED'
  | 'SHIPPED';

export type LetterTemplate = {
  __typename?: 'LetterTemplate';
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  language: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  /** The authority the letter is addressed to, when it is written for one. */
  target?: Maybe<Target>;
};

export type LocalizedText = {
  __typename?: 'LocalizedText';
  language: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type LocalizedTextInput = {
  /** ISO 639-1, e.g. `fr` */
  language: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Admin only. */
  addLetterTemplate: LetterTemplate;
  /** Admin only. */
  addTarget: Target;
  /** A section's website or staff. Refused for a released or closed case. */
  adoptCase: Adoption;
  /** Staff of the delivery's section. */
  cancelDelivery: Delivery;
  /** Admin only. Releasing or closing a case ends adoptions and cancels planned handovers elsewhere (through events). */
  changeCaseStatus: Case;
  /** Double opt-in: the link emailed to the signer. The signature counts from now on. Idempotent. */
  confirmSignature: ConfirmSignaturePayload;
  /** Admin only. */
  createCampaign: Campaign;
  /** Admin only. */
  createCase: Case;
  /** Admins, and staff for embassies in their section's country. */
  createEmbassy: Embassy;
  /** A section's website or staff: the supporter stops acting for this person (SUPPORTER_LEFT). */
  endAdoption: Adoption;
  /** Staff of the section: wipes the personal data for good, removes consents and the contact reference, ends adoptions. */
  eraseSupporter: ErasureReceipt;
  /**
   * Staff of the section: rejects the section's online signatures made in a time window, narrowed to a case, an address
   * block and/or an email domain (a flood by a bot or a troll farm). They stop counting (counters corrected,
   * `action.retracted` with reason INVALIDATED), leave the petition lists and lose their personal data. `dryRun` only counts.
   */
  invalidateSignatures: SignatureInvalidation;
  /** Staff of the section. */
  pauseSupporter: Supporter;
  /** Staff, for their section. Refused for a CLOSED case; a RELEASED case gives a warning. */
  planDelivery: PlanDeliveryPayload;
  /** Staff of the delivery's section. */
  postponeDelivery: Delivery;
  /** Admin only. */
  publishCaseUpdate: CaseUpdate;
  /** Section websites (online emails, tweets, letters) and staff (events, paper signatures, imports), for their section. */
  recordAction: Action;
  /** Staff of the section: consents given by post, by phone, at a stand… */
  recordConsents: Supporter;
  /** Staff of the delivery's section: freezes the counts collected up to the cut-off that no earlier handover covered. */
  recordHandover: Delivery;
  /** Staff of the section. */
  recordKitStatus: Adoption;
  /** Staff of the delivery's section: the embassy refused; what was collected stays awaiting delivery. */
  recordRefusal: Delivery;
  /** A section's website or staff, for their own section. Registering an email the section knows updates its consents only. */
  registerSupporter: RegistrationReceipt;
  /** Staff of the section: creates the monthly questionnaires of the section's active adoptions for `period` (`YYYY-MM`, not in the future). Idempotent. */
  requestMonthlyFeedback: FeedbackRun;
  /** Staff of the section. */
  resumeSupporter: Supporter;
  /** The signer's own "that was not me" link: the signature stops counting and its personal data is wiped. */
  retractSignature: RetractSignaturePayload;
  /** Staff of the section: confirms (counts) or rejects an action recorded as PENDING_CONFIRMATION. */
  reviewAction: Action;
  /** Admin only: creates or updates a section. */
  saveSection: Section;
  /**
   * Section websites (`site`): one click, one signature, counted at once. Idempotent on `idempotencyKey` (a double click
   * or a retried request records one signature). One person (by email) signs a case's petition once; a repeat is
   * accepted with the same answer and not counted again.
   */
  signPetition: SignPetitionPayload;
  /**
   * The monthly questionnaire, answered through the link of a feedback request (`token`). `period` (`YYYY-MM`) must be
   * the month of that request, not in the future. Answering again for the month replaces the earlier answer.
   */
  submitFeedback: FeedbackSubmission;
  /** A section's website or staff: ends an adoption (SWITCHED) and starts one for another person. Returns the new one. */
  switchCase: Adoption;
  /** Admin only. */
  updateCampaign: Campaign;
  /** Admin only. */
  updateCase: Case;
  /** Admins, and staff for embassies in their section's country. */
  updateEmbassy: Embassy;
  /** Staff of the section. */
  updateSupporter: Supporter;
};


export type MutationAddLetterTemplateArgs = {
  input: AddLetterTemplateInput;
};


export type MutationAddTargetArgs = {
  input: AddTargetInput;
};


export type MutationAdoptCaseArgs = {
  input: AdoptCaseInput;
};


export type MutationCancelDeliveryArgs = {
  input: CancelDeliveryInput;
};


export type MutationChangeCaseStatusArgs = {
  input: ChangeCaseStatusInput;
};


export type MutationConfirmSignatureArgs = {
  token: Scalars['String']['input'];
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationCreateCaseArgs = {
  input: CreateCaseInput;
};


export type MutationCreateEmbassyArgs = {
  input: CreateEmbassyInput;
};


export type MutationEndAdoptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEraseSupporterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationInvalidateSignaturesArgs = {
  input: InvalidateSignaturesInput;
};


export type MutationPauseSupporterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPlanDeliveryArgs = {
  input: PlanDeliveryInput;
};


export type MutationPostponeDeliveryArgs = {
  input: PostponeDeliveryInput;
};


export type MutationPublishCaseUpdateArgs = {
  input: PublishCaseUpdateInput;
};


export type MutationRecordActionArgs = {
  humanCheckToken?: InputMaybe<Scalars['String']['input']>;
  input: RecordActionInput;
};


export type MutationRecordConsentsArgs = {
  input: RecordConsentsInput;
  supporterId: Scalars['ID']['input'];
};


export type MutationRecordHandoverArgs = {
  input: RecordHandoverInput;
};


export type MutationRecordKitStatusArgs = {
  input: RecordKitStatusInput;
};


export type MutationRecordRefusalArgs = {
  input: RecordRefusalInput;
};


export type MutationRegisterSupporterArgs = {
  humanCheckToken?: InputMaybe<Scalars['String']['input']>;
  input: RegisterSupporterInput;
};


export type MutationRequestMonthlyFeedbackArgs = {
  period: Scalars['String']['input'];
};


export type MutationResumeSupporterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetractSignatureArgs = {
  token: Scalars['String']['input'];
};


export type MutationReviewActionArgs = {
  decision: ActionReview;
  id: Scalars['ID']['input'];
};


export type MutationSaveSectionArgs = {
  input: SaveSectionInput;
};


export type MutationSignPetitionArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  caseId: Scalars['ID']['input'];
  consent: PetitionConsentInput;
  humanCheckToken?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey: Scalars['String']['input'];
  signer: SignerInput;
};


export type MutationSubmitFeedbackArgs = {
  entries: Array<FeedbackEntryInput>;
  period: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationSwitchCaseArgs = {
  input: SwitchCaseInput;
};


export type MutationUpdateCampaignArgs = {
  code: Scalars['String']['input'];
  input: UpdateCampaignInput;
};


export type MutationUpdateCaseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCaseInput;
};


export type MutationUpdateEmbassyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEmbassyInput;
};


export type MutationUpdateSupporterArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSupporterInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PetitionConsentInput = {
  /** The signer agreed that the section keeps their name, email and country and hands them over with the petition. Must be true. */
  accepted: Scalars['Boolean']['input'];
  /** Language of that text (ISO 639-1). */
  language: Scalars['String']['input'];
  /** Version of the text they agreed to, e.g. `2020-11`. */
  textVersion: Scalars['String']['input'];
};

/**
 * A section's petition list for a case, of the signatures made strictly before `cutoffAt`: what a handover at an embassy
 * takes (the deliveries subgraph's `Delivery.petitionList` points here). Staff of that section only.
 */
export type PetitionList = {
  __typename?: 'PetitionList';
  caseId: Scalars['ID']['output'];
  /** The same list as CSV, in chunks. */
  csv: PetitionSignatureExport;
  cutoffAt: Scalars['DateTime']['output'];
  section: Scalars['String']['output'];
  /** In signing order; `first` at most 100. */
  signatures: PetitionSignatureConnection;
};


/**
 * A section's petition list for a case, of the signatures made strictly before `cutoffAt`: what a handover at an embassy
 * takes (the deliveries subgraph's `Delivery.petitionList` points here). Staff of that section only.
 */
export type PetitionListCsvArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A section's petition list for a case, of the signatures made strictly before `cutoffAt`: what a handover at an embassy
 * takes (the deliveries subgraph's `Delivery.petitionList` points here). Staff of that section only.
 */
export type PetitionListSignaturesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * An online signature as it goes on the petition list handed over at an embassy. Personal data of the section that
 * collected it: visible to that section's staff only.
 */
export type PetitionSignature = {
  __typename?: 'PetitionSignature';
  /** ISO 3166-1 alpha-2 */
  country: Scalars['String']['output'];
  email: Scalars['String']['output'];
  /** The id of the counted action. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  signedAt: Scalars['DateTime']['output'];
};

export type PetitionSignatureConnection = {
  __typename?: 'PetitionSignatureConnection';
  edges: Array<PetitionSignatureEdge>;
  /** Counted signatures up to the cut-off whose signer was erased: they count, but no longer carry a name. */
  erasedCount: Scalars['Int']['output'];
  pageInfo: PetitionSignaturePageInfo;
  /** Signatures with a name on the list up to the cut-off. */
  totalCount: Scalars['Int']['output'];
};

export type PetitionSignatureEdge = {
  __typename?: 'PetitionSignatureEdge';
  cursor: Scalars['String']['output'];
  node: PetitionSignature;
};

/**
 * The petition list as CSV (`signed_at,name,email,country`, RFC 4180, UTF-8), in chunks of at most 10,000 rows:
 * pass `endCursor` as `after` while `hasNextPage`.
 */
export type PetitionSignatureExport = {
  __typename?: 'PetitionSignatureExport';
  caseId: Scalars['ID']['output'];
  /** Rows in this chunk. */
  count: Scalars['Int']['output'];
  /** Header line plus one line per signature. */
  csv: Scalars['String']['output'];
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  section: Scalars['String']['output'];
  /** Only signatures made strictly before this instant are listed. */
  signedBefore: Scalars['DateTime']['output'];
};

export type PetitionSignaturePageInfo = {
  __typename?: 'PetitionSignaturePageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PlanDeliveryInput = {
  caseId: Scalars['ID']['input'];
  embassyId: Scalars['ID']['input'];
  /** Internal: staff of the section only. */
  notes?: InputMaybe<Scalars['String']['input']>;
  plannedFor: Scalars['Date']['input'];
  /** Your own section (the default); staff cannot plan for another section. */
  section?: InputMaybe<Scalars['String']['input']>;
};

export type PlanDeliveryPayload = {
  __typename?: 'PlanDeliveryPayload';
  delivery: Delivery;
  /** Things to double-check; the delivery was planned all the same. */
  warnings: Array<DeliveryWarning>;
};

export type PostalAddress = {
  __typename?: 'PostalAddress';
  /** ISO 3166-1 alpha-2 */
  country: Scalars['String']['output'];
  locality: Scalars['String']['output'];
  postalCode?: Maybe<Scalars['String']['output']>;
  street: Scalars['String']['output'];
};

export type PostalAddressInput = {
  country: Scalars['String']['input'];
  locality: Scalars['String']['input'];
  postalCode?: InputMaybe<Scalars['String']['input']>;
  street: Scalars['String']['input'];
};

export type PostponeDeliveryInput = {
  deliveryId: Scalars['ID']['input'];
  /** The new date, when known. */
  plannedFor?: InputMaybe<Scalars['Date']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type PublishCaseUpdateInput = {
  body: Array<LocalizedTextInput>;
  caseId: Scalars['ID']['input'];
  /** Defaults to now. */
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  title: Array<LocalizedTextInput>;
};

export type Query = {
  __typename?: 'Query';
  /** Staff of the collecting section, analysts, admins, services. */
  action?: Maybe<Action>;
  /**
   * Analysts and admins: counted actions grouped by up to six dimensions and a period, over any filter. Staff: their own
   * section only. At most 10,000 rows: narrow the filter or group by less.
   */
  actionReport: ActionReport;
  /** The section's website and staff only. */
  adoption?: Maybe<Adoption>;
  campaign?: Maybe<Campaign>;
  campaigns: Array<Campaign>;
  /** A case by `id` or by `slug` (give exactly one). */
  case?: Maybe<Case>;
  /** Analysts and admins (staff: their own section): a row per case with what was collected, biggest first. */
  caseReport: Array<CaseReportRow>;
  /** Cases sorted by person name; `first` at most 100, `after` is the `endCursor` of the previous page. */
  cases: CaseConnection;
  /** A section's deliveries, newest planned first (staff, analysts, admins); `first` at most 200. */
  deliveries: Array<Delivery>;
  delivery?: Maybe<Delivery>;
  /** The embassy directory, by represented and host country. */
  embassies: Array<Embassy>;
  embassy?: Maybe<Embassy>;
  /** The questionnaire behind an emailed link; null when the token is not known. */
  feedbackQuestionnaire?: Maybe<FeedbackQuestionnaire>;
  /** Staff only: the caller's section's petition list for a case up to `cutoffAt` (default: now), as a handover takes it. */
  petitionList: PetitionList;
  /**
   * Staff only: the caller's section's petition list for a case, in signing order, of signatures made strictly before
   * `signedBefore` (default: now) — the cut-off of a handover. `first` at most 100.
   */
  petitionSignatures: PetitionSignatureConnection;
  /** Staff only: the same list as CSV, for a handover at an embassy. */
  petitionSignaturesCsv: PetitionSignatureExport;
  section?: Maybe<Section>;
  sections: Array<Section>;
  /** Staff of the supporter's section only; null for anyone else's supporter. */
  supporter?: Maybe<Supporter>;
  /** The caller's section's supporters (staff only), by family name; `first` at most 100. */
  supporters: SupporterConnection;
};


export type QueryActionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActionReportArgs = {
  filter?: InputMaybe<ActionReportFilter>;
  groupBy?: InputMaybe<Array<ReportDimension>>;
  period?: InputMaybe<ReportPeriod>;
};


export type QueryAdoptionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignArgs = {
  code: Scalars['String']['input'];
};


export type QueryCampaignsArgs = {
  status?: InputMaybe<CampaignStatus>;
};


export type QueryCaseArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCaseReportArgs = {
  filter?: InputMaybe<ActionReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  section: Scalars['String']['input'];
  status?: InputMaybe<DeliveryStatus>;
};


export type QueryDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmbassiesArgs = {
  hostCountry?: InputMaybe<Scalars['String']['input']>;
  representedCountry?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEmbassyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeedbackQuestionnaireArgs = {
  token: Scalars['String']['input'];
};


export type QueryPetitionListArgs = {
  caseId: Scalars['ID']['input'];
  cutoffAt?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryPetitionSignaturesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  signedBefore?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryPetitionSignaturesCsvArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  signedBefore?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QuerySectionArgs = {
  code: Scalars['String']['input'];
};


export type QuerySupporterArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupportersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupporterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The embassy official who received the petitions (staff, analysts and admins; the name: staff of the section only). */
export type ReceivedBy = {
  __typename?: 'ReceivedBy';
  /** Personal data: staff of the delivery's section only. */
  name?: Maybe<Scalars['String']['output']>;
  /** e.g. `First Secretary` */
  title: Scalars['String']['output'];
};

export type ReceivedByInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type RecordActionInput = {
  /** Defaults to the case's only active campaign, when it has exactly one. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  caseId: Scalars['ID']['input'];
  /** Required from section websites, recommended for imports: the same key twice records one action. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; defaults to now, never in the future. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Staff only: record it as PENDING_CONFIRMATION; it is counted once confirmed with reviewAction. */
  pendingConfirmation?: InputMaybe<Scalars['Boolean']['input']>;
  /** Section websites: 1. Staff: 1 to 1,000,000 (e.g. the signatures of a stack of paper petitions). */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** Staff: EVENT, IMPORT or STAFF (the default). Section websites always record WEBSITE. */
  source?: InputMaybe<ActionSource>;
  /** Staff only: the supporter who acted. */
  supporterId?: InputMaybe<Scalars['ID']['input']>;
  /** Section websites: EMAIL, TWEET or LETTER. Staff: any type but ONLINE_SIGNATURE (which only signPetition records). */
  type: ActionType;
};

export type RecordConsentsInput = {
  consentTextLanguage: Scalars['String']['input'];
  consentTextVersion: Scalars['String']['input'];
  consents: Array<ConsentInput>;
};

export type RecordHandoverInput = {
  /**
   * What was collected up to this instant is handed over. Defaults to the handover time (so: now, when the
   * handover is recorded as it happens). Not after the handover, not before the previous handover's cut-off.
   */
  cutoffAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** When the petitions were handed over; not in the future. */
  deliveredAt: Scalars['DateTime']['input'];
  deliveryId: Scalars['ID']['input'];
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** Replaces the delivery's internal notes when given. */
  notes?: InputMaybe<Scalars['String']['input']>;
  receivedBy: ReceivedByInput;
};

export type RecordKitStatusInput = {
  adoptionId: Scalars['ID']['input'];
  /** When it happened; defaults to now. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  status: KitStatus;
};

export type RecordRefusalInput = {
  deliveryId: Scalars['ID']['input'];
  evidence?: InputMaybe<Array<EvidenceInput>>;
  reason?: InputMaybe<Scalars['String']['input']>;
  /** When the embassy refused; defaults to now, not in the future. */
  refusedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type RegisterSupporterInput = {
  commitment: CommitmentLevel;
  /** Language of that text; defaults to `language`. */
  consentTextLanguage?: InputMaybe<Scalars['String']['input']>;
  /** The version of the consent text shown on the form, e.g. `2024-01`. */
  consentTextVersion: Scalars['String']['input'];
  /** EMAIL_CONTACT and POSTAL_MAIL must be granted: the kit comes by post, the questionnaire by email. */
  consents: Array<ConsentInput>;
  email: Scalars['String']['input'];
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  /** ISO 639-1; one of the section's languages. */
  language: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  postalAddress: SupporterAddressInput;
};

/** The same answer whether the email was new or already known to the section: it reveals nothing. */
export type RegistrationReceipt = {
  __typename?: 'RegistrationReceipt';
  supporterId: Scalars['ID']['output'];
};

/** What a report row can be grouped by (besides time). */
export type ReportDimension =
  | 'ACTION_TYPE'
  | 'CAMPAIGN'
  | 'CASE'
  /** The country of the case (where the person is at risk). */
  | 'COUNTRY'
  /** The section that collected the actions. */
  | 'SECTION'
  | 'SOURCE';

/** The time grain of a report: a row per day, ISO week (from Monday), month or year of `occurredAt` (UTC). */
export type ReportPeriod =
  | 'DAY'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

export type RetractSignaturePayload = {
  __typename?: 'RetractSignaturePayload';
  /** The case, with counters as they are after the retraction. */
  case: Case;
  retracted: Scalars['Boolean']['output'];
};

export type SaveSectionInput = {
  code: Scalars['String']['input'];
  contactEmail: Scalars['String']['input'];
  country: Scalars['String']['input'];
  languages: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  websiteOrigins: Array<Scalars['String']['input']>;
};

/** A national section of the movement, e.g. `BE-FR` (Belgium, French-speaking) or `DZ` (Algeria). */
export type Section = {
  __typename?: 'Section';
  code: Scalars['String']['output'];
  /** The section's public contact address for supporters. */
  contactEmail: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 */
  country: Scalars['String']['output'];
  /** ISO 639-1 codes of the languages the section works in; a supporter's language is one of them. */
  languages: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Active and paused supporters (staff of this section, analysts and admins). */
  supporterCount: Scalars['Int']['output'];
  /** Origins of the section's websites (used by the gateway for CORS). */
  websiteOrigins: Array<Scalars['String']['output']>;
};

export type SignPetitionPayload = {
  __typename?: 'SignPetitionPayload';
  /** True once the signature is taken. A repeat by the same person is accepted the same way (and not counted again). */
  accepted: Scalars['Boolean']['output'];
  /** The case, with counters as they are after this signature. */
  case: Case;
  /**
   * True where the section asks for double opt-in: the signer was emailed a link (confirmSignature) and the signature counts
   * once it is followed. The same for a first signature, a repeat and a replay.
   */
  confirmationRequired: Scalars['Boolean']['output'];
  /** For the signer's "that was not me" link (retractSignature). Send it to the signer only; the same request gives the same token. */
  retractionToken: Scalars['String']['output'];
};

export type SignatureInvalidation = {
  __typename?: 'SignatureInvalidation';
  dryRun: Scalars['Boolean']['output'];
  /** Signatures rejected (or, in a dry run, that would be). */
  rejected: Scalars['Int']['output'];
};

export type SignerInput = {
  /** ISO 3166-1 alpha-2 code of the signer's country. */
  country: Scalars['String']['input'];
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/**
 * A person who signed up with a section. Visible to the staff of that section only.
 * Personal fields are null once the supporter is erased.
 */
export type Supporter = {
  __typename?: 'Supporter';
  /** What the supporter did (questionnaire answers, staff records). Staff of the supporter's section, analysts, admins, services. */
  actionStats?: Maybe<ActionStats>;
  adoptions: Array<Adoption>;
  commitment: CommitmentLevel;
  /** The current decision for each purpose (the latest one recorded). */
  consents: Array<Consent>;
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  erasedAt?: Maybe<Scalars['DateTime']['output']>;
  familyName?: Maybe<Scalars['String']['output']>;
  givenName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** ISO 639-1: the language the section writes to them in. */
  language: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  postalAddress?: Maybe<SupporterAddress>;
  section: Section;
  status: SupporterStatus;
  updatedAt: Scalars['DateTime']['output'];
};


/**
 * A person who signed up with a section. Visible to the staff of that section only.
 * Personal fields are null once the supporter is erased.
 */
export type SupporterAdoptionsArgs = {
  status?: InputMaybe<AdoptionStatus>;
};

export type SupporterAddress = {
  __typename?: 'SupporterAddress';
  /** ISO 3166-1 alpha-2 */
  country: Scalars['String']['output'];
  locality: Scalars['String']['output'];
  postalCode?: Maybe<Scalars['String']['output']>;
  street: Scalars['String']['output'];
};

export type SupporterAddressInput = {
  country: Scalars['String']['input'];
  locality: Scalars['String']['input'];
  /** Required where the country has postal codes; its shape is checked for the countries Plume knows. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  street: Scalars['String']['input'];
};

export type SupporterConnection = {
  __typename?: 'SupporterConnection';
  edges: Array<SupporterEdge>;
  pageInfo: SupporterPageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SupporterEdge = {
  __typename?: 'SupporterEdge';
  cursor: Scalars['String']['output'];
  node: Supporter;
};

export type SupporterFilter = {
  /** Supporters with an active adoption of this case. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the email address, any case. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Part of the given or family name, any case. */
  name?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<SupporterStatus>;
};

export type SupporterPageInfo = {
  __typename?: 'SupporterPageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type SupporterStatus =
  | 'ACTIVE'
  /** Personal data wiped on request; only the id and the section remain. */
  | 'ERASED'
  /** Taking a break: adoptions stay, but no monthly questionnaire is sent. */
  | 'PAUSED';

export type SwitchCaseInput = {
  /** The active adoption to end (reason SWITCHED). */
  adoptionId: Scalars['ID']['input'];
  /** The person the supporter acts for from now on. */
  caseId: Scalars['ID']['input'];
};

/** An authority to write to (head of state, minister, prosecutor, prison director, embassy). */
export type Target = {
  __typename?: 'Target';
  address: PostalAddress;
  country: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  organisation: Scalars['String']['output'];
  /** Form of address, e.g. `Monsieur le Président de la République`. */
  title: Scalars['String']['output'];
};

export type UpdateCampaignInput = {
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  goals?: InputMaybe<CampaignGoalsInput>;
  names?: InputMaybe<Array<LocalizedTextInput>>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<CampaignStatus>;
};

export type UpdateCaseInput = {
  campaignCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  country?: InputMaybe<Scalars['String']['input']>;
  defaultLanguage?: InputMaybe<Scalars['String']['input']>;
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  moreInfoUrl?: InputMaybe<Scalars['String']['input']>;
  personName?: InputMaybe<Scalars['String']['input']>;
  petitionText?: InputMaybe<Array<LocalizedTextInput>>;
  posterUrl?: InputMaybe<Scalars['String']['input']>;
  published?: InputMaybe<Scalars['Boolean']['input']>;
  story?: InputMaybe<Array<LocalizedTextInput>>;
  /** Replaces the translations given; languages not mentioned are kept. */
  summary?: InputMaybe<Array<LocalizedTextInput>>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateEmbassyInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the translations given; languages not mentioned are kept. */
  cityNames?: InputMaybe<Array<EmbassyCityNameInput>>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  street?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSupporterInput = {
  commitment?: InputMaybe<CommitmentLevel>;
  email?: InputMaybe<Scalars['String']['input']>;
  familyName?: InputMaybe<Scalars['String']['input']>;
  givenName?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  /** null clears it. */
  phone?: InputMaybe<Scalars['String']['input']>;
  postalAddress?: InputMaybe<SupporterAddressInput>;
};

export type AdoptCaseMutationVariables = Exact<{
  input: AdoptCaseInput;
}>;


export type AdoptCaseMutation = { __typename?: 'Mutation', adoptCase: { __typename?: 'Adoption', id: string, status: AdoptionStatus, kit: { __typename?: 'ActionKit', status: KitStatus } } };

export type CasePageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
}>;


export type CasePageQuery = { __typename?: 'Query', case?: { __typename?: 'Case', id: string, personName: string, country: string, status: CaseStatus, statusChangedOn?: string | null, summary: string, story: string, petitionText: string, imageUrl?: string | null, moreInfoUrl?: string | null, adopterCount?: number | null, campaigns: Array<{ __typename?: 'Campaign', code: string, name: string, startsOn: string, endsOn?: string | null }>, targets: Array<{ __typename?: 'Target', title: string, name?: string | null, organisation: string, address: { __typename?: 'PostalAddress', street: string, postalCode?: string | null, locality: string, country: string } }>, letterTemplates: Array<{ __typename?: 'LetterTemplate', language: string, subject: string, body: string, target?: { __typename?: 'Target', title: string } | null }>, updates: Array<{ __typename?: 'CaseUpdate', publishedAt: string, title: string }>, actionStats?: { __typename?: 'ActionStats', total: number, signatures: number, letters: number, distinctSigners?: number | null } | null, deliveries?: Array<{ __typename?: 'Delivery', status: DeliveryStatus, plannedFor?: string | null, deliveredAt?: string | null, embassy: { __typename?: 'Embassy', city: string }, counts?: { __typename?: 'HandoverCounts', signatures: number, letters: number } | null }> | null } | null };

export type ConfirmSignatureMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ConfirmSignatureMutation = { __typename?: 'Mutation', confirmSignature: { __typename?: 'ConfirmSignaturePayload', confirmed: boolean, case: { __typename?: 'Case', id: string, actionStats?: { __typename?: 'ActionStats', signatures: number } | null } } };

export type RecordActionMutationVariables = Exact<{
  input: RecordActionInput;
  humanCheckToken?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordActionMutation = { __typename?: 'Mutation', recordAction: { __typename?: 'Action', id: string, type: ActionType, status: ActionStatus, case: { __typename?: 'Case', id: string, actionStats?: { __typename?: 'ActionStats', total: number } | null } } };

export type RegisterSupporterMutationVariables = Exact<{
  input: RegisterSupporterInput;
  humanCheckToken?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegisterSupporterMutation = { __typename?: 'Mutation', registerSupporter: { __typename?: 'RegistrationReceipt', supporterId: string } };

export type RetractSignatureMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type RetractSignatureMutation = { __typename?: 'Mutation', retractSignature: { __typename?: 'RetractSignaturePayload', retracted: boolean, case: { __typename?: 'Case', id: string } } };

export type SignPetitionMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  signer: SignerInput;
  consent: PetitionConsentInput;
  idempotencyKey: Scalars['String']['input'];
  humanCheckToken?: InputMaybe<Scalars['String']['input']>;
}>;


export type SignPetitionMutation = { __typename?: 'Mutation', signPetition: { __typename?: 'SignPetitionPayload', accepted: boolean, confirmationRequired: boolean, retractionToken: string, case: { __typename?: 'Case', id: string, actionStats?: { __typename?: 'ActionStats', signatures: number, distinctSigners?: number | null } | null } } };


export const AdoptCaseDocument = {"__meta__":{"hash":"5716e9e53a70a31236c845504d9c6b93691fa056423fef3883718a181bd64799"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AdoptCaseMutation, AdoptCaseMutationVariables>;
export const CasePageDocument = {"__meta__":{"hash":"4936b61908da61a2bf87dd45263a5b44b1305a9eba87b38ee45e1b2dd33a42c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"fr","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"story"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"petitionText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"moreInfoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"letterTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"}},{"kind":"Field","name":{"kind":"Name","value":"letters"}},{"kind":"Field","name":{"kind":"Name","value":"distinctSigners"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adopterCount"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFor"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"embassy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatures"}},{"kind":"Field","name":{"kind":"Name","value":"letters"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasePageQuery, CasePageQueryVariables>;
export const ConfirmSignatureDocument = {"__meta__":{"hash":"7d14ae1da569a0c34546ff3a08dd12b03328f798c90aed423a07a5a15bae5a7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmSignature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmSignature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatures"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmSignatureMutation, ConfirmSignatureMutationVariables>;
export const RecordActionDocument = {"__meta__":{"hash":"b57e27fd6ead647cb22f8385c6bcf7eadc244a2557906743eb5f6c4eb419a38f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordActionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"humanCheckToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"humanCheckToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"humanCheckToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordActionMutation, RecordActionMutationVariables>;
export const RegisterSupporterDocument = {"__meta__":{"hash":"1bd90e76ecf2e6bcc62e28eabc9ea01362ab324c46e6117386897b65bab2c9a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterSupporter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSupporterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"humanCheckToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSupporter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"humanCheckToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"humanCheckToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supporterId"}}]}}]}}]} as unknown as DocumentNode<RegisterSupporterMutation, RegisterSupporterMutationVariables>;
export const RetractSignatureDocument = {"__meta__":{"hash":"822ab176a6104aaa7f2cc004b052a2823d857d3671ee87e01bbeac2b32c4820b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetractSignature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retractSignature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retracted"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RetractSignatureMutation, RetractSignatureMutationVariables>;
export const SignPetitionDocument = {"__meta__":{"hash":"2808ccbdb89c3054c8f3b652886bcec18766dd32625d9a6df047b871211d0d43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignPetition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignerInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PetitionConsentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"humanCheckToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signPetition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"signer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signer"}}},{"kind":"Argument","name":{"kind":"Name","value":"consent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consent"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"humanCheckToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"humanCheckToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"retractionToken"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatures"}},{"kind":"Field","name":{"kind":"Name","value":"distinctSigners"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignPetitionMutation, SignPetitionMutationVariables>;
/** A case update in one language, as the API serves it. */
export interface CaseUpdateView {
  id: string;
  publishedAt: Date;
  language: string;
  title: string;
  body: string;
}

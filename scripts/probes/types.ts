// The assumption probes' shapes: what a probe states (definitions.ts), what a run saw
// (observations, made by the scenarios), and the row the comparison makes of the two.
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.

/** What a probe needs beyond the account and the test image the workflow made. */
export type Needs =
  | 'account' // the SageMaker image the action created, and the pushed ECR image
  | 'domain' // a Studio domain reserved for these tests (AWS_INTEGRATION_DOMAIN_ID)
  | 'user-profile' // a user profile in that domain for apps (AWS_INTEGRATION_USER_PROFILE)
  | 'attestation-image' // the same image pushed with a provenance attestation (an image index)
  | 'archive-image'; // a tiny image of this run's own, pushed to be archived (PROBE_ARCHIVE_IMAGE)

/** Where the code takes the answer for granted: a file and the function (or constant) in it. */
export interface Reliance {
  readonly file: string;
  readonly symbol: string;
  /** How it relies on it, when the symbol alone does not say. */
  readonly note?: string;
}

export interface Probe {
  /** Kebab-case; also the heading of its entry in docs/aws-assumptions.md. */
  readonly id: string;
  /** The assumption, as the code makes it. */
  readonly assumption: string;
  /** The code that relies on it today (files that exist). */
  readonly reliedOn: readonly Reliance[];
  /** Work in progress that relies on it: `issue 19: the launch test …`. */
  readonly pending?: string;
  /** The outcomes (outcomes.ts) that agree with the code. */
  readonly expected: readonly string[];
  /** How the probe asks AWS. */
  readonly observedHow: string;
  /** What to change in the code when AWS answers otherwise. */
  readonly ifFails: string;
  readonly needs: Needs;
  /** The issue whose work added the assumption (all landed), and what that work relies on it for. */
  readonly added?: { readonly issue: number; readonly why: string };
  /** A paragraph the page shows after the entry: evidence, or what the probe cannot tell. */
  readonly notes?: string;
}

/** A section of docs/aws-assumptions.md: its heading, a paragraph before the entries, the probes. */
export interface ProbeSection {
  readonly title: string;
  readonly intro?: string;
  readonly probes: readonly Probe[];
}

/** What one probe saw: an outcome (one of outcomes.ts) with AWS's own words, or why not. */
export type Observation =
  | {
      readonly id: string;
      readonly kind: 'observed';
      readonly outcome: string;
      /** AWS's error name and message, a status sequence, …; never a credential or a URL. */
      readonly detail?: string;
    }
  | { readonly id: string; readonly kind: 'skipped'; readonly reason: string }
  /** The probe could not ask (a denied call, a time-out): nothing is known. */
  | { readonly id: string; readonly kind: 'error'; readonly detail: string };

export type RowResult = 'agrees' | 'differs' | 'skipped' | 'error';

export interface Row {
  readonly id: string;
  readonly assumption: string;
  readonly expected: readonly string[];
  /** The outcome, or why there is none. */
  readonly observed: string;
  readonly detail: string;
  readonly result: RowResult;
}

export interface Verdict {
  readonly rows: readonly Row[];
  readonly counts: Readonly<Record<RowResult, number>>;
  /** Observations for ids no probe defines, or a second one for the same id. */
  readonly strays: readonly string[];
  /** True when nothing differs, nothing failed to be observed, and nothing is stray. */
  readonly ok: boolean;
}

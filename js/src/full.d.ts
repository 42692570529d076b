// Types of `closecode/full`: everything `closecode` has, plus explain and explainLog, the
// shipped protocol profiles, and an app's own profiles and locales from TOML and Fluent text.

import type {
  CodeDescription,
  FailureDescription,
  Frozen,
  Invalid,
  LocaleOptions,
  LocaleTag,
  ProfileOptions,
  Retry,
  RetryAnswer,
  Summary,
} from '../index.js';

export * from '../index.js';

/** A code's description in `closecode/full`: with its {@link Summary}. */
export interface FullCodeDescription extends CodeDescription {
  summary: Summary;
}

/** A failure's description in `closecode/full`: with its {@link Summary}. */
export interface FullFailureDescription extends FailureDescription {
  summary: Summary;
}

export type FullDescribed = FullCodeDescription | FullFailureDescription | Invalid;

/**
 * `describe` of the entry `closecode`, with the `summary` of a code or a failure (the answer
 * its page opens with, as `closecode show --format json` gives it). Frozen and kept the same
 * way.
 */
export function describe(code: number | string, options?: ProfileOptions): Frozen<FullDescribed>;

/** What a log line reports. */
export interface ExplainedLine extends RetryAnswer {
  line: string;
  kind: 'code' | 'failure' | 'other';
  id: string;
  code: number;
  who: string;
  whoText: string;
  reason: string | null;
  /** The stack whose format matched; null when only a generic pattern did. */
  stack: string | null;
  stackName: string | null;
  profile: string | null;
  /** `format`: a known format string matched; `context`: a code read from the words around it. */
  confidence: 'format' | 'context';
  /** The code the peer sent, when the line states it (a refused 1014, say). */
  received: number | null;
  /** The code sent back, when the line states it (1002 for a refused code). */
  sent: number | null;
  name: string;
  /** The 1-based line number (explainLog only). */
  number?: number;
}

export interface ProfileCodes {
  first: number;
  last: number;
  name: string | null;
  retry: Retry;
}

export interface ProfileInfo {
  id: string;
  name: string;
  about: string;
  aliases: string[];
  subprotocols: string[];
  sources: string[];
  codes: ProfileCodes[];
}

/** A problem of an app's profile or locale file, at its place. */
export interface FileProblem {
  path: string;
  line: number;
  column: number;
  /** `path:line:col: id: what is wrong`. */
  message: string;
}

export interface CheckFailed {
  ok: false;
  error: 'check' | 'bad-input';
  message: string;
  problems?: FileProblem[];
}

export function explain(line: string, options?: LocaleOptions): ExplainedLine | null;
export function explainLog(text: string, options?: LocaleOptions): ExplainedLine[];
export function profiles(options?: LocaleOptions): ProfileInfo[];
export function findProfile(name: string, options?: LocaleOptions): ProfileInfo | null;
export function loadProfile(files: {
  path?: string;
  toml: string;
  texts?: ReadonlyArray<{ locale: LocaleTag; path?: string; text: string }>;
}): { ok: true; profile: ProfileInfo } | CheckFailed;
export function addLocale(
  tag: string,
  files: ReadonlyArray<{ path?: string; text: string }>,
  options?: { prefix?: string; fallBack?: boolean },
): { ok: true; locale: LocaleTag; warnings: FileProblem[] } | CheckFailed;
export function catalog(locale: LocaleTag, prefix?: string): string;

// Types of the closecode package (the entry `closecode`; `closecode/full` adds explain, the
// shipped profiles and an app's own profiles and locales). Every id below is a string union: the
// compiler catches a misspelt retry answer or failure id.

/** The locales every build of the package carries ("en" always; "ko" and "ja" in the default build). */
export type ShippedLocale = 'en' | 'ko' | 'ja';
/** A locale tag: a shipped one, or one an app added with {@link addLocale}. */
export type LocaleTag = ShippedLocale | (string & {});

/** Whether and how to reconnect: one answer per close. */
export type Retry =
  | 'done'
  | 'backoff'
  | 'randomized-delay'
  | 'elsewhere'
  | 'fix-first'
  | 'credentials'
  | 'app-defined';

/** A failure closecode describes: a refused upgrade, a TLS, DNS or TCP failure, a timeout. */
export type FailureId =
  | 'http-400' | 'http-401' | 'http-403' | 'http-404' | 'http-405' | 'http-426' | 'http-429'
  | 'http-500' | 'http-502' | 'http-503' | 'http-504'
  | 'tls-expired' | 'tls-untrusted' | 'tls-hostname' | 'tls-protocol'
  | 'dns' | 'refused' | 'reset' | 'timeout-connect' | 'timeout-idle' | 'vanished';

/** The shipped protocol profiles. */
export type ShippedProfile = 'centrifuge' | 'discord-gateway' | 'graphql-ws' | 'obs-websocket' | 'twitch-eventsub';
/** A profile id, alias or subprotocol: a shipped one or one an app loaded. */
export type ProfileName = ShippedProfile | (string & {});

/** The ranges of RFC 6455 §7.4.2 (and numbers outside them). */
export type CodeRangeId = 'unused' | 'protocol' | 'framework' | 'private' | 'out-of-spec';
export type Wire = 'defined' | 'reserved' | 'local-only' | 'invalid';
export type Sender = 'either' | 'client' | 'server' | 'gateway' | 'nobody';
export type FailureKind = 'handshake' | 'tls' | 'dns' | 'tcp' | 'timeout';
/** Who ended a connection. "handshake": it never opened (a refused upgrade, a failed TLS handshake). */
export type ClosedBy = 'peer' | 'peer-without-code' | 'dropped' | 'library' | 'handshake' | 'us';

/** Options shared by the calls that answer in words. */
export interface LocaleOptions {
  /** The language of the texts; default: negotiated from `navigator.languages`, else English. */
  locale?: LocaleTag;
}

/** Options of the calls that can answer under a protocol profile. */
export interface ProfileOptions extends LocaleOptions {
  /**
   * A profile's id, alias or subprotocol (`graphql-transport-ws`): its codes get its texts and
   * answers. The profiles are in `closecode/full`; the entry `closecode` knows none.
   */
  profile?: ProfileName;
}

/** The names other libraries give a code. */
export interface PeerNames {
  tungstenite: string | null;
  python: string | null;
  gorilla: string | null;
  dotnet: string | null;
  jakarta: string | null;
}

/** What the registry and RFC 6455 say about a code. */
export interface Facts {
  code: number;
  range: CodeRangeId;
  registered: boolean;
  constant: string | null;
  ianaName: string | null;
  ianaDescription: string | null;
  commonName: string | null;
  reference: string;
  registeredOn: string | null;
  wire: Wire;
  sendable: boolean;
  localOnly: boolean;
  browserSendable: boolean;
  sentBy: Sender;
  retry: Retry;
  httpStatus: number | null;
  names: PeerNames;
  related: number[];
  sources: string[];
}

/** The reconnect answer every result carries. */
export interface RetryAnswer {
  /** The answer's id. */
  retry: Retry;
  /** The answer in words. */
  retryAdvice: string;
  /** Whether to reconnect on your own (the answer has a schedule of delays). */
  reconnect: boolean;
}

/** The texts every description carries. */
export interface Texts {
  locale: LocaleTag;
  name: string;
  description: string;
  symptom: string;
  remedy: string;
  /** What an app can show its end users. */
  userMessage: string;
}

/** A close code's description. */
export interface CodeDescription extends Texts, RetryAnswer {
  ok: true;
  kind: 'code';
  code: number;
  cause: string;
  sending: string;
  receiving: string;
  /** The profile asked for, or null. */
  profile: string | null;
  /** Whether the profile defines this code (its texts and answer replace the registry's). */
  profileEntry: boolean;
  facts: Facts;
}

/** A failure's description (a connection that failed before or without a Close frame). */
export interface FailureDescription extends Texts, RetryAnswer {
  ok: true;
  kind: 'failure';
  failure: FailureId;
  failureKind: FailureKind;
  httpStatus: number | null;
  /** What a browser reports for it: 1006. */
  code: number;
  /** Whether the server's `Retry-After` sets the earliest reconnect. */
  retryAfter: boolean;
  /** Whether browsers fire an `error` event before the `close`. */
  errorEvent: boolean;
  /** Library or browser -> what it reports. */
  raises: Record<string, string>;
  sources: string[];
}

/** Input that names no code and no failure, or an unknown profile. */
export interface Invalid {
  ok: false;
  error: 'bad-code' | 'unknown-profile' | 'bad-input' | 'check';
  /** The error in the locale's words. */
  message: string;
  /** What was wrong with a code (error "bad-code"). */
  kind?: 'Empty' | 'NotANumber' | 'LeadingZero' | 'TooLarge' | 'UnknownName';
  /** For a misspelt name: the registered code it most likely meant. */
  suggestion?: number | null;
}

export type Described = CodeDescription | FailureDescription | Invalid;

/**
 * The answer a code's page opens with, in `closecode/full`'s {@link describe} (the entry
 * `closecode` leaves it out: the titles in `readNext` would take its wasm over budget).
 */
export interface Summary {
  /** What the code means, in a sentence or two. */
  meaning: string;
  /** Its likely cause, in a sentence. */
  cause: string | null;
  /** Whether and how to reconnect. */
  reconnect: string | null;
  /** The first thing to check. */
  firstCheck: string | null;
  /** The titles of the pages to read next (for 1006: the failures a browser reports as 1006). */
  readNext: string[];
}

/** `T` with every property read-only, at every depth: what a frozen answer is. */
export type Frozen<T> = T extends readonly (infer U)[]
  ? readonly Frozen<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Frozen<T[K]> }
    : T;

/** A `CloseEvent`, or anything with its fields (a `ws` close's code and reason). */
export interface CloseEventLike {
  code: number;
  reason?: string;
  wasClean?: boolean;
}

export interface CloseEventOptions extends ProfileOptions {
  /** Whether the socket's `open` event fired before the close (default true). */
  opened?: boolean;
}

/** The answer for a socket's close. */
export interface CloseAnswer extends Texts, RetryAnswer {
  ok: true;
  code: number;
  by: ClosedBy;
  httpStatus: number | null;
  reason: string;
  failure: FailureId | null;
  profile: string | null;
}

/** What to do after a close: connect again after `delayMs`, stop, or give up. */
export type NextStep =
  | (CloseAnswer & { action: 'retry'; delayMs: number; attempt: number; countdown: string })
  | (CloseAnswer & { action: 'stop' })
  | (CloseAnswer & {
      action: 'give-up';
      attempt: number;
      /** What to tell the user now: the app stopped trying (`userMessage` would promise another attempt). */
      giveUpMessage: string;
    });

export interface ReconnectorOptions extends ProfileOptions {
  /** How long a connection must stay up before the schedule starts over (default: the crate's). */
  stableAfterMs?: number;
  /** Multiplies every delay (1: as registered); for tests. */
  scale?: number;
  /** The answer for codes nobody gave a meaning (default: stop). */
  unknownCodes?: Retry;
  /** The jitter's seed (default: random). */
  seed?: number;
}

/** One connection's reconnect state. It owns no socket and no timer. */
export interface Reconnector {
  next(event: CloseEventLike, options?: { opened?: boolean; stayedUpMs?: number }): NextStep;
  /** Starts the schedule over, as after a connection that stayed up. */
  reset(): void;
  /** Frees the wasm memory it holds. */
  free(): void;
}

/** One peer's reaction to a Close payload. */
export interface PeerReaction {
  peer: string;
  name: string;
  versions: string;
  case: 'empty' | 'accepted' | 'bad-code' | 'one-byte' | 'too-long' | 'invalid-utf8' | (string & {});
  accepts: boolean;
  sees: number | null;
  seesError: string | null;
  replies: number | null;
  reply: 'code' | 'empty' | 'none';
}

export interface FrameProblem {
  kind: 'one-byte' | 'too-long' | 'invalid-utf8' | 'code-not-allowed' | 'other';
  message: string;
}

/** A Close payload, checked. */
export interface DecodedClose extends Partial<RetryAnswer> {
  valid: boolean;
  code: number | null;
  reason: string | null;
  locale: LocaleTag;
  error: string | null;
  problems: FrameProblem[];
  failWith: number | null;
  why: string | null;
  peers: PeerReaction[];
  name: string | null;
  description: string | null;
}

/**
 * What a close code (0-65535, as a number or a string, or a name in any shipped language) or a
 * failure id (`http-401`) means; `{ ok: false, ... }` for input that names nothing. The answer
 * is frozen, at every depth, and kept: the same input, locale and profile return the same
 * object, so a second call is a Map lookup instead of a call into the wasm.
 */
export function describe(code: number | string, options?: ProfileOptions): Frozen<Described>;
export function failureIds(): FailureId[];
export function fromCloseEvent(event: CloseEventLike, options?: CloseEventOptions): CloseAnswer | Invalid;
export function createReconnector(options?: ReconnectorOptions): Reconnector;
export function countdown(ms: number, options?: LocaleOptions): string;
export function decodeClose(bytes: Uint8Array | ArrayBuffer | readonly number[], options?: LocaleOptions): DecodedClose;
export function locales(): LocaleTag[];
export function negotiateLocale(languages: string | readonly string[] | null | undefined): LocaleTag;

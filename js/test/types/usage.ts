// Compiled (not run) by `npx tsc -p test/types`: the declarations type what an app writes, and
// the unions catch what they should (each @ts-expect-error must be an error).

import {
  createReconnector,
  describe,
  fromCloseEvent,
  negotiateLocale,
  type FailureId,
  type Retry,
} from '../../dist/index.js';
import { describe as describeFull } from '../../dist/full/index.js';

const described = describe(1006, { locale: 'ko' });
if (described.ok) {
  const retry: Retry = described.retry;
  if (described.kind === 'failure') {
    const id: FailureId = described.failure;
    void id;
  } else {
    const localOnly: boolean = described.facts.localOnly;
    void localOnly;
  }
  void retry;
} else {
  const message: string = described.message;
  void message;
}

// describe's answers are frozen and kept: the types say so.
if (described.ok && described.kind === 'code') {
  // @ts-expect-error: a kept answer is read-only
  described.name = 'changed';
  // @ts-expect-error: at every depth
  described.facts.sources[0] = 'changed';
  // @ts-expect-error: the entry closecode has no summary
  void described.summary;
}

// closecode/full's describe has a code's summary.
const full = describeFull(1006);
if (full.ok && full.kind === 'code') {
  const first: string | null = full.summary.firstCheck;
  const next: readonly string[] = full.summary.readNext;
  void first;
  void next;
}

// @ts-expect-error: not a retry answer
const wrong: Retry = 'later';
// @ts-expect-error: not a failure id
const unknown: FailureId = 'http-999';
void wrong;
void unknown;

declare const socket: WebSocket;
let opened = false;
const reconnect = createReconnector({ locale: negotiateLocale(['ja-JP', 'en']) });
socket.onopen = () => {
  opened = true;
};
socket.onclose = (event) => {
  const answer = fromCloseEvent(event, { opened });
  if (answer.ok) console.log(answer.userMessage, answer.by);
  const next = reconnect.next(event, { opened });
  if (next.action === 'retry') setTimeout(() => undefined, next.delayMs);
};

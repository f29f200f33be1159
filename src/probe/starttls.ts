/**
 * STARTTLS: the plain-text (or binary) dialogs that bring a freshly connected socket to the point
 * where the server waits for a ClientHello. Each probe repeats the dialog on its own connection,
 * then writes its hand-built hello on the same socket.
 *
 * Every refusal, missing capability or foreign answer is a `starttls` error that quotes the
 * server's own words; a passed deadline is a `timeout` that names the step; a reset is `reset`.
 * None of them is ever "TLS refused": the version question was never asked.
 */
import { isIPv4, isIPv6, type Socket } from 'node:net';
import type { Dialect, ErrorKind, ProbeError } from './types.js';

export interface StartTlsOptions {
  /** The name the server is addressed by where a protocol needs one (the XMPP stream `to`). */
  readonly serverName: string;
  /** Epoch milliseconds by which the server must have said "go ahead". */
  readonly deadline: number;
}

/**
 * Runs the STARTTLS dialog of `dialect` on a connected socket. Resolves `null` once the server has
 * said "go ahead": the socket is then back in a plain state (no listeners of ours, no encoding,
 * not flowing) and any byte the server sent after its go-ahead is still unread in it. The caller
 * keeps its own 'error' listener on the socket; it is never destroyed here.
 */
export async function startTls(dialect: Dialect, socket: Socket, opts: StartTlsOptions): Promise<ProbeError | null> {
  const dialog = Object.hasOwn(DIALOGS, dialect) ? DIALOGS[dialect] : undefined;
  if (!dialog) return { kind: 'other', message: oneLine(`unknown STARTTLS dialect "${String(dialect)}"`) };
  if (Date.now() >= opts.deadline) return { kind: 'timeout', message: `deadline passed before the ${dialog.name} dialog began` };
  if (socket.destroyed || socket.readableEnded)
    return { kind: 'reset', message: `the connection was closed before the ${dialog.name} dialog began` };
  const talk = new Conversation(socket, dialog.name, opts.deadline);
  try {
    await dialog.run(talk, opts);
    return await talk.handOver();
  } catch (e) {
    if (e instanceof DialogFailure) return e.error;
    return { kind: 'other', message: oneLine(`${dialog.name} dialog failed: ${e instanceof Error ? e.message : String(e)}`) };
  } finally {
    talk.detach();
  }
}

// ---------------------------------------------------------------------------------------------
// Limits and message shaping

/** Real replies are a few hundred bytes; 64 KiB without a complete one is a broken or hostile server. */
const MAX_REPLY = 64 * 1024;
/**
 * Real multi-line replies (an EHLO answer, IMAP untagged lines, a POP3 CAPA list, XMPP stream
 * features) have a few dozen lines or tags; a server that keeps adding them is not finishing its
 * reply, and each look at it costs more, so it is cut off here long before the byte cap.
 */
const MAX_LINES = 200;
const MAX_TAGS = 200;
const GT = 0x3e;
/** How many first bytes are looked at on every chunk, to recognise a foreign protocol early. */
const PEEK_BYTES = 64;
const LF = 0x0a;
/** How much of the server's words a message quotes, so that the whole message stays one short line. */
const QUOTE_MAX = 120;
const MESSAGE_MAX = 200;
/** How many of a foreign answer's first bytes to show. */
const FIRST_BYTES = 48;

function oneLine(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > MESSAGE_MAX ? `${line.slice(0, MESSAGE_MAX - 1)}…` : line;
}

/**
 * The server's words, printable: line breaks become spaces, control bytes (and, for raw bytes,
 * anything outside ASCII) become `\xNN`, and long text is cut.
 */
function quote(data: Buffer | string, max = QUOTE_MAX): string {
  const raw = typeof data !== 'string';
  const text = raw ? data.toString('latin1') : data;
  // Text keeps its line breaks as spaces; binary shows every byte.
  const binary = raw && data.some((b) => (b < 0x20 && b !== 0x0d && b !== 0x0a && b !== 0x09) || b >= 0x7f);
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (!binary && (ch === '\r' || ch === '\n' || ch === '\t')) out += ' ';
    else if (code < 0x20 || code === 0x7f || (raw && code > 0x7f)) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
    if (out.length > max * 2) break;
  }
  out = out.replace(/ +/g, ' ').trim();
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}

/** A hint for the commonest mistake: a port that speaks TLS from the first byte (465, 993, 636…). */
function tlsHint(data: Buffer): string {
  return data.length >= 2 && (data[0] === 0x15 || data[0] === 0x16) && data[1] === 0x03
    ? ' (a TLS record: this port seems to speak TLS from the first byte, without STARTTLS)'
    : '';
}

// ---------------------------------------------------------------------------------------------
// The conversation: bounded reading with a deadline, without leaving a trace on the socket

class DialogFailure extends Error {
  constructor(readonly error: ProbeError) {
    super(error.message);
  }
}

/** What a parser answers when the bytes cannot be the start of the expected reply. */
const FOREIGN = Symbol('foreign');
/** What a parser answers when the reply has more than MAX_LINES lines and is still not complete. */
const OVERLONG = Symbol('overlong');
type Parsed<T> = { readonly value: T; readonly used: number };
/**
 * Looks at everything received so far: a complete reply, `undefined` for "need more", FOREIGN or
 * OVERLONG. `completesWith` is the byte a reply can only be completed by (the line feed of text
 * protocols, `>` in XML): the parser is not run again until such a byte arrives (beyond the first
 * PEEK_BYTES), so a server that drips a long reply costs one parse per line, not one per chunk.
 */
type Parse<T> = ((data: Buffer) => Parsed<T> | undefined | typeof FOREIGN | typeof OVERLONG) & { readonly completesWith?: number };

/** Marks a parser whose replies can only be completed by `byte`. */
function completesWith<T>(byte: number, parse: Parse<T>): Parse<T> {
  return Object.assign(parse, { completesWith: byte });
}

type Ending = { readonly reset: boolean; readonly detail: string };

class Conversation {
  private data: Buffer = Buffer.alloc(0);
  /** How much of `data` the last inconclusive parse saw. */
  private parsed = 0;
  private ending: Ending | null = null;
  private timedOut = false;
  private wake: (() => void) | null = null;
  private readonly timer: NodeJS.Timeout;
  private attached = true;
  /** Whether we have sent anything, and whether the server has answered anything yet. */
  private spoke = false;
  private answered = false;

  constructor(
    readonly socket: Socket,
    /** The protocol's display name, for messages (`SMTP`). */
    readonly proto: string,
    deadline: number,
  ) {
    // Paused mode ('readable' + read()) rather than 'data': when our listener goes, Node puts the
    // stream back to its initial not-flowing state, so nothing that arrives later is emitted to
    // nobody, and the caller's own 'data' listener or tls.connect({ socket }) receives it.
    socket.on('readable', this.onReadable);
    socket.on('end', this.onEnd);
    socket.on('close', this.onClose);
    socket.on('error', this.onError);
    this.timer = setTimeout(this.onDeadline, Math.max(0, deadline - Date.now()));
  }

  send(data: string | Buffer): void {
    this.spoke = true;
    this.socket.write(data);
  }

  /** Waits until `parse` recognises a complete reply at the start of what was received, and consumes it. */
  async expect<T>(step: string, parse: Parse<T>): Promise<T> {
    this.parsed = 0;
    for (;;) {
      const got = this.worthParsing(parse) ? parse(this.data) : undefined;
      if (got === OVERLONG) {
        const parts = parse.completesWith === GT ? `${MAX_TAGS} XML tags` : `${MAX_LINES} lines`;
        throw this.fail('starttls', `${this.proto} server sent more than ${parts} without completing ${step}`);
      }
      if (got === FOREIGN)
        throw this.fail(
          'starttls',
          `${this.proto} server sent "${quote(this.data.subarray(0, FIRST_BYTES))}" instead of ${step}${tlsHint(this.data)}`,
        );
      if (got) {
        this.data = this.data.subarray(got.used);
        this.answered = true;
        return got.value;
      }
      this.parsed = this.data.length;
      if (this.data.length >= MAX_REPLY)
        throw this.fail('starttls', `${this.proto} server sent more than ${MAX_REPLY / 1024} KiB without completing ${step}`);
      if (this.ending) throw this.closed(step, this.ending);
      if (this.timedOut) {
        const hint = step === 'the greeting' ? ' (a port where the client must speak first, such as a direct-TLS port, stays silent)' : '';
        throw this.fail('timeout', `timed out waiting for ${step} from the ${this.proto} server${hint}`);
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Whether the bytes that came since the last inconclusive parse could change its answer. */
  private worthParsing(parse: Parse<unknown>): boolean {
    if (parse.completesWith === undefined || this.parsed === 0 || this.data.length <= PEEK_BYTES) return true;
    return this.data.indexOf(parse.completesWith, this.parsed) >= 0;
  }

  /** The server said no: a `starttls` error in its own words. */
  refused(message: string): DialogFailure {
    return this.fail('starttls', message);
  }

  fail(kind: ErrorKind, message: string): DialogFailure {
    return new DialogFailure({ kind, message: oneLine(message) });
  }

  /** After the go-ahead: give back unread bytes and the socket, or say why it is no use. */
  async handOver(): Promise<ProbeError | null> {
    const rest = this.data;
    this.data = Buffer.alloc(0);
    this.detach();
    if (this.ending) return this.closed('the ClientHello (right after agreeing to STARTTLS)', this.ending).error;
    // Bytes after the go-ahead belong to whoever reads the TLS reply (a server that sends them is
    // broken or the path injects them, and the reply parser should see that), not to us.
    if (rest.length > 0) this.socket.unshift(rest);
    // Node settles the stream back to "not flowing, no listener" on the next tick; let it, so the
    // caller's first 'data' listener starts the flow as on any fresh socket.
    await new Promise<void>((resolve) => setImmediate(resolve));
    return null;
  }

  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    clearTimeout(this.timer);
    this.socket.off('readable', this.onReadable);
    this.socket.off('end', this.onEnd);
    this.socket.off('close', this.onClose);
    this.socket.off('error', this.onError);
    this.wake = null;
  }

  private closed(step: string, ending: Ending): DialogFailure {
    // A port that speaks TLS from the first byte takes our first message for a broken record, and
    // OpenSSL-based servers then hang up without a word.
    const after =
      this.data.length > 0
        ? ` after "${quote(this.data.subarray(0, FIRST_BYTES * 2))}"`
        : this.spoke && !this.answered && !ending.reset
          ? ' (without a word: does this port speak TLS from the first byte?)'
          : '';
    return ending.reset
      ? this.fail('reset', `${this.proto} server reset the connection (${ending.detail}) while we waited for ${step}${after}`)
      : this.fail('starttls', `${this.proto} server closed the connection while we waited for ${step}${after}`);
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private readonly onReadable = (): void => {
    // Stop taking bytes once a reply is overlong: the rest stays in the socket, whose backpressure
    // stops reading from the kernel, so a server that streams forever costs bounded memory.
    while (this.data.length < MAX_REPLY) {
      const chunk: unknown = this.socket.read();
      if (chunk === null) break;
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      this.data = this.data.length === 0 ? bytes : Buffer.concat([this.data, bytes]);
    }
    this.notify();
  };

  private readonly onEnd = (): void => {
    this.ending ??= { reset: false, detail: 'closed' };
    this.notify();
  };

  private readonly onClose = (): void => {
    this.ending ??= { reset: false, detail: 'closed' };
    this.notify();
  };

  private readonly onError = (err: NodeJS.ErrnoException): void => {
    this.ending ??= { reset: true, detail: err.code ?? err.message };
    this.notify();
  };

  private readonly onDeadline = (): void => {
    this.timedOut = true;
    this.notify();
  };
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** The line that starts at `offset` (CRLF or bare LF), without its line break. */
function lineAt(data: Buffer, offset: number): { readonly line: string; readonly end: number } | undefined {
  const nl = data.indexOf(0x0a, offset);
  if (nl < 0) return undefined;
  const stop = nl > offset && data[nl - 1] === 0x0d ? nl - 1 : nl;
  return { line: data.toString('utf8', offset, stop), end: nl + 1 };
}

/** Whether the bytes received so far could still begin with one of `prefixes` (case-insensitive). */
function couldStartWith(data: Buffer, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => {
    const n = Math.min(p.length, data.length);
    return data.toString('latin1', 0, n).toLowerCase() === p.slice(0, n).toLowerCase();
  });
}

/** One line, after checking that its first bytes fit `prefixes`. */
function singleLine(prefixes: readonly string[]): Parse<string> {
  return completesWith(LF, (data) => {
    if (!couldStartWith(data, prefixes)) return FOREIGN;
    const next = lineAt(data, 0);
    return next && { value: next.line, used: next.end };
  });
}

function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}

interface CodedReply {
  readonly code: number;
  readonly lines: readonly string[];
}

/**
 * An SMTP or FTP reply: `ddd text`, or `ddd-text` … up to a line that starts `ddd `. FTP allows
 * continuation lines without the code (RFC 959 §4.2), so only the first and last are checked.
 */
const codedReply: Parse<CodedReply> = completesWith(LF, (data) => {
  for (let i = 0; i < Math.min(3, data.length); i++) if (!isDigit(data[i])) return FOREIGN;
  if (data.length > 3 && ![0x20, 0x2d, 0x0d, 0x0a].includes(data[3]!)) return FOREIGN;
  const lines: string[] = [];
  let offset = 0;
  for (;;) {
    const next = lineAt(data, offset);
    if (!next) return undefined;
    if (lines.length === MAX_LINES) return OVERLONG;
    lines.push(next.line);
    offset = next.end;
    const code = lines[0]!.slice(0, 3);
    if (lines.length === 1 ? lines[0]![3] !== '-' : next.line === code || next.line.startsWith(`${code} `)) {
      return { value: { code: Number(code), lines }, used: offset };
    }
  }
});

const replyText = (r: CodedReply): string => quote(r.lines.join(' '));

/** The first word of each line after the code: the extension keywords of an SMTP EHLO reply. */
const keywords = (r: CodedReply): string[] => r.lines.slice(1).map((l) => (l.slice(4).trim().split(/\s+/)[0] ?? '').toUpperCase());

// ---------------------------------------------------------------------------------------------
// SMTP (RFC 3207)

async function smtp(c: Conversation): Promise<void> {
  const greeting = await c.expect('the greeting', codedReply);
  if (greeting.code !== 220) throw c.refused(`SMTP server greeted with "${replyText(greeting)}" instead of 220`);
  c.send(`EHLO ${ehloName(c.socket)}\r\n`);
  const ehlo = await c.expect('the answer to EHLO', codedReply);
  if (ehlo.code !== 250) throw c.refused(`SMTP server answered "${replyText(ehlo)}" to EHLO`);
  if (!keywords(ehlo).includes('STARTTLS')) throw c.refused(`SMTP server does not offer STARTTLS (EHLO answer: "${replyText(ehlo)}")`);
  c.send('STARTTLS\r\n');
  const go = await c.expect('the answer to STARTTLS', codedReply);
  if (go.code !== 220) throw c.refused(`SMTP server answered "${replyText(go)}" to STARTTLS`);
}

/**
 * EHLO names the client, not the server. A prober has no name of its own, so it uses the
 * address-literal form RFC 5321 §4.1.3 provides for exactly that case.
 */
function ehloName(socket: Socket): string {
  const local = socket.localAddress ?? '';
  const mapped = local.startsWith('::ffff:') ? local.slice(7) : local;
  if (isIPv4(mapped)) return `[${mapped}]`;
  if (isIPv6(local)) return `[IPv6:${local}]`;
  return 'localhost';
}

// ---------------------------------------------------------------------------------------------
// IMAP (RFC 3501 §6.2.1)

interface TaggedReply {
  /** `OK`, `NO` or `BAD`. */
  readonly status: string;
  readonly line: string;
  readonly untagged: readonly string[];
}

/** Untagged `* …` lines up to the line tagged `tag`. */
function taggedReply(tag: string): Parse<TaggedReply> {
  return completesWith(LF, (data) => {
    const untagged: string[] = [];
    let offset = 0;
    for (;;) {
      const next = lineAt(data, offset);
      if (!next) return couldStartWith(data.subarray(offset), ['* ', `${tag} `]) ? undefined : FOREIGN;
      offset = next.end;
      if (next.line.startsWith('* ')) {
        if (untagged.length === MAX_LINES) return OVERLONG;
        untagged.push(next.line);
        continue;
      }
      if (!next.line.toLowerCase().startsWith(`${tag} `)) return FOREIGN;
      const status = (next.line.slice(tag.length + 1).split(' ')[0] ?? '').toUpperCase();
      return { value: { status, line: next.line, untagged }, used: offset };
    }
  });
}

async function imap(c: Conversation): Promise<void> {
  const greeting = await c.expect('the greeting', singleLine(['* ']));
  const kind = (greeting.split(' ')[1] ?? '').toUpperCase();
  // PREAUTH means "already authenticated", where STARTTLS is not allowed; BYE means "go away".
  if (kind !== 'OK') throw c.refused(`IMAP server greeted with "${quote(greeting)}"`);
  c.send('a001 CAPABILITY\r\n');
  const caps = await c.expect('the answer to CAPABILITY', taggedReply('a001'));
  if (caps.status !== 'OK') throw c.refused(`IMAP server answered "${quote(caps.line)}" to CAPABILITY`);
  const listed = [...caps.untagged, caps.line].filter((l) => /\bCAPABILITY\b/i.test(l)).join(' ');
  if (!/\bSTARTTLS\b/i.test(listed)) throw c.refused(`IMAP server does not offer STARTTLS (${quote(listed || caps.line)})`);
  c.send('a002 STARTTLS\r\n');
  const go = await c.expect('the answer to STARTTLS', taggedReply('a002'));
  if (go.status !== 'OK') throw c.refused(`IMAP server answered "${quote(go.line)}" to STARTTLS`);
}

// ---------------------------------------------------------------------------------------------
// POP3 (RFC 2595 §4, RFC 2449)

const pop3Status = singleLine(['+OK', '-ERR']);

/** A CAPA answer: `-ERR` alone (a server older than RFC 2449), or `+OK` and lines up to `.`. */
interface CapaReply {
  readonly ok: boolean;
  readonly lines: readonly string[];
}

const capaReply: Parse<CapaReply> = completesWith<CapaReply>(LF, (data) => {
  const first = pop3Status(data);
  if (typeof first !== 'object') return first;
  if (!first.value.startsWith('+')) return { value: { ok: false, lines: [first.value] }, used: first.used };
  const lines: string[] = [];
  for (let offset = first.used; ;) {
    const next = lineAt(data, offset);
    if (!next) return undefined;
    offset = next.end;
    if (next.line === '.') return { value: { ok: true, lines }, used: offset };
    if (lines.length === MAX_LINES) return OVERLONG;
    lines.push(next.line);
  }
});

async function pop3(c: Conversation): Promise<void> {
  const greeting = await c.expect('the greeting', pop3Status);
  if (!greeting.startsWith('+OK')) throw c.refused(`POP3 server greeted with "${quote(greeting)}"`);
  // CAPA costs one round trip and turns a bare "-ERR" to STLS into "STLS is not offered".
  c.send('CAPA\r\n');
  const capa = await c.expect('the answer to CAPA', capaReply);
  if (capa.ok && !capa.lines.some((l) => /^STLS\b/i.test(l))) {
    throw c.refused(`POP3 server does not offer STLS (CAPA: "${quote(capa.lines.join(' '))}")`);
  }
  c.send('STLS\r\n');
  const go = await c.expect('the answer to STLS', pop3Status);
  if (!go.startsWith('+OK')) throw c.refused(`POP3 server answered "${quote(go)}" to STLS`);
}

// ---------------------------------------------------------------------------------------------
// FTP (RFC 4217)

async function ftp(c: Conversation): Promise<void> {
  let greeting = await c.expect('the greeting', codedReply);
  // 120 = "ready in n minutes", followed by the real 220 (RFC 959 §5.4).
  while (greeting.code === 120) greeting = await c.expect('the greeting', codedReply);
  if (greeting.code !== 220) throw c.refused(`FTP server greeted with "${replyText(greeting)}" instead of 220`);
  c.send('AUTH TLS\r\n');
  const go = await c.expect('the answer to AUTH TLS', codedReply);
  if (go.code !== 234) throw c.refused(`FTP server answered "${replyText(go)}" to AUTH TLS`);
}

// ---------------------------------------------------------------------------------------------
// LDAP (RFC 4511 §4.14): a BER-encoded ExtendedRequest and its ExtendedResponse

const LDAP_STARTTLS_OID = '1.3.6.1.4.1.1466.20037';
const LDAP_NOTICE_OF_DISCONNECTION_MESSAGE_ID = 0;

const BER = {
  integer: 0x02,
  octetString: 0x04,
  enumerated: 0x0a,
  sequence: 0x30,
  extendedRequest: 0x77,
  extendedResponse: 0x78,
  requestName: 0x80,
};

/** A definite-length BER element with a short length (all our request needs). */
function ber(tag: number, content: Buffer): Buffer {
  if (content.length > 0x7f) throw new Error('BER content too long for a short length');
  return Buffer.concat([Buffer.from([tag, content.length]), content]);
}

/** LDAPMessage { messageID 1, ExtendedRequest { requestName [0] "1.3.6.1.4.1.1466.20037" } } */
const LDAP_STARTTLS_REQUEST = ber(
  BER.sequence,
  Buffer.concat([
    ber(BER.integer, Buffer.from([1])),
    ber(BER.extendedRequest, ber(BER.requestName, Buffer.from(LDAP_STARTTLS_OID, 'latin1'))),
  ]),
);

/** RFC 4511 Appendix A: the result codes a StartTLS answer can carry, by name. */
const LDAP_RESULT_CODES: Readonly<Record<number, string>> = {
  0: 'success',
  1: 'operationsError',
  2: 'protocolError',
  3: 'timeLimitExceeded',
  7: 'authMethodNotSupported',
  8: 'strongerAuthRequired',
  10: 'referral',
  11: 'adminLimitExceeded',
  12: 'unavailableCriticalExtension',
  13: 'confidentialityRequired',
  50: 'insufficientAccessRights',
  51: 'busy',
  52: 'unavailable',
  53: 'unwillingToPerform',
  80: 'other',
};

interface Tlv {
  readonly tag: number;
  /** Where the content starts and ends (the end may lie beyond what was received). */
  readonly start: number;
  readonly end: number;
}

/** The element header at `offset`; `undefined` if incomplete; FOREIGN for forms LDAP forbids. */
function tlvAt(data: Buffer, offset: number): Tlv | undefined | typeof FOREIGN {
  if (data.length < offset + 2) return undefined;
  const tag = data[offset]!;
  let length = data[offset + 1]!;
  let start = offset + 2;
  if (length & 0x80) {
    const n = length & 0x7f;
    // Indefinite length (0x80) is not allowed in LDAP; more than 4 length bytes is nonsense.
    if (n === 0 || n > 4) return FOREIGN;
    if (data.length < start + n) return undefined;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + data[start + i]!;
    start += n;
  }
  return { tag, start, end: start + length };
}

/** The next element inside `[offset, limit)`, complete, with tag `tag`; FOREIGN otherwise. */
function field(data: Buffer, offset: number, limit: number, tag: number): Tlv | typeof FOREIGN {
  const tlv = tlvAt(data, offset);
  if (tlv === undefined || tlv === FOREIGN || tlv.tag !== tag || tlv.end > limit) return FOREIGN;
  return tlv;
}

function berInteger(data: Buffer, tlv: Tlv): number {
  let n = 0;
  for (let i = tlv.start; i < tlv.end && i < tlv.start + 4; i++) n = n * 256 + data[i]!;
  return n;
}

type LdapAnswer =
  | { readonly kind: 'extended'; readonly messageId: number; readonly resultCode: number; readonly diagnostic: string }
  | { readonly kind: 'other'; readonly messageId: number; readonly tag: number };

const ldapAnswer: Parse<LdapAnswer> = (data) => {
  if (data.length > 0 && data[0] !== BER.sequence) return FOREIGN;
  const message = tlvAt(data, 0);
  if (message === undefined || message === FOREIGN) return message;
  if (message.end > MAX_REPLY) return FOREIGN;
  if (data.length < message.end) return undefined;
  const id = field(data, message.start, message.end, BER.integer);
  if (id === FOREIGN) return FOREIGN;
  const messageId = berInteger(data, id);
  const op = tlvAt(data, id.end);
  if (op === undefined || op === FOREIGN || op.end > message.end) return FOREIGN;
  if (op.tag !== BER.extendedResponse) return { value: { kind: 'other', messageId, tag: op.tag }, used: message.end };
  const code = field(data, op.start, op.end, BER.enumerated);
  if (code === FOREIGN) return FOREIGN;
  const matchedDn = field(data, code.end, op.end, BER.octetString);
  if (matchedDn === FOREIGN) return FOREIGN;
  const diagnostic = field(data, matchedDn.end, op.end, BER.octetString);
  if (diagnostic === FOREIGN) return FOREIGN;
  const text = data.toString('utf8', diagnostic.start, diagnostic.end);
  return { value: { kind: 'extended', messageId, resultCode: berInteger(data, code), diagnostic: text }, used: message.end };
};

async function ldap(c: Conversation): Promise<void> {
  c.send(LDAP_STARTTLS_REQUEST);
  const answer = await c.expect('the answer to the StartTLS request', ldapAnswer);
  if (answer.kind === 'other') {
    throw c.refused(`LDAP server answered the StartTLS request with an unexpected message (protocolOp tag 0x${answer.tag.toString(16)})`);
  }
  const name = LDAP_RESULT_CODES[answer.resultCode];
  const result = `resultCode ${answer.resultCode}${name ? ` (${name})` : ''}${answer.diagnostic ? ` "${quote(answer.diagnostic)}"` : ''}`;
  if (answer.messageId === LDAP_NOTICE_OF_DISCONNECTION_MESSAGE_ID)
    throw c.refused(`LDAP server sent a notice of disconnection: ${result}`);
  if (answer.messageId !== 1) throw c.refused(`LDAP server answered message ${answer.messageId}, not our StartTLS request (1)`);
  if (answer.resultCode !== 0) throw c.refused(`LDAP server answered the StartTLS request with ${result}`);
}

// ---------------------------------------------------------------------------------------------
// XMPP (RFC 6120 §5)

const XMPP_TLS_NS = 'urn:ietf:params:xml:ns:xmpp-tls';

function xmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');
}

const STREAM_ERROR = /<stream:error\b[\s\S]*?(?:<\/stream:error\s*>|<\/stream:stream\s*>)/;
const FEATURES_END = /<\/(?:stream:)?features\s*>|<(?:stream:)?features\b[^>]*\/>/;
const PROCEED = /<proceed\b[^>]*\/>|<proceed\b[^>]*>\s*<\/proceed\s*>/;
const FAILURE = /<failure\b[^>]*\/>|<failure\b[^>]*>[\s\S]*?<\/failure\s*>/;

/** `host-unknown "text"` out of a stream error, for the message. */
function streamErrorText(xml: string): string {
  const condition = /<stream:error\b[^>]*>\s*<([\w-]+)/.exec(xml)?.[1] ?? 'unknown condition';
  const text = /<text\b[^>]*>([^<]*)<\/text>/.exec(xml)?.[1];
  return text ? `${condition} "${quote(text)}"` : condition;
}

type XmppAnswer =
  | { readonly kind: 'features'; readonly starttls: boolean }
  | { readonly kind: 'proceed' | 'failure' }
  | { readonly kind: 'error'; readonly text: string };

/**
 * Parses the XML the server sent in one step: `opening` are the elements it may start with (after
 * an optional XML declaration; anything else is not XMPP), and `find` looks for the element that
 * completes the step. A stream error ends any step.
 */
function xmppParser(
  opening: readonly string[],
  find: (xml: string) => { readonly answer: XmppAnswer; readonly end: number } | undefined,
): Parse<XmppAnswer> {
  return completesWith(GT, (data) => {
    let tags = 0;
    for (let at = data.indexOf(GT); at >= 0 && tags <= MAX_TAGS; at = data.indexOf(GT, at + 1)) tags++;
    if (tags > MAX_TAGS) return OVERLONG;
    const xml = data.toString('utf8');
    const body = xml.replace(/^\s*(?:<\?[^>]*\?>\s*)?/, '');
    if (body.length > 0 && !couldStartWith(Buffer.from(body.slice(0, 16)), opening)) return FOREIGN;
    const error = STREAM_ERROR.exec(xml);
    if (error) return { value: { kind: 'error', text: streamErrorText(error[0]) }, used: data.length };
    const found = find(xml);
    return found && { value: found.answer, used: Buffer.byteLength(xml.slice(0, found.end)) };
  });
}

const xmppFeatures = xmppParser(['<stream:stream', '<stream:error', '<?'], (xml) => {
  const end = FEATURES_END.exec(xml);
  if (!end) return undefined;
  const stop = end.index + end[0].length;
  const start = xml.search(/<(?:stream:)?features\b/);
  return { answer: { kind: 'features', starttls: /<starttls\b/.test(xml.slice(Math.max(0, start), stop)) }, end: stop };
});

const xmppProceed = xmppParser(['<'], (xml) => {
  const failure = FAILURE.exec(xml);
  if (failure) return { answer: { kind: 'failure' }, end: failure.index + failure[0].length };
  const proceed = PROCEED.exec(xml);
  return proceed ? { answer: { kind: 'proceed' }, end: proceed.index + proceed[0].length } : undefined;
});

async function xmpp(c: Conversation, opts: StartTlsOptions): Promise<void> {
  // Servers reject streams addressed to an IP or to no one, so the name is not optional here.
  if (!opts.serverName) throw c.fail('other', 'XMPP needs a server name for the stream header (use ?sni=NAME for an IP target)');
  c.send(
    `<?xml version='1.0'?><stream:stream to='${xmlAttribute(opts.serverName)}' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>`,
  );
  const features = await c.expect('the stream features', xmppFeatures);
  if (features.kind === 'error') throw c.refused(`XMPP server sent a stream error: ${features.text}`);
  if (features.kind !== 'features' || !features.starttls) throw c.refused('XMPP server does not offer STARTTLS in its stream features');
  c.send(`<starttls xmlns='${XMPP_TLS_NS}'/>`);
  const go = await c.expect('the answer to <starttls/>', xmppProceed);
  if (go.kind === 'error') throw c.refused(`XMPP server sent a stream error: ${go.text}`);
  if (go.kind !== 'proceed') throw c.refused('XMPP server answered <failure/> to <starttls/>');
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL (protocol 3, "SSL Session Encryption")

/** Int32 length 8, then the magic request code 80877103 (1234 << 16 | 5679). */
const PG_SSL_REQUEST = Buffer.from([0x00, 0x00, 0x00, 0x08, 0x04, 0xd2, 0x16, 0x2f]);

type PgAnswer = { readonly kind: 'S' | 'N' } | { readonly kind: 'E'; readonly text: string };

const pgAnswer: Parse<PgAnswer> = (data) => {
  if (data.length === 0) return undefined;
  const first = data[0];
  if (first === 0x53 /* S */ || first === 0x4e /* N */) return { value: { kind: first === 0x53 ? 'S' : 'N' }, used: 1 };
  if (first !== 0x45 /* E */) return FOREIGN;
  // An ErrorResponse: Int32 length, then fields (type byte, C string) up to a zero byte.
  if (data.length < 5) return undefined;
  const length = data.readUInt32BE(1);
  if (length < 5 || length > MAX_REPLY) return FOREIGN;
  if (data.length < 1 + length) return undefined;
  const fields = new Map<string, string>();
  for (let i = 5; i < 1 + length && data[i] !== 0;) {
    const end = data.indexOf(0, i + 1);
    if (end < 0 || end >= 1 + length) break;
    fields.set(String.fromCharCode(data[i]!), data.toString('utf8', i + 1, end));
    i = end + 1;
  }
  const text = [fields.get('S'), fields.get('C'), fields.get('M')].filter(Boolean).join(' ');
  return { value: { kind: 'E', text }, used: 1 + length };
};

async function postgres(c: Conversation): Promise<void> {
  c.send(PG_SSL_REQUEST);
  const answer = await c.expect('the answer to SSLRequest', pgAnswer);
  if (answer.kind === 'N') throw c.refused('PostgreSQL server answered "N" to SSLRequest: TLS is not enabled');
  if (answer.kind === 'E') throw c.refused(`PostgreSQL server answered SSLRequest with an error: "${quote(answer.text)}"`);
}

// ---------------------------------------------------------------------------------------------
// MySQL / MariaDB (client/server protocol, "SSL Handshake")

const MYSQL = {
  CLIENT_LONG_PASSWORD: 0x0001,
  CLIENT_PROTOCOL_41: 0x0200,
  CLIENT_SSL: 0x0800,
  CLIENT_SECURE_CONNECTION: 0x8000,
  /** What we tell the server we are, as far as it supports it: a plain 4.1+ client. */
  WANTED: 0x0001 | 0x0200 | 0x8000,
  MAX_PACKET: 16 * 1024 * 1024,
  /** utf8_general_ci: any valid collation will do, the session never gets that far. */
  CHARSET: 0x21,
} as const;

type MysqlGreeting =
  | { readonly kind: 'greeting'; readonly protocol: number; readonly serverVersion: string; readonly capabilities: number }
  | { readonly kind: 'error'; readonly code: number; readonly text: string };

/** The server's first packet: 3-byte length, sequence id 0, then a v10 (or v9) greeting or an error. */
const mysqlGreeting: Parse<MysqlGreeting> = (data) => {
  if (data.length < 4) return undefined;
  const length = data.readUIntLE(0, 3);
  // A greeting is about a hundred bytes; a huge length means this is not a MySQL packet at all.
  if (length === 0 || length > 4096 || data[3] !== 0) return FOREIGN;
  if (data.length < 4 + length) return undefined;
  const p = data.subarray(4, 4 + length);
  const used = 4 + length;
  if (p[0] === 0xff) {
    const code = p.length >= 3 ? p.readUInt16LE(1) : 0;
    const textStart = p[3] === 0x23 /* # */ ? 9 : 3;
    return { value: { kind: 'error', code, text: p.toString('utf8', Math.min(textStart, p.length)) }, used };
  }
  if (p[0] !== 10 && p[0] !== 9) return FOREIGN;
  const nul = p.indexOf(0, 1);
  if (nul < 0) return FOREIGN;
  const serverVersion = p.toString('latin1', 1, nul);
  if (!/^[\x20-\x7e]*$/.test(serverVersion)) return FOREIGN;
  if (p[0] === 9) return { value: { kind: 'greeting', protocol: 9, serverVersion, capabilities: 0 }, used };
  // connection id (4), auth-plugin-data part 1 (8), filler (1), then the lower capability flags;
  // the upper ones follow character set (1) and status flags (2), when present.
  const capsAt = nul + 1 + 4 + 8 + 1;
  if (p.length < capsAt + 2) return FOREIGN;
  let capabilities = p.readUInt16LE(capsAt);
  if (p.length >= capsAt + 7) capabilities = (capabilities | (p.readUInt16LE(capsAt + 5) << 16)) >>> 0;
  return { value: { kind: 'greeting', protocol: 10, serverVersion, capabilities }, used };
};

/** The SSL Request packet (sequence id 1): a handshake response cut short after its fixed part. */
function mysqlSslRequest(serverCapabilities: number): Buffer {
  const caps = ((MYSQL.WANTED & serverCapabilities) | MYSQL.CLIENT_SSL) >>> 0;
  if (serverCapabilities & MYSQL.CLIENT_PROTOCOL_41) {
    // capability flags (4), max packet size (4), character set (1), 23 reserved zero bytes.
    const packet = Buffer.alloc(4 + 32);
    packet.writeUIntLE(32, 0, 3);
    packet[3] = 1;
    packet.writeUInt32LE(caps | MYSQL.CLIENT_PROTOCOL_41, 4);
    packet.writeUInt32LE(MYSQL.MAX_PACKET, 8);
    packet[12] = MYSQL.CHARSET;
    return packet;
  }
  // A pre-4.1 server wants the old form: capability flags (2), max packet size (3).
  const packet = Buffer.alloc(4 + 5);
  packet.writeUIntLE(5, 0, 3);
  packet[3] = 1;
  packet.writeUInt16LE(caps & 0xffff, 4);
  packet.writeUIntLE(0xffffff, 6, 3);
  return packet;
}

async function mysql(c: Conversation): Promise<void> {
  const greeting = await c.expect('the greeting', mysqlGreeting);
  if (greeting.kind === 'error') throw c.refused(`MySQL server refused the connection: ${greeting.code} "${quote(greeting.text)}"`);
  if (!(greeting.capabilities & MYSQL.CLIENT_SSL)) {
    throw c.refused(`MySQL server ${quote(greeting.serverVersion, 40)} does not offer TLS (no CLIENT_SSL in its capability flags)`);
  }
  // No answer comes: the server now waits for the ClientHello.
  c.send(mysqlSslRequest(greeting.capabilities));
}

// ---------------------------------------------------------------------------------------------

interface DialogSpec {
  /** Display name in messages. */
  readonly name: string;
  readonly run: (c: Conversation, opts: StartTlsOptions) => Promise<void>;
}

const DIALOGS: Readonly<Record<Dialect, DialogSpec>> = {
  smtp: { name: 'SMTP', run: smtp },
  imap: { name: 'IMAP', run: imap },
  pop3: { name: 'POP3', run: pop3 },
  ftp: { name: 'FTP', run: ftp },
  ldap: { name: 'LDAP', run: ldap },
  xmpp: { name: 'XMPP', run: xmpp },
  postgres: { name: 'PostgreSQL', run: postgres },
  mysql: { name: 'MySQL', run: mysql },
};

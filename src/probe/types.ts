/**
 * The probe's vocabulary: what an endpoint is, what one connection attempt for one version can
 * come back with, and what a whole endpoint's result looks like. Plain data, shared by the hello
 * builder, the reply parser, the STARTTLS dialogs, the prober and the reporters.
 */
import type { Version } from '../versions.js';

/** STARTTLS dialects; `null` on an endpoint means TLS from the first byte. */
export type Dialect = 'smtp' | 'imap' | 'pop3' | 'ftp' | 'ldap' | 'xmpp' | 'postgres' | 'mysql';

export interface Endpoint {
  /** As the user wrote it (`smtp://mail.example.com:587`, `[::1]:8443`). */
  readonly target: string;
  /** Host name or IP literal (IPv6 without brackets). */
  readonly host: string;
  readonly port: number;
  readonly starttls: Dialect | null;
  /** Server name to send in SNI (and in the XMPP stream `to`); undefined for IP targets without `?sni=`. */
  readonly sni?: string;
  /** A display name from the config file. */
  readonly name?: string;
  /** Where it was declared: `.github/tls-floor.yml:12`, or `input` for the action input. */
  readonly source?: { readonly file?: string; readonly line?: number };
}

/** How one attempt (one version, one address, one connection) ended. */
export type Outcome =
  /** A ServerHello (or HelloRetryRequest, or SSLv2 SERVER-HELLO) selecting the version asked for. */
  | { readonly kind: 'accepted'; readonly serverVersion: Version; readonly cipher?: number; readonly hrr?: boolean }
  /** A fatal alert, or a ServerHello at a lower version (the server refused this one). */
  | { readonly kind: 'rejected'; readonly alert?: number; readonly alertName?: string; readonly serverVersion?: Version }
  /** The connection closed (or was reset) after the hello, with no bytes. */
  | { readonly kind: 'closed'; readonly reset: boolean }
  /** A ServerHello at a version we did not offer, or a suite we never offered: never a pass. */
  | { readonly kind: 'anomaly'; readonly detail: string; readonly serverVersion?: Version }
  /** The reply is not TLS (an HTTP response, an SMTP banner…): the first bytes, printable. */
  | { readonly kind: 'not-tls'; readonly firstBytes: string }
  /** Nothing (or not a whole record) within the timeout: inconclusive, never "refused". */
  | { readonly kind: 'timeout'; readonly phase: 'connect' | 'starttls' | 'reply' }
  /** The connection could not be made or the STARTTLS dialog failed. */
  | { readonly kind: 'error'; readonly error: ProbeError };

export type ErrorKind = 'dns' | 'refused' | 'timeout' | 'not-tls' | 'starttls' | 'reset' | 'unreachable' | 'other';

export interface ProbeError {
  readonly kind: ErrorKind;
  /** One line, naming what failed (`SMTP server answered "454 TLS not available" to STARTTLS`). */
  readonly message: string;
}

/** The evidence for one version on one address. */
export interface VersionResult {
  readonly version: Version;
  readonly outcome: Outcome;
  /** Milliseconds from connect to the decisive reply. */
  readonly ms: number;
  /** Whether a small plain hello was needed to get this answer (after a big one was refused). */
  readonly retried?: boolean;
}

export interface AddressResult {
  readonly address: string;
  readonly family: 4 | 6;
  readonly accepted: readonly Version[];
  readonly results: readonly VersionResult[];
  /** Set when the address could not be checked at all (nothing conclusive for any version). */
  readonly error: ProbeError | null;
}

export interface EndpointResult {
  readonly endpoint: Endpoint;
  readonly addresses: readonly AddressResult[];
  /** Union over the addresses. */
  readonly accepted: readonly Version[];
  readonly error: ProbeError | null;
}

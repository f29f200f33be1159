/**
 * The endpoint × address × version matrix, shared by the terminal and the job summary: one cell
 * per version, a legend, and the per-endpoint verdict.
 */
import type { Outcome } from '../probe/types.js';
import { VERSIONS } from '../versions.js';
import { mdText as esc } from './markdown.js';
import type { EndpointReport } from './report.js';
import { printable } from './terminal.js';

export const CELL = { accepted: '✓', refused: '✗', timeout: '?', anomaly: '!', error: '-' } as const;
export const LEGEND = '✓ accepted  ✗ refused  ? no answer (inconclusive)  ! unexpected reply  - not checked (error)';
export const HEADERS = ['SSLv2', 'SSLv3', 'TLS1.0', 'TLS1.1', 'TLS1.2', 'TLS1.3'];

export function cell(o: Outcome | undefined): string {
  if (!o) return CELL.error;
  switch (o.kind) {
    case 'accepted':
      return CELL.accepted;
    case 'rejected':
    case 'closed':
      return CELL.refused;
    case 'timeout':
      return CELL.timeout;
    case 'anomaly':
    case 'not-tls':
      return CELL.anomaly;
    default:
      return CELL.error;
  }
}

export interface MatrixRow {
  readonly endpoint: string;
  readonly address: string;
  readonly cells: readonly string[];
  readonly verdict: string;
}

export function endpointLabel(e: EndpointReport): string {
  const base = e.name ? `${e.name} (${e.target})` : e.target;
  return e.starttls && !/^[a-z]+:\/\//.test(e.target) ? `${base} [${e.starttls}]` : base;
}

export function verdictText(e: EndpointReport): string {
  switch (e.status) {
    case 'legacy':
      return `FAIL: accepts ${e.legacy.join(', ')}`;
    case 'no-modern':
      return 'FAIL: nothing at or above the floor';
    case 'unchecked':
      return `UNCHECKED: ${e.error?.message ?? e.addresses.find((a) => a.error)?.error?.message ?? `${e.inconclusive.join(', ')} undecided`}`;
    default:
      return 'pass';
  }
}

export function matrixRows(endpoints: readonly EndpointReport[]): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const e of endpoints) {
    const verdict = verdictText(e);
    if (e.addresses.length === 0) {
      rows.push({ endpoint: endpointLabel(e), address: '-', cells: VERSIONS.map(() => CELL.error), verdict });
      continue;
    }
    e.addresses.forEach((a, i) => {
      rows.push({
        endpoint: i === 0 ? endpointLabel(e) : '',
        address: a.address,
        cells: VERSIONS.map((v) => cell(a.results.find((r) => r.version === v)?.outcome)),
        verdict: i === 0 ? verdict : '',
      });
    });
  }
  return rows;
}

/** A plain-text table whose columns line up (terminal output). */
export function matrixText(endpoints: readonly EndpointReport[]): string {
  const rows = matrixRows(endpoints).map((r) => ({
    ...r,
    endpoint: printable(r.endpoint),
    address: printable(r.address),
    verdict: printable(r.verdict),
  }));
  const w0 = Math.max('Endpoint'.length, ...rows.map((r) => r.endpoint.length));
  const w1 = Math.max('Address'.length, ...rows.map((r) => r.address.length));
  const line = (a: string, b: string, cells: readonly string[], v: string): string =>
    `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${cells.map((c, i) => c.padEnd(HEADERS[i].length)).join(' ')}  ${v}`.trimEnd();
  return [
    line('Endpoint', 'Address', HEADERS, 'Verdict'),
    ...rows.map((r) => line(r.endpoint, r.address, r.cells, r.verdict)),
    '',
    LEGEND,
    ...notesOf(endpoints).map((n) => `note: ${printable(n)}`),
  ].join('\n');
}

function notesOf(endpoints: readonly EndpointReport[]): string[] {
  return endpoints.flatMap((e) => e.notes.map((n) => `${endpointLabel(e)}: ${n}`));
}

/** The Markdown table in pieces, so that the job summary can cut it between rows to fit its limit. */
export interface MatrixMarkdown {
  readonly head: string;
  readonly rows: readonly string[];
  readonly legend: string;
  readonly notes: readonly string[];
}

/**
 * The same table in Markdown (job summary). Endpoint names and targets, addresses, verdicts (which
 * carry server and resolver messages) and notes are all escaped: they come from the config file
 * and from servers.
 */
export function matrixMarkdownParts(endpoints: readonly EndpointReport[]): MatrixMarkdown {
  return {
    head: `| Endpoint | Address | ${HEADERS.join(' | ')} | Verdict |\n|---|---|${HEADERS.map(() => ':-:').join('|')}|---|`,
    rows: matrixRows(endpoints).map((r) => `| ${esc(r.endpoint)} | ${esc(r.address)} | ${r.cells.join(' | ')} | ${esc(r.verdict)} |`),
    legend: `_${LEGEND}_`,
    notes: notesOf(endpoints).map((n) => `- ${esc(n)}`),
  };
}

export function matrixMarkdown(endpoints: readonly EndpointReport[]): string {
  const m = matrixMarkdownParts(endpoints);
  return [m.head, ...m.rows, '', m.legend, ...m.notes.map((n) => `\n${n}`)].join('\n');
}

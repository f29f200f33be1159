/**
 * A loopback HTTP server that plays the GitHub REST API for the operations tls-floor uses, with
 * in-memory state. Routes, path parameters, query parameters and request-body shapes come from
 * GitHub's published OpenAPI description (`@octokit/openapi`, a dev dependency): every request is
 * recorded and checked against it, and anything that does not fit is kept in `violations` (tests
 * assert it stays empty) and answered 422 the way GitHub would.
 *
 * It behaves like GitHub where tls-floor depends on it: lists paginate with `Link` headers, a
 * review comment on a line outside the pull request's hunks fails the whole review with 422, a
 * read-only token gets 403 "Resource not accessible by integration" on writes, rate limits come as
 * 403/429 with `x-ratelimit-remaining: 0` / `retry-after`. Faults are scriptable per operation.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { commentable, type DiffModel, type FileDiff } from '../../src/diff/model.js';
import { parsePatch } from '../../src/diff/unified.js';

// ---------------------------------------------------------------------------------------------
// The OpenAPI description: operations by id, with their path pattern, parameters and body schema.

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
};
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  readonly id: string;
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  readonly params: readonly Parameter[];
  readonly body?: Schema;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let spec: Json;
const operations = new Map<string, Operation>();

function resolve<T>(x: T | { $ref: string }): T {
  let v: Json = x;
  while (v && typeof v === 'object' && typeof v.$ref === 'string') {
    v = (v.$ref as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce((o: Json, k: string) => o[k.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return v as T;
}

/** The operation as GitHub's OpenAPI description declares it. */
export function operation(id: string): Operation {
  if (!spec) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    spec = JSON.parse(fs.readFileSync(file, 'utf8'));
  }
  let op = operations.get(id);
  if (op) return op;
  for (const [template, methods] of Object.entries<Json>(spec.paths)) {
    for (const [method, o] of Object.entries<Json>(methods)) {
      if (o?.operationId !== id) continue;
      const params: Parameter[] = (o.parameters ?? []).map((p: Json) => resolve<Parameter>(p));
      // `x-multi-segment` path parameters (a file path) may hold slashes.
      const multi = new Set(params.filter((p) => (p as Json)['x-multi-segment']).map((p) => p.name));
      const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(`^${escaped.replace(/\{([^}]+)\}/g, (_m, name: string) => (multi.has(name) ? '(.+)' : '([^/]+)'))}$`);
      const body = o.requestBody ? resolve<Json>(o.requestBody).content?.['application/json']?.schema : undefined;
      op = { id, method: method.toUpperCase(), template, pattern, params, body };
      operations.set(id, op);
      return op;
    }
  }
  throw new Error(`no operation ${id} in GitHub's OpenAPI description`);
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Required fields, types, enums, nested objects and arrays: what the few request bodies need. */
export function validate(schemaIn: Schema, value: unknown, where = 'body'): string[] {
  const schema = resolve<Schema>(schemaIn);
  if (value === null && schema.nullable) return [];
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) {
    return alternatives.some((s) => validate(s, value, where).length === 0) ? [] : [`${where}: matches none of the allowed shapes`];
  }
  const errors: string[] = [];
  for (const s of schema.allOf ?? []) errors.push(...validate(s, value, where));
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const t = typeOf(value);
    if (!types.some((x) => x === t || (x === 'number' && t === 'integer'))) return [`${where}: expected ${types.join('|')}, got ${t}`];
  }
  if (schema.enum && !schema.enum.includes(value))
    errors.push(`${where}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${where}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${where}: above ${schema.maximum}`);
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const r of schema.required ?? []) if (!(r in obj)) errors.push(`${where}.${r}: required`);
    for (const [k, v] of Object.entries(obj)) {
      const s = schema.properties?.[k];
      if (s) errors.push(...validate(s, v, `${where}.${k}`));
      else if (schema.properties) errors.push(`${where}.${k}: not a field of this operation`);
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => errors.push(...validate(schema.items!, v, `${where}[${i}]`)));
  return errors;
}

// ---------------------------------------------------------------------------------------------
// State and recording.

export interface User {
  readonly login: string;
  readonly type: 'Bot' | 'User';
}
export const BOT: User = { login: 'github-actions[bot]', type: 'Bot' };

export interface IssueComment {
  id: number;
  issue_number: number;
  body: string;
  user: User;
  created_at: string;
  updated_at: string;
}
export interface ReviewComment {
  id: number;
  pull_request_review_id: number;
  pull_number: number;
  path: string;
  line: number | null;
  start_line: number | null;
  original_line: number;
  side: 'RIGHT' | 'LEFT';
  body: string;
  commit_id: string;
  user: User;
}
export interface Review {
  id: number;
  pull_number: number;
  commit_id: string;
  body: string;
  event: string;
  comments: number;
}
export interface PullFile {
  filename: string;
  status: string;
  patch?: string;
  previous_filename?: string;
  additions?: number;
  deletions?: number;
  changes?: number;
}
export interface Issue {
  id: number;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  state_reason?: string | null;
}

export interface RecordedRequest {
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly body: unknown;
  readonly auth: string | undefined;
  readonly status: number;
}

export interface Fault {
  /** Operation id (`pulls/create-review`); all operations when missing. */
  readonly operation?: string;
  /** Only requests with this method (e.g. every write: not GET). */
  readonly writes?: boolean;
  readonly status: number;
  readonly message?: string;
  readonly headers?: Record<string, string>;
  /** How many requests it hits; forever when missing. */
  times?: number;
}

type Handler = (c: Ctx) => { status: number; body?: unknown; headers?: Record<string, string> };
interface Ctx {
  readonly params: Record<string, string>;
  readonly query: Record<string, string>;
  readonly body: Json;
  readonly api: FakeGitHub;
}

const now = () => new Date(0).toISOString();

/** The SHA git gives a blob: what a content-addressed store answers for the same bytes. */
export function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function page<T>(c: Ctx, items: readonly T[], path: string): { status: number; body: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Number(c.query.per_page ?? 30));
  const n = Number(c.query.page ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const links: string[] = [];
  const url = (p: number) => {
    const q = new URLSearchParams({ ...c.query, per_page: String(perPage), page: String(p) });
    return `<${c.api.url}${path}?${q}>`;
  };
  if (n < last) links.push(`${url(n + 1)}; rel="next"`, `${url(last)}; rel="last"`);
  if (n > 1) links.push(`${url(1)}; rel="first"`, `${url(n - 1)}; rel="prev"`);
  return { status: 200, body: items.slice((n - 1) * perPage, n * perPage), headers: links.length ? { link: links.join(', ') } : {} };
}

function pullNumber(c: Ctx): number {
  return Number(c.params.pull_number ?? c.params.issue_number);
}

const HANDLERS: Record<string, Handler> = {
  'issues/list-comments': (c) =>
    page(
      c,
      c.api.comments.filter((x) => x.issue_number === pullNumber(c)),
      `/repos/${c.params.owner}/${c.params.repo}/issues/${c.params.issue_number}/comments`,
    ),
  'issues/create-comment': (c) => {
    const comment: IssueComment = {
      id: c.api.nextId(),
      issue_number: pullNumber(c),
      body: c.body.body,
      user: c.api.user,
      created_at: now(),
      updated_at: now(),
    };
    c.api.comments.push(comment);
    return { status: 201, body: comment };
  },
  'issues/update-comment': (c) => {
    const comment = c.api.comments.find((x) => x.id === Number(c.params.comment_id));
    if (!comment) return { status: 404, body: { message: 'Not Found' } };
    if (comment.user.login !== c.api.user.login) return { status: 403, body: { message: 'Resource not accessible by integration' } };
    comment.body = c.body.body;
    comment.updated_at = now();
    return { status: 200, body: comment };
  },
  'pulls/list-files': (c) =>
    page(c, c.api.pullFiles.get(pullNumber(c)) ?? [], `/repos/${c.params.owner}/${c.params.repo}/pulls/${c.params.pull_number}/files`),
  'pulls/list-review-comments': (c) =>
    page(
      c,
      c.api.reviewComments.filter((x) => x.pull_number === pullNumber(c)),
      `/repos/${c.params.owner}/${c.params.repo}/pulls/${c.params.pull_number}/comments`,
    ),
  'pulls/create-review': (c) => {
    const pull = pullNumber(c);
    const diff = c.api.diffOf(pull);
    type Draft = { path: string; line?: number; start_line?: number; side?: string; body: string; position?: number };
    const drafts: Draft[] = c.body.comments ?? [];
    if (c.body.event === 'COMMENT' && !c.body.body && drafts.length === 0)
      return { status: 422, body: { message: 'Unprocessable Entity', errors: ['Body is required when event is COMMENT'] } };
    for (const d of drafts) {
      const lines = d.line === undefined ? [] : [d.start_line ?? d.line, d.line];
      if (d.line === undefined || lines.some((l) => !commentable(diff, d.path, l)) || (d.start_line !== undefined && d.start_line > d.line))
        return {
          status: 422,
          body: { message: 'Unprocessable Entity', errors: ['Pull request review thread line must be part of the diff'] },
        };
    }
    const review: Review = {
      id: c.api.nextId(),
      pull_number: pull,
      commit_id: c.body.commit_id,
      body: c.body.body ?? '',
      event: c.body.event,
      comments: drafts.length,
    };
    c.api.reviews.push(review);
    for (const d of drafts) {
      c.api.reviewComments.push({
        id: c.api.nextId(),
        pull_request_review_id: review.id,
        pull_number: pull,
        path: d.path,
        line: d.line!,
        start_line: d.start_line ?? null,
        original_line: d.line!,
        side: 'RIGHT',
        body: d.body,
        commit_id: c.body.commit_id,
        user: c.api.user,
      });
    }
    return { status: 200, body: { id: review.id, body: review.body, state: 'COMMENTED', commit_id: review.commit_id, user: c.api.user } };
  },
  'repos/get-content': (c) => {
    const text = c.api.contents.get(`${c.query.ref ?? 'HEAD'}:${c.params.path}`);
    if (text === undefined) return { status: 404, body: { message: 'Not Found' } };
    const content = Buffer.from(text, 'utf8').toString('base64');
    return { status: 200, body: { type: 'file', encoding: 'base64', path: c.params.path, size: text.length, content } };
  },
  // Git data, for features that write a branch (a badge): an object store keyed by fake SHAs.
  'git/get-ref': (c) => {
    const sha = c.api.refs.get(`refs/${c.params.ref}`);
    return sha
      ? { status: 200, body: { ref: `refs/${c.params.ref}`, object: { sha, type: 'commit' } } }
      : { status: 404, body: { message: 'Not Found' } };
  },
  'git/create-ref': (c) => {
    if (c.api.refs.has(c.body.ref)) return { status: 422, body: { message: 'Reference already exists' } };
    c.api.refs.set(c.body.ref, c.body.sha);
    return { status: 201, body: { ref: c.body.ref, object: { sha: c.body.sha, type: 'commit' } } };
  },
  'git/update-ref': (c) => {
    const ref = `refs/${c.params.ref}`;
    const old = c.api.refs.get(ref);
    if (!old) return { status: 422, body: { message: 'Reference does not exist' } };
    const parents = (c.api.objects.get(c.body.sha) as { parents?: { sha: string }[] } | undefined)?.parents ?? [];
    if (!c.body.force && !parents.some((p) => p.sha === old)) return { status: 422, body: { message: 'Update is not a fast forward' } };
    c.api.refs.set(ref, c.body.sha);
    return { status: 200, body: { ref, object: { sha: c.body.sha, type: 'commit' } } };
  },
  // Blobs and trees are content-addressed as in git: the same content gives the same SHA.
  'git/create-blob': (c) => {
    const bytes = Buffer.from(c.body.content, c.body.encoding === 'base64' ? 'base64' : 'utf8');
    return c.api.storeAt(gitBlobSha(bytes), { content: bytes.toString('base64'), encoding: 'base64', size: bytes.length });
  },
  'git/create-tree': (c) => {
    type Entry = { path: string; mode: string; type: string; sha?: string | null; content?: string };
    const base = c.body.base_tree ? (c.api.objects.get(c.body.base_tree) as { tree?: Entry[] } | undefined) : undefined;
    if (c.body.base_tree && !base?.tree) return { status: 422, body: { message: 'base_tree is not a tree' } };
    const entries = new Map<string, Entry>((base?.tree ?? []).map((e) => [e.path, e]));
    for (const e of c.body.tree as Entry[]) {
      if (e.content !== undefined) e.sha = gitBlobSha(Buffer.from(e.content, 'utf8'));
      else if (!e.sha || !c.api.objects.has(e.sha)) return { status: 422, body: { message: `tree.sha ${e.sha} is not a valid blob` } };
      entries.set(e.path, { path: e.path, mode: e.mode, type: e.type, sha: e.sha });
    }
    const tree = [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
    return c.api.storeAt(createHash('sha1').update(JSON.stringify(tree)).digest('hex'), { tree });
  },
  'git/get-tree': (c) => {
    const o = c.api.objects.get(c.params.tree_sha) as { tree?: object[] } | undefined;
    return o?.tree
      ? { status: 200, body: { sha: c.params.tree_sha, tree: o.tree, truncated: false } }
      : { status: 404, body: { message: 'Not Found' } };
  },
  'issues/get-label': (c) =>
    c.api.labels.has(c.params.name)
      ? { status: 200, body: { name: c.params.name, color: c.api.labels.get(c.params.name) } }
      : { status: 404, body: { message: 'Not Found' } },
  'issues/create-label': (c) => {
    if (c.api.labels.has(c.body.name)) return { status: 422, body: { message: 'Validation Failed', errors: [{ code: 'already_exists' }] } };
    c.api.labels.set(c.body.name, c.body.color ?? 'ededed');
    return { status: 201, body: { name: c.body.name, color: c.api.labels.get(c.body.name) } };
  },
  'git/create-commit': (c) =>
    c.api.store({ message: c.body.message, tree: { sha: c.body.tree }, parents: (c.body.parents ?? []).map((sha: string) => ({ sha })) }),
  'git/get-commit': (c) => {
    const o = c.api.objects.get(c.params.commit_sha);
    return o ? { status: 200, body: { sha: c.params.commit_sha, ...o } } : { status: 404, body: { message: 'Not Found' } };
  },
  'issues/list-for-repo': (c) => {
    const state = c.query.state ?? 'open';
    const labels = c.query.labels?.split(',').filter(Boolean) ?? [];
    const issues = c.api.issues.filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)));
    return page(c, issues, `/repos/${c.params.owner}/${c.params.repo}/issues`);
  },
  'issues/create': (c) => {
    const number = c.api.issues.length + 1000;
    const issue: Issue = {
      id: c.api.nextId(),
      number,
      title: String(c.body.title),
      body: c.body.body ?? '',
      state: 'open',
      labels: (c.body.labels ?? []).map((l: Json) => (typeof l === 'string' ? l : l.name)),
    };
    c.api.issues.push(issue);
    return { status: 201, body: issue };
  },
  'issues/update': (c) => {
    const issue = c.api.issues.find((i) => i.number === Number(c.params.issue_number));
    if (!issue) return { status: 404, body: { message: 'Not Found' } };
    if (c.body.title !== undefined) issue.title = String(c.body.title);
    if (c.body.body !== undefined) issue.body = c.body.body;
    if (c.body.state !== undefined) issue.state = c.body.state;
    if (c.body.state_reason !== undefined) issue.state_reason = c.body.state_reason;
    return { status: 200, body: issue };
  },
};

export const OPERATIONS = Object.keys(HANDLERS);

export interface FakeGitHubOptions {
  /** The token requests must carry; anything else gets 401. */
  readonly token?: string;
  /** Writes answer 403 "Resource not accessible by integration" (a fork's pull request). */
  readonly readOnly?: boolean;
  readonly user?: User;
}

export class FakeGitHub {
  url = '';
  readonly requests: RecordedRequest[] = [];
  /** Requests that do not fit GitHub's OpenAPI description (unknown route, bad parameter, bad body). */
  readonly violations: string[] = [];
  readonly comments: IssueComment[] = [];
  readonly reviews: Review[] = [];
  readonly reviewComments: ReviewComment[] = [];
  readonly pullFiles = new Map<number, PullFile[]>();
  readonly issues: Issue[] = [];
  /** Git refs (`refs/heads/x` → sha) and objects (blobs, trees, commits) by sha. */
  readonly refs = new Map<string, string>();
  readonly objects = new Map<string, object>();
  /** File contents by `ref:path`, for `repos/get-content`. */
  readonly contents = new Map<string, string>();
  /** Repository labels: name → colour. */
  readonly labels = new Map<string, string>();
  /** Operations whose first requests wait for each other (see `hold`). */
  private readonly holds = new Map<string, { count: number; waiting: (() => void)[] }>();
  readonly faults: Fault[] = [];
  user: User;
  readOnly: boolean;
  private id = 100;
  private server?: http.Server;

  constructor(private readonly options: FakeGitHubOptions = {}) {
    this.user = options.user ?? BOT;
    this.readOnly = options.readOnly ?? false;
  }

  nextId(): number {
    return ++this.id;
  }

  /** Stores a git object under a fake SHA and answers 201 with it. */
  store(object: object): { status: number; body: object } {
    const sha = createHash('sha1')
      .update(`${this.nextId()}${JSON.stringify(object)}`)
      .digest('hex');
    this.objects.set(sha, object);
    return { status: 201, body: { sha, ...object } };
  }

  /** Stores a git object under its content's SHA (blobs, trees) and answers 201 with it. */
  storeAt(sha: string, object: object): { status: number; body: object } {
    this.objects.set(sha, object);
    return { status: 201, body: { sha, ...object } };
  }

  /**
   * The next `count` requests to `operation` are answered only once all of them have arrived:
   * makes two overlapping runs interleave exactly where a race would hurt.
   */
  hold(operation: string, count: number): this {
    this.holds.set(operation, { count, waiting: [] });
    return this;
  }

  private async wait(operation: string): Promise<void> {
    const h = this.holds.get(operation);
    if (!h || h.count === 0) return;
    await new Promise<void>((resolve) => {
      h.waiting.push(resolve);
      if (h.waiting.length === h.count) {
        h.count = 0;
        for (const w of h.waiting) w();
      }
    });
  }

  /** The hunks GitHub would accept review comments on, from the pull request's file patches. */
  diffOf(pull: number): DiffModel {
    const files = new Map<string, FileDiff>();
    for (const f of this.pullFiles.get(pull) ?? [])
      files.set(f.filename, f.patch ? parsePatch(f.filename, f.patch) : { path: f.filename, added: [], hunks: [], whole: true });
    return { files, base: '', head: '', source: 'api' };
  }

  fault(f: Fault): this {
    this.faults.push(f);
    return this;
  }

  /** A rate limit the way GitHub answers it: 403 with no requests remaining, or 429 with retry-after. */
  rateLimit(operation?: string, status: 403 | 429 = 403): this {
    const headers: Record<string, string> =
      status === 429
        ? { 'retry-after': '60' }
        : { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '1000', 'x-ratelimit-reset': '1767225600' };
    return this.fault({
      operation,
      status,
      message: status === 429 ? 'Too Many Requests' : 'API rate limit exceeded for installation.',
      headers,
    });
  }

  requestsOf(operation: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operation === operation);
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query = Object.fromEntries(url.searchParams);
    const method = req.method ?? 'GET';
    const auth = req.headers.authorization;
    const send = (operation: string, status: number, body: unknown, headers: Record<string, string> = {}) => {
      this.requests.push({ operation, method, path: url.pathname, query, body: parsed, auth, status });
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    let parsed: unknown = undefined;
    if (raw) {
      try {
        parsed = JSON.parse(raw);
      } catch {
        this.violations.push(`${method} ${url.pathname}: body is not JSON`);
        return send('?', 400, { message: 'Problems parsing JSON' });
      }
    }
    let matched: { op: Operation; params: Record<string, string> } | undefined;
    for (const id of OPERATIONS) {
      const op = operation(id);
      const m = op.method === method ? op.pattern.exec(url.pathname) : null;
      if (!m) continue;
      const names = [...op.template.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]);
      matched = { op, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
      break;
    }
    if (!matched) {
      this.violations.push(`${method} ${url.pathname}: not an operation the fake API plays`);
      return send('?', 404, { message: 'Not Found' });
    }
    const { op, params } = matched;
    const problems = [
      ...op.params
        .filter((p) => p.in === 'path' || p.in === 'query')
        .flatMap((p) => {
          const v = p.in === 'path' ? params[p.name] : query[p.name];
          if (v === undefined) return p.required ? [`${p.name}: required`] : [];
          const t = resolve<Schema>(p.schema ?? {}).type;
          return t === 'integer' && !/^\d+$/.test(v) ? [`${p.in} ${p.name}: ${JSON.stringify(v)} is not an integer`] : [];
        }),
      ...Object.keys(query)
        .filter((k) => !op.params.some((p) => p.in === 'query' && p.name === k))
        .map((k) => `query ${k}: not a parameter of ${op.id}`),
      ...(op.body ? validate(op.body, parsed ?? {}) : parsed !== undefined ? ['a body on an operation without one'] : []),
    ];
    if (Number(query.per_page) > 100) problems.push('per_page above 100');
    if (problems.length) {
      this.violations.push(...problems.map((p) => `${op.id}: ${p}`));
      return send(op.id, 422, { message: 'Invalid request.', errors: problems });
    }
    if (this.options.token && auth !== `token ${this.options.token}` && auth !== `Bearer ${this.options.token}`)
      return send(op.id, 401, { message: 'Bad credentials' });
    const fault = this.faults.find(
      (f) => (f.operation === undefined || f.operation === op.id) && (!f.writes || method !== 'GET') && f.times !== 0,
    );
    if (fault) {
      if (fault.times !== undefined) fault.times--;
      return send(op.id, fault.status, { message: fault.message ?? http.STATUS_CODES[fault.status] }, fault.headers);
    }
    if (this.readOnly && method !== 'GET') return send(op.id, 403, { message: 'Resource not accessible by integration' });
    await this.wait(op.id);
    const r = HANDLERS[op.id]({ params, query, body: parsed ?? {}, api: this });
    return send(op.id, r.status, r.body, r.headers);
  }
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  return new FakeGitHub(options).start();
}

/** Small git repositories with a known history, built in temporary directories (no network). */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] })
    .toString('utf8')
    .trim();
}

export function write(dir: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
}

/** Writes the files, commits everything, returns the new commit. */
export function commit(dir: string, files: Record<string, string>, message = 'change'): string {
  write(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', message);
  return git(dir, 'rev-parse', 'HEAD');
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-diff-'));
}

export function initRepo(): string {
  const dir = tempDir();
  git(dir, 'init', '-q', '-b', 'main');
  return dir;
}

export const lines = (n: number, f: (i: number) => string = (i) => `line ${i}`): string =>
  Array.from({ length: n }, (_, i) => `${f(i + 1)}\n`).join('');

/**
 * A pull request's history: `base0` on main; the PR branch changes `app.conf` line 3 (`head`);
 * main moves on and changes `other.conf` (`base`, the base tip); `merge` is what GitHub's
 * `refs/pull/N/merge` would be (parents: base, head).
 */
export function pullRequestRepo(): { dir: string; base0: string; base: string; head: string; merge: string } {
  const dir = initRepo();
  const base0 = commit(dir, { 'app.conf': lines(10), 'other.conf': lines(10) }, 'base');
  git(dir, 'checkout', '-qb', 'feature');
  const head = commit(dir, { 'app.conf': lines(10, (i) => (i === 3 ? 'ssl_protocols TLSv1 TLSv1.2;' : `line ${i}`)) }, 'feature');
  git(dir, 'checkout', '-q', 'main');
  const base = commit(dir, { 'other.conf': lines(12) }, 'main moves on');
  git(dir, 'checkout', '-q', '--detach', base);
  git(dir, 'merge', '-q', '--no-ff', '-m', 'merge', head);
  const merge = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', 'feature');
  return { dir, base0, base, head, merge };
}

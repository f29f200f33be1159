/**
 * Paths that cannot be read even by root (tests often run as root, where `chmod 000` blocks
 * nothing): a path longer than PATH_MAX fails with ENAMETOOLONG whatever the permissions.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Linux's PATH_MAX (bytes, with the terminating NUL): a longer path is refused by every system call. */
export const PATH_MAX = 4096;

/** Whether chmod 000 stops this process from reading (false as root, or with CAP_DAC_OVERRIDE). */
export function permissionsApply(): boolean {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'tls-floor-perm-'));
  fs.chmodSync(dir, 0);
  try {
    fs.readdirSync(dir);
    return false;
  } catch {
    return true;
  } finally {
    fs.chmodSync(dir, 0o755);
    fs.rmdirSync(dir);
  }
}

/**
 * Creates `top/ddd…/ddd…/…` under `root`, whose absolute path is exactly `length` characters, with
 * `leaf` (name → content) inside; returns the directory relative to root. Built with short names
 * and renamed from the bottom up, so that no call ever sees a path longer than a few hundred bytes.
 */
export function deepDirectory(root: string, top: string, length: number, leaf: Record<string, string>): string {
  const names: string[] = [];
  let total = path.join(root, top).length;
  while (total < length) {
    const n = Math.min(200, length - total - 1);
    // A name of one or two characters could not be followed by another component: keep the rest longer.
    const take = length - total - 1 - n > 0 && length - total - 1 - n < 3 ? n - 3 : n;
    names.push('d'.repeat(take));
    total += take + 1;
  }
  const short = names.map((_, i) => String(i));
  const shortDir = path.join(root, top, ...short);
  fs.mkdirSync(shortDir, { recursive: true });
  for (const [name, content] of Object.entries(leaf)) fs.writeFileSync(path.join(shortDir, name), content);
  for (let i = names.length - 1; i >= 0; i--) {
    const parent = path.join(root, top, ...short.slice(0, i));
    fs.renameSync(path.join(parent, short[i]), path.join(parent, names[i]));
  }
  return [top, ...names].join('/');
}

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test, vi } from 'vitest';
import { EXIT, exitCode, runCli } from '../src/cli.js';
import { ConfigurationError } from '../src/errors.js';
import { buildReport, headline, toJson } from '../src/report/report.js';
import { formatText } from '../src/report/text.js';
import { enumerate, enumerateAsync, excludeMatcher, mayBeInGitWorkTree, ScanInputError } from '../src/scan/files.js';
import { scan } from '../src/scan/scan.js';
import { RULES } from '../src/scan/rules/index.js';
import { makeRepo } from './helpers/fixture.js';
import { deepDirectory, PATH_MAX, permissionsApply } from './helpers/unreadable.js';

const FILES = {
  'a.conf': 'ssl_protocols TLSv1;\n',
  'vendor/lib/b.conf': 'ssl_protocols TLSv1;\n',
  'ignored/c.conf': 'ssl_protocols TLSv1;\n',
  'sub/.gitignore': '*.tmp\n!keep.tmp\n',
  'sub/x.tmp': 'x',
  'sub/keep.tmp': 'x',
  '.gitignore': 'ignored/\n',
};

describe('enumerate', () => {
  test.each([true, false])('respects .gitignore (git=%s), excludes and nested negations', (git) => {
    const root = makeRepo(FILES, { git });
    const e = enumerate(root, ['.'], ['vendor']);
    expect(e.source).toBe(git ? 'git' : 'walk');
    expect(e.files).toEqual(['.gitignore', 'a.conf', 'sub/.gitignore', 'sub/keep.tmp']);
    expect(e.excluded).toBe(1);
  });

  test('untracked files in a git tree are scanned; symlinks leaving the root are not', () => {
    const root = makeRepo({ 'a.conf': 'x' });
    fs.writeFileSync(path.join(root, 'new.conf'), 'y');
    const outside = fs.mkdtempSync(path.join(path.dirname(root), 'outside-'));
    fs.writeFileSync(path.join(outside, 'secret.conf'), 'ssl_protocols TLSv1;');
    fs.symlinkSync(path.join(outside, 'secret.conf'), path.join(root, 'link.conf'));
    fs.symlinkSync(path.join(root, 'a.conf'), path.join(root, 'inside-link.conf'));
    const e = enumerate(root, ['.'], []);
    expect(e.files).toEqual(['a.conf', 'inside-link.conf', 'new.conf']);
    expect(e.outsideLinks).toBe(1);
  });

  test('the walk ignores what git ignores: nested .gitignore files, names, suffixes, globs, negations, directories', () => {
    const files: Record<string, string> = {
      '.gitignore': '*.log\n.idea\nbuild/\n*~\n!keep.log\n/top.tmp\nexample.*\n',
      'top.tmp': 'x',
      'a/top.tmp': 'x',
      'a.log': 'x',
      'keep.log': 'x',
      'b.txt~': 'x',
      'example.tf': 'x',
      'a/example.tf.sample': 'x',
      'a/.idea/x.conf': 'x',
      'a/build/out.conf': 'x',
      'a/build.conf': 'x',
      'vendor/lib/.gitignore': '*.conf\n!wanted.conf\nsub/\n[abc].txt\n',
      'vendor/lib/x.conf': 'x',
      'vendor/lib/wanted.conf': 'x',
      'vendor/lib/sub/y.txt': 'x',
      'vendor/lib/a.txt': 'x',
      'vendor/lib/d.txt': 'x',
      'vendor/other/x.conf': 'x',
      'vendor/other/keep.log': 'x',
      'deep/er/.gitignore': '!*.log\nliteral name\n',
      'deep/er/c.log': 'x',
      'deep/er/literal name': 'x',
      'deep/literal name': 'x',
    };
    const walked = enumerate(makeRepo(files, { git: false }), ['.'], []);
    // git is the oracle: every file written, added as git sees fit (ignored ones are not added).
    const root = makeRepo({}, { git: true });
    for (const [rel, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), content);
    }
    const byGit = enumerate(root, ['.'], []);
    expect(walked.source).toBe('walk');
    expect(byGit.source).toBe('git');
    expect(walked.files).toEqual(byGit.files);
    expect(walked.files).toContain('vendor/lib/wanted.conf');
    expect(walked.files).not.toContain('vendor/lib/x.conf');
  });

  test('a file in a merge conflict (three stages in the index) is listed once', async () => {
    const root = makeRepo({ 'a.conf': 'base\n', 'z.conf': 'z\n' });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: root, stdio: 'ignore' });
    git('checkout', '-qb', 'other');
    fs.writeFileSync(path.join(root, 'a.conf'), 'theirs\n');
    git('commit', '-qam', 'theirs');
    git('checkout', '-q', '-');
    fs.writeFileSync(path.join(root, 'a.conf'), 'ours\n');
    git('commit', '-qam', 'ours');
    expect(() => git('merge', '-q', 'other')).toThrow();
    const stages = execFileSync('git', ['ls-files', '--stage', 'a.conf'], { cwd: root, encoding: 'utf8' });
    expect(stages.trim().split('\n')).toHaveLength(3);
    expect(enumerate(root, ['.'], []).files).toEqual(['a.conf', 'z.conf']);
    expect((await enumerateAsync(root, ['.'], [])).files).toEqual(['a.conf', 'z.conf']);
  });

  test('paths limit the scan', () => {
    const root = makeRepo(FILES);
    expect(enumerate(root, ['vendor'], []).files).toEqual(['vendor/lib/b.conf']);
  });
});

describe('scan', () => {
  test('counts binary, too large and documentation files instead of dropping them silently', async () => {
    const root = makeRepo({
      'big.conf': `${'#'.repeat(2048)}\nssl_protocols TLSv1;\n`,
      'bin.conf': Buffer.from([0x73, 0x73, 0x6c, 0, 1, 2]),
      'README.md': 'ssl_protocols TLSv1;',
      'ok.conf': 'ssl_protocols TLSv1;',
    });
    const r = await scan({
      root,
      paths: ['.'],
      exclude: [],
      maxFileSize: 1024,
      policy: { minVersion: 'TLSv1.2', failOn: 'error' },
      rules: RULES,
    });
    expect(r.findings.map((f) => f.file)).toEqual(['ok.conf']);
    expect(r.stats.skipped).toMatchObject({ tooLarge: 1, binary: 1, documentation: 1 });
  });
});

function commitAll(root: string): void {
  const run = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  run('init', '-q');
  run('add', '-A');
  run('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'fixture');
}

/** An existing directory outside every fixture root, with a file that must never be listed. */
function outsideDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-outside-'));
  fs.writeFileSync(path.join(dir, 'secret.conf'), 'ssl_protocols TLSv1;\n');
  return dir;
}

describe('nothing outside the root is listed', () => {
  test.each([true, false])('a scan path that is a link to a directory outside is refused (git=%s)', (git) => {
    const root = makeRepo({ 'a.conf': 'x' }, { git });
    fs.symlinkSync(outsideDir(), path.join(root, 'linked'));
    expect(() => enumerate(root, ['linked'], [])).toThrow(ScanInputError);
    expect(() => enumerate(root, ['linked'], [])).toThrow(/^path "linked" leads outside the scanned root .* through a symbolic link$/);
  });

  test.each([true, false])('a scan path that is a link inside the root lists the files where they are (git=%s)', (git) => {
    const root = makeRepo({ 'real/x.conf': 'x', 'b.conf': 'y' }, { git });
    fs.symlinkSync('real', path.join(root, 'alias'));
    expect(enumerate(root, ['alias'], []).files).toEqual(['real/x.conf']);
  });

  test.each([true, false])('directory links met while listing are not walked; only those leaving the root count (git=%s)', (git) => {
    const root = makeRepo({ 'real/x.conf': 'x' }, { git: false });
    fs.symlinkSync(outsideDir(), path.join(root, 'out'));
    fs.symlinkSync('real', path.join(root, 'alias'));
    fs.symlinkSync('.', path.join(root, 'loop'));
    if (git) commitAll(root); // the links are tracked (mode 120000)
    const e = enumerate(root, ['.'], []);
    expect(e.files).toEqual(['real/x.conf']);
    expect(e.outsideLinks).toBe(1);
  });

  test('git mode: a tracked file whose directory was replaced by a link out of the root is not listed', () => {
    const root = makeRepo({ 'conf/secret.conf': 'mine', 'a.conf': 'x' });
    fs.rmSync(path.join(root, 'conf'), { recursive: true });
    fs.symlinkSync(outsideDir(), path.join(root, 'conf'));
    const e = enumerate(root, ['.'], []);
    expect(e.files).toEqual(['a.conf']);
    expect(e.outsideLinks).toBe(2); // conf/secret.conf, and the untracked link conf itself
  });

  test('walk mode: a .gitignore that is a link is not followed (as git ≥ 2.32)', () => {
    const root = makeRepo({ 'a.conf': 'x', 'b.conf': 'y' }, { git: false });
    const outside = outsideDir();
    fs.writeFileSync(path.join(outside, 'ignore'), 'a.conf\n');
    fs.symlinkSync(path.join(outside, 'ignore'), path.join(root, '.gitignore'));
    const e = enumerate(root, ['.'], []);
    expect(e.files).toEqual(['a.conf', 'b.conf']);
    expect(e.outsideLinks).toBe(1); // the .gitignore link itself
  });

  test.each([true, false])('a root reached through a link works like its real path (git=%s)', (git) => {
    const real = makeRepo({ 'sub/a.conf': 'x', 'b.conf': 'y' }, { git });
    fs.symlinkSync('../b.conf', path.join(real, 'sub/link.conf'));
    const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-via-')), 'root');
    fs.symlinkSync(real, root);
    expect(enumerate(root, ['.'], []).files).toEqual(enumerate(real, ['.'], []).files);
    expect(enumerate(root, ['sub'], []).files).toEqual(['sub/a.conf', 'sub/link.conf']);
  });
});

describe('special files and unreadable paths are counted, never skipped silently', () => {
  test.each([true, false])('FIFOs are counted, not listed (git=%s)', (git) => {
    const root = makeRepo({ 'a.conf': 'x' }, { git });
    execFileSync('mkfifo', [path.join(root, 'pipe.conf')]);
    // git skips untracked FIFOs itself; a link to one is what it lists.
    fs.symlinkSync('pipe.conf', path.join(root, 'to-pipe.conf'));
    const e = enumerate(root, ['.'], []);
    expect(e.files).toEqual(['a.conf']);
    expect(e.special).toBe(git ? 1 : 2);
  });

  test('the scan counts them in its stats and the text says so', async () => {
    const root = makeRepo({ 'a.conf': 'ssl_protocols TLSv1.2;\n' }, { git: false });
    execFileSync('mkfifo', [path.join(root, 'pipe.conf')]);
    const policy = { minVersion: 'TLSv1.2', failOn: 'error' } as const;
    const scanned = await scan({ root, paths: ['.'], exclude: [], maxFileSize: 1024, policy, rules: RULES });
    expect(scanned.stats.skipped.special).toBe(1);
    expect(scanned.errors).toEqual([]);
    expect(formatText(buildReport({ scan: scanned, policy }))).toContain(
      'no findings in 1 file; skipped 1 not regular (FIFOs, sockets, devices)\npass:',
    );
  });

  test('walk mode: a .gitignore that is a directory or a FIFO is an error, not a crash or a hang', () => {
    const root = makeRepo({ 'a.conf': 'x', 'sub/b.conf': 'y', '.gitignore/x': 'z' }, { git: false });
    execFileSync('mkfifo', [path.join(root, 'sub/.gitignore')]);
    const e = enumerate(root, ['.'], []);
    expect(e.files).toEqual(['.gitignore/x', 'a.conf', 'sub/b.conf']);
    expect(e.errors).toEqual([
      { file: '.gitignore', message: 'EISDIR: .gitignore is not a regular file' },
      { file: 'sub/.gitignore', message: 'EINVAL: .gitignore is not a regular file' },
    ]);
    expect(e.special).toBe(1); // the FIFO itself is not listed either
  });

  test.each([true, false])('a directory that cannot be listed even by root (path too long) is an error (git=%s)', (git) => {
    const root = makeRepo({ 'a.conf': 'x' }, { git });
    const deep = deepDirectory(root, 'deep', PATH_MAX + 100, { 'hidden.conf': 'ssl_protocols TLSv1;\n' });
    const e = enumerate(root, ['.'], []);
    expect(e.files).toEqual(['a.conf']);
    if (git) {
      // git cuts its warning at 4 KiB, path and reason included: what is left is named.
      expect(e.errors).toEqual([
        { file: expect.stringMatching(/^deep\/d{100}/), message: "directory could not be listed (git's warning was cut short)" },
      ]);
      expect(deep.startsWith(e.errors[0].file)).toBe(true);
    } else expect(e.errors).toEqual([{ file: deep, message: 'ENAMETOOLONG: directory could not be listed' }]);
  });

  test.runIf(permissionsApply()).each([true, false])('a chmod 000 directory is an error (git=%s)', (git) => {
    const root = makeRepo({ 'a.conf': 'x' }, { git });
    fs.mkdirSync(path.join(root, 'locked'));
    fs.writeFileSync(path.join(root, 'locked/b.conf'), 'y');
    fs.chmodSync(path.join(root, 'locked'), 0);
    try {
      const e = enumerate(root, ['.'], []);
      expect(e.files).toEqual(['a.conf']);
      expect(e.errors).toEqual([{ file: 'locked', message: 'EACCES: directory could not be listed' }]);
    } finally {
      fs.chmodSync(path.join(root, 'locked'), 0o755);
    }
  });
});

describe('exclude', () => {
  test('!pattern puts back what an earlier pattern excluded; the last match wins', () => {
    const root = makeRepo(FILES);
    expect(enumerate(root, ['.'], ['vendor', '!vendor/lib/b.conf']).files).toContain('vendor/lib/b.conf');
    expect(enumerate(root, ['.'], ['!vendor/lib/b.conf', 'vendor']).files).not.toContain('vendor/lib/b.conf');
    const alone = enumerate(root, ['.'], ['!keep']);
    expect(alone.files).toEqual(['.gitignore', 'a.conf', 'sub/.gitignore', 'sub/keep.tmp', 'vendor/lib/b.conf']);
    expect(alone.excluded).toBe(0);
  });

  test.each([
    ['"!"', ['!'], 'exclude: "!" has no pattern after "!"; write !GLOB to put back files an earlier pattern excluded'],
    ['an empty entry', ['a', '  '], 'exclude: an entry is empty; expected a glob such as vendor/** or *.min.js'],
    [
      'a 64 KiB glob',
      [`${'a'.repeat(64 * 1024)}*`],
      /^exclude: "a{97}…" is not a glob that can be compiled: Input length: 65537, exceeds maximum allowed length: 65536$/,
    ],
  ])('%s is a one-line configuration error', (_name, exclude, message) => {
    const root = makeRepo({ 'a.conf': 'x' });
    const run = (): unknown => enumerate(root, ['.'], exclude);
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(message);
    expect(() => excludeMatcher(exclude)).toThrow(message);
  });
});

describe('paths', () => {
  test('walk mode: the .gitignore files above a scanned subdirectory apply', () => {
    const root = makeRepo(
      { '.gitignore': '*.log\nsub/gen/\n', 'sub/a.conf': 'x', 'sub/b.log': 'y', 'sub/gen/c.conf': 'z' },
      { git: false },
    );
    expect(enumerate(root, ['sub'], []).files).toEqual(['sub/a.conf']);
    expect(enumerate(root, ['sub/gen'], []).files).toEqual([]);
  });

  test('a scan path that cannot be resolved says why, in one line', () => {
    const root = makeRepo({ 'a.conf': 'x' }, { git: false });
    fs.symlinkSync('loop', path.join(root, 'loop'));
    expect(() => enumerate(root, ['loop'], [])).toThrow(new ScanInputError('path "loop" could not be read: ELOOP'));
    expect(() => enumerate(root, ['nope'], [])).toThrow(`path "nope" does not exist under ${root}`);
  });

  test('a path is a file name, not a git pathspec', () => {
    const root = makeRepo({ 'a.conf': 'x', ':a.conf': 'y', '*.conf': 'z', 'b.conf': 'w' });
    expect(enumerate(root, [':a.conf'], []).files).toEqual([':a.conf']);
    expect(enumerate(root, ['*.conf'], []).files).toEqual(['*.conf']);
  });
});

describe('a scan that could not read part of the tree is not a clean pass', () => {
  const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync('schema/report.schema.json', 'utf8')));
  const POLICY = { minVersion: 'TLSv1.2', failOn: 'error' } as const;
  const scanOf = (root: string) => scan({ root, paths: ['.'], exclude: [], maxFileSize: 1 << 20, policy: POLICY, rules: RULES });

  /** A clean tree with one directory that cannot be listed and one file that cannot be opened, even by root. */
  function unreadableTree(): { root: string; dir: string; file: string } {
    const root = makeRepo({ 'ok.conf': 'ssl_protocols TLSv1.2;\n' }, { git: false });
    const dir = deepDirectory(root, 'deep', PATH_MAX + 100, { 'hidden.conf': 'ssl_protocols TLSv1;\n' });
    const name = `${'x'.repeat(200)}.conf`;
    // The directory is listed; the file's absolute path is longer than PATH_MAX, so opening it fails.
    const at = deepDirectory(root, 'long', PATH_MAX - 150, { [name]: 'ssl_protocols TLSv1;\n' });
    return { root, dir, file: `${at}/${name}` };
  }

  test('errors name the directory and the file; the report is unchecked (exit 3) and says why', async () => {
    const { root, dir, file } = unreadableTree();
    const scanned = await scanOf(root);
    expect(scanned.errors).toEqual([
      { file: dir, message: 'ENAMETOOLONG: directory could not be listed' },
      { file, message: expect.stringContaining('ENAMETOOLONG') },
    ]);
    const report = buildReport({ scan: scanned, policy: POLICY });
    expect(report).toMatchObject({ verdict: 'fail', unchecked: true, uncheckedBecause: ['unreadable-files'], findings: [] });
    expect(headline(report)).toBe('2 files could not be read');
    expect(exitCode(report, true)).toBe(EXIT.unreachable);
    expect(validate(JSON.parse(toJson(report))), JSON.stringify(validate.errors)).toBe(true);
    const text = formatText(report);
    expect(text).toContain(`${dir}  warning  could not be read: ENAMETOOLONG: directory could not be listed`);
    expect(text).toMatch(/skipped 2 unreadable\n/);
    expect(text).toMatch(/\nfail: 2 files could not be read\n$/);
  });

  test('fail-on-unreadable: false keeps the errors but passes', async () => {
    const { root } = unreadableTree();
    const report = buildReport({ scan: await scanOf(root), policy: POLICY, failOnUnreadable: false });
    expect(report).toMatchObject({ verdict: 'pass', unchecked: false, uncheckedBecause: [] });
    expect(report.errors).toHaveLength(2);
    expect(exitCode(report, true)).toBe(EXIT.pass);
  });

  test('the CLI exits 3, or 0 with --allow-unreadable', async () => {
    const { root } = unreadableTree();
    const out: string[] = [];
    const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void out.push(t), cwd: root, isTTY: false };
    expect(await runCli(['scan'], io)).toBe(EXIT.unreachable);
    expect(out.join('')).toContain('fail: 2 files could not be read');
    expect(await runCli(['scan', '--allow-unreadable'], io)).toBe(EXIT.pass);
  });

  test.runIf(permissionsApply())('chmod 000 on a directory and on a file', async () => {
    const root = makeRepo({ 'ok.conf': 'ssl_protocols TLSv1.2;\n', 'locked/a.conf': 'x', 'secret.conf': 'y' }, { git: false });
    fs.chmodSync(path.join(root, 'locked'), 0);
    fs.chmodSync(path.join(root, 'secret.conf'), 0);
    try {
      const scanned = await scanOf(root);
      expect(scanned.errors).toEqual([
        { file: 'locked', message: 'EACCES: directory could not be listed' },
        { file: 'secret.conf', message: expect.stringContaining('EACCES') },
      ]);
      expect(headline(buildReport({ scan: scanned, policy: POLICY }))).toBe('2 files could not be read');
    } finally {
      fs.chmodSync(path.join(root, 'locked'), 0o755);
    }
  });
});

describe('enumerateAsync lists what enumerate lists, untracked files looked for while the tracked ones are examined', () => {
  function tree(git: boolean): string {
    const root = makeRepo({ ...FILES, 'linked/real.conf': 'x', 'tracked-link-target.conf': 'y' }, { git });
    fs.symlinkSync('tracked-link-target.conf', path.join(root, 'inside.conf'));
    fs.symlinkSync('/etc/hostname', path.join(root, 'outside.conf'));
    fs.symlinkSync('linked', path.join(root, 'dir-link'));
    execFileSync('mkfifo', [path.join(root, 'pipe.conf')]);
    if (git) execFileSync('git', ['add', 'inside.conf', 'outside.conf'], { cwd: root });
    // Untracked, ignored, and in a directory git cannot list.
    fs.writeFileSync(path.join(root, 'new.conf'), 'z');
    fs.writeFileSync(path.join(root, 'ignored/new.conf'), 'z');
    deepDirectory(root, 'deep', PATH_MAX + 100, { 'hidden.conf': 'z' });
    return root;
  }

  test.each([true, false])('git=%s', async (git) => {
    const root = tree(git);
    for (const [paths, exclude] of [
      [['.'], []],
      [['sub', 'a.conf'], []],
      [['.'], ['vendor', '!vendor/lib/b.conf', '*.tmp']],
    ] as const) {
      const counts: number[] = [];
      const listed = await enumerateAsync(root, paths, exclude, (n) => counts.push(n));
      expect(listed).toEqual(enumerate(root, paths, exclude));
      expect(listed.files.length).toBeGreaterThan(0);
      // Told once, before the untracked files: in a work tree, how many entries the index lists there.
      const indexed = git
        ? execFileSync('git', ['ls-files', '--', ...paths], { cwd: root, encoding: 'utf8' })
            .split('\n')
            .filter(Boolean).length
        : 0;
      expect(counts).toEqual(git ? [indexed] : []);
    }
    expect(await enumerateAsync(root, ['.'], [])).toMatchObject({ source: git ? 'git' : 'walk' });
    await expect(enumerateAsync(root, ['missing'], [])).rejects.toThrow(ScanInputError);
  });
});

describe('the scan reads untracked files and judges every file by the whole listing', () => {
  const POLICY = { minVersion: 'TLSv1.2', failOn: 'error' } as const;
  const scanOf = (root: string) => scan({ root, paths: ['.'], exclude: [], maxFileSize: 1 << 20, policy: POLICY, rules: RULES });
  const CLIENT = 'int main(void) {\n    SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);\n}\n';
  const found = (r: Awaited<ReturnType<typeof scanOf>>) => r.findings.map((f) => `${f.file}:${f.line} ${f.context}`);

  test('untracked files are read too, and an untracked file that makes the tree a TLS stack changes how the tracked ones are judged', async () => {
    // OpenSSL's tree is known by ssl/ssl_lib.c and include/openssl/ssl.h; its apps/ offer every version.
    const files = { 'deps/openssl/ssl/ssl_lib.c': '/* */\n', 'deps/openssl/apps/s_client.c': CLIENT, 'etc/a.conf': 'x\n' };
    const root = makeRepo(files);
    fs.mkdirSync(path.join(root, 'deps/openssl/include/openssl'), { recursive: true });
    fs.writeFileSync(path.join(root, 'deps/openssl/include/openssl/ssl.h'), '/* */\n');
    fs.writeFileSync(path.join(root, 'nginx.conf'), 'ssl_protocols TLSv1 TLSv1.2;\n');
    const staged = await scanOf(root);
    expect(found(staged)).toEqual(['deps/openssl/apps/s_client.c:2 tls-implementation', 'nginx.conf:1 first-party']);
    // The same files, all tracked: the same answer.
    const all = makeRepo({
      ...files,
      'deps/openssl/include/openssl/ssl.h': '/* */\n',
      'nginx.conf': 'ssl_protocols TLSv1 TLSv1.2;\n',
    });
    const whole = await scanOf(all);
    expect(found(whole)).toEqual(found(staged));
    expect(whole.stats).toEqual({ ...staged.stats, milliseconds: whole.stats.milliseconds });
    // Without the untracked header, the client is first-party code.
    fs.rmSync(path.join(root, 'deps/openssl/include'), { recursive: true });
    expect(found(await scanOf(root))).toEqual(['deps/openssl/apps/s_client.c:2 first-party', 'nginx.conf:1 first-party']);
  });

  test('when git cannot list the untracked files, what the walk lists is read, not what was read early', async () => {
    // Tracked although ignored: git lists it, the walk (which honours .gitignore) does not.
    const root = makeRepo({ '.gitignore': 'old.conf\n', 'nginx.conf': 'ssl_protocols TLSv1.1;\n' });
    fs.writeFileSync(path.join(root, 'old.conf'), 'ssl_protocols TLSv1;\n');
    execFileSync('git', ['add', '-f', 'old.conf'], { cwd: root });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-fake-git-'));
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    fs.writeFileSync(path.join(dir, 'git'), `#!/bin/sh\ncase "$*" in *--others*) exit 1;; esac\nexec '${real}' "$@"\n`, { mode: 0o755 });
    const saved = process.env.PATH;
    process.env.PATH = `${dir}${path.delimiter}${saved ?? ''}`;
    let scanned: Awaited<ReturnType<typeof scanOf>>;
    try {
      scanned = await scanOf(root);
    } finally {
      process.env.PATH = saved;
    }
    expect(found(scanned)).toEqual(['nginx.conf:1 first-party']);
    expect(scanned.stats.files).toBe(2);
  });
});

test("git's index entries: a tab in a name, a symbolic link and a submodule", () => {
  const root = makeRepo({ 'a\tb.conf': 'x', 'target.conf': 'y' });
  fs.symlinkSync('target.conf', path.join(root, 'link.conf'));
  const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  execFileSync('git', ['add', 'link.conf'], { cwd: root });
  execFileSync('git', ['update-index', '--add', '--cacheinfo', `160000,${sha},module`], { cwd: root });
  const e = enumerate(root, ['.'], []);
  expect(e.files).toEqual(['a\tb.conf', 'link.conf', 'target.conf']);
  expect(e.source).toBe('git');
});

describe('outside any git work tree, git is not run (a walk follows its failure anyway)', () => {
  /** A `git` first on PATH that notes each run in `log` and then runs the real one. */
  function recordingGit(): { dir: string; log: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-fake-git-'));
    const log = path.join(dir, 'runs');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    fs.writeFileSync(path.join(dir, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
    return { dir, log };
  }

  function withGit<T>(dir: string, f: () => T): T {
    const saved = process.env.PATH;
    process.env.PATH = `${dir}${path.delimiter}${saved ?? ''}`;
    try {
      return f();
    } finally {
      process.env.PATH = saved;
    }
  }

  const runs = (log: string): number => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0);

  test('no .git in the root or above it: a walk, and no git process', async () => {
    const root = makeRepo(FILES, { git: false });
    expect(mayBeInGitWorkTree(fs.realpathSync(root), {})).toBe(false);
    const git = recordingGit();
    const listed = await withGit(git.dir, () => enumerateAsync(root, ['.'], ['vendor']));
    expect(listed).toMatchObject({ source: 'walk', files: ['.gitignore', 'a.conf', 'sub/.gitignore', 'sub/keep.tmp'] });
    expect(withGit(git.dir, () => enumerate(root, ['.'], ['vendor']))).toEqual(listed);
    expect(runs(git.log)).toBe(0);
  });

  test('a .git directory or file in the root or a parent, or GIT_DIR / GIT_WORK_TREE: git is asked', () => {
    const repo = makeRepo({ 'sub/deeper/a.conf': 'x' });
    expect(mayBeInGitWorkTree(path.join(repo, 'sub/deeper'), {})).toBe(true);
    const worktree = makeRepo({ '.git': 'gitdir: /nowhere\n' }, { git: false });
    expect(mayBeInGitWorkTree(worktree, {})).toBe(true);
    const bare = makeRepo({}, { git: false });
    expect(mayBeInGitWorkTree(bare, { GIT_DIR: '/elsewhere/.git' })).toBe(true);
    expect(mayBeInGitWorkTree(bare, { GIT_WORK_TREE: bare })).toBe(true);
    const git = recordingGit();
    expect(withGit(git.dir, () => enumerate(repo, ['.'], [])).source).toBe('git');
    expect(runs(git.log)).toBeGreaterThan(0);
  });
});

test('the walk loads the glob compiler when it meets a .gitignore, and lists the same (a fresh module: nothing loaded)', async () => {
  vi.resetModules();
  const fresh = await import('../src/scan/files.js');
  const root = makeRepo(FILES, { git: false });
  // Synchronously there is no loading it: an internal error, never a listing that ignored the .gitignore.
  expect(() => fresh.enumerate(root, ['.'], [])).toThrow('internal error: a glob was compiled before loadGlobMatcher() was awaited');
  expect(await fresh.enumerateAsync(root, ['.'], [])).toEqual(enumerate(root, ['.'], []));
  expect(fresh.enumerate(root, ['.'], []).files).not.toContain('ignored/c.conf');
});

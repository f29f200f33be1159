/** The action from its sources, over a fake ActionIO: what it writes, prints and sets. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runAction, type ActionIO } from '../src/action.js';
import { makeRepo } from './helpers/fixture.js';

interface Recorded {
  outputs: Record<string, string>;
  failed: string[];
  warnings: string[];
  errors: string[];
  summaries: string[];
}

async function action(
  workspace: string,
  inputs: Record<string, string>,
  opts: { summary?: (md: string) => Promise<void>; temp?: string } = {},
) {
  const r: Recorded = { outputs: {}, failed: [], warnings: [], errors: [], summaries: [] };
  const io: ActionIO = {
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => void (r.outputs[name] = value),
    setFailed: (m) => void r.failed.push(m),
    info: () => {},
    error: (m) => void r.errors.push(m),
    warning: (m) => void r.warnings.push(m),
    notice: () => {},
    writeSummary: opts.summary ?? (async (md) => void r.summaries.push(md)),
    env: { GITHUB_WORKSPACE: workspace, ...(opts.temp ? { RUNNER_TEMP: opts.temp } : {}) },
  };
  await runAction(io);
  return r;
}

const CLEAN = { 'nginx.conf': 'ssl_protocols TLSv1.2 TLSv1.3;\n' };
const LEGACY = { 'nginx.conf': 'ssl_protocols TLSv1 TLSv1.2;\n' };

describe('an unwritable job summary', () => {
  test('is a warning: the outputs, report files and verdict still happen', async () => {
    const ws = makeRepo(CLEAN, { git: false });
    const r = await action(
      ws,
      { 'report-file': 'out/r.json' },
      {
        summary: async () => {
          throw Object.assign(new Error('EISDIR: illegal operation on a directory, open /home/runner/summary'), { code: 'EISDIR' });
        },
      },
    );
    expect(r.failed).toEqual([]);
    expect(r.warnings).toEqual([
      'tls-floor: could not write the job summary (GITHUB_STEP_SUMMARY): EISDIR: illegal operation on a directory, open /home/runner/summary',
    ]);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.outputs['report-file']).toBe(path.join(fs.realpathSync(ws), 'out/r.json'));
    expect(JSON.parse(fs.readFileSync(path.join(ws, 'out/r.json'), 'utf8')).verdict).toBe('pass');
  });

  test('a failing check still fails', async () => {
    const r = await action(makeRepo(LEGACY, { git: false }), {}, { summary: () => Promise.reject(new Error('EACCES')) });
    expect(r.outputs.verdict).toBe('fail');
    expect(r.failed).toEqual(['TLSv1.0 enabled below TLSv1.2; see the annotations and the job summary']);
  });
});

describe('report files stay in the workspace or RUNNER_TEMP', () => {
  const temp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-runner-temp-')));

  test('inputs may write to RUNNER_TEMP', async () => {
    const ws = makeRepo(CLEAN, { git: false });
    const r = await action(ws, { 'report-file': path.join(temp, 'r.json'), 'sarif-file': 'reports/r.sarif' }, { temp });
    expect(r.failed).toEqual([]);
    expect(r.outputs['report-file']).toBe(path.join(temp, 'r.json'));
    expect(fs.existsSync(path.join(temp, 'r.json'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(ws, 'reports/r.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  test('an input outside both fails before anything is written; the error names the input', async () => {
    const ws = makeRepo(CLEAN, { git: false });
    const target = path.join(path.dirname(ws), `${path.basename(ws)}-escape.sarif`);
    const r = await action(ws, { 'sarif-file': `../${path.basename(target)}` }, { temp });
    expect(r.failed).toEqual([`configuration error: sarif-file: "../${path.basename(target)}" is outside the workspace or RUNNER_TEMP`]);
    expect(fs.existsSync(target)).toBe(false);
    expect(r.outputs).toEqual({});
  });

  test('the config file may not write to RUNNER_TEMP', async () => {
    const ws = makeRepo({ ...CLEAN, '.github/tls-floor.yml': `report-file: ${temp}/from-config.json\n` }, { git: false });
    const r = await action(ws, {}, { temp });
    expect(r.failed).toEqual([
      `configuration error: .github/tls-floor.yml:1: report-file: "${temp}/from-config.json" is outside the workspace`,
    ]);
    expect(fs.existsSync(path.join(temp, 'from-config.json'))).toBe(false);
  });

  test('the summary escapes file names', async () => {
    const ws = makeRepo({ '[x](http:evil.example) <img src=x>.conf': 'ssl_protocols TLSv1;\n' }, { git: false });
    const r = await action(ws, { fail: 'false' });
    expect(r.summaries[0]).toContain('\\[x\\](http:evil.example) \\<img src=x\\>.conf');
    expect(r.summaries[0]).not.toMatch(/(^|[^\\])\[x\]/m);
  });
});

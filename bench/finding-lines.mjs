#!/usr/bin/env node
/**
 * Are findings on the line of their legacy token? With diff-aware PR checks the line decides whether
 * an annotation lands on the line a contributor changed, so a finding in a multi-line expression
 * must start on the line that carries the legacy value (`TLSv1_1_server_method`, `"TLSv1"`, `Tls11`,
 * `768`), not on the first line of the statement, key or call around it.
 *
 * A finding is an offender when the line it starts on holds no legacy-looking token while a later
 * line of its range does. Findings whose range holds no such token at all (`all`, a policy name) are not
 * judged: there is no token line to prefer.
 *
 * Usage (not a test; the rule examples are checked by __tests__/finding-lines.test.ts):
 *   node bench/finding-lines.mjs [--cli FILE] TREE…      scan each tree with the CLI and list offenders by rule
 *   node bench/finding-lines.mjs --trees DIR             every directory in DIR (e.g. /tmp/rw)
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A token that names or encodes a legacy version in any of the spellings the rules read: `SSLv3`,
 * `SSLv23_METHOD`, `ssl3`, `TLSv1`, `TLSv1.1`, `TLS1_0`, `TLS_1_1`, `tls10`, `VersionTLS11`, .NET's
 * `.Tls`/`.Tls11`/`Ssl3`, the numbers .NET and the wire use (48, 192, 768, 0x0301) and bare `1.0`/`1.1`.
 */
export const LEGACY_TOKEN =
  /ssl[ _-]?v?(?:2|3|23)(?![0-9])|tls[ _-]?v?1(?:[._ -]?[01])?(?![._ -]?[23]|[0-9])|(?:\.|::)tls(?![\w])|(?<![\w.])(?:1\.[01]|48|192|768|0x030[0-2]|769|770)(?![\w.])|tls(?:v1)?[-_ ]?1[._]?[01]/i;

/** Whether a stretch of text holds a legacy token that is not written to switch the version off (`!SSLv3`, `SSL_OP_NO_TLSv1`). */
export function hasLegacyToken(text) {
  const re = new RegExp(LEGACY_TOKEN.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!/(?:[!-]|no_?)$/i.test(text.slice(Math.max(0, m.index - 3), m.index))) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

/**
 * The offending lines of one finding, or undefined when it is on its token's line. `lines` are the
 * file's lines (index 0 is line 1).
 */
export function lineOffence(finding, lines) {
  if (hasLegacyToken(lines[finding.line - 1] ?? '')) return undefined;
  for (let line = finding.line + 1; line <= (finding.endLine ?? finding.line); line++) {
    let text = lines[line - 1] ?? '';
    if (line === finding.endLine) text = text.slice(0, finding.endColumn - 1);
    if (hasLegacyToken(text)) return { tokenLine: line, text: text.trim().slice(0, 120) };
  }
  return undefined;
}

/** Every offender of a JSON report, given a way to read a file's text by its report path. */
export function offenders(findings, readText) {
  const out = [];
  const cache = new Map();
  for (const f of findings) {
    if (!cache.has(f.file)) cache.set(f.file, readText(f.file)?.split('\n'));
    const lines = cache.get(f.file);
    if (!lines) continue;
    const offence = lineOffence(f, lines);
    if (offence) out.push({ ruleId: f.ruleId, file: f.file, line: f.line, column: f.column, ...offence });
  }
  return out;
}

function main() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const args = process.argv.slice(2);
  let cli = path.join(here, '../dist/cli/index.js');
  const trees = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--cli') cli = path.resolve(args[++i]);
    else if (args[i] === '--trees') {
      const dir = args[++i];
      for (const name of fs.readdirSync(dir).sort()) if (fs.statSync(path.join(dir, name)).isDirectory()) trees.push(path.join(dir, name));
    } else trees.push(args[i]);
  }
  if (trees.length === 0) {
    process.stderr.write('finding-lines.mjs: give one or more trees, or --trees DIR\n');
    process.exit(2);
  }
  const byRule = new Map();
  let total = 0;
  for (const tree of trees) {
    const out = spawnSync(process.execPath, [cli, 'scan', '--format', 'json', '--no-fail', '--root', tree], {
      cwd: tree,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (!out.stdout) {
      process.stderr.write(`${tree}: CLI exited ${out.status}: ${out.stderr.trim().split('\n')[0]}\n`);
      continue;
    }
    const report = JSON.parse(out.stdout);
    const found = offenders(report.findings, (file) => {
      try {
        return fs.readFileSync(path.join(tree, file), 'utf8');
      } catch {
        return undefined;
      }
    });
    for (const o of found) {
      const list = byRule.get(o.ruleId) ?? [];
      list.push({ ...o, tree: path.basename(tree) });
      byRule.set(o.ruleId, list);
      total++;
    }
  }
  for (const [rule, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
    process.stdout.write(`${rule}: ${list.length}\n`);
    for (const o of list) process.stdout.write(`  ${o.tree}/${o.file}:${o.line}:${o.column} → token on ${o.tokenLine}: ${o.text}\n`);
  }
  process.stdout.write(`offenders: ${total}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

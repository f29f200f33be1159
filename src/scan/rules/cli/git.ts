import { atLeast, setOf, type VersionSet } from '../../../versions.js';
import type { Match, Rule } from '../../rule.js';
import { lastBefore, type SourceFile } from '../../source.js';
import { clipCommand, SCRIPT_KINDS } from './shared.js';

// ---------------------------------------------------------------------------------------------
// K3: git http.sslVersion / GIT_SSL_VERSION
// ---------------------------------------------------------------------------------------------

const GIT_VERSIONS: Readonly<Record<string, VersionSet>> = {
  sslv2: setOf('SSLv2'),
  sslv3: setOf('SSLv3'),
  tlsv1: atLeast('TLSv1.0'),
  'tlsv1.0': atLeast('TLSv1.0'),
  'tlsv1.1': atLeast('TLSv1.1'),
  'tlsv1.2': atLeast('TLSv1.2'),
  'tlsv1.3': atLeast('TLSv1.3'),
};

/** The file's `[section]` headers in order: found once, so that each setting does not rescan the file from its start for its section. */
function gitconfigSections(file: SourceFile): { at: number; name: string }[] {
  return [...file.code.matchAll(/^[ \t]*\[([^\]\n]{1,200})\]/gm)].map((h) => ({ at: h.index, name: h[1] }));
}

export const gitSslVersion: Rule = {
  meta: {
    id: 'cli/git-ssl-version',
    title: 'git http.sslVersion allows legacy TLS',
    description:
      "git's `http.sslVersion` (also `http.<url>.sslVersion`, `git -c http.sslVersion=…`, `[http] sslVersion = …` in a gitconfig, and the `GIT_SSL_VERSION` environment variable) is handed to libcurl as a minimum: `tlsv1`, `tlsv1.0` and `tlsv1.1` let HTTPS fetches use TLS 1.0/1.1; `sslv2`/`sslv3` select SSL.",
    ecosystem: 'Scripts, CLI & CI',
    catalogue: ['K3'],
    docs: ['https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpsslVersion'],
    files: { kinds: SCRIPT_KINDS, names: /gitconfig$|^config$/ },
    keywords: /sslVersion|GIT_SSL_VERSION/,
    fixable: true,
    safe: 'git config --global http.sslVersion tlsv1.2',
  },
  *check(file, ctx) {
    const code = file.code;
    const target = ctx.floor === 'TLSv1.3' ? 'tlsv1.3' : 'tlsv1.2';
    const value = String.raw`(["']?)(sslv[23]|tlsv1(?:\.[0-3])?)\2(?![\w.])`;
    const patterns = [
      new RegExp(String.raw`(?<![\w.-])(http(?:\.[^\s=]{1,200}?)?\.sslversion)(?:[ \t]*=[ \t]*|[ \t]+)${value}`, 'gi'),
      new RegExp(String.raw`(?<![\w])(GIT_SSL_VERSION)(?:[ \t]*[=:][ \t]*|[ \t]+)${value}`, 'g'),
    ];
    const isGitconfig = /gitconfig$/.test(file.name) || /(?:^|\/)\.git\/config$/.test(file.path);
    if (isGitconfig) patterns.push(new RegExp(String.raw`^[ \t]*(sslVersion)[ \t]*=[ \t]*${value}`, 'gim'));
    for (const re of patterns) {
      for (let m = re.exec(code); m; m = re.exec(code)) {
        if (m[1] === 'sslVersion' || /^sslversion$/i.test(m[1])) {
          // Only in an [http] or [http "…"] section.
          const header = lastBefore(file.fact(gitconfigSections), m.index);
          if (!header || !/^http\b/i.test(header.name.trim())) continue;
        }
        const versions = GIT_VERSIONS[m[3].toLowerCase()];
        if (versions === undefined) continue;
        const valueStart = m.index + m[0].length - m[2].length - m[3].length;
        yield {
          start: m.index + m[0].indexOf(m[1]), // at the key, not at the indentation of a gitconfig line
          end: m.index + m[0].length,
          versions,
          what: clipCommand(m[0]),
          why: /^tlsv1/i.test(m[3]) ? `${m[3]} is a minimum` : undefined,
          instead: `\`http.sslVersion ${target}\``,
          fix: { start: valueStart, end: valueStart + m[3].length, text: target },
        } satisfies Match;
      }
    }
  },
  examples: {
    valid: [
      { file: 'scripts/setup.sh', code: 'git config --global http.sslVersion tlsv1.2' },
      { file: '.gitconfig', code: '[http]\n\tsslVersion = tlsv1.3\n[user]\n\tname = Dev' },
      { file: 'Dockerfile', code: 'ENV GIT_SSL_VERSION=tlsv1.2\n# ENV GIT_SSL_VERSION=tlsv1.0', note: 'commented out' },
      { file: 'scripts/setup.sh', code: 'git config --global http.sslVersion "$GIT_TLS"', note: 'variable' },
      { file: 'gitconfig', code: '[core]\n\tsslVersion = tlsv1\n', note: 'not in an [http] section' },
    ],
    invalid: [
      {
        file: 'scripts/setup.sh',
        code: 'git config --global http.sslVersion tlsv1.0',
        findings: ['1:21 TLSv1.0 TLSv1.1'],
        output: 'git config --global http.sslVersion tlsv1.2',
      },
      {
        file: '.gitconfig',
        code: '[user]\n\temail = dev@example.com\n[http "https://git.legacy.example.com/"]\n\tsslVersion = tlsv1.1\n',
        findings: ['4:2 TLSv1.1'],
        output: '[user]\n\temail = dev@example.com\n[http "https://git.legacy.example.com/"]\n\tsslVersion = tlsv1.2\n',
      },
      {
        file: 'Dockerfile',
        code: 'FROM alpine/git\nENV GIT_SSL_VERSION tlsv1',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'Jenkinsfile',
        code: "sh 'git -c http.https://old.example.com/.sslVersion=sslv3 clone https://old.example.com/repo.git'",
        findings: ['1:12 SSLv3'],
      },
    ],
  },
};

import { range, setOf, type Version, versionIndex, type VersionSet } from '../../../versions.js';
import { patternRule } from '../../define.js';
import { readVersion } from '../../evaluate.js';
import type { Match, Rule, RuleContext } from '../../rule.js';
import { nextNewline, type SourceFile } from '../../source.js';
import { CODE_KINDS, inHashComment, isCode, JDK_ALL, JVM_OPTION_NAMES, readUntil, sedContext } from './shared.js';

// ---------------------------------------------------------------------------------------------
// C5: java.security jdk.tls.disabledAlgorithms without TLSv1 / TLSv1.1
// ---------------------------------------------------------------------------------------------

const DISABLE_ORDER: readonly [Version, string][] = [
  ['SSLv3', 'SSLv3'],
  ['TLSv1.0', 'TLSv1'],
  ['TLSv1.1', 'TLSv1.1'],
  ['TLSv1.2', 'TLSv1.2'],
];

/** The JDK's own list is about 300 characters; a longer value is not this setting, and the bound keeps a hostile file linear. */
const MAX_LIST = 3000;

export const disabledAlgorithms = patternRule({
  meta: {
    id: 'java/disabled-algorithms',
    title: 'jdk.tls.disabledAlgorithms no longer disables TLS 1.0/1.1',
    description:
      'JDK 8u291, 11.0.11 and later disable SSLv3, TLSv1 and TLSv1.1 through the `jdk.tls.disabledAlgorithms` security property in `java.security`. A `java.security` copy, an override file passed with `-Djava.security.properties`, an `echo`/`sed` in a Dockerfile or a `Security.setProperty` call that sets the property without them re-enables those versions for every JSSE connection.',
    ecosystem: 'Java & JVM',
    catalogue: ['C5'],
    docs: ['https://www.java.com/en/configure_crypto.html', 'https://bugs.openjdk.org/browse/JDK-8202343'],
    files: {
      kinds: [...CODE_KINDS, 'properties', 'shell', 'dockerfile', 'yaml', 'makefile', 'batch', 'powershell', 'conf'],
      names: JVM_OPTION_NAMES,
    },
    keywords: /disabledAlgorithms/,
    fixable: true,
    safe: 'jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, …',
    limits:
      'A `-Djava.security.properties=file` flag is reported only through the file it names when that file is in the repository; the JDK that runs the application decides what an absent entry means.',
  },
  pattern: /(?<![\w.-])(["']?)jdk\.tls\.disabledAlgorithms\1[ \t]*(=|:|,)[ \t]*/,
  evaluate: (m, ctx, file) => {
    const code = file.code;
    const quotedKey = m[1] !== '';
    if (isCode(file) && !(quotedKey && m[2] === ',')) return undefined;
    if (!isCode(file) && m[2] === ',' && !quotedKey) return undefined;
    if (inHashComment(file, m.index)) return undefined;
    const sed = sedContext(file.text, m.index);
    if (sed) {
      // A replacement that keeps the rest of the line is judged by java/disabled-algorithms-edit.
      if (!sed.inReplacement || !/\.[*+]|\$$/.test(sed.search)) return undefined;
    }
    const i = m.index + m[0].length;
    let value: string;
    let valueStart = i;
    let end: number;
    const q = code[i];
    if (isCode(file) && q !== '"' && q !== "'") {
      // `Security.setProperty(KEY, Security.getProperty(KEY).replace("TLSv1, ", ""))`
      const stop = readUntil(code, i, ';');
      const expr = stop === undefined ? '' : code.slice(i, stop);
      let removed: VersionSet = 0;
      for (const r of expr.matchAll(/\.replace(?:All|First)?\s*\(\s*"((?:\\.|[^"\\\n]){0,200})"\s*,\s*"((?:\\.|[^"\\\n]){0,200})"/g))
        removed |= versionsIn(r[1]) & ~versionsIn(r[2]);
      if (!removed) return undefined;
      return {
        versions: removed | range('TLSv1.2', 'TLSv1.3'),
        end: stop,
        why: `the code removes ${describeRemoved(removed)} from the disabled list`,
      };
    }
    if ((q === '"' || q === "'") && (quotedKey || m[2] !== ',')) {
      const inWindow = code.slice(i + 1, i + 1 + MAX_LIST).indexOf(q);
      if (inWindow < 0) return undefined;
      const close = i + 1 + inWindow;
      valueStart = i + 1;
      value = code.slice(i + 1, close);
      end = close + 1;
    } else {
      // Bare value: up to the end of the line, following `\` continuations (java.security style).
      // It ends MAX_LIST characters on at the latest: a line without an end is not read to the end of the file.
      const limit = Math.min(code.length, i + MAX_LIST);
      let j = i;
      for (let lines = 0; lines < 40; lines++) {
        while (j < limit && code[j] !== '\n' && !`"'/|`.includes(code[j])) j++;
        let last = j;
        while (last > i && /\s/.test(code[last - 1])) last--;
        if (j < limit && code[j] === '\n' && code[last - 1] === '\\' && last > i) {
          j++;
          continue;
        }
        break;
      }
      value = code.slice(i, j);
      end = i + value.trimEnd().length;
    }
    if (/\$\{?\w|\{\{|%\w+%/.test(value)) return undefined;
    let listed = 0;
    for (const t of value.split(/[\s,\\]+/)) {
      const v = /^(?:SSLv3|TLSv1(?:\.[0-3])?)$/i.test(t) ? readVersion(t) : undefined;
      if (v) listed |= setOf(v);
    }
    const versions = JDK_ALL & ~listed;
    const missing = DISABLE_ORDER.filter(([v]) => versionIndex(v) < versionIndex(ctx.floor) && !(listed & setOf(v))).map(([, n]) => n);
    const onlySsl3 = (versions & range('TLSv1.0', 'TLSv1.1')) === 0;
    return {
      versions,
      end,
      // Continuation lines joined (split at each `\`+line break: a `\s*` pattern tried at every blank is quadratic).
      what: `jdk.tls.disabledAlgorithms=${value
        .split(/\\[^\S\n]*\n/)
        .map((part) => part.trim())
        .join(' ')
        .trim()
        .slice(0, 80)}`,
      why: `the list does not name ${missing.join(', ') || 'the legacy versions'}`,
      severity: onlySsl3 ? 'warning' : undefined,
      fix:
        missing.length && !sed
          ? { start: valueStart, end: valueStart, text: `${missing.join(', ')}${value.trim() ? ', ' : ''}` }
          : undefined,
    };
  },
  instead: (ctx) =>
    `\`jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, ${ctx.floor === 'TLSv1.3' ? 'TLSv1.2, ' : ''}…\` (keep the JDK's legacy entries)`,
  examples: {
    valid: [
      {
        file: 'conf/security/java.security',
        code: 'jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, \\\n    MD5withRSA, DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL, \\\n    ECDH',
        note: 'the JDK 21 default',
      },
      {
        file: 'java.security',
        code: '#jdk.tls.disabledAlgorithms=SSLv3, RC4\njdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, RC4, DES',
        note: 'commented-out old default',
      },
      {
        file: 'Dockerfile',
        code: "RUN sed -i 's/jdk.tls.disabledAlgorithms=/jdk.tls.disabledAlgorithms=SSLv2Hello, DES40_CBC, TLSv1, TLSv1.1, /' $JAVA_HOME/jre/lib/security/java.security",
        note: 'prepends more disabled entries; the rest of the line is kept',
      },
      { file: 'src/TlsConfig.java', code: 'String current = Security.getProperty("jdk.tls.disabledAlgorithms");', note: 'a read' },
      { file: 'src/Harden.java', code: 'Security.setProperty("jdk.tls.disabledAlgorithms", "SSLv3, TLSv1, TLSv1.1, RC4");' },
      {
        file: 'src/Harden.java',
        code: 'Security.setProperty("jdk.tls.disabledAlgorithms", current + ", TLSv1.2");',
        note: 'appends to the current list',
      },
      {
        file: 'bin/run.sh',
        code: 'java -Djdk.tls.disabledAlgorithms=SSLv3 -jar app.jar',
        note: 'a security property cannot be set with -D; has no effect',
      },
    ],
    invalid: [
      {
        file: 'docker/legacy-tls.security',
        code: 'jdk.tls.disabledAlgorithms=SSLv3, RC4, DES, MD5withRSA, \\\n    DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output:
          'jdk.tls.disabledAlgorithms=TLSv1, TLSv1.1, SSLv3, RC4, DES, MD5withRSA, \\\n    DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL',
        note: 'an override file for -Djava.security.properties',
      },
      {
        file: 'Dockerfile',
        code: 'FROM openjdk:8-jre\nRUN echo "jdk.tls.disabledAlgorithms=SSLv3, RC4, DES, MD5withRSA, 3DES_EDE_CBC, anon, NULL" >> $JAVA_HOME/jre/lib/security/java.security',
        findings: ['2:11 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/main/java/com/acme/LegacyTls.java',
        code: 'Security.setProperty("jdk.tls.disabledAlgorithms", "");',
        findings: ['1:22 SSLv3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/main/java/com/acme/SqlServerTls.java',
        code: 'String disabled = Security.getProperty("jdk.tls.disabledAlgorithms");\nSecurity.setProperty("jdk.tls.disabledAlgorithms", disabled.replace("TLSv1, ", "").replace("TLSv1.1, ", ""));',
        findings: ['2:22 TLSv1.0 TLSv1.1'],
        note: 'removal by string replacement in code',
      },
      {
        file: 'Dockerfile',
        code: "RUN sed -i 's/^jdk.tls.disabledAlgorithms=.*/jdk.tls.disabledAlgorithms=SSLv3, RC4, DES/' /opt/java/openjdk/conf/security/java.security",
        findings: ['1:46 TLSv1.0 TLSv1.1'],
        note: 'the replacement replaces the whole line',
      },
      {
        file: 'java.security',
        code: 'jdk.tls.disabledAlgorithms=SSLv3, TLSv1, RC4',
        findings: ['1:1 TLSv1.1'],
        output: 'jdk.tls.disabledAlgorithms=TLSv1.1, SSLv3, TLSv1, RC4',
      },
      {
        file: 'scripts/enable-tls1.sh',
        code: "DISABLED='jdk.tls.disabledAlgorithms=SSLv3, RC4, DES, \\\\\n    anon, NULL'",
        findings: ['1:11 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'java.security',
        code: 'jdk.tls.disabledAlgorithms=TLSv1, TLSv1.1, RC4',
        findings: ['1:1 SSLv3'],
        severity: 'warning',
        note: 'SSLv3 is also off in the default protocol list',
      },
    ],
  },
});

export const disabledAlgorithmsEdit: Rule = {
  meta: {
    id: 'java/disabled-algorithms-edit',
    title: 'Script removes TLSv1/TLSv1.1 from jdk.tls.disabledAlgorithms',
    description:
      'A `sed`/`perl` substitution on `java.security` whose search text names TLSv1, TLSv1.1 or SSLv3 and whose replacement does not — the usual Dockerfile recipe to re-enable TLS 1.0 for an old SQL Server or mail server — makes those versions available to every JSSE connection of the image.',
    ecosystem: 'Java & JVM',
    catalogue: ['C5'],
    docs: ['https://www.java.com/en/configure_crypto.html'],
    files: { kinds: ['shell', 'dockerfile', 'yaml', 'makefile', 'groovy', 'batch', 'powershell'] },
    keywords: /disabledAlgorithms|java\.security/,
    fixable: false,
    safe: 'leave `jdk.tls.disabledAlgorithms` as the JDK ships it',
    limits: 'Only `s/…/…/` substitutions and `/…disabledAlgorithms…/d` deletions on the same line as the file name or property are read.',
  },
  examples: {
    valid: [
      {
        file: 'Dockerfile',
        code: "RUN sed -i 's/jdk.tls.disabledAlgorithms=SSLv3/jdk.tls.disabledAlgorithms=SSLv3, TLSv1.3/g' /opt/java/openjdk/conf/security/java.security",
        note: 'adds an entry; nothing removed',
      },
      {
        file: 'Dockerfile',
        code: "RUN sed -i 's/securerandom.source=file:\\/dev\\/random/securerandom.source=file:\\/dev\\/urandom/' $JAVA_HOME/conf/security/java.security",
      },
      { file: 'build.sh', code: "# sed -i 's/TLSv1, TLSv1.1, //' $JAVA_HOME/conf/security/java.security", note: 'commented out' },
      { file: 'Dockerfile', code: "RUN sed -i 's/TLSv1, TLSv1.1, //' /etc/openssl/legacy.cnf", note: 'not the Java security file' },
    ],
    invalid: [
      {
        file: 'Dockerfile',
        code: "FROM openjdk:11\nRUN sed -i 's/TLSv1, TLSv1.1, //' $JAVA_HOME/conf/security/java.security",
        findings: ['2:13 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'Dockerfile',
        code: "RUN sed -i '/^jdk.tls.disabledAlgorithms/s/TLSv1,TLSv1.1//g' /usr/java/openjdk-16/conf/security/java.security",
        findings: ['1:42 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'Dockerfile',
        code: 'RUN sed -Ei "s/(jdk.tls.disabledAlgorithms=.+)TLSv1,\\s+TLSv1.1,\\s+(.+)/$1$2/g" /usr/local/openjdk-8/jre/lib/security/java.security',
        findings: ['1:14 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'scripts/setup.sh',
        code: 'sudo sed -i -e "s/SSLv3, TLSv1, TLSv1.1, /SSLv3, /" "$JAVA_HOME/jre/lib/security/java.security"',
        findings: ['1:17 TLSv1.0 TLSv1.1'],
      },
      {
        file: '.gitlab-ci.yml',
        code: "script:\n  - sed -i 's/TLSv1\\.1, //' $JAVA_HOME/conf/security/java.security",
        findings: ['2:13 TLSv1.1'],
      },
      {
        file: 'Dockerfile',
        code: "RUN sed -i '/^jdk.tls.disabledAlgorithms/d' $JAVA_HOME/conf/security/java.security",
        findings: ['1:13 SSLv3 TLSv1.0 TLSv1.1'],
        note: 'deleting the first line of the entry',
      },
    ],
  },
  *check(file: SourceFile, ctx: RuleContext): Iterable<Match> {
    const code = file.code;
    const text = file.text;
    for (let ls = 0; ls < code.length;) {
      let le = nextNewline(code, ls);
      if (le < 0) le = code.length;
      const lineStart = ls;
      ls = le + 1;
      if (!/\b(?:sed|perl)\b/.test(code.slice(lineStart, le))) continue;
      const raw = text.slice(lineStart, le);
      // The edited file: on this line, or on the next line after a `\` continuation.
      const next = text.slice(le, le + 300).split('\n', 2)[1] ?? '';
      const scope = raw.trimEnd().endsWith('\\') ? raw + next : raw;
      if (!/java\.security|disabledAlgorithms/.test(scope)) continue;
      const del = /\/\^?[^/\n]{0,80}disabledAlgorithms[^/\n]{0,80}\/\s*d\b/.exec(raw);
      if (del) {
        yield {
          start: lineStart + del.index,
          end: lineStart + del.index + del[0].length,
          versions: JDK_ALL,
          what: del[0],
          why: 'deleting the entry drops every legacy version from the disabled list',
          instead: '`jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, …` kept as shipped',
        };
        continue;
      }
      const re = /(?:^|[\s'";/}])s([/|#,:@!])((?:\\.|(?!\1)[^\\\n]){0,600})\1((?:\\.|(?!\1)[^\\\n]){0,600})\1/g;
      for (let m = re.exec(raw); m; m = re.exec(raw)) {
        const removed = versionsIn(m[2]) & ~versionsIn(m[3]);
        if (!removed || !(removed & range('SSLv3', 'TLSv1.2'))) continue;
        // The match is an optional lead character, `s`, and three delimiters around search and replacement.
        const start = lineStart + m.index + m[0].length - (m[2].length + m[3].length + 4);
        const expr = raw.slice(start - lineStart, m.index + m[0].length);
        yield {
          start,
          end: lineStart + m.index + m[0].length,
          versions: removed | range('TLSv1.2', 'TLSv1.3'),
          what: expr.length > 100 ? `${expr.slice(0, 97)}…` : expr,
          why: `the substitution removes ${describeRemoved(removed)} from jdk.tls.disabledAlgorithms`,
          instead: `\`jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, ${ctx.floor === 'TLSv1.3' ? 'TLSv1.2, ' : ''}…\` kept as shipped (upgrade the peer instead)`,
        };
      }
    }
  },
};

function versionsIn(text: string): VersionSet {
  let set: VersionSet = 0;
  for (const m of text.matchAll(/(?<![A-Za-z])(SSLv3|TLSv1(?:\\?\.[0-3])?)(?![\w])/gi)) {
    const v = readVersion(m[1].replace(/\\/g, ''));
    if (v) set |= setOf(v);
  }
  return set;
}

function describeRemoved(set: VersionSet): string {
  return DISABLE_ORDER.filter(([v]) => set & setOf(v))
    .map(([, n]) => n)
    .join(', ');
}

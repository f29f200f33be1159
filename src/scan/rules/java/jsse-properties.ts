import { asList, findSettings, type Setting, settingRule } from '../../define.js';
import type { Rule } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import { CODE_KINDS, CONFIG_KINDS, inHashComment, inSedSearch, JVM_OPTION_NAMES, rewriteSetting, safeList } from './shared.js';

// ---------------------------------------------------------------------------------------------
// C3, C4, K5: JSSE system properties (https.protocols, jdk.tls.client/server.protocols)
// ---------------------------------------------------------------------------------------------

const JSSE_KEYS = /(?:systemProp\.)?(?:https\.protocols|jdk\.tls\.(?:client|server)\.protocols|com\.ibm\.jsse2\.overrideDefaultProtocol)/;

/** In `-Dkey=value` flags the value ends at white space or a quote (`-Dk=\"v\"` in shell strings too). */
function refineFlag(s: Setting, file: SourceFile): Setting {
  if (s.form !== 'bare' || file.code.slice(s.keyStart - 2, s.keyStart) !== '-D') return s;
  const m = /^(\\?["'])?([^\s"'\\]*)/.exec(s.value)!;
  const start = s.valueStart + (m[1]?.length ?? 0);
  const end = start + m[2].length;
  return { ...s, value: m[2], valueStart: start, valueEnd: end, end: end + (m[1]?.length ?? 0) };
}

export const jsseProtocolProperties: Rule = {
  ...settingRule({
    meta: {
      id: 'java/jsse-protocols-property',
      title: 'JSSE protocol system property enables legacy TLS',
      description:
        '`https.protocols` (HttpsURLConnection) and `jdk.tls.client.protocols` / `jdk.tls.server.protocols` (every JSSE socket of the JVM) set the default enabled protocols process-wide. They are set with `System.setProperty`, `-D` flags in `JAVA_OPTS`, `JAVA_TOOL_OPTIONS`, `MAVEN_OPTS`, `CATALINA_OPTS`, Dockerfile `ENV`, Kubernetes env, `setenv.sh`, or `systemProp.` lines in `gradle.properties`.',
      ecosystem: 'Java & JVM',
      catalogue: ['C3', 'C4', 'K5'],
      docs: [
        'https://docs.oracle.com/en/java/javase/21/security/java-secure-socket-extension-jsse-reference-guide.html#GUID-A41282C3-19A3-400A-A40F-86F4DA22ABA9',
      ],
      files: { kinds: [...CODE_KINDS, ...CONFIG_KINDS, 'batch', 'powershell'], names: JVM_OPTION_NAMES },
      keywords: /https\.protocols|jdk\.tls\.client\.protocols|jdk\.tls\.server\.protocols|overrideDefaultProtocol/,
      fixable: true,
      safe: '-Djdk.tls.client.protocols=TLSv1.3,TLSv1.2',
      limits: '`SSLv2Hello` is a pseudo-protocol and ignored. A value from a variable (`-Dhttps.protocols=$PROTOCOLS`) is unknown.',
    },
    keys: JSSE_KEYS,
    evaluate: () => undefined,
    instead: '',
    examples: {
      valid: [
        { file: 'Dockerfile', code: 'ENV JAVA_OPTS="-Dhttps.protocols=TLSv1.2,TLSv1.3 -Xmx512m"' },
        { file: 'src/main/java/App.java', code: 'System.setProperty("https.protocols", "TLSv1.2");' },
        {
          file: 'bin/setenv.sh',
          code: '# CATALINA_OPTS="$CATALINA_OPTS -Dhttps.protocols=TLSv1,TLSv1.1"\nCATALINA_OPTS="$CATALINA_OPTS -Djdk.tls.client.protocols=TLSv1.2"',
          note: 'commented out',
        },
        {
          file: 'src/main/java/App.java',
          code: 'String p = System.getProperty("jdk.tls.client.protocols");',
          note: 'a read, not a setting',
        },
        { file: 'gradle.properties', code: 'systemProp.https.protocols=SSLv2Hello,TLSv1.2', note: 'SSLv2Hello is a pseudo-protocol' },
        {
          file: 'wlp/usr/servers/app/jvm.options',
          code: '# -Dhttps.protocols=TLSv1,TLSv1.1\n-Dhttps.protocols=TLSv1.2',
          note: 'a # line in a file kind without comment masking',
        },
        {
          file: 'k8s/deployment.yaml',
          code: 'env:\n  - name: JAVA_TOOL_OPTIONS\n    value: "-Djdk.tls.client.protocols=${TLS_PROTOCOLS}"',
          note: 'a variable: unknown',
        },
      ],
      invalid: [
        {
          file: 'Dockerfile',
          code: 'FROM eclipse-temurin:17-jre\nENV JAVA_OPTS="-Xms256m -Dhttps.protocols=TLSv1,TLSv1.1,TLSv1.2 -Dfile.encoding=UTF-8"',
          findings: ['2:25 TLSv1.0 TLSv1.1'],
          output: 'FROM eclipse-temurin:17-jre\nENV JAVA_OPTS="-Xms256m -Dhttps.protocols=TLSv1.2 -Dfile.encoding=UTF-8"',
        },
        {
          file: 'src/main/java/com/acme/Main.java',
          code: 'System.setProperty("https.protocols", "TLSv1");',
          findings: ['1:20 TLSv1.0'],
          output: 'System.setProperty("https.protocols", "TLSv1.2");',
        },
        {
          file: 'k8s/deployment.yaml',
          code: 'containers:\n  - name: app\n    env:\n      - name: JAVA_TOOL_OPTIONS\n        value: "-Djdk.tls.client.protocols=TLSv1.1,TLSv1.2"',
          findings: ['5:17 TLSv1.1'],
        },
        {
          file: 'gradle.properties',
          code: 'org.gradle.jvmargs=-Xmx2g\nsystemProp.https.protocols=TLSv1,TLSv1.1,TLSv1.2',
          findings: ['2:1 TLSv1.0 TLSv1.1'],
        },
        {
          file: 'bin/setenv.sh',
          code: 'export CATALINA_OPTS="$CATALINA_OPTS -Djdk.tls.server.protocols=SSLv3,TLSv1,TLSv1.2"',
          findings: ['1:38 SSLv3 TLSv1.0'],
        },
        { file: '.mvn/jvm.config', code: '-Xmx1024m -Dhttps.protocols=TLSv1.1,TLSv1.2', findings: ['1:11 TLSv1.1'] },
        { file: 'src/Boot.kt', code: 'System.setProperty("jdk.tls.client.protocols", "TLSv1,TLSv1.2")', findings: ['1:20 TLSv1.0'] },
        { file: 'bin/setenv.bat', code: 'set "JAVA_OPTS=%JAVA_OPTS% -Dhttps.protocols=TLSv1"', findings: ['1:28 TLSv1.0'] },
        {
          file: 'bin/setenv.sh',
          code: 'JAVA_OPTS="$JAVA_OPTS -Djdk.tls.client.protocols=\\"TLSv1,TLSv1.1,TLSv1.2\\""',
          findings: ['1:23 TLSv1.0 TLSv1.1'],
          output: 'JAVA_OPTS="$JAVA_OPTS -Djdk.tls.client.protocols=\\"TLSv1.2\\""',
          note: 'escaped quotes inside a shell string',
        },
        {
          file: 'wlp/usr/servers/app/jvm.options',
          code: '# Legacy partner\n-Dcom.ibm.jsse2.overrideDefaultProtocol=TLSv1',
          findings: ['2:1 TLSv1.0'],
          note: 'IBM JSSE; jvm.options has no comment masking of its own',
        },
      ],
    },
  }),
  *check(file, ctx) {
    for (const raw of findSettings(file, JSSE_KEYS, { spaceSeparated: false })) {
      if (inHashComment(file, raw.keyStart) || inSedSearch(file, raw.keyStart)) continue;
      const s = refineFlag(raw, file);
      const e = asList()(s, ctx, file);
      if (!e) continue;
      const flag = file.code.slice(s.keyStart - 2, s.keyStart) === '-D';
      const what = flag ? `-D${s.key}=${s.value}` : file.text.slice(s.keyStart, s.end);
      yield {
        start: flag ? s.keyStart - 2 : s.keyStart,
        end: s.end,
        versions: e.versions,
        why: e.why,
        fix: e.fix,
        what: what.length > 100 ? `${what.slice(0, 97)}…` : what,
        instead: flag ? `\`-D${s.key}=${safeList(ctx.floor)}\`` : rewriteSetting(file, s, safeList(ctx.floor)),
      };
    }
  },
};

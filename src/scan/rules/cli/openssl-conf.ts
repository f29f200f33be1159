import { atLeast } from '../../../versions.js';
import type { Match, Rule } from '../../rule.js';
import { SCRIPT_KINDS } from './shared.js';

// ---------------------------------------------------------------------------------------------
// K5 (part): OPENSSL_CONF pointing at a legacy configuration
// ---------------------------------------------------------------------------------------------

const LEGACY_CONF_NAME = /legacy|insecure|weak|seclevel[-_.]?[01](?!\d)|tlsv?1(?:[-_.]?[01])?(?![-_.]?[23\d])|lowsec|lower[-_]?security/i;

export const opensslConfLegacy: Rule = {
  meta: {
    id: 'cli/openssl-conf-legacy',
    title: 'OPENSSL_CONF points at a legacy OpenSSL configuration',
    description:
      '`OPENSSL_CONF` replaces the OpenSSL configuration of a whole process. Pointing it at a file named as a legacy or low-security configuration (`openssl-legacy.cnf`, `tls1.cnf`, `seclevel1.cnf`) in a Dockerfile, Compose or Kubernetes manifest, CI file or script usually lowers `MinProtocol` to TLSv1 or `CipherString` to `@SECLEVEL=0/1` for every TLS connection of that process.',
    ecosystem: 'Scripts, CLI & CI',
    catalogue: ['K5'],
    docs: ['https://docs.openssl.org/master/man5/config/', 'https://docs.openssl.org/master/man3/SSL_CONF_cmd/'],
    files: { kinds: SCRIPT_KINDS },
    keywords: /OPENSSL_CONF/,
    fixable: false,
    safe: 'no OPENSSL_CONF override, or one whose [system_default_sect] has MinProtocol = TLSv1.2',
    limits:
      'The configuration file itself is not read from here (openssl.cnf `MinProtocol` belongs to the C/OpenSSL rules); the judgement rests on the file name, so this is a warning. A "legacy" configuration may only load the OpenSSL 3 legacy provider (old algorithms), which does not change TLS versions. `OPENSSL_CONF=/dev/null` (no system configuration) is not reported.',
  },
  *check(file) {
    const code = file.code;
    const re =
      /(?<![\w])OPENSSL_CONF["']?\]?(?:[ \t]*[=:][ \t]*|[ \t]+)(["']?)([^\s"';,)}]{1,300})\1|(?<![\w])name:[ \t]*["']?OPENSSL_CONF["']?[ \t]*\r?\n[ \t]*value:[ \t]*(["']?)([^\s"']{1,300})\3/g;
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const path = m[2] ?? m[4];
      const base = path.slice(path.lastIndexOf('/') + 1);
      if (!LEGACY_CONF_NAME.test(base)) continue;
      yield {
        start: m.index,
        end: m.index + m[0].length,
        versions: atLeast('TLSv1.0'),
        what: `OPENSSL_CONF=${path}`,
        why: `the name ${base} suggests a configuration that allows TLS 1.0/1.1`,
        instead: 'no `OPENSSL_CONF` override, or a configuration with `MinProtocol = TLSv1.2` in its `[system_default_sect]`',
        severity: 'warning',
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      { file: 'Dockerfile', code: 'ENV OPENSSL_CONF=/etc/ssl/openssl.cnf' },
      {
        file: 'docker-compose.yml',
        code: 'services:\n  app:\n    environment:\n      - OPENSSL_CONF=/dev/null',
        note: '/dev/null only drops the system configuration',
      },
      {
        file: 'scripts/run.sh',
        code: '# export OPENSSL_CONF=/opt/legacy/openssl-legacy.cnf\nexport OPENSSL_CONF=/opt/app/openssl-tls12.cnf',
        note: 'commented out; tls12 is not tls1',
      },
    ],
    invalid: [
      {
        file: 'Dockerfile',
        code: 'FROM python:3.12-slim\nCOPY openssl-legacy.cnf /etc/ssl/\nENV OPENSSL_CONF=/etc/ssl/openssl-legacy.cnf',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'k8s/deployment.yaml',
        code: 'env:\n  - name: OPENSSL_CONF\n    value: /config/seclevel1.cnf\n',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'scripts/start.sh',
        code: 'OPENSSL_CONF="$PWD/conf/tls1.cnf" ./legacy-client --host old.example.com',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
};

import { atLeast, type Version } from '../../../versions.js';
import { patternRule } from '../../define.js';
import { TLS10_UP } from './shared.js';

// ---------------------------------------------------------------------------------------------
// H11: RHEL/Fedora crypto-policies.

export const cryptoPolicies = patternRule({
  meta: {
    id: 'c/crypto-policies',
    title: 'RHEL/Fedora crypto policy set to LEGACY',
    description:
      '`update-crypto-policies --set LEGACY` switches every library that follows the system policy (OpenSSL, GnuTLS, NSS, Java) to the LEGACY profile, whose minimum is TLS 1.0 on RHEL 8 (RHEL 9 keeps TLS 1.2). Custom sub-policies can lower `min_tls_version` directly.',
    ecosystem: 'C & C++',
    catalogue: ['H11'],
    docs: [
      'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/8/html/security_hardening/using-the-system-wide-cryptographic-policies_security-hardening',
    ],
    files: { kinds: ['shell', 'dockerfile', 'yaml', 'other', 'makefile', 'ini', 'conf', 'json'], names: /\.pmod$|\.pol$/ },
    keywords: /crypto-policies|crypto_policies|min_tls_version/,
    fixable: false,
    safe: 'update-crypto-policies --set DEFAULT',
    limits: 'Whether LEGACY enables TLS 1.0/1.1 depends on the RHEL release (8: yes, 9: no); it is reported as a warning.',
  },
  pattern:
    /\bupdate-crypto-policies[ \t]+--set(?:[ \t]+|=)["']?([Ll][Ee][Gg][Aa][Cc][Yy])\b|\bcrypto_policies_policy[ \t]*[:=][ \t]*["']?(LEGACY)\b|\becho[ \t]+["']?(LEGACY)["']?[ \t]*>{1,2}[ \t]*\/etc\/crypto-policies\/config|(?<![\w.-])min_(?:d?tls)_version[ \t]*=[ \t]*(SSL3\.0|TLS1\.[01]|DTLS1\.0)\b/,
  evaluate: (m, _ctx, file) => {
    if (m[4] !== undefined) {
      if (!/\.pmod$|\.pol$/.test(file.name) && !/crypto-policies/.test(file.path)) return undefined;
      const v: Version = m[4] === 'SSL3.0' ? 'SSLv3' : m[4] === 'TLS1.0' ? 'TLSv1.0' : 'TLSv1.1';
      return { versions: atLeast(v) };
    }
    return { versions: TLS10_UP, severity: 'warning', why: 'the LEGACY policy allows TLS 1.0 and 1.1 on RHEL 8' };
  },
  instead: '`update-crypto-policies --set DEFAULT` (add a sub-policy such as `DEFAULT:SHA1` for what the old peer really needs)',
  examples: {
    valid: [
      { file: 'Dockerfile', code: 'RUN update-crypto-policies --set DEFAULT:SHA1', note: 'sub-policy, unrelated to versions' },
      { file: 'setup.sh', code: 'update-crypto-policies --set FUTURE' },
      { file: 'setup.sh', code: 'update-crypto-policies --show\n# update-crypto-policies --set LEGACY' },
      { file: 'roles/crypto/defaults/main.yml', code: 'crypto_policies_policy: DEFAULT' },
      { file: 'policies/modules/TLS12.pmod', code: 'min_tls_version = TLS1.2' },
    ],
    invalid: [
      { file: 'Dockerfile', code: 'RUN update-crypto-policies --set LEGACY', findings: ['1:5 TLSv1.0 TLSv1.1'], severity: 'warning' },
      {
        file: 'playbook.yml',
        code: '- name: allow old clients\n  command: update-crypto-policies --set LEGACY:AD-SUPPORT',
        findings: ['2:12 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      { file: 'group_vars/all.yml', code: 'crypto_policies_policy: "LEGACY"', findings: ['1:1 TLSv1.0 TLSv1.1'], severity: 'warning' },
      {
        file: 'Containerfile',
        code: 'RUN set -x; update-crypto-policies --set legacy --no-reload \\\n && ostree container commit',
        findings: ['1:13 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'kickstart.sh',
        code: 'echo LEGACY > /etc/crypto-policies/config\nupdate-crypto-policies',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      { file: 'policies/modules/OLDTLS.pmod', code: 'min_tls_version = TLS1.0', findings: ['1:1 TLSv1.0 TLSv1.1'] },
    ],
  },
});

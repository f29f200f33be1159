import { setOf } from '../../../versions.js';
import { patternRule } from '../../define.js';
import { TLS10_UP } from './shared.js';

// ---------------------------------------------------------------------------------------------
// I6: Puma ssl_bind without no_tlsv1 / no_tlsv1_1.

export const pumaSslBind = patternRule({
  meta: {
    id: 'ruby/puma-ssl-bind',
    title: 'Puma SSL listener accepts TLS 1.0/1.1',
    description:
      'Puma sets its TLS minimum from `no_tlsv1` / `no_tlsv1_1` (both default false, so TLS 1.0 is allowed unless OpenSSL refuses it). `no_tlsv1_1: true` makes the minimum TLS 1.2.',
    ecosystem: 'PHP, Ruby, Perl & Erlang',
    catalogue: ['I6'],
    docs: ['https://github.com/puma/puma/blob/master/lib/puma/dsl.rb'],
    files: { kinds: ['ruby'], names: /puma/ },
    keywords: /ssl_bind|ssl:\/\//,
    fixable: false,
    safe: "ssl_bind '0.0.0.0', '9292', { key: key, cert: cert, no_tlsv1: true, no_tlsv1_1: true }",
    limits: 'A listener without the options is a warning: OpenSSL 3 (security level 1+) refuses TLS 1.0/1.1 by itself.',
  },
  pattern: /\bssl_bind\b[^\n]{0,300}|\bbind[ \t(]+["']ssl:\/\/[^"'\n]{0,400}/,
  evaluate: (m, _ctx, file) => {
    const code = file.code;
    let text = m[0];
    if (m[0].startsWith('ssl_bind') && text.includes('{') && !text.includes('}')) {
      const close = code.slice(m.index, m.index + 1500).indexOf('}');
      if (close > 0) text = code.slice(m.index, m.index + close + 1);
    }
    const opt = (name: string): boolean | undefined => {
      const r = new RegExp(`[:'"]?\\b${name}\\b['"]?\\s*(?::|=>|=)\\s*['"]?(true|false)\\b`).exec(text);
      return r ? r[1] === 'true' : undefined;
    };
    const no10 = opt('no_tlsv1');
    const no11 = opt('no_tlsv1_1');
    if (no11) return undefined;
    if (no10) return { versions: setOf('TLSv1.1', 'TLSv1.2', 'TLSv1.3'), why: '`no_tlsv1` alone still allows TLS 1.1' };
    if (no10 === false || no11 === false) return { versions: TLS10_UP, why: '`no_tlsv1: false` keeps TLS 1.0' };
    return { versions: TLS10_UP, severity: 'warning', why: 'Puma allows TLS 1.0 unless `no_tlsv1`/`no_tlsv1_1` are set' };
  },
  instead: '`no_tlsv1: true, no_tlsv1_1: true` in the `ssl_bind` options (or `&no_tlsv1=true&no_tlsv1_1=true` in the bind URL)',
  examples: {
    valid: [
      {
        file: 'config/puma.rb',
        code: "ssl_bind '0.0.0.0', '9292', {\n  key: ENV['KEY'],\n  cert: ENV['CERT'],\n  no_tlsv1: true,\n  no_tlsv1_1: true\n}",
      },
      { file: 'config/puma.rb', code: "bind 'ssl://0.0.0.0:9292?key=server.key&cert=server.crt&no_tlsv1=true&no_tlsv1_1=true'" },
      { file: 'config/puma.rb', code: "bind 'tcp://0.0.0.0:3000'", note: 'plain TCP' },
      { file: 'config/puma.rb', code: "# ssl_bind '0.0.0.0', '9292', { key: 'k', cert: 'c' }\nport 3000" },
    ],
    invalid: [
      {
        file: 'config/puma.rb',
        code: "ssl_bind '0.0.0.0', '9292', { key: key_path, cert: cert_path }",
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'config/puma.rb',
        code: "ssl_bind '0.0.0.0', '443', {\n  key: key,\n  cert: cert,\n  no_tlsv1: false\n}",
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'error',
      },
      { file: 'config/puma.rb', code: "ssl_bind '0.0.0.0', '443', { key: key, cert: cert, no_tlsv1: true }", findings: ['1:1 TLSv1.1'] },
      {
        file: 'config/puma/production.rb',
        code: 'bind "ssl://0.0.0.0:#{port}?key=#{key}&cert=#{cert}"',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
});

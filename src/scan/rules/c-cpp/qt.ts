import { range, setOf, type VersionSet } from '../../../versions.js';
import { patternRule } from '../../define.js';
import { C_KINDS } from './shared.js';

// ---------------------------------------------------------------------------------------------
// H8: Qt QSsl::SslProtocol.

const QT_PROTOCOLS: Record<string, VersionSet> = {
  SslV2: setOf('SSLv2'),
  SslV3: setOf('SSLv3'),
  TlsV1: setOf('TLSv1.0'),
  TlsV1_0: setOf('TLSv1.0'),
  TlsV1_1: setOf('TLSv1.1'),
  TlsV1_2: setOf('TLSv1.2'),
  TlsV1_3: setOf('TLSv1.3'),
  TlsV1SslV3: setOf('SSLv3', 'TLSv1.0'),
  TlsV1_0OrLater: range('TLSv1.0'),
  TlsV1_1OrLater: range('TLSv1.1'),
  TlsV1_2OrLater: range('TLSv1.2'),
  TlsV1_3OrLater: range('TLSv1.3'),
  DtlsV1_0: setOf('TLSv1.1'),
  DtlsV1_0OrLater: setOf('TLSv1.1', 'TLSv1.2'),
  DtlsV1_2: setOf('TLSv1.2'),
  DtlsV1_2OrLater: setOf('TLSv1.2'),
  AnyProtocol: range('TLSv1.0'),
};

export const qtSslProtocol = patternRule({
  meta: {
    id: 'c/qt-ssl-protocol',
    title: 'Qt QSslConfiguration/QSslSocket protocol allows legacy TLS',
    description:
      '`setProtocol(QSsl::TlsV1_0)`, `TlsV1_1`, `TlsV1_0OrLater`, `TlsV1_1OrLater`, `SslV3` and `TlsV1SslV3` enable TLS 1.0/1.1 or SSL; `AnyProtocol` allows whatever the TLS backend supports.',
    ecosystem: 'C & C++',
    catalogue: ['H8'],
    docs: ['https://doc.qt.io/qt-6/qssl.html#SslProtocol-enum'],
    files: { kinds: [...C_KINDS, 'python'] },
    keywords: /QSsl/,
    fixable: true,
    safe: 'config.setProtocol(QSsl::TlsV1_2OrLater);',
    limits: 'What `AnyProtocol` includes depends on the Qt version and TLS backend; it is reported as a warning.',
  },
  pattern: /(?:setProtocol[ \t]*\([ \t]*|(?<![=!<>])=[ \t]*)QSsl(?:::|\.)(?:SslProtocol(?:::|\.))?(\w+)\b(?![ \t]*(?:[=!]=|[<>]))/,
  evaluate: (m, ctx) => {
    const versions = QT_PROTOCOLS[m[1]];
    if (versions === undefined) return undefined;
    const nameStart = m.index + m[0].length - m[1].length;
    const any = m[1] === 'AnyProtocol';
    return {
      versions,
      severity: any ? 'warning' : undefined,
      why: any ? '`AnyProtocol` allows every version the TLS backend supports' : undefined,
      fix: { start: nameStart, end: nameStart + m[1].length, text: ctx.floor === 'TLSv1.3' ? 'TlsV1_3OrLater' : 'TlsV1_2OrLater' },
    };
  },
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`QSsl::TlsV1_3OrLater`' : '`QSsl::TlsV1_2OrLater` (or `QSsl::SecureProtocols`)'),
  examples: {
    valid: [
      { file: 'src/net.cpp', code: 'config.setProtocol(QSsl::TlsV1_2OrLater);' },
      { file: 'src/net.cpp', code: 'socket->setProtocol(QSsl::SecureProtocols);' },
      { file: 'src/net.cpp', code: 'if (socket->sessionProtocol() == QSsl::TlsV1_0)\n    qWarning() << "old TLS";', note: 'comparison' },
      {
        file: 'src/net.cpp',
        code: 'switch (proto) {\ncase QSsl::TlsV1_0: return "TLS 1.0";\ncase QSsl::TlsV1_1: return "TLS 1.1";\n}',
        note: 'naming a protocol',
      },
      { file: 'src/net.cpp', code: '// config.setProtocol(QSsl::TlsV1_0);\nconfig.setProtocol(QSsl::TlsV1_3);' },
    ],
    invalid: [
      {
        file: 'src/settings.cpp',
        code: 'if (config->sslProtocol() == "sslv3") {\n    m_conf.setProtocol(QSsl::SslV3);\n} else if (config->sslProtocol() == "tlsv1") {\n    m_conf.setProtocol(QSsl::TlsV1_0);\n}',
        note: 'maps a user setting: a capability, judged as TLS-implementation code',
        findings: ['2:12 SSLv3', '4:12 TLSv1.0'],
        severity: 'note',
      },
      {
        file: 'src/net.cpp',
        code: 'config.setProtocol(QSsl::TlsV1_0);',
        findings: ['1:8 TLSv1.0'],
        output: 'config.setProtocol(QSsl::TlsV1_2OrLater);',
      },
      {
        file: 'src/net.cpp',
        code: 'QSslConfiguration conf = QSslConfiguration::defaultConfiguration();\nconf.setProtocol(QSsl::TlsV1_1OrLater);\nQSslConfiguration::setDefaultConfiguration(conf);',
        findings: ['2:6 TLSv1.1'],
      },
      { file: 'src/net.cpp', code: 'socket.setProtocol(QSsl::AnyProtocol);', findings: ['1:8 TLSv1.0 TLSv1.1'], severity: 'warning' },
      { file: 'src/net.cpp', code: 'QSsl::SslProtocol proto = QSsl::TlsV1SslV3;', findings: ['1:25 SSLv3 TLSv1.0'] },
      { file: 'client.py', code: 'config.setProtocol(QSsl.TlsV1_0OrLater)', findings: ['1:8 TLSv1.0 TLSv1.1'], note: 'PyQt' },
    ],
  },
});

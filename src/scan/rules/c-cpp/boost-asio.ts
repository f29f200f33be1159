import { setOf, type Version } from '../../../versions.js';
import { patternRule } from '../../define.js';
import { C_KINDS, floorDigits } from './shared.js';

// ---------------------------------------------------------------------------------------------
// H7: Boost.Asio context pinned to a legacy method.

const BOOST_METHODS: Record<string, Version> = {
  sslv2: 'SSLv2',
  sslv3: 'SSLv3',
  tlsv1: 'TLSv1.0',
  tlsv11: 'TLSv1.1',
  tlsv12: 'TLSv1.2',
  tlsv13: 'TLSv1.3',
};

export const boostAsioContext = patternRule({
  meta: {
    id: 'c/boost-asio-context',
    title: 'Boost.Asio ssl::context pinned to a legacy method',
    description:
      '`ssl::context ctx(ssl::context::tlsv1)` (`tlsv11`, `sslv3`, and their `_client`/`_server` forms) speaks exactly that version.',
    ecosystem: 'C & C++',
    catalogue: ['H7'],
    docs: ['https://www.boost.org/doc/libs/release/doc/html/boost_asio/reference/ssl__context/method.html'],
    files: { kinds: C_KINDS },
    keywords: /context::sslv|context::tlsv/,
    fixable: true,
    safe: 'ssl::context ctx(ssl::context::tls_client); ctx.set_options(ssl::context::no_sslv2 | ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);',
    limits: 'The generic `sslv23`/`tls` methods are judged by their `set_options` (c/openssl-options).',
  },
  pattern:
    /[({,][ \t\r\n]{0,40}(?:(?:::)?(?:boost::)?asio::)?(?:ssl::)?context::(sslv2|sslv3|tlsv1|tlsv11|tlsv12|tlsv13)(_client|_server)?\b/,
  evaluate: (m, ctx) => {
    const v = BOOST_METHODS[m[1]];
    const nameStart = m.index + m[0].length - m[1].length - (m[2]?.length ?? 0);
    const start = m.index + m[0].search(/[\w:]/);
    return {
      versions: setOf(v),
      start,
      end: m.index + m[0].length,
      fix: { start: nameStart, end: nameStart + m[1].length, text: ctx.floor === 'TLSv1.3' ? 'tlsv13' : 'tlsv12' },
    };
  },
  instead: (ctx) =>
    `\`ssl::context::tls_client\` (or \`tls_server\`) with \`no_tlsv1 | no_tlsv1_1\` options, or \`ssl::context::tlsv1${floorDigits(ctx)}\``,
  examples: {
    valid: [
      { file: 'src/client.cpp', code: 'boost::asio::ssl::context ctx(boost::asio::ssl::context::tlsv12_client);' },
      { file: 'src/client.cpp', code: 'ssl::context ctx{ssl::context::tls_client};' },
      {
        file: 'include/asio_compat.hpp',
        code: 'enum class Method {\n  TLSv1 = asio::ssl::context::tlsv1,\n  TLSv1_1 = asio::ssl::context::tlsv11,\n};',
        note: 'an enum that maps names',
      },
      {
        file: 'asio/ssl/impl/context.ipp',
        code: 'switch (m) {\n  case context::tlsv1:\n    handle_ = ::SSL_CTX_new(::TLS_method());\n    break;\n}',
        note: 'library dispatch',
      },
      { file: 'src/client.cpp', code: 'if (method == ssl::context::tlsv1) log("old");', note: 'comparison' },
      { file: 'src/client.cpp', code: '// ssl::context ctx(ssl::context::tlsv1);\nssl::context ctx(ssl::context::tlsv13_client);' },
    ],
    invalid: [
      {
        file: 'src/client.cpp',
        code: 'boost::asio::ssl::context ctx(boost::asio::ssl::context::tlsv1);',
        findings: ['1:31 TLSv1.0'],
        output: 'boost::asio::ssl::context ctx(boost::asio::ssl::context::tlsv12);',
      },
      {
        file: 'src/ws.cpp',
        code: 'auto ctx = std::make_shared<asio::ssl::context>(asio::ssl::context::tlsv11_client);',
        findings: ['1:49 TLSv1.1'],
        output: 'auto ctx = std::make_shared<asio::ssl::context>(asio::ssl::context::tlsv12_client);',
      },
      {
        file: 'src/server.cpp',
        code: 'Server::Server()\n    : acceptor_(io_),\n      context_(boost::asio::ssl::context::sslv3_server) {}',
        findings: ['3:16 SSLv3'],
      },
      { file: 'src/old.cpp', code: 'ssl::context ctx(io_service, ssl::context::tlsv1_server);', findings: ['1:30 TLSv1.0'] },
      {
        file: 'src/client.cpp',
        code: 'ssl::context ctx{ssl::context::tlsv12_client};',
        floor: 'TLSv1.3',
        findings: ['1:18 TLSv1.2'],
        output: 'ssl::context ctx{ssl::context::tlsv13_client};',
      },
    ],
  },
});

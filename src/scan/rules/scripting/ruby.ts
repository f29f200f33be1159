import { atLeast, atMost, setOf, type Version, versionIndex, type VersionSet } from '../../../versions.js';
import { readVersion } from '../../evaluate.js';
import { patternRule } from '../../define.js';
import { curlSslVersion } from '../c-cpp/index.js';
import { underscoreSpelling } from './shared.js';

// ---------------------------------------------------------------------------------------------
// I4, I5: Ruby ssl_version / min_version / max_version.

/** Reads Ruby's spellings: `:TLSv1_1`, `'TLSv1'`, `:TLS1_1`, `OpenSSL::SSL::TLS1_VERSION`. */
function rubyVersion(token: string): Version | undefined {
  const t = token.replace(/^OpenSSL::SSL::/, '').replace(/^:?["']?|["']$/g, '');
  const constant = /^(SSL3|TLS1(?:_[123])?)_VERSION$/.exec(t);
  return readVersion(constant ? constant[1] : t);
}

export const rubySslVersion = patternRule({
  meta: {
    id: 'ruby/ssl-version',
    title: 'Ruby TLS version setting allows legacy TLS',
    description:
      '`ctx.ssl_version = :TLSv1` (also in `SSLContext.new(:TLSv1)`, `DEFAULT_PARAMS[:ssl_version]`, Net::HTTP, Excon, HTTParty, RestClient, Faraday `ssl: { version: … }`) pins a version; `min_version = :TLS1` / `OpenSSL::SSL::TLS1_VERSION` allows TLS 1.0 and up; `max_version = :TLS1_1` caps below TLS 1.2.',
    ecosystem: 'PHP, Ruby, Perl & Erlang',
    catalogue: ['I4', 'I5'],
    docs: ['https://ruby.github.io/openssl/OpenSSL/SSL/SSLContext.html', 'https://docs.ruby-lang.org/en/master/Net/HTTP.html'],
    files: { kinds: ['ruby'] },
    keywords: /ssl_version|min_version|max_version|SSLContext|ssl:|:ssl/,
    fixable: true,
    safe: 'ctx.min_version = OpenSSL::SSL::TLS1_2_VERSION',
    limits:
      '`ctx.options |= OpenSSL::SSL::OP_NO_SSLv3` alone leaves the minimum to the openssl gem default and is not reported; values from variables or ENV are unknown.',
  },
  pattern:
    /(?:(?<![\w])[:'"]?(ssl_version|min_version|max_version|version)['"]?\]?(?:[ \t]*(?:=>|=(?![=~>]))|:(?!:)|[ \t](?=[ \t]*[:'"]?(?:SSL|TLS|ssl|tls|OpenSSL|Curl)))|\bSSLContext\.new[ \t]*\(?[ \t]*(?=[:'"]))[ \t]*((?:OpenSSL::SSL::|Curl::)?\w+|:?["']?[\w.]+["']?)/,
  evaluate: (m, ctx, file) => {
    const key = m[1] ?? 'ssl_version';
    const token = m[2];
    const code = file.code;
    if (m[1] === 'version') {
      // Faraday: `ssl: { version: :TLSv1 }` / `:ssl => { :version => 'TLSv1' }`.
      const before = code.slice(Math.max(0, m.index - 200), m.index);
      const brace = before.lastIndexOf('{');
      if (brace < 0 || before.slice(brace).includes('}') || !/ssl['"]?\s*(?::|=>)\s*$/.test(before.slice(0, brace))) return undefined;
    }
    const tokenStart = m.index + m[0].length - token.length;
    if (/^Curl::/.test(token)) {
      if (key === 'max_version') return undefined;
      return curlSslVersion(token, tokenStart, ctx);
    }
    const v = rubyVersion(token);
    if (!v) return undefined;
    let versions: VersionSet | undefined;
    let why: string | undefined;
    if (key === 'min_version') versions = atLeast(v);
    else if (key === 'max_version') {
      if (versionIndex(v) >= versionIndex(ctx.floor)) return undefined;
      versions = atMost(v);
      why = `the maximum is ${v}`;
    } else versions = setOf(v);
    const inner = token.replace(/^OpenSSL::SSL::/, '');
    const innerStart = tokenStart + token.length - inner.length;
    const bare = inner.replace(/^:?["']?|["']$/g, '');
    const bareStart = innerStart + inner.indexOf(bare);
    const spelled = underscoreSpelling(bare, ctx.floor);
    const fix = key === 'max_version' || !spelled ? undefined : { start: bareStart, end: bareStart + bare.length, text: spelled };
    return { versions, why, fix };
  },
  instead: (ctx) =>
    `\`ctx.min_version = OpenSSL::SSL::TLS1_${ctx.floor === 'TLSv1.3' ? '3' : '2'}_VERSION\` (or \`:TLS1_${ctx.floor === 'TLSv1.3' ? '3' : '2'}\`)`,
  examples: {
    valid: [
      { file: 'lib/client.rb', code: 'ctx = OpenSSL::SSL::SSLContext.new\nctx.min_version = OpenSSL::SSL::TLS1_2_VERSION' },
      { file: 'lib/client.rb', code: 'http.ssl_version = "TLSv1_2"', note: 'TLSv1 must not match inside TLSv1_2' },
      { file: 'lib/client.rb', code: 'ctx.options |= OpenSSL::SSL::OP_NO_TLSv1 | OpenSSL::SSL::OP_NO_TLSv1_1', note: 'disabling options' },
      { file: 'lib/client.rb', code: 'raise "old" if ctx.ssl_version == :TLSv1', note: 'comparison' },
      { file: 'my_gem.gemspec', code: 'spec.version = "1.0"\nspec.required_ruby_version = ">= 2.7"', note: 'gem versions' },
      { file: 'lib/client.rb', code: '# http.ssl_version = :TLSv1\nhttp.min_version = :TLS1_2' },
      { file: 'lib/client.rb', code: 'conn = Faraday.new(url, ssl: { min_version: :TLS1_2, verify: true })' },
      { file: 'lib/client.rb', code: 'ctx = OpenSSL::SSL::SSLContext.new(:SSLv23)', note: 'protocol-neutral' },
    ],
    invalid: [
      { file: 'lib/client.rb', code: 'ctx.ssl_version = :TLSv1', findings: ['1:5 TLSv1.0'], output: 'ctx.ssl_version = :TLSv1_2' },
      {
        file: 'lib/client.rb',
        code: "http = Net::HTTP.new(host, 443)\nhttp.use_ssl = true\nhttp.ssl_version = 'TLSv1_1'",
        findings: ['3:6 TLSv1.1'],
        output: "http = Net::HTTP.new(host, 443)\nhttp.use_ssl = true\nhttp.ssl_version = 'TLSv1_2'",
      },
      {
        file: 'lib/client.rb',
        code: 'ctx.min_version = OpenSSL::SSL::TLS1_VERSION',
        findings: ['1:5 TLSv1.0 TLSv1.1'],
        output: 'ctx.min_version = OpenSSL::SSL::TLS1_2_VERSION',
      },
      {
        file: 'config/initializers/ssl.rb',
        code: 'OpenSSL::SSL::SSLContext::DEFAULT_PARAMS[:ssl_version] = :SSLv3',
        findings: ['1:42 SSLv3'],
      },
      { file: 'lib/api.rb', code: 'class Api\n  include HTTParty\n  ssl_version :TLSv1\nend', findings: ['3:3 TLSv1.0'] },
      { file: 'lib/api.rb', code: "conn = Faraday.new(url: base, ssl: { version: 'TLSv1', verify: false })", findings: ['1:38 TLSv1.0'] },
      { file: 'lib/api.rb', code: 'Excon.get(url, :ssl_version => :TLSv1_1)', findings: ['1:16 TLSv1.1'] },
      { file: 'lib/api.rb', code: 'RestClient::Request.execute(method: :get, url: url, ssl_version: "SSLv3")', findings: ['1:53 SSLv3'] },
      { file: 'lib/api.rb', code: 'ctx = OpenSSL::SSL::SSLContext.new(:TLSv1)', findings: ['1:21 TLSv1.0'] },
      { file: 'lib/api.rb', code: 'ctx.max_version = :TLS1_1', findings: ['1:5 TLSv1.0 TLSv1.1'] },
      { file: 'lib/api.rb', code: 'http.min_version = :TLS1', findings: ['1:6 TLSv1.0 TLSv1.1'], output: 'http.min_version = :TLS1_2' },
      {
        file: 'lib/fetch.rb',
        code: 'c = Curl::Easy.new(url)\nc.ssl_version = Curl::CURL_SSLVERSION_TLSv1',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
        note: 'Curb uses libcurl semantics (a minimum)',
        output: 'c = Curl::Easy.new(url)\nc.ssl_version = Curl::CURL_SSLVERSION_TLSv1_2',
      },
    ],
  },
});

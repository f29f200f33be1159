/**
 * PHP (curl, stream contexts, stream wrappers), Ruby (OpenSSL::SSL::SSLContext, Net::HTTP,
 * Faraday, Excon, HTTParty, RestClient, Puma), Perl (IO::Socket::SSL, LWP, Net::SSLeay, Net::LDAP)
 * and Erlang/Elixir (`ssl` options, Phoenix, RabbitMQ, EMQX).
 */
import type { Rule } from '../../rule.js';
import { phpCurlSslVersion } from './php-curl.js';
import { phpStreamCrypto } from './php-stream-crypto.js';
import { phpStreamWrapper } from './php-stream-wrapper.js';
import { rubySslVersion } from './ruby.js';
import { pumaSslBind } from './puma.js';
import { perlSslVersion } from './perl.js';
import { erlangTlsVersions } from './erlang.js';

export const rules: readonly Rule[] = [
  phpCurlSslVersion,
  phpStreamCrypto,
  phpStreamWrapper,
  rubySslVersion,
  pumaSslBind,
  perlSslVersion,
  erlangTlsVersions,
];

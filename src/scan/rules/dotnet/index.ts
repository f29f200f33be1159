/**
 * .NET (C#, VB, F#) and its configuration: `ServicePointManager.SecurityProtocol`, `SslProtocols`
 * (HttpClient, SslStream, Kestrel, WCF, MailKit), Kestrel/WCF configuration, AppContext switches,
 * the target framework, and the Windows TLS APIs .NET code and scripts reach directly (WinHTTP's
 * secure-protocol mask, Schannel's `SP_PROT_*` flags).
 *
 * One shared evaluator reads the flag expressions all of these use: `A | B`, VB `A Or B`, F#
 * `A ||| B`, `|=`, numeric casts (`(SecurityProtocolType)768`, `CType(192, …)`), sums
 * (`3072 | 768 | 192`), multi-line expressions, and named members looked up whole (`Tls` never
 * matches inside `Tls12`).
 */
import type { Rule } from '../../rule.js';
import { securityProtocolType } from './security-protocol-type.js';
import { sslProtocols } from './ssl-protocols.js';
import { kestrelConfigSslProtocols } from './kestrel.js';
import { wcfSslProtocols } from './wcf.js';
import { appContextSwitch } from './app-context-switch.js';
import { targetFramework } from './target-framework.js';
import { winHttpOption, winHttpFlags } from './winhttp.js';
import { schannelProtocols } from './schannel.js';

export const rules: readonly Rule[] = [
  securityProtocolType,
  sslProtocols,
  kestrelConfigSslProtocols,
  wcfSslProtocols,
  appContextSwitch,
  targetFramework,
  winHttpOption,
  winHttpFlags,
  schannelProtocols,
];

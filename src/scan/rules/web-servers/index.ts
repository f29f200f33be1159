/**
 * Web servers and proxies: nginx, Apache httpd, HAProxy, Envoy, Istio, Traefik-free proxies,
 * lighttpd, stunnel, OpenVPN, Hitch, Squid, Kong, Contour, Emissary, Gloo, Caddy v1.
 */
import type { Rule } from '../../rule.js';
import { apacheSslProtocol } from './apache.js';
import { contourGlooMinimumVersion, emissaryTlsVersion, envoyTlsParams, istioProtocolVersion, kongSslProtocols } from './envoy-gateways.js';
import { haproxySslOptions } from './haproxy.js';
import { lighttpdProtocols } from './lighttpd.js';
import { ingressNginxSslProtocols, nginxSslProtocols } from './nginx.js';
import { hitchTlsProtos, openvpnTlsVersion, squidTlsMinVersion, stunnelSslVersion } from './stunnel-openvpn-hitch-squid.js';

export { apacheSslProtocol } from './apache.js';
export { envoyTlsParams, istioProtocolVersion, contourGlooMinimumVersion, emissaryTlsVersion, kongSslProtocols } from './envoy-gateways.js';
export { haproxySslOptions } from './haproxy.js';
export { lighttpdProtocols } from './lighttpd.js';
export { nginxSslProtocols, ingressNginxSslProtocols } from './nginx.js';
export {
  onCommentedLine,
  trimValue,
  flagArguments,
  type ConfigRuleDef,
  configRule,
  firstWord,
  minimumOf,
  maximumOf,
  minOrMax,
  exclusionsBelow,
} from './shared.js';
export { stunnelSslVersion, openvpnTlsVersion, hitchTlsProtos, squidTlsMinVersion } from './stunnel-openvpn-hitch-squid.js';

export const rules: readonly Rule[] = [
  nginxSslProtocols,
  ingressNginxSslProtocols,
  apacheSslProtocol,
  haproxySslOptions,
  envoyTlsParams,
  istioProtocolVersion,
  contourGlooMinimumVersion,
  emissaryTlsVersion,
  kongSslProtocols,
  lighttpdProtocols,
  stunnelSslVersion,
  openvpnTlsVersion,
  hitchTlsProtos,
  squidTlsMinVersion,
];

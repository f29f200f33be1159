/**
 * Go and the Go-based infrastructure that takes Go's TLS vocabulary: crypto/tls `MinVersion` /
 * `MaxVersion`, GODEBUG settings that restore TLS 1.0 defaults, Kubernetes control-plane flags and
 * KubeletConfiguration, OpenShift TLS security profiles, HashiCorp Vault/Consul/Nomad (and the
 * other Go servers that share their `tls_min_version` key), Prometheus `web.yml`, Traefik TLS
 * options and Caddy v1.
 */
import type { Rule } from '../../rule.js';
import { caddyProtocols } from './caddy.js';
import { goTlsConfigVersion } from './crypto-tls.js';
import { goGodebugTls10 } from './godebug.js';
import { hashicorpTlsVersion } from './hashicorp.js';
import { kubernetesTlsMinVersion, openshiftOldProfile } from './kubernetes-openshift.js';
import { prometheusTlsVersion } from './prometheus.js';
import { traefikTlsVersion } from './traefik.js';

export const rules: readonly Rule[] = [
  goTlsConfigVersion,
  goGodebugTls10,
  kubernetesTlsMinVersion,
  openshiftOldProfile,
  hashicorpTlsVersion,
  prometheusTlsVersion,
  traefikTlsVersion,
  caddyProtocols,
];

import { atLeast, versionIndex } from '../../../versions.js';
import { readVersion, respell } from '../../evaluate.js';
import { clip, settingRule } from '../../define.js';
import type { Match, Rule, RuleContext } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import { lastNewline, nextNewline } from '../../source.js';
import { ALL_FROM_TLS10, makeRule, minMax, notCommented } from './shared.js';

/** A rule that runs `base` and then extra matchers over the same file. */
function withExtra(base: Rule, extra: (file: SourceFile, context: RuleContext) => Iterable<Match>): Rule {
  return {
    meta: base.meta,
    examples: base.examples,
    *check(file, context) {
      yield* base.check(file, context);
      yield* extra(file, context);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// F6: Kubernetes control plane and kubelet; OpenShift TLS security profiles

const K8S_KINDS = ['yaml', 'json', 'shell', 'dockerfile', 'conf', 'env', 'ini', 'toml', 'hcl', 'makefile', 'other'] as const;

const KUBEADM_V1BETA4 = /\bname:[ \t]*["']?((?:[\w-]+\.)?tls-min-version)["']?[ \t]*\r?\n[ \t]*value:[ \t]*["']?([\w.]+)["']?/g;

export const kubernetesTlsMinVersion = withExtra(
  settingRule({
    meta: {
      id: 'go/kubernetes-tls-min-version',
      title: 'Kubernetes component --tls-min-version allows legacy TLS',
      description:
        'kube-apiserver, kubelet, kube-controller-manager, kube-scheduler, metrics-server, etcd and many webhooks take `--tls-min-version` (`VersionTLS10`, `VersionTLS11`); the kubelet reads `tlsMinVersion` from its KubeletConfiguration and OpenShift reads `minTLSVersion` from a custom TLS profile. A legacy value lets the control plane accept TLS 1.0/1.1. Flags in static pod manifests, kubeadm `extraArgs` (map or name/value list), k3s/RKE2 `*-arg` lists and systemd drop-ins are read.',
      ecosystem: 'Go & Kubernetes',
      catalogue: ['F6'],
      docs: [
        'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
        'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
        'https://docs.openshift.com/container-platform/latest/security/tls-security-profiles.html',
      ],
      files: { kinds: K8S_KINDS },
      keywords: /tls-min-version|tlsMinVersion|minTLSVersion/,
      fixable: true,
      safe: '--tls-min-version=VersionTLS12',
      limits:
        'A component started without the flag uses the Go default of its build (TLS 1.2 for current releases); that is not reported. Templated values are unknown.',
    },
    keys: /(?:[\w-]+\.)?tls-min-version|tlsMinVersion|minTLSVersion/,
    // Reads `- name:` / `value:` pairs its own way (below).
    pairs: false,
    where: notCommented,
    // The key says TLS, so `1.0` is a version here (etcd, Cilium and webhooks take numbers).
    evaluate: minMax(() => false, undefined, true),
    instead: (ctx, s) =>
      /^[a-z]+[A-Z]/.test(s.key)
        ? `\`${s.key}: VersionTLS1${versionIndex(ctx.floor) - 2}\``
        : `\`--${s.key.replace(/^-+/, '')}=VersionTLS1${versionIndex(ctx.floor) - 2}\``,
    examples: {
      valid: [
        {
          file: 'manifests/kube-apiserver.yaml',
          code: 'spec:\n  containers:\n  - command:\n    - kube-apiserver\n    - --tls-min-version=VersionTLS12\n',
        },
        {
          file: 'kubelet-config.yaml',
          code: 'kind: KubeletConfiguration\ntlsMinVersion: VersionTLS13\ntlsCipherSuites:\n- TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n',
        },
        { file: 'kubeadm.yaml', code: 'apiServer:\n  extraArgs:\n    - name: tls-min-version\n      value: "VersionTLS12"\n' },
        {
          file: 'roles/k8s/templates/kubeadm.yaml.j2',
          code: 'apiServer:\n  extraArgs:\n    - name: tls-min-version\n      value: "{{ tls_min_version }}"\n',
          note: 'templated',
        },
        { file: 'etcd.yaml', code: '    - --tls-min-version=TLS1.3' },
        { file: 'cilium.yaml', code: '  - --tls-min-version=1.2' },
        { file: 'kubelet-config.yaml', code: '# tlsMinVersion: VersionTLS10\ntlsMinVersion: VersionTLS12\n' },
        {
          file: 'config/k3s.yaml',
          code: 'kube-apiserver-arg:\n  - tls-min-version=VersionTLS12\n  - tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n',
        },
      ],
      invalid: [
        {
          file: 'manifests/kube-apiserver.yaml',
          code: '  - command:\n    - kube-apiserver\n    - --tls-min-version=VersionTLS10\n',
          findings: ['3:9 TLSv1.0 TLSv1.1'],
          output: '  - command:\n    - kube-apiserver\n    - --tls-min-version=VersionTLS12\n',
        },
        {
          file: 'var/lib/kubelet/config.yaml',
          code: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\ntlsMinVersion: VersionTLS11\n',
          findings: ['3:1 TLSv1.1'],
        },
        {
          file: 'kubeadm-config.yaml',
          code: 'apiServer:\n  extraArgs:\n    tls-min-version: "VersionTLS11"\n',
          findings: ['3:5 TLSv1.1'],
          note: 'kubeadm v1beta3 map',
        },
        {
          file: 'kubeadm-config.yaml',
          code: 'apiServer:\n  extraArgs:\n    - name: profiling\n      value: "false"\n    - name: tls-min-version\n      value: "VersionTLS10"\n',
          findings: ['6:22 TLSv1.0 TLSv1.1'],
          note: 'kubeadm v1beta4 name/value list',
        },
        {
          file: '10-kubeadm.conf',
          code: '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--tls-min-version=VersionTLS11"\n',
          findings: ['2:35 TLSv1.1'],
        },
        {
          file: 'apiserver.yaml',
          code: 'apiVersion: config.openshift.io/v1\nkind: APIServer\nspec:\n  tlsSecurityProfile:\n    type: Custom\n    custom:\n      minTLSVersion: VersionTLS10\n',
          findings: ['7:7 TLSv1.0 TLSv1.1'],
        },
        { file: 'install.sh', code: 'k3s server --kube-apiserver-arg="tls-min-version=VersionTLS10"', findings: ['1:34 TLSv1.0 TLSv1.1'] },
        {
          file: 'hubble/values.yaml',
          code: 'relay:\n  extraArgs:\n    - --tls-min-version=1.1\n',
          findings: ['3:9 TLSv1.1'],
          output: 'relay:\n  extraArgs:\n    - --tls-min-version=1.2\n',
          note: 'a bare number',
        },
        {
          file: 'loki.yaml',
          code: 'server:\n  http_tls_config:\n    cert_file: /tls/tls.crt\nargs:\n  - -server.tls-min-version=VersionTLS11\n',
          findings: ['5:5 TLSv1.1'],
          note: 'dskit-style prefixed flag',
        },
      ],
    },
  }),
  function* (file, ctx) {
    const code = file.code;
    const re = new RegExp(KUBEADM_V1BETA4.source, 'g');
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const v = readVersion(m[2], { bareNumbers: true });
      if (!v) continue;
      const valueStart = m.index + m[0].lastIndexOf(m[2]);
      const to = respell(m[2], ctx.floor);
      yield {
        start: m.index,
        end: m.index + m[0].length,
        versions: atLeast(v),
        what: clip(m[0]),
        instead: `\`value: VersionTLS1${versionIndex(ctx.floor) - 2}\``,
        fix:
          to && readVersion(to, { bareNumbers: true }) === ctx.floor
            ? { start: valueStart, end: valueStart + m[2].length, text: to }
            : undefined,
      };
    }
  },
);

const OLD_PROFILE_GO = /\bType:[ \t]*(?:[A-Za-z_]\w*\.)?TLSProfileOldType\b/g;

export const openshiftOldProfile = makeRule(
  {
    id: 'go/openshift-old-tls-profile',
    title: 'OpenShift tlsSecurityProfile type Old allows TLS 1.0',
    description:
      'OpenShift components (API server, ingress controllers, kubelet, operators) take a `tlsSecurityProfile`; the `Old` profile sets the minimum to TLS 1.0 (`VersionTLS10`), `Intermediate` to TLS 1.2 and `Modern` to TLS 1.3.',
    ecosystem: 'Go & Kubernetes',
    catalogue: ['F6'],
    docs: ['https://docs.openshift.com/container-platform/latest/security/tls-security-profiles.html'],
    files: { kinds: ['yaml', 'json', 'go', 'shell', 'other'] },
    keywords: /tlsSecurityProfile|TLSProfileOldType/,
    fixable: false,
    safe: 'tlsSecurityProfile: {type: Intermediate, intermediate: {}}',
    limits: 'A custom profile is read by go/kubernetes-tls-min-version (`minTLSVersion`).',
  },
  {
    valid: [
      { file: 'apiserver.yaml', code: 'spec:\n  tlsSecurityProfile:\n    type: Intermediate\n    intermediate: {}\n' },
      {
        file: 'ingresscontroller.yaml',
        code: 'spec:\n  tlsSecurityProfile:\n    type: Modern\n    modern: {}\n  endpointPublishingStrategy:\n    type: Old\n',
        note: '`type: Old` outside the profile block',
      },
      { file: 'apiserver.json', code: '{"spec": {"tlsSecurityProfile": {"type": "Intermediate"}}}' },
      { file: 'apiserver.yaml', code: 'spec:\n  # tlsSecurityProfile:\n  #   type: Old\n  tlsSecurityProfile:\n    type: Modern\n' },
      {
        file: 'pkg/tls/profile.go',
        code: 'switch profile.Type {\ncase configv1.TLSProfileOldType:\n\treturn "VersionTLS10"\n}',
        note: 'a switch over profile types',
      },
    ],
    invalid: [
      {
        file: 'apiserver.yaml',
        code: 'apiVersion: config.openshift.io/v1\nkind: APIServer\nspec:\n  tlsSecurityProfile:\n    old: {}\n    type: Old\n',
        findings: ['4:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'ingress.json',
        code: '{\n  "spec": {\n    "tlsSecurityProfile": {\n      "type": "Old",\n      "old": {}\n    }\n  }\n}',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'patch.sh',
        code: 'oc patch apiserver cluster --type=merge -p \'{"spec":{"tlsSecurityProfile":{"type":"Old","old":{}}}}\'',
        findings: ['1:54 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'pkg/operator/defaults.go',
        code: 'profile := &configv1.TLSSecurityProfile{\n\tType: configv1.TLSProfileOldType,\n}',
        findings: ['2:2 TLSv1.0 TLSv1.1'],
      },
    ],
  },
  function* (file) {
    const code = file.code;
    if (file.kind === 'go') {
      const re = new RegExp(OLD_PROFILE_GO.source, 'g');
      for (let m = re.exec(code); m; m = re.exec(code)) {
        yield {
          start: m.index,
          end: m.index + m[0].length,
          versions: ALL_FROM_TLS10,
          what: m[0],
          why: 'the Old profile sets the minimum to TLS 1.0',
          instead: '`Type: configv1.TLSProfileIntermediateType`',
        };
      }
      return;
    }
    const key = /["']?tlsSecurityProfile["']?[ \t]*:/g;
    for (let m = key.exec(code); m; m = key.exec(code)) {
      const lineStart = lastNewline(code, m.index) + 1;
      const indent = /^[ \t-]*/.exec(code.slice(lineStart, m.index))![0].length;
      // The block: the rest of this line, then the lines indented deeper than the key.
      let end = nextNewline(code, m.index);
      if (end < 0) end = code.length;
      for (let n = 0; n < 40 && end < code.length; n++) {
        const next = nextNewline(code, end + 1);
        const line = code.slice(end + 1, next < 0 ? code.length : next);
        if (line.trim() !== '' && /^[ \t]*/.exec(line)![0].length <= indent) break;
        end = next < 0 ? code.length : next;
      }
      const block = code.slice(m.index + m[0].length, Math.min(end, m.index + 2000));
      const type = /["']?\btype["']?[ \t]*:[ \t]*["']?(\w+)/.exec(block);
      if (!type || type[1] !== 'Old') continue;
      yield {
        start: m.index,
        end: m.index + m[0].length + type.index + type[0].length,
        versions: ALL_FROM_TLS10,
        what: 'tlsSecurityProfile type Old',
        why: 'the Old profile sets the minimum to TLS 1.0',
        instead: '`tlsSecurityProfile: {type: Intermediate, intermediate: {}}`',
      };
    }
  },
);

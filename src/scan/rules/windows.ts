/**
 * Windows: the Schannel protocol keys, the .NET Framework and WinHTTP/WinINet registry values, and
 * PowerShell's session and per-request protocol settings. The same registry data is written in
 * many syntaxes: `.reg` files, `reg add` in batch or shell, PowerShell `New-ItemProperty` /
 * `Set-ItemProperty` (named, positional or splatted), Inno Setup `[Registry]`, DSC `Registry`
 * resources, Ansible `win_regedit`, Salt `reg.present`, Chef `registry_key`, Puppet
 * `registry_value` and `.SetValue(...)` calls.
 */
import { range, setOf, type Version, type VersionSet } from '../../versions.js';
import type { Severity } from '../../policy.js';
import type { FileKind } from '../file-kinds.js';
import type { Match, Rule, RuleContext, RuleMeta } from '../rule.js';
import type { SourceFile } from '../source.js';
import { lastBefore, lastNewline, LINE_LOOKBACK, nextNewline } from '../source.js';
import { clip } from '../define.js';

// ---------------------------------------------------------------------------------------------
// Registry writes in every syntax
// ---------------------------------------------------------------------------------------------

type WriteForm = 'reg' | 'reg-add' | 'cmdlet' | 'pair' | 'call';

interface RegWrite {
  readonly form: WriteForm;
  /** The value name as written (`Enabled`). */
  readonly name: string;
  readonly nameStart: number;
  /** The value's digits as written, without quotes (`00000001`, `0xffffffff`, `$FFFFFFFF`, `1`). */
  readonly raw: string;
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The number written, or undefined when it is a variable or unreadable. */
  readonly value: number | undefined;
}

const DWORD_VALUE = String.raw`(?:0x|\$)?[0-9a-fA-F]{1,10}`;

/** Reads a DWORD as written: `dword:` data and `0x`/`$` prefixes are hexadecimal, digits decimal. */
function parseDword(raw: string, hex: boolean): number | undefined {
  const t = raw.trim();
  if (/^0x[0-9a-f]{1,8}$/i.test(t)) return parseInt(t.slice(2), 16);
  if (/^\$[0-9a-f]{1,8}$/i.test(t)) return parseInt(t.slice(1), 16);
  if (hex && /^[0-9a-f]{1,8}$/i.test(t)) return parseInt(t, 16);
  if (/^\d{1,10}$/.test(t)) {
    const n = Number(t);
    return n <= 0xffffffff ? n : undefined;
  }
  return undefined;
}

/** Writes a number in the style of `raw`: `dword:` width, `0x` or `$` prefix, or decimal. */
function writeDword(n: number, raw: string, form: WriteForm): string {
  const hex = n.toString(16);
  if (form === 'reg') return hex.padStart(raw.length, '0');
  if (/^0x/i.test(raw)) return `0x${hex.padStart(raw.length - 2 > 4 ? raw.length - 2 : 0, '0')}`;
  if (raw.startsWith('$')) return `$${hex.toUpperCase().padStart(raw.length - 1 > 4 ? raw.length - 1 : 0, '0')}`;
  return String(n);
}

function lineBounds(code: string, at: number): [number, number] {
  const start = lastNewline(code, at - 1) + 1;
  let end = nextNewline(code, at);
  if (end < 0) end = code.length;
  return [start, end];
}

/**
 * A logical line: PowerShell continues a line that ends with a backtick, shells and Dockerfiles
 * with a backslash, batch with a caret. At most eight physical lines.
 */
function logicalLine(code: string, at: number): [number, number] {
  let [start, end] = lineBounds(code, at);
  for (let i = 0; i < 8 && start > 1 && /[`\\^][ \t]*\r?$/.test(code.slice(Math.max(0, start - 3), start - 1)); i++) {
    start = lastNewline(code, start - 2) + 1;
  }
  for (let i = 0; i < 8 && /[`\\^][ \t]*\r?$/.test(code.slice(Math.max(start, end - 3), end)) && end < code.length; i++) {
    const next = nextNewline(code, end + 1);
    end = next < 0 ? code.length : next;
  }
  return [start, end];
}

/** Every write of one of the value names in `names` (a regular expression source, an alternation). */
function* registryWrites(code: string, names: string): Generator<RegWrite> {
  const seen = new Set<number>();
  const emit = (w: RegWrite): RegWrite | undefined => {
    if (seen.has(w.nameStart)) return undefined;
    seen.add(w.nameStart);
    return w;
  };
  // 1. `.reg` files: "Enabled"=dword:00000001
  const reg = new RegExp(String.raw`"(${names})"[ \t]*=[ \t]*dword:([0-9a-fA-F]{1,8})\b`, 'gi');
  for (let m = reg.exec(code); m; m = reg.exec(code)) {
    const valueStart = m.index + m[0].length - m[2].length;
    const w = emit({
      form: 'reg',
      name: m[1],
      nameStart: m.index + 1,
      raw: m[2],
      valueStart,
      valueEnd: valueStart + m[2].length,
      value: parseDword(m[2], true),
    });
    if (w) yield w;
  }
  // 2. reg add "HKLM\…" /v Enabled /t REG_DWORD /d 1 /f (options in any order, one logical line)
  const regAdd = /\breg(?:\.exe)?["']?[ \t]+add\b/gi;
  for (let m = regAdd.exec(code); m; m = regAdd.exec(code)) {
    const [, end] = logicalLine(code, m.index);
    const line = code.slice(m.index, end);
    const v = new RegExp(String.raw`[ \t]/v[ \t]+(\\?["']?)(${names})\1(?=[\s"'\\]|$)`, 'i').exec(line);
    const d = new RegExp(String.raw`[ \t]/d[ \t]+(\\?["']?)(${DWORD_VALUE})\1(?=[\s"'\\]|$)`, 'i').exec(line);
    if (!v) continue;
    const nameStart = m.index + v.index + v[0].length - v[1].length - v[2].length;
    const valueStart = d ? m.index + d.index + d[0].length - d[1].length - d[2].length : nameStart;
    const w = emit({
      form: 'reg-add',
      name: v[2],
      nameStart,
      raw: d ? d[2] : '',
      valueStart,
      valueEnd: valueStart + (d ? d[2].length : 0),
      value: d ? parseDword(d[2], false) : undefined,
    });
    if (w) yield w;
  }
  // 3. PowerShell cmdlets: New-ItemProperty/Set-ItemProperty -Path … -Name Enabled -Value 1
  const cmdlet = /\b(?:New|Set)-ItemProperty\b|(?:^|[;|{(][ \t]*)sp[ \t]/gim;
  for (let m = cmdlet.exec(code); m; m = cmdlet.exec(code)) {
    const [, end] = logicalLine(code, m.index);
    const stmt = code.slice(m.index, end);
    const base = m.index;
    const named = new RegExp(String.raw`[ \t]-Name(?::|[ \t]+)(["']?)(${names})\1(?![\w-])`, 'i').exec(stmt);
    const value = new RegExp(String.raw`[ \t]-Value(?::|[ \t]+)(["']?)(${DWORD_VALUE})\1(?![\w.$])`, 'i').exec(stmt);
    if (named) {
      const nameStart = base + named.index + named[0].length - named[1].length - named[2].length;
      const valueStart = value ? base + value.index + value[0].length - value[1].length - value[2].length : nameStart;
      const w = emit({
        form: 'cmdlet',
        name: named[2],
        nameStart,
        raw: value?.[2] ?? '',
        valueStart,
        valueEnd: valueStart + (value?.[2].length ?? 0),
        value: value ? parseDword(value[2], false) : undefined,
      });
      if (w) yield w;
      continue;
    }
    // Positional: Set-ItemProperty $path Enabled 1 / Set-ItemProperty -Path $path Enabled 1
    const positional = new RegExp(
      String.raw`^\S+[ \t]+(?:-(?:Literal)?Path[ \t]+)?(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'|[^\s"'-]\S{0,300})[ \t]+(["']?)(${names})\1[ \t]+(["']?)(${DWORD_VALUE})\3(?![\w.$])`,
      'i',
    ).exec(stmt);
    if (positional) {
      const valueStart = base + positional.index + positional[0].length - positional[3].length - positional[4].length;
      const nameStart = base + positional.index + positional[0].lastIndexOf(positional[2], positional[0].length - positional[4].length - 1);
      const w = emit({
        form: 'cmdlet',
        name: positional[2],
        nameStart,
        raw: positional[4],
        valueStart,
        valueEnd: valueStart + positional[4].length,
        value: parseDword(positional[4], false),
      });
      if (w) yield w;
    }
  }
  // 4. Key/value blocks: DSC ValueName/ValueData, splatting Name/Value, Ansible name/data, Salt
  //    vname/vdata, Inno Setup ValueName/ValueData, Chef name/data, Puppet `…\Server\Enabled'` + data.
  const nameKey = new RegExp(
    String.raw`(?<![\w-])(?:ValueName|vname|name)[ \t]*(?:=>|[:=])[ \t]*(?:-[ \t]+)?(["']?):?(${names})\1(?![\w-])|\\(?:Server|Client)\\{1,2}(${names})(?=["'])`,
    'gi',
  );
  const valueKey = new RegExp(
    String.raw`(?<![\w-])(?:ValueData|vdata|data|value)[ \t]*(?:=>|[:=])[ \t]*(?:-[ \t]+)?(?:@\([ \t]*)?(["']?)(${DWORD_VALUE})\1(?![\w.$])`,
    'gi',
  );
  const anyNameKey = /(?<![\w-])(?:ValueName|vname|name)[ \t]*(?:=>|[:=])/gi;
  const anyValueKey = /(?<![\w-])(?:ValueData|vdata|data|value)[ \t]*(?:=>|[:=])/gi;
  for (let m = nameKey.exec(code); m; m = nameKey.exec(code)) {
    const name = m[2] ?? m[3];
    const nameStart = m.index + m[0].length - name.length - (m[1]?.length ?? 0);
    const after = m.index + m[0].length;
    // The value: forward to the next value name, or else backward to the previous one.
    let windowEnd = Math.min(code.length, after + 300);
    // Only keys within the window count, so the searches stop a little past it: a search to the end
    // of the file for every name is quadratic when the file has names and no values.
    const ahead = code.slice(0, after + 300 + LINE_LOOKBACK);
    anyNameKey.lastIndex = after;
    const nextName = anyNameKey.exec(ahead);
    if (nextName && nextName.index < windowEnd) windowEnd = nextName.index;
    valueKey.lastIndex = after;
    let v = valueKey.exec(ahead);
    if (v && v.index + v[0].length > windowEnd) v = null;
    // A value key that follows with something else than a number (`data: "{{ x }}"`) is unknown.
    anyValueKey.lastIndex = after;
    const written = anyValueKey.exec(ahead);
    const otherValue = !v && written !== null && written.index < windowEnd;
    if (!v && !otherValue) {
      const from = Math.max(0, m.index - 300);
      const back = code.slice(from, m.index);
      let lastName = -1;
      const names = new RegExp(anyNameKey.source, 'gi');
      for (let k = names.exec(back); k; k = names.exec(back)) lastName = k.index + k[0].length;
      const re = new RegExp(valueKey.source, 'gi');
      let found: RegExpExecArray | null = null;
      for (let k = re.exec(back); k; k = re.exec(back)) if (k.index >= lastName) found = k;
      if (found) {
        found.index += from;
        v = found;
      }
    }
    const valueStart = v ? v.index + v[0].length - v[1].length - v[2].length : nameStart;
    const w = emit({
      form: 'pair',
      name,
      nameStart,
      raw: v?.[2] ?? '',
      valueStart,
      valueEnd: valueStart + (v?.[2].length ?? 0),
      value: v ? parseDword(v[2], false) : undefined,
    });
    if (w) yield w;
  }
  // 5. Calls: $key.SetValue('Enabled', 1), Registry.SetValue(path, "Enabled", 1),
  //    winreg.SetValueEx(key, "Enabled", 0, winreg.REG_DWORD, 1)
  const call = new RegExp(
    String.raw`\bSetValue[ \t]*\((?:[^()\n]{0,300}?,)?[ \t]*(["'])(${names})\1[ \t]*,[ \t]*(?:\(u?int\)[ \t]*)?(${DWORD_VALUE})(?![\w.$])|\bSetValueEx[ \t]*\([^()\n]{0,300}?,[ \t]*(["'])(${names})\4[ \t]*,[ \t]*0[ \t]*,[ \t]*[\w.]{0,40}REG_DWORD[ \t]*,[ \t]*(${DWORD_VALUE})(?![\w.$])`,
    'gi',
  );
  for (let m = call.exec(code); m; m = call.exec(code)) {
    const name = m[2] ?? m[5];
    const raw = m[3] ?? m[6];
    const valueStart = m.index + m[0].length - raw.length;
    const w = emit({
      form: 'call',
      name,
      nameStart: m.index + m[0].indexOf(name),
      raw,
      valueStart,
      valueEnd: valueStart + raw.length,
      value: parseDword(raw, false),
    });
    if (w) yield w;
  }
}

/** A write as a short text: `Enabled=0xffffffff`. */
function writeText(w: RegWrite): string {
  return `${w.name}=${w.form === 'reg' ? 'dword:' : ''}${w.raw}`;
}

/** The writes with a fix that writes `n` in place of the value, in the value's own style. */
function valueFix(w: RegWrite, n: number): Match['fix'] {
  if (w.raw === '') return undefined;
  return { start: w.valueStart, end: w.valueEnd, text: writeDword(n, w.raw, w.form) };
}

const REGISTRY_KINDS: readonly FileKind[] = [
  'reg',
  'batch',
  'powershell',
  'inno',
  'yaml',
  'ruby',
  'shell',
  'dockerfile',
  'json',
  'xml',
  'hcl',
  'csharp',
  'vb',
  'python',
  'vbscript',
  'groovy',
  'conf',
  'other',
];

// ---------------------------------------------------------------------------------------------
// B1: Schannel protocol keys
// ---------------------------------------------------------------------------------------------

const PROTOCOL_KEY = /(SSL 2\.0|SSL 3\.0|TLS 1\.[0-3]|DTLS 1\.[0-3]|PCT 1\.0|Multi-Protocol Unified Hello)\\{1,2}(Server|Client)(?![\w])/gi;

const SCHANNEL_PROTOCOLS: Readonly<Record<string, VersionSet>> = {
  'ssl 2.0': setOf('SSLv2'),
  'pct 1.0': setOf('SSLv2'),
  'multi-protocol unified hello': setOf('SSLv2'),
  'ssl 3.0': setOf('SSLv3'),
  'tls 1.0': setOf('TLSv1.0'),
  'tls 1.1': setOf('TLSv1.1'),
  // DTLS 1.0 is TLS 1.1 over datagrams.
  'dtls 1.0': setOf('TLSv1.1'),
  'tls 1.2': setOf('TLSv1.2'),
  'dtls 1.2': setOf('TLSv1.2'),
  'tls 1.3': setOf('TLSv1.3'),
  'dtls 1.3': setOf('TLSv1.3'),
};

interface ProtocolKey {
  readonly protocol: string;
  readonly side: string;
  readonly versions: VersionSet;
}

function keyOf(m: RegExpExecArray): ProtocolKey {
  const protocol = m[1];
  return { protocol, side: m[2], versions: SCHANNEL_PROTOCOLS[protocol.toLowerCase()] ?? 0 };
}

function lastKeyIn(text: string): ProtocolKey | undefined {
  const re = new RegExp(PROTOCOL_KEY.source, 'gi');
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last ? keyOf(last) : undefined;
}

/** `$var = '…\TLS 1.0\Server'` assignments in PowerShell, by lower-case variable name. */
function keyVariables(code: string): Map<string, ProtocolKey | null> {
  const vars = new Map<string, ProtocolKey | null>();
  const re = /\$([\w:]{1,80})[ \t]*=[ \t]*(["'])([^"'\n]{0,400})\2/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const key = lastKeyIn(m[3]);
    const name = m[1].toLowerCase();
    if (!key) continue;
    const prev = vars.get(name);
    // A variable assigned different protocols (a loop) is unknown.
    vars.set(name, prev === undefined || (prev && prev.protocol === key.protocol && prev.side === key.side) ? key : null);
  }
  return vars;
}

let headerCache: { code: string; headers: { at: number; name: string }[] } | undefined;

/** The `[…]` section headers of a `.reg` text, in order (cached for the file being checked). */
function regHeaders(code: string): { at: number; name: string }[] {
  if (headerCache?.code !== code) {
    const headers: { at: number; name: string }[] = [];
    for (const m of code.matchAll(/^[ \t]*\[-?([^\]\n]{1,400})\][ \t]*\r?$/gm)) headers.push({ at: m.index!, name: m[1] });
    headerCache = { code, headers };
  }
  return headerCache.headers;
}

/** Which protocol key a write is under, or undefined when the scan cannot tell. */
function protocolOf(code: string, w: RegWrite, vars: () => Map<string, ProtocolKey | null>): ProtocolKey | undefined {
  if (w.form === 'reg') {
    // The section the value is in: the last `[…]` header line before it.
    const headers = regHeaders(code);
    let lo = 0;
    let hi = headers.length - 1;
    let last: string | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (headers[mid].at < w.nameStart) {
        last = headers[mid].name;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const key = last === undefined ? undefined : lastKeyIn(last);
    // Only when the header ends with the protocol key (`…\TLS 1.0\Server]`).
    return key && last !== undefined && /\\(?:Server|Client)$/i.test(last) ? key : undefined;
  }
  if (w.form === 'pair') {
    // The path is usually a line or three above (DSC Key, Ansible path, splatting Path, Inno Subkey),
    // or, for Puppet, the value name ends the path itself.
    // A path later on the same line, before the next value name, wins (`@{ Name = 'Enabled'; Value = 1; Path = '…' }`).
    const [, lineEnd] = lineBounds(code, w.nameStart);
    const rest = code.slice(w.nameStart + w.name.length, lineEnd);
    const next = /(?<![\w-])(?:ValueName|vname|name)[ \t]*(?:=>|[:=])/i.exec(rest);
    const later = lastKeyIn(next ? rest.slice(0, next.index) : rest);
    if (later) return later;
    const from = Math.max(0, w.nameStart - 500);
    return lastKeyIn(code.slice(from, w.nameStart + w.name.length + 2));
  }
  const [start, end] = logicalLine(code, w.nameStart);
  const stmt = code.slice(start, end);
  const direct = lastKeyIn(stmt);
  if (direct) return direct;
  if (/\\(?:\$\{?\w+\}?|\{\{[^}]{0,80}\}\}|%\w+%)\\/.test(stmt) || /Protocols\\\\?["']?\s*\+/.test(stmt)) return undefined;
  // A variable holding the path: $tls10 = '…\TLS 1.0\Server'; New-ItemProperty -Path $tls10 …
  const table = vars();
  const found = new Set<ProtocolKey>();
  for (const v of stmt.matchAll(/\$\{?([\w:]{1,80})\}?/g)) {
    const k = table.get(v[1].toLowerCase());
    if (k) found.add(k);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const SCHANNEL_NAMES = 'Enabled|DisabledByDefault';

const schannelMeta: RuleMeta = {
  id: 'windows/schannel-protocol-enabled',
  title: 'Schannel registry keys enable a legacy protocol',
  description:
    'The `Enabled` and `DisabledByDefault` values under `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\<protocol>\\Server|Client` switch a protocol on or off for every Schannel user on the machine (IIS, RDP, SQL Server, WinHTTP, .NET with SystemDefault). A non-zero `Enabled` under `SSL 2.0`, `SSL 3.0`, `TLS 1.0`, `TLS 1.1` or `PCT 1.0` turns the legacy protocol on; `DisabledByDefault=0` makes it one that applications get without asking for it.',
  ecosystem: 'Windows & PowerShell',
  catalogue: ['B1'],
  docs: [
    'https://learn.microsoft.com/windows-server/security/tls/tls-registry-settings',
    'https://learn.microsoft.com/windows-server/security/tls/tls-ssl-schannel-ssp-overview',
  ],
  files: { kinds: REGISTRY_KINDS, names: /\.reg$|\.iss$|\.pp$|\.sls$/ },
  keywords: /TLS 1\.0|TLS 1\.1|SSL 3\.0|SSL 2\.0|PCT 1\.0|Unified Hello|DTLS 1\.0/,
  fixable: true,
  safe: '[…\\SCHANNEL\\Protocols\\TLS 1.0\\Server] "Enabled"=dword:00000000 "DisabledByDefault"=dword:00000001',
  limits:
    'Paths built at run time (`"…\\Protocols\\$protocol\\Server"` in a loop, `{{ item }}` in Ansible, functions called with a protocol name) are not followed; the values Windows uses when the keys are absent depend on the Windows version (TLS 1.0/1.1 are on by default before Windows 11 / Server 2025) and are not reported.',
};

export const schannelProtocols: Rule = {
  meta: schannelMeta,
  *check(file: SourceFile, ctx: RuleContext): Iterable<Match> {
    void ctx;
    const code = file.code;
    let vars: Map<string, ProtocolKey | null> | undefined;
    const table = (): Map<string, ProtocolKey | null> => (vars ??= keyVariables(code));
    const writes: { w: RegWrite; key: ProtocolKey }[] = [];
    for (const w of registryWrites(code, SCHANNEL_NAMES)) {
      const key = protocolOf(code, w, table);
      if (key) writes.push({ w, key });
    }
    const id = (k: ProtocolKey): string => `${k.protocol.toLowerCase()}|${k.side.toLowerCase()}`;
    // Keys whose `Enabled` is written at all (with a number, a variable or a template).
    const enabledWritten = new Set(writes.filter(({ w }) => /^enabled$/i.test(w.name)).map(({ key }) => id(key)));
    for (const { w, key } of writes) {
      if (key.versions === 0 || w.value === undefined) continue;
      const where = `${key.protocol}\\${key.side}`;
      const what = `${writeText(w)} under ${where}`;
      if (/^enabled$/i.test(w.name)) {
        if (w.value === 0) continue;
        yield {
          start: w.nameStart,
          end: Math.max(w.valueEnd, w.nameStart + w.name.length),
          versions: key.versions,
          what,
          why: w.value === 0xffffffff ? '0xffffffff is the documented "enabled" value' : undefined,
          instead: `\`Enabled\`=0 and \`DisabledByDefault\`=1 under \`${where}\` (and \`Enabled\`=1 under \`TLS 1.2\\${key.side}\`)`,
          fix: valueFix(w, 0),
        };
      } else if (w.value === 0 && !enabledWritten.has(id(key))) {
        yield {
          start: w.nameStart,
          end: Math.max(w.valueEnd, w.nameStart + w.name.length),
          versions: key.versions,
          what,
          why: 'with `Enabled` left to the Windows default, the protocol is offered to applications that do not choose one',
          instead: `\`DisabledByDefault\`=1 and \`Enabled\`=0 under \`${where}\``,
          severity: 'warning',
          fix: valueFix(w, 1),
        };
      }
    }
    // SChannelDsc: Protocol X { Protocol = 'TLS 1.0'; State = 'Enabled' }
    const dsc =
      /\bProtocol[ \t]*=[ \t]*(["'])(SSL 2\.0|SSL 3\.0|TLS 1\.[01]|PCT 1\.0|Multi-Protocol Unified Hello)\1[^}]{0,300}?\bState[ \t]*=[ \t]*(["'])Enabled\3/gi;
    for (let m = dsc.exec(code); m; m = dsc.exec(code)) {
      const valueAt = m.index + m[0].length - 'Enabled'.length - 1;
      yield {
        start: m.index,
        end: m.index + m[0].length,
        versions: SCHANNEL_PROTOCOLS[m[2].toLowerCase()] ?? 0,
        what: `SChannelDsc Protocol '${m[2]}' State = 'Enabled'`,
        instead: `\`State = 'Disabled'\` for '${m[2]}'`,
        fix: { start: valueAt, end: valueAt + 'Enabled'.length, text: 'Disabled' },
      };
    }
  },
  examples: {
    valid: [
      {
        file: 'harden/disable-legacy.reg',
        code: 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server]\n"Enabled"=dword:00000000\n"DisabledByDefault"=dword:00000001\n\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server]\n"Enabled"=dword:ffffffff\n"DisabledByDefault"=dword:00000000\n',
        note: 'the classic hardening file: legacy off, TLS 1.2 on',
      },
      {
        file: 'scripts/Disable-Tls10.ps1',
        code: "New-Item 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client' -Force | Out-Null\nSet-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client' -name 'Enabled'           -value '0' –Type 'DWORD'\nSet-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client' -name 'DisabledByDefault' -value '1' –Type 'DWORD'\nNew-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client' -Name 'Enabled' -Value '0xffffffff' -PropertyType DWord -Force",
        note: 'disabling script that mentions TLS 1.0 on every line',
      },
      {
        file: 'setup/harden.cmd',
        code: 'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.1\\Server" /v Enabled /t REG_DWORD /d 0 /f\nreg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.1\\Server" /v DisabledByDefault /t REG_DWORD /d 1 /f\nreg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server" /v Enabled /t REG_DWORD /d 1 /f',
      },
      {
        file: 'Mitigations/TLS1Server.ps1',
        code: "$ItemProperty = @{\n    Path = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server'\n    Name = 'Enabled'\n    Value = 0\n    PropertyType = 'DWORD'\n}\nNew-ItemProperty @ItemProperty | Out-Null\n$ItemProperty = @{\n    Path = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server'\n    Name = 'DisabledByDefault'\n    Value = 1\n}",
        note: 'splatted hashtable that disables',
      },
      {
        file: 'roles/win/tasks/main.yml',
        code: '- name: Enable TLS 1.2 server\n  win_regedit:\n    path: HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server\n    name: Enabled\n    data: 1\n    type: dword\n- name: Disable TLS 1.0 server\n  win_regedit:\n    path: HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server\n    name: Enabled\n    data: 0\n    type: dword\n',
        note: 'task names that say "TLS 1.0" are not value names',
      },
      {
        file: 'Set-Tls.ps1',
        code: "New-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server' -Name Enabled -Value 0\n$p = @{ Name = 'Enabled'; Value = 1; PropertyType = 'DWord'; Path = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server' }",
        note: 'the path after the value name belongs to that value',
      },
      {
        file: 'Check-Schannel.ps1',
        code: "$p = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server'\nif ((Get-ItemProperty -Path $p -Name Enabled).Enabled -eq 1) { Write-Warning 'TLS 1.0 is enabled' }",
        note: 'reading and comparing the value is not writing it',
      },
      {
        file: 'Harden.ps1',
        code: "foreach ($protocol in 'SSL 2.0','SSL 3.0','TLS 1.0','TLS 1.1') {\n  New-ItemProperty -Path \"HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\$protocol\\Server\" -Name Enabled -Value 1 -PropertyType DWord -Force\n}",
        note: 'a path built at run time is unknown',
      },
      {
        file: 'legacy.reg',
        code: '; [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server]\n; "Enabled"=dword:00000001\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.3\\Server]\n"Enabled"=dword:00000001\n',
        note: 'commented-out lines in a .reg file',
      },
    ],
    invalid: [
      {
        file: 'enable-legacy.reg',
        code: 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server]\n"Enabled"=dword:00000001\n"DisabledByDefault"=dword:00000000\n',
        findings: ['4:2 TLSv1.0'],
        output:
          'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server]\n"Enabled"=dword:00000000\n"DisabledByDefault"=dword:00000000\n',
      },
      {
        file: 'compat.reg',
        code: '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 3.0\\Client]\n"Enabled"=dword:ffffffff\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.1\\Client]\n"Enabled"=dword:00000001\n',
        findings: ['2:2 SSLv3', '4:2 TLSv1.1'],
      },
      {
        file: 'install/enable_tls10.bat',
        code: '@echo off\nREG ADD "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client" /f /v Enabled /t REG_DWORD /d 0x1\n',
        findings: ['2:107 TLSv1.0'],
        output:
          '@echo off\nREG ADD "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client" /f /v Enabled /t REG_DWORD /d 0x0\n',
      },
      {
        file: 'Enable-LegacyTls.ps1',
        code: "$tls11 = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.1\\Server'\n$tls12 = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server'\nNew-Item $tls11 -Force | Out-Null\nNew-ItemProperty -Path $tls11 -Name 'Enabled' -Value '4294967295' -PropertyType 'DWord' -Force | Out-Null\nNew-ItemProperty -Path $tls12 -Name 'Enabled' -Value 1 -PropertyType 'DWord' -Force | Out-Null",
        findings: ['4:38 TLSv1.1'],
        note: 'path held in a variable; decimal 0xffffffff',
      },
      {
        file: 'DSC/Legacy.ps1',
        code: "Registry EnableTls10Server\n{\n    Key       = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server'\n    ValueName = 'Enabled'\n    ValueData = '1'\n    ValueType = 'Dword'\n    Ensure    = 'Present'\n}",
        findings: ['4:18 TLSv1.0'],
      },
      {
        file: 'setup.iss',
        code: '[Registry]\nRoot: HKLM; Subkey: "SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client"; ValueType: dword; ValueName: "Enabled"; ValueData: $FFFFFFFF; Flags: createvalueifdoesntexist',
        findings: ['2:139 TLSv1.0'],
      },
      {
        file: 'roles/legacy/tasks/main.yml',
        code: '- name: Keep TLS 1.1 for the old scanner\n  ansible.windows.win_regedit:\n    path: HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.1\\Server\n    name: DisabledByDefault\n    data: 0\n    type: dword\n',
        findings: ['4:11 TLSv1.1'],
        severity: 'warning',
        note: 'DisabledByDefault=0 without Enabled is a warning',
      },
      {
        file: 'Dockerfile',
        code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2019\nRUN reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 3.0\\Server" /v Enabled /t REG_DWORD /d 1 /f',
        findings: ['2:108 SSLv3'],
      },
      {
        file: 'manifests/schannel.pp',
        code: "registry_value { 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server\\Enabled':\n  ensure => present,\n  type   => dword,\n  data   => '0x00000001',\n}",
        findings: ['1:109 TLSv1.0'],
      },
      {
        file: 'Configuration.ps1',
        code: "Protocol EnableTls11\n{\n    Protocol = 'TLS 1.1'\n    State    = 'Enabled'\n}",
        findings: ['3:5 TLSv1.1'],
        output: "Protocol EnableTls11\n{\n    Protocol = 'TLS 1.1'\n    State    = 'Disabled'\n}",
        note: 'SChannelDsc Protocol resource',
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// B2: .NET Framework SchUseStrongCrypto / SystemDefaultTlsVersions
// ---------------------------------------------------------------------------------------------

export const dotnetStrongCrypto: Rule = {
  meta: {
    id: 'windows/dotnet-strong-crypto-off',
    title: '.NET Framework registry values keep the legacy protocol defaults',
    description:
      "`SchUseStrongCrypto` and `SystemDefaultTlsVersions` under `HKLM\\SOFTWARE\\[Wow6432Node\\]Microsoft\\.NETFramework\\v4.0.30319` (and `v2.0.50727`) decide what .NET Framework applications negotiate when they do not choose. `SchUseStrongCrypto=0` leaves .NET 3.5/4.x on SSL 3.0 and TLS 1.0; `SystemDefaultTlsVersions=0` makes it use its own defaults instead of the operating system's.",
    ecosystem: 'Windows & PowerShell',
    catalogue: ['B2'],
    docs: ['https://learn.microsoft.com/dotnet/framework/network-programming/tls#configure-security-via-the-windows-registry'],
    files: { kinds: REGISTRY_KINDS, names: /\.reg$|\.iss$|\.pp$|\.sls$/ },
    keywords: /SchUseStrongCrypto|SystemDefaultTlsVersions/,
    fixable: true,
    safe: '"SchUseStrongCrypto"=dword:00000001 "SystemDefaultTlsVersions"=dword:00000001',
    limits:
      'Which framework versions honour the values, and whether an application overrides them in code or app.config, is not visible here; the AppContext switches in app.config belong to the .NET rules.',
  },
  *check(file) {
    for (const w of registryWrites(file.code, 'SchUseStrongCrypto|SystemDefaultTlsVersions')) {
      if (w.value !== 0) continue;
      const strong = /^SchUseStrongCrypto$/i.test(w.name);
      yield {
        start: w.nameStart,
        end: Math.max(w.valueEnd, w.nameStart + w.name.length),
        versions: strong ? setOf('SSLv3', 'TLSv1.0') : range('TLSv1.0', 'TLSv1.2'),
        what: writeText(w),
        why: strong
          ? '.NET Framework without strong crypto defaults to SSL 3.0 and TLS 1.0'
          : ".NET Framework then uses its own default protocol list (TLS 1.0 and 1.1 included) instead of the operating system's",
        instead: `\`${strong ? 'SchUseStrongCrypto' : 'SystemDefaultTlsVersions'}\`=1 (both values, under the 64-bit and \`Wow6432Node\` keys)`,
        severity: strong ? undefined : 'warning',
        fix: valueFix(w, 1),
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      {
        file: 'tls12.reg',
        code: '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319]\n"SchUseStrongCrypto"=dword:00000001\n"SystemDefaultTlsVersions"=dword:00000001\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319]\n"SchUseStrongCrypto"=dword:00000001\n',
      },
      {
        file: 'Enable-Tls12.ps1',
        code: "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\.NetFramework\\v4.0.30319' -Name 'SchUseStrongCrypto' -Value '1' -Type DWord\nSet-ItemProperty 'HKLM:\\SOFTWARE\\Wow6432Node\\Microsoft\\.NetFramework\\v4.0.30319' SchUseStrongCrypto 1",
      },
      {
        file: 'Check.ps1',
        code: "if ((Get-ItemPropertyValue 'HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319' -Name SchUseStrongCrypto) -eq 0) { Write-Warning 'strong crypto is off' }",
        note: 'a check, not a write',
      },
      {
        file: 'setup.bat',
        code: ':: reg add "HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319" /v SchUseStrongCrypto /t REG_DWORD /d 0 /f\nreg add "HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319" /v SchUseStrongCrypto /t REG_DWORD /d 1 /f',
        note: 'commented-out batch line',
      },
    ],
    invalid: [
      {
        file: 'revert.reg',
        code: '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319]\n"SchUseStrongCrypto"=dword:00000000\n',
        findings: ['2:2 SSLv3 TLSv1.0'],
        output: '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319]\n"SchUseStrongCrypto"=dword:00000001\n',
        note: 'the 32-bit path',
      },
      {
        file: 'Legacy.ps1',
        code: "Set-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319' SchUseStrongCrypto 0",
        findings: ['1:70 SSLv3 TLSv1.0'],
        output: "Set-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319' SchUseStrongCrypto 1",
        note: 'positional parameters',
      },
      {
        file: 'install.cmd',
        code: 'reg add HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v2.0.50727 /v SystemDefaultTlsVersions /t REG_DWORD /d 0 /f',
        findings: ['1:61 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'roles/dotnet/tasks/main.yml',
        code: '- win_regedit:\n    path: HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\n    name: SchUseStrongCrypto\n    data: 0\n    type: dword\n',
        findings: ['3:11 SSLv3 TLSv1.0'],
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// B3/B4: WinHTTP DefaultSecureProtocols and WinINet SecureProtocols bit masks
// ---------------------------------------------------------------------------------------------

const SECURE_PROTOCOL_BITS: readonly [number, Version][] = [
  [0x8, 'SSLv2'],
  [0x20, 'SSLv3'],
  [0x80, 'TLSv1.0'],
  [0x200, 'TLSv1.1'],
  [0x800, 'TLSv1.2'],
  [0x2000, 'TLSv1.3'],
];

function maskVersions(mask: number): VersionSet | undefined {
  let set = 0;
  for (const [bit, v] of SECURE_PROTOCOL_BITS) if (mask & bit) set |= setOf(v);
  return set === 0 ? undefined : set;
}

function safeMask(mask: number, floor: Version): number {
  let keep = 0;
  for (const [bit, v] of SECURE_PROTOCOL_BITS) if (mask & bit && (v === 'TLSv1.2' ? floor !== 'TLSv1.3' : v === 'TLSv1.3')) keep |= bit;
  return keep || (floor === 'TLSv1.3' ? 0x2000 : 0x800);
}

export const secureProtocolsMask: Rule = {
  meta: {
    id: 'windows/secure-protocols-mask',
    title: 'WinHTTP or WinINet protocol mask includes legacy versions',
    description:
      '`DefaultSecureProtocols` (WinHTTP, `…\\Internet Settings\\WinHttp`, also under `Wow6432Node`) and `SecureProtocols` (WinINet and Internet Explorer, also set by the "Turn off encryption support" policy) are bit masks: 0x8 SSL 2.0, 0x20 SSL 3.0, 0x80 TLS 1.0, 0x200 TLS 1.1, 0x800 TLS 1.2, 0x2000 TLS 1.3. Masks such as 0xA80 or 0xAA0 keep TLS 1.0 (and SSL 3.0) in every WinHTTP/WinINet client.',
    ecosystem: 'Windows & PowerShell',
    catalogue: ['B3', 'B4'],
    docs: ['https://support.microsoft.com/help/3140245', 'https://learn.microsoft.com/windows/win32/winhttp/option-flags'],
    files: { kinds: REGISTRY_KINDS, names: /\.reg$|\.iss$|\.pp$|\.sls$/ },
    keywords: /SecureProtocols/,
    fixable: true,
    safe: '"DefaultSecureProtocols"=dword:00000800 (or 00002800 with TLS 1.3)',
    limits: 'A mask held in a variable, or written with DSC `Hex = $true` and bare hexadecimal digits, is not read.',
  },
  *check(file, ctx) {
    for (const w of registryWrites(file.code, 'DefaultSecureProtocols|SecureProtocols')) {
      if (w.value === undefined) continue;
      const versions = maskVersions(w.value);
      if (versions === undefined) continue;
      const safe = safeMask(w.value, ctx.floor);
      yield {
        start: w.nameStart,
        end: Math.max(w.valueEnd, w.nameStart + w.name.length),
        versions,
        what: writeText(w),
        why: `0x${w.value.toString(16).toUpperCase()} sets the bits of ${SECURE_PROTOCOL_BITS.filter(([b]) => w.value! & b)
          .map(([, v]) => v)
          .join(', ')}`,
        instead: `\`${w.name}\`=0x${safe.toString(16).toUpperCase().padStart(8, '0')}`,
        fix: valueFix(w, safe),
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      {
        file: 'winhttp.reg',
        code: '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp]\n"DefaultSecureProtocols"=dword:00000800\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp]\n"DefaultSecureProtocols"=dword:00002800\n',
      },
      {
        file: 'Set-WinHttp.ps1',
        code: "New-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp' -Name DefaultSecureProtocols -Value 0x00000800 -PropertyType DWORD -Force",
      },
      {
        file: 'ie.cmd',
        code: 'reg add "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings" /v SecureProtocols /t REG_DWORD /d 2048 /f',
        note: 'decimal 2048 = 0x800',
      },
      {
        file: 'Audit.ps1',
        code: "$v = (Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp').DefaultSecureProtocols\nif ($v -band 0x80) { 'TLS 1.0 on' }",
        note: 'a bit test, not a write',
      },
    ],
    invalid: [
      {
        file: 'tls.reg',
        code: '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp]\n"DefaultSecureProtocols"=dword:00000AA0\n',
        findings: ['2:2 SSLv3 TLSv1.0 TLSv1.1'],
        output:
          '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp]\n"DefaultSecureProtocols"=dword:00000800\n',
      },
      {
        file: 'kb3140245.cmd',
        code: 'reg add "HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp" /v DefaultSecureProtocols /t REG_DWORD /d 0x00000A80 /f',
        findings: ['1:99 TLSv1.0 TLSv1.1'],
        output:
          'reg add "HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp" /v DefaultSecureProtocols /t REG_DWORD /d 0x00000800 /f',
      },
      {
        file: 'Client.ps1',
        code: "Set-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings' -Name SecureProtocols -Value 2688",
        findings: ['1:98 TLSv1.0 TLSv1.1'],
        note: 'decimal 2688 = 0xA80',
      },
      {
        file: 'winhttp.reg',
        code: '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp]\n"DefaultSecureProtocols"=dword:00000a00\n',
        findings: ['2:2 TLSv1.1'],
        note: '0xA00 is TLS 1.1 + TLS 1.2',
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// B5: [Net.ServicePointManager]::SecurityProtocol in PowerShell
// ---------------------------------------------------------------------------------------------

const PS_KINDS: readonly FileKind[] = [
  'powershell',
  'batch',
  'dockerfile',
  'yaml',
  'shell',
  'json',
  'hcl',
  'ruby',
  'groovy',
  'xml',
  'python',
  'js',
  'ts',
  'inno',
  'makefile',
  'other',
];

const SECURITY_PROTOCOL_NAMES: Readonly<Record<string, Version>> = {
  ssl3: 'SSLv3',
  tls: 'TLSv1.0',
  tls11: 'TLSv1.1',
  tls12: 'TLSv1.2',
  tls13: 'TLSv1.3',
};
const SECURITY_PROTOCOL_BITS: readonly [number, Version][] = [
  [48, 'SSLv3'],
  [192, 'TLSv1.0'],
  [768, 'TLSv1.1'],
  [3072, 'TLSv1.2'],
  [12288, 'TLSv1.3'],
];

/** The versions a SecurityProtocolType expression names (enum members, strings, numbers). */
function securityProtocolSet(expr: string): VersionSet | undefined {
  let set = 0;
  let understood = false;
  for (const m of expr.matchAll(/(?<![\w.$-])(ssl3|tls1[1-3]|tls)(?![\w.])|(?<![\w.$x])(0x[0-9a-f]{1,8}|\d{2,5})(?![\w.])/gi)) {
    if (m[1]) {
      set |= setOf(SECURITY_PROTOCOL_NAMES[m[1].toLowerCase()]);
      understood = true;
    } else {
      const n = m[2].startsWith('0x') || m[2].startsWith('0X') ? parseInt(m[2].slice(2), 16) : Number(m[2]);
      const bits = SECURITY_PROTOCOL_BITS.filter(([b]) => (n & b) === b);
      if (bits.length === 0 || bits.reduce((a, [b]) => a | b, 0) !== n) continue;
      for (const [, v] of bits) set |= setOf(v);
      understood = true;
    }
  }
  return understood ? set : undefined;
}

/** The right-hand side of an assignment starting at `i`: to `;`, `|`, `}`, a line end or an enclosing `"`. */
function rhsAt(code: string, i: number): [number, number] {
  while (code[i] === ' ' || code[i] === '\t') i++;
  const start = i;
  let end = i;
  let quote: string | undefined;
  for (let n = 0; end < code.length && n < 400; end++, n++) {
    const ch = code[end];
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\n') break;
      continue;
    }
    if (ch === '"' || ch === "'") {
      // A quote opens a string at the start or after `]`, `=`, `,`, `(`, `+` (`[Net.SecurityProtocolType]'Tls11,Tls12'`);
      // anywhere else it closes the string the whole command sits in (Puppet, YAML, batch).
      const prev = code
        .slice(start, end)
        .replace(/[ \t]+$/, '')
        .slice(-1);
      if (prev !== '' && !'])=,(+'.includes(prev)) break;
      quote = ch;
      continue;
    }
    if (ch === '`' && (code[end + 1] === '\n' || code[end + 1] === '\r')) {
      end += code[end + 1] === '\r' ? 2 : 1;
      continue;
    }
    if (ch === ';' || ch === '|' || ch === '}' || ch === '\n' || ch === '\r' || ch === '&') break;
  }
  while (end > start && /\s/.test(code[end - 1])) end--;
  return [start, end];
}

/** Where a PowerShell assignment `$name = …` is, and where its value starts. */
interface Assignment {
  readonly at: number;
  readonly valueStart: number;
}

/**
 * Every `$name = …` of the file, by name in lower case (PowerShell's are case-insensitive), in file
 * order: read once, so that `SecurityProtocol = $p` does not search the file from its start per match.
 */
function psAssignments(file: SourceFile): ReadonlyMap<string, readonly Assignment[]> {
  const byName = new Map<string, Assignment[]>();
  for (const a of file.code.matchAll(/\$([\w:]{1,80})[ \t]*=[ \t]*(?!=)/g)) {
    const name = a[1].toLowerCase();
    const list = byName.get(name) ?? [];
    list.push({ at: a.index, valueStart: a.index + a[0].length });
    byName.set(name, list);
  }
  return byName;
}

export const powershellSecurityProtocol: Rule = {
  meta: {
    id: 'windows/powershell-security-protocol',
    title: 'PowerShell sets [Net.ServicePointManager]::SecurityProtocol to legacy versions',
    description:
      "In Windows PowerShell 5.1 (.NET Framework), `[Net.ServicePointManager]::SecurityProtocol` decides the protocols of every web request of the session (`Invoke-WebRequest`, `Install-Module`, Exchange Online and Graph modules). Naming `Ssl3`, `Tls` or `Tls11` — as enum members, in a string such as `'Tls,Tls11,Tls12'`, or as numbers (48, 192, 768) — enables them.",
    ecosystem: 'Windows & PowerShell',
    catalogue: ['B5'],
    docs: [
      'https://learn.microsoft.com/dotnet/api/system.net.securityprotocoltype',
      'https://learn.microsoft.com/dotnet/framework/network-programming/tls',
    ],
    files: { kinds: PS_KINDS },
    keywords: /ServicePointManager/,
    fixable: true,
    safe: '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12',
    limits:
      '`… = [Net.ServicePointManager]::SecurityProtocol -bor …` keeps the current value, which depends on the .NET Framework version and registry; only the members it adds are judged. `SystemDefault` leaves the choice to the operating system (see the Schannel rule).',
  },
  *check(file, ctx) {
    const code = file.code;
    const re = /\[(?:System\.)?Net\.ServicePointManager\][ \t]*::[ \t]*SecurityProtocol[ \t]*(\+=|-bor=|=)(?!=)/gi;
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const [start, end] = rhsAt(code, m.index + m[0].length);
      let expr = code.slice(start, end);
      if (expr === '') continue;
      // What follows -band/-bxor removes members; only what comes before adds.
      const cut = /-b(?:and|xor)\b/i.exec(expr);
      if (cut) expr = expr.slice(0, cut.index);
      const selfRef = m[1] !== '=' || /ServicePointManager\][ \t]*::[ \t]*SecurityProtocol/i.test(expr);
      let evaluated = expr;
      const variable = /^\$([\w:]{1,80})$/.exec(expr.trim());
      if (variable) {
        const last = lastBefore(file.fact(psAssignments).get(variable[1].toLowerCase()), m.index);
        if (last === undefined) continue;
        const [s, e] = rhsAt(code, last.valueStart);
        evaluated = code.slice(s, e);
      }
      const versions = securityProtocolSet(evaluated);
      if (versions === undefined) continue;
      const target = ctx.floor === 'TLSv1.3' ? 'Tls13' : 'Tls12';
      yield {
        start: m.index,
        end,
        versions,
        what: clip(file.text.slice(m.index, end)),
        why: variable ? `$${variable[1]} is ${clip(evaluated)}` : undefined,
        instead: `\`[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::${target}\``,
        fix: selfRef || variable || cut ? undefined : { start, end, text: `[Net.SecurityProtocolType]::${target}` },
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      { file: 'bootstrap.ps1', code: '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12' },
      {
        file: 'install.ps1',
        code: "[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))",
        note: 'the Chocolatey idiom adds TLS 1.2 (3072) to the current value',
      },
      {
        file: 'Setup.ps1',
        code: '[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -band -bnot ([Net.SecurityProtocolType]::Ssl3 -bor [Net.SecurityProtocolType]::Tls)',
        note: 'removes SSL 3.0 and TLS 1.0',
      },
      {
        file: 'Check.ps1',
        code: "if ([Net.ServicePointManager]::SecurityProtocol -band 'Ssl3') { Write-Warning 'SSL 3.0 is on' }\nif ([Net.ServicePointManager]::SecurityProtocol -eq [Net.SecurityProtocolType]::Tls) { throw 'old' }",
        note: 'checks and comparisons',
      },
      {
        file: 'Run.ps1',
        code: "# [Net.ServicePointManager]::SecurityProtocol = 'Tls,Tls11,Tls12'\n[Net.ServicePointManager]::SecurityProtocol = 'Tls12, Tls13'",
        note: 'commented out; Tls12 is not Tls',
      },
      {
        file: 'Dockerfile',
        code: 'RUN powershell -Command "[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::SystemDefault; Invoke-WebRequest https://example.com/x.zip -OutFile x.zip"',
        note: "SystemDefault is the operating system's choice",
      },
    ],
    invalid: [
      {
        file: 'Get-Modules.ps1',
        code: "[Net.ServicePointManager]::SecurityProtocol = 'Tls,Tls11,Tls12'",
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12',
      },
      {
        file: 'helpers.psm1',
        code: '[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]::Tls12 -bor [System.Net.SecurityProtocolType]::Tls11 -bor [System.Net.SecurityProtocolType]::Tls',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'update.ps1',
        code: '[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls11',
        findings: ['1:1 TLSv1.1'],
        note: 'adding Tls11 to the current value',
      },
      {
        file: 'download.ps1',
        code: "$AllProtocols = [System.Net.SecurityProtocolType]'Ssl3,Tls,Tls11,Tls12'\n[System.Net.ServicePointManager]::SecurityProtocol = $AllProtocols",
        findings: ['2:1 SSLv3 TLSv1.0 TLSv1.1'],
        note: 'through a variable',
      },
      {
        file: 'build.cmd',
        code: 'powershell -NoProfile -Command "[Net.ServicePointManager]::SecurityProtocol = \'tls12, tls11\'; Invoke-WebRequest https://example.com/tool.zip -OutFile tool.zip"',
        findings: ['1:33 TLSv1.1'],
        output:
          'powershell -NoProfile -Command "[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; Invoke-WebRequest https://example.com/tool.zip -OutFile tool.zip"',
        note: 'lower case, inside a batch one-liner',
      },
      {
        file: '.github/workflows/build.yml',
        code: 'steps:\n  - shell: powershell\n    run: |\n      [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls11 + [Net.SecurityProtocolType]::Tls12\n      ./build.ps1',
        findings: ['4:7 TLSv1.1'],
        note: '+ instead of -bor',
      },
      {
        file: 'manifests/tls_fix.pp',
        code: "exec { 'TLS-Fix':\n  command  => '[Net.ServicePointManager]::SecurityProtocol = \"tls12, tls11\"',\n  provider => powershell,\n}",
        findings: ['2:16 TLSv1.1'],
        output:
          "exec { 'TLS-Fix':\n  command  => '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12',\n  provider => powershell,\n}",
        note: 'PowerShell inside a Puppet exec',
      },
      {
        file: 'Profile.ps1',
        code: '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12 -bor `\n  [Net.SecurityProtocolType]::Tls11 -bor `\n  [Net.SecurityProtocolType]::Tls',
        findings: ['2:31 TLSv1.0 TLSv1.1'],
        note: 'backtick continuation',
      },
      {
        file: 'legacy.ps1',
        code: '[Net.ServicePointManager]::SecurityProtocol = 3840',
        findings: ['1:1 TLSv1.1'],
        note: '3840 = Tls11 (768) + Tls12 (3072)',
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// B6: Invoke-WebRequest / Invoke-RestMethod -SslProtocol
// ---------------------------------------------------------------------------------------------

const WEB_SSL_PROTOCOL: Readonly<Record<string, Version>> = {
  ssl3: 'SSLv3',
  tls: 'TLSv1.0',
  tls11: 'TLSv1.1',
  tls12: 'TLSv1.2',
  tls13: 'TLSv1.3',
};

export const powershellSslProtocolParameter: Rule = {
  meta: {
    id: 'windows/powershell-ssl-protocol-parameter',
    title: 'PowerShell -SslProtocol allows legacy TLS',
    description:
      'PowerShell 6+ `Invoke-WebRequest` / `Invoke-RestMethod` take `-SslProtocol` (`Default`, `Tls`, `Tls11`, `Tls12`, `Tls13`, comma-separated). `Tls` is TLS 1.0; listing it or `Tls11` lets that request use the legacy version.',
    ecosystem: 'Windows & PowerShell',
    catalogue: ['B6'],
    docs: ['https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/invoke-webrequest#-sslprotocol'],
    files: { kinds: PS_KINDS },
    keywords: /SslProtocol/,
    fixable: true,
    safe: 'Invoke-RestMethod -Uri $uri -SslProtocol Tls12,Tls13',
    limits: 'A protocol held in a variable is not followed; `Default` leaves the choice to the operating system.',
  },
  *check(file, ctx) {
    const code = file.code;
    const item = String.raw`(?:\[[\w.]{1,80}\][ \t]*::[ \t]*)?["']?\w{1,20}["']?`;
    const re = new RegExp(
      String.raw`(?<![\w-])(?:-SslProtocol(?:[ \t]*:[ \t]*|[ \t]+)|(?<=[@{;\s])SslProtocol[ \t]*=[ \t]*)(${item}(?:[ \t]*,[ \t]*${item}){0,5})`,
      'gi',
    );
    const webCmdlet = /\bInvoke-(?:WebRequest|RestMethod)\b|(?<![\w-])(?:iwr|irm)(?![\w-])/i;
    const fileHasCmdlet = webCmdlet.test(code);
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const value = m[1];
      const valueStart = m.index + m[0].length - value.length;
      // Only the web cmdlets' parameter: `-sslProtocol TLS` is also WebSphere's (protocol-neutral) option.
      if (m[0].startsWith('-')) {
        const [lineStart, lineEnd] = logicalLine(code, m.index);
        if (!webCmdlet.test(code.slice(lineStart, lineEnd))) continue;
      } else if (!fileHasCmdlet) continue;
      const names = [...value.matchAll(/(?<![\w.$])(\w+)(?=["']?[ \t]*(?:,|$))/g)].map((n) => n[1]);
      let set = 0;
      const kept: string[] = [];
      for (const n of names) {
        const v = WEB_SSL_PROTOCOL[n.toLowerCase()];
        if (!v) continue;
        set |= setOf(v);
        if (!(['SSLv3', 'TLSv1.0', 'TLSv1.1'] as Version[]).includes(v) && !(ctx.floor === 'TLSv1.3' && v === 'TLSv1.2')) kept.push(n);
      }
      if (set === 0) continue;
      const target = ctx.floor === 'TLSv1.3' ? 'Tls13' : 'Tls12';
      const simple = /^["']?\w+(?:[ \t]*,[ \t]*\w+){0,5}["']?$/.test(value);
      const quote = /^["']/.test(value) && value.endsWith(value[0]) ? value[0] : '';
      yield {
        start: m.index,
        end: valueStart + value.length,
        versions: set,
        what: clip(m[0]),
        why: /(?<![\w])tls(?![\w])/i.test(value) ? '`Tls` is TLS 1.0' : undefined,
        instead: ctx.floor === 'TLSv1.3' ? '`-SslProtocol Tls13`' : '`-SslProtocol Tls12,Tls13`',
        fix: simple
          ? { start: valueStart, end: valueStart + value.length, text: `${quote}${kept.length ? kept.join(',') : target}${quote}` }
          : undefined,
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      { file: 'api.ps1', code: 'Invoke-RestMethod -Uri $uri -SslProtocol Tls12,Tls13' },
      {
        file: 'get.ps1',
        code: "Invoke-WebRequest -Uri 'https://example.org' -SslProtocol Tls12 -OutFile out.json",
        note: 'Tls12 is not Tls',
      },
      {
        file: 'get.ps1',
        code: "$params = @{ Uri = $u; SslProtocol = 'Default' }\nInvoke-WebRequest @params",
        note: 'Default is the OS choice',
      },
      {
        file: 'call.ps1',
        code: '# Invoke-WebRequest $u -SslProtocol Tls\nInvoke-WebRequest $u -SslProtocol $Protocol',
        note: 'comment; variable',
      },
      {
        file: 'wsadmin/ssl.py',
        code: "AdminTask.modifySSLConfig('[-alias ' + alias + ' -scopeName ' + scope + ' -sslProtocol TLS -securityLevel CUSTOM]')",
        note: 'WebSphere -sslProtocol TLS is protocol-neutral, not the PowerShell parameter',
      },
    ],
    invalid: [
      {
        file: 'legacy-api.ps1',
        code: 'Invoke-RestMethod -Uri $uri -SslProtocol Tls,Tls11,Tls12',
        findings: ['1:29 TLSv1.0 TLSv1.1'],
        output: 'Invoke-RestMethod -Uri $uri -SslProtocol Tls12',
      },
      {
        file: 'fetch.ps1',
        code: "$splat = @{\n    Uri         = 'https://old.example.net/api'\n    SslProtocol = 'Tls11'\n}\nInvoke-WebRequest @splat",
        findings: ['3:5 TLSv1.1'],
        output: "$splat = @{\n    Uri         = 'https://old.example.net/api'\n    SslProtocol = 'Tls12'\n}\nInvoke-WebRequest @splat",
        note: 'splatting',
      },
      {
        file: 'Find-Package.ps1',
        code: 'invoke-restmethod "https://www.powershellgallery.com/api/v2/Packages?`$filter=Id eq \'$name\'" -SslProtocol Tls -SkipCertificateCheck |\n  Select-Object -First 1',
        findings: ['1:94 TLSv1.0'],
        output:
          'invoke-restmethod "https://www.powershellgallery.com/api/v2/Packages?`$filter=Id eq \'$name\'" -SslProtocol Tls12 -SkipCertificateCheck |\n  Select-Object -First 1',
      },
      {
        file: 'fetch.ps1',
        code: 'iwr https://old.example.net -SslProtocol:Tls',
        findings: ['1:29 TLSv1.0'],
      },
      {
        file: 'modern.ps1',
        code: 'Invoke-RestMethod $u -SslProtocol Tls12, Tls13',
        floor: 'TLSv1.3',
        findings: ['1:22 TLSv1.2'],
        output: 'Invoke-RestMethod $u -SslProtocol Tls13',
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// B7: Send-MailMessage -UseSsl under the session defaults
// ---------------------------------------------------------------------------------------------

export const sendMailMessageDefaults: Rule = {
  meta: {
    id: 'windows/send-mailmessage-defaults',
    title: 'Send-MailMessage -UseSsl relies on the session protocol defaults',
    description:
      '`Send-MailMessage -UseSsl` (System.Net.Mail.SmtpClient) negotiates with `[Net.ServicePointManager]::SecurityProtocol`, which on Windows PowerShell 5.1 with older .NET Framework settings is SSL 3.0 and TLS 1.0. A script that never sets it may use legacy TLS, or fail against servers that require TLS 1.2.',
    ecosystem: 'Windows & PowerShell',
    catalogue: ['B7'],
    docs: ['https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/send-mailmessage'],
    files: { kinds: ['powershell'] },
    keywords: /Send-MailMessage/,
    fixable: false,
    safe: '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12 before Send-MailMessage -UseSsl',
    limits:
      'Informational: what the defaults are depends on the .NET Framework version and the registry (SchUseStrongCrypto, SystemDefaultTlsVersions) of the host running the script.',
  },
  *check(file) {
    const code = file.code;
    if (/ServicePointManager\][ \t]*::[ \t]*SecurityProtocol[ \t]*(?:\+=|=)(?!=)/i.test(code)) return;
    const re = /\bSend-MailMessage\b/gi;
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const [, end] = logicalLine(code, m.index);
      const stmt = code.slice(m.index, end);
      const direct = /(?<![\w-])-UseSsl\b(?![ \t]*:[ \t]*\$false)/i.test(stmt);
      const splat = /@(\w+)/.exec(stmt);
      const splatted = splat && file.matches(/\bUseSsl[ \t]*=[ \t]*\$true/i);
      if (!direct && !splatted) continue;
      yield {
        start: m.index,
        end: m.index + m[0].length,
        versions: setOf('SSLv3', 'TLSv1.0'),
        what: 'Send-MailMessage -UseSsl',
        why: 'the session default of Windows PowerShell 5.1 on older .NET Framework settings',
        instead:
          '`[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12` earlier in the script (or Microsoft Graph `Send-MgUserMail`)',
        severity: 'note' as Severity,
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      {
        file: 'notify.ps1',
        code: "[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12\nSend-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred -From $f -To $t -Subject 'Report'",
      },
      { file: 'notify.ps1', code: "Send-MailMessage -SmtpServer relay.internal -From $f -To $t -Subject 'Report'", note: 'no -UseSsl' },
      {
        file: 'notify.ps1',
        code: "# Send-MailMessage -SmtpServer smtp.office365.com -UseSsl\nWrite-Output 'mail disabled'",
        note: 'commented out',
      },
    ],
    invalid: [
      {
        file: 'report.ps1',
        code: "Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred -From $f -To $t -Subject 'Report'",
        findings: ['1:1 SSLv3 TLSv1.0'],
        severity: 'note',
      },
      {
        file: 'report.ps1',
        code: "$mail = @{\n  SmtpServer = 'smtp.office365.com'\n  UseSsl = $true\n}\nSend-MailMessage @mail -Subject 'x'",
        findings: ['5:1 SSLv3 TLSv1.0'],
        severity: 'note',
      },
      {
        file: 'report.ps1',
        code: "Send-MailMessage -SmtpServer smtp.gmail.com `\n  -Port 587 `\n  -UseSsl `\n  -From $f -To $t -Subject 'x'",
        findings: ['1:1 SSLv3 TLSv1.0'],
        severity: 'note',
      },
    ],
  },
};

export const rules: readonly Rule[] = [
  schannelProtocols,
  dotnetStrongCrypto,
  secureProtocolsMask,
  powershellSecurityProtocol,
  powershellSslProtocolParameter,
  sendMailMessageDefaults,
];

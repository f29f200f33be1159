import type { FileKind } from '../../file-kinds.js';
import type { Match } from '../../rule.js';
import { lastNewline, LINE_LOOKBACK, nextNewline } from '../../source.js';

// ---------------------------------------------------------------------------------------------
// Registry writes in every syntax
// ---------------------------------------------------------------------------------------------

type WriteForm = 'reg' | 'reg-add' | 'cmdlet' | 'pair' | 'call';

export interface RegWrite {
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

export function lineBounds(code: string, at: number): [number, number] {
  const start = lastNewline(code, at - 1) + 1;
  let end = nextNewline(code, at);
  if (end < 0) end = code.length;
  return [start, end];
}

/**
 * A logical line: PowerShell continues a line that ends with a backtick, shells and Dockerfiles
 * with a backslash, batch with a caret. At most eight physical lines.
 */
export function logicalLine(code: string, at: number): [number, number] {
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
export function* registryWrites(code: string, names: string): Generator<RegWrite> {
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
export function writeText(w: RegWrite): string {
  return `${w.name}=${w.form === 'reg' ? 'dword:' : ''}${w.raw}`;
}

/** The writes with a fix that writes `n` in place of the value, in the value's own style. */
export function valueFix(w: RegWrite, n: number): Match['fix'] {
  if (w.raw === '') return undefined;
  return { start: w.valueStart, end: w.valueEnd, text: writeDword(n, w.raw, w.form) };
}

export const REGISTRY_KINDS: readonly FileKind[] = [
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

export const PS_KINDS: readonly FileKind[] = [
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

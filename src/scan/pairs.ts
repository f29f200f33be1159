/**
 * Settings whose name and value are two fields of one item: Ansible and Helm lists
 * (`- name: smtpd_tls_protocols` / `value: [...]`), Kubernetes env lists (`- name: KONG_SSL_PROTOCOLS`
 * / `value: "…"`), Terraform blocks (`set { name = "…" value = "…" }`), `{ key: …, value: … }`,
 * `option`/`value`, `param`/`val`, and Hadoop-style XML (`<name>…</name><value>…</value>`). Every
 * rule that knows a key reads it in this shape too.
 */
import type { Setting, WordAnchor } from './define.js';
import type { SourceFile } from './source.js';

const NAME_FIELD = String.raw`\b(?:name|key|option|param|parameter|setting|property|directive)["']?[ \t]*[:=][ \t]*`;
const VALUE_FIELD = /\b(?:value|values|val)["']?[ \t]*([:=])[ \t]*/;
/** Where an item's fields end: the next item's name field or the end of a block. */
const ITEM_END = new RegExp(`${NAME_FIELD}|\\}`);
const MAX_SCALAR = 400;
const MAX_LIST = 2000;

function* allMatches(code: string, re: RegExp): Generator<RegExpExecArray> {
  for (let m = re.exec(code); m; m = re.exec(code)) yield m;
}

const FIELD_NAME = /^(?:name|key|option|param|parameter|setting|property|directive)$/i;

/**
 * The matches of the pair pattern `re` whose name holds a word of `anchor`: from each word, back
 * over the name to where its field must start (`<name>`, or `name:` / `"key" =` with optional
 * quotes), and the pattern tried there alone. In file order, each once.
 */
function* anchoredPairs(code: string, re: RegExp, anchor: WordAnchor): Generator<RegExpExecArray> {
  const sticky = new RegExp(re.source, 'iy');
  const spacesBefore = (i: number): number => {
    while (i > 0 && (code[i - 1] === ' ' || code[i - 1] === '\t')) i--;
    return i;
  };
  let next = 0;
  for (const w of anchor(code)) {
    if (w < next) continue;
    let key = w;
    while (key > 0 && w - key < 130 && /[\w.-]/.test(code[key - 1])) key--;
    const candidates: number[] = [];
    let i = spacesBefore(key);
    if (code.slice(i - 6, i).toLowerCase() === '<name>') candidates.push(i - 6);
    i = key;
    if (code[i - 1] === '"' || code[i - 1] === "'") i--;
    i = spacesBefore(i);
    if (code[i - 1] === ':' || code[i - 1] === '=') {
      i = spacesBefore(i - 1);
      if (code[i - 1] === '"' || code[i - 1] === "'") i--;
      let name = i;
      while (name > 0 && /[A-Za-z]/.test(code[name - 1])) name--;
      if (FIELD_NAME.test(code.slice(name, i))) candidates.push(name);
    }
    for (const at of candidates) {
      sticky.lastIndex = at;
      const m = sticky.exec(code);
      if (m) {
        next = sticky.lastIndex;
        yield m;
        break;
      }
    }
  }
}

/** The value at `i` (after `value:`), as the readers of define.ts would read it. */
function readFieldValue(code: string, i: number, sep: string): Omit<Setting, 'key' | 'keyStart' | 'at'> | undefined {
  const ch = code[i];
  if (ch === '"' || ch === "'") {
    const close = code.slice(i + 1, i + 1 + MAX_SCALAR).search(ch === '"' ? /["\n]/ : /['\n]/);
    if (close < 0 || code[i + 1 + close] !== ch) return undefined;
    const end = i + 1 + close;
    return { value: code.slice(i + 1, end), valueStart: i + 1, valueEnd: end, form: 'quoted', end: end + 1 };
  }
  if (ch === '[') {
    const close = code.slice(i, i + MAX_LIST).indexOf(']');
    if (close < 0) return undefined;
    return { value: code.slice(i + 1, i + close), valueStart: i + 1, valueEnd: i + close, form: 'list', end: i + close + 1 };
  }
  if ((ch === '\n' || ch === '\r') && sep === ':') {
    const block = /^(?:\r?\n[ \t]*(?:-[ \t]+[^\n]{0,400})?){1,50}/.exec(code.slice(i, i + MAX_LIST));
    if (!block || !/-[ \t]/.test(block[0])) return undefined;
    const text = block[0].replace(/\s+$/, '');
    return { value: text, valueStart: i, valueEnd: i + text.length, form: 'block-list', end: i + text.length };
  }
  const bare = /^[^\n,}#;]{1,400}/.exec(code.slice(i, i + MAX_SCALAR));
  const value = bare?.[0].replace(/\s+$/, '');
  if (!value) return undefined;
  return { value, valueStart: i, valueEnd: i + value.length, form: 'bare', end: i + value.length };
}

/**
 * Name/value pairs whose name is one of `names` (whole names, case-insensitive). With `anchor`
 * (words every name holds), pairs are looked for only where such a word is the name of a field,
 * not at every word of the file.
 */
export function* findPairs(file: SourceFile, names: RegExp, anchor?: WordAnchor): Generator<Setting> {
  const code = file.code;
  if (!/\b(?:value|values|val)\b/i.test(code)) return;
  // The XML name's group comes after the groups of the first copy of `names`.
  const groups = new RegExp(`${names.source}|`).exec('')!.length - 1;
  const re = new RegExp(`${NAME_FIELD}(["']?)(${names.source})\\1(?![\\w.-])|<name>[ \\t]*(${names.source})[ \\t]*</name>`, 'gi');
  const matches = anchor ? anchoredPairs(code, re, anchor) : allMatches(code, re);
  for (const m of matches) {
    const from = m.index + m[0].length;
    const key = m[2] ?? m[3 + groups];
    if (m[0].startsWith('<')) {
      const xml = /^\s{0,200}<value>([^<\n]{1,400})<\/value>/.exec(code.slice(from, from + 700));
      if (!xml) continue;
      const valueStart = from + xml[0].indexOf('>') + 1;
      const at = valueStart - '<value>'.length;
      const value = xml[1].trim();
      const start = valueStart + xml[1].indexOf(value);
      yield {
        key,
        keyStart: m.index,
        value,
        valueStart: start,
        valueEnd: start + value.length,
        form: 'bare',
        end: start + value.length,
        at,
      };
      continue;
    }
    const after = code.slice(from, from + 300);
    const stop = after.search(ITEM_END);
    const window = stop < 0 ? after : after.slice(0, stop);
    const v = VALUE_FIELD.exec(window);
    // A value in the next list item belongs to that item.
    if (!v || /\n[ \t]*-[ \t]/.test(window.slice(0, v.index))) continue;
    const read = readFieldValue(code, from + v.index + v[0].length, v[1]);
    if (!read || read.value.trim() === '') continue;
    yield { key, keyStart: m.index, ...read, at: from + v.index };
  }
}

export const id = 275;
export const ids = [275];
export const modules = {

/***/ 2275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* binding */ RULES)
});

// EXTERNAL MODULE: ./src/versions.ts
var src_versions = __webpack_require__(7902);
// EXTERNAL MODULE: ./src/scan/define.ts + 1 modules
var scan_define = __webpack_require__(9646);
// EXTERNAL MODULE: ./src/scan/source.ts + 1 modules
var source = __webpack_require__(3740);
;// CONCATENATED MODULE: ./src/scan/rules/dotnet/shared.ts



/** `code.lastIndexOf('\n', from)`, looking back at most 4,000 characters (minified files stay linear). */
function lastNl(code, from) {
    if (from < 0)
        return -1;
    const floor = Math.max(0, from - 4000);
    const i = code.slice(floor, from + 1).lastIndexOf('\n');
    return i >= 0 ? floor + i : floor - 1;
}
function langOf(kind) {
    if (kind === 'vb' || kind === 'vbscript' || kind === 'asp')
        return 'vb';
    if (kind === 'fsharp')
        return 'fsharp';
    return 'c';
}
/** `clip`, with VB line continuations (` _` before a line break) folded too. */
function clipVb(text) {
    return (0,scan_define/* clip */.$Q)(text.replace(/\s*\r?\n\s*/g, ' ').replace(/\s+_ /g, ' '));
}
/** The SChannel bit layout shared by `SecurityProtocolType`, `SslProtocols` and `SP_PROT_*`. */
const SCHANNEL_BITS = [
    [0x0c, 'SSLv2'],
    [0x30, 'SSLv3'],
    [0xc0, 'TLSv1.0'],
    [0x300, 'TLSv1.1'],
    [0xc00, 'TLSv1.2'],
    [0x3000, 'TLSv1.3'],
];
/** WinHTTP / WinINet `SecureProtocols` bits (one bit per version, client side). */
const WINHTTP_BITS = [
    [0x08, 'SSLv2'],
    [0x20, 'SSLv3'],
    [0x80, 'TLSv1.0'],
    [0x200, 'TLSv1.1'],
    [0x800, 'TLSv1.2'],
    [0x2000, 'TLSv1.3'],
];
function fromBits(n, bits) {
    let set = 0;
    for (const [mask, v] of bits)
        if ((n & mask) !== 0)
            set |= (0,src_versions/* setOf */.s4)(v);
    return set;
}
function parseNumber(text) {
    const t = text.trim().replace(/&$/, '');
    if (/^0x[0-9a-f]+$/i.test(t))
        return parseInt(t.slice(2), 16);
    if (/^&H[0-9a-f]+$/i.test(t))
        return parseInt(t.slice(2), 16);
    if (/^\d+[uUlL]*$/.test(t))
        return parseInt(t, 10);
    return undefined;
}
const LEGACY_SSL3_TLS = (0,src_versions/* setOf */.s4)('SSLv3', 'TLSv1.0');
const FRAMEWORK_46 = (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2');
/** Enum members of `SslProtocols` / `SecurityProtocolType`, lower case. `null`: known, enables nothing itself. */
const MEMBERS = {
    ssl2: (0,src_versions/* setOf */.s4)('SSLv2'),
    ssl3: (0,src_versions/* setOf */.s4)('SSLv3'),
    tls: (0,src_versions/* setOf */.s4)('TLSv1.0'),
    tls11: (0,src_versions/* setOf */.s4)('TLSv1.1'),
    tls12: (0,src_versions/* setOf */.s4)('TLSv1.2'),
    tls13: (0,src_versions/* setOf */.s4)('TLSv1.3'),
    default: LEGACY_SSL3_TLS,
    none: null,
    systemdefault: null,
};
/** The member that spells a version, for fixes. */
const MEMBER_FOR = {
    SSLv3: 'Ssl3',
    'TLSv1.0': 'Tls',
    'TLSv1.1': 'Tls11',
    'TLSv1.2': 'Tls12',
    'TLSv1.3': 'Tls13',
};
const SKIP_WORDS = /^(?:case|is|when|not|and|HasFlag|Then|If|ElseIf|elif|if|While|Until|Select|typeof|nameof|sizeof|else|Else|Case|Assert|match|with|in|yield|throw|new|New)$/;
const RETURN_WORDS = /^(?:return|Return)$/;
const BLOCK_WORDS = /^(?:else|do|try|finally|checked|unchecked|unsafe|get|set|init|add|remove|namespace|class|struct|enum|interface|record|union)$/;
/**
 * Reads backwards from `pos` (the first operand of a flag expression) to what the expression is
 * part of: an assignment, a named argument, a call's arguments, a `return`, a macro, or something
 * that only compares, tests or lists (skipped).
 */
function findContext(code, pos, lang) {
    const lineStart = lastNl(code, pos - 1) + 1;
    if (lang === 'c') {
        // The first line of a macro, also when `pos` is on a `\`-continued line.
        let macroStart = lineStart;
        for (let n = 0; n < 30 && macroStart > 1 && /\\\r?$/.test(code.slice(lastNl(code, macroStart - 2) + 1, macroStart - 1)); n++) {
            macroStart = lastNl(code, macroStart - 2) + 1;
        }
        const firstEnd = macroStart === lineStart ? pos : (0,source/* nextNewline */.m8)(code, macroStart);
        const first = code.slice(macroStart, firstEnd < 0 ? pos : firstEnd);
        const define = /^\s*#\s*define\s+(\w+)/.exec(first);
        if (define)
            return { kind: 'define', exprStart: macroStart + define[0].length, start: macroStart, name: define[1] };
        if (/^\s*#/.test(first))
            return { kind: 'skip', exprStart: pos, start: pos };
    }
    const limit = Math.max(0, pos - 800);
    let depth = 0;
    let exprStart = -1;
    let ternary = false;
    let i = pos - 1;
    const skip = { kind: 'skip', exprStart: pos, start: pos };
    while (i >= limit) {
        const ch = code[i];
        if (ch === ')' || ch === ']') {
            depth++;
            i--;
            continue;
        }
        if (ch === '(' || ch === '[') {
            if (depth > 0) {
                depth--;
                i--;
                continue;
            }
            const before = /([A-Za-z_]\w*)\s*$/.exec(code.slice(Math.max(0, i - 100), i));
            if (before && !/^(?:Or|return|Return|And)$/.test(before[1])) {
                return { kind: 'call', exprStart: exprStart >= 0 ? exprStart : i + 1, start: exprStart >= 0 ? exprStart : i + 1, name: before[1] };
            }
            if (ch === '[')
                return skip;
            i--; // a grouping parenthesis: keep reading outwards
            continue;
        }
        if (depth > 0) {
            i--;
            continue;
        }
        if (ch === '"' || ch === "'" || ch === '`')
            return skip;
        if (ch === '{') {
            // C++ brace initialisation `Type{ flags }` reads like a call.
            const before = /([A-Za-z_]\w*)\s*$/.exec(code.slice(Math.max(0, i - 100), i));
            if (before && !BLOCK_WORDS.test(before[1]))
                return { kind: 'call', exprStart: exprStart >= 0 ? exprStart : i + 1, start: exprStart >= 0 ? exprStart : i + 1, name: before[1] };
            return skip;
        }
        if (ch === ';' || ch === '}')
            return skip;
        if (ch === ',') {
            // An argument: find the call it belongs to.
            if (exprStart < 0)
                exprStart = i + 1;
            let d = 0;
            let j = i - 1;
            for (; j >= limit; j--) {
                const c = code[j];
                if (c === ')' || c === ']' || c === '}')
                    d++;
                else if (c === '(' || c === '[' || c === '{') {
                    if (d > 0)
                        d--;
                    else
                        break;
                }
                else if (d === 0 && c === ';')
                    return skip;
            }
            if (j < limit || (code[j] !== '(' && code[j] !== '{'))
                return skip;
            const before = /([A-Za-z_]\w*)\s*$/.exec(code.slice(Math.max(0, j - 100), j));
            return before && !BLOCK_WORDS.test(before[1]) ? { kind: 'call', exprStart, start: exprStart, name: before[1] } : skip;
        }
        if (ch === '=') {
            const prev = code[i - 1];
            if (code[i + 1] === '=' || prev === '=' || prev === '!' || prev === '<' || prev === '>') {
                if (!ternary)
                    return skip;
                i -= prev === '=' || prev === '!' || prev === '<' || prev === '>' ? 2 : 1;
                continue; // a comparison in the condition of `cond ? a : b`
            }
            if (prev === '&' || prev === '^' || prev === '-')
                return skip;
            const opStart = prev === '|' || prev === '+' || prev === ':' ? i - 1 : i;
            const op = code.slice(opStart, i + 1);
            const before = code.slice(Math.max(0, opStart - 200), opStart);
            // VB `Dim p As SecurityProtocolType =`: the name is the variable, not the type.
            const lhs = /(\w+)\s+As\s+(?:New\s+)?[\w.]+\s*$/.exec(before) ?? /([\w.\]\)]*[\w\])])\s*$/.exec(before);
            const name = lhs?.[1] ?? '';
            const start = opStart - (lhs ? lhs[0].length : 0);
            const kind = op === '|=' || op === '+=' ? 'orassign' : 'assign';
            if (op === '=' && lang !== 'c') {
                // VB and F# compare with `=` inside conditions.
                const prefix = code.slice(lastNl(code, opStart) + 1, opStart);
                if (/(?:^|\s)(?:If|ElseIf|elif|if|While|Until|Return|return|Case|when|Assert|AndAlso|OrElse|then|Then|And|Or|Not|not|&&|\|\|)(?:\s|\(|$)/.test(prefix) ||
                    /\(/.test(prefix.replace(/\([^()]*\)/g, '')))
                    return skip;
            }
            return { kind, exprStart: i + 1, start: lhs ? start : i + 1, name, op };
        }
        if (ch === '-' && code[i - 1] === '<') {
            const lhs = /([\w.\]\)]*[\w\])])\s*$/.exec(code.slice(Math.max(0, i - 201), i - 1));
            return { kind: 'assign', exprStart: i + 1, start: lhs ? i - 1 - lhs[0].length : i + 1, name: lhs?.[1] ?? '', op: '<-' };
        }
        if (ch === '>') {
            if (code[i - 1] === '=' || code[i - 1] === '-')
                return { kind: 'arrow', exprStart: i + 1, start: i + 1 };
            if (!ternary)
                return skip;
            i--;
            continue;
        }
        if (ch === '?' && code[i + 1] !== '.' && code[i + 1] !== '?' && code[i - 1] !== '?') {
            ternary = true;
            i--;
            continue;
        }
        if (ch === ':') {
            if (code[i - 1] === ':' || code[i + 1] === ':') {
                i -= 2;
                continue;
            }
            const named = /([A-Za-z_]\w*)\s*$/.exec(code.slice(Math.max(0, i - 100), i));
            const beforeName = named ? code.slice(Math.max(0, i - named[0].length - 3), i - named[0].length) : '';
            if (named && /[(,]\s*$/.test(beforeName))
                return { kind: 'named', exprStart: i + 1, start: i - named[0].length, name: named[1] };
            if (lang === 'c' && /^\s*(?:case\b|default\b)/.test(code.slice(lastNl(code, i) + 1, i)))
                return skip;
            i--; // the `:` of `cond ? a : b`
            continue;
        }
        if (ch === '&' || ch === '~' || ch === '!' || ch === '^' || ch === '?' || ch === '<' || ch === '%' || ch === '*' || ch === '/') {
            if (!ternary || ch === '~')
                return skip;
            i--;
            continue;
        }
        if (ch === '\n') {
            if (lang !== 'c') {
                const prevLine = code.slice(lastNl(code, i - 1) + 1, i).trimEnd();
                const nextText = code.slice(i + 1, pos).trimStart();
                const continued = /(?:\bOr|\|{1,3}|\+|\s_|[(,=]|<-)$/.test(prevLine) || /^(?:\|{1,3}|Or\b)/.test(nextText);
                if (!continued)
                    return skip;
            }
            i--;
            continue;
        }
        if (/\w/.test(ch)) {
            let j = i;
            while (j > limit && /\w/.test(code[j - 1]))
                j--;
            const word = code.slice(j, i + 1);
            if (RETURN_WORDS.test(word))
                return { kind: 'return', exprStart: i + 1, start: j };
            if (SKIP_WORDS.test(word) && !(ternary && /^(?:is|not|and|HasFlag)$/.test(word)))
                return skip;
            i = j - 1;
            continue;
        }
        i--;
    }
    return skip;
}
/**
 * Where a flag expression that starts at `start` ends: at a `;` or `,` or closing bracket at depth
 * 0; in VB and F#, at a line break unless the line ends with (or the next starts with) an operator.
 */
function expressionEnd(code, start, lang) {
    let depth = 0;
    let i = start;
    const inMacro = lang === 'c' && /^\s*#/.test(code.slice(lastNl(code, start - 1) + 1, start));
    const max = Math.min(code.length, start + 800);
    for (; i < max; i++) {
        const ch = code[i];
        if (ch === '(' || ch === '[' || ch === '{')
            depth++;
        else if (ch === ')' || ch === ']' || ch === '}') {
            if (depth === 0)
                break;
            depth--;
        }
        else if (depth === 0 && (ch === ';' || ch === ','))
            break;
        else if (ch === '"')
            break;
        else if (ch === '\n') {
            if (inMacro && !/\\\r?$/.test(code.slice(Math.max(start, i - 2), i)))
                break;
            if (lang !== 'c' && depth === 0) {
                const line = code.slice(start, i).trimEnd();
                const next = code.slice(i + 1, i + 120).trimStart();
                const continued = /(?:\bOr|\|{1,3}|\+|\s_|[(,=]|<-)$/.test(line) || /^(?:\|{1,3}|Or\b)/.test(next);
                if (!continued)
                    break;
            }
        }
        else if (lang === 'vb' && depth === 0 && /^Then\b/.test(code.slice(i, i + 5)) && /\s/.test(code[i - 1]))
            break;
    }
    while (i > start && /\s/.test(code[i - 1]))
        i--;
    return i;
}
/** Evaluates a flag expression: the union of its operands, or undefined if it removes or chooses. */
function evalFlags(expr, base, family, bareNumbers) {
    const t = splitTernary(expr);
    if (!t)
        return evalPlain(expr, base, family, bareNumbers);
    // `cond ? A : B`: either branch may be used.
    const parts = [evalPlain(t.yes, base + t.yesAt, family, bareNumbers), evalPlain(t.no, base + t.noAt, family, bareNumbers)].filter((v) => v !== undefined);
    if (parts.length === 0)
        return undefined;
    return {
        versions: parts.reduce((a, v) => a | v.versions, 0),
        atoms: parts.flatMap((v) => v.atoms),
        unknown: true,
        numbers: parts.flatMap((v) => v.numbers),
        keepsExisting: parts.some((v) => v.keepsExisting),
        joiner: ' | ',
        conditional: true,
    };
}
/** Splits `cond ? yes : no` at depth 0 (not `??` or `?.`). */
function splitTernary(expr) {
    let depth = 0;
    let q = -1;
    let nested = 0;
    for (let i = 0; i < expr.length; i++) {
        const ch = expr[i];
        if (ch === '(' || ch === '[' || ch === '{')
            depth++;
        else if (ch === ')' || ch === ']' || ch === '}')
            depth--;
        else if (depth !== 0)
            continue;
        else if (ch === '?' && expr[i + 1] !== '?' && expr[i + 1] !== '.' && expr[i - 1] !== '?') {
            if (q < 0)
                q = i;
            else
                nested++;
        }
        else if (ch === ':' && q >= 0 && expr[i + 1] !== ':' && expr[i - 1] !== ':') {
            if (nested > 0) {
                nested--;
                continue;
            }
            return { yes: expr.slice(q + 1, i), yesAt: q + 1, no: expr.slice(i + 1), noAt: i + 1 };
        }
    }
    return undefined;
}
function evalPlain(expr, base, family, bareNumbers) {
    // Removing (`& ~X`, `And Not`), choosing (`?:`, `If(`) and comparing make the result unknown.
    if (/[&~^!?:<>%*/]|(?:^|[^\w])(?:And|AndAlso|Not|Xor|OrElse|If|IIf|Then|band|bnot)(?:[^\w]|$)|-(?!bor\b)/.test(expr.replace(/enum\s*<\s*[\w.]+\s*>/g, '')))
        return undefined;
    let versions = 0;
    const atoms = [];
    let rest = expr;
    const atomRe = new RegExp(family.atom.source, 'g');
    let unknown = false;
    for (let m = atomRe.exec(expr); m; m = atomRe.exec(expr)) {
        const v = family.member(m[1]);
        if (v === undefined) {
            unknown = true;
            continue;
        }
        const nameAt = m.index + m[0].length - m[1].length;
        atoms.push({
            text: m[0],
            start: base + m.index,
            end: base + m.index + m[0].length,
            prefix: m[0].slice(0, nameAt - m.index),
            versions: v ?? 0,
        });
        versions |= v ?? 0;
        rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    }
    const keepsExisting = family.self ? family.self.test(rest) : false;
    if (family.self)
        rest = rest.replace(new RegExp(family.self.source, 'g'), (s) => ' '.repeat(s.length));
    const hasCast = family.cast ? family.cast.test(rest) : false;
    if (family.cast)
        rest = rest.replace(new RegExp(family.cast.source, 'g'), (s) => ' '.repeat(s.length));
    const numbers = [];
    rest = rest.replace(/&H[0-9a-f]+&?|\b0x[0-9a-f]+\b|\b\d+[uUlL]*\b/gi, (s) => {
        numbers.push(s);
        return ' '.repeat(s.length);
    });
    if (numbers.length && (hasCast || bareNumbers))
        for (const n of numbers)
            versions |= fromBits(parseNumber(n) ?? 0, family.bits);
    if (/[A-Za-z_]/.test(rest.replace(/(?:^|[^\w])(?:Or|bor|CType|DirectCast|TryCast|enum|LanguagePrimitives|EnumOfValue)(?=[^\w]|$)/g, ' ')))
        unknown = true;
    const joiner = /\|\|\|/.test(expr) ? ' ||| ' : /(?:^|\s)Or(?:\s|$)/.test(expr) ? ' Or ' : /-bor/.test(expr) ? ' -bor ' : ' | ';
    return { versions, atoms, unknown, numbers: hasCast || bareNumbers ? numbers : [], keepsExisting, joiner };
}
/** Rewrites an expression of named members without the legacy ones (or as the floor's member). */
function memberFix(value, start, end, floor, memberFor) {
    if (value.unknown || value.numbers.length || value.keepsExisting || value.atoms.length === 0)
        return undefined;
    const kept = [];
    for (const a of value.atoms)
        if (a.versions !== 0 && (0,src_versions/* below */.Gz)(a.versions, floor) === 0 && !kept.includes(a.text))
            kept.push(a.text);
    if (kept.length === 0) {
        const spelled = memberFor(floor, value.atoms[0].prefix);
        if (!spelled)
            return undefined;
        kept.push(spelled);
    }
    return { start, end, text: kept.join(value.joiner) };
}
/**
 * Whether the statement at `pos` runs only in one branch: a `case` of a switch (usually mapping a
 * setting to flags), a `default:` case, or a brace-less `if`.
 */
function branchOf(code, pos) {
    const lineStart = lastNl(code, pos - 1) + 1;
    const line = code.slice(lineStart, pos);
    if (/^\s*(?:}\s*)?(?:else\s+)?if\s*\(/.test(line))
        return 'if';
    const labels = [];
    const sameLine = /^\s*((?:(?:case\b[^:\n]*|default)\s*:\s*)+)/.exec(line);
    if (sameLine)
        labels.push(sameLine[1]);
    let prevEnd = lineStart - 1;
    let first = true;
    for (let n = 0; n < 10 && prevEnd > 0; n++) {
        const prevStart = lastNl(code, prevEnd - 1) + 1;
        const prev = code.slice(prevStart, prevEnd).trim();
        prevEnd = prevStart - 1;
        if (prev === '' || prev === '{')
            continue;
        if (/^(?:case\b[^\n]*|default)\s*:$/.test(prev)) {
            labels.push(prev);
            continue;
        }
        if (labels.length)
            break;
        if (first && (/^(?:}\s*)?(?:else\s+)?if\s*\(.*\)$/.test(prev) || prev === 'else'))
            return 'if';
        first = false;
        if (/[{}]$|^break\s*;|^return\b/.test(prev))
            break;
    }
    if (labels.length === 0)
        return undefined;
    return labels.some((l) => /\bdefault\b|DEFAULT/.test(l)) ? 'default' : 'case';
}
/** Severity and reason for a setting made in one branch. */
function branchSeverity(branch) {
    if (branch === 'case')
        return { severity: 'note', why: 'chosen in one `case` of a switch (it maps a setting to flags)' };
    if (branch)
        return { severity: 'warning', why: 'set in one branch only' };
    return undefined;
}
/** Whether `pos` is inside an `enum` body (a definition, not a use). */
function inEnum(code, pos) {
    const from = Math.max(0, pos - 4000);
    const window = code.slice(from, pos);
    const open = window.lastIndexOf('{') + (window.includes('{') ? from : 0);
    const close = window.lastIndexOf('}') + (window.includes('}') ? from : 0);
    if (open >= 0 && open > close && /\benum\b[^{};]{0,200}$/.test(code.slice(Math.max(0, open - 220), open)))
        return true;
    const vbAt = window.lastIndexOf('Enum ');
    const vbEnum = vbAt < 0 ? -1 : from + vbAt;
    return (vbEnum >= 0 &&
        /^\s*(?:(?:Public|Private|Friend|Protected|Shared)\s+)*Enum\s/m.test(code.slice(lastNl(code, vbEnum) + 1, vbEnum + 5)) &&
        !/End Enum/.test(code.slice(vbEnum, pos)));
}
/** Names of sets that are checked against, not enabled. */
const NEGATIVE_NAME = /expected|actual|unsupported|disabled?|deprecated|insecure|weak|blocked|forbidden|notallowed|legacy|obsolete|unsafe|excluded|banned|denied/i;
/** Finds every flag expression that contains an atom of `family`, with its context. */
function* flagExpressions(file, family, find) {
    const code = file.code;
    const lang = langOf(file.kind);
    const re = new RegExp(find.source, find.flags.includes('g') ? find.flags : `${find.flags}g`);
    let consumed = -1;
    for (let m = re.exec(code); m; m = re.exec(code)) {
        if (m.index < consumed)
            continue;
        const context = findContext(code, m.index, lang);
        if (context.kind === 'skip')
            continue;
        let exprStart = context.exprStart;
        while (exprStart < code.length && /\s/.test(code[exprStart]))
            exprStart++;
        const exprEnd = expressionEnd(code, exprStart, lang);
        if (exprEnd <= m.index)
            continue;
        consumed = exprEnd;
        const value = evalFlags(code.slice(exprStart, exprEnd), exprStart, family, false);
        if (!value)
            continue;
        yield { context, exprStart, exprEnd, value };
    }
}
function describeAtoms(value, extra) {
    const parts = [];
    if (value.atoms.some((a) => /default$/i.test(a.text)))
        parts.push('`Default` is `Ssl3 | Tls`');
    if (value.numbers.length)
        parts.push(`${value.numbers.map((n) => `\`${n}\``).join(', ')} ${value.numbers.length > 1 ? 'are' : 'is'} the bit mask of ${value.numbers.map((n) => describeBits(parseNumber(n) ?? 0)).join(', ')}`);
    if (extra)
        parts.push(extra);
    return parts.length ? parts.join('; ') : undefined;
}
function describeBits(n) {
    const names = [];
    const table = [
        [0x0c, 'Ssl2'],
        [0x30, 'Ssl3'],
        [0xc0, 'Tls'],
        [0x300, 'Tls11'],
        [0xc00, 'Tls12'],
        [0x3000, 'Tls13'],
    ];
    for (const [mask, name] of table)
        if (n & mask)
            names.push(name);
    return names.length ? `\`${names.join(' | ')}\`` : '`SystemDefault`';
}
const NET_CODE = ['csharp', 'vb', 'fsharp'];
const MEMBER_NAME = /(?:^|[._]|[a-z])(?:Ssl3|Tls|Tls1[0-3]|Tls1_[0-3])$/i;
/** Calls whose protocol argument enables what it names (not checks such as `HasFlag`, `IsSupported`). */
function callEnables(name) {
    return !callOnlyReads(name) && /Authenticate|Protocol|Tls|Ssl|Secur/i.test(name);
}
/** A call that tests, compares, prints, removes or lists protocols as data (or a macro): passing a set to it enables nothing. */
function callOnlyReads(name) {
    if (/^[A-Z0-9_]+$/.test(name))
        return true; // a macro
    return (/^(?:Is|Has|Supports?|Check|Verify|Assert|Validate|Can|Expect|Should|Test|Contains|Equals?|AreEqual|AreNotEqual|NotEqual|Same|That|DoesNotContain|InlineData|TestCase|DataRow|Theory|Fact|Remove|Disable|Exclude|Deny|Block|ToString|Parse|TryParse|Format|Log|Write|Print|Trace|Debug|Info|Warn|Error|nameof|typeof)/i.test(name) || /Support|Disable|Remove|Exclude/i.test(name));
}
const NATIVE_KINDS = ['c', 'cpp', 'csharp', 'vb'];
/** Shared policy of the native flag rules: definitions and disabling sets stay quiet. */
function nativeFlagMatch(file, ctx, m, prefix, instead) {
    const { context, value } = m;
    const code = file.code;
    if (inEnum(code, m.exprStart))
        return undefined;
    if (context.kind === 'define') {
        if (!context.name || prefix.test(context.name) || value.atoms.length < 2 || NEGATIVE_NAME.test(context.name))
            return undefined;
    }
    else if (context.kind === 'assign' || context.kind === 'orassign' || context.kind === 'named') {
        const name = context.name ?? '';
        if (prefix.test(name.slice(name.lastIndexOf('.') + 1)) || NEGATIVE_NAME.test(name))
            return undefined;
    }
    else if (context.kind === 'call') {
        if (!callEnables(context.name ?? '') && !/SetOption/i.test(context.name ?? ''))
            return undefined;
    }
    else if (value.atoms.length < 2)
        return undefined;
    if ((0,src_versions/* below */.Gz)(value.versions, ctx.floor) === 0)
        return undefined;
    const all = value.atoms.find((a) => /_ALL$/i.test(a.text));
    let why = all ? `\`${all.text}\` enables ${describeWinHttp(all.versions)}` : undefined;
    let severity;
    const branch = value.conditional
        ? { severity: 'warning', why: 'chosen at run time by a condition' }
        : branchSeverity(branchOf(code, context.start));
    if (branch) {
        severity = branch.severity;
        why = why ? `${why}; ${branch.why}` : branch.why;
    }
    const fix = severity || all ? undefined : memberFix(value, m.exprStart, m.exprEnd, ctx.floor, () => undefined);
    const start = context.kind === 'assign' || context.kind === 'orassign' || context.kind === 'named' || context.kind === 'define'
        ? context.start
        : m.exprStart;
    return { start, end: m.exprEnd, versions: value.versions, what: clipVb(file.text.slice(start, m.exprEnd)), why, instead, severity, fix };
}
function describeWinHttp(set) {
    const names = [];
    for (const [, v] of WINHTTP_BITS)
        if (set & (0,src_versions/* setOf */.s4)(v))
            names.push(v);
    return names.join(', ');
}

;// CONCATENATED MODULE: ./src/scan/rules/dotnet/security-protocol-type.ts


// ---------------------------------------------------------------------------------------------
// A1–A4: ServicePointManager.SecurityProtocol
// ---------------------------------------------------------------------------------------------
const NS = String.raw `(?:(?:global::)?(?:System\.)?Net\.)?`;
const SECURITY_PROTOCOL_TYPE = {
    atom: new RegExp(String.raw `(?<![\w.])${NS}SecurityProtocolType\s*\.\s*(\w+)`),
    member: (name) => (name.toLowerCase() === 'ssl2' || name.toLowerCase() === 'default' ? undefined : MEMBERS[name.toLowerCase()]),
    bits: SCHANNEL_BITS,
    cast: new RegExp(String.raw `\(\s*${NS}SecurityProtocolType\s*\)|(?:CType|DirectCast)\s*\(|,\s*${NS}SecurityProtocolType\s*\)|enum\s*<\s*${NS}SecurityProtocolType\s*>`),
    self: /(?<![\w.])(?:[\w.]{0,120}ServicePointManager\.)?SecurityProtocol(?![\w.]|\s*\.)/,
};
const SPT_FIND = new RegExp(String.raw `(?<![\w.])(?:${NS}SecurityProtocolType\s*\.\s*(?:Ssl3|Tls1[123]|Tls|SystemDefault)\b|\(\s*${NS}SecurityProtocolType\s*\)|(?:CType|DirectCast)\s*\(|enum\s*<\s*${NS}SecurityProtocolType\s*>)`);
/** `ServicePointManager.SecurityProtocol = …` (also without enum names: VB `= 3072`). */
const SPT_ASSIGN = /(?<![\w])(?:[\w.]{0,120}\.)?SecurityProtocol\s*(?:\|=|:=|<-|=(?![=>]))/g;
function sptInstead(floor) {
    return floor === 'TLSv1.3'
        ? '`SecurityProtocolType.Tls13`, or leave `SecurityProtocol` unset on .NET Framework 4.7+ (`SystemDefault`)'
        : '`SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13`, or leave `SecurityProtocol` unset on .NET Framework 4.7+ (`SystemDefault`)';
}
function sptMatch(file, ctx, m, isTarget) {
    const { context, value } = m;
    const code = file.code;
    if (inEnum(code, m.exprStart))
        return undefined;
    let versions = value.versions;
    let severity;
    let why = value.why ?? describeAtoms(value);
    const keeps = isTarget && (context.kind === 'orassign' || value.keepsExisting);
    if (keeps && (0,src_versions/* below */.Gz)(versions, ctx.floor) === 0) {
        // `|= Tls12` adds 1.2 but keeps the old mask: `Ssl3 | Tls` on apps targeting < 4.6.
        const removed = removedBefore(code, m.context.start);
        const kept = LEGACY_SSL3_TLS & ~removed;
        if (kept === 0)
            return undefined;
        versions |= kept;
        severity = 'warning';
        why = '`|=` keeps the previous mask, which is `Ssl3 | Tls` in apps that target .NET Framework before 4.6';
    }
    else if (!isTarget) {
        if (context.kind === 'orassign')
            return undefined;
        // `const SecurityProtocolType Tls11 = (SecurityProtocolType)768;` names a member: a definition.
        if (context.kind === 'assign' && value.atoms.length + value.numbers.length === 1 && MEMBER_NAME.test(context.name ?? ''))
            return undefined;
        if ((context.kind === 'assign' || context.kind === 'named') && context.name && NEGATIVE_NAME.test(context.name))
            return undefined;
        if (context.kind === 'named' && !/protocol/i.test(context.name ?? ''))
            return undefined;
        if (context.kind === 'call' && !callEnables(context.name ?? ''))
            return undefined;
        if ((context.kind === 'return' || context.kind === 'arrow') && value.atoms.length + value.numbers.length < 2)
            return undefined;
        if (context.kind === 'define')
            return undefined;
    }
    if ((0,src_versions/* below */.Gz)(versions, ctx.floor) === 0)
        return undefined;
    const branch = value.conditional
        ? { severity: 'warning', why: 'chosen at run time by a condition' }
        : branchSeverity(branchOf(code, context.start));
    if (!severity && branch) {
        severity = branch.severity;
        why = why ? `${why}; ${branch.why}` : branch.why;
    }
    const fix = severity
        ? undefined
        : memberFix(value, m.exprStart, m.exprEnd, ctx.floor, (v, prefix) => (MEMBER_FOR[v] ? `${prefix}${MEMBER_FOR[v]}` : undefined));
    const start = context.kind === 'call' || context.kind === 'return' || context.kind === 'arrow' ? m.exprStart : context.start;
    return {
        start,
        end: m.exprEnd,
        versions,
        what: clipVb(file.text.slice(start, m.exprEnd)),
        why,
        instead: sptInstead(ctx.floor),
        severity,
        fix,
    };
}
/** `SecurityProtocolType` constants declared in a file, by name (for masks built from them). */
function memberConstants(code) {
    const map = new Map();
    if (!/(?:const|readonly|Const)\b/.test(code))
        return map;
    const re = /\b(?:const|readonly|Const|ReadOnly)\s+(?:[\w.]{0,60}SecurityProtocolType\s+)?(\w+)(?:\s+As\s+[\w.]{0,60}SecurityProtocolType)?\s*=\s*([^;\n]{1,160})/g;
    for (const m of code.matchAll(re)) {
        const v = evalFlags(m[2], 0, SECURITY_PROTOCOL_TYPE, false);
        // Only constants that name one member: others are reported where they are declared.
        if (v && v.versions && !v.unknown && MEMBER_NAME.test(m[1]) && v.atoms.length + v.numbers.length === 1)
            map.set(m[1], v.versions);
    }
    // Casts between the two enums, also through another constant:
    // `const SslProtocols _Tls11 = (SslProtocols)0x300; const SecurityProtocolType Tls11 = (SecurityProtocolType)_Tls11;`.
    const casts = new Map();
    const cast = /\b(?:const|Const)\s+[\w.]{0,60}(?:SecurityProtocolType|SslProtocols)\s+(\w+)\s*=\s*\(\s*[\w.]{0,60}(?:SecurityProtocolType|SslProtocols)\s*\)\s*(0x[0-9a-f]+|\d+|[A-Za-z_]\w*)\s*;/gi;
    for (const m of code.matchAll(cast))
        casts.set(m[1], m[2]);
    for (const [name, operand] of casts) {
        if (map.has(name) || !MEMBER_NAME.test(name))
            continue;
        let value = operand;
        for (let n = 0; n < 3 && value !== undefined && parseNumber(value) === undefined; n++)
            value = casts.get(value);
        const bits = value === undefined ? undefined : parseNumber(value);
        if (bits)
            map.set(name, fromBits(bits, SCHANNEL_BITS));
    }
    return map;
}
/** Versions removed from `SecurityProtocol` shortly before (`&= ~(Ssl3 | Tls)`), for `|=` warnings. */
function removedBefore(code, pos) {
    const window = code.slice(Math.max(0, pos - 1500), pos);
    let removed = 0;
    const re = /SecurityProtocol\s*(?:&=\s*~|=\s*[\w.]{0,120}SecurityProtocol\s*&\s*~|=\s*[\w.]{0,120}SecurityProtocol\s+And\s+Not\s)\s*\(?([^;\n]{0,300})/g;
    for (let m = re.exec(window); m; m = re.exec(window)) {
        for (const a of m[1].matchAll(/SecurityProtocolType\s*\.\s*(\w+)/g))
            removed |= MEMBERS[a[1].toLowerCase()] ?? 0;
        for (const n of m[1].matchAll(/\b0x[0-9a-f]+\b|\b\d+\b/gi))
            removed |= fromBits(parseNumber(n[0]) ?? 0, SCHANNEL_BITS);
    }
    return removed;
}
const securityProtocolType = {
    meta: {
        id: 'dotnet/security-protocol-type',
        title: '.NET ServicePointManager.SecurityProtocol enables legacy TLS',
        description: '`ServicePointManager.SecurityProtocol` sets the versions every `HttpWebRequest`, `WebClient`, `SmtpClient`, `FtpWebRequest` and .NET Framework `HttpClient` may use. Assigning `Ssl3`, `Tls` or `Tls11` (by name or as the numbers 48, 192, 768) pins or allows them; `|= Tls12` adds TLS 1.2 but keeps the previous mask, which is `Ssl3 | Tls` in apps that target .NET Framework before 4.6.',
        ecosystem: '.NET',
        catalogue: ['A1', 'A2', 'A3', 'A4'],
        docs: [
            'https://learn.microsoft.com/dotnet/api/system.net.servicepointmanager.securityprotocol',
            'https://learn.microsoft.com/dotnet/framework/network-programming/tls',
            'https://learn.microsoft.com/dotnet/fundamentals/code-analysis/quality-rules/ca5364',
        ],
        files: { kinds: NET_CODE },
        keywords: /SecurityProtocol/,
        fixable: true,
        safe: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;',
        limits: 'A mask built in a variable or read from configuration is unknown; `|=` is a warning because the mask it keeps depends on the target framework and the registry; PowerShell (`[Net.ServicePointManager]::SecurityProtocol`, `-bor`) belongs to the Windows & PowerShell rules.',
    },
    *check(file, ctx) {
        const code = file.code;
        const lang = langOf(file.kind);
        const covered = [];
        const constants = memberConstants(code);
        SPT_ASSIGN.lastIndex = 0;
        for (let a = SPT_ASSIGN.exec(code); a; a = SPT_ASSIGN.exec(code)) {
            const opEnd = a.index + a[0].length;
            const context = findContext(code, opEnd, lang);
            if (context.kind !== 'assign' && context.kind !== 'orassign')
                continue;
            if (!/(?:^|\.)SecurityProtocol$/.test(context.name ?? ''))
                continue;
            let exprStart = opEnd;
            while (exprStart < code.length && /\s/.test(code[exprStart]))
                exprStart++;
            const exprEnd = expressionEnd(code, exprStart, lang);
            // Other `SecurityProtocol` properties (Confluent.Kafka's `SecurityProtocol.SaslSsl`) are not this one.
            const expr = code.slice(exprStart, exprEnd);
            if (!/ServicePointManager\.SecurityProtocol$/.test(context.name ?? '') && !/SecurityProtocolType/.test(expr))
                continue;
            covered.push([exprStart, exprEnd]);
            let value = evalFlags(code.slice(exprStart, exprEnd), exprStart, SECURITY_PROTOCOL_TYPE, true);
            if (!value)
                continue;
            if (value.unknown) {
                // Constants declared in the file (`const SecurityProtocolType Tls11 = (SecurityProtocolType)768;`).
                let extra = 0;
                for (const id of expr.matchAll(/\b[A-Za-z_]\w*\b/g))
                    extra |= constants.get(id[0]) ?? 0;
                if (extra)
                    value = { ...value, versions: value.versions | extra, why: 'through constants declared in this file' };
            }
            const match = sptMatch(file, ctx, { context, exprStart, exprEnd, value }, true);
            if (match)
                yield match;
        }
        for (const m of flagExpressions(file, SECURITY_PROTOCOL_TYPE, SPT_FIND)) {
            if (covered.some(([s, e]) => m.exprStart < e && m.exprEnd > s))
                continue;
            if (/(?:^|\.)SecurityProtocol$/.test(m.context.name ?? ''))
                continue;
            const match = sptMatch(file, ctx, m, false);
            if (match)
                yield match;
        }
    },
    examples: {
        valid: [
            { file: 'src/Program.cs', code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;' },
            {
                file: 'src/Program.cs',
                code: 'System.Net.ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;',
                note: '`Tls` must not match inside `Tls12`',
            },
            {
                file: 'src/Http.cs',
                code: 'ServicePointManager.SecurityProtocol = (SecurityProtocolType)3072; // Tls12 on .NET 4.0',
                note: 'numeric cast of Tls12',
            },
            {
                file: 'src/Http.cs',
                code: '// ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;\nServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;',
                note: 'commented-out line',
            },
            {
                file: 'src/Http.cs',
                code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 /*| SecurityProtocolType.Tls */;',
                note: 'block comment inside the expression',
            },
            {
                file: 'src/Http.cs',
                code: 'ServicePointManager.SecurityProtocol &= ~(SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls | SecurityProtocolType.Tls11);',
                note: 'removing legacy versions',
            },
            {
                file: 'src/Http.cs',
                code: 'ServicePointManager.SecurityProtocol &= ~(SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls);\nServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;',
                note: '`|=` after the legacy bits were removed',
            },
            {
                file: 'src/Check.cs',
                code: 'if (ServicePointManager.SecurityProtocol == SecurityProtocolType.Tls)\n    Log.Warn("TLS 1.0 only");',
                note: 'comparison',
            },
            {
                file: 'src/Check.cs',
                code: 'if (!ServicePointManager.SecurityProtocol.HasFlag(SecurityProtocolType.Tls11)) { }',
                note: 'flag test',
            },
            {
                file: 'src/Tls.vb',
                code: 'If ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls Then\n    Warn()\nEnd If',
                note: 'VB compares with `=` inside If',
            },
            {
                file: 'src/Tls.cs',
                code: 'switch (ServicePointManager.SecurityProtocol)\n{\n    case SecurityProtocolType.Tls: return "TLS 1.0";\n    case SecurityProtocolType.Tls11: return "TLS 1.1";\n}',
                note: 'switch that names versions',
            },
            {
                file: 'src/Types.vb',
                code: 'Public Enum MySecurityProtocol\n    Ssl3 = 48\n    Tls = 192\n    Tls11 = 768\nEnd Enum',
                note: 'enum definition',
            },
            {
                file: 'src/Http.cs',
                code: 'var saved = ServicePointManager.SecurityProtocol;\nServicePointManager.SecurityProtocol = saved;',
                note: 'restoring a saved value is unknown',
            },
            { file: 'src/Http.cs', code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault;' },
            { file: 'src/Net.fs', code: 'ServicePointManager.SecurityProtocol <- SecurityProtocolType.Tls12 ||| SecurityProtocolType.Tls13' },
            {
                file: 'src/Kafka/ProducerFactory.cs',
                code: 'var config = new ProducerConfig\n{\n    BootstrapServers = servers,\n    SecurityProtocol = SecurityProtocol.SaslSsl,\n};\nconfig.SecurityProtocol |= SecurityProtocol.Ssl;',
                note: 'Confluent.Kafka has its own `SecurityProtocol`',
            },
        ],
        invalid: [
            {
                file: 'src/Program.cs',
                code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                output: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;',
            },
            {
                file: 'src/Program.cs',
                code: 'System.Net.ServicePointManager.SecurityProtocol = System.Net.SecurityProtocolType.Ssl3;',
                findings: ['1:1 SSLv3'],
                output: 'System.Net.ServicePointManager.SecurityProtocol = System.Net.SecurityProtocolType.Tls12;',
            },
            {
                file: 'src/Utils/ServicePointSetup.cs',
                code: 'public static void Setup()\n{\n    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls\n                                         | SecurityProtocolType.Tls11\n                                         | SecurityProtocolType.Tls12\n                                         | SecurityProtocolType.Ssl3;\n}',
                findings: ['3:5 SSLv3 TLSv1.0 TLSv1.1'],
                note: 'multi-line, order-independent',
            },
            {
                file: 'src/Http.cs',
                code: 'ServicePointManager.SecurityProtocol = (SecurityProtocolType)3072 | (SecurityProtocolType)768;',
                findings: ['1:1 TLSv1.1'],
                note: 'numeric casts (compiled against .NET 4.0)',
            },
            {
                file: 'src/Http.cs',
                code: 'ServicePointManager.SecurityProtocol = (SecurityProtocolType)(0xC00 | 0x300 | 0xC0);',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                note: 'hex sum inside a cast',
            },
            {
                file: 'src/Http.cs',
                code: 'ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;',
                findings: ['1:1 SSLv3 TLSv1.0'],
                severity: 'warning',
                note: '`|=` keeps the old mask',
            },
            {
                file: 'src/Http.cs',
                code: 'ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;',
                findings: ['1:1 TLSv1.1'],
                severity: 'error',
                note: '`|=` that adds a legacy version',
            },
            {
                file: 'src/Http.cs',
                code: 'ServicePointManager.SecurityProtocol &= ~SecurityProtocolType.Ssl3;\nServicePointManager.SecurityProtocol |= (SecurityProtocolType)12288 | SecurityProtocolType.Tls12 | SecurityProtocolType.Tls11;',
                findings: ['2:1 TLSv1.1'],
            },
            {
                file: 'src/Main.vb',
                code: 'Private Sub Form1_Load(sender As Object, e As EventArgs) Handles MyBase.Load\n    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls Or SecurityProtocolType.Tls11 Or SecurityProtocolType.Tls12\nEnd Sub',
                findings: ['2:5 TLSv1.0 TLSv1.1'],
                output: 'Private Sub Form1_Load(sender As Object, e As EventArgs) Handles MyBase.Load\n    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12\nEnd Sub',
            },
            {
                file: 'src/Updater.vb',
                code: 'ServicePointManager.SecurityProtocol =\n    SecurityProtocolType.Tls Or\n    SecurityProtocolType.Tls12 Or\n    SecurityProtocolType.Ssl3\nDim client As New WebClient',
                findings: ['2:26 SSLv3 TLSv1.0'],
                note: 'VB implicit line continuation after `Or`',
            },
            {
                file: 'src/Http.cs',
                code: 'ServicePointManager.SecurityProtocol = Environment.OSVersion.Version.Major < 6\n    ? SecurityProtocolType.Tls\n    : SecurityProtocolType.Tls12;',
                findings: ['2:28 TLSv1.0'],
                severity: 'warning',
                note: 'chosen by a condition',
            },
            {
                file: 'src/Legacy.vb',
                code: 'ServicePointManager.SecurityProtocol = 3072 Or 768 Or 192',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                note: 'VB without Option Strict accepts numbers',
            },
            {
                file: 'src/Legacy.vb',
                code: 'ServicePointManager.SecurityProtocol = CType(768, SecurityProtocolType) Or CType(3072, SecurityProtocolType)',
                findings: ['1:1 TLSv1.1'],
            },
            {
                file: 'src/Setup.vb',
                code: 'Dim protocols As SecurityProtocolType = SecurityProtocolType.Tls11 Or SecurityProtocolType.Tls12\nServicePointManager.SecurityProtocol = protocols',
                findings: ['1:5 TLSv1.1'],
                output: 'Dim protocols As SecurityProtocolType = SecurityProtocolType.Tls12\nServicePointManager.SecurityProtocol = protocols',
                note: 'VB declaration with a type',
            },
            {
                file: 'src/Salesforce.fsx',
                code: 'ServicePointManager.SecurityProtocol <- SecurityProtocolType.Tls12 ||| SecurityProtocolType.Tls11',
                findings: ['1:1 TLSv1.1'],
                output: 'ServicePointManager.SecurityProtocol <- SecurityProtocolType.Tls12',
            },
            {
                file: 'src/Provider.fs',
                code: 'ServicePointManager.SecurityProtocol <- ServicePointManager.SecurityProtocol ||| SecurityProtocolType.Tls12',
                findings: ['1:1 SSLv3 TLSv1.0'],
                severity: 'warning',
                note: 'F# form of `|=`',
            },
            {
                file: 'src/Http.cs',
                code: 'private const SecurityProtocolType Protocols = SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;\nServicePointManager.SecurityProtocol = Protocols;',
                findings: ['1:36 TLSv1.1'],
                note: 'mask built in a constant',
            },
            {
                file: 'src/Net40/Tls.cs',
                code: 'private const SecurityProtocolType Tls11 = (SecurityProtocolType)768;\nprivate const SecurityProtocolType Tls12 = (SecurityProtocolType)3072;\nstatic void Init()\n{\n    ServicePointManager.SecurityProtocol = Tls12 | Tls11;\n}',
                findings: ['5:5 TLSv1.1'],
                note: 'constants that name members (for .NET 4.0) are definitions; their use is the finding',
            },
            {
                file: 'src/Launcher/SslSetup.cs',
                code: 'private const SslProtocols _Tls12 = (SslProtocols)0x00000C00;\nprivate const SslProtocols _TlsOld = (SslProtocols)0x00000300;\nprivate const SecurityProtocolType Tls12 = (SecurityProtocolType)_Tls12;\nprivate const SecurityProtocolType Tls10 = (SecurityProtocolType)_TlsOld;\npublic static void Setup()\n{\n    ServicePointManager.SecurityProtocol = Tls12 | Tls10;\n}',
                findings: ['7:5 TLSv1.1'],
                note: 'constants cast from `SslProtocols` constants; 0x300 is Tls11 whatever the name says',
            },
            {
                file: 'src/Http.cs',
                code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;',
                floor: 'TLSv1.3',
                findings: ['1:1 TLSv1.2'],
                output: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls13;',
            },
        ],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/dotnet/ssl-protocols.ts


// ---------------------------------------------------------------------------------------------
// A5–A7, A9 (code), A10: SslProtocols
// ---------------------------------------------------------------------------------------------
const SSL_NS = String.raw `(?:(?:global::)?(?:System\.)?(?:Security\.)?Authentication\.)?`;
const SSL_PROTOCOLS = {
    atom: new RegExp(String.raw `(?<![\w.])${SSL_NS}SslProtocols\s*\.\s*(\w+)`),
    member: (name) => MEMBERS[name.toLowerCase()],
    bits: SCHANNEL_BITS,
    cast: new RegExp(String.raw `\(\s*${SSL_NS}SslProtocols\s*\)|(?:CType|DirectCast)\s*\(|,\s*${SSL_NS}SslProtocols\s*\)|enum\s*<\s*${SSL_NS}SslProtocols\s*>`),
};
const SSL_FIND = new RegExp(String.raw `(?<![\w.])(?:${SSL_NS}SslProtocols\s*\.\s*(?:Ssl[23]|Tls1[123]|Tls|Default|None)\b|\(\s*${SSL_NS}SslProtocols\s*\)\s*(?:\(|0x|\d)|(?:CType|DirectCast)\s*\(\s*(?:&H|0x|\d)[^,()]{0,40},\s*${SSL_NS}SslProtocols\s*\)|enum\s*<\s*${SSL_NS}SslProtocols\s*>)`);
function sslInstead(floor) {
    return floor === 'TLSv1.3'
        ? '`SslProtocols.Tls13`, or `SslProtocols.None` to let the OS choose'
        : '`SslProtocols.Tls12 | SslProtocols.Tls13`, or `SslProtocols.None` to let the OS choose';
}
const sslProtocols = {
    meta: {
        id: 'dotnet/ssl-protocols',
        title: '.NET SslProtocols enables legacy TLS',
        description: '`SslProtocols` selects the versions of `SslStream` (`AuthenticateAsClient`/`AsServer`), `HttpClientHandler.SslProtocols`, `SocketsHttpHandler.SslOptions.EnabledSslProtocols`, Kestrel `HttpsConnectionAdapterOptions.SslProtocols`, WCF `Security.Transport.SslProtocols` and MailKit clients. `Ssl2`, `Ssl3`, `Tls`, `Tls11` and `Default` (= `Ssl3 | Tls`) enable legacy versions.',
        ecosystem: '.NET',
        catalogue: ['A5', 'A6', 'A7', 'A9', 'A10'],
        docs: [
            'https://learn.microsoft.com/dotnet/api/system.security.authentication.sslprotocols',
            'https://learn.microsoft.com/dotnet/fundamentals/code-analysis/quality-rules/ca5397',
            'https://learn.microsoft.com/aspnet/core/fundamentals/servers/kestrel/endpoints',
        ],
        files: { kinds: NET_CODE },
        keywords: /SslProtocols/,
        fixable: true,
        safe: 'handler.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;',
        limits: 'Protocols passed through variables whose value is set elsewhere are unknown; sets assigned to names that say they are excluded or expected (`disabled`, `unsupported`, `expected`) and lists in test data are not reported.',
    },
    *check(file, ctx) {
        const code = file.code;
        for (const m of flagExpressions(file, SSL_PROTOCOLS, SSL_FIND)) {
            const { context, value } = m;
            if (inEnum(code, m.exprStart))
                continue;
            if (context.kind === 'define')
                continue;
            if ((context.kind === 'assign' || context.kind === 'orassign' || context.kind === 'named') && NEGATIVE_NAME.test(context.name ?? ''))
                continue;
            if (context.kind === 'named' && !/protocol/i.test(context.name ?? ''))
                continue;
            const operands = value.atoms.length + value.numbers.length;
            // A mask written out member by member (`SslProtocols.Tls11 | SslProtocols.Tls12`) is a choice of
            // versions wherever it is passed, also to a call no rule knows (a third-party server's `Start`).
            if (context.kind === 'call' && !callEnables(context.name ?? '') && (operands < 2 || callOnlyReads(context.name ?? '')))
                continue;
            // `const SslProtocols Tls13 = (SslProtocols)12288;` names a member: a definition; `map["tls1.1"] = SslProtocols.Tls11` is a lookup table.
            if (context.kind === 'assign' && operands === 1 && (MEMBER_NAME.test(context.name ?? '') || /\]$/.test(context.name ?? '')))
                continue;
            if ((context.kind === 'return' || context.kind === 'arrow') && operands < 2 && !value.atoms.some((a) => /default$/i.test(a.text)))
                continue;
            if ((0,src_versions/* below */.Gz)(value.versions, ctx.floor) === 0)
                continue;
            let severity;
            let why = describeAtoms(value);
            const branch = value.conditional
                ? { severity: 'warning', why: 'chosen at run time by a condition' }
                : branchSeverity(branchOf(code, context.start));
            if (branch) {
                severity = branch.severity;
                why = why ? `${why}; ${branch.why}` : branch.why;
            }
            const fix = severity || value.atoms.some((a) => /default$/i.test(a.text))
                ? undefined
                : memberFix(value, m.exprStart, m.exprEnd, ctx.floor, (v, prefix) => (MEMBER_FOR[v] ? `${prefix}${MEMBER_FOR[v]}` : undefined));
            const start = context.kind === 'assign' || context.kind === 'orassign' || context.kind === 'named' ? context.start : m.exprStart;
            yield {
                start,
                end: m.exprEnd,
                versions: value.versions,
                what: clipVb(file.text.slice(start, m.exprEnd)),
                why,
                instead: sslInstead(ctx.floor),
                severity,
                fix,
            };
        }
    },
    examples: {
        valid: [
            { file: 'src/Client.cs', code: 'var handler = new HttpClientHandler { SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13 };' },
            { file: 'src/Client.cs', code: 'handler.SslProtocols = SslProtocols.None; // let the OS decide' },
            {
                file: 'src/Server.cs',
                code: 'await ssl.AuthenticateAsServerAsync(cert, false, SslProtocols.Tls12, true);',
                note: '`Tls` inside `Tls12`',
            },
            {
                file: 'src/Info.cs',
                code: 'if (stream.SslProtocol == SslProtocols.Tls || stream.SslProtocol == SslProtocols.Tls11)\n    logger.LogWarning("legacy TLS negotiated");',
                note: 'comparisons',
            },
            {
                file: 'src/Info.cs',
                code: 'string Name(SslProtocols p) => p switch\n{\n    SslProtocols.Tls => "TLS 1.0",\n    SslProtocols.Tls11 => "TLS 1.1",\n    _ => p.ToString(),\n};',
                note: 'switch arms that name versions',
            },
            {
                file: 'tests/TlsTests.cs',
                code: '[Theory]\n[InlineData(SslProtocols.Tls)]\n[InlineData(SslProtocols.Tls11)]\npublic async Task RejectsLegacy(SslProtocols protocol) { }',
                note: 'test data',
            },
            {
                file: 'src/Policy.cs',
                code: 'private const SslProtocols DisabledProtocols = SslProtocols.Ssl3 | SslProtocols.Tls | SslProtocols.Tls11;',
                note: 'a set named as excluded',
            },
            { file: 'src/Policy.cs', code: 'options.EnabledSslProtocols &= ~(SslProtocols.Tls | SslProtocols.Tls11);', note: 'removing' },
            { file: 'src/Policy.cs', code: 'bool legacy = (protocols & SslProtocols.Tls) != 0;', note: 'flag test' },
            {
                file: 'src/Server.cs',
                code: 'server.Start(endpoint, SslProtocols.Tls11);\nvar name = Describe(SslProtocols.Tls11);\nAssert.Equal(SslProtocols.Tls11 | SslProtocols.Tls12, options.EnabledSslProtocols);',
                note: 'one member passed to a call no rule knows is unknown; a mask given to an assertion is data',
            },
            {
                file: 'src/Kestrel.cs',
                code: '// o.SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12;\no.SslProtocols = SslProtocols.Tls12;',
                note: 'commented out',
            },
            {
                file: 'src/Tcp.fs',
                code: 'let opts = SslClientAuthenticationOptions(EnabledSslProtocols = (SslProtocols.Tls12 ||| SslProtocols.Tls13))',
            },
            {
                file: 'src/Defaults.cs',
                code: 's_protocols = preferModern ? SslProtocols.Tls13 : (SslProtocols.Tls12 | SslProtocols.Tls13);',
                note: 'both branches are safe',
            },
            {
                file: 'src/Parse.cs',
                code: 'SslProtocols p = (SslProtocols)Enum.Parse(typeof(SslProtocols), setting);',
                note: 'cast of a parsed value',
            },
            {
                file: 'src/Parse.cs',
                code: 'var byName = new Dictionary<string, SslProtocols>\n{\n    ["tls1.1"] = SslProtocols.Tls11,\n    ["tls1.2"] = SslProtocols.Tls12,\n};',
                note: 'a lookup table',
            },
            {
                file: 'src/Compat.cs',
                code: 'internal const SslProtocols Tls11 = (SslProtocols)768;\ninternal const SslProtocols Tls13 = (SslProtocols)12288;',
                note: 'constants that name members',
            },
        ],
        invalid: [
            {
                file: 'src/Client.cs',
                code: 'var options = new SslClientAuthenticationOptions\n{\n    TargetHost = host,\n    EnabledSslProtocols = SslProtocols.Tls12\n        | SslProtocols.Tls11,\n};',
                findings: ['5:24 TLSv1.1'],
                note: 'a mask continued on the next line is reported on the line of the legacy member',
            },
            {
                file: 'src/Client.cs',
                code: 'var handler = new HttpClientHandler\n{\n    SslProtocols = SslProtocols.Tls | SslProtocols.Tls11 | SslProtocols.Tls12,\n};',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
                output: 'var handler = new HttpClientHandler\n{\n    SslProtocols = SslProtocols.Tls12,\n};',
            },
            {
                file: 'src/Stream.cs',
                code: 'sslStream.AuthenticateAsClient(host, certificates, SslProtocols.Tls, checkCertificateRevocation: true);',
                findings: ['1:52 TLSv1.0'],
                output: 'sslStream.AuthenticateAsClient(host, certificates, SslProtocols.Tls12, checkCertificateRevocation: true);',
            },
            {
                file: 'src/Stream.cs',
                code: 'await stream.AuthenticateAsServerAsync(serverCert, false, SslProtocols.Default, false);',
                findings: ['1:59 SSLv3 TLSv1.0'],
                note: '`Default` is `Ssl3 | Tls`',
            },
            {
                file: 'src/Program.cs',
                code: 'builder.WebHost.ConfigureKestrel(k => k.ConfigureHttpsDefaults(o =>\n{\n    o.SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12;\n}));',
                findings: ['3:5 TLSv1.1'],
            },
            {
                file: 'src/Program.cs',
                code: 'listenOptions.UseHttps(o => o.SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12);',
                findings: ['1:29 TLSv1.1'],
                output: 'listenOptions.UseHttps(o => o.SslProtocols = SslProtocols.Tls12);',
            },
            {
                file: 'src/Mail.cs',
                code: 'using var client = new SmtpClient();\nclient.SslProtocols = SslProtocols.Tls | SslProtocols.Tls11;\nawait client.ConnectAsync("smtp.office365.com", 587);',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                output: 'using var client = new SmtpClient();\nclient.SslProtocols = SslProtocols.Tls12;\nawait client.ConnectAsync("smtp.office365.com", 587);',
            },
            {
                file: 'src/Wcf.cs',
                code: 'binding.Security.Transport.SslProtocols = System.Security.Authentication.SslProtocols.Tls;',
                findings: ['1:1 TLSv1.0'],
            },
            {
                file: 'src/Sockets.cs',
                code: 'var options = new SslClientAuthenticationOptions\n{\n    TargetHost = host,\n    EnabledSslProtocols = (SslProtocols)192 | (SslProtocols)768,\n};',
                findings: ['4:5 TLSv1.0 TLSv1.1'],
            },
            { file: 'src/Sockets.cs', code: 'handler.SslOptions.EnabledSslProtocols |= SslProtocols.Default;', findings: ['1:1 SSLv3 TLSv1.0'] },
            {
                file: 'src/Net.vb',
                code: 'handler.SslProtocols = SslProtocols.Tls Or SslProtocols.Tls12',
                findings: ['1:1 TLSv1.0'],
                output: 'handler.SslProtocols = SslProtocols.Tls12',
            },
            { file: 'src/Net.fs', code: 'handler.SslProtocols <- SslProtocols.Tls11 ||| SslProtocols.Tls12', findings: ['1:1 TLSv1.1'] },
            {
                file: 'src/Stream.cs',
                code: 'stream.BeginAuthenticateAsClient(host, null, SslProtocols.Ssl3 | SslProtocols.Tls, false, OnAuth, state);',
                findings: ['1:46 SSLv3 TLSv1.0'],
            },
            {
                file: 'src/Tor/TorSocks.cs',
                code: 'await sslStream\n    .AuthenticateAsClientAsync(\n        host,\n        new X509CertificateCollection(),\n        SslProtocols.Tls | SslProtocols.Tls11 | SslProtocols.Tls12,\n        checkCertificateRevocation: true)\n    .ConfigureAwait(false);',
                findings: ['5:9 TLSv1.0 TLSv1.1'],
                note: 'arguments on separate lines',
            },
            {
                file: 'Server/WebServer/Server.cs',
                code: 'server.Start(listenInterface, port, cert,\n    System.Security.Authentication.SslProtocols.Tls11 | System.Security.Authentication.SslProtocols.Tls12, null, false);',
                findings: ['2:5 TLSv1.1'],
                output: 'server.Start(listenInterface, port, cert,\n    System.Security.Authentication.SslProtocols.Tls12, null, false);',
                note: 'a mask written out member by member, passed to a call no rule knows',
            },
            { file: 'src/Analyzers.cs', code: 'SslProtocols protocols = (SslProtocols)768; // TLS 1.1', findings: ['1:14 TLSv1.1'] },
            {
                file: 'src/Defaults.cs',
                code: 's_protocols = disableSystemDefault ? (SslProtocols.Tls | SslProtocols.Tls11 | SslProtocols.Tls12) : SslProtocols.None;',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'one branch of a condition',
            },
            {
                file: 'src/Host.cs',
                code: 'listenOptions.UseHttps(portOptions =>\n{\n    portOptions.SslProtocols = SslProtocols.Tls13 | SslProtocols.Tls11 | SslProtocols.Tls12;\n});',
                findings: ['3:5 TLSv1.1'],
                output: 'listenOptions.UseHttps(portOptions =>\n{\n    portOptions.SslProtocols = SslProtocols.Tls13 | SslProtocols.Tls12;\n});',
            },
            {
                file: 'tests/FunctionalTests/SslStreamProtocolTests.cs',
                code: 'await ClientAsyncSslHelper(SslProtocols.Tls11 | SslProtocols.Tls12, SslProtocols.Tls11);',
                findings: ['1:28 TLSv1.1', '1:69 TLSv1.1'],
                severity: 'note',
                note: 'test helper: information only',
            },
            {
                file: 'src/Connect.cs',
                code: 'switch (version)\n{\n    case "1.0":\n        protocols = SslProtocols.Tls;\n        break;\n}',
                findings: ['4:9 TLSv1.0'],
                severity: 'note',
                note: 'a switch that maps a setting: information',
            },
            {
                file: 'src/Connect.cs',
                code: 'if (config.AllowLegacyTls)\n    handler.SslProtocols |= SslProtocols.Tls11;',
                findings: ['2:5 TLSv1.1'],
                severity: 'warning',
                note: 'enabled under a condition',
            },
        ],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/dotnet/kestrel.ts


// ---------------------------------------------------------------------------------------------
// A8: Kestrel / YARP configuration (appsettings.json, environment variables)
// ---------------------------------------------------------------------------------------------
const kestrelConfigSslProtocols = (0,scan_define/* settingRule */.JQ)({
    meta: {
        id: 'dotnet/kestrel-config-ssl-protocols',
        title: 'Kestrel or YARP configuration enables legacy TLS',
        description: '`Kestrel:EndpointDefaults:SslProtocols`, `Kestrel:Endpoints:<name>:SslProtocols` (and `Sni` entries) and YARP `HttpClient:SslProtocols` take a list of `SslProtocols` names. `Tls`, `Tls11`, `Ssl3` and `Default` (= `Ssl3 | Tls`) enable legacy versions.',
        ecosystem: '.NET',
        catalogue: ['A8'],
        docs: [
            'https://learn.microsoft.com/aspnet/core/fundamentals/servers/kestrel/endpoints#configure-https-in-appsettingsjson',
            'https://learn.microsoft.com/aspnet/core/fundamentals/servers/yarp/http-client-config',
        ],
        files: { kinds: ['json', 'env', 'yaml', 'dockerfile', 'shell'] },
        keywords: /SslProtocols/,
        fixable: true,
        safe: '"SslProtocols": ["Tls12", "Tls13"]',
        limits: 'Kubernetes `env:` entries written as `name:`/`value:` pairs and command-line `--Kestrel:EndpointDefaults:SslProtocols:0=Tls11` arguments are not read.',
    },
    // PascalCase only: lower-case `sslProtocols` lists (CloudFront origins, Tomcat) belong to other rules.
    keys: /SslProtocols|Kestrel__\w{1,160}?__SslProtocols(?:__\d+)?/,
    finder: { spaceSeparated: false },
    evaluate: (s, ctx, file) => {
        const tokens = (0,scan_define/* settingTokens */.FM)(s);
        if (tokens.some((t) => /^(?:SslProtocols\.)?Default$/i.test(t.text))) {
            let versions = LEGACY_SSL3_TLS;
            for (const t of tokens)
                versions |= MEMBERS[t.text.replace(/^SslProtocols\./i, '').toLowerCase()] ?? 0;
            return { versions, why: '`Default` is `Ssl3 | Tls`' };
        }
        return (0,scan_define/* asList */.DD)({ spell: { tls: 'TLSv1.0' } })(s, ctx, file);
    },
    instead: (ctx) => ctx.floor === 'TLSv1.3' ? '`"SslProtocols": ["Tls13"]`' : '`"SslProtocols": ["Tls12", "Tls13"]` (or leave it out: the OS default)',
    examples: {
        valid: [
            {
                file: 'appsettings.json',
                code: '{\n  "Kestrel": {\n    "EndpointDefaults": {\n      "SslProtocols": ["Tls12", "Tls13"]\n    }\n  }\n}',
            },
            {
                file: 'appsettings.Production.json',
                code: '{ "Kestrel": { "Endpoints": { "Https": { "Url": "https://*:443", "SslProtocols": [ "Tls12" ] } } } }',
                note: '`Tls` inside `Tls12`',
            },
            { file: 'cloudfront/origin.json', code: '{ "sslProtocols": ["TLSv1", "TLSv1.1"] }', note: 'CloudFront origin list (another rule)' },
            {
                file: 'appsettings.json',
                code: '{\n  // "SslProtocols": ["Tls", "Tls11", "Tls12"],\n  "SslProtocols": ["Tls12", "Tls13"]\n}',
                note: 'commented out',
            },
            { file: 'appsettings.json', code: '{ "Kestrel": { "EndpointDefaults": { "SslProtocols": ["None"] } } }' },
        ],
        invalid: [
            {
                file: 'appsettings.json',
                code: '{\n  "Kestrel": {\n    "EndpointDefaults": {\n      "SslProtocols": ["Tls11", "Tls12"]\n    }\n  }\n}',
                findings: ['4:7 TLSv1.1'],
                output: '{\n  "Kestrel": {\n    "EndpointDefaults": {\n      "SslProtocols": ["Tls12"]\n    }\n  }\n}',
            },
            {
                file: 'src/Gateway/appsettings.json',
                code: '{\n  "Kestrel": {\n    "Endpoints": {\n      "Https": {\n        "Url": "https://0.0.0.0:5001",\n        "Sni": { "*.example.org": { "SslProtocols": [ "Tls", "Tls11", "Tls12" ] } }\n      }\n    }\n  }\n}',
                findings: ['6:37 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'appsettings.json',
                code: '{ "Endpoints": { "Api": { "SslProtocols": [ "Default" ] } } }',
                findings: ['1:27 SSLv3 TLSv1.0'],
                note: '`Default` = `Ssl3 | Tls`',
            },
            {
                file: 'yarp.json',
                code: '{ "Clusters": { "c1": { "HttpClient": { "SslProtocols": [ "Tls11" ] } } } }',
                findings: ['1:41 TLSv1.1'],
                output: '{ "Clusters": { "c1": { "HttpClient": { "SslProtocols": [ "Tls12" ] } } } }',
            },
            {
                file: '.env',
                code: 'Kestrel__EndpointDefaults__SslProtocols__0=Tls11',
                findings: ['1:1 TLSv1.1'],
                note: 'environment-variable form',
            },
            { file: 'Dockerfile', code: 'ENV Kestrel__Endpoints__Https__SslProtocols__0=Tls', findings: ['1:5 TLSv1.0'] },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/dotnet/wcf.ts

// ---------------------------------------------------------------------------------------------
// A9: WCF binding configuration (web.config / app.config)
// ---------------------------------------------------------------------------------------------
const wcfSslProtocols = (0,scan_define/* settingRule */.JQ)({
    meta: {
        id: 'dotnet/wcf-ssl-protocols',
        title: 'WCF binding configuration enables legacy TLS',
        description: 'The `sslProtocols` attribute of a WCF `<transport>` (netTcpBinding) or `<sslStreamSecurity>` (customBinding) element lists the versions of the TCP transport, as `SslProtocols` names joined by `|` or `,`.',
        ecosystem: '.NET',
        catalogue: ['A9'],
        docs: ['https://learn.microsoft.com/dotnet/framework/configure-apps/file-schema/wcf/transport-of-nettcpbinding'],
        files: { kinds: ['xml'] },
        keywords: /sslProtocols/,
        fixable: true,
        safe: '<transport clientCredentialType="Windows" sslProtocols="Tls12" />',
        limits: 'Without the attribute WCF follows `ServicePointManager` or its own framework-dependent default.',
    },
    keys: /sslProtocols/,
    finder: { spaceSeparated: false },
    where: (s, file) => /^<\s*(?:transport|sslStreamSecurity)\b/.test(tagBefore(file.code, s.keyStart)),
    evaluate: (0,scan_define/* asList */.DD)({ spell: { tls: 'TLSv1.0' } }),
    instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`sslProtocols="Tls13"`' : '`sslProtocols="Tls12"` (add `Tls13` where the OS supports it)'),
    examples: {
        valid: [
            {
                file: 'web.config',
                code: '<netTcpBinding>\n  <binding name="tcp">\n    <security mode="Transport">\n      <transport clientCredentialType="Windows" sslProtocols="Tls12" />\n    </security>\n  </binding>\n</netTcpBinding>',
            },
            {
                file: 'conf/server.xml',
                code: '<Connector port="8443" SSLEnabled="true" sslProtocols="TLSv1,TLSv1.1,TLSv1.2" />',
                note: 'Tomcat connector (Java rules)',
            },
            {
                file: 'app.config',
                code: '<!-- <transport sslProtocols="Tls|Tls11|Tls12" /> -->\n<transport sslProtocols="Tls12|Tls13" />',
                note: 'commented out',
            },
            { file: 'App.config', code: '<sslStreamSecurity requireClientCertificate="false" sslProtocols="Tls12" />' },
        ],
        invalid: [
            {
                file: 'Web.config',
                code: '<security mode="Transport">\n  <transport clientCredentialType="None"\n             protectionLevel="EncryptAndSign"\n             sslProtocols="Tls|Tls11|Tls12" />\n</security>',
                findings: ['4:14 TLSv1.0 TLSv1.1'],
                output: '<security mode="Transport">\n  <transport clientCredentialType="None"\n             protectionLevel="EncryptAndSign"\n             sslProtocols="Tls12" />\n</security>',
            },
            {
                file: 'App.config',
                code: '<transport clientCredentialType="Certificate" sslProtocols="Tls, Tls11" />',
                findings: ['1:47 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'service.exe.config',
                code: '<customBinding><binding name="b"><sslStreamSecurity sslProtocols="Ssl3|Tls12" /><tcpTransport /></binding></customBinding>',
                findings: ['1:53 SSLv3'],
            },
        ],
    },
});
// ---------------------------------------------------------------------------------------------
// (helpers for the XML rules)
function tagBefore(code, pos) {
    const window = code.slice(Math.max(0, pos - 2000), pos);
    return window.slice(window.lastIndexOf('<'));
}

;// CONCATENATED MODULE: ./src/scan/rules/dotnet/app-context-switch.ts

const SWITCHES = {
    'switch.system.net.dontenableschusestrongcrypto': {
        versions: LEGACY_SSL3_TLS,
        why: 'without strong crypto the default protocols fall back to `Ssl3 | Tls` (and RC4 is allowed)',
    },
    'switch.system.net.dontenablesystemdefaulttlsversions': {
        versions: FRAMEWORK_46,
        severity: 'warning',
        why: "the default becomes the framework's fixed list `Tls | Tls11 | Tls12` instead of the OS's",
    },
    'switch.system.servicemodel.disableusingservicepointmanagersecurityprotocols': {
        versions: FRAMEWORK_46,
        severity: 'warning',
        why: 'WCF falls back to its own list `Tls | Tls11 | Tls12`',
    },
    'switch.system.servicemodel.dontenablesystemdefaulttlsversions': {
        versions: FRAMEWORK_46,
        severity: 'warning',
        why: 'WCF uses the fixed list `Tls | Tls11 | Tls12` instead of the OS default',
    },
};
const SWITCH_NAME = /Switch\.System\.(?:Net\.DontEnableSchUseStrongCrypto|Net\.DontEnableSystemDefaultTlsVersions|ServiceModel\.DisableUsingServicePointManagerSecurityProtocols|ServiceModel\.DontEnableSystemDefaultTlsVersions)/i;
function switchMatch(file, name, start, end, valueStart, valueEnd, falseText) {
    const info = SWITCHES[name.toLowerCase()];
    if (!info)
        return undefined;
    return {
        start,
        end,
        versions: info.versions,
        what: clipVb(file.text.slice(start, end)),
        why: info.why,
        instead: `remove the \`${name}\` switch or set it to \`${falseText}\``,
        severity: info.severity,
        fix: { start: valueStart, end: valueEnd, text: falseText },
    };
}
/**
 * The switch names the file assigns to identifiers (`const string Sw = "Switch.…";`), the first per
 * name: read once, so that `SetSwitch(Sw, true)` does not search the whole file for each call.
 */
function switchConstants(file) {
    const byName = new Map();
    for (const m of file.code.matchAll(/\b(\w+)\b(?:\s+As\s+String)?\s*=\s*"(Switch\.[\w.]{1,120})"/g)) {
        if (!byName.has(m[1]))
            byName.set(m[1], m[2]);
    }
    return byName;
}
const appContextSwitch = {
    meta: {
        id: 'dotnet/appcontext-tls-switch',
        title: '.NET AppContext switch re-enables legacy TLS defaults',
        description: '`Switch.System.Net.DontEnableSchUseStrongCrypto=true` makes .NET Framework default to `Ssl3 | Tls` (CA5361); `DontEnableSystemDefaultTlsVersions` and the WCF switches replace the OS default with the fixed list `Tls | Tls11 | Tls12`. Set in `<AppContextSwitchOverrides>`, `AppContext.SetSwitch`, `runtimeconfig.json` or `<RuntimeHostConfigurationOption>`.',
        ecosystem: '.NET',
        catalogue: ['A11', 'A12'],
        docs: [
            'https://learn.microsoft.com/dotnet/framework/network-programming/tls#configure-security-via-appcontext-switches-for-net-framework-46-or-later-versions',
            'https://learn.microsoft.com/dotnet/fundamentals/code-analysis/quality-rules/ca5361',
        ],
        files: { kinds: ['xml', 'msbuild', 'json', 'csharp', 'vb', 'fsharp', 'powershell'] },
        keywords: /DontEnableSchUseStrongCrypto|DontEnableSystemDefaultTlsVersions|DisableUsingServicePointManagerSecurityProtocols/,
        fixable: true,
        safe: '<AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=false" />',
        limits: 'Switch names built at run time are unknown; the effect of the `SystemDefault` switches depends on the OS registry.',
    },
    *check(file) {
        const code = file.code;
        // <AppContextSwitchOverrides value="A=true;B=false" />
        for (const m of code.matchAll(/<AppContextSwitchOverrides\b[^>]{0,400}?\bvalue\s*=\s*(["'])([^"'<>]{0,2000})\1/g)) {
            const valueStart = m.index + m[0].length - 1 - m[2].length;
            for (const sw of m[2].matchAll(/(Switch\.[\w.]{1,120})\s*=\s*(true)\b/gi)) {
                const at = valueStart + sw.index;
                const tStart = at + sw[0].length - sw[2].length;
                const r = switchMatch(file, sw[1], at, at + sw[0].length, tStart, tStart + sw[2].length, 'false');
                if (r)
                    yield r;
            }
        }
        // <RuntimeHostConfigurationOption Include="Switch…" Value="true" />
        for (const m of code.matchAll(/<RuntimeHostConfigurationOption\b[^>]{0,300}?\bInclude\s*=\s*"(Switch\.[\w.]{1,120})"[^>]{0,300}?\bValue\s*=\s*"(true)"/gi)) {
            const tStart = m.index + m[0].length - 1 - m[2].length;
            const r = switchMatch(file, m[1], m.index, m.index + m[0].length + 1, tStart, tStart + 4, 'false');
            if (r)
                yield r;
        }
        // runtimeconfig.json: "Switch…": true
        if (file.kind === 'json') {
            for (const m of code.matchAll(/"(Switch\.[\w.]{1,120})"\s*:\s*(true|"true")/gi)) {
                const tStart = m.index + m[0].length - m[2].length;
                const r = switchMatch(file, m[1], m.index, m.index + m[0].length, tStart, tStart + m[2].length, m[2].startsWith('"') ? '"false"' : 'false');
                if (r)
                    yield r;
            }
        }
        // AppContext.SetSwitch("Switch…", true) / [AppContext]::SetSwitch('Switch…', $true), also via a constant.
        if (file.kind !== 'xml' && file.kind !== 'msbuild' && file.kind !== 'json') {
            for (const m of file.text.matchAll(/\bSetSwitch\s*\(\s*([^,()\n]{1,200}?)\s*,\s*(true|True|\$true)\s*\)/g)) {
                if (code.slice(m.index, m.index + 9) !== 'SetSwitch')
                    continue; // commented out
                const arg = m[1].trim();
                let name;
                const literal = /^@?["']([^"']+)["']$/.exec(arg);
                if (literal)
                    name = literal[1];
                else if (/^[\w.]+$/.test(arg)) {
                    const id = arg.slice(arg.lastIndexOf('.') + 1);
                    name = file.fact(switchConstants).get(id);
                }
                if (!name || !SWITCH_NAME.test(name))
                    continue;
                const tStart = m.index + m[0].length - 1 - m[2].length;
                const r = switchMatch(file, name, m.index, m.index + m[0].length, tStart, tStart + m[2].length, m[2] === '$true' ? '$false' : m[2] === 'True' ? 'False' : 'false');
                if (r)
                    yield r;
            }
        }
    },
    examples: {
        valid: [
            {
                file: 'App.config',
                code: '<runtime>\n  <AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=false;Switch.System.Net.DontEnableSystemDefaultTlsVersions=false" />\n</runtime>',
            },
            {
                file: 'Web.config',
                code: '<!-- <AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=true" /> -->',
                note: 'commented out',
            },
            { file: 'src/Program.cs', code: 'AppContext.SetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", false);' },
            {
                file: 'src/Program.cs',
                code: 'AppContext.SetSwitch("System.Net.Http.SocketsHttpHandler.Http2UnencryptedSupport", true);',
                note: 'an unrelated switch',
            },
            {
                file: 'src/Program.cs',
                code: 'if (AppContext.TryGetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", out var on) && on) Warn();',
                note: 'reading a switch',
            },
            {
                file: 'app.runtimeconfig.template.json',
                code: '{ "configProperties": { "Switch.System.Net.DontEnableSystemDefaultTlsVersions": false } }',
            },
        ],
        invalid: [
            {
                file: 'App.config',
                code: '<configuration>\n  <runtime>\n    <AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=true" />\n  </runtime>\n</configuration>',
                findings: ['3:39 SSLv3 TLSv1.0'],
                output: '<configuration>\n  <runtime>\n    <AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=false" />\n  </runtime>\n</configuration>',
            },
            {
                file: 'Web.config',
                code: '<AppContextSwitchOverrides value="Switch.System.IdentityModel.DisableMultipleDNSEntriesInSANCertificate=true;Switch.System.Net.DontEnableSystemDefaultTlsVersions=true;Switch.System.ServiceModel.DisableUsingServicePointManagerSecurityProtocols=true" />',
                findings: ['1:110 TLSv1.0 TLSv1.1', '1:168 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'several switches separated by `;`',
            },
            {
                file: 'src/Startup.cs',
                code: 'AppContext.SetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", true);',
                findings: ['1:12 SSLv3 TLSv1.0'],
                output: 'AppContext.SetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", false);',
            },
            {
                file: 'src/Startup.cs',
                code: 'private const string WeakCrypto = "Switch.System.Net.DontEnableSchUseStrongCrypto";\nstatic void Init() => AppContext.SetSwitch(WeakCrypto, true);',
                findings: ['2:34 SSLv3 TLSv1.0'],
                note: 'switch name in a constant',
            },
            {
                file: 'src/Startup.vb',
                code: 'AppContext.SetSwitch("Switch.System.ServiceModel.DontEnableSystemDefaultTlsVersions", True)',
                findings: ['1:12 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'setup.ps1',
                code: "[AppContext]::SetSwitch('Switch.System.Net.DontEnableSchUseStrongCrypto', $true)",
                findings: ['1:15 SSLv3 TLSv1.0'],
            },
            {
                file: 'Service.csproj',
                code: '<ItemGroup>\n  <RuntimeHostConfigurationOption Include="Switch.System.Net.DontEnableSchUseStrongCrypto" Value="true" />\n</ItemGroup>',
                findings: ['2:3 SSLv3 TLSv1.0'],
            },
            {
                file: 'app.runtimeconfig.json',
                code: '{\n  "runtimeOptions": {\n    "configProperties": {\n      "Switch.System.Net.DontEnableSchUseStrongCrypto": true\n    }\n  }\n}',
                findings: ['4:7 SSLv3 TLSv1.0'],
            },
        ],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/dotnet/target-framework.ts


// ---------------------------------------------------------------------------------------------
// A13: target framework
// ---------------------------------------------------------------------------------------------
/** What an app targeting .NET Framework `version` (`4.5.2`) uses by default, or undefined for 4.7+. */
function frameworkDefault(version) {
    const m = /^(\d)(?:\.(\d))?(?:\.(\d))?$/.exec(version);
    if (!m)
        return undefined;
    const n = Number(m[1]) * 100 + Number(m[2] ?? 0) * 10 + Number(m[3] ?? 0);
    if (n < 200 || n >= 470)
        return undefined;
    if (n < 460)
        return {
            versions: LEGACY_SSL3_TLS,
            why: `an app that targets .NET Framework ${version} defaults to \`Ssl3 | Tls\` unless the registry (\`SchUseStrongCrypto\`) overrides it`,
        };
    return {
        versions: FRAMEWORK_46,
        why: `an app that targets .NET Framework ${version} defaults to \`Tls | Tls11 | Tls12\` instead of the OS default`,
    };
}
/** `net452` → `4.5.2`; `net48` → `4.8`; anything else (netstandard, net8.0) → undefined. */
function tfmVersion(tfm) {
    const m = /^net([1-4])(\d)(\d)?$/i.exec(tfm.trim());
    return m ? [m[1], m[2], m[3]].filter((x) => x !== undefined).join('.') : undefined;
}
function isApp(code) {
    return (/<OutputType>\s*(?:Win)?Exe\s*</i.test(code) ||
        /Sdk\s*=\s*"Microsoft\.NET\.Sdk\.Web/i.test(code) ||
        /349c5851-65df-11da-9384-00065b846f21/i.test(code));
}
const targetFramework = {
    meta: {
        id: 'dotnet/target-framework',
        title: '.NET Framework target defaults to legacy TLS',
        description: "On .NET Framework the target version picks `ServicePointManager`'s default: an app targeting 4.5.2 or earlier gets `Ssl3 | Tls`, 4.6–4.6.2 gets `Tls | Tls11 | Tls12`, and only 4.7+ uses the OS default (`SystemDefault`). Read from `<TargetFrameworkVersion>`, SDK-style `<TargetFramework(s)>`, `<httpRuntime targetFramework>` and `<supportedRuntime sku>`.",
        ecosystem: '.NET',
        catalogue: ['A13'],
        docs: [
            'https://learn.microsoft.com/dotnet/framework/network-programming/tls#audit-your-code-and-make-code-changes',
            'https://learn.microsoft.com/dotnet/api/system.web.configuration.httpruntimesection.targetframework',
        ],
        files: { kinds: ['msbuild', 'xml'] },
        keywords: /TargetFramework|supportedRuntime/,
        fixable: false,
        safe: '<TargetFrameworkVersion>v4.8</TargetFrameworkVersion>',
        limits: "Informational: the registry (`SchUseStrongCrypto`, `SystemDefaultTlsVersions`), AppContext switches or an explicit `SecurityProtocol` override the default; a library's target does not decide it (the app's does), so libraries get a note and apps a warning. An ASP.NET app without `<httpRuntime targetFramework>` runs in 4.0 compatibility mode, which is not reported.",
    },
    *check(file, ctx) {
        const code = file.code;
        const report = function* (at, end, version, severity, instead) {
            const d = frameworkDefault(version);
            if (!d || (0,src_versions/* below */.Gz)(d.versions, ctx.floor) === 0)
                return;
            yield { start: at, end, versions: d.versions, what: clipVb(file.text.slice(at, end)), why: d.why, instead, severity };
        };
        if (file.kind === 'msbuild') {
            const severity = isApp(code) ? 'warning' : 'note';
            for (const m of code.matchAll(/<TargetFrameworkVersion>\s*v?(\d(?:\.\d){1,2})\s*<\/TargetFrameworkVersion>/g)) {
                yield* report(m.index, m.index + m[0].length, m[1], severity, '`<TargetFrameworkVersion>v4.8</TargetFrameworkVersion>` (4.7+ uses the OS default)');
            }
            for (const m of code.matchAll(/<TargetFrameworks?>([^<]{1,400})<\/TargetFrameworks?>/g)) {
                const valueStart = m.index + m[0].indexOf('>') + 1;
                for (const t of m[1].matchAll(/[^;\s]+/g)) {
                    const version = tfmVersion(t[0]);
                    if (version)
                        yield* report(valueStart + t.index, valueStart + t.index + t[0].length, version, severity, '`net48` (or .NET 6+); 4.7+ uses the OS default');
                }
            }
            return;
        }
        for (const m of code.matchAll(/<httpRuntime\b[^>]{0,500}?\btargetFramework\s*=\s*"v?(\d(?:\.\d){1,2})"/g)) {
            yield* report(m.index, m.index + m[0].length, m[1], 'warning', '`<httpRuntime targetFramework="4.8" />` (4.7+ uses the OS default)');
        }
        for (const m of code.matchAll(/<supportedRuntime\b[^>]{0,300}?\bsku\s*=\s*"\.NETFramework\s*,\s*Version\s*=\s*v(\d(?:\.\d){1,2})[^"]{0,60}"/g)) {
            yield* report(m.index, m.index + m[0].length, m[1], 'note', '`sku=".NETFramework,Version=v4.8"` with the app built for 4.8');
        }
    },
    examples: {
        valid: [
            {
                file: 'src/App/App.csproj',
                code: '<PropertyGroup>\n  <OutputType>Exe</OutputType>\n  <TargetFrameworkVersion>v4.8</TargetFrameworkVersion>\n</PropertyGroup>',
            },
            {
                file: 'src/Lib/Lib.csproj',
                code: '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFrameworks>netstandard2.0;net6.0;net8.0</TargetFrameworks>\n  </PropertyGroup>\n</Project>',
                note: 'netstandard and net6.0+ are not .NET Framework',
            },
            {
                file: 'packages.config',
                code: '<packages>\n  <package id="Newtonsoft.Json" version="13.0.1" targetFramework="net45" />\n</packages>',
                note: 'the framework a package was installed for',
            },
            {
                file: 'Web.config',
                code: '<system.web>\n  <compilation debug="true" targetFramework="4.5" />\n  <httpRuntime targetFramework="4.7.2" />\n</system.web>',
                note: '`compilation` does not choose the runtime behaviour',
            },
            {
                file: 'src/App/App.csproj',
                code: "<PropertyGroup Condition=\"'$(TargetFramework)' == 'net45'\">\n  <DefineConstants>NET45</DefineConstants>\n</PropertyGroup>",
                note: 'a condition, not a target',
            },
            { file: 'App.config', code: '<startup>\n  <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />\n</startup>' },
        ],
        invalid: [
            {
                file: 'src/Service/Service.csproj',
                code: '<PropertyGroup>\n  <OutputType>WinExe</OutputType>\n  <TargetFrameworkVersion>v4.5.2</TargetFrameworkVersion>\n</PropertyGroup>',
                findings: ['3:3 SSLv3 TLSv1.0'],
                severity: 'warning',
            },
            {
                file: 'src/Lib/Lib.csproj',
                code: '<PropertyGroup>\n  <OutputType>Library</OutputType>\n  <TargetFrameworkVersion>v4.6.1</TargetFrameworkVersion>\n</PropertyGroup>',
                findings: ['3:3 TLSv1.0 TLSv1.1'],
                severity: 'note',
                note: 'library: the app decides',
            },
            {
                file: 'src/Lib/Lib.csproj',
                code: '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFrameworks>net452;net8.0</TargetFrameworks>\n  </PropertyGroup>\n</Project>',
                findings: ['3:23 SSLv3 TLSv1.0'],
                severity: 'note',
                note: 'multi-target: only the .NET Framework target',
            },
            {
                file: 'src/Tool/Tool.csproj',
                code: '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net45</TargetFramework>\n  </PropertyGroup>\n</Project>',
                findings: ['4:22 SSLv3 TLSv1.0'],
                severity: 'warning',
            },
            {
                file: 'Web.config',
                code: '<system.web>\n  <compilation targetFramework="4.5" />\n  <httpRuntime targetFramework="4.5" maxRequestLength="4096" />\n</system.web>',
                findings: ['3:3 SSLv3 TLSv1.0'],
                severity: 'warning',
            },
            {
                file: 'App.config',
                code: '<startup>\n  <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.5.2" />\n</startup>',
                findings: ['2:3 SSLv3 TLSv1.0'],
                severity: 'note',
            },
        ],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/dotnet/winhttp.ts


// ---------------------------------------------------------------------------------------------
// A14: WinHttpRequest Option(9) (VBScript, ASP, VBA, JScript, COM interop)
// ---------------------------------------------------------------------------------------------
const WINHTTP_FLAG_VALUES = {
    ssl2: 0x08,
    ssl3: 0x20,
    tls1: 0x80,
    tls1_1: 0x200,
    tls1_2: 0x800,
    tls1_3: 0x2000,
    all: 0xa8,
};
function winHttpMaskFix(text, n, floor) {
    let keep = 0;
    for (const [mask, v] of WINHTTP_BITS)
        if ((n & mask) !== 0 && (0,src_versions/* below */.Gz)((0,src_versions/* setOf */.s4)(v), floor) === 0)
            keep |= mask;
    if (keep === 0)
        keep = floor === 'TLSv1.3' ? 0x2000 : 0x800;
    if (/^&H/i.test(text))
        return `&H${keep.toString(16).toUpperCase()}`;
    if (/^0x/i.test(text))
        return `0x${keep.toString(16).toUpperCase()}`;
    return String(keep);
}
/** The numbers the file's `Const NAME = …` lines give (VB: names in lower case), the first per name, read once. */
function numericConstants(file) {
    const byName = new Map();
    for (const m of file.code.matchAll(/\bConst\s+([A-Za-z_]\w*)\s*(?:As\s+\w+\s*)?=\s*(&H[0-9a-f]+&?|0x[0-9a-f]+|\d+)/gi)) {
        const name = m[1].toLowerCase();
        if (!byName.has(name))
            byName.set(name, m[2]);
    }
    return byName;
}
const winHttpOption = {
    meta: {
        id: 'dotnet/winhttp-option-secure-protocols',
        title: 'WinHttpRequest SecureProtocols option enables legacy TLS',
        description: '`WinHttp.WinHttpRequest.5.1` option 9 (`WinHttpRequestOption_SecureProtocols`) is a bit mask: 0x8 SSL 2, 0x20 SSL 3, 0x80 TLS 1.0, 0x200 TLS 1.1, 0x800 TLS 1.2, 0x2000 TLS 1.3. `128` or `2720` (0xAA0) enable legacy versions.',
        ecosystem: '.NET',
        catalogue: ['A14'],
        docs: ['https://learn.microsoft.com/windows/win32/winhttp/winhttprequestoption'],
        files: { kinds: ['vbscript', 'asp', 'vb', 'csharp', 'js', 'powershell', 'batch', 'other'] },
        keywords: /Option\(9|Option \(9|Option\( 9|SecureProtocols/,
        fixable: true,
        safe: 'objHTTP.Option(9) = 2048',
        limits: 'A mask held in a variable assigned elsewhere is unknown.',
    },
    *check(file, ctx) {
        const code = file.code;
        const re = /\bOption\s*[([]\s*(?:9|(?:[\w.]{0,120}\.)?WinHttpRequestOption_SecureProtocols)\s*[)\]]\s*=(?!=)[ \t]*([^\n;:'"]{1,200})|\bset_Option\s*\(\s*(?:9|(?:[\w.]{0,120}\.)?WinHttpRequestOption_SecureProtocols)\s*,\s*([^\n;)]{1,200})\)/gi;
        for (const m of code.matchAll(re)) {
            if (/\b(?:If|ElseIf|While|Until|Case|if|while)\b/i.test(code.slice(lastNl(code, m.index) + 1, m.index)))
                continue; // a comparison
            // Comment styles the masking does not know (FoxPro `&&`, VBA in `.bas`/`.cls`) end the value.
            const raw = (m[1] ?? m[2]).replace(/\s+&&.*$|\s*\/\/.*$|\s+Then\b.*$/i, '').replace(/\s+$/, '');
            const valueStart = m.index + m[0].lastIndexOf(raw);
            let set = 0;
            let known = false;
            let numbers = 0;
            let first;
            for (const t of raw.split(/\s*(?:\bOr\b|\||\+|-bor)\s*/i)) {
                const term = t.trim().replace(/^\(+|\)+$/g, '');
                let n = parseNumber(term);
                if (n === undefined) {
                    const flag = /^(?:[\w.]+\.)?WINHTTP_FLAG_SECURE_PROTOCOL_(\w+)$/i.exec(term);
                    if (flag)
                        n = WINHTTP_FLAG_VALUES[flag[1].toLowerCase()];
                    else if (/^[A-Za-z_]\w*$/.test(term)) {
                        const c = file.fact(numericConstants).get(term.toLowerCase());
                        if (c)
                            n = parseNumber(c);
                    }
                }
                else {
                    numbers++;
                    first ??= { text: term, n };
                }
                if (n === undefined)
                    continue;
                known = true;
                set |= fromBits(n, WINHTTP_BITS);
            }
            if (!known || (0,src_versions/* below */.Gz)(set, ctx.floor) === 0)
                continue;
            const single = numbers === 1 && first && raw.trim() === first.text;
            yield {
                start: m.index,
                end: valueStart + raw.length,
                versions: set,
                what: clipVb(file.text.slice(m.index, valueStart + raw.length)),
                why: `the mask enables ${describeWinHttp(set)}`,
                instead: ctx.floor === 'TLSv1.3' ? '`Option(9) = 8192` (TLS 1.3)' : '`Option(9) = 2048` (TLS 1.2) or `10240` (TLS 1.2 and 1.3)',
                fix: single && first
                    ? { start: valueStart, end: valueStart + raw.length, text: winHttpMaskFix(first.text, first.n, ctx.floor) }
                    : undefined,
            };
        }
    },
    examples: {
        valid: [
            { file: 'scripts/post.vbs', code: 'Set objHTTP = CreateObject("WinHttp.WinHttpRequest.5.1")\nobjHTTP.Option(9) = 2048' },
            { file: 'default.asp', code: "http.Option(9) = &H2800  ' TLS 1.2 + 1.3" },
            { file: 'scripts/post.vbs', code: "' objHTTP.Option(9) = 128\nobjHTTP.Option(9) = 2048", note: 'commented out' },
            { file: 'scripts/post.vbs', code: "objHTTP.Option(4) = 13056  ' ignore certificate errors", note: 'another option' },
            {
                file: 'scripts/check.vbs',
                code: 'If objHTTP.Option(9) = 128 Then WScript.Echo "TLS 1.0"',
                note: 'reading the option in a condition',
            },
        ],
        invalid: [
            {
                file: 'scripts/post.vbs',
                code: 'Set objHTTP = CreateObject("WinHttp.WinHttpRequest.5.1")\nobjHTTP.Option(9) = 2720',
                findings: ['2:9 SSLv3 TLSv1.0 TLSv1.1'],
                output: 'Set objHTTP = CreateObject("WinHttp.WinHttpRequest.5.1")\nobjHTTP.Option(9) = 2048',
            },
            {
                file: 'includes/api.asp',
                code: '<%\nhttp.Option(9) = 128\n%>',
                findings: ['2:6 TLSv1.0'],
                output: '<%\nhttp.Option(9) = 2048\n%>',
            },
            {
                file: 'scripts/post.vbs',
                code: 'objHTTP.Option(9) = &HA80',
                findings: ['1:9 TLSv1.0 TLSv1.1'],
                output: 'objHTTP.Option(9) = &H800',
            },
            {
                file: 'scripts/post.vbs',
                code: 'Const WinHttpRequestOption_SecureProtocols = 9\nConst SECURE_TLS1 = &H80\nConst SECURE_TLS12 = &H800\nhttp.Option(WinHttpRequestOption_SecureProtocols) = SECURE_TLS1 Or SECURE_TLS12',
                findings: ['4:6 TLSv1.0'],
                note: 'constants resolved in the file',
            },
            {
                file: 'lib/http.prg',
                code: 'This.oXMLHTTP.option(9) = 2720 && TLS SUPPORT',
                findings: ['1:15 SSLv3 TLSv1.0 TLSv1.1'],
                output: 'This.oXMLHTTP.option(9) = 2048 && TLS SUPPORT',
                note: 'Visual FoxPro comment',
            },
            {
                file: 'src/Main.bas',
                code: "' WinHttpRequestOption_SecureProtocols = 9\nhttp.Option(9) = 128 + 512 + 2048",
                findings: ['2:6 TLSv1.0 TLSv1.1'],
                note: 'VBA module, sum of bits',
            },
            { file: 'src/Download.bas', code: 'http.Option(9) = &HA00', findings: ['1:6 TLSv1.1'], output: 'http.Option(9) = &H800' },
            {
                file: 'tools/fetch.js',
                code: 'var http = new ActiveXObject("WinHttp.WinHttpRequest.5.1");\nhttp.Option(9) = 0x0A00;',
                findings: ['2:6 TLSv1.1'],
            },
        ],
    },
};
// ---------------------------------------------------------------------------------------------
// A15: WINHTTP_FLAG_SECURE_PROTOCOL_* (C/C++ and P/Invoke)
// ---------------------------------------------------------------------------------------------
const WINHTTP_FLAGS = {
    atom: /(?<![\w])WINHTTP_FLAG_SECURE_PROTOCOL_(\w+)/,
    member: (name) => {
        const n = WINHTTP_FLAG_VALUES[name.toLowerCase()];
        return n === undefined ? undefined : fromBits(n, WINHTTP_BITS);
    },
    bits: WINHTTP_BITS,
};
const winHttpFlags = {
    meta: {
        id: 'dotnet/winhttp-secure-protocol-flags',
        title: 'WinHTTP secure-protocol flags enable legacy TLS',
        description: '`WinHttpSetOption(h, WINHTTP_OPTION_SECURE_PROTOCOLS, …)` takes a mask of `WINHTTP_FLAG_SECURE_PROTOCOL_*` flags. `SSL2`, `SSL3`, `TLS1`, `TLS1_1` and `ALL` (= SSL 2 | SSL 3 | TLS 1.0) enable legacy versions.',
        ecosystem: '.NET',
        catalogue: ['A15'],
        docs: ['https://learn.microsoft.com/windows/win32/winhttp/option-flags#WINHTTP_OPTION_SECURE_PROTOCOLS'],
        files: { kinds: NATIVE_KINDS },
        keywords: /WINHTTP_FLAG_SECURE_PROTOCOL_/,
        fixable: true,
        safe: 'DWORD protocols = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;',
        limits: 'Numeric masks passed without the flag names are not read in C/C++.',
    },
    *check(file, ctx) {
        const instead = ctx.floor === 'TLSv1.3'
            ? '`WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3`'
            : '`WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3`';
        for (const m of flagExpressions(file, WINHTTP_FLAGS, /(?<![\w])WINHTTP_FLAG_SECURE_PROTOCOL_(?:SSL[23]|TLS1(?:_[0-3])?|ALL)\b/)) {
            const r = nativeFlagMatch(file, ctx, m, /^WINHTTP_FLAG_/, instead);
            if (r)
                yield r;
        }
    },
    examples: {
        valid: [
            {
                file: 'src/http.cpp',
                code: 'DWORD protocols = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;\nWinHttpSetOption(hSession, WINHTTP_OPTION_SECURE_PROTOCOLS, &protocols, sizeof(protocols));',
            },
            {
                file: 'include/compat.h',
                code: '#ifndef WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1\n#define WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 0x00000200\n#endif',
                note: 'header definitions',
            },
            { file: 'src/http.c', code: 'if (flags & WINHTTP_FLAG_SECURE_PROTOCOL_TLS1) log_warn("TLS 1.0 enabled");', note: 'flag test' },
            {
                file: 'src/http.c',
                code: 'protocols &= ~(WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1);',
                note: 'removing',
            },
            { file: 'src/Native.cs', code: 'internal const uint WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 = 0x00000080;', note: 'P/Invoke constant' },
            {
                file: 'tests/WinHttpHandlerTest.cs',
                code: '[InlineData(SslProtocols.Tls, Interop.WinHttp.WINHTTP_FLAG_SECURE_PROTOCOL_TLS1)]\npublic void Maps(SslProtocols p, uint flags) { }',
                note: 'test data',
            },
        ],
        invalid: [
            {
                file: 'src/http.cpp',
                code: 'DWORD flags = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 |\n              WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 |\n              WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2;\nWinHttpSetOption(h, WINHTTP_OPTION_SECURE_PROTOCOLS, &flags, sizeof(flags));',
                findings: ['1:7 TLSv1.0 TLSv1.1'],
                output: 'DWORD flags = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2;\nWinHttpSetOption(h, WINHTTP_OPTION_SECURE_PROTOCOLS, &flags, sizeof(flags));',
            },
            {
                file: 'src/http.c',
                code: 'DWORD protocols = WINHTTP_FLAG_SECURE_PROTOCOL_ALL;',
                findings: ['1:7 SSLv2 SSLv3 TLSv1.0'],
                note: '`ALL` is SSL 2 | SSL 3 | TLS 1.0',
            },
            {
                file: 'src/config.h',
                code: '#define MY_SECURE_PROTOCOLS (WINHTTP_FLAG_SECURE_PROTOCOL_SSL3 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1)',
                findings: ['1:1 SSLv3 TLSv1.0'],
                note: 'an application macro',
            },
            {
                file: 'src/Native.cs',
                code: 'uint protocols = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2;',
                findings: ['1:6 TLSv1.1'],
            },
            {
                file: 'src/provider.cpp',
                code: 'return SecurityInformation{ WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 };',
                findings: ['1:29 TLSv1.0 TLSv1.1'],
                note: 'C++ brace initialisation',
            },
            {
                file: 'src/update.c',
                code: '#ifdef WINHTTP_OPTION_SECURE_PROTOCOLS\n    DWORD prot = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 |\n                 WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2;\n#ifdef WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3\n    prot |= WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;\n#endif\n#endif',
                findings: ['2:11 TLSv1.0 TLSv1.1'],
            },
        ],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/dotnet/schannel.ts


// ---------------------------------------------------------------------------------------------
// A16: Schannel SP_PROT_* (SCHANNEL_CRED.grbitEnabledProtocols)
// ---------------------------------------------------------------------------------------------
const SP_TLS1_X = (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.3');
function spProt(name) {
    const n = name.toUpperCase();
    const side = '(?:_CLIENTS?|_SERVERS?)?';
    const is = (base) => new RegExp(`^${base}${side}$`).test(n);
    if (is('PCT1') || is('SSL2'))
        return (0,src_versions/* setOf */.s4)('SSLv2');
    if (is('SSL3'))
        return (0,src_versions/* setOf */.s4)('SSLv3');
    if (is('TLS1') || is('TLS1_0'))
        return (0,src_versions/* setOf */.s4)('TLSv1.0');
    if (is('TLS1_1'))
        return (0,src_versions/* setOf */.s4)('TLSv1.1');
    if (is('TLS1_2'))
        return (0,src_versions/* setOf */.s4)('TLSv1.2');
    if (is('TLS1_3'))
        return (0,src_versions/* setOf */.s4)('TLSv1.3');
    if (is('SSL3TLS1'))
        return LEGACY_SSL3_TLS;
    if (is('TLS1_X'))
        return SP_TLS1_X;
    if (is('SSL3TLS1_X'))
        return SP_TLS1_X | (0,src_versions/* setOf */.s4)('SSLv3');
    if (is('TLS1_1PLUS'))
        return (0,src_versions/* range */.y1)('TLSv1.1', 'TLSv1.3');
    if (is('TLS1_2PLUS'))
        return (0,src_versions/* range */.y1)('TLSv1.2', 'TLSv1.3');
    if (is('TLS1_3PLUS'))
        return (0,src_versions/* setOf */.s4)('TLSv1.3');
    if (is('X'))
        return (0,src_versions/* range */.y1)('SSLv2', 'TLSv1.3');
    if (n === 'CLIENTS' || n === 'SERVERS')
        return (0,src_versions/* range */.y1)('SSLv2', 'TLSv1.0');
    if (n === 'ALL')
        return (0,src_versions/* range */.y1)('SSLv2', 'TLSv1.3');
    if (n === 'NONE' || n === 'DEFAULT')
        return null;
    return undefined;
}
const SP_PROT = { atom: /(?<![\w])SP_PROT_(\w+)/, member: spProt, bits: SCHANNEL_BITS };
const schannelProtocols = {
    meta: {
        id: 'dotnet/schannel-protocols',
        title: 'Schannel SP_PROT flags enable legacy TLS',
        description: '`SCHANNEL_CRED.grbitEnabledProtocols` lists the versions an Schannel credential may negotiate. `SP_PROT_PCT1_*`, `SP_PROT_SSL2_*`, `SP_PROT_SSL3_*`, `SP_PROT_TLS1_*`/`TLS1_0_*`, `TLS1_1_*` and combined macros such as `SP_PROT_SSL3TLS1_CLIENTS`, `SP_PROT_TLS1_X_CLIENT` or `SP_PROT_ALL` enable legacy versions.',
        ecosystem: '.NET',
        catalogue: ['A16'],
        docs: [
            'https://learn.microsoft.com/windows/win32/api/schannel/ns-schannel-schannel_cred',
            'https://learn.microsoft.com/windows/win32/api/schannel/ns-schannel-tls_parameters',
        ],
        files: { kinds: NATIVE_KINDS },
        keywords: /SP_PROT_/,
        fixable: true,
        safe: 'cred.grbitEnabledProtocols = SP_PROT_TLS1_2_CLIENT | SP_PROT_TLS1_3_CLIENT;',
        limits: "PCT 1.0 is reported as SSLv2 (the closest version the report knows); `grbitDisabledProtocols` lists are disabling and stay quiet; a flag chosen in one `case` of a switch (mapping a caller's setting) is a note, under an `if` a warning; positional `SCHANNEL_CRED` initialisers (`{ SCHANNEL_CRED_VERSION, 0, …, SP_PROT_TLS1_CLIENT }`) and numeric masks are not read.",
    },
    *check(file, ctx) {
        const instead = ctx.floor === 'TLSv1.3'
            ? '`SP_PROT_TLS1_3_CLIENT` (or `SCH_CREDENTIALS` with `TLS_PARAMETERS.grbitDisabledProtocols`)'
            : '`SP_PROT_TLS1_2_CLIENT | SP_PROT_TLS1_3_CLIENT` (or `SCH_CREDENTIALS` with `TLS_PARAMETERS.grbitDisabledProtocols`)';
        for (const m of flagExpressions(file, SP_PROT, /(?<![\w])SP_PROT_(?:PCT1|SSL[23]|TLS1|TLS1_[01]|TLS1_1PLUS|SSL3TLS1|TLS1_X|SSL3TLS1_X|X|CLIENTS|SERVERS|ALL)(?:_CLIENTS?|_SERVERS?)?\b/)) {
            const r = nativeFlagMatch(file, ctx, m, /^SP_PROT_/, instead);
            if (r)
                yield r;
        }
    },
    examples: {
        valid: [
            {
                file: 'src/tls.c',
                code: 'SCHANNEL_CRED cred = { 0 };\ncred.dwVersion = SCHANNEL_CRED_VERSION;\ncred.grbitEnabledProtocols = SP_PROT_TLS1_2_CLIENT | SP_PROT_TLS1_3_CLIENT;',
            },
            {
                file: 'src/tls.c',
                code: 'TLS_PARAMETERS params = { 0 };\nparams.grbitDisabledProtocols = SP_PROT_SSL3_CLIENT | SP_PROT_TLS1_0_CLIENT | SP_PROT_TLS1_1_CLIENT;',
                note: 'disabling list',
            },
            {
                file: 'src/tls.cpp',
                code: 'switch (info.dwProtocol) {\ncase SP_PROT_TLS1_0_CLIENT: return "TLS 1.0";\ncase SP_PROT_TLS1_1_CLIENT: return "TLS 1.1";\n}',
                note: 'naming the negotiated version',
            },
            {
                file: 'include/schannel_compat.h',
                code: '#ifndef SP_PROT_TLS1_1_CLIENT\n#define SP_PROT_TLS1_1_CLIENT 0x00000200\n#endif\n#define SP_PROT_SSL3TLS1_CLIENTS (SP_PROT_TLS1_CLIENT | SP_PROT_SSL3_CLIENT)',
                note: 'SDK-style definitions',
            },
            {
                file: 'include/schannel.h',
                code: '#define SP_PROT_TLS1_X_CLIENT      ( SP_PROT_TLS1_0_CLIENT \\\n                                   | SP_PROT_TLS1_1_CLIENT \\\n                                   | SP_PROT_TLS1_2_CLIENT )\n#define SP_PROT_SSL3TLS1_X_CLIENTS (SP_PROT_SSL3_CLIENT | SP_PROT_TLS1_X_CLIENT)',
                note: 'multi-line macro definitions',
            },
            { file: 'src/tls.c', code: 'if (conn.dwProtocol & (SP_PROT_SSL3_CLIENT | SP_PROT_TLS1_CLIENT)) warn_legacy();', note: 'flag test' },
            {
                file: 'src/Interop.SChannel.cs',
                code: 'public const int SP_PROT_TLS1_0 = (SP_PROT_TLS1_0_SERVER | SP_PROT_TLS1_0_CLIENT);',
                note: 'P/Invoke definitions',
            },
        ],
        invalid: [
            {
                file: 'src/socket.cpp',
                code: 'schannelCred.dwVersion = SCHANNEL_CRED_VERSION;\nschannelCred.grbitEnabledProtocols = SP_PROT_TLS1_CLIENT;',
                findings: ['2:1 TLSv1.0'],
                note: 'no fix: the client/server suffix of a single flag is kept by hand',
            },
            {
                file: 'src/tls.c',
                code: 'SCHANNEL_CRED cred = {\n    .dwVersion = SCHANNEL_CRED_VERSION,\n    .grbitEnabledProtocols = SP_PROT_TLS1_0_CLIENT | SP_PROT_TLS1_1_CLIENT | SP_PROT_TLS1_2_CLIENT,\n};',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
                output: 'SCHANNEL_CRED cred = {\n    .dwVersion = SCHANNEL_CRED_VERSION,\n    .grbitEnabledProtocols = SP_PROT_TLS1_2_CLIENT,\n};',
            },
            {
                file: 'src/server.cpp',
                code: 'cred.grbitEnabledProtocols = SP_PROT_SSL3TLS1_SERVERS;',
                findings: ['1:1 SSLv3 TLSv1.0'],
                note: 'combined macro',
            },
            {
                file: 'src/tls.c',
                code: '#ifndef SP_PROT_TLS1_1_CLIENT\n#define SP_PROT_TLS1_1_CLIENT 0x00000200\n#endif\nstatic void init(SCHANNEL_CRED *c)\n{\n    c->grbitEnabledProtocols = SP_PROT_TLS1_1_CLIENT | SP_PROT_TLS1_2_CLIENT;\n}',
                findings: ['6:8 TLSv1.1'],
                note: 'a macro before the assignment ends at its line',
            },
            {
                file: 'src/server.cpp',
                code: 'cred.grbitEnabledProtocols = SP_PROT_TLS1_1PLUS_SERVER;',
                findings: ['1:1 TLSv1.1'],
                note: '`1PLUS` starts at TLS 1.1',
            },
            {
                file: 'src/server.cpp',
                code: 'cred.grbitEnabledProtocols = SP_PROT_TLS1_X_SERVER;',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                note: '`TLS1_X` is TLS 1.0 to 1.3',
            },
            {
                file: 'src/client.c',
                code: 'SchannelCred.grbitEnabledProtocols = SP_PROT_PCT1 | SP_PROT_SSL2 | SP_PROT_SSL3;',
                findings: ['1:1 SSLv2 SSLv3'],
                note: 'PCT reported as SSLv2',
            },
            {
                file: 'src/wget_ssl.c',
                code: 'switch (opt.secure_protocol) {\ncase secure_protocol_tlsv1:\n    schannel_cred.grbitEnabledProtocols = SP_PROT_TLS1_0_CLIENT;\n    break;\n}',
                findings: ['3:5 TLSv1.0'],
                severity: 'note',
                note: 'maps a user option',
            },
            {
                file: 'lib/vtls/schannel.c',
                code: 'switch(ssl_version) {\ncase SSLVERSION_DEFAULT:\ncase SSLVERSION_TLSv1:\n  schannel_cred.grbitEnabledProtocols = SP_PROT_TLS1_0_CLIENT |\n    SP_PROT_TLS1_1_CLIENT |\n    SP_PROT_TLS1_2_CLIENT;\n  break;\n}',
                findings: ['4:3 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'the default case of a mapping is what most callers get',
            },
            {
                file: 'src/ma_schannel.c',
                code: 'if (strstr(tls_version, "TLSv1.1"))\n    Enabled_Protocols |= SP_PROT_TLS1_1_CLIENT;',
                findings: ['2:5 TLSv1.1'],
                severity: 'warning',
            },
        ],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/dotnet/index.ts








const rules = [
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

;// CONCATENATED MODULE: ./src/scan/rules/windows/shared.ts

const DWORD_VALUE = String.raw `(?:0x|\$)?[0-9a-fA-F]{1,10}`;
/** Reads a DWORD as written: `dword:` data and `0x`/`$` prefixes are hexadecimal, digits decimal. */
function parseDword(raw, hex) {
    const t = raw.trim();
    if (/^0x[0-9a-f]{1,8}$/i.test(t))
        return parseInt(t.slice(2), 16);
    if (/^\$[0-9a-f]{1,8}$/i.test(t))
        return parseInt(t.slice(1), 16);
    if (hex && /^[0-9a-f]{1,8}$/i.test(t))
        return parseInt(t, 16);
    if (/^\d{1,10}$/.test(t)) {
        const n = Number(t);
        return n <= 0xffffffff ? n : undefined;
    }
    return undefined;
}
/** Writes a number in the style of `raw`: `dword:` width, `0x` or `$` prefix, or decimal. */
function writeDword(n, raw, form) {
    const hex = n.toString(16);
    if (form === 'reg')
        return hex.padStart(raw.length, '0');
    if (/^0x/i.test(raw))
        return `0x${hex.padStart(raw.length - 2 > 4 ? raw.length - 2 : 0, '0')}`;
    if (raw.startsWith('$'))
        return `$${hex.toUpperCase().padStart(raw.length - 1 > 4 ? raw.length - 1 : 0, '0')}`;
    return String(n);
}
function lineBounds(code, at) {
    const start = (0,source/* lastNewline */.Ly)(code, at - 1) + 1;
    let end = (0,source/* nextNewline */.m8)(code, at);
    if (end < 0)
        end = code.length;
    return [start, end];
}
/**
 * A logical line: PowerShell continues a line that ends with a backtick, shells and Dockerfiles
 * with a backslash, batch with a caret. At most eight physical lines.
 */
function logicalLine(code, at) {
    let [start, end] = lineBounds(code, at);
    for (let i = 0; i < 8 && start > 1 && /[`\\^][ \t]*\r?$/.test(code.slice(Math.max(0, start - 3), start - 1)); i++) {
        start = (0,source/* lastNewline */.Ly)(code, start - 2) + 1;
    }
    for (let i = 0; i < 8 && /[`\\^][ \t]*\r?$/.test(code.slice(Math.max(start, end - 3), end)) && end < code.length; i++) {
        const next = (0,source/* nextNewline */.m8)(code, end + 1);
        end = next < 0 ? code.length : next;
    }
    return [start, end];
}
/** Every write of one of the value names in `names` (a regular expression source, an alternation). */
function* registryWrites(code, names) {
    const seen = new Set();
    const emit = (w) => {
        if (seen.has(w.nameStart))
            return undefined;
        seen.add(w.nameStart);
        return w;
    };
    // 1. `.reg` files: "Enabled"=dword:00000001
    const reg = new RegExp(String.raw `"(${names})"[ \t]*=[ \t]*dword:([0-9a-fA-F]{1,8})\b`, 'gi');
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
        if (w)
            yield w;
    }
    // 2. reg add "HKLM\…" /v Enabled /t REG_DWORD /d 1 /f (options in any order, one logical line)
    const regAdd = /\breg(?:\.exe)?["']?[ \t]+add\b/gi;
    for (let m = regAdd.exec(code); m; m = regAdd.exec(code)) {
        const [, end] = logicalLine(code, m.index);
        const line = code.slice(m.index, end);
        const v = new RegExp(String.raw `[ \t]/v[ \t]+(\\?["']?)(${names})\1(?=[\s"'\\]|$)`, 'i').exec(line);
        const d = new RegExp(String.raw `[ \t]/d[ \t]+(\\?["']?)(${DWORD_VALUE})\1(?=[\s"'\\]|$)`, 'i').exec(line);
        if (!v)
            continue;
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
        if (w)
            yield w;
    }
    // 3. PowerShell cmdlets: New-ItemProperty/Set-ItemProperty -Path … -Name Enabled -Value 1
    const cmdlet = /\b(?:New|Set)-ItemProperty\b|(?:^|[;|{(][ \t]*)sp[ \t]/gim;
    for (let m = cmdlet.exec(code); m; m = cmdlet.exec(code)) {
        const [, end] = logicalLine(code, m.index);
        const stmt = code.slice(m.index, end);
        const base = m.index;
        const named = new RegExp(String.raw `[ \t]-Name(?::|[ \t]+)(["']?)(${names})\1(?![\w-])`, 'i').exec(stmt);
        const value = new RegExp(String.raw `[ \t]-Value(?::|[ \t]+)(["']?)(${DWORD_VALUE})\1(?![\w.$])`, 'i').exec(stmt);
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
            if (w)
                yield w;
            continue;
        }
        // Positional: Set-ItemProperty $path Enabled 1 / Set-ItemProperty -Path $path Enabled 1
        const positional = new RegExp(String.raw `^\S+[ \t]+(?:-(?:Literal)?Path[ \t]+)?(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'|[^\s"'-]\S{0,300})[ \t]+(["']?)(${names})\1[ \t]+(["']?)(${DWORD_VALUE})\3(?![\w.$])`, 'i').exec(stmt);
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
            if (w)
                yield w;
        }
    }
    // 4. Key/value blocks: DSC ValueName/ValueData, splatting Name/Value, Ansible name/data, Salt
    //    vname/vdata, Inno Setup ValueName/ValueData, Chef name/data, Puppet `…\Server\Enabled'` + data.
    const nameKey = new RegExp(String.raw `(?<![\w-])(?:ValueName|vname|name)[ \t]*(?:=>|[:=])[ \t]*(?:-[ \t]+)?(["']?):?(${names})\1(?![\w-])|\\(?:Server|Client)\\{1,2}(${names})(?=["'])`, 'gi');
    const valueKey = new RegExp(String.raw `(?<![\w-])(?:ValueData|vdata|data|value)[ \t]*(?:=>|[:=])[ \t]*(?:-[ \t]+)?(?:@\([ \t]*)?(["']?)(${DWORD_VALUE})\1(?![\w.$])`, 'gi');
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
        const ahead = code.slice(0, after + 300 + source/* LINE_LOOKBACK */.YV);
        anyNameKey.lastIndex = after;
        const nextName = anyNameKey.exec(ahead);
        if (nextName && nextName.index < windowEnd)
            windowEnd = nextName.index;
        valueKey.lastIndex = after;
        let v = valueKey.exec(ahead);
        if (v && v.index + v[0].length > windowEnd)
            v = null;
        // A value key that follows with something else than a number (`data: "{{ x }}"`) is unknown.
        anyValueKey.lastIndex = after;
        const written = anyValueKey.exec(ahead);
        const otherValue = !v && written !== null && written.index < windowEnd;
        if (!v && !otherValue) {
            const from = Math.max(0, m.index - 300);
            const back = code.slice(from, m.index);
            let lastName = -1;
            const names = new RegExp(anyNameKey.source, 'gi');
            for (let k = names.exec(back); k; k = names.exec(back))
                lastName = k.index + k[0].length;
            const re = new RegExp(valueKey.source, 'gi');
            let found = null;
            for (let k = re.exec(back); k; k = re.exec(back))
                if (k.index >= lastName)
                    found = k;
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
        if (w)
            yield w;
    }
    // 5. Calls: $key.SetValue('Enabled', 1), Registry.SetValue(path, "Enabled", 1),
    //    winreg.SetValueEx(key, "Enabled", 0, winreg.REG_DWORD, 1)
    const call = new RegExp(String.raw `\bSetValue[ \t]*\((?:[^()\n]{0,300}?,)?[ \t]*(["'])(${names})\1[ \t]*,[ \t]*(?:\(u?int\)[ \t]*)?(${DWORD_VALUE})(?![\w.$])|\bSetValueEx[ \t]*\([^()\n]{0,300}?,[ \t]*(["'])(${names})\4[ \t]*,[ \t]*0[ \t]*,[ \t]*[\w.]{0,40}REG_DWORD[ \t]*,[ \t]*(${DWORD_VALUE})(?![\w.$])`, 'gi');
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
        if (w)
            yield w;
    }
}
/** A write as a short text: `Enabled=0xffffffff`. */
function writeText(w) {
    return `${w.name}=${w.form === 'reg' ? 'dword:' : ''}${w.raw}`;
}
/** The writes with a fix that writes `n` in place of the value, in the value's own style. */
function valueFix(w, n) {
    if (w.raw === '')
        return undefined;
    return { start: w.valueStart, end: w.valueEnd, text: writeDword(n, w.raw, w.form) };
}
const REGISTRY_KINDS = [
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
const PS_KINDS = [
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

;// CONCATENATED MODULE: ./src/scan/rules/windows/schannel.ts


// ---------------------------------------------------------------------------------------------
// B1: Schannel protocol keys
// ---------------------------------------------------------------------------------------------
const PROTOCOL_KEY = /(SSL 2\.0|SSL 3\.0|TLS 1\.[0-3]|DTLS 1\.[0-3]|PCT 1\.0|Multi-Protocol Unified Hello)\\{1,2}(Server|Client)(?![\w])/gi;
const SCHANNEL_PROTOCOLS = {
    'ssl 2.0': (0,src_versions/* setOf */.s4)('SSLv2'),
    'pct 1.0': (0,src_versions/* setOf */.s4)('SSLv2'),
    'multi-protocol unified hello': (0,src_versions/* setOf */.s4)('SSLv2'),
    'ssl 3.0': (0,src_versions/* setOf */.s4)('SSLv3'),
    'tls 1.0': (0,src_versions/* setOf */.s4)('TLSv1.0'),
    'tls 1.1': (0,src_versions/* setOf */.s4)('TLSv1.1'),
    // DTLS 1.0 is TLS 1.1 over datagrams.
    'dtls 1.0': (0,src_versions/* setOf */.s4)('TLSv1.1'),
    'tls 1.2': (0,src_versions/* setOf */.s4)('TLSv1.2'),
    'dtls 1.2': (0,src_versions/* setOf */.s4)('TLSv1.2'),
    'tls 1.3': (0,src_versions/* setOf */.s4)('TLSv1.3'),
    'dtls 1.3': (0,src_versions/* setOf */.s4)('TLSv1.3'),
};
function keyOf(m) {
    const protocol = m[1];
    return { protocol, side: m[2], versions: SCHANNEL_PROTOCOLS[protocol.toLowerCase()] ?? 0 };
}
function lastKeyIn(text) {
    const re = new RegExp(PROTOCOL_KEY.source, 'gi');
    let last = null;
    for (let m = re.exec(text); m; m = re.exec(text))
        last = m;
    return last ? keyOf(last) : undefined;
}
/** `$var = '…\TLS 1.0\Server'` assignments in PowerShell, by lower-case variable name. */
function keyVariables(code) {
    const vars = new Map();
    const re = /\$([\w:]{1,80})[ \t]*=[ \t]*(["'])([^"'\n]{0,400})\2/g;
    for (let m = re.exec(code); m; m = re.exec(code)) {
        const key = lastKeyIn(m[3]);
        const name = m[1].toLowerCase();
        if (!key)
            continue;
        const prev = vars.get(name);
        // A variable assigned different protocols (a loop) is unknown.
        vars.set(name, prev === undefined || (prev && prev.protocol === key.protocol && prev.side === key.side) ? key : null);
    }
    return vars;
}
let headerCache;
/** The `[…]` section headers of a `.reg` text, in order (cached for the file being checked). */
function regHeaders(code) {
    if (headerCache?.code !== code) {
        const headers = [];
        for (const m of code.matchAll(/^[ \t]*\[-?([^\]\n]{1,400})\][ \t]*\r?$/gm))
            headers.push({ at: m.index, name: m[1] });
        headerCache = { code, headers };
    }
    return headerCache.headers;
}
/** Which protocol key a write is under, or undefined when the scan cannot tell. */
function protocolOf(code, w, vars) {
    if (w.form === 'reg') {
        // The section the value is in: the last `[…]` header line before it.
        const headers = regHeaders(code);
        let lo = 0;
        let hi = headers.length - 1;
        let last;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (headers[mid].at < w.nameStart) {
                last = headers[mid].name;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
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
        if (later)
            return later;
        const from = Math.max(0, w.nameStart - 500);
        return lastKeyIn(code.slice(from, w.nameStart + w.name.length + 2));
    }
    const [start, end] = logicalLine(code, w.nameStart);
    const stmt = code.slice(start, end);
    const direct = lastKeyIn(stmt);
    if (direct)
        return direct;
    if (/\\(?:\$\{?\w+\}?|\{\{[^}]{0,80}\}\}|%\w+%)\\/.test(stmt) || /Protocols\\\\?["']?\s*\+/.test(stmt))
        return undefined;
    // A variable holding the path: $tls10 = '…\TLS 1.0\Server'; New-ItemProperty -Path $tls10 …
    const table = vars();
    const found = new Set();
    for (const v of stmt.matchAll(/\$\{?([\w:]{1,80})\}?/g)) {
        const k = table.get(v[1].toLowerCase());
        if (k)
            found.add(k);
    }
    return found.size === 1 ? [...found][0] : undefined;
}
const SCHANNEL_NAMES = 'Enabled|DisabledByDefault';
const schannelMeta = {
    id: 'windows/schannel-protocol-enabled',
    title: 'Schannel registry keys enable a legacy protocol',
    description: 'The `Enabled` and `DisabledByDefault` values under `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\<protocol>\\Server|Client` switch a protocol on or off for every Schannel user on the machine (IIS, RDP, SQL Server, WinHTTP, .NET with SystemDefault). A non-zero `Enabled` under `SSL 2.0`, `SSL 3.0`, `TLS 1.0`, `TLS 1.1` or `PCT 1.0` turns the legacy protocol on; `DisabledByDefault=0` makes it one that applications get without asking for it.',
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
    limits: 'Paths built at run time (`"…\\Protocols\\$protocol\\Server"` in a loop, `{{ item }}` in Ansible, functions called with a protocol name) are not followed; the values Windows uses when the keys are absent depend on the Windows version (TLS 1.0/1.1 are on by default before Windows 11 / Server 2025) and are not reported.',
};
const schannel_schannelProtocols = {
    meta: schannelMeta,
    *check(file, ctx) {
        void ctx;
        const code = file.code;
        let vars;
        const table = () => (vars ??= keyVariables(code));
        const writes = [];
        for (const w of registryWrites(code, SCHANNEL_NAMES)) {
            const key = protocolOf(code, w, table);
            if (key)
                writes.push({ w, key });
        }
        const id = (k) => `${k.protocol.toLowerCase()}|${k.side.toLowerCase()}`;
        // Keys whose `Enabled` is written at all (with a number, a variable or a template).
        const enabledWritten = new Set(writes.filter(({ w }) => /^enabled$/i.test(w.name)).map(({ key }) => id(key)));
        for (const { w, key } of writes) {
            if (key.versions === 0 || w.value === undefined)
                continue;
            const where = `${key.protocol}\\${key.side}`;
            const what = `${writeText(w)} under ${where}`;
            if (/^enabled$/i.test(w.name)) {
                if (w.value === 0)
                    continue;
                yield {
                    start: w.nameStart,
                    end: Math.max(w.valueEnd, w.nameStart + w.name.length),
                    versions: key.versions,
                    what,
                    why: w.value === 0xffffffff ? '0xffffffff is the documented "enabled" value' : undefined,
                    instead: `\`Enabled\`=0 and \`DisabledByDefault\`=1 under \`${where}\` (and \`Enabled\`=1 under \`TLS 1.2\\${key.side}\`)`,
                    fix: valueFix(w, 0),
                };
            }
            else if (w.value === 0 && !enabledWritten.has(id(key))) {
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
        const dsc = /\bProtocol[ \t]*=[ \t]*(["'])(SSL 2\.0|SSL 3\.0|TLS 1\.[01]|PCT 1\.0|Multi-Protocol Unified Hello)\1[^}]{0,300}?\bState[ \t]*=[ \t]*(["'])Enabled\3/gi;
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
                output: 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server]\n"Enabled"=dword:00000000\n"DisabledByDefault"=dword:00000000\n',
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
                output: '@echo off\nREG ADD "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client" /f /v Enabled /t REG_DWORD /d 0x0\n',
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

;// CONCATENATED MODULE: ./src/scan/rules/windows/strong-crypto.ts


// ---------------------------------------------------------------------------------------------
// B2: .NET Framework SchUseStrongCrypto / SystemDefaultTlsVersions
// ---------------------------------------------------------------------------------------------
const dotnetStrongCrypto = {
    meta: {
        id: 'windows/dotnet-strong-crypto-off',
        title: '.NET Framework registry values keep the legacy protocol defaults',
        description: "`SchUseStrongCrypto` and `SystemDefaultTlsVersions` under `HKLM\\SOFTWARE\\[Wow6432Node\\]Microsoft\\.NETFramework\\v4.0.30319` (and `v2.0.50727`) decide what .NET Framework applications negotiate when they do not choose. `SchUseStrongCrypto=0` leaves .NET 3.5/4.x on SSL 3.0 and TLS 1.0; `SystemDefaultTlsVersions=0` makes it use its own defaults instead of the operating system's.",
        ecosystem: 'Windows & PowerShell',
        catalogue: ['B2'],
        docs: ['https://learn.microsoft.com/dotnet/framework/network-programming/tls#configure-security-via-the-windows-registry'],
        files: { kinds: REGISTRY_KINDS, names: /\.reg$|\.iss$|\.pp$|\.sls$/ },
        keywords: /SchUseStrongCrypto|SystemDefaultTlsVersions/,
        fixable: true,
        safe: '"SchUseStrongCrypto"=dword:00000001 "SystemDefaultTlsVersions"=dword:00000001',
        limits: 'Which framework versions honour the values, and whether an application overrides them in code or app.config, is not visible here; the AppContext switches in app.config belong to the .NET rules.',
    },
    *check(file) {
        for (const w of registryWrites(file.code, 'SchUseStrongCrypto|SystemDefaultTlsVersions')) {
            if (w.value !== 0)
                continue;
            const strong = /^SchUseStrongCrypto$/i.test(w.name);
            yield {
                start: w.nameStart,
                end: Math.max(w.valueEnd, w.nameStart + w.name.length),
                versions: strong ? (0,src_versions/* setOf */.s4)('SSLv3', 'TLSv1.0') : (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
                what: writeText(w),
                why: strong
                    ? '.NET Framework without strong crypto defaults to SSL 3.0 and TLS 1.0'
                    : ".NET Framework then uses its own default protocol list (TLS 1.0 and 1.1 included) instead of the operating system's",
                instead: `\`${strong ? 'SchUseStrongCrypto' : 'SystemDefaultTlsVersions'}\`=1 (both values, under the 64-bit and \`Wow6432Node\` keys)`,
                severity: strong ? undefined : 'warning',
                fix: valueFix(w, 1),
            };
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

;// CONCATENATED MODULE: ./src/scan/rules/windows/secure-protocols-mask.ts


// ---------------------------------------------------------------------------------------------
// B3/B4: WinHTTP DefaultSecureProtocols and WinINet SecureProtocols bit masks
// ---------------------------------------------------------------------------------------------
const SECURE_PROTOCOL_BITS = [
    [0x8, 'SSLv2'],
    [0x20, 'SSLv3'],
    [0x80, 'TLSv1.0'],
    [0x200, 'TLSv1.1'],
    [0x800, 'TLSv1.2'],
    [0x2000, 'TLSv1.3'],
];
function maskVersions(mask) {
    let set = 0;
    for (const [bit, v] of SECURE_PROTOCOL_BITS)
        if (mask & bit)
            set |= (0,src_versions/* setOf */.s4)(v);
    return set === 0 ? undefined : set;
}
function safeMask(mask, floor) {
    let keep = 0;
    for (const [bit, v] of SECURE_PROTOCOL_BITS)
        if (mask & bit && (v === 'TLSv1.2' ? floor !== 'TLSv1.3' : v === 'TLSv1.3'))
            keep |= bit;
    return keep || (floor === 'TLSv1.3' ? 0x2000 : 0x800);
}
const secureProtocolsMask = {
    meta: {
        id: 'windows/secure-protocols-mask',
        title: 'WinHTTP or WinINet protocol mask includes legacy versions',
        description: '`DefaultSecureProtocols` (WinHTTP, `…\\Internet Settings\\WinHttp`, also under `Wow6432Node`) and `SecureProtocols` (WinINet and Internet Explorer, also set by the "Turn off encryption support" policy) are bit masks: 0x8 SSL 2.0, 0x20 SSL 3.0, 0x80 TLS 1.0, 0x200 TLS 1.1, 0x800 TLS 1.2, 0x2000 TLS 1.3. Masks such as 0xA80 or 0xAA0 keep TLS 1.0 (and SSL 3.0) in every WinHTTP/WinINet client.',
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
            if (w.value === undefined)
                continue;
            const versions = maskVersions(w.value);
            if (versions === undefined)
                continue;
            const safe = safeMask(w.value, ctx.floor);
            yield {
                start: w.nameStart,
                end: Math.max(w.valueEnd, w.nameStart + w.name.length),
                versions,
                what: writeText(w),
                why: `0x${w.value.toString(16).toUpperCase()} sets the bits of ${SECURE_PROTOCOL_BITS.filter(([b]) => w.value & b)
                    .map(([, v]) => v)
                    .join(', ')}`,
                instead: `\`${w.name}\`=0x${safe.toString(16).toUpperCase().padStart(8, '0')}`,
                fix: valueFix(w, safe),
            };
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
                output: '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp]\n"DefaultSecureProtocols"=dword:00000800\n',
            },
            {
                file: 'kb3140245.cmd',
                code: 'reg add "HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp" /v DefaultSecureProtocols /t REG_DWORD /d 0x00000A80 /f',
                findings: ['1:99 TLSv1.0 TLSv1.1'],
                output: 'reg add "HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp" /v DefaultSecureProtocols /t REG_DWORD /d 0x00000800 /f',
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

;// CONCATENATED MODULE: ./src/scan/rules/windows/powershell-security-protocol.ts




// ---------------------------------------------------------------------------------------------
// B5: [Net.ServicePointManager]::SecurityProtocol in PowerShell
// ---------------------------------------------------------------------------------------------
const SECURITY_PROTOCOL_NAMES = {
    ssl3: 'SSLv3',
    tls: 'TLSv1.0',
    tls11: 'TLSv1.1',
    tls12: 'TLSv1.2',
    tls13: 'TLSv1.3',
};
const SECURITY_PROTOCOL_BITS = [
    [48, 'SSLv3'],
    [192, 'TLSv1.0'],
    [768, 'TLSv1.1'],
    [3072, 'TLSv1.2'],
    [12288, 'TLSv1.3'],
];
/** The versions a SecurityProtocolType expression names (enum members, strings, numbers). */
function securityProtocolSet(expr) {
    let set = 0;
    let understood = false;
    for (const m of expr.matchAll(/(?<![\w.$-])(ssl3|tls1[1-3]|tls)(?![\w.])|(?<![\w.$x])(0x[0-9a-f]{1,8}|\d{2,5})(?![\w.])/gi)) {
        if (m[1]) {
            set |= (0,src_versions/* setOf */.s4)(SECURITY_PROTOCOL_NAMES[m[1].toLowerCase()]);
            understood = true;
        }
        else {
            const n = m[2].startsWith('0x') || m[2].startsWith('0X') ? parseInt(m[2].slice(2), 16) : Number(m[2]);
            const bits = SECURITY_PROTOCOL_BITS.filter(([b]) => (n & b) === b);
            if (bits.length === 0 || bits.reduce((a, [b]) => a | b, 0) !== n)
                continue;
            for (const [, v] of bits)
                set |= (0,src_versions/* setOf */.s4)(v);
            understood = true;
        }
    }
    return understood ? set : undefined;
}
/** The right-hand side of an assignment starting at `i`: to `;`, `|`, `}`, a line end or an enclosing `"`. */
function rhsAt(code, i) {
    while (code[i] === ' ' || code[i] === '\t')
        i++;
    const start = i;
    let end = i;
    let quote;
    for (let n = 0; end < code.length && n < 400; end++, n++) {
        const ch = code[end];
        if (quote) {
            if (ch === quote)
                quote = undefined;
            else if (ch === '\n')
                break;
            continue;
        }
        if (ch === '"' || ch === "'") {
            // A quote opens a string at the start or after `]`, `=`, `,`, `(`, `+` (`[Net.SecurityProtocolType]'Tls11,Tls12'`);
            // anywhere else it closes the string the whole command sits in (Puppet, YAML, batch).
            const prev = code
                .slice(start, end)
                .replace(/[ \t]+$/, '')
                .slice(-1);
            if (prev !== '' && !'])=,(+'.includes(prev))
                break;
            quote = ch;
            continue;
        }
        if (ch === '`' && (code[end + 1] === '\n' || code[end + 1] === '\r')) {
            end += code[end + 1] === '\r' ? 2 : 1;
            continue;
        }
        if (ch === ';' || ch === '|' || ch === '}' || ch === '\n' || ch === '\r' || ch === '&')
            break;
    }
    while (end > start && /\s/.test(code[end - 1]))
        end--;
    return [start, end];
}
/**
 * Every `$name = …` of the file, by name in lower case (PowerShell's are case-insensitive), in file
 * order: read once, so that `SecurityProtocol = $p` does not search the file from its start per match.
 */
function psAssignments(file) {
    const byName = new Map();
    for (const a of file.code.matchAll(/\$([\w:]{1,80})[ \t]*=[ \t]*(?!=)/g)) {
        const name = a[1].toLowerCase();
        const list = byName.get(name) ?? [];
        list.push({ at: a.index, valueStart: a.index + a[0].length });
        byName.set(name, list);
    }
    return byName;
}
const powershellSecurityProtocol = {
    meta: {
        id: 'windows/powershell-security-protocol',
        title: 'PowerShell sets [Net.ServicePointManager]::SecurityProtocol to legacy versions',
        description: "In Windows PowerShell 5.1 (.NET Framework), `[Net.ServicePointManager]::SecurityProtocol` decides the protocols of every web request of the session (`Invoke-WebRequest`, `Install-Module`, Exchange Online and Graph modules). Naming `Ssl3`, `Tls` or `Tls11` — as enum members, in a string such as `'Tls,Tls11,Tls12'`, or as numbers (48, 192, 768) — enables them.",
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
        limits: '`… = [Net.ServicePointManager]::SecurityProtocol -bor …` keeps the current value, which depends on the .NET Framework version and registry; only the members it adds are judged. `SystemDefault` leaves the choice to the operating system (see the Schannel rule).',
    },
    *check(file, ctx) {
        const code = file.code;
        const re = /\[(?:System\.)?Net\.ServicePointManager\][ \t]*::[ \t]*SecurityProtocol[ \t]*(\+=|-bor=|=)(?!=)/gi;
        for (let m = re.exec(code); m; m = re.exec(code)) {
            const [start, end] = rhsAt(code, m.index + m[0].length);
            let expr = code.slice(start, end);
            if (expr === '')
                continue;
            // What follows -band/-bxor removes members; only what comes before adds.
            const cut = /-b(?:and|xor)\b/i.exec(expr);
            if (cut)
                expr = expr.slice(0, cut.index);
            const selfRef = m[1] !== '=' || /ServicePointManager\][ \t]*::[ \t]*SecurityProtocol/i.test(expr);
            let evaluated = expr;
            const variable = /^\$([\w:]{1,80})$/.exec(expr.trim());
            if (variable) {
                const last = (0,source/* lastBefore */.kk)(file.fact(psAssignments).get(variable[1].toLowerCase()), m.index);
                if (last === undefined)
                    continue;
                const [s, e] = rhsAt(code, last.valueStart);
                evaluated = code.slice(s, e);
            }
            const versions = securityProtocolSet(evaluated);
            if (versions === undefined)
                continue;
            const target = ctx.floor === 'TLSv1.3' ? 'Tls13' : 'Tls12';
            yield {
                start: m.index,
                end,
                versions,
                what: (0,scan_define/* clip */.$Q)(file.text.slice(m.index, end)),
                why: variable ? `$${variable[1]} is ${(0,scan_define/* clip */.$Q)(evaluated)}` : undefined,
                instead: `\`[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::${target}\``,
                fix: selfRef || variable || cut ? undefined : { start, end, text: `[Net.SecurityProtocolType]::${target}` },
            };
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
                output: 'powershell -NoProfile -Command "[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; Invoke-WebRequest https://example.com/tool.zip -OutFile tool.zip"',
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
                output: "exec { 'TLS-Fix':\n  command  => '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12',\n  provider => powershell,\n}",
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

;// CONCATENATED MODULE: ./src/scan/rules/windows/powershell-ssl-protocol.ts



// ---------------------------------------------------------------------------------------------
// B6: Invoke-WebRequest / Invoke-RestMethod -SslProtocol
// ---------------------------------------------------------------------------------------------
const WEB_SSL_PROTOCOL = {
    ssl3: 'SSLv3',
    tls: 'TLSv1.0',
    tls11: 'TLSv1.1',
    tls12: 'TLSv1.2',
    tls13: 'TLSv1.3',
};
const powershellSslProtocolParameter = {
    meta: {
        id: 'windows/powershell-ssl-protocol-parameter',
        title: 'PowerShell -SslProtocol allows legacy TLS',
        description: 'PowerShell 6+ `Invoke-WebRequest` / `Invoke-RestMethod` take `-SslProtocol` (`Default`, `Tls`, `Tls11`, `Tls12`, `Tls13`, comma-separated). `Tls` is TLS 1.0; listing it or `Tls11` lets that request use the legacy version.',
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
        const item = String.raw `(?:\[[\w.]{1,80}\][ \t]*::[ \t]*)?["']?\w{1,20}["']?`;
        const re = new RegExp(String.raw `(?<![\w-])(?:-SslProtocol(?:[ \t]*:[ \t]*|[ \t]+)|(?<=[@{;\s])SslProtocol[ \t]*=[ \t]*)(${item}(?:[ \t]*,[ \t]*${item}){0,5})`, 'gi');
        const webCmdlet = /\bInvoke-(?:WebRequest|RestMethod)\b|(?<![\w-])(?:iwr|irm)(?![\w-])/i;
        const fileHasCmdlet = webCmdlet.test(code);
        for (let m = re.exec(code); m; m = re.exec(code)) {
            const value = m[1];
            const valueStart = m.index + m[0].length - value.length;
            // Only the web cmdlets' parameter: `-sslProtocol TLS` is also WebSphere's (protocol-neutral) option.
            if (m[0].startsWith('-')) {
                const [lineStart, lineEnd] = logicalLine(code, m.index);
                if (!webCmdlet.test(code.slice(lineStart, lineEnd)))
                    continue;
            }
            else if (!fileHasCmdlet)
                continue;
            const names = [...value.matchAll(/(?<![\w.$])(\w+)(?=["']?[ \t]*(?:,|$))/g)].map((n) => n[1]);
            let set = 0;
            const kept = [];
            for (const n of names) {
                const v = WEB_SSL_PROTOCOL[n.toLowerCase()];
                if (!v)
                    continue;
                set |= (0,src_versions/* setOf */.s4)(v);
                if (!['SSLv3', 'TLSv1.0', 'TLSv1.1'].includes(v) && !(ctx.floor === 'TLSv1.3' && v === 'TLSv1.2'))
                    kept.push(n);
            }
            if (set === 0)
                continue;
            const target = ctx.floor === 'TLSv1.3' ? 'Tls13' : 'Tls12';
            const simple = /^["']?\w+(?:[ \t]*,[ \t]*\w+){0,5}["']?$/.test(value);
            const quote = /^["']/.test(value) && value.endsWith(value[0]) ? value[0] : '';
            yield {
                start: m.index,
                end: valueStart + value.length,
                versions: set,
                what: (0,scan_define/* clip */.$Q)(m[0]),
                why: /(?<![\w])tls(?![\w])/i.test(value) ? '`Tls` is TLS 1.0' : undefined,
                instead: ctx.floor === 'TLSv1.3' ? '`-SslProtocol Tls13`' : '`-SslProtocol Tls12,Tls13`',
                fix: simple
                    ? { start: valueStart, end: valueStart + value.length, text: `${quote}${kept.length ? kept.join(',') : target}${quote}` }
                    : undefined,
            };
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
                output: 'invoke-restmethod "https://www.powershellgallery.com/api/v2/Packages?`$filter=Id eq \'$name\'" -SslProtocol Tls12 -SkipCertificateCheck |\n  Select-Object -First 1',
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

;// CONCATENATED MODULE: ./src/scan/rules/windows/send-mail-message.ts


// ---------------------------------------------------------------------------------------------
// B7: Send-MailMessage -UseSsl under the session defaults
// ---------------------------------------------------------------------------------------------
const sendMailMessageDefaults = {
    meta: {
        id: 'windows/send-mailmessage-defaults',
        title: 'Send-MailMessage -UseSsl relies on the session protocol defaults',
        description: '`Send-MailMessage -UseSsl` (System.Net.Mail.SmtpClient) negotiates with `[Net.ServicePointManager]::SecurityProtocol`, which on Windows PowerShell 5.1 with older .NET Framework settings is SSL 3.0 and TLS 1.0. A script that never sets it may use legacy TLS, or fail against servers that require TLS 1.2.',
        ecosystem: 'Windows & PowerShell',
        catalogue: ['B7'],
        docs: ['https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/send-mailmessage'],
        files: { kinds: ['powershell'] },
        keywords: /Send-MailMessage/,
        fixable: false,
        safe: '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12 before Send-MailMessage -UseSsl',
        limits: 'Informational: what the defaults are depends on the .NET Framework version and the registry (SchUseStrongCrypto, SystemDefaultTlsVersions) of the host running the script.',
    },
    *check(file) {
        const code = file.code;
        if (/ServicePointManager\][ \t]*::[ \t]*SecurityProtocol[ \t]*(?:\+=|=)(?!=)/i.test(code))
            return;
        const re = /\bSend-MailMessage\b/gi;
        for (let m = re.exec(code); m; m = re.exec(code)) {
            const [, end] = logicalLine(code, m.index);
            const stmt = code.slice(m.index, end);
            const direct = /(?<![\w-])-UseSsl\b(?![ \t]*:[ \t]*\$false)/i.test(stmt);
            const splat = /@(\w+)/.exec(stmt);
            const splatted = splat && file.matches(/\bUseSsl[ \t]*=[ \t]*\$true/i);
            if (!direct && !splatted)
                continue;
            yield {
                start: m.index,
                end: m.index + m[0].length,
                versions: (0,src_versions/* setOf */.s4)('SSLv3', 'TLSv1.0'),
                what: 'Send-MailMessage -UseSsl',
                why: 'the session default of Windows PowerShell 5.1 on older .NET Framework settings',
                instead: '`[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12` earlier in the script (or Microsoft Graph `Send-MgUserMail`)',
                severity: 'note',
            };
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

;// CONCATENATED MODULE: ./src/scan/rules/windows/index.ts






const windows_rules = [
    schannel_schannelProtocols,
    dotnetStrongCrypto,
    secureProtocolsMask,
    powershellSecurityProtocol,
    powershellSslProtocolParameter,
    sendMailMessageDefaults,
];

// EXTERNAL MODULE: ./src/scan/evaluate.ts
var evaluate = __webpack_require__(1634);
// EXTERNAL MODULE: ./src/scan/file-kinds.ts
var file_kinds = __webpack_require__(9213);
;// CONCATENATED MODULE: ./src/scan/rules/java/shared.ts




// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------
const CODE_KINDS = ['java', 'kotlin', 'scala', 'groovy', 'clojure'];
const CONFIG_KINDS = [
    'properties',
    'yaml',
    'json',
    'toml',
    'conf',
    'ini',
    'env',
    'shell',
    'dockerfile',
    'hcl',
    'makefile',
    'xml',
];
/** Files with JVM options in them that have no telling extension. */
const JVM_OPTION_NAMES = /^jvm\.(?:config|options)$|^setenv(?:\.sh|\.bat)?$|^java\.security$|\.security$|^gradle\.properties$/;
/** Everything a JDK has ever implemented (SSLv2Hello is a pseudo-protocol and not a version). */
const JDK_ALL = (0,src_versions/* range */.y1)('SSLv3', 'TLSv1.3');
const TLS_ALL = (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.3');
function isCode(file) {
    return CODE_KINDS.includes(file.kind);
}
/** The floor-dependent safe list, in the spelling of `sample` (`TLSv1.2`, `TLS_1_2`, `TLS.V_1_2`). */
function safeList(floor, sep = ',') {
    return floor === 'TLSv1.3' ? 'TLSv1.3' : `TLSv1.2${sep}TLSv1.3`;
}
/**
 * What an SSLContext / "context protocol" name enables on the client side of SunJSSE:
 * `TLSv1.1` → TLSv1.0 and TLSv1.1, `TLSv1` → TLSv1.0, `SSLv3` → SSLv3; TLSv1.2 and later name
 * only themselves (the JDK disables the older ones by default since 8u291 / 11.0.11).
 */
function contextVersions(v) {
    if ((0,src_versions/* versionIndex */.Vm)(v) >= (0,src_versions/* versionIndex */.Vm)('TLSv1.2'))
        return (0,src_versions/* setOf */.s4)(v);
    return (0,src_versions/* atMost */.Tu)(v);
}
/**
 * Reads from `start` to the first of `stops` at bracket depth 0, or to the bracket that closes an
 * enclosing one. Skips string literals. Returns the end offset, or undefined past `limit` chars.
 */
function readUntil(code, start, stops, limit = 1200) {
    let depth = 0;
    const end = Math.min(code.length, start + limit);
    for (let i = start; i < end; i++) {
        const ch = code[i];
        if (ch === '"' || ch === "'" || ch === '`') {
            let j = i + 1;
            while (j < end && code[j] !== ch && code[j] !== '\n')
                j += code[j] === '\\' ? 2 : 1;
            if (code[j] !== ch)
                return undefined;
            i = j;
            continue;
        }
        if (depth === 0 && stops.includes(ch))
            return i;
        if (ch === '(' || ch === '[' || ch === '{')
            depth++;
        else if (ch === ')' || ch === ']' || ch === '}') {
            if (depth === 0)
                return i;
            depth--;
        }
    }
    return end === code.length ? end : undefined;
}
/** String literals and version enum constants (HttpClient 5 `TLS.V_1_0`, OkHttp `TlsVersion.TLS_1_0`). */
const TOKEN_RE = /"([^"\\\n]{0,80})"|'([^'\\\n]{0,80})'|(?<![\w$.])(?:TLS\.V_(\d)_(\d)|(?:TlsVersion\.)?(TLS_1_[0-3]|SSL_3_0))(?![\w$])/g;
function versionTokens(code, start, end) {
    const out = [];
    const re = new RegExp(TOKEN_RE.source, 'g');
    const text = code.slice(start, end);
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const literal = m[1] ?? m[2];
        let versions;
        let single;
        if (literal !== undefined) {
            const toks = (0,evaluate/* tokenize */.qw)(literal);
            const r = (0,evaluate/* evalList */.vi)(toks);
            if (!r)
                continue;
            versions = r.versions;
            single = toks.length === 1;
        }
        else {
            const v = (0,evaluate/* readVersion */.$4)(m[3] !== undefined ? `TLS_${m[3]}_${m[4]}` : m[5]);
            if (!v)
                continue;
            versions = (0,src_versions/* setOf */.s4)(v);
            single = true;
        }
        out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], versions, single });
    }
    return out;
}
/** Arguments that compute a list (filters, removals, comparisons): unknown, not legacy. */
const COMPUTED = /->|=>|\bfilter|\bremove|\bminus\b|\bexcept|equals|contains|startsWith|matches|!=|\breplace|\bdiff|\bwithout/i;
/**
 * Where the file gives each identifier a value (`NAME = …`, `val name: Type = …`): the offsets
 * where the values start, by name, in file order. Read once per file: searching the file for the
 * name of every call's argument is quadratic on a file full of calls that pass a variable.
 */
function assignmentsByName(file) {
    const code = file.code;
    const byName = new Map();
    const re = /(?<![\w$.])([A-Za-z_$][\w$]*)(?:\s*:\s*[\w.<>[\]?]{1,60})?[ \t]*=(?![=>])[ \t]*/g;
    for (let m = re.exec(code); m; m = re.exec(code)) {
        const starts = byName.get(m[1]) ?? [];
        starts.push(m.index + m[0].length);
        byName.set(m[1], starts);
        // The type may name an identifier assigned here too (`a: b = …`): go on after the name.
        re.lastIndex = m.index + m[1].length;
    }
    return byName;
}
/** The names resolved so far in a file (a name's assignments are read once however often it is passed). */
function resolvedNames() {
    return new Map();
}
/**
 * Where a constant or variable named `name` is given a value in this file: the offsets of the
 * initializer (`{"TLSv1", "TLSv1.1"}`, `arrayOf(...)`, `"TLSv1"`).
 */
function resolveConstant(file, name) {
    const resolved = file.fact(resolvedNames);
    if (resolved.has(name))
        return resolved.get(name);
    let found;
    for (const start of file.fact(assignmentsByName).get(name) ?? []) {
        const end = readUntil(file.code, start, ';\n');
        if (end !== undefined && end > start) {
            found = { start, end };
            break;
        }
    }
    resolved.set(name, found);
    return found;
}
/** The versions an argument (a list expression) enables. */
function analyzeList(file, start, end, depth = 0) {
    const code = file.code;
    const text = code.slice(start, end);
    const trimmed = text.trim();
    if (trimmed === '')
        return { versions: 0, tokens: [], empty: true };
    if (COMPUTED.test(text))
        return undefined;
    if (/getSupportedProtocols\s*\(|\.supportedProtocols\b/.test(text)) {
        return {
            versions: JDK_ALL,
            tokens: [],
            severity: 'warning',
            why: 'the supported protocols are every version the JDK or Android implements; only `jdk.tls.disabledAlgorithms` may still hold the old ones back',
        };
    }
    const ident = /^(?:[\w$]+\.)*([A-Za-z_$][\w$]*)$/.exec(trimmed);
    // A lone version constant (`TlsVersion.TLS_1_0`) is a value, not a name to look up.
    if (ident && depth === 0 && versionTokens(code, start, end).length === 0) {
        const def = resolveConstant(file, ident[1]);
        return def ? analyzeList(file, def.start, def.end, 1) : undefined;
    }
    const tokens = versionTokens(code, start, end);
    if (tokens.length === 0)
        return undefined;
    let versions = 0;
    for (const t of tokens)
        versions |= t.versions;
    return { versions, tokens };
}
/** The text before a setting on its line (bounded). */
function linePrefix(code, offset, max = 1000) {
    const start = Math.max((0,source/* lastNewline */.Ly)(code, offset - 1) + 1, offset - max);
    return code.slice(start, offset);
}
/** A setting written back with another value, in the setting's own syntax. */
function rewriteSetting(file, s, value) {
    if (s.form === 'block-list')
        return `\`${s.key}: [${value.split(/[, ]+/).join(', ')}]\``;
    const head = file.code.slice(s.keyStart, s.valueStart).replace(/^\s+/, '');
    const tail = file.code.slice(s.valueEnd, s.end);
    return `\`${head}${value}${tail}\``;
}
/** The list separator a value uses (`,` / `, ` / ` ` / `+`). */
function separatorOf(value) {
    const m = /[ \t]*[,+][ \t]*|[ \t]+/.exec(value.trim());
    return m ? (m[0].includes(',') ? (m[0].includes(' ') ? ', ' : ',') : m[0].includes('+') ? '+' : ' ') : ',';
}
/** A quoted-key call (`props.put("ssl.enabled.protocols", "TLSv1")`) when the file is code. */
function codeCallOrConfig(s, file) {
    if (!isCode(file))
        return true;
    const q = file.code[s.keyStart];
    return q === '"' || q === "'";
}
/** A `#` comment line in a file kind without comment masking (`jvm.options`, `*.security`). */
function inHashComment(file, offset) {
    if ((0,file_kinds/* hasCommentSyntax */.vK)(file.kind))
        return false;
    return /^[ \t]*[#!]/.test(linePrefix(file.code, offset));
}
/** The raw sed expression around `offset` on its line: its search text and whether `offset` lies in the replacement. */
function sedContext(text, offset) {
    const ls = (0,source/* lastNewline */.Ly)(text, offset - 1) + 1;
    const le = (0,source/* nextNewline */.m8)(text, offset);
    const line = text.slice(ls, le < 0 ? text.length : le);
    // The command may start a few `\`-continued lines above (`sed -i file \` + `-e 's|a|b|'`).
    let head = ls;
    let logical = line;
    for (let n = 0; n < 6 && head > 0 && !/\b(?:sed|perl)\b/.test(logical); n++) {
        const prevStart = (0,source/* lastNewline */.Ly)(text, head - 2) + 1;
        const prev = text.slice(prevStart, head - 1);
        if (!/\\\s*$/.test(prev))
            break;
        logical = prev + logical;
        head = prevStart;
    }
    if (!/\b(?:sed|perl)\b/.test(logical))
        return undefined;
    const re = /(?:^|[\s'";/}])s([/|#,:@!])((?:\\.|(?!\1)[^\\\n]){0,600})\1((?:\\.|(?!\1)[^\\\n]){0,600})\1/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
        const searchStart = ls + m.index + m[0].length - (m[2].length + m[3].length + 2);
        const replStart = searchStart + m[2].length + 1;
        const replEnd = replStart + m[3].length;
        if (offset >= replStart && offset <= replEnd)
            return { search: m[2], inReplacement: true };
        if (offset >= searchStart && offset < replStart)
            return { search: m[2], inReplacement: false };
    }
    return undefined;
}
/** Whether `offset` lies in the search half of a sed substitution (what a script looks for, not what it writes). */
function inSedSearch(file, offset) {
    if (!['shell', 'dockerfile', 'yaml', 'makefile', 'groovy'].includes(file.kind))
        return false;
    const c = sedContext(file.text, offset);
    return c !== undefined && !c.inReplacement;
}
function enclosingTag(code, offset) {
    const from = Math.max(0, offset - 4000);
    const i = code.slice(from, offset + 1).lastIndexOf('<');
    const lt = i < 0 ? -1 : from + i;
    if (lt < 0 || code.slice(lt, offset).includes('>'))
        return undefined;
    return /^<([\w:.-]+)/.exec(code.slice(lt, lt + 100))?.[1];
}

;// CONCATENATED MODULE: ./src/scan/rules/java/sslcontext.ts




// ---------------------------------------------------------------------------------------------
// C1: SSLContext.getInstance("TLSv1") and other context-protocol names in code
// ---------------------------------------------------------------------------------------------
const sslContextProtocol = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'java/sslcontext-protocol',
        title: 'SSLContext created for a legacy protocol',
        description: '`SSLContext.getInstance("TLSv1")` (and `"TLSv1.1"`, `"SSLv3"`) makes SunJSSE client sockets offer only that version and those below it. The same name is the context protocol of Apache HttpClient `SSLContexts.custom().useProtocol(…)`, Jetty `setProtocol(…)`, the SQL Server JDBC `setSSLProtocol(…)` and Kafka `SSL_PROTOCOL_CONFIG`.',
        ecosystem: 'Java & JVM',
        catalogue: ['C1', 'C14'],
        docs: [
            'https://docs.oracle.com/en/java/javase/21/docs/specs/security/standard-names.html#sslcontext-algorithms',
            'https://docs.oracle.com/en/java/javase/21/security/java-secure-socket-extension-jsse-reference-guide.html',
        ],
        files: { kinds: CODE_KINDS },
        keywords: /getInstance|useProtocol|setProtocol|setSslProtocol|setSSLProtocol|SSL_PROTOCOL/,
        fixable: true,
        safe: 'SSLContext.getInstance("TLSv1.3")',
        limits: '`"TLS"`, `"SSL"` and `"Default"` name protocol families and are not reported (on JDK 7 and older `"SSL"` still enabled SSLv3). A protocol name held in a variable set elsewhere is not followed.',
    },
    pattern: /(?:(?<![\w$])SSLContext\s*\.\s*getInstance\s*\(|\(\s*SSLContext\/getInstance\s+|\.(?:useProtocol|setProtocol|setSslProtocol|setSSLProtocol)\s*\(|(?<![\w$])SSL_PROTOCOL(?:_CONFIG)?\s*,)\s*/,
    evaluate: (m, ctx, file) => {
        const code = file.code;
        const argStart = m.index + m[0].length;
        const argEnd = readUntil(code, argStart, ',;\n');
        if (argEnd === undefined)
            return undefined;
        let a = argStart;
        let b = argEnd;
        const ident = /^\s*(?:[\w$]+\.)*([A-Za-z_$][\w$]*)\s*$/.exec(code.slice(a, b));
        if (ident && !/^(?:true|false|null)$/.test(ident[1])) {
            const def = resolveConstant(file, ident[1]);
            if (!def)
                return undefined;
            a = def.start;
            b = def.end;
        }
        const lit = /^\s*(["'])([^"'\\\n]{1,40})\1\s*$/.exec(code.slice(a, b));
        if (!lit)
            return undefined;
        const v = (0,evaluate/* readVersion */.$4)(lit[2]);
        if (!v)
            return undefined;
        const litStart = a + code.slice(a, b).indexOf(lit[1]);
        const spelled = (0,evaluate/* respell */.an)(lit[2], ctx.floor);
        const fix = spelled && (0,evaluate/* readVersion */.$4)(spelled) === ctx.floor ? { start: litStart + 1, end: litStart + 1 + lit[2].length, text: spelled } : undefined;
        const getInstance = /getInstance/.test(m[0]);
        return {
            versions: contextVersions(v),
            fix,
            end: argEnd,
            severity: getInstance || /useProtocol/.test(m[0]) ? undefined : 'warning',
            why: (0,src_versions/* versionIndex */.Vm)(v) < (0,src_versions/* versionIndex */.Vm)('TLSv1.2')
                ? `a \`${lit[2]}\` context offers ${v === 'SSLv3' ? 'SSLv3' : v === 'TLSv1.0' ? 'only TLSv1.0' : 'TLSv1.0 and TLSv1.1'} unless enabled protocols are set`
                : undefined,
        };
    },
    instead: (ctx) => ctx.floor === 'TLSv1.3'
        ? '`SSLContext.getInstance("TLSv1.3")`'
        : '`SSLContext.getInstance("TLSv1.3")` (or `"TLS"` with `setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"})`)',
    examples: {
        valid: [
            {
                file: 'src/main/java/net/Client.java',
                code: 'SSLContext ctx = SSLContext.getInstance("TLS");',
                note: '"TLS" is a protocol family, not TLS 1.0',
            },
            {
                file: 'src/main/java/net/Client.java',
                code: 'SSLContext ctx = SSLContext.getInstance("TLSv1.2");\nctx.init(null, tms, null);',
                note: 'TLSv1 must not match inside TLSv1.2',
            },
            { file: 'app/src/main/java/Tls.kt', code: 'val ctx = SSLContext.getInstance("Default")' },
            {
                file: 'src/Legacy.java',
                code: 'SSLContext ctx = SSLContext.getInstance("SSL");',
                note: '"SSL" is a family name; SSLv3 only on JDK 7 and older',
            },
            {
                file: 'src/Old.java',
                code: '// SSLContext.getInstance("TLSv1");\nSSLContext ctx = SSLContext.getInstance("TLSv1.3");',
                note: 'commented out',
            },
            {
                file: 'src/Check.java',
                code: 'if ("TLSv1".equals(session.getProtocol())) { log.warn("legacy peer"); }',
                note: 'a comparison, not a setting',
            },
            { file: 'src/Factory.java', code: 'SSLContext ctx = SSLContext.getInstance(protocol);', note: 'a parameter: unknown' },
            { file: 'src/Server.java', code: 'connector.setProtocol("HTTP/1.1");', note: 'setProtocol with a non-TLS value' },
        ],
        invalid: [
            {
                file: 'src/main/java/org/x/TlsOptions.java',
                code: 'switch (config.getProtocol()) {\n    case "TLSv1.1":\n        ctx = SSLContext.getInstance("TLSv1.1");\n        break;\n    default:\n        ctx = SSLContext.getInstance("TLSv1.2");\n}',
                findings: ['3:15 TLSv1.0 TLSv1.1'],
                severity: 'note',
                note: 'a `case` arm for a configured protocol is a capability, judged as TLS-implementation code',
            },
            {
                file: 'src/main/java/org/x/TlsOptions.java',
                code: 'switch (config.getProtocol()) {\n    default:\n        ctx = SSLContext.getInstance("TLSv1");\n}',
                findings: ['3:15 TLSv1.0'],
                note: 'the `default` arm is what everyone who asked for nothing gets',
            },
            {
                file: 'src/main/java/com/acme/HttpUtil.java',
                code: 'SSLContext sc = SSLContext.getInstance("TLSv1");\nsc.init(null, trustAll, new SecureRandom());',
                findings: ['1:17 TLSv1.0'],
                output: 'SSLContext sc = SSLContext.getInstance("TLSv1.2");\nsc.init(null, trustAll, new SecureRandom());',
            },
            {
                file: 'src/Legacy.java',
                code: 'final SSLContext context = SSLContext . getInstance ( "SSLv3" );',
                findings: ['1:28 SSLv3'],
                output: 'final SSLContext context = SSLContext . getInstance ( "TLSv1.2" );',
            },
            {
                file: 'app/src/main/java/com/acme/Net.kt',
                code: 'val sslContext = SSLContext.getInstance("TLSv1.1")\nsslContext.init(null, arrayOf(tm), null)',
                findings: ['1:18 TLSv1.0 TLSv1.1'],
                note: 'a TLSv1.1 context also offers TLSv1.0',
            },
            {
                file: 'src/main/java/com/acme/Soap.java',
                code: 'public class Soap {\n  private static final String PROTOCOL = "TLSv1";\n\n  SSLContext ctx() throws Exception {\n    return SSLContext.getInstance(PROTOCOL);\n  }\n}',
                findings: ['5:12 TLSv1.0'],
                note: 'the name comes from a constant in the same file',
            },
            {
                file: 'src/main/java/Http.java',
                code: 'SSLContext sslContext = SSLContexts.custom()\n    .loadTrustMaterial(null, new TrustSelfSignedStrategy())\n    .useProtocol("TLSv1.1")\n    .build();',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'src/Tls.java',
                code: 'SSLContext ctx = SSLContext.getInstance("TLSv1.2", "BCJSSE");',
                floor: 'TLSv1.3',
                findings: ['1:18 TLSv1.2'],
                output: 'SSLContext ctx = SSLContext.getInstance("TLSv1.3", "BCJSSE");',
            },
            {
                file: 'src/jetty/Main.java',
                code: 'sslContextFactory.setProtocol("TLSv1");',
                findings: ['1:18 TLSv1.0'],
                severity: 'warning',
                note: 'server-side context protocol: what is accepted also depends on the include/exclude lists',
            },
            { file: 'src/tls.clj', code: '(let [ctx (SSLContext/getInstance "TLSv1")] ctx)', findings: ['1:11 TLSv1.0'] },
            {
                file: 'src/Kafka.java',
                code: 'props.put(SslConfigs.SSL_PROTOCOL_CONFIG, "TLSv1.1");',
                findings: ['1:22 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/java/enabled-protocols-call.ts




// ---------------------------------------------------------------------------------------------
// C2, C6, C8, C9: explicit protocol lists in code
// ---------------------------------------------------------------------------------------------
function isVersionAbove(v, floor) {
    return (0,src_versions/* versionIndex */.Vm)(v) >= (0,src_versions/* versionIndex */.Vm)(floor);
}
/** Splits an argument list (the text between the parentheses) into top-level arguments. */
function splitArgs(code, start, end) {
    const args = [];
    let s = start;
    for (let guard = 0; guard < 20 && s <= end; guard++) {
        const e = readUntil(code, s, ',', end - s + 1);
        const stop = e === undefined || e > end ? end : e;
        args.push({ start: s, end: stop });
        if (stop >= end)
            break;
        s = stop + 1;
    }
    return args;
}
/** Rewrites a token in its own spelling at `target` (`"TLSv1"` → `"TLSv1.2"`, `TLS.V_1_0` → `TLS.V_1_2`). */
function respellToken(t, target) {
    const q = t.text[0] === '"' || t.text[0] === "'" ? t.text[0] : '';
    const inner = q ? t.text.slice(1, -1) : t.text;
    const spelled = (0,evaluate/* respell */.an)(inner, target);
    return spelled && (0,evaluate/* readVersion */.$4)(spelled.replace(/^TLS\.V_/, 'TLS_').replace(/^TlsVersion\./, '')) === target
        ? `${q}${spelled}${q}`
        : undefined;
}
/** Deletes the legacy entries of a literal list (`"TLSv1", "TLSv1.1", "TLSv1.2"` → `"TLSv1.2"`). */
function listFix(code, tokens, floor) {
    if (tokens.length === 0 || !tokens.every((t) => t.single))
        return undefined;
    for (let i = 1; i < tokens.length; i++)
        if (!/^\s*,\s*$/.test(code.slice(tokens[i - 1].end, tokens[i].start)))
            return undefined;
    const kept = tokens.filter((t) => t.versions !== 0 && isVersionAbove(lowestOf(t.versions), floor));
    const gap = tokens.length > 1 ? code.slice(tokens[0].end, tokens[1].start) : ', ';
    const first = tokens[0].start;
    const last = tokens[tokens.length - 1].end;
    if (kept.length === 0) {
        const spelled = respellToken(tokens[0], floor);
        return spelled ? { start: first, end: last, text: spelled } : undefined;
    }
    return { start: first, end: last, text: kept.map((t) => t.text).join(gap) };
}
function lowestOf(set) {
    for (const v of ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'])
        if (set & (0,src_versions/* setOf */.s4)(v))
            return v;
    return 'TLSv1.3';
}
/** How to write the safe list in code, in the style of the first token. */
function codeInstead(tokens, floor) {
    const sample = tokens.find((t) => t.single) ?? { text: '"TLSv1.2"', start: 0, end: 0, versions: 0, single: true };
    const targets = floor === 'TLSv1.3' ? ['TLSv1.3'] : ['TLSv1.3', 'TLSv1.2'];
    const spelled = targets.map((v) => respellToken(sample, v) ?? `"${v}"`);
    return `\`${spelled.join(', ')}\``;
}
const LIST_CALL = /(?<![\w$])(setEnabledProtocols|setProtocols|protocols|setIncludeProtocols|setExcludeProtocols|tlsVersions|setSupportedProtocols|setTlsVersions|setEnabledTLSProtocols|setEnabledSecureTransportProtocols|addEnabledSecureTransportProtocol|withEnabledProtocols)\s*\(|(?<=\.)(enabledProtocols|protocols|includeProtocols|excludeProtocols)[ \t]*=(?![=>])[ \t]*|(?<![\w$])new\s+(SSLParameters|SSLConnectionSocketFactory|SSLIOSessionStrategy)\s*\(|(?<![\w$])(SSL_ENABLED_PROTOCOLS(?:_CONFIG)?)\s*,\s*|<Set\s+name\s*=\s*"(IncludeProtocols|ExcludeProtocols)"\s*>/;
const enabledProtocolsCall = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'java/enabled-protocols',
        title: 'Protocol list in code enables legacy TLS',
        description: "Lists of protocol names given to `SSLSocket`/`SSLEngine.setEnabledProtocols`, `SSLParameters.setProtocols` or `new SSLParameters(…, protocols)`, Apache HttpClient (`new SSLConnectionSocketFactory(ctx, protocols, …)`, HttpClient 5 `setSupportedProtocols`/`setTlsVersions`), OkHttp `tlsVersions`, Netty `SslContextBuilder.protocols`, Jetty `setIncludeProtocols` and Vert.x enable every listed version. `getSupportedProtocols()` enables everything the runtime implements, and Jetty `setExcludeProtocols` without SSLv3 drops Jetty's own exclusions.",
        ecosystem: 'Java & JVM',
        catalogue: ['C2', 'C6', 'C8', 'C9', 'C12', 'C14'],
        docs: [
            'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/javax/net/ssl/SSLSocket.html#setEnabledProtocols(java.lang.String%5B%5D)',
            'https://hc.apache.org/httpcomponents-client-5.2.x/',
            'https://square.github.io/okhttp/features/https/',
            'https://netty.io/4.1/api/io/netty/handler/ssl/SslContextBuilder.html#protocols-java.lang.String...-',
            'https://eclipse.dev/jetty/documentation/jetty-10/operations-guide/index.html#og-protocols-ssl',
        ],
        files: { kinds: [...CODE_KINDS, 'xml'] },
        keywords: /setEnabledProtocols|setProtocols|protocols|IncludeProtocols|ExcludeProtocols|tlsVersions|setSupportedProtocols|setTlsVersions|setEnabledTLSProtocols|SecureTransportProtocol|SSLParameters|SSLConnectionSocketFactory|SSLIOSessionStrategy|SSL_ENABLED_PROTOCOLS/,
        fixable: true,
        safe: 'socket.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});',
        limits: 'Lists built by code (filters over `getSupportedProtocols()`, collections filled elsewhere, values read from configuration) are unknown; a constant is followed only when it is defined in the same file.',
    },
    pattern: LIST_CALL,
    evaluate: (m, ctx, file) => {
        const code = file.code;
        const after = m.index + m[0].length;
        let a;
        let b;
        let exclude = false;
        if (m[1] !== undefined) {
            // Mockito `verify(socket).setEnabledProtocols(…)` checks a call made elsewhere.
            if (/\bverify\s*\((?:[^()]|\([^()]{0,80}\)){0,200}\)\s*\.\s*$/.test(code.slice(Math.max(0, m.index - 300), m.index)))
                return undefined;
            a = after;
            b = readUntil(code, a, '');
            exclude = m[1] === 'setExcludeProtocols';
            // `.protocols(...)` without a receiver is a function of the file's own, not a TLS builder.
            if (m[1] === 'protocols' && code[m.index - 1] !== '.' && !/\.\s*$/.test(code.slice(Math.max(0, m.index - 40), m.index)))
                return undefined;
        }
        else if (m[2] !== undefined) {
            a = after;
            b = readUntil(code, a, ';\n');
            exclude = m[2] === 'excludeProtocols';
        }
        else if (m[3] !== undefined) {
            const close = readUntil(code, after, '');
            if (close === undefined)
                return undefined;
            const args = splitArgs(code, after, close);
            if (args.length < 2)
                return undefined;
            a = args[1].start;
            b = args[1].end;
        }
        else if (m[4] !== undefined) {
            a = after;
            b = readUntil(code, a, ';');
        }
        else {
            a = after;
            // Looked for within 1500 characters (an unbounded search per match is quadratic on a hostile file).
            const close = code.slice(a, a + 1500 + '</Set>'.length).indexOf('</Set>');
            b = close < 0 ? undefined : a + close;
            exclude = m[5] === 'ExcludeProtocols';
            if (b !== undefined) {
                const items = [...code.slice(a, b).matchAll(/<Item>\s*([^<]{1,40}?)\s*<\/Item>/g)];
                let set = 0;
                for (const it of items) {
                    const v = (0,evaluate/* readVersion */.$4)(it[1]);
                    if (v)
                        set |= (0,src_versions/* setOf */.s4)(v);
                }
                if (exclude) {
                    if (set & (0,src_versions/* setOf */.s4)('SSLv3'))
                        return undefined;
                    return {
                        versions: JDK_ALL & ~set,
                        severity: 'warning',
                        end: b + 6,
                        why: "this list replaces Jetty's default exclusions (SSL, SSLv2, SSLv2Hello, SSLv3)",
                    };
                }
                return set ? { versions: set, end: b + 6 } : undefined;
            }
        }
        if (b === undefined)
            return undefined;
        let list = analyzeList(file, a, b);
        // `setExcludeProtocols("SSLv2Hello")`: literals only, none of them a version.
        if (!list && exclude && /^[\s,"'\w.{}[\]()]*$/.test(code.slice(a, b)) && !/^\s*[\w$.]+\s*$/.test(code.slice(a, b)))
            list = { versions: 0, tokens: [] };
        if (!list)
            return undefined;
        const end = Math.min(code.length, b + (m[2] !== undefined ? 0 : 1));
        if (exclude) {
            if (list.versions & (0,src_versions/* setOf */.s4)('SSLv3'))
                return undefined;
            return {
                versions: JDK_ALL & ~list.versions,
                severity: 'warning',
                end,
                why: "the exclude list replaces Jetty's default exclusions (SSL, SSLv2, SSLv2Hello, SSLv3)",
                instead: '`setExcludeProtocols("SSL", "SSLv2", "SSLv2Hello", "SSLv3", "TLSv1", "TLSv1.1")`',
            };
        }
        if (list.empty || list.versions === 0)
            return undefined;
        return {
            versions: list.versions,
            severity: list.severity,
            why: list.why,
            end,
            fix: list.severity ? undefined : listFix(code, list.tokens, ctx.floor),
            instead: list.tokens.length ? codeInstead(list.tokens, ctx.floor) : undefined,
        };
    },
    instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`"TLSv1.3"`' : '`"TLSv1.3", "TLSv1.2"`'),
    examples: {
        valid: [
            { file: 'src/main/java/Tls12SocketFactory.java', code: 'socket.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});' },
            {
                file: 'src/Server.java',
                code: 'SSLParameters params = engine.getSSLParameters();\nparams.setProtocols(new String[] {"TLSv1.3"});',
            },
            {
                file: 'app/src/main/java/com/acme/NoSslv3.java',
                code: 'List<String> protocols = new ArrayList<>(Arrays.asList(socket.getEnabledProtocols()));\nprotocols.remove("SSLv3");\nsocket.setEnabledProtocols(protocols.toArray(new String[0]));',
                note: 'list computed by removing entries: unknown',
            },
            {
                file: 'src/Filter.java',
                code: 'socket.setEnabledProtocols(Arrays.stream(socket.getSupportedProtocols()).filter(p -> !p.equals("TLSv1") && !p.equals("TLSv1.1")).toArray(String[]::new));',
                note: 'a filter that removes TLSv1: not an enabling list',
            },
            {
                file: 'src/Netty.java',
                code: 'SslContext ctx = SslContextBuilder.forServer(cert, key)\n    .protocols("TLSv1.3", "TLSv1.2")\n    .build();',
            },
            {
                file: 'src/Okhttp.kt',
                code: 'val spec = ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)\n    .tlsVersions(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2)\n    .build()',
            },
            { file: 'src/Hc5.java', code: 'TlsConfig.custom().setSupportedProtocols(TLS.V_1_3, TLS.V_1_2).build();' },
            {
                file: 'src/Jetty.java',
                code: 'factory.setExcludeProtocols("SSL", "SSLv2", "SSLv2Hello", "SSLv3", "TLSv1", "TLSv1.1");',
                note: 'exclusions disable',
            },
            {
                file: 'src/Compat.java',
                code: '// socket.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.1", "TLSv1.2"});\nsocket.setEnabledProtocols(new String[] {"TLSv1.2"});',
                note: 'commented out',
            },
            {
                file: 'src/Check.java',
                code: 'assertArrayEquals(new String[] {"TLSv1.2"}, socket.getEnabledProtocols());',
                note: 'reads the list',
            },
            {
                file: 'src/test/java/com/acme/SocketFactoryTest.java',
                code: 'factory.prepare(socket);\nMockito.verify(socket).setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.1", "TLSv1"});\nverify(engine, times(1)).setEnabledProtocols(new String[] {"TLSv1"});',
                note: 'Mockito verifies a call made by the code under test',
            },
            {
                file: 'src/Http2.kt',
                code: 'client.protocols(listOf(Protocol.HTTP_2, Protocol.HTTP_1_1))',
                note: 'OkHttp application protocols, not TLS versions',
            },
            {
                file: 'src/Hello.java',
                code: 'socket.setEnabledProtocols(new String[] {"SSLv2Hello", "TLSv1.2"});',
                note: 'SSLv2Hello is a pseudo-protocol',
            },
        ],
        invalid: [
            {
                file: 'app/src/main/java/x/Tls.java',
                code: 'if (Build.VERSION.SDK_INT == 19) {\n    socket.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.1", "TLSv1.2"});\n}',
                findings: ['2:12 TLSv1.0 TLSv1.1'],
                note: 'a guard on the platform version is not a requested protocol: what it enables there is a default',
            },
            {
                file: 'app/src/main/java/x/Tls.java',
                code: 'if (config.getTlsProtocol().equals("TLSv1")) {\n    socket.setEnabledProtocols(new String[] {"TLSv1"});\n}',
                findings: ['2:12 TLSv1.0'],
                severity: 'note',
                note: 'enabled because the configured protocol asks for it: a capability, judged as TLS-implementation code',
            },
            {
                file: 'src/main/java/Client.java',
                code: 'sslSocket.setEnabledProtocols(\n    new String[] {"TLSv1.2",\n                  "TLSv1.1"});',
                findings: ['3:20 TLSv1.1'],
                note: 'arguments over several lines: the finding is on the line of the legacy element',
            },
            {
                file: 'app/src/main/java/com/acme/TLSSocketFactory.java',
                code: 'private Socket enableTLSOnSocket(Socket socket) {\n    if (socket instanceof SSLSocket) {\n        ((SSLSocket) socket).setEnabledProtocols(new String[] {"TLSv1.1", "TLSv1.2"});\n    }\n    return socket;\n}',
                findings: ['3:30 TLSv1.1'],
                output: 'private Socket enableTLSOnSocket(Socket socket) {\n    if (socket instanceof SSLSocket) {\n        ((SSLSocket) socket).setEnabledProtocols(new String[] {"TLSv1.2"});\n    }\n    return socket;\n}',
            },
            {
                file: 'src/Client.java',
                code: 'sslSocket.setEnabledProtocols(new String[]{"TLSv1"});',
                findings: ['1:11 TLSv1.0'],
                output: 'sslSocket.setEnabledProtocols(new String[]{"TLSv1.2"});',
            },
            {
                file: 'src/main/java/com/acme/Protocols.java',
                code: 'class Protocols {\n  static final String[] PROTOCOLS = {"TLSv1", "TLSv1.1", "TLSv1.2"};\n\n  void apply(SSLEngine engine) {\n    engine.setEnabledProtocols(PROTOCOLS);\n  }\n}',
                findings: ['5:12 TLSv1.0 TLSv1.1'],
                output: 'class Protocols {\n  static final String[] PROTOCOLS = {"TLSv1.2"};\n\n  void apply(SSLEngine engine) {\n    engine.setEnabledProtocols(PROTOCOLS);\n  }\n}',
                note: 'array constant defined in the same file',
            },
            {
                file: 'src/Everything.java',
                code: 'sslSocket.setEnabledProtocols(sslSocket.getSupportedProtocols());',
                findings: ['1:11 SSLv3 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'src/Hc4.java',
                code: 'SSLConnectionSocketFactory sslsf = new SSLConnectionSocketFactory(\n        sslcontext,\n        new String[] { "TLSv1" },\n        null,\n        SSLConnectionSocketFactory.getDefaultHostnameVerifier());',
                findings: ['3:25 TLSv1.0'],
            },
            {
                file: 'src/Hc5.java',
                code: 'final TlsConfig tls = TlsConfig.custom()\n    .setSupportedProtocols(TLS.V_1_0, TLS.V_1_1, TLS.V_1_2)\n    .build();',
                findings: ['2:6 TLSv1.0 TLSv1.1'],
                output: 'final TlsConfig tls = TlsConfig.custom()\n    .setSupportedProtocols(TLS.V_1_2)\n    .build();',
            },
            {
                file: 'app/src/main/java/com/acme/Api.kt',
                code: 'val spec = ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)\n    .tlsVersions(TlsVersion.TLS_1_2, TlsVersion.TLS_1_1, TlsVersion.TLS_1_0)\n    .build()',
                findings: ['2:6 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'src/main/java/okhttp3/ConnectionSpec.java',
                code: 'public static final ConnectionSpec COMPATIBLE_TLS = new Builder(MODERN_TLS)\n    .tlsVersions(TlsVersion.TLS_1_0)\n    .build();',
                findings: ['2:6 TLSv1.0'],
                output: 'public static final ConnectionSpec COMPATIBLE_TLS = new Builder(MODERN_TLS)\n    .tlsVersions(TlsVersion.TLS_1_2)\n    .build();',
                note: 'one version constant alone is a value, not a name to look up',
            },
            {
                file: 'src/Netty.java',
                code: 'SslContextBuilder.forClient().protocols("TLSv1", "TLSv1.1", "TLSv1.2").build();',
                findings: ['1:31 TLSv1.0 TLSv1.1'],
                output: 'SslContextBuilder.forClient().protocols("TLSv1.2").build();',
            },
            {
                file: 'src/Jetty.java',
                code: 'SslContextFactory.Server f = new SslContextFactory.Server();\nf.setIncludeProtocols("TLSv1", "TLSv1.1", "TLSv1.2");',
                findings: ['2:3 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'src/Jetty.java',
                code: 'sslContextFactory.setExcludeProtocols("SSLv2Hello");',
                findings: ['1:19 SSLv3 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'replaces the default exclusions',
            },
            {
                file: 'src/Params.java',
                code: 'SSLParameters p = new SSLParameters(new String[] {"TLS_AES_128_GCM_SHA256"}, new String[] {"TLSv1", "TLSv1.2"});',
                findings: ['1:19 TLSv1.0'],
            },
            {
                file: 'src/Tls.kt',
                code: 'sslSocket.enabledProtocols = arrayOf("TLSv1", "TLSv1.1", "TLSv1.2")',
                findings: ['1:11 TLSv1.0 TLSv1.1'],
                output: 'sslSocket.enabledProtocols = arrayOf("TLSv1.2")',
            },
            {
                file: 'src/Mysql.java',
                code: 'ds.setEnabledTLSProtocols("TLSv1,TLSv1.1,TLSv1.2");',
                findings: ['1:4 TLSv1.0 TLSv1.1'],
                note: 'one literal holding a list',
            },
            {
                file: 'src/Producer.java',
                code: 'props.put(SslConfigs.SSL_ENABLED_PROTOCOLS_CONFIG, "TLSv1.2,TLSv1.1");',
                findings: ['1:22 TLSv1.1'],
            },
            {
                file: 'etc/jetty-ssl-context.xml',
                code: '<Set name="IncludeProtocols">\n  <Array type="String">\n    <Item>TLSv1</Item>\n    <Item>TLSv1.2</Item>\n  </Array>\n</Set>',
                findings: ['3:11 TLSv1.0'],
            },
            {
                file: 'src/Socket.java',
                code: 'socket.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});',
                floor: 'TLSv1.3',
                findings: ['1:8 TLSv1.2'],
                output: 'socket.setEnabledProtocols(new String[] {"TLSv1.3"});',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/java/okhttp.ts


// ---------------------------------------------------------------------------------------------
// C7: OkHttp COMPATIBLE_TLS
// ---------------------------------------------------------------------------------------------
const okhttpCompatibleTls = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'java/okhttp-compatible-tls',
        title: 'OkHttp COMPATIBLE_TLS enables TLS 1.0 and 1.1',
        description: "`ConnectionSpec.COMPATIBLE_TLS` is OkHttp's fallback for obsolete servers: it offers TLS 1.0 and TLS 1.1 (OkHttp 3.13 and later keep them out of `MODERN_TLS` only). A client that lists it, or builds a spec from it without `tlsVersions(…)`, can be downgraded.",
        ecosystem: 'Java & JVM',
        catalogue: ['C7'],
        docs: [
            'https://square.github.io/okhttp/features/https/',
            'https://square.github.io/okhttp/5.x/okhttp/okhttp3/-connection-spec/index.html',
        ],
        files: { kinds: CODE_KINDS },
        keywords: /COMPATIBLE_TLS|allEnabledTlsVersions/,
        fixable: true,
        safe: 'connectionSpecs(listOf(ConnectionSpec.RESTRICTED_TLS, ConnectionSpec.MODERN_TLS))',
        limits: 'The versions actually offered are also limited by the platform (old Android releases lack TLS 1.2 unless a provider is installed).',
    },
    pattern: /(?<![\w$.])(?:ConnectionSpec\.)?COMPATIBLE_TLS(?![\w$])|\.allEnabledTlsVersions\s*\(\s*\)/,
    evaluate: (m, _ctx, file) => {
        const code = file.code;
        const before = code.slice(Math.max(0, m.index - 200), m.index);
        if (/import\s+(?:static\s+)?[\w.]*$/.test(before) || /\bval\s+$|\bstatic\s+final\s+\w+\s+$|==\s*$/.test(before))
            return undefined;
        if (m[0].startsWith('.')) {
            return {
                versions: TLS_ALL,
                severity: 'warning',
                why: 'every version the platform enables, TLS 1.0 and 1.1 included on older runtimes',
            };
        }
        // `Builder(COMPATIBLE_TLS).tlsVersions(...)` overrides the versions; the list rule judges it.
        const rest = code.slice(m.index + m[0].length, m.index + m[0].length + 400);
        if (/\.tlsVersions\s*\(/.test(rest.split(/;|\.build\s*\(/)[0]))
            return undefined;
        const start = m[0].startsWith('ConnectionSpec.') ? m.index + 'ConnectionSpec.'.length : m.index;
        return {
            versions: TLS_ALL,
            why: '`COMPATIBLE_TLS` includes TLS_1_0 and TLS_1_1',
            fix: { start, end: m.index + m[0].length, text: 'MODERN_TLS' },
        };
    },
    instead: '`ConnectionSpec.MODERN_TLS` (or `RESTRICTED_TLS`)',
    examples: {
        valid: [
            {
                file: 'app/src/main/java/Api.kt',
                code: 'OkHttpClient.Builder()\n    .connectionSpecs(listOf(ConnectionSpec.MODERN_TLS))\n    .build()',
            },
            {
                file: 'src/Imports.java',
                code: 'import static okhttp3.ConnectionSpec.COMPATIBLE_TLS;\nclient = builder.connectionSpecs(List.of(ConnectionSpec.RESTRICTED_TLS)).build();',
                note: 'an import is not a use',
            },
            {
                file: 'src/Spec.kt',
                code: 'val spec = ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)\n    .tlsVersions(TlsVersion.TLS_1_2)\n    .build()',
                note: 'versions overridden by tlsVersions',
            },
            { file: 'src/Spec.java', code: '// builder.connectionSpecs(Arrays.asList(ConnectionSpec.COMPATIBLE_TLS));', note: 'commented out' },
            { file: 'src/Check.kt', code: 'if (spec == ConnectionSpec.COMPATIBLE_TLS) log("fallback")', note: 'comparison' },
        ],
        invalid: [
            {
                file: 'app/src/main/java/com/acme/Http.kt',
                code: 'val client = OkHttpClient.Builder()\n    .connectionSpecs(listOf(ConnectionSpec.MODERN_TLS, ConnectionSpec.COMPATIBLE_TLS))\n    .build()',
                findings: ['2:56 TLSv1.0 TLSv1.1'],
                output: 'val client = OkHttpClient.Builder()\n    .connectionSpecs(listOf(ConnectionSpec.MODERN_TLS, ConnectionSpec.MODERN_TLS))\n    .build()',
            },
            {
                file: 'src/Http.java',
                code: 'builder.connectionSpecs(Collections.singletonList(ConnectionSpec.COMPATIBLE_TLS));',
                findings: ['1:51 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'src/Spec.java',
                code: 'ConnectionSpec spec = new ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)\n    .cipherSuites(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)\n    .build();',
                findings: ['1:50 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'src/Spec.kt',
                code: 'val spec = ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).allEnabledTlsVersions().build()',
                findings: ['1:61 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/java/jsse-properties.ts


// ---------------------------------------------------------------------------------------------
// C3, C4, K5: JSSE system properties (https.protocols, jdk.tls.client/server.protocols)
// ---------------------------------------------------------------------------------------------
const JSSE_KEYS = /(?:systemProp\.)?(?:https\.protocols|jdk\.tls\.(?:client|server)\.protocols|com\.ibm\.jsse2\.overrideDefaultProtocol)/;
/** In `-Dkey=value` flags the value ends at white space or a quote (`-Dk=\"v\"` in shell strings too). */
function refineFlag(s, file) {
    if (s.form !== 'bare' || file.code.slice(s.keyStart - 2, s.keyStart) !== '-D')
        return s;
    const m = /^(\\?["'])?([^\s"'\\]*)/.exec(s.value);
    const start = s.valueStart + (m[1]?.length ?? 0);
    const end = start + m[2].length;
    return { ...s, value: m[2], valueStart: start, valueEnd: end, end: end + (m[1]?.length ?? 0) };
}
const jsseProtocolProperties = {
    ...(0,scan_define/* settingRule */.JQ)({
        meta: {
            id: 'java/jsse-protocols-property',
            title: 'JSSE protocol system property enables legacy TLS',
            description: '`https.protocols` (HttpsURLConnection) and `jdk.tls.client.protocols` / `jdk.tls.server.protocols` (every JSSE socket of the JVM) set the default enabled protocols process-wide. They are set with `System.setProperty`, `-D` flags in `JAVA_OPTS`, `JAVA_TOOL_OPTIONS`, `MAVEN_OPTS`, `CATALINA_OPTS`, Dockerfile `ENV`, Kubernetes env, `setenv.sh`, or `systemProp.` lines in `gradle.properties`.',
            ecosystem: 'Java & JVM',
            catalogue: ['C3', 'C4', 'K5'],
            docs: [
                'https://docs.oracle.com/en/java/javase/21/security/java-secure-socket-extension-jsse-reference-guide.html#GUID-A41282C3-19A3-400A-A40F-86F4DA22ABA9',
            ],
            files: { kinds: [...CODE_KINDS, ...CONFIG_KINDS, 'batch', 'powershell'], names: JVM_OPTION_NAMES },
            keywords: /https\.protocols|jdk\.tls\.client\.protocols|jdk\.tls\.server\.protocols|overrideDefaultProtocol/,
            fixable: true,
            safe: '-Djdk.tls.client.protocols=TLSv1.3,TLSv1.2',
            limits: '`SSLv2Hello` is a pseudo-protocol and ignored. A value from a variable (`-Dhttps.protocols=$PROTOCOLS`) is unknown.',
        },
        keys: JSSE_KEYS,
        evaluate: () => undefined,
        instead: '',
        examples: {
            valid: [
                { file: 'Dockerfile', code: 'ENV JAVA_OPTS="-Dhttps.protocols=TLSv1.2,TLSv1.3 -Xmx512m"' },
                { file: 'src/main/java/App.java', code: 'System.setProperty("https.protocols", "TLSv1.2");' },
                {
                    file: 'bin/setenv.sh',
                    code: '# CATALINA_OPTS="$CATALINA_OPTS -Dhttps.protocols=TLSv1,TLSv1.1"\nCATALINA_OPTS="$CATALINA_OPTS -Djdk.tls.client.protocols=TLSv1.2"',
                    note: 'commented out',
                },
                {
                    file: 'src/main/java/App.java',
                    code: 'String p = System.getProperty("jdk.tls.client.protocols");',
                    note: 'a read, not a setting',
                },
                { file: 'gradle.properties', code: 'systemProp.https.protocols=SSLv2Hello,TLSv1.2', note: 'SSLv2Hello is a pseudo-protocol' },
                {
                    file: 'wlp/usr/servers/app/jvm.options',
                    code: '# -Dhttps.protocols=TLSv1,TLSv1.1\n-Dhttps.protocols=TLSv1.2',
                    note: 'a # line in a file kind without comment masking',
                },
                {
                    file: 'k8s/deployment.yaml',
                    code: 'env:\n  - name: JAVA_TOOL_OPTIONS\n    value: "-Djdk.tls.client.protocols=${TLS_PROTOCOLS}"',
                    note: 'a variable: unknown',
                },
            ],
            invalid: [
                {
                    file: 'Dockerfile',
                    code: 'FROM eclipse-temurin:17-jre\nENV JAVA_OPTS="-Xms256m -Dhttps.protocols=TLSv1,TLSv1.1,TLSv1.2 -Dfile.encoding=UTF-8"',
                    findings: ['2:25 TLSv1.0 TLSv1.1'],
                    output: 'FROM eclipse-temurin:17-jre\nENV JAVA_OPTS="-Xms256m -Dhttps.protocols=TLSv1.2 -Dfile.encoding=UTF-8"',
                },
                {
                    file: 'src/main/java/com/acme/Main.java',
                    code: 'System.setProperty("https.protocols", "TLSv1");',
                    findings: ['1:20 TLSv1.0'],
                    output: 'System.setProperty("https.protocols", "TLSv1.2");',
                },
                {
                    file: 'k8s/deployment.yaml',
                    code: 'containers:\n  - name: app\n    env:\n      - name: JAVA_TOOL_OPTIONS\n        value: "-Djdk.tls.client.protocols=TLSv1.1,TLSv1.2"',
                    findings: ['5:17 TLSv1.1'],
                },
                {
                    file: 'gradle.properties',
                    code: 'org.gradle.jvmargs=-Xmx2g\nsystemProp.https.protocols=TLSv1,TLSv1.1,TLSv1.2',
                    findings: ['2:1 TLSv1.0 TLSv1.1'],
                },
                {
                    file: 'bin/setenv.sh',
                    code: 'export CATALINA_OPTS="$CATALINA_OPTS -Djdk.tls.server.protocols=SSLv3,TLSv1,TLSv1.2"',
                    findings: ['1:38 SSLv3 TLSv1.0'],
                },
                { file: '.mvn/jvm.config', code: '-Xmx1024m -Dhttps.protocols=TLSv1.1,TLSv1.2', findings: ['1:11 TLSv1.1'] },
                { file: 'src/Boot.kt', code: 'System.setProperty("jdk.tls.client.protocols", "TLSv1,TLSv1.2")', findings: ['1:20 TLSv1.0'] },
                { file: 'bin/setenv.bat', code: 'set "JAVA_OPTS=%JAVA_OPTS% -Dhttps.protocols=TLSv1"', findings: ['1:28 TLSv1.0'] },
                {
                    file: 'bin/setenv.sh',
                    code: 'JAVA_OPTS="$JAVA_OPTS -Djdk.tls.client.protocols=\\"TLSv1,TLSv1.1,TLSv1.2\\""',
                    findings: ['1:23 TLSv1.0 TLSv1.1'],
                    output: 'JAVA_OPTS="$JAVA_OPTS -Djdk.tls.client.protocols=\\"TLSv1.2\\""',
                    note: 'escaped quotes inside a shell string',
                },
                {
                    file: 'wlp/usr/servers/app/jvm.options',
                    code: '# Legacy partner\n-Dcom.ibm.jsse2.overrideDefaultProtocol=TLSv1',
                    findings: ['2:1 TLSv1.0'],
                    note: 'IBM JSSE; jvm.options has no comment masking of its own',
                },
            ],
        },
    }),
    *check(file, ctx) {
        for (const raw of (0,scan_define/* findSettings */.n4)(file, JSSE_KEYS, { spaceSeparated: false })) {
            if (inHashComment(file, raw.keyStart) || inSedSearch(file, raw.keyStart))
                continue;
            const s = refineFlag(raw, file);
            const e = (0,scan_define/* asList */.DD)()(s, ctx, file);
            if (!e)
                continue;
            const flag = file.code.slice(s.keyStart - 2, s.keyStart) === '-D';
            const what = flag ? `-D${s.key}=${s.value}` : file.text.slice(s.keyStart, s.end);
            yield {
                start: flag ? s.keyStart - 2 : s.keyStart,
                end: s.end,
                versions: e.versions,
                why: e.why,
                fix: e.fix,
                what: what.length > 100 ? `${what.slice(0, 97)}…` : what,
                instead: flag ? `\`-D${s.key}=${safeList(ctx.floor)}\`` : rewriteSetting(file, s, safeList(ctx.floor)),
            };
        }
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/java/disabled-algorithms.ts





// ---------------------------------------------------------------------------------------------
// C5: java.security jdk.tls.disabledAlgorithms without TLSv1 / TLSv1.1
// ---------------------------------------------------------------------------------------------
const DISABLE_ORDER = [
    ['SSLv3', 'SSLv3'],
    ['TLSv1.0', 'TLSv1'],
    ['TLSv1.1', 'TLSv1.1'],
    ['TLSv1.2', 'TLSv1.2'],
];
/** The JDK's own list is about 300 characters; a longer value is not this setting, and the bound keeps a hostile file linear. */
const MAX_LIST = 3000;
const disabledAlgorithms = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'java/disabled-algorithms',
        title: 'jdk.tls.disabledAlgorithms no longer disables TLS 1.0/1.1',
        description: 'JDK 8u291, 11.0.11 and later disable SSLv3, TLSv1 and TLSv1.1 through the `jdk.tls.disabledAlgorithms` security property in `java.security`. A `java.security` copy, an override file passed with `-Djava.security.properties`, an `echo`/`sed` in a Dockerfile or a `Security.setProperty` call that sets the property without them re-enables those versions for every JSSE connection.',
        ecosystem: 'Java & JVM',
        catalogue: ['C5'],
        docs: ['https://www.java.com/en/configure_crypto.html', 'https://bugs.openjdk.org/browse/JDK-8202343'],
        files: {
            kinds: [...CODE_KINDS, 'properties', 'shell', 'dockerfile', 'yaml', 'makefile', 'batch', 'powershell', 'conf'],
            names: JVM_OPTION_NAMES,
        },
        keywords: /disabledAlgorithms/,
        fixable: true,
        safe: 'jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, …',
        limits: 'A `-Djava.security.properties=file` flag is reported only through the file it names when that file is in the repository; the JDK that runs the application decides what an absent entry means.',
    },
    pattern: /(?<![\w.-])(["']?)jdk\.tls\.disabledAlgorithms\1[ \t]*(=|:|,)[ \t]*/,
    evaluate: (m, ctx, file) => {
        const code = file.code;
        const quotedKey = m[1] !== '';
        if (isCode(file) && !(quotedKey && m[2] === ','))
            return undefined;
        if (!isCode(file) && m[2] === ',' && !quotedKey)
            return undefined;
        if (inHashComment(file, m.index))
            return undefined;
        const sed = sedContext(file.text, m.index);
        if (sed) {
            // A replacement that keeps the rest of the line is judged by java/disabled-algorithms-edit.
            if (!sed.inReplacement || !/\.[*+]|\$$/.test(sed.search))
                return undefined;
        }
        const i = m.index + m[0].length;
        let value;
        let valueStart = i;
        let end;
        const q = code[i];
        if (isCode(file) && q !== '"' && q !== "'") {
            // `Security.setProperty(KEY, Security.getProperty(KEY).replace("TLSv1, ", ""))`
            const stop = readUntil(code, i, ';');
            const expr = stop === undefined ? '' : code.slice(i, stop);
            let removed = 0;
            for (const r of expr.matchAll(/\.replace(?:All|First)?\s*\(\s*"((?:\\.|[^"\\\n]){0,200})"\s*,\s*"((?:\\.|[^"\\\n]){0,200})"/g))
                removed |= versionsIn(r[1]) & ~versionsIn(r[2]);
            if (!removed)
                return undefined;
            return {
                versions: removed | (0,src_versions/* range */.y1)('TLSv1.2', 'TLSv1.3'),
                end: stop,
                why: `the code removes ${describeRemoved(removed)} from the disabled list`,
            };
        }
        if ((q === '"' || q === "'") && (quotedKey || m[2] !== ',')) {
            const inWindow = code.slice(i + 1, i + 1 + MAX_LIST).indexOf(q);
            if (inWindow < 0)
                return undefined;
            const close = i + 1 + inWindow;
            valueStart = i + 1;
            value = code.slice(i + 1, close);
            end = close + 1;
        }
        else {
            // Bare value: up to the end of the line, following `\` continuations (java.security style).
            // It ends MAX_LIST characters on at the latest: a line without an end is not read to the end of the file.
            const limit = Math.min(code.length, i + MAX_LIST);
            let j = i;
            for (let lines = 0; lines < 40; lines++) {
                while (j < limit && code[j] !== '\n' && !`"'/|`.includes(code[j]))
                    j++;
                let last = j;
                while (last > i && /\s/.test(code[last - 1]))
                    last--;
                if (j < limit && code[j] === '\n' && code[last - 1] === '\\' && last > i) {
                    j++;
                    continue;
                }
                break;
            }
            value = code.slice(i, j);
            end = i + value.trimEnd().length;
        }
        if (/\$\{?\w|\{\{|%\w+%/.test(value))
            return undefined;
        let listed = 0;
        for (const t of value.split(/[\s,\\]+/)) {
            const v = /^(?:SSLv3|TLSv1(?:\.[0-3])?)$/i.test(t) ? (0,evaluate/* readVersion */.$4)(t) : undefined;
            if (v)
                listed |= (0,src_versions/* setOf */.s4)(v);
        }
        const versions = JDK_ALL & ~listed;
        const missing = DISABLE_ORDER.filter(([v]) => (0,src_versions/* versionIndex */.Vm)(v) < (0,src_versions/* versionIndex */.Vm)(ctx.floor) && !(listed & (0,src_versions/* setOf */.s4)(v))).map(([, n]) => n);
        const onlySsl3 = (versions & (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.1')) === 0;
        return {
            versions,
            end,
            // Continuation lines joined (split at each `\`+line break: a `\s*` pattern tried at every blank is quadratic).
            what: `jdk.tls.disabledAlgorithms=${value
                .split(/\\[^\S\n]*\n/)
                .map((part) => part.trim())
                .join(' ')
                .trim()
                .slice(0, 80)}`,
            why: `the list does not name ${missing.join(', ') || 'the legacy versions'}`,
            severity: onlySsl3 ? 'warning' : undefined,
            fix: missing.length && !sed
                ? { start: valueStart, end: valueStart, text: `${missing.join(', ')}${value.trim() ? ', ' : ''}` }
                : undefined,
        };
    },
    instead: (ctx) => `\`jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, ${ctx.floor === 'TLSv1.3' ? 'TLSv1.2, ' : ''}…\` (keep the JDK's legacy entries)`,
    examples: {
        valid: [
            {
                file: 'conf/security/java.security',
                code: 'jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, \\\n    MD5withRSA, DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL, \\\n    ECDH',
                note: 'the JDK 21 default',
            },
            {
                file: 'java.security',
                code: '#jdk.tls.disabledAlgorithms=SSLv3, RC4\njdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, RC4, DES',
                note: 'commented-out old default',
            },
            {
                file: 'Dockerfile',
                code: "RUN sed -i 's/jdk.tls.disabledAlgorithms=/jdk.tls.disabledAlgorithms=SSLv2Hello, DES40_CBC, TLSv1, TLSv1.1, /' $JAVA_HOME/jre/lib/security/java.security",
                note: 'prepends more disabled entries; the rest of the line is kept',
            },
            { file: 'src/TlsConfig.java', code: 'String current = Security.getProperty("jdk.tls.disabledAlgorithms");', note: 'a read' },
            { file: 'src/Harden.java', code: 'Security.setProperty("jdk.tls.disabledAlgorithms", "SSLv3, TLSv1, TLSv1.1, RC4");' },
            {
                file: 'src/Harden.java',
                code: 'Security.setProperty("jdk.tls.disabledAlgorithms", current + ", TLSv1.2");',
                note: 'appends to the current list',
            },
            {
                file: 'bin/run.sh',
                code: 'java -Djdk.tls.disabledAlgorithms=SSLv3 -jar app.jar',
                note: 'a security property cannot be set with -D; has no effect',
            },
        ],
        invalid: [
            {
                file: 'docker/legacy-tls.security',
                code: 'jdk.tls.disabledAlgorithms=SSLv3, RC4, DES, MD5withRSA, \\\n    DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                output: 'jdk.tls.disabledAlgorithms=TLSv1, TLSv1.1, SSLv3, RC4, DES, MD5withRSA, \\\n    DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL',
                note: 'an override file for -Djava.security.properties',
            },
            {
                file: 'Dockerfile',
                code: 'FROM openjdk:8-jre\nRUN echo "jdk.tls.disabledAlgorithms=SSLv3, RC4, DES, MD5withRSA, 3DES_EDE_CBC, anon, NULL" >> $JAVA_HOME/jre/lib/security/java.security',
                findings: ['2:11 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'src/main/java/com/acme/LegacyTls.java',
                code: 'Security.setProperty("jdk.tls.disabledAlgorithms", "");',
                findings: ['1:22 SSLv3 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'src/main/java/com/acme/SqlServerTls.java',
                code: 'String disabled = Security.getProperty("jdk.tls.disabledAlgorithms");\nSecurity.setProperty("jdk.tls.disabledAlgorithms", disabled.replace("TLSv1, ", "").replace("TLSv1.1, ", ""));',
                findings: ['2:22 TLSv1.0 TLSv1.1'],
                note: 'removal by string replacement in code',
            },
            {
                file: 'Dockerfile',
                code: "RUN sed -i 's/^jdk.tls.disabledAlgorithms=.*/jdk.tls.disabledAlgorithms=SSLv3, RC4, DES/' /opt/java/openjdk/conf/security/java.security",
                findings: ['1:46 TLSv1.0 TLSv1.1'],
                note: 'the replacement replaces the whole line',
            },
            {
                file: 'java.security',
                code: 'jdk.tls.disabledAlgorithms=SSLv3, TLSv1, RC4',
                findings: ['1:1 TLSv1.1'],
                output: 'jdk.tls.disabledAlgorithms=TLSv1.1, SSLv3, TLSv1, RC4',
            },
            {
                file: 'scripts/enable-tls1.sh',
                code: "DISABLED='jdk.tls.disabledAlgorithms=SSLv3, RC4, DES, \\\\\n    anon, NULL'",
                findings: ['1:11 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'java.security',
                code: 'jdk.tls.disabledAlgorithms=TLSv1, TLSv1.1, RC4',
                findings: ['1:1 SSLv3'],
                severity: 'warning',
                note: 'SSLv3 is also off in the default protocol list',
            },
        ],
    },
});
const disabledAlgorithmsEdit = {
    meta: {
        id: 'java/disabled-algorithms-edit',
        title: 'Script removes TLSv1/TLSv1.1 from jdk.tls.disabledAlgorithms',
        description: 'A `sed`/`perl` substitution on `java.security` whose search text names TLSv1, TLSv1.1 or SSLv3 and whose replacement does not — the usual Dockerfile recipe to re-enable TLS 1.0 for an old SQL Server or mail server — makes those versions available to every JSSE connection of the image.',
        ecosystem: 'Java & JVM',
        catalogue: ['C5'],
        docs: ['https://www.java.com/en/configure_crypto.html'],
        files: { kinds: ['shell', 'dockerfile', 'yaml', 'makefile', 'groovy', 'batch', 'powershell'] },
        keywords: /disabledAlgorithms|java\.security/,
        fixable: false,
        safe: 'leave `jdk.tls.disabledAlgorithms` as the JDK ships it',
        limits: 'Only `s/…/…/` substitutions and `/…disabledAlgorithms…/d` deletions on the same line as the file name or property are read.',
    },
    examples: {
        valid: [
            {
                file: 'Dockerfile',
                code: "RUN sed -i 's/jdk.tls.disabledAlgorithms=SSLv3/jdk.tls.disabledAlgorithms=SSLv3, TLSv1.3/g' /opt/java/openjdk/conf/security/java.security",
                note: 'adds an entry; nothing removed',
            },
            {
                file: 'Dockerfile',
                code: "RUN sed -i 's/securerandom.source=file:\\/dev\\/random/securerandom.source=file:\\/dev\\/urandom/' $JAVA_HOME/conf/security/java.security",
            },
            { file: 'build.sh', code: "# sed -i 's/TLSv1, TLSv1.1, //' $JAVA_HOME/conf/security/java.security", note: 'commented out' },
            { file: 'Dockerfile', code: "RUN sed -i 's/TLSv1, TLSv1.1, //' /etc/openssl/legacy.cnf", note: 'not the Java security file' },
        ],
        invalid: [
            {
                file: 'Dockerfile',
                code: "FROM openjdk:11\nRUN sed -i 's/TLSv1, TLSv1.1, //' $JAVA_HOME/conf/security/java.security",
                findings: ['2:13 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'Dockerfile',
                code: "RUN sed -i '/^jdk.tls.disabledAlgorithms/s/TLSv1,TLSv1.1//g' /usr/java/openjdk-16/conf/security/java.security",
                findings: ['1:42 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'Dockerfile',
                code: 'RUN sed -Ei "s/(jdk.tls.disabledAlgorithms=.+)TLSv1,\\s+TLSv1.1,\\s+(.+)/$1$2/g" /usr/local/openjdk-8/jre/lib/security/java.security',
                findings: ['1:14 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'scripts/setup.sh',
                code: 'sudo sed -i -e "s/SSLv3, TLSv1, TLSv1.1, /SSLv3, /" "$JAVA_HOME/jre/lib/security/java.security"',
                findings: ['1:17 TLSv1.0 TLSv1.1'],
            },
            {
                file: '.gitlab-ci.yml',
                code: "script:\n  - sed -i 's/TLSv1\\.1, //' $JAVA_HOME/conf/security/java.security",
                findings: ['2:13 TLSv1.1'],
            },
            {
                file: 'Dockerfile',
                code: "RUN sed -i '/^jdk.tls.disabledAlgorithms/d' $JAVA_HOME/conf/security/java.security",
                findings: ['1:13 SSLv3 TLSv1.0 TLSv1.1'],
                note: 'deleting the first line of the entry',
            },
        ],
    },
    *check(file, ctx) {
        const code = file.code;
        const text = file.text;
        for (let ls = 0; ls < code.length;) {
            let le = (0,source/* nextNewline */.m8)(code, ls);
            if (le < 0)
                le = code.length;
            const lineStart = ls;
            ls = le + 1;
            if (!/\b(?:sed|perl)\b/.test(code.slice(lineStart, le)))
                continue;
            const raw = text.slice(lineStart, le);
            // The edited file: on this line, or on the next line after a `\` continuation.
            const next = text.slice(le, le + 300).split('\n', 2)[1] ?? '';
            const scope = raw.trimEnd().endsWith('\\') ? raw + next : raw;
            if (!/java\.security|disabledAlgorithms/.test(scope))
                continue;
            const del = /\/\^?[^/\n]{0,80}disabledAlgorithms[^/\n]{0,80}\/\s*d\b/.exec(raw);
            if (del) {
                yield {
                    start: lineStart + del.index,
                    end: lineStart + del.index + del[0].length,
                    versions: JDK_ALL,
                    what: del[0],
                    why: 'deleting the entry drops every legacy version from the disabled list',
                    instead: '`jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, …` kept as shipped',
                };
                continue;
            }
            const re = /(?:^|[\s'";/}])s([/|#,:@!])((?:\\.|(?!\1)[^\\\n]){0,600})\1((?:\\.|(?!\1)[^\\\n]){0,600})\1/g;
            for (let m = re.exec(raw); m; m = re.exec(raw)) {
                const removed = versionsIn(m[2]) & ~versionsIn(m[3]);
                if (!removed || !(removed & (0,src_versions/* range */.y1)('SSLv3', 'TLSv1.2')))
                    continue;
                // The match is an optional lead character, `s`, and three delimiters around search and replacement.
                const start = lineStart + m.index + m[0].length - (m[2].length + m[3].length + 4);
                const expr = raw.slice(start - lineStart, m.index + m[0].length);
                yield {
                    start,
                    end: lineStart + m.index + m[0].length,
                    versions: removed | (0,src_versions/* range */.y1)('TLSv1.2', 'TLSv1.3'),
                    what: expr.length > 100 ? `${expr.slice(0, 97)}…` : expr,
                    why: `the substitution removes ${describeRemoved(removed)} from jdk.tls.disabledAlgorithms`,
                    instead: `\`jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, ${ctx.floor === 'TLSv1.3' ? 'TLSv1.2, ' : ''}…\` kept as shipped (upgrade the peer instead)`,
                };
            }
        }
    },
};
function versionsIn(text) {
    let set = 0;
    for (const m of text.matchAll(/(?<![A-Za-z])(SSLv3|TLSv1(?:\\?\.[0-3])?)(?![\w])/gi)) {
        const v = (0,evaluate/* readVersion */.$4)(m[1].replace(/\\/g, ''));
        if (v)
            set |= (0,src_versions/* setOf */.s4)(v);
    }
    return set;
}
function describeRemoved(set) {
    return DISABLE_ORDER.filter(([v]) => set & (0,src_versions/* setOf */.s4)(v))
        .map(([, n]) => n)
        .join(', ');
}

;// CONCATENATED MODULE: ./src/scan/rules/java/tomcat.ts



// ---------------------------------------------------------------------------------------------
// C10: Tomcat server.xml
// ---------------------------------------------------------------------------------------------
function tomlSection(code, offset) {
    const before = code.slice(Math.max(0, offset - 4000), offset);
    const all = [...before.matchAll(/^[ \t]*\[([^\]\n]{1,200})\][ \t]*$/gm)];
    return all.length ? all[all.length - 1][1] : undefined;
}
const tomcatProtocols = (0,scan_define/* settingRule */.JQ)({
    meta: {
        id: 'java/tomcat-protocols',
        title: 'Tomcat connector accepts legacy TLS',
        description: 'Tomcat `<SSLHostConfig protocols="…">`, `<Connector sslEnabledProtocols="…">` and the APR/OpenSSL `SSLProtocol` attribute list the versions a connector accepts (`+`/`-` syntax; `all` means TLSv1 to TLSv1.3). `sslProtocol` names the SSLContext protocol.',
        ecosystem: 'Java & JVM',
        catalogue: ['C10'],
        docs: ['https://tomcat.apache.org/tomcat-10.1-doc/config/http.html#SSL_Support_-_SSLHostConfig'],
        files: { kinds: ['xml', 'properties', 'yaml', 'shell', 'dockerfile', 'json', 'env', 'toml'], names: /server\.xml|tomcat|catalina/ },
        keywords: /sslEnabledProtocols|SSLProtocol|protocols/,
        fixable: true,
        safe: '<SSLHostConfig protocols="TLSv1.2+TLSv1.3">',
        limits: 'Without `protocols`, Tomcat up to 9.0.x (before TLSv1.2+TLSv1.3 became the default) accepted every version the JVM enables; that default is not reported. `sslProtocol` alone does not restrict a server socket and is reported as a warning.',
    },
    keys: /sslEnabledProtocols|SSLEnabledProtocols|SSLProtocol|sslProtocol|protocols/,
    finder: { spaceSeparated: false },
    where: (s, file) => {
        if (inSedSearch(file, s.keyStart))
            return false;
        if (s.key === 'protocols') {
            if (file.kind === 'toml')
                return /sslHostConfig/i.test(tomlSection(file.code, s.keyStart) ?? '');
            if (file.kind === 'shell' || file.kind === 'dockerfile')
                return file.code.slice(Math.max(0, s.keyStart - 400), s.keyStart + 400).includes('server.xml');
            return /^(?:SSLHostConfig|Connector)$/.test(enclosingTag(file.code, s.keyStart) ?? '');
        }
        if (/jdbc:/i.test(linePrefix(file.code, s.keyStart)) || file.code[s.keyStart - 1] === ';')
            return false;
        return !isCode(file);
    },
    evaluate: (s, ctx, file) => {
        if (s.key === 'sslProtocol') {
            const tokens = (0,evaluate/* tokenize */.qw)(s.value);
            const v = tokens.length === 1 ? (0,evaluate/* readVersion */.$4)(tokens[0].text) : undefined;
            if (!v)
                return undefined;
            return {
                versions: contextVersions(v),
                severity: 'warning',
                why: '`sslProtocol` is the SSLContext protocol; the accepted versions also depend on `protocols`/`sslEnabledProtocols`',
                instead: '`sslProtocol="TLS"` with `protocols="TLSv1.2+TLSv1.3"`',
            };
        }
        const e = (0,scan_define/* asList */.DD)({ all: TLS_ALL, base: TLS_ALL })(s, ctx, file);
        if (!e)
            return undefined;
        const sep = s.key === 'sslEnabledProtocols' || s.key === 'SSLEnabledProtocols' ? separatorOf(s.value) : '+';
        const usesAll = /(^|[\s+,])[+]?all\b/i.test(s.value);
        return {
            ...e,
            why: usesAll ? '`all` includes TLSv1 and TLSv1.1' : e.why,
            fix: usesAll || !e.fix
                ? { start: s.valueStart, end: s.valueEnd, text: safeList(ctx.floor, sep) }
                : e.fix.text.startsWith('+') && !s.value.trim().startsWith('+')
                    ? { ...e.fix, text: e.fix.text.slice(1) }
                    : e.fix,
            instead: rewriteSetting(file, s, safeList(ctx.floor, sep)),
        };
    },
    instead: (ctx) => `\`protocols="${safeList(ctx.floor, '+')}"\``,
    examples: {
        valid: [
            {
                file: 'conf/server.xml',
                code: '<Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol" SSLEnabled="true">\n  <SSLHostConfig protocols="TLSv1.2+TLSv1.3">\n    <Certificate certificateKeystoreFile="conf/ks.p12" type="RSA" />\n  </SSLHostConfig>\n</Connector>',
            },
            {
                file: 'conf/server.xml',
                code: '<Connector port="8443" SSLEnabled="true" scheme="https" secure="true"\n           clientAuth="false" sslProtocol="TLS" sslEnabledProtocols="TLSv1.2,TLSv1.3" />',
                note: '"TLS" is the protocol family',
            },
            {
                file: 'conf/server.xml',
                code: '<!-- <Connector port="8443" sslEnabledProtocols="TLSv1,TLSv1.1,TLSv1.2" /> -->\n<Connector port="8443" sslEnabledProtocols="TLSv1.2" />',
                note: 'commented out',
            },
            { file: 'conf/server.xml', code: '<SSLHostConfig protocols="all -TLSv1 -TLSv1.1">', note: 'all minus the legacy versions' },
            {
                file: 'conf/server.xml',
                code: '<Connector port="8080" protocol="HTTP/1.1" redirectPort="8443" />',
                note: 'protocol (singular) is the HTTP implementation',
            },
            {
                file: 'conf/context.xml',
                code: '<Resource name="jdbc/db" url="jdbc:sqlserver://db:1433;encrypt=true;sslProtocol=TLSv1.2" />',
                note: 'JDBC parameter, other rule',
            },
            { file: 'conf/server.xml', code: '<Connector port="8443" sslProtocol="TLSv1.2" sslEnabledProtocols="TLSv1.2" />' },
            {
                file: 'Dockerfile',
                code: 'RUN sed -i "conf/server.xml" \\\n    -e \'s|protocols="TLSv1+TLSv1.1+TLSv1.2"|protocols="TLSv1.2+TLSv1.3"|\'',
                note: 'the sed removes the legacy versions',
            },
            { file: 'repository/conf/deployment.toml', code: '[transport.https.sslHostConfig.properties]\nprotocols="TLSv1.2+TLSv1.3"' },
        ],
        invalid: [
            {
                file: 'conf/server.xml',
                code: '<Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"\n           maxThreads="150" SSLEnabled="true" scheme="https" secure="true"\n           clientAuth="false" sslProtocol="TLS"\n           sslEnabledProtocols="TLSv1,TLSv1.1,TLSv1.2" />',
                findings: ['4:12 TLSv1.0 TLSv1.1'],
                output: '<Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"\n           maxThreads="150" SSLEnabled="true" scheme="https" secure="true"\n           clientAuth="false" sslProtocol="TLS"\n           sslEnabledProtocols="TLSv1.2" />',
            },
            {
                file: 'conf/server.xml',
                code: '<SSLHostConfig protocols="TLSv1+TLSv1.1+TLSv1.2">',
                findings: ['1:16 TLSv1.0 TLSv1.1'],
                output: '<SSLHostConfig protocols="TLSv1.2">',
            },
            {
                file: 'conf/server.xml',
                code: '<SSLHostConfig hostName="example.com"\n               protocols="all">',
                findings: ['2:16 TLSv1.0 TLSv1.1'],
                output: '<SSLHostConfig hostName="example.com"\n               protocols="TLSv1.2+TLSv1.3">',
            },
            {
                file: 'conf/server.xml',
                code: '<Connector port="443" SSLProtocol="TLSv1+TLSv1.1+TLSv1.2" SSLEnabled="true" />',
                findings: ['1:23 TLSv1.0 TLSv1.1'],
                note: 'APR connector',
            },
            {
                file: 'conf/server.xml',
                code: '<Connector port="8443" SSLEnabled="true" keystoreFile="conf/.keystore" sslProtocol="TLSv1" />',
                findings: ['1:72 TLSv1.0'],
                severity: 'warning',
            },
            { file: 'conf/server.xml', code: '<SSLHostConfig protocols="+TLSv1.1 +TLSv1.2 +TLSv1.3">', findings: ['1:16 TLSv1.1'] },
            {
                file: 'Dockerfile',
                code: 'RUN sed -i "conf/server.xml" \\\n    -e \'s|protocols="TLSv1.2"|protocols="SSLv2Hello+TLSv1+TLSv1.1+TLSv1.2"|\'',
                findings: ['2:31 TLSv1.0 TLSv1.1'],
                note: 'a sed that writes the attribute into server.xml; its search half is not a setting',
            },
            {
                file: 'repository/conf/deployment.toml',
                code: '[server]\nhostname = "localhost"\n\n[transport.https.sslHostConfig.properties]\nprotocols="TLSv1+TLSv1.1+TLSv1.2+TLSv1.3"',
                findings: ['5:1 TLSv1.0 TLSv1.1'],
                note: 'WSO2 deployment.toml passes SSLHostConfig properties',
            },
            {
                file: 'cycle_server.properties',
                code: 'webServerSslEnabledProtocols=TLSv1.2\nsslEnabledProtocols="TLSv1.0+TLSv1.1+TLSv1.2"',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/java/enabled-protocols.ts



// ---------------------------------------------------------------------------------------------
// C11, C12, C15 (OpenSearch), M11: `enabled-protocols` settings in configuration
// ---------------------------------------------------------------------------------------------
/**
 * Kubernetes / Compose env entries written as `- name: KEY` + `value: …`: yields them as settings,
 * so that a rule sees `KAFKA_SSL_ENABLED_PROTOCOLS` there as it does `KEY=value`.
 */
function* envPairs(file, name) {
    if (file.kind !== 'yaml')
        return;
    const re = new RegExp(`\\bname:[ \\t]*(["']?)(${name.source})\\1[ \\t]*\\r?\\n[ \\t]*value:[ \\t]*`, `g${name.flags.includes('i') ? 'i' : ''}`);
    const code = file.code;
    for (let m = re.exec(code); m; m = re.exec(code)) {
        const i = m.index + m[0].length;
        const q = code[i];
        if (q === '"' || q === "'") {
            const close = code.indexOf(q, i + 1);
            if (close < 0 || code.slice(i, close).includes('\n'))
                continue;
            yield {
                key: m[2],
                keyStart: m.index + m[0].indexOf(m[2]),
                value: code.slice(i + 1, close),
                valueStart: i + 1,
                valueEnd: close,
                form: 'quoted',
                end: close + 1,
            };
        }
        else {
            const nl = (0,source/* nextNewline */.m8)(code, i);
            const raw = code.slice(i, nl < 0 ? code.length : nl).replace(/\s+$/, '');
            if (raw)
                yield {
                    key: m[2],
                    keyStart: m.index + m[0].indexOf(m[2]),
                    value: raw,
                    valueStart: i,
                    valueEnd: i + raw.length,
                    form: 'bare',
                    end: i + raw.length,
                };
        }
    }
}
/** A setting rule that also reads `- name: KEY` / `value: …` env pairs. */
function withEnvPairs(rule, name, evaluate, instead) {
    return {
        ...rule,
        *check(file, ctx) {
            yield* rule.check(file, ctx);
            for (const s of envPairs(file, name)) {
                const e = evaluate(s, ctx, file);
                if (!e)
                    continue;
                yield { ...e, start: s.keyStart, end: s.end, what: `${s.key}=${s.value}`, instead: e.instead ?? instead(ctx, s) };
            }
        },
    };
}
const enabledProtocolsEval = (s, ctx, file) => {
    const e = (0,scan_define/* asList */.DD)({ all: TLS_ALL })(s, ctx, file);
    return e && { ...e, instead: rewriteSetting(file, s, safeList(ctx.floor, s.form === 'list' ? ', ' : separatorOf(s.value))) };
};
const enabledProtocolsSetting = withEnvPairs((0,scan_define/* settingRule */.JQ)({
    meta: {
        id: 'java/enabled-protocols-setting',
        title: 'JVM enabled-protocols setting enables legacy TLS',
        description: 'Spring Boot `server.ssl.enabled-protocols` (relaxed binding: `enabledProtocols`, `SERVER_SSL_ENABLED_PROTOCOLS`), Spring SSL bundles, Kafka `ssl.enabled.protocols` (`KAFKA_SSL_ENABLED_PROTOCOLS`, listener and client prefixes), ZooKeeper `ssl.enabledProtocols` / `ssl.quorum.enabledProtocols`, OpenSearch `plugins.security.ssl.*.enabled_protocols` and Akka/Play `enabled-protocols` list the versions a JVM server or client enables.',
        ecosystem: 'Java & JVM',
        catalogue: ['C11', 'C12', 'C15', 'M11'],
        docs: [
            'https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.server.server.ssl.enabled-protocols',
            'https://kafka.apache.org/documentation/#brokerconfigs_ssl.enabled.protocols',
            'https://zookeeper.apache.org/doc/current/zookeeperAdmin.html#sc_authOptions',
            'https://opensearch.org/docs/latest/security/configuration/tls/',
        ],
        files: { kinds: [...CONFIG_KINDS, ...CODE_KINDS] },
        keywords: /enabled-protocols|enabled_protocols|enabledProtocols|enabled\.protocols/,
        fixable: true,
        safe: 'server.ssl.enabled-protocols=TLSv1.3,TLSv1.2',
        limits: 'Defaults are not reported: Kafka before 2.5 and Elastic-era OpenSearch enabled TLSv1/TLSv1.1 when the setting was absent.',
    },
    keys: /(?:[\w-]+\.){0,10}(?:enabled[-_]protocols|enabledprotocols|enabled\.protocols)|(?:[a-z0-9]+_){1,10}enabled_protocols/i,
    // Reads `- name:` / `value:` pairs its own way (below).
    pairs: false,
    where: (s, file) => codeCallOrConfig(s, file) &&
        !inSedSearch(file, s.keyStart) &&
        // `setEnabledProtocols(...)` and Kotlin `socket.enabledProtocols = arrayOf(...)` belong to java/enabled-protocols.
        !(isCode(file) && /\.$/.test(file.code.slice(s.keyStart - 1, s.keyStart))) &&
        !/^(?:SSLHostConfig|Connector)$/.test(file.kind === 'xml' ? (enclosingTag(file.code, s.keyStart) ?? '') : ''),
    evaluate: enabledProtocolsEval,
    instead: (ctx) => `\`enabled-protocols: ${safeList(ctx.floor)}\``,
    examples: {
        valid: [
            {
                file: 'src/main/resources/application.properties',
                code: 'server.ssl.enabled-protocols=TLSv1.2,\\\n  TLSv1.3\nlegacy.protocols=TLSv1',
                note: 'the continuation ends with its line: the next key is not part of the value',
            },
            { file: 'src/main/resources/application.properties', code: 'server.ssl.enabled-protocols=TLSv1.3,TLSv1.2' },
            { file: 'config/server.properties', code: 'ssl.enabled.protocols=TLSv1.2,TLSv1.3\nssl.protocol=TLSv1.3' },
            {
                file: 'src/main/resources/application.yml',
                code: 'server:\n  ssl:\n    # enabled-protocols: TLSv1,TLSv1.1,TLSv1.2\n    enabled-protocols:\n      - TLSv1.3\n      - TLSv1.2',
                note: 'commented-out legacy list',
            },
            { file: 'docker-compose.yml', code: 'environment:\n  KAFKA_SSL_ENABLED_PROTOCOLS: ${SSL_PROTOCOLS}', note: 'variable' },
            { file: 'conf/zoo.cfg.tmpl', code: 'ssl.enabledProtocols=TLSv1.2', note: 'not a TLSv1 inside TLSv1.2' },
            {
                file: 'src/main/java/Config.java',
                code: 'String[] enabledProtocols = {"TLSv1.2"};',
                note: 'Java code: a variable, not configuration',
            },
        ],
        invalid: [
            {
                file: 'src/main/resources/application.properties',
                code: 'server.ssl.enabled-protocols=TLSv1.2,\\\n  TLSv1.1\nserver.port=8443',
                findings: ['2:3 TLSv1.1'],
                output: 'server.ssl.enabled-protocols=TLSv1.2\nserver.port=8443',
                note: 'a .properties value continued after a backslash, reported on the continued line',
            },
            {
                file: 'src/main/resources/application.properties',
                code: 'server.port=8443\nserver.ssl.enabled-protocols=TLSv1,TLSv1.1,TLSv1.2',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                output: 'server.port=8443\nserver.ssl.enabled-protocols=TLSv1.2',
            },
            {
                file: 'src/main/resources/application.yml',
                code: 'server:\n  port: 8443\n  ssl:\n    enabled-protocols:\n      - TLSv1.1\n      - TLSv1.2',
                findings: ['5:9 TLSv1.1'],
            },
            {
                file: 'src/main/resources/application.yaml',
                code: 'server:\n  ssl:\n    enabledProtocols: [TLSv1, TLSv1.2]',
                findings: ['3:5 TLSv1.0'],
            },
            {
                file: 'config/server.properties',
                code: 'listeners=SSL://:9093\nssl.enabled.protocols=TLSv1.2,TLSv1.1,TLSv1',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                output: 'listeners=SSL://:9093\nssl.enabled.protocols=TLSv1.2',
            },
            {
                file: 'docker-compose.yml',
                code: 'services:\n  kafka:\n    environment:\n      KAFKA_CFG_SSL_ENABLED_PROTOCOLS: "TLSv1.2,TLSv1.1"',
                findings: ['4:7 TLSv1.1'],
            },
            {
                file: 'k8s/kafka.yaml',
                code: 'env:\n  - name: KAFKA_SSL_ENABLED_PROTOCOLS\n    value: "TLSv1.2,TLSv1.1,TLSv1"',
                findings: ['3:21 TLSv1.0 TLSv1.1'],
                output: 'env:\n  - name: KAFKA_SSL_ENABLED_PROTOCOLS\n    value: "TLSv1.2"',
                note: 'Kubernetes name/value env pair',
            },
            { file: 'conf/zoo.cfg', code: 'ssl.quorum.enabledProtocols=TLSv1,TLSv1.2', findings: ['1:1 TLSv1.0'] },
            {
                file: 'config/opensearch.yml',
                code: 'plugins.security.ssl.http.enabled_protocols:\n  - "TLSv1.1"\n  - "TLSv1.2"',
                findings: ['2:6 TLSv1.1'],
            },
            {
                file: 'conf/application.conf',
                code: 'akka.remote.artery.ssl.config-ssl-engine {\n  enabled-protocols = ["TLSv1", "TLSv1.2"]\n}',
                findings: ['2:3 TLSv1.0'],
            },
            {
                file: 'src/main/java/com/acme/KafkaConfig.java',
                code: 'props.put("ssl.enabled.protocols", "TLSv1.2,TLSv1.1,TLSv1");',
                findings: ['1:11 TLSv1.0 TLSv1.1'],
            },
        ],
    },
}), /(?:[A-Z0-9]+_){1,10}ENABLED_PROTOCOLS/, enabledProtocolsEval, (ctx) => `\`${safeList(ctx.floor)}\``);

;// CONCATENATED MODULE: ./src/scan/rules/java/context-protocol.ts




// ---------------------------------------------------------------------------------------------
// C11, C12, M11: the context protocol (`server.ssl.protocol`, Kafka `ssl.protocol`)
// ---------------------------------------------------------------------------------------------
/** The key of the YAML mapping that holds the line at `offset` (`ssl` for `ssl:\n  protocol: x`). */
function yamlParent(code, offset) {
    let lineStart = (0,source/* lastNewline */.Ly)(code, offset - 1) + 1;
    const indent = /^[ \t]*(?:-[ \t]+)?/.exec(code.slice(lineStart, offset))[0].length;
    for (let n = 0; n < 300 && lineStart > 0; n++) {
        const prevEnd = lineStart - 1;
        lineStart = (0,source/* lastNewline */.Ly)(code, prevEnd - 1) + 1;
        const line = code.slice(lineStart, prevEnd);
        if (line.trim() === '')
            continue;
        const m = /^([ \t]*)(?:-[ \t]+)?["']?([\w.\-[\]]+)["']?[ \t]*:/.exec(line);
        const lineIndent = /^[ \t]*/.exec(line)[0].length;
        if (lineIndent < indent)
            return m ? m[2] : undefined;
    }
    return undefined;
}
const sslProtocolSetting = (0,scan_define/* settingRule */.JQ)({
    meta: {
        id: 'java/ssl-protocol-setting',
        title: 'JVM ssl.protocol setting names a legacy protocol',
        description: 'Spring Boot `server.ssl.protocol`, Spring Kafka `spring.kafka.ssl.protocol`, Kafka and ZooKeeper `ssl.protocol` and Play/Akka `ssl-config.protocol` choose the SSLContext protocol. A legacy name there pins clients to it unless an enabled-protocols list overrides it.',
        ecosystem: 'Java & JVM',
        catalogue: ['C11', 'C12', 'M11'],
        docs: [
            'https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.server.server.ssl.protocol',
            'https://kafka.apache.org/documentation/#brokerconfigs_ssl.protocol',
        ],
        files: { kinds: [...CONFIG_KINDS, ...CODE_KINDS] },
        keywords: /ssl\.protocol|SSL_PROTOCOL|ssl-config\.protocol|ssl:|ssl-config:/,
        fixable: true,
        safe: 'server.ssl.protocol=TLS',
        limits: 'Whether the versions are used depends on the enabled-protocols setting next to it: the setting is reported, as a warning, only when the file has no enabled-protocols list; a list in another file is not seen.',
    },
    keys: /(?:[\w-]+\.){0,10}(?:ssl|SSL)(?:-config)?\.protocol|(?:[A-Z0-9]+_){1,10}SSL_PROTOCOL|protocol/,
    where: (s, file) => {
        if (!codeCallOrConfig(s, file) || inSedSearch(file, s.keyStart))
            return false;
        if (s.key === 'protocol')
            return file.kind === 'yaml' && /^ssl(?:-config)?$/i.test(yamlParent(file.code, s.keyStart) ?? '');
        return !/^apache_/i.test(s.key);
    },
    evaluate: (s, ctx, file) => {
        const tokens = (0,evaluate/* tokenize */.qw)(s.value);
        const v = tokens.length === 1 ? (0,evaluate/* readVersion */.$4)(tokens[0].text) : undefined;
        if (!v)
            return undefined;
        // An enabled-protocols list in the same file decides what is offered (java/enabled-protocols-setting judges it).
        if (file.matches(/enabled[-_.]?protocols/i))
            return undefined;
        const spelled = (0,evaluate/* respell */.an)(tokens[0].text, ctx.floor);
        return {
            versions: contextVersions(v),
            severity: 'warning',
            why: 'the SSLContext protocol; an enabled-protocols list decides what is finally offered',
            fix: spelled && (0,evaluate/* readVersion */.$4)(spelled) === ctx.floor
                ? { start: tokens[0].start + s.valueStart, end: tokens[0].end + s.valueStart, text: spelled }
                : undefined,
        };
    },
    instead: (ctx) => `\`ssl.protocol=${ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.3` or `TLSv1.2'}\``,
    examples: {
        valid: [
            { file: 'src/main/resources/application.properties', code: 'server.ssl.protocol=TLS', note: 'protocol family' },
            { file: 'config/producer.properties', code: 'ssl.protocol=TLSv1.2' },
            {
                file: 'src/main/resources/application.yml',
                code: 'spring:\n  rabbitmq:\n    ssl:\n      algorithm: TLSv1.2\n  datasource:\n    protocol: TLSv1',
                note: '`protocol` outside an `ssl:` block',
            },
            { file: 'group_vars/web.yml', code: 'apache_ssl_protocol: "All -SSLv2 -SSLv3"', note: 'Apache rule' },
            { file: 'config/server.properties', code: '#ssl.protocol=TLSv1\nssl.protocol=TLSv1.3', note: 'commented out' },
            {
                file: 'config/client.properties',
                code: 'ssl.protocol=TLSv1.1\nssl.enabled.protocols=TLSv1.2,TLSv1.3',
                note: 'the enabled list overrides the context protocol',
            },
        ],
        invalid: [
            {
                file: 'src/main/resources/application.properties',
                code: 'server.ssl.protocol=TLSv1',
                findings: ['1:1 TLSv1.0'],
                severity: 'warning',
                output: 'server.ssl.protocol=TLSv1.2',
            },
            {
                file: 'config/client.properties',
                code: 'security.protocol=SSL\nssl.protocol=TLSv1.1',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'src/main/resources/application.yml',
                code: 'spring:\n  kafka:\n    ssl:\n      protocol: TLSv1',
                findings: ['4:7 TLSv1.0'],
                severity: 'warning',
            },
            {
                file: 'docker-compose.yml',
                code: 'environment:\n  - KAFKA_SSL_PROTOCOL=TLSv1.1',
                findings: ['2:5 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            { file: 'conf/application.conf', code: 'play.ws.ssl.protocol = "TLSv1"', findings: ['1:1 TLSv1.0'], severity: 'warning' },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/java/javamail.ts


// ---------------------------------------------------------------------------------------------
// C13: JavaMail mail.<proto>.ssl.protocols
// ---------------------------------------------------------------------------------------------
const javamailProtocols = (0,scan_define/* settingRule */.JQ)({
    meta: {
        id: 'java/javamail-ssl-protocols',
        title: 'JavaMail ssl.protocols enables legacy TLS',
        description: '`mail.smtp.ssl.protocols` (also `mail.smtps.`, `mail.imap(s).`, `mail.pop3(s).`, and Spring `spring.mail.properties.mail.smtp.ssl.protocols`) is the space-separated list of versions Jakarta/JavaMail enables for SSL and STARTTLS connections.',
        ecosystem: 'Java & JVM',
        catalogue: ['C13'],
        docs: [
            'https://jakarta.ee/specifications/mail/2.1/apidocs/jakarta.mail/jakarta/mail/internet/package-summary.html',
            'https://javaee.github.io/javamail/docs/api/com/sun/mail/smtp/package-summary.html',
        ],
        files: { kinds: [...CONFIG_KINDS, ...CODE_KINDS] },
        keywords: /ssl\.protocols|SSL_PROTOCOLS/,
        fixable: true,
        safe: 'mail.smtp.ssl.protocols=TLSv1.2 TLSv1.3',
    },
    keys: /(?:[\w-]+\.){0,6}mail\.(?:smtps?|imaps?|pop3s?)\.ssl\.protocols(?:\]["']?)?|(?:[A-Z0-9]+_){0,6}MAIL_(?:SMTPS?|IMAPS?|POP3S?)_SSL_PROTOCOLS/,
    where: (s, file) => codeCallOrConfig(s, file) && !inSedSearch(file, s.keyStart),
    evaluate: (s, ctx, file) => {
        const e = (0,scan_define/* asList */.DD)()(s, ctx, file);
        return e && { ...e, instead: rewriteSetting(file, s, safeList(ctx.floor, ' ')) };
    },
    instead: (ctx) => `\`mail.smtp.ssl.protocols=${safeList(ctx.floor, ' ')}\``,
    examples: {
        valid: [
            { file: 'src/main/resources/mail.properties', code: 'mail.smtp.ssl.protocols=TLSv1.2 TLSv1.3' },
            { file: 'src/main/java/Mailer.java', code: 'props.put("mail.smtp.ssl.protocols", "TLSv1.2");' },
            {
                file: 'src/main/resources/application.yml',
                code: 'spring:\n  mail:\n    properties:\n      # mail.smtp.ssl.protocols: TLSv1\n      mail.smtp.starttls.enable: true',
                note: 'commented out',
            },
            { file: 'src/main/java/Mailer.java', code: 'String p = props.getProperty("mail.smtp.ssl.protocols");' },
        ],
        invalid: [
            {
                file: 'src/main/java/com/acme/Mailer.java',
                code: 'Properties props = new Properties();\nprops.put("mail.smtp.starttls.enable", "true");\nprops.put("mail.smtp.ssl.protocols", "TLSv1");',
                findings: ['3:11 TLSv1.0'],
                output: 'Properties props = new Properties();\nprops.put("mail.smtp.starttls.enable", "true");\nprops.put("mail.smtp.ssl.protocols", "TLSv1.2");',
            },
            {
                file: 'src/main/resources/application.properties',
                code: 'spring.mail.properties.mail.smtp.ssl.protocols=TLSv1 TLSv1.1 TLSv1.2',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                output: 'spring.mail.properties.mail.smtp.ssl.protocols=TLSv1.2',
            },
            {
                file: 'src/main/resources/application.yml',
                code: 'spring:\n  mail:\n    properties:\n      "[mail.smtp.ssl.protocols]": TLSv1.1',
                findings: ['4:9 TLSv1.1'],
            },
            { file: 'src/Mail.kt', code: 'props.setProperty("mail.imaps.ssl.protocols", "TLSv1.1 TLSv1.2")', findings: ['1:19 TLSv1.1'] },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/java/jdbc.ts



// ---------------------------------------------------------------------------------------------
// C14: JDBC URL and driver properties
// ---------------------------------------------------------------------------------------------
const jdbcProtocols = (0,scan_define/* settingRule */.JQ)({
    meta: {
        id: 'java/jdbc-tls-protocols',
        title: 'JDBC driver pinned to legacy TLS',
        description: 'SQL Server `sslProtocol=TLSv1` (the SSLContext protocol of mssql-jdbc), MySQL Connector/J `enabledTLSProtocols=` / `tlsVersions=` and MariaDB `enabledSslProtocolSuites=` in JDBC URLs and driver properties make the driver offer the listed versions.',
        ecosystem: 'Java & JVM',
        catalogue: ['C14'],
        docs: [
            'https://learn.microsoft.com/en-us/sql/connect/jdbc/setting-the-connection-properties',
            'https://dev.mysql.com/doc/connector-j/en/connector-j-connp-props-security.html',
            'https://mariadb.com/kb/en/about-mariadb-connector-j/',
        ],
        files: { kinds: [...CONFIG_KINDS, ...CODE_KINDS] },
        keywords: /enabledTLSProtocols|tlsVersions|enabledSslProtocolSuites|sslProtocol/,
        fixable: true,
        safe: 'jdbc:mysql://db:3306/app?sslMode=VERIFY_IDENTITY&tlsVersions=TLSv1.2,TLSv1.3',
        limits: 'The driver version decides the default when the parameter is absent (Connector/J before 8.0.28 and mssql-jdbc before 9 offered TLSv1 and TLSv1.1).',
    },
    keys: /enabledTLSProtocols|tlsVersions|enabledSslProtocolSuites|sslProtocol/,
    finder: { spaceSeparated: false, stops: '&"\'' },
    where: (s, file) => {
        if (inSedSearch(file, s.keyStart))
            return false;
        // In code the URL is often concatenated over several lines: look a few lines back.
        const before = file.code.slice(Math.max(0, s.keyStart - 600), s.keyStart);
        if (s.key === 'sslProtocol')
            return /jdbc:sqlserver:/i.test(before) && file.code[s.keyStart - 1] === ';';
        if (isCode(file))
            return codeCallOrConfig(s, file) || /jdbc:/i.test(before);
        return true;
    },
    evaluate: (s, ctx, file) => {
        const encoded = /%2C/i.test(s.value);
        const setting = encoded ? { ...s, value: s.value.replace(/%2C/gi, ',   ') } : s;
        if (s.key === 'sslProtocol') {
            const v = (0,evaluate/* readVersion */.$4)(s.value.trim());
            if (!v)
                return undefined;
            const spelled = (0,evaluate/* respell */.an)(s.value.trim(), ctx.floor);
            return {
                versions: contextVersions(v),
                fix: spelled ? { start: s.valueStart, end: s.valueEnd, text: spelled } : undefined,
                instead: `\`sslProtocol=${ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2'}\``,
            };
        }
        const e = (0,scan_define/* asList */.DD)()(setting, ctx, file);
        if (!e)
            return undefined;
        return { ...e, fix: encoded ? undefined : e.fix, instead: `\`${s.key}=${safeList(ctx.floor)}\`` };
    },
    instead: (ctx) => `\`tlsVersions=${safeList(ctx.floor)}\``,
    examples: {
        valid: [
            {
                file: 'src/main/resources/application.properties',
                code: 'spring.datasource.url=jdbc:mysql://db:3306/app?sslMode=REQUIRED&tlsVersions=TLSv1.2,TLSv1.3',
            },
            {
                file: 'src/main/resources/application.properties',
                code: 'spring.datasource.url=jdbc:sqlserver://db:1433;databaseName=app;encrypt=true;sslProtocol=TLS',
                note: '"TLS" lets the driver negotiate',
            },
            {
                file: 'conf/server.xml',
                code: '<Connector port="8443" sslProtocol="TLSv1" />',
                note: 'Tomcat attribute: the Tomcat rule reports it',
            },
            {
                file: 'src/main/resources/db.properties',
                code: '# url=jdbc:mysql://legacy:3306/app?enabledTLSProtocols=TLSv1\nurl=jdbc:mysql://db:3306/app?enabledTLSProtocols=TLSv1.2',
                note: 'commented out',
            },
            {
                file: 'src/Db.java',
                code: '//String url="jdbc:sqlserver://10.0.0.5;encrypt=false;sslProtocol=TLSv1.1;database=BAS;";\nString url = "jdbc:sqlserver://10.0.0.5;encrypt=true;sslProtocol=TLSv1.2;database=BAS;";',
                note: 'commented-out URL; TLSv1.2',
            },
        ],
        invalid: [
            {
                file: 'src/main/resources/application.properties',
                code: 'spring.datasource.url=jdbc:sqlserver://legacy-db:1433;databaseName=erp;encrypt=true;trustServerCertificate=true;sslProtocol=TLSv1',
                findings: ['1:113 TLSv1.0'],
                output: 'spring.datasource.url=jdbc:sqlserver://legacy-db:1433;databaseName=erp;encrypt=true;trustServerCertificate=true;sslProtocol=TLSv1.2',
            },
            {
                file: 'src/main/resources/application.yml',
                code: 'spring:\n  datasource:\n    url: jdbc:mysql://db:3306/app?useSSL=true&enabledTLSProtocols=TLSv1,TLSv1.1,TLSv1.2&serverTimezone=UTC',
                findings: ['3:47 TLSv1.0 TLSv1.1'],
                output: 'spring:\n  datasource:\n    url: jdbc:mysql://db:3306/app?useSSL=true&enabledTLSProtocols=TLSv1.2&serverTimezone=UTC',
            },
            {
                file: 'src/main/java/Db.java',
                code: 'String url = "jdbc:mariadb://db:3306/app?useSsl=true&enabledSslProtocolSuites=TLSv1.1";',
                findings: ['1:54 TLSv1.1'],
            },
            {
                file: 'app/src/main/java/com/acme/Db.kt',
                code: 'val url = "jdbc:sqlserver://$host:1433;databaseName=erp;" +\n    "encrypt=true;trustServerCertificate=true;" +\n    "loginTimeout=30;sslProtocol=TLSv1.1;"',
                findings: ['3:22 TLSv1.0 TLSv1.1'],
                note: 'URL concatenated over several lines',
            },
            {
                file: 'hibernate.cfg.xml',
                code: '<property name="connection.url">jdbc:mysql://db/app?tlsVersions=TLSv1%2CTLSv1.2</property>',
                findings: ['1:53 TLSv1.0'],
                note: 'URL-encoded comma',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/java/elastic.ts


// ---------------------------------------------------------------------------------------------
// C15: Elastic stack supported_protocols
// ---------------------------------------------------------------------------------------------
const elasticSupportedProtocols = (0,scan_define/* settingRule */.JQ)({
    meta: {
        id: 'java/elastic-supported-protocols',
        title: 'Elastic stack supported_protocols enables legacy TLS',
        description: 'Elasticsearch `xpack.security.{http,transport}.ssl.supported_protocols`, Beats `ssl.supported_protocols`, Logstash `ssl_supported_protocols` and Kibana `server.ssl.supportedProtocols` / `elasticsearch.ssl.supportedProtocols` list the versions the component accepts or offers.',
        ecosystem: 'Java & JVM',
        catalogue: ['C15'],
        docs: [
            'https://www.elastic.co/guide/en/elasticsearch/reference/current/security-settings.html#ssl-tls-settings',
            'https://www.elastic.co/guide/en/beats/filebeat/current/configuration-ssl.html#supported-protocols',
            'https://www.elastic.co/guide/en/kibana/current/settings.html',
        ],
        files: { kinds: ['yaml', 'conf', 'properties', 'json', 'env', 'shell', 'dockerfile', 'toml', 'hcl'] },
        keywords: /supported_protocols|supportedProtocols|SUPPORTEDPROTOCOLS/,
        fixable: true,
        safe: 'xpack.security.http.ssl.supported_protocols: [TLSv1.3, TLSv1.2]',
        limits: "Elasticsearch's default (`TLSv1.3, TLSv1.2, TLSv1.1` on some versions) is not reported when the setting is absent.",
    },
    keys: /(?:[\w-]+\.){0,10}(?:ssl_)?(?:supported_protocols|supportedprotocols)|(?:[a-z0-9]+_){1,10}supportedprotocols/i,
    where: (s, file) => !inSedSearch(file, s.keyStart),
    evaluate: (s, ctx, file) => {
        const e = (0,scan_define/* asList */.DD)()(s, ctx, file);
        return e && { ...e, instead: rewriteSetting(file, s, safeList(ctx.floor, s.form === 'list' ? ', ' : separatorOf(s.value))) };
    },
    instead: (ctx) => `\`supported_protocols: [${safeList(ctx.floor, ', ')}]\``,
    examples: {
        valid: [
            { file: 'config/elasticsearch.yml', code: 'xpack.security.http.ssl.supported_protocols: [TLSv1.3, TLSv1.2]' },
            { file: 'filebeat.yml', code: 'output.logstash:\n  hosts: ["ls:5044"]\n  ssl.supported_protocols: [TLSv1.2, TLSv1.3]' },
            {
                file: 'config/kibana.yml',
                code: '#server.ssl.supportedProtocols: ["TLSv1.1", "TLSv1.2"]\nserver.ssl.supportedProtocols: ["TLSv1.2", "TLSv1.3"]',
                note: 'commented out',
            },
            {
                file: 'pipeline/beats.conf',
                code: "input {\n  beats {\n    port => 5044\n    ssl_supported_protocols => ['TLSv1.2', 'TLSv1.3']\n  }\n}",
            },
        ],
        invalid: [
            {
                file: 'config/elasticsearch.yml',
                code: 'xpack.security.http.ssl.enabled: true\nxpack.security.http.ssl.supported_protocols: [TLSv1.1, TLSv1.2]',
                findings: ['2:1 TLSv1.1'],
                output: 'xpack.security.http.ssl.enabled: true\nxpack.security.http.ssl.supported_protocols: [TLSv1.2]',
            },
            {
                file: 'filebeat.yml',
                code: 'output.elasticsearch:\n  hosts: ["https://es:9200"]\n  ssl:\n    supported_protocols:\n      - TLSv1.0\n      - TLSv1.1\n      - TLSv1.2',
                findings: ['5:9 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'pipeline/beats.conf',
                code: "input {\n  beats {\n    port => 5044\n    ssl_supported_protocols => ['TLSv1.1', 'TLSv1.2']\n  }\n}",
                findings: ['4:5 TLSv1.1'],
            },
            {
                file: 'config/kibana.yml',
                code: 'server.ssl.supportedProtocols: ["TLSv1", "TLSv1.1", "TLSv1.2"]',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                output: 'server.ssl.supportedProtocols: ["TLSv1.2"]',
            },
            {
                file: 'docker-compose.yml',
                code: 'services:\n  es:\n    environment:\n      - xpack.security.transport.ssl.supported_protocols=TLSv1.1,TLSv1.2,TLSv1.3',
                findings: ['4:9 TLSv1.1'],
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/java/index.ts











const java_rules = [
    sslContextProtocol,
    enabledProtocolsCall,
    okhttpCompatibleTls,
    jsseProtocolProperties,
    disabledAlgorithms,
    disabledAlgorithmsEdit,
    tomcatProtocols,
    enabledProtocolsSetting,
    sslProtocolSetting,
    javamailProtocols,
    jdbcProtocols,
    elasticSupportedProtocols,
];

;// CONCATENATED MODULE: ./src/scan/rules/python.ts
/**
 * Python: the standard `ssl` module (`PROTOCOL_*` constants, `TLSVersion` bounds, `options`),
 * pyOpenSSL (`*_METHOD`, `set_min_proto_version`), and the libraries that take the same
 * constants as arguments (urllib3/requests adapters, paho-mqtt, ldap3, pymongo, Celery, Twisted).
 */



const PY_FILES = { kinds: ['python'] };
// ---------------------------------------------------------------------------------------------
// Local helpers
/** Triple-quoted strings (docstrings), which the comment masker leaves in `code`, in file order. */
function docstrings(file) {
    const found = [];
    const code = file.code;
    const open = /"""|'''/g;
    for (let m = open.exec(code); m; m = open.exec(code)) {
        const close = code.indexOf(m[0], m.index + 3);
        const end = close < 0 ? code.length : close + 3;
        found.push({ at: m.index, end });
        open.lastIndex = end;
    }
    return found;
}
function inDocstring(file, offset) {
    // The strings do not overlap: only the last one that starts at or before `offset` can hold it.
    const last = (0,source/* lastBefore */.kk)(file.fact(docstrings), offset + 1);
    return last !== undefined && offset < last.end;
}
/** What a context used only to compare a key with a certificate does with itself. */
const KEY_CHECK_USE = /^\.(?:use_privatekey|use_certificate|use_certificate_chain|add_extra_chain_cert|check_privatekey)(?:_file)?$/;
/** How much of a function the key-check judgement reads: a longer one is not judged (it stays reported). */
const FUNCTION_WINDOW = 4000;
/**
 * Whether the pyOpenSSL context built at `offset` (`ctx = SSL.Context(SSL.SSLv23_METHOD)`) is only
 * used, in its function, to compare a private key with a certificate: every later mention of its
 * name loads a key or certificate or calls `check_privatekey`, which is called; it is not returned,
 * passed on or given to a `Connection`. Such a context never negotiates, so its method enables nothing.
 */
function onlyChecksKeys(code, offset) {
    const lineStart = (0,source/* lastNewline */.Ly)(code, offset) + 1;
    const assigned = /^([ \t]*)([A-Za-z_]\w{0,40})[ \t]*=[ \t]*(?:[\w.]{1,60}\.)?Context\([ \t]*$/.exec(code.slice(lineStart, offset));
    if (!assigned)
        return false;
    const indent = assigned[1].length;
    // The enclosing function: the nearest `def` above that is indented less than the assignment.
    const before = code.slice(Math.max(0, lineStart - FUNCTION_WINDOW), lineStart);
    const defs = [...before.matchAll(/^([ \t]*)(?:async[ \t]+)?def\b/gm)].filter((d) => d[1].length < indent);
    if (defs.length === 0)
        return false;
    const defIndent = defs[defs.length - 1][1].length;
    // The rest of the function: up to the first non-blank line indented no deeper than its `def`.
    const after = code.slice(offset, offset + FUNCTION_WINDOW);
    const end = after.search(new RegExp(`\\n[ \\t]{0,${defIndent}}(?=\\S)`));
    if (end < 0 && offset + FUNCTION_WINDOW < code.length)
        return false;
    let checks = false;
    for (const use of (end < 0 ? after : after.slice(0, end)).matchAll(new RegExp(`(?<![\\w.])${assigned[2]}\\b(\\.\\w+)?`, 'g'))) {
        if (!use[1] || !KEY_CHECK_USE.test(use[1]))
            return false;
        if (use[1] === '.check_privatekey')
            checks = true;
    }
    return checks;
}
/** Names of call targets whose arguments only inspect or collect a constant. */
const INSPECTING_CALLS = /^(?:hasattr|getattr|setattr|isinstance|print|repr|str|int|len|id|hash|sorted|set|list|tuple|dict|frozenset|enumerate|format|append|extend|add|insert|remove|discard|index|count|parametrize|skipIf|skipUnless|skipif|log|debug|info|warn|warning|error|exception|if|elif|while|in|not|and|or|return|assert|for|with|yield|lambda|print_function)$|^assert|^_?check|^_?verify|^_?validate/i;
/** Dictionary keys (and keyword names) under which a protocol constant is a setting. */
const PROTOCOL_KEYS = /^(?:ssl_?version|tls_?version|ssl_?protocol|tls_?protocol|protocol|version|method|ssl_?method|ssl_?context_?protocol)$/i;
/** The name called by the bracket that opens at `open` (`ssl.SSLContext(`), or '' for a bare bracket. */
function calleeBefore(code, open) {
    const m = /([A-Za-z_][\w.]{0,80})\s*$/.exec(code.slice(Math.max(0, open - 80), open));
    return m ? m[1] : '';
}
/** The unmatched opening bracket before `at`, scanning back at most 800 characters. */
function enclosingBracket(code, at) {
    let depth = 0;
    for (let i = at - 1; i >= 0 && at - i < 800; i--) {
        const ch = code[i];
        if (ch === ')' || ch === ']' || ch === '}')
            depth++;
        else if (ch === '(' || ch === '[' || ch === '{') {
            if (depth === 0)
                return i;
            depth--;
        }
    }
    return -1;
}
/**
 * Whether the list opened at `open` is iterated — directly (`for m in [A, B]:`) or through a name
 * assigned it (`methods = [A, B]` then `for m in methods:`) — by a loop whose body passes each
 * element to a context (`Context(m)`, `SSLContext(m)`, `ssl_version=m`): every element is used.
 */
function iteratedIntoContext(code, open) {
    let close = -1;
    for (let i = open + 1, depth = 0; i < code.length && i - open < 800; i++) {
        const ch = code[i];
        if (ch === '[' || ch === '(' || ch === '{')
            depth++;
        else if (ch === ']' || ch === ')' || ch === '}') {
            if (depth === 0) {
                close = i;
                break;
            }
            depth--;
        }
    }
    if (close < 0 || code[close] !== ']')
        return false;
    const lineStart = (0,source/* lastNewline */.Ly)(code, open - 1) + 1;
    const head = code.slice(lineStart, open);
    let loopVar = /\bfor[ \t]+(\w+)[ \t]+in[ \t]+$/.exec(head)?.[1];
    let bodyFrom = close + 1;
    if (!loopVar) {
        const assigned = /^[ \t]*(\w+)[ \t]*=[ \t]*$/.exec(head)?.[1];
        if (!assigned)
            return false;
        const loop = new RegExp(`\\bfor[ \\t]+(\\w+)[ \\t]+in[ \\t]+${assigned}[ \\t]*:`).exec(code.slice(close, close + 400));
        if (!loop)
            return false;
        loopVar = loop[1];
        bodyFrom = close + loop.index + loop[0].length;
    }
    const body = code.slice(bodyFrom, bodyFrom + 400);
    return new RegExp(`\\b(?:Context|SSLContext|wrap_socket)[ \\t]*\\([ \\t]*${loopVar}[ \\t]*[,)]|\\bssl_version[ \\t]*=[ \\t]*${loopVar}\\b`).test(body);
}
/**
 * Whether the constant written at `start` is used as a setting: a call argument, a keyword
 * argument or default, an assignment, or the value of a `'ssl_version':` key. Comparisons,
 * imports, membership tests, lookup tables and collections of several constants are not.
 */
function useOf(code, start) {
    const before = code.slice(Math.max(0, start - 300), start);
    if (/(?:^|\n)[ \t]*(?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+\(?[\w\s,.\\]*$/.test(before))
        return undefined;
    const prev = /(==|!=|<=|>=|[=(,:<>\[{]|\b(?:return|or|else|is|in|not|and|if|elif|yield|lambda))[\s\\]*$/.exec(before);
    if (!prev)
        return undefined;
    const op = prev[1];
    const at = start - prev[0].length;
    switch (op) {
        case '=': {
            // `table[ssl.PROTOCOL_TLSv1_1] = SSL.TLSv1_1_METHOD` fills a lookup table; `kwargs['ssl_version'] = …` is a setting.
            const target = code.slice(Math.max(0, at - 120), at).replace(/\s+$/, '');
            if (!target.endsWith(']'))
                return 'setting';
            const key = /\[\s*(["'])(\w{1,40})\1\s*\]$/.exec(target);
            return key && PROTOCOL_KEYS.test(key[2]) ? 'setting' : undefined;
        }
        case '(': {
            const callee = calleeBefore(code, at);
            const name = callee.slice(callee.lastIndexOf('.') + 1);
            // `table.get(ssl.PROTOCOL_TLSv1)` looks a key up; `kwargs.get('ssl_version', ssl.PROTOCOL_TLSv1)` is a default.
            if (/^(?:get|pop|setdefault)$/.test(name))
                return undefined;
            return callee && !INSPECTING_CALLS.test(name) ? 'setting' : undefined;
        }
        case '[':
            return iteratedIntoContext(code, at) ? 'setting' : undefined;
        case ',': {
            const open = enclosingBracket(code, at);
            if (open >= 0 && code[open] === '[')
                return iteratedIntoContext(code, open) ? 'setting' : undefined;
            if (open < 0 || code[open] !== '(')
                return undefined;
            const callee = calleeBefore(code, open);
            return callee && !INSPECTING_CALLS.test(callee.slice(callee.lastIndexOf('.') + 1)) ? 'setting' : undefined;
        }
        case ':': {
            const key = /(["'])(\w{1,40})\1\s*$/.exec(code.slice(Math.max(0, at - 50), at));
            return key && PROTOCOL_KEYS.test(key[2]) ? 'setting' : undefined;
        }
        case 'return':
        case 'or':
        case 'else':
            return 'fallback';
        default:
            return undefined;
    }
}
// ---------------------------------------------------------------------------------------------
// D1, D2, D5, D6, D7: pinned protocol constants
const PINNED = {
    SSLv2: 'SSLv2',
    SSLv3: 'SSLv3',
    TLSv1: 'TLSv1.0',
    TLSv1_1: 'TLSv1.1',
};
/**
 * pyOpenSSL's SSLv23_METHOD negotiates; what it allows depends on OP_NO_* flags and the OpenSSL build.
 * A fact of the whole file (`file.fact`), read once however many contexts it makes.
 */
function negotiated(file) {
    const code = file.code;
    if (/set_min_proto_version|minimum_version/.test(code))
        return undefined;
    let set = (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.3');
    const flags = /(~\s*)?\bOP_NO_(TLSv1_1|TLSv1)\b/g;
    for (let m = flags.exec(code); m; m = flags.exec(code))
        if (!m[1])
            set &= ~(0,src_versions/* setOf */.s4)(PINNED[m[2]]);
    return set;
}
const pythonProtocolConstant = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'python/ssl-protocol-constant',
        title: 'Python code pins a legacy SSL/TLS protocol',
        description: '`ssl.PROTOCOL_TLSv1`, `PROTOCOL_TLSv1_1`, `PROTOCOL_SSLv3`, `PROTOCOL_SSLv2` and pyOpenSSL `TLSv1_METHOD`, `TLSv1_1_METHOD`, `SSLv3_METHOD`, `SSLv2_METHOD` pin a connection to one legacy version — whether passed positionally to `ssl.SSLContext(...)` / `SSL.Context(...)`, as `ssl_version=` to `wrap_socket`, `get_server_certificate` or urllib3/requests pool managers, as `tls_version=` (paho-mqtt), `version=` (ldap3), `method=` (Twisted), or as the `ssl_version` value of a Celery `broker_use_ssl` dict. pyOpenSSL `SSLv23_METHOD` negotiates and allows TLSv1.0 and TLSv1.1 unless `OP_NO_TLSv1 | OP_NO_TLSv1_1` or a minimum version is set.',
        ecosystem: 'Python',
        catalogue: ['D1', 'D2', 'D5', 'D6', 'D7'],
        docs: [
            'https://docs.python.org/3/library/ssl.html#ssl.PROTOCOL_TLSv1',
            'https://www.pyopenssl.org/en/stable/api/ssl.html#OpenSSL.SSL.Context',
            'https://urllib3.readthedocs.io/en/stable/reference/urllib3.util.html#urllib3.util.ssl_wrap_socket',
        ],
        files: PY_FILES,
        keywords: /PROTOCOL_SSLv2|PROTOCOL_SSLv3|PROTOCOL_TLSv1|SSLv2_METHOD|SSLv3_METHOD|SSLv23_METHOD|TLSv1_METHOD|TLSv1_1_METHOD|ssl_version/,
        fixable: true,
        safe: 'ctx = ssl.create_default_context()  # or ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT) with ctx.minimum_version = ssl.TLSVersion.TLSv1_2',
        limits: '`ssl.PROTOCOL_TLS` / `PROTOCOL_SSLv23`, `ssl.SSLContext()` and `ssl.wrap_socket()` without a version negotiate; before Python 3.10 they allow TLSv1.0 and TLSv1.1 unless `OP_NO_TLSv1 | OP_NO_TLSv1_1` or `minimum_version` is set, which depends on the Python version and is not reported. Constants reached through variables, lookup tables keyed by user input (`{"tlsv1": ssl.PROTOCOL_TLSv1}`) and `getattr(ssl, name)` are not followed.',
    },
    pattern: /(?<![\w'"])(?:[A-Za-z_][\w]{0,30}\.){0,3}(PROTOCOL_(SSLv2|SSLv3|TLSv1|TLSv1_1)|(SSLv2|SSLv3|SSLv23|TLSv1|TLSv1_1)_METHOD)\b(?!['"])|\bssl_version(["']?)\s*[=:]\s*(["'])(?:PROTOCOL_)?(SSLv2|SSLv3|TLSv1|TLSv1_1)\5/,
    evaluate: (m, ctx, file) => {
        if (inDocstring(file, m.index))
            return undefined;
        const code = file.code;
        if (m[6]) {
            // urllib3 resolves `ssl_version='TLSv1'` to `ssl.PROTOCOL_TLSv1`.
            const valueStart = m.index + m[0].length - m[6].length - 1;
            return {
                versions: (0,src_versions/* setOf */.s4)(PINNED[m[6]]),
                fix: ctx.floor === 'TLSv1.2' ? { start: valueStart, end: valueStart + m[6].length, text: 'TLSv1_2' } : undefined,
            };
        }
        const use = useOf(code, m.index);
        if (!use)
            return undefined;
        if (m[3] !== undefined && onlyChecksKeys(code, m.index))
            return undefined;
        const nameStart = m.index + m[0].length - m[1].length;
        const pyOpenSsl = m[3] !== undefined;
        const instead = pyOpenSsl
            ? `\`SSL.Context(SSL.TLS_METHOD)\` with \`ctx.set_min_proto_version(SSL.${ctx.floor === 'TLSv1.3' ? 'TLS1_3_VERSION' : 'TLS1_2_VERSION'})\``
            : `\`ssl.create_default_context()\` (or \`ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\` with \`ctx.minimum_version = ssl.TLSVersion.${ctx.floor === 'TLSv1.3' ? 'TLSv1_3' : 'TLSv1_2'}\`)`;
        if (m[3] === 'SSLv23') {
            const set = file.fact(negotiated);
            if (set === undefined)
                return undefined;
            return {
                versions: set,
                severity: 'warning',
                why: '`SSLv23_METHOD` negotiates down to the lowest version the OpenSSL build allows unless `OP_NO_TLSv1 | OP_NO_TLSv1_1` is set',
                instead,
                start: nameStart,
                end: nameStart + m[1].length,
            };
        }
        const lineStart = (0,source/* lastNewline */.Ly)(code, m.index) + 1;
        const lineEnd = (0,source/* nextNewline */.m8)(code, m.index);
        const what = file.text
            .slice(lineStart, lineEnd < 0 ? undefined : lineEnd)
            .trim()
            .slice(0, 100);
        const version = PINNED[m[2] ?? m[3]];
        const fixed = pyOpenSsl ? 'TLSv1_2_METHOD' : 'PROTOCOL_TLSv1_2';
        return {
            versions: (0,src_versions/* setOf */.s4)(version),
            what,
            severity: use === 'fallback' ? 'warning' : undefined,
            why: use === 'fallback' ? 'returned or used as a fallback value' : undefined,
            instead,
            fix: ctx.floor === 'TLSv1.2' ? { start: nameStart, end: nameStart + m[1].length, text: fixed } : undefined,
        };
    },
    instead: '`ssl.create_default_context()`',
    examples: {
        valid: [
            {
                file: 'certbot/crypto_util.py',
                code: 'def key_matches(cert, key):\n    try:\n        context = OpenSSL.SSL.Context(OpenSSL.SSL.SSLv23_METHOD)\n        context.use_privatekey(key)\n        context.use_certificate(cert)\n        context.check_privatekey()\n    except OpenSSL.SSL.Error:\n        return False\n    return True',
                note: 'a context built only to compare a key with a certificate never negotiates',
            },
            { file: 'client.py', code: 'ctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2' },
            { file: 'client.py', code: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)', note: 'protocol-neutral, negotiates' },
            {
                file: 'server.py',
                code: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1_2)',
                note: 'PROTOCOL_TLSv1 must not match inside PROTOCOL_TLSv1_2',
            },
            { file: 'app/net.py', code: 'sock = ssl.wrap_socket(s, ssl_version=ssl.PROTOCOL_TLS)' },
            {
                file: 'app/net.py',
                code: '# sock = ssl.wrap_socket(s, ssl_version=ssl.PROTOCOL_TLSv1)\nsock = ctx.wrap_socket(s)',
                note: 'commented out',
            },
            { file: 'compat.py', code: 'if ctx.protocol == ssl.PROTOCOL_TLSv1:\n    warnings.warn("legacy")', note: 'a comparison only checks' },
            { file: 'compat.py', code: 'HAS_TLSv1 = hasattr(ssl, "PROTOCOL_TLSv1")', note: 'feature probe in a string' },
            {
                file: 'compat.py',
                code: 'from ssl import PROTOCOL_TLSv1, PROTOCOL_TLSv1_2\nctx = SSLContext(PROTOCOL_TLSv1_2)',
                note: 'an import is not a use',
            },
            {
                file: 'cli/options.py',
                code: 'PROTOCOLS = {\n    "tlsv1": ssl.PROTOCOL_TLSv1,\n    "tlsv1.1": ssl.PROTOCOL_TLSv1_1,\n    "tlsv1.2": ssl.PROTOCOL_TLSv1_2,\n}',
                note: 'a lookup table keyed by user input is not a setting',
            },
            {
                file: 'vendor/urllib3/contrib/pyopenssl.py',
                code: "_openssl_versions = {\n    ssl.PROTOCOL_SSLv23: OpenSSL.SSL.SSLv23_METHOD,\n    ssl.PROTOCOL_TLSv1: OpenSSL.SSL.TLSv1_METHOD,\n}\nif hasattr(ssl, 'PROTOCOL_TLSv1_1') and hasattr(OpenSSL.SSL, 'TLSv1_1_METHOD'):\n    _openssl_versions[ssl.PROTOCOL_TLSv1_1] = OpenSSL.SSL.TLSv1_1_METHOD\ntry:\n    _openssl_versions.update({ssl.PROTOCOL_SSLv3: OpenSSL.SSL.SSLv3_METHOD})\nexcept AttributeError:\n    pass",
                note: 'a translation table between two libraries (vendored in many projects)',
            },
            {
                file: 'tests/test_tls.py',
                code: 'if proto in (ssl.PROTOCOL_TLSv1, ssl.PROTOCOL_TLSv1_1):\n    pytest.skip("legacy")',
                note: 'membership test',
            },
            {
                file: 'tls.py',
                code: 'def connect(sock):\n    """Wrap with ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1) on old servers."""\n    return ctx.wrap_socket(sock)',
                note: 'docstring',
            },
            {
                file: 'twisted_ctx.py',
                code: 'ctx = SSL.Context(SSL.SSLv23_METHOD)\nctx.set_options(SSL.OP_NO_SSLv2 | SSL.OP_NO_SSLv3 | SSL.OP_NO_TLSv1 | SSL.OP_NO_TLSv1_1)',
                note: 'negotiating method with the legacy versions switched off',
            },
            { file: 'ctx.py', code: 'ctx = SSL.Context(SSL.TLS_METHOD)\nctx.set_min_proto_version(SSL.TLS1_2_VERSION)' },
            { file: 'adapters.py', code: 'self.poolmanager = PoolManager(num_pools=connections, ssl_version="TLSv1_2")' },
            {
                file: 'tests/test_names.py',
                code: 'names = [TLSv1_METHOD, TLSv1_1_METHOD]\nfor meth in names:\n    print(meth)',
                note: 'a list iterated without a context being built',
            },
        ],
        invalid: [
            {
                file: 'tests/test_ssl.py',
                code: 'def test_method(self):\n    methods = [SSLv23_METHOD, TLSv1_METHOD]\n    for meth in methods:\n        Context(meth)',
                findings: ['2:16 TLSv1.0 TLSv1.1', '2:31 TLSv1.0'],
                severity: 'note',
                note: 'a list iterated, each element passed to a context (a test: information; SSLv23 negotiates)',
            },
            {
                file: 'probe.py',
                code: 'for proto in [ssl.PROTOCOL_TLSv1, ssl.PROTOCOL_TLSv1_1]:\n    ctx = ssl.SSLContext(proto)',
                findings: ['1:15 TLSv1.0', '1:35 TLSv1.1'],
            },
            {
                file: 'src/client.py',
                code: 'ctx = ssl.SSLContext(\n    ssl.PROTOCOL_TLSv1_1\n)',
                findings: ['2:5 TLSv1.1'],
                note: 'the constant on its own line',
            },
            {
                file: 'server.py',
                code: 'def serve(cert, key, sock):\n    try:\n        context = OpenSSL.SSL.Context(OpenSSL.SSL.SSLv23_METHOD)\n        context.use_privatekey(key)\n        context.use_certificate(cert)\n        context.check_privatekey()\n    except OpenSSL.SSL.Error:\n        return None\n    return OpenSSL.SSL.Connection(context, sock)',
                findings: ['3:51 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'the same key check, then the context makes a connection',
            },
            {
                file: 'app/tls.py',
                code: "if options.protocol == 'tlsv1':\n    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)",
                findings: ['2:26 TLSv1.0'],
                severity: 'note',
                note: 'chosen because the configured protocol asks for it: a capability',
            },
            {
                file: 'app/tls.py',
                code: "match options.protocol:\n    case 'tlsv1':\n        ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)",
                findings: ['3:30 TLSv1.0'],
                severity: 'note',
                note: 'a `match` arm is judged like a `case` arm in every language',
            },
            {
                file: 'client.py',
                code: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)',
                findings: ['1:22 TLSv1.0'],
                note: 'positional argument (Bandit misses it)',
                output: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1_2)',
            },
            {
                file: 'server.py',
                code: 'httpd.socket = ssl.wrap_socket(httpd.socket,\n                               certfile=CERT,\n                               server_side=True,\n                               ssl_version=ssl.PROTOCOL_TLSv1,\n                               do_handshake_on_connect=True)',
                findings: ['4:44 TLSv1.0'],
                note: 'multi-line keyword arguments',
            },
            {
                file: 'legacy/sock.py',
                code: 'self.sock = ssl.wrap_socket(self.sock, self.key_file, self.cert_file, False, ssl.CERT_NONE, ssl.PROTOCOL_SSLv3)',
                findings: ['1:93 SSLv3'],
                note: 'sixth positional argument',
            },
            {
                file: 'adapters.py',
                code: 'class Tls1Adapter(HTTPAdapter):\n    def init_poolmanager(self, connections, maxsize, block=False):\n        self.poolmanager = PoolManager(num_pools=connections, maxsize=maxsize,\n                                       block=block, ssl_version=ssl.PROTOCOL_TLSv1_1)',
                findings: ['4:65 TLSv1.1'],
            },
            {
                file: 'mqtt.py',
                code: 'client.tls_set(ca_certs=CA, tls_version=ssl.PROTOCOL_TLSv1)',
                findings: ['1:41 TLSv1.0'],
                output: 'client.tls_set(ca_certs=CA, tls_version=ssl.PROTOCOL_TLSv1_2)',
            },
            { file: 'directory.py', code: 'tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, version=ssl.PROTOCOL_TLSv1)', findings: ['1:53 TLSv1.0'] },
            {
                file: 'celeryconfig.py',
                code: "broker_use_ssl = {\n    'ca_certs': '/etc/ssl/ca.pem',\n    'ssl_version': ssl.PROTOCOL_TLSv1,\n}",
                findings: ['3:20 TLSv1.0'],
            },
            {
                file: 'pyopenssl_client.py',
                code: 'from OpenSSL import SSL\nctx = SSL.Context(SSL.TLSv1_METHOD)',
                findings: ['2:19 TLSv1.0'],
                output: 'from OpenSSL import SSL\nctx = SSL.Context(SSL.TLSv1_2_METHOD)',
            },
            {
                file: 'tls_server.py',
                code: 'options = CertificateOptions(privateKey=key, certificate=cert, method=SSL.SSLv3_METHOD)',
                findings: ['1:71 SSLv3'],
            },
            {
                file: 'client.py',
                code: 'from ssl import PROTOCOL_TLSv1, wrap_socket\n\ndef connect(sock, ssl_version=PROTOCOL_TLSv1):\n    return wrap_socket(sock, ssl_version=ssl_version)',
                findings: ['3:31 TLSv1.0'],
                note: 'bare imported name as a default argument',
            },
            {
                file: 'mail.py',
                code: "kwargs = {}\nkwargs['ssl_version'] = ssl.PROTOCOL_TLSv1_1\nconn = imaplib.IMAP4_SSL(host, ssl_context=make_ctx(**kwargs))",
                findings: ['2:25 TLSv1.1'],
            },
            {
                file: 'client.py',
                code: "class Client:\n    def __init__(self, **kwargs):\n        self.ssl_version = kwargs.get('ssl_version', ssl.PROTOCOL_TLSv1)",
                findings: ['3:54 TLSv1.0'],
                note: 'a default taken when the caller passes nothing',
            },
            {
                file: 'probe.py',
                code: 'cert = ssl.get_server_certificate(("example.org", 443), ssl.PROTOCOL_TLSv1_1)',
                findings: ['1:57 TLSv1.1'],
                note: 'positional after a tuple',
            },
            {
                file: 'probe.py',
                code: 'cert = ssl.get_server_certificate((host, 443), ssl_version=ssl.PROTOCOL_SSLv2)',
                findings: ['1:60 SSLv2'],
            },
            {
                file: 'adapters.py',
                code: 'self.poolmanager = PoolManager(num_pools=connections, ssl_version="TLSv1")',
                findings: ['1:55 TLSv1.0'],
                note: 'urllib3 resolves strings',
                output: 'self.poolmanager = PoolManager(num_pools=connections, ssl_version="TLSv1_2")',
            },
            {
                file: 'twisted_ctx.py',
                code: 'ctx = SSL.Context(SSL.SSLv23_METHOD)\nctx.set_options(SSL.OP_NO_SSLv2 | SSL.OP_NO_SSLv3)',
                findings: ['1:23 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'negotiating method: TLSv1.0 and TLSv1.1 stay on',
            },
            { file: 'proto.py', code: 'def protocol(self):\n    return ssl.PROTOCOL_TLSv1', findings: ['2:12 TLSv1.0'], severity: 'warning' },
            {
                file: 'client.py',
                code: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1_2)\nlegacy = ssl.SSLContext(ssl.PROTOCOL_TLSv1_1)',
                findings: ['2:25 TLSv1.1'],
                floor: 'TLSv1.3',
            },
        ],
    },
});
// ---------------------------------------------------------------------------------------------
// D3, D5, D6, D7: minimum and maximum version settings
const TLS_VERSION_MEMBERS = {
    SSLv3: 'SSLv3',
    TLSv1: 'TLSv1.0',
    TLSv1_0: 'TLSv1.0',
    TLSv1_1: 'TLSv1.1',
    TLSv1_2: 'TLSv1.2',
    TLSv1_3: 'TLSv1.3',
};
const PROTO_VERSION_CONSTANTS = {
    SSL3: 'SSLv3',
    TLS1: 'TLSv1.0',
    TLS1_1: 'TLSv1.1',
    TLS1_2: 'TLSv1.2',
    TLS1_3: 'TLSv1.3',
};
const pythonVersionBound = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'python/tls-version-bound',
        title: 'Python TLS minimum or maximum version allows legacy TLS',
        description: '`ctx.minimum_version = ssl.TLSVersion.TLSv1` (or `TLSv1_1`, `SSLv3`, `MINIMUM_SUPPORTED`) lets a connection fall back to legacy versions; a `maximum_version` below TLS 1.2 allows nothing else. The same bounds appear as urllib3 2 `ssl_minimum_version=` / `ssl_maximum_version=`, Twisted `raiseMinimumTo=` / `insecurelyLowerMinimumTo=` / `lowerMaximumSecurityTo=`, and pyOpenSSL `set_min_proto_version(SSL.TLS1_VERSION)` / `set_max_proto_version(...)`.',
        ecosystem: 'Python',
        catalogue: ['D3', 'D5', 'D6', 'D7'],
        docs: [
            'https://docs.python.org/3/library/ssl.html#ssl.SSLContext.minimum_version',
            'https://urllib3.readthedocs.io/en/stable/reference/urllib3.poolmanager.html',
            'https://www.pyopenssl.org/en/stable/api/ssl.html#OpenSSL.SSL.Context.set_min_proto_version',
            'https://docs.twisted.org/en/stable/api/twisted.internet.ssl.CertificateOptions.html',
        ],
        files: PY_FILES,
        keywords: /minimum_version|maximum_version|MinimumTo|MaximumSecurityTo|set_min_proto_version|set_max_proto_version/,
        fixable: true,
        safe: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_2',
        limits: 'Bounds given through variables, settings files or `getattr(ssl.TLSVersion, name)` are not followed.',
    },
    pattern: /\b(minimum_version|maximum_version|ssl_minimum_version|ssl_maximum_version|raiseMinimumTo|insecurelyLowerMinimumTo|lowerMaximumSecurityTo)["']?[ \t]*(?:=(?!=)|:)[ \t]*(?:[A-Za-z_]\w{0,30}\.){0,3}TLSVersion\.(\w{1,20})\b|\bset_(min|max)_proto_version\(\s*(?:[A-Za-z_]\w{0,30}\.){0,3}(SSL3|TLS1|TLS1_1|TLS1_2|TLS1_3)_VERSION\b/,
    evaluate: (m, ctx, file) => {
        if (inDocstring(file, m.index))
            return undefined;
        const isMin = m[1] ? !/max/i.test(m[1]) : m[3] === 'min';
        const member = m[2] ?? m[4];
        const memberStart = m.index + m[0].length - (m[2] ? member.length : member.length + '_VERSION'.length);
        const pyOpenSsl = m[4] !== undefined;
        const spell = (v) => pyOpenSsl ? `${v === 'TLSv1.3' ? 'TLS1_3' : 'TLS1_2'}` : v === 'TLSv1.3' ? 'TLSv1_3' : 'TLSv1_2';
        const instead = pyOpenSsl
            ? `\`ctx.set_min_proto_version(SSL.${spell(ctx.floor)}_VERSION)\``
            : `\`ctx.minimum_version = ssl.TLSVersion.${spell(ctx.floor)}\``;
        if (isMin) {
            let versions;
            let why;
            if (member === 'MINIMUM_SUPPORTED') {
                versions = (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.3');
                why = '`MINIMUM_SUPPORTED` is the lowest version the OpenSSL build supports';
            }
            else {
                const v = (pyOpenSsl ? PROTO_VERSION_CONSTANTS : TLS_VERSION_MEMBERS)[member];
                if (!v)
                    return undefined;
                versions = (0,src_versions/* atLeast */.jZ)(v);
            }
            const fixText = spell(ctx.floor);
            return { versions, why, instead, fix: { start: memberStart, end: memberStart + member.length, text: fixText } };
        }
        if (member === 'MAXIMUM_SUPPORTED' || member === 'MINIMUM_SUPPORTED')
            return undefined;
        const v = (pyOpenSsl ? PROTO_VERSION_CONSTANTS : TLS_VERSION_MEMBERS)[member];
        if (!v)
            return undefined;
        return {
            versions: (0,src_versions/* atMost */.Tu)(v),
            why: `the maximum is ${v}`,
            instead: pyOpenSsl
                ? '`ctx.set_max_proto_version(SSL.TLS1_3_VERSION)` (or no maximum)'
                : '`ctx.maximum_version = ssl.TLSVersion.TLSv1_3` (or no maximum)',
            fix: { start: memberStart, end: memberStart + member.length, text: pyOpenSsl ? 'TLS1_3' : 'TLSv1_3' },
        };
    },
    instead: '`ctx.minimum_version = ssl.TLSVersion.TLSv1_2`',
    examples: {
        valid: [
            { file: 'tls.py', code: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_2' },
            {
                file: 'tls.py',
                code: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_3\nctx.maximum_version = ssl.TLSVersion.MAXIMUM_SUPPORTED',
                note: 'MAXIMUM_SUPPORTED is fine',
            },
            {
                file: 'tls.py',
                code: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_2\nctx.maximum_version = ssl.TLSVersion.TLSv1_2',
                note: 'a TLS 1.2 cap is not legacy at the default floor',
            },
            { file: 'tls.py', code: 'if ctx.minimum_version == ssl.TLSVersion.TLSv1:\n    raise ValueError("too old")', note: 'comparison' },
            { file: 'tls.py', code: 'assert ctx.minimum_version >= ssl.TLSVersion.TLSv1_2', note: 'check' },
            {
                file: 'tls.py',
                code: '# ctx.minimum_version = ssl.TLSVersion.TLSv1\nctx.minimum_version = ssl.TLSVersion.TLSv1_2',
                note: 'commented out',
            },
            { file: 'client.py', code: 'http = urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1_2)' },
            { file: 'ctx.py', code: 'ctx.set_min_proto_version(SSL.TLS1_2_VERSION)', note: 'TLS1 must not match inside TLS1_2' },
            {
                file: 'tls.py',
                code: 'def set_minimum(ctx, version=ssl.TLSVersion.TLSv1_2):\n    ctx.minimum_version = version',
                note: 'value from a variable is unknown',
            },
        ],
        invalid: [
            {
                file: 'probe.py',
                code: 'ctx = ssl.create_default_context()\ntry:\n    ctx.minimum_version = ssl.TLSVersion.TLSv1\nexcept (AttributeError, ValueError):\n    pass',
                findings: ['3:9 TLSv1.0 TLSv1.1'],
                output: 'ctx = ssl.create_default_context()\ntry:\n    ctx.minimum_version = ssl.TLSVersion.TLSv1_2\nexcept (AttributeError, ValueError):\n    pass',
            },
            { file: 'tls.py', code: 'context.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED', findings: ['1:9 TLSv1.0 TLSv1.1'] },
            {
                file: 'tls.py',
                code: 'ctx.maximum_version = ssl.TLSVersion.TLSv1_1',
                findings: ['1:5 TLSv1.0 TLSv1.1'],
                output: 'ctx.maximum_version = ssl.TLSVersion.TLSv1_3',
            },
            { file: 'tls.py', code: 'ctx.minimum_version = TLSVersion.SSLv3', findings: ['1:5 SSLv3 TLSv1.0 TLSv1.1'] },
            {
                file: 'client.py',
                code: 'http = urllib3.PoolManager(\n    ssl_minimum_version=ssl.TLSVersion.TLSv1_1,\n)',
                findings: ['2:5 TLSv1.1'],
            },
            {
                file: 'ctx.py',
                code: 'ctx = SSL.Context(SSL.TLS_METHOD)\nctx.set_min_proto_version(SSL.TLS1_VERSION)',
                findings: ['2:5 TLSv1.0 TLSv1.1'],
                output: 'ctx = SSL.Context(SSL.TLS_METHOD)\nctx.set_min_proto_version(SSL.TLS1_2_VERSION)',
            },
            {
                file: 'server.py',
                code: 'opts = CertificateOptions(privateKey=key, certificate=cert, raiseMinimumTo=TLSVersion.TLSv1_0)',
                findings: ['1:61 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'tls.py',
                code: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_2',
                floor: 'TLSv1.3',
                findings: ['1:5 TLSv1.2'],
                output: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_3',
            },
        ],
    },
});
// ---------------------------------------------------------------------------------------------
// D4: clearing the OP_NO_* protections
const OPTION_VERSIONS = { SSLv2: 'SSLv2', SSLv3: 'SSLv3', TLSv1: 'TLSv1.0', TLSv1_1: 'TLSv1.1' };
const pythonOptionsCleared = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'python/ssl-options-cleared',
        title: 'Python code clears OP_NO_TLSv1 / OP_NO_SSLv3 protections',
        description: '`ctx.options &= ~ssl.OP_NO_TLSv1` (or `~ssl.OP_NO_SSLv3`, `~(ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1)`) removes the flags that switch legacy versions off, re-enabling them. Setting the flags with `|=` is the safe form.',
        ecosystem: 'Python',
        catalogue: ['D4'],
        docs: [
            'https://docs.python.org/3/library/ssl.html#ssl.SSLContext.options',
            'https://docs.python.org/3/library/ssl.html#ssl.OP_NO_TLSv1',
        ],
        files: PY_FILES,
        keywords: /OP_NO_SSLv2|OP_NO_SSLv3|OP_NO_TLSv1/,
        fixable: false,
        safe: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_2',
        limits: 'Whether clearing the flag actually enables the version also depends on the OpenSSL build and security level (SSLv2 and SSLv3 are usually compiled out); the version set assumes they are available.',
    },
    pattern: /\boptions[ \t]*(?:&=|=[ \t]*[\w.]{0,60}options[ \t]*&)[ \t]*~[ \t]*(\([^)]{1,300}\)|[\w.]{1,80})|(?<![A-Za-z])clear_options\(([^)]{1,300})\)/,
    evaluate: (m) => {
        const flags = m[1] ?? m[2];
        let versions = 0;
        for (const f of flags.matchAll(/OP_NO_(SSLv2|SSLv3|TLSv1_1|TLSv1)\b/g))
            versions |= (0,src_versions/* setOf */.s4)(OPTION_VERSIONS[f[1]]);
        if (!versions)
            return undefined;
        return { versions, why: 'clearing `OP_NO_*` re-enables those versions' };
    },
    instead: (ctx) => `\`ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1\` or \`ctx.minimum_version = ssl.TLSVersion.${ctx.floor === 'TLSv1.3' ? 'TLSv1_3' : 'TLSv1_2'}\``,
    examples: {
        valid: [
            { file: 'tls.py', code: 'ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1', note: 'setting the flags is the safe form' },
            { file: 'tls.py', code: 'ctx.options |= ssl.OP_NO_SSLv2\nctx.options |= ssl.OP_NO_SSLv3' },
            { file: 'tls.py', code: 'ctx.options &= ~ssl.OP_NO_COMPRESSION', note: 'an unrelated flag' },
            { file: 'tls.py', code: '# ctx.options &= ~ssl.OP_NO_TLSv1\nctx.options |= ssl.OP_NO_TLSv1', note: 'commented out' },
            { file: 'tests/test_ctx.py', code: 'self.assertEqual(ctx.options & ssl.OP_NO_TLSv1, ssl.OP_NO_TLSv1)', note: 'a check' },
            {
                file: 'util/ssl_.py',
                code: 'def create_context(options=None):\n    """Builds a context with SSLv3 off.\n\n    If you wish to enable SSLv3, you can do::\n\n        context = create_context()\n        context.options &= ~ssl.OP_NO_SSLv3\n    """\n    context = ssl.SSLContext(ssl.PROTOCOL_TLS)\n    context.options |= ssl.OP_NO_SSLv3\n    return context',
                note: 'a code sample inside a docstring is documentation, not code',
            },
        ],
        invalid: [
            { file: 'tls.py', code: 'ctx.options &= ~ssl.OP_NO_TLSv1', findings: ['1:5 TLSv1.0'] },
            {
                file: 'tls.py',
                code: 'def legacy(ctx):\n    """Re-enables old clients.\n\n    See issue # 42"""\n    ctx.options &= ~ssl.OP_NO_TLSv1\n    return ctx\n\ndef modern(ctx):\n    """\n    The safe form.\n    """\n    return ctx',
                findings: ['5:9 TLSv1.0'],
                note: 'the code after a docstring is code, even when a `#` inside the docstring looks like a comment',
            },
            {
                file: 'tls.py',
                code: 'SNIPPET = """\nctx.options &= ~ssl.OP_NO_TLSv1\n"""\nexec(SNIPPET)',
                findings: ['2:5 TLSv1.0'],
                note: 'a triple-quoted string that is a value (here executed) is not a docstring',
            },
            { file: 'tls.py', code: 'context.options &= ~(ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1)', findings: ['1:9 TLSv1.0 TLSv1.1'] },
            {
                file: 'tls.py',
                code: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)\nctx.options = ctx.options & ~ssl.OP_NO_SSLv3',
                findings: ['2:5 SSLv3'],
            },
            { file: 'legacy.py', code: '_lib.SSL_CTX_clear_options(ctx._context, _lib.SSL_OP_NO_TLSv1_1)', findings: ['1:14 TLSv1.1'] },
        ],
    },
});
// ---------------------------------------------------------------------------------------------
// D4: a negotiating context whose exclusions stop at SSLv3
/**
 * Whether the file builds a negotiating stdlib context (`SSLContext(… PROTOCOL_SSLv23)`,
 * `PROTOCOL_TLS`) and never raises the floor past SSLv3 (`OP_NO_TLSv1`, `minimum_version`,
 * `set_min_proto_version`). A fact of the whole file.
 */
function keepsTls10(file) {
    const code = file.code;
    if (!/\bSSLContext\s*\([^)\n]{0,120}\bPROTOCOL_(?:SSLv23|TLS)\b(?!_)/.test(code))
        return false;
    return !/(?<!~\s{0,4}(?:\w+\.)?)\bOP_NO_TLSv1\b|minimum_version|set_min_proto_version|TLSVersion\./.test(code);
}
const pythonSslv3OnlyExclusions = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'python/ssl-exclusions-stop-at-sslv3',
        title: 'Python context excludes SSLv2/SSLv3 only, keeping TLS 1.0 and 1.1',
        description: 'A negotiating context (`SSLContext(ssl.PROTOCOL_SSLv23)` or `PROTOCOL_TLS`) whose options add `OP_NO_SSLv2 | OP_NO_SSLv3` and nothing more states its floor: TLS 1.0. Python before 3.10 and OpenSSL builds without a raised security level then accept TLS 1.0 and 1.1 — the same shape as Postfix `!SSLv2, !SSLv3`.',
        ecosystem: 'Python',
        catalogue: ['D4'],
        docs: [
            'https://docs.python.org/3/library/ssl.html#ssl.OP_NO_TLSv1',
            'https://docs.python.org/3/library/ssl.html#ssl.SSLContext.minimum_version',
        ],
        files: PY_FILES,
        keywords: /OP_NO_SSLv3/,
        fixable: false,
        safe: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_2',
        limits: 'A warning: Python 3.10 and later, and OpenSSL builds with security level 2 or crypto policies, refuse TLS 1.0/1.1 by themselves. Options set in another file than the context are not followed.',
    },
    pattern: /(?:\|=?|\boptions[ \t]*=|set_options[ \t]*\()[ \t]*(?:\w+\.){0,2}(OP_NO_SSLv3)\b/,
    evaluate: (m, _ctx, file) => {
        if (!file.fact(keepsTls10))
            return undefined;
        const at = m.index + m[0].length - m[1].length;
        if (inDocstring(file, at))
            return undefined;
        return {
            versions: (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.3'),
            severity: 'warning',
            start: at,
            end: at + m[1].length,
            what: 'OP_NO_SSLv2 | OP_NO_SSLv3 on a negotiating context',
            why: 'the exclusions stop at SSLv3; Python before 3.10 and OpenSSL without a raised security level keep TLS 1.0 and 1.1',
        };
    },
    instead: '`ctx.minimum_version = ssl.TLSVersion.TLSv1_2` (or `OP_NO_TLSv1 | OP_NO_TLSv1_1` as well)',
    examples: {
        valid: [
            {
                file: 'util/ssl_.py',
                code: 'context = SSLContext(ssl.PROTOCOL_SSLv23)\noptions = OP_NO_SSLv2 | OP_NO_SSLv3 | OP_NO_TLSv1 | OP_NO_TLSv1_1\ncontext.options |= options',
                note: 'the exclusions reach TLS 1.1',
            },
            {
                file: 'util/ssl_.py',
                code: 'context = SSLContext(ssl.PROTOCOL_TLS)\ncontext.options |= OP_NO_SSLv3\ncontext.minimum_version = ssl.TLSVersion.TLSv1_2',
                note: 'a minimum version raises the floor',
            },
            {
                file: 'util/ssl_.py',
                code: 'try:\n    from ssl import OP_NO_SSLv2, OP_NO_SSLv3\nexcept ImportError:\n    OP_NO_SSLv2, OP_NO_SSLv3 = 0x1000000, 0x2000000\ncontext = SSLContext(ssl.PROTOCOL_SSLv23)',
                note: 'fallback constants, no options set',
            },
            {
                file: 'client.py',
                code: 'ctx = ssl.create_default_context()\nctx.options |= ssl.OP_NO_SSLv3',
                note: 'no negotiating protocol constant: the default context is judged by its Python version',
            },
            {
                file: 'util/ssl_.py',
                code: 'def create_context():\n    """Use options |= OP_NO_SSLv3 to stay safe."""\n    return SSLContext(ssl.PROTOCOL_SSLv23)',
                note: 'a docstring',
            },
        ],
        invalid: [
            {
                file: 'urllib3/util/ssl_.py',
                code: 'context = SSLContext(ssl_version or ssl.PROTOCOL_SSLv23)\nif options is None:\n    options = 0\n    options |= OP_NO_SSLv2\n    options |= OP_NO_SSLv3\n    options |= OP_NO_COMPRESSION\ncontext.options |= options',
                findings: ['5:16 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'server.py',
                code: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)\nctx.options |= ssl.OP_NO_SSLv2 | ssl.OP_NO_SSLv3',
                findings: ['2:38 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
        ],
    },
});
const python_rules = [pythonProtocolConstant, pythonVersionBound, pythonOptionsCleared, pythonSslv3OnlyExclusions];

;// CONCATENATED MODULE: ./src/scan/rules/node.ts
/**
 * Node.js / TypeScript: TLS options objects (`secureProtocol`, `minVersion`, `maxVersion`,
 * `secureOptions`, `ciphers`) for `tls`, `https`, agents and the drivers that pass them through
 * (axios, request, nodemailer, tedious/mssql, pg, mysql2, ioredis, Sequelize), the process-wide
 * `tls.DEFAULT_MIN_VERSION`, and the `--tls-min-v1.0` flag in command lines and `NODE_OPTIONS`.
 */



const node_CODE_KINDS = ['js', 'ts', 'json', 'html'];
const NODE_VERSIONS = {
    TLSv1: 'TLSv1.0',
    'TLSv1.0': 'TLSv1.0',
    'TLSv1.1': 'TLSv1.1',
    'TLSv1.2': 'TLSv1.2',
    'TLSv1.3': 'TLSv1.3',
    SSLv3: 'SSLv3',
};
/** The text of the object literal around `at` (from its `{` to its `}`), bounded. */
function enclosingObject(code, at) {
    let depth = 0;
    let open = -1;
    for (let i = at - 1; i >= 0 && at - i < 2000; i--) {
        const ch = code[i];
        if (ch === '}')
            depth++;
        else if (ch === '{') {
            if (depth === 0) {
                open = i;
                break;
            }
            depth--;
        }
    }
    if (open < 0)
        return code.slice(Math.max(0, at - 400), at + 400);
    depth = 0;
    for (let i = open + 1; i < code.length && i - open < 4000; i++) {
        const ch = code[i];
        if (ch === '{')
            depth++;
        else if (ch === '}') {
            if (depth === 0)
                return code.slice(open, i + 1);
            depth--;
        }
    }
    return code.slice(open, open + 4000);
}
const NO_FLAGS = {
    SSLv2: 'SSLv2',
    SSLv3: 'SSLv3',
    TLSv1: 'TLSv1.0',
    TLSv1_1: 'TLSv1.1',
    TLSv1_2: 'TLSv1.2',
};
/** Versions switched off by `SSL_OP_NO_*` flags in `secureOptions` (not negated with `~`). */
function disabledBy(text) {
    let off = 0;
    for (const f of text.matchAll(/(~\s*)?\bSSL_OP_NO_(SSLv2|SSLv3|TLSv1_1|TLSv1_2|TLSv1)\b/g))
        if (!f[1])
            off |= (0,src_versions/* setOf */.s4)(NO_FLAGS[f[2]]);
    return off;
}
// ---------------------------------------------------------------------------------------------
// E1, E4: secureProtocol
const METHOD = /^(SSLv2|SSLv3|SSLv23|TLSv1|TLSv1_1|TLSv1_2|TLS)(_client|_server)?_method$/;
const PINNED_METHODS = {
    SSLv2: (0,src_versions/* setOf */.s4)('SSLv2'),
    SSLv3: (0,src_versions/* setOf */.s4)('SSLv3'),
    TLSv1: (0,src_versions/* setOf */.s4)('TLSv1.0'),
    TLSv1_1: (0,src_versions/* setOf */.s4)('TLSv1.1'),
    TLSv1_2: (0,src_versions/* setOf */.s4)('TLSv1.2'),
};
const nodeSecureProtocol = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'node/secure-protocol',
        title: 'Node.js secureProtocol pins or allows legacy TLS',
        description: "`secureProtocol: 'TLSv1_method'` (or `TLSv1_1_method`, `SSLv3_method`, their `_client`/`_server` forms) pins a `tls`/`https` socket, agent, axios `httpsAgent` or `request` `agentOptions` to one legacy version. `'TLS_method'` sets no minimum at all and `'SSLv23_method'` accepts TLSv1.0 and TLSv1.1 on old Node.js releases (and caps at TLSv1.2), unless `secureOptions` sets `SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1`: those are warnings.",
        ecosystem: 'Node.js',
        catalogue: ['E1', 'E4'],
        docs: ['https://nodejs.org/api/tls.html#tlscreatesecurecontextoptions', 'https://nodejs.org/api/https.html#class-httpsagent'],
        files: { kinds: node_CODE_KINDS },
        keywords: /secureProtocol/,
        fixable: true,
        safe: "minVersion: 'TLSv1.2'",
        limits: "Whether `'SSLv23_method'`/`'TLS_method'` really reach TLSv1.0 also depends on the OpenSSL security level of the Node.js build (OpenSSL 3 refuses TLSv1.0/1.1 at level 1 and above), so those are warnings. Values read from variables or configuration are not followed.",
    },
    pattern: /(?<![\w$])(["']?)secureProtocol\1[ \t]*(?::|=(?![=>]))[ \t]*(["'`])(\w{1,40})\2/,
    evaluate: (m, ctx, file) => {
        const method = METHOD.exec(m[3]);
        if (!method)
            return undefined;
        const valueStart = m.index + m[0].length - m[3].length - 1;
        const instead = `\`minVersion: '${ctx.floor}'\` (and no \`secureProtocol\`)`;
        if (method[1] === 'SSLv23' || method[1] === 'TLS') {
            const any = method[1] === 'TLS' ? (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.3') : (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2');
            const versions = any & ~disabledBy(enclosingObject(file.code, m.index));
            const why = method[1] === 'TLS'
                ? `\`${m[3]}\` sets no minimum at all: the lowest version the OpenSSL build accepts (TLSv1.0 with OpenSSL 1.1 or at security level 0)`
                : `\`${m[3]}\` accepts TLSv1.0 and TLSv1.1 on Node.js 10 and older or with a lowered \`tls.DEFAULT_MIN_VERSION\`, and caps at TLSv1.2`;
            return { versions, severity: 'warning', why, instead };
        }
        const versions = PINNED_METHODS[method[1]];
        const fix = ctx.floor === 'TLSv1.2' && method[1] !== 'TLSv1_2'
            ? { start: valueStart, end: valueStart + m[3].length, text: `TLSv1_2${method[2] ?? ''}_method` }
            : undefined;
        return { versions, instead, fix };
    },
    instead: "`minVersion: 'TLSv1.2'`",
    examples: {
        valid: [
            { file: 'src/agent.js', code: "const agent = new https.Agent({ minVersion: 'TLSv1.2' });" },
            {
                file: 'src/agent.js',
                code: "const agent = new https.Agent({ secureProtocol: 'TLSv1_2_method' });",
                note: 'TLSv1 must not match inside TLSv1_2',
            },
            {
                file: 'src/server.ts',
                code: "const server = https.createServer({\n  key, cert,\n  secureProtocol: 'SSLv23_method',\n  secureOptions: constants.SSL_OP_NO_SSLv3 | constants.SSL_OP_NO_TLSv1 | constants.SSL_OP_NO_TLSv1_1,\n}, app);",
                note: 'any-version method with TLSv1 and TLSv1.1 switched off',
            },
            {
                file: 'src/agent.js',
                code: "// secureProtocol: 'TLSv1_method',\nconst agent = new https.Agent({ keepAlive: true });",
                note: 'commented out',
            },
            {
                file: 'src/check.js',
                code: "if (options.secureProtocol === 'TLSv1_method') throw new Error('refusing TLS 1.0');",
                note: 'comparison',
            },
            { file: 'config/default.json', code: '{ "https": { "secureProtocol": "TLSv1_2_method" } }' },
            {
                file: 'src/agent.js',
                code: 'const agent = new https.Agent({ secureProtocol: process.env.TLS_METHOD });',
                note: 'value from the environment is unknown',
            },
        ],
        invalid: [
            {
                file: 'lib/dynamo.js',
                code: "const dynamo = new AWS.DynamoDB({\n  httpOptions: {\n    agent: new https.Agent({\n      ciphers: 'ALL',\n      secureProtocol: 'TLSv1_method'\n    })\n  }\n});",
                findings: ['5:7 TLSv1.0'],
                output: "const dynamo = new AWS.DynamoDB({\n  httpOptions: {\n    agent: new https.Agent({\n      ciphers: 'ALL',\n      secureProtocol: 'TLSv1_2_method'\n    })\n  }\n});",
            },
            {
                file: 'routes/files.js',
                code: "var opts = {\n  auth: { bearer: token },\n  secureProtocol: 'TLSv1_method' // the old SharePoint site needs it\n};\nrequest.get(url, opts, done);",
                findings: ['3:3 TLSv1.0'],
            },
            {
                file: 'src/client.ts',
                code: 'const socket = tls.connect(443, host, { secureProtocol: "SSLv3_method" });',
                findings: ['1:41 SSLv3'],
            },
            {
                file: 'src/client.ts',
                code: "https.globalAgent.options.secureProtocol = 'TLSv1_1_client_method';",
                findings: ['1:27 TLSv1.1'],
                output: "https.globalAgent.options.secureProtocol = 'TLSv1_2_client_method';",
            },
            {
                file: 'src/server.js',
                code: "https.createServer({\n  secureProtocol: 'SSLv23_method',\n  secureOptions: crypto.constants.SSL_OP_NO_SSLv3,\n}, app);",
                findings: ['2:3 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'E4: only SSLv3 is switched off',
            },
            {
                file: 'src/agent.js',
                code: "const agent = new https.Agent({ secureProtocol: 'TLS_method' });",
                findings: ['1:33 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            { file: 'config/request.json', code: '{ "agentOptions": { "secureProtocol": "TLSv1_method" } }', findings: ['1:21 TLSv1.0'] },
        ],
    },
});
// ---------------------------------------------------------------------------------------------
// E2, E3: minVersion / maxVersion / tls.DEFAULT_MIN_VERSION
const nodeMinMaxVersion = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'node/min-max-version',
        title: 'Node.js minVersion / maxVersion allows legacy TLS',
        description: "`minVersion: 'TLSv1'` or `'TLSv1.1'` in TLS options (sockets, agents, and the options drivers pass through: tedious/mssql `cryptoCredentialsDetails`, Sequelize `dialectOptions.ssl`, `pg`/`mysql2` `ssl`, nodemailer and ioredis `tls`) lets connections fall back to legacy versions; `tls.DEFAULT_MIN_VERSION = 'TLSv1'` does it for the whole process. A `maxVersion` below TLSv1.2 allows nothing else.",
        ecosystem: 'Node.js',
        catalogue: ['E2', 'E3'],
        docs: ['https://nodejs.org/api/tls.html#tlscreatesecurecontextoptions', 'https://nodejs.org/api/tls.html#tlsdefault_min_version'],
        files: { kinds: node_CODE_KINDS },
        keywords: /minVersion|maxVersion|DEFAULT_MIN_VERSION|DEFAULT_MAX_VERSION/,
        fixable: true,
        safe: "minVersion: 'TLSv1.2'",
        limits: 'Versions computed at run time (ternaries, configuration files, environment variables without a literal fallback) are not followed.',
    },
    pattern: /(?<![\w$])(["']?)(minVersion|maxVersion|(?<=\.)DEFAULT_MIN_VERSION|(?<=\.)DEFAULT_MAX_VERSION)\1[ \t]*(?::|=(?![=>]))[ \t]*((?:[\w$.]{1,80}|\[[^\]\n]{1,80}\])[ \t]*(?:\|\||\?\?)[ \t]*)?(["'`])(TLSv1(?:\.[0-3])?|SSLv3)\4(?![ \t]*\|(?!\|))/,
    evaluate: (m, ctx, file) => {
        const v = NODE_VERSIONS[m[5]];
        const isMin = /min/i.test(m[2]);
        const valueStart = m.index + m[0].length - m[5].length - 1;
        const fallback = m[3] !== undefined;
        const severity = fallback ? 'warning' : undefined;
        const fallbackWhy = fallback ? 'the fallback value when the variable is unset' : undefined;
        if (isMin) {
            const target = ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2';
            // `secureOptions: SSL_OP_NO_TLSv1` in the same object still switches versions off.
            const off = m[2].startsWith('DEFAULT') ? 0 : disabledBy(enclosingObject(file.code, m.index));
            return {
                versions: (0,src_versions/* atLeast */.jZ)(v) & ~off,
                severity,
                why: fallbackWhy,
                instead: m[2].startsWith('DEFAULT')
                    ? `\`tls.DEFAULT_MIN_VERSION = '${target}'\` (or leave the default)`
                    : `\`${m[2]}: '${target}'\``,
                fix: { start: valueStart, end: valueStart + m[5].length, text: target },
            };
        }
        return {
            versions: (0,src_versions/* atMost */.Tu)(v),
            severity,
            why: fallbackWhy ?? `the maximum is ${v}`,
            instead: "`maxVersion: 'TLSv1.3'` (or no maximum)",
            fix: { start: valueStart, end: valueStart + m[5].length, text: 'TLSv1.3' },
        };
    },
    instead: "`minVersion: 'TLSv1.2'`",
    examples: {
        valid: [
            {
                file: 'src/agent.js',
                code: "const agent = new https.Agent({ minVersion: 'TLSv1.2' });",
                note: 'TLSv1 must not match inside TLSv1.2',
            },
            {
                file: 'src/agent.ts',
                code: "const agent = new https.Agent({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });",
                note: 'a TLS 1.2 cap is not legacy at the default floor',
            },
            {
                file: 'src/types.ts',
                code: "interface Options {\n  minVersion?: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';\n}",
                note: 'a type, not a value',
            },
            { file: 'src/types.ts', code: "type Strict = { minVersion: 'TLSv1.3' | 'TLSv1.2' };", note: 'a union type' },
            { file: 'src/check.js', code: "if (tls.DEFAULT_MIN_VERSION === 'TLSv1') console.warn('legacy TLS enabled');", note: 'comparison' },
            {
                file: 'src/db.js',
                code: "// cryptoCredentialsDetails: { minVersion: 'TLSv1' },\nconst config = { options: { encrypt: true } };",
                note: 'commented out',
            },
            {
                file: 'src/agent.js',
                code: 'const agent = new https.Agent({ minVersion: process.env.TLS_MIN_VERSION });',
                note: 'no literal value',
            },
            {
                file: 'src/mps.js',
                code: "tls.createServer({ key, cert, minVersion: 'TLSv1', secureOptions: constants.SSL_OP_NO_TLSv1 | constants.SSL_OP_NO_TLSv1_1 }, onConnection);",
                note: 'secureOptions switches the low versions off again',
            },
            {
                file: 'traefik/dynamic.json',
                code: '{ "tls": { "options": { "default": { "minVersion": "VersionTLS12" } } } }',
                note: 'another product spelling belongs to its own rule',
            },
        ],
        invalid: [
            {
                file: 'src/db.js',
                code: "const config = {\n  server: host,\n  options: {\n    encrypt: true,\n    cryptoCredentialsDetails: {\n      minVersion: 'TLSv1'\n    }\n  }\n};",
                findings: ['6:7 TLSv1.0 TLSv1.1'],
                output: "const config = {\n  server: host,\n  options: {\n    encrypt: true,\n    cryptoCredentialsDetails: {\n      minVersion: 'TLSv1.2'\n    }\n  }\n};",
            },
            {
                file: 'src/mailer.ts',
                code: 'const transporter = nodemailer.createTransport({\n  host, port: 587,\n  tls: {\n    rejectUnauthorized: false,\n    minVersion: "TLSv1.1",\n  },\n});',
                findings: ['5:5 TLSv1.1'],
            },
            {
                file: 'src/index.js',
                code: "tls.DEFAULT_MIN_VERSION = 'TLSv1';",
                findings: ['1:5 TLSv1.0 TLSv1.1'],
                output: "tls.DEFAULT_MIN_VERSION = 'TLSv1.2';",
            },
            {
                file: 'src/agent.js',
                code: "const agent = new https.Agent({ maxVersion: 'TLSv1.1' });",
                findings: ['1:33 TLSv1.0 TLSv1.1'],
                output: "const agent = new https.Agent({ maxVersion: 'TLSv1.3' });",
            },
            {
                file: 'src/probe.ts',
                code: "export const LENIENT = { rejectUnauthorized: false, minVersion: 'TLSv1' as const, ciphers: 'DEFAULT:@SECLEVEL=0' };",
                findings: ['1:53 TLSv1.0 TLSv1.1'],
                note: 'TypeScript `as const`',
            },
            {
                file: 'src/agent.js',
                code: "const agent = new https.Agent({ minVersion: process.env.TLS_MIN || 'TLSv1' });",
                findings: ['1:33 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'literal fallback',
            },
            { file: 'config/default.json', code: '{\n  "db": {\n    "ssl": { "minVersion": "TLSv1.1" }\n  }\n}', findings: ['3:14 TLSv1.1'] },
            {
                file: 'src/agent.js',
                code: "const agent = new https.Agent({ minVersion: 'TLSv1.2' });",
                floor: 'TLSv1.3',
                findings: ['1:33 TLSv1.2'],
                output: "const agent = new https.Agent({ minVersion: 'TLSv1.3' });",
            },
        ],
    },
});
// ---------------------------------------------------------------------------------------------
// E3, K5: --tls-min-v1.0 on command lines and in NODE_OPTIONS
const FLAG_KINDS = [
    'shell',
    'dockerfile',
    'yaml',
    'json',
    'makefile',
    'env',
    'ini',
    'toml',
    'hcl',
    'batch',
    'powershell',
    'conf',
    'other',
    'js',
    'ts',
    'groovy',
    'xml',
];
const nodeTlsFlag = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'node/tls-version-flag',
        title: 'Node.js started with --tls-min-v1.0 / --tls-min-v1.1',
        description: '`node --tls-min-v1.0` (or `--tls-min-v1.1`, and the Node 11 `--tls-v1.0`/`--tls-v1.1`) lowers the default minimum for every TLS connection of the process; it is often set through `NODE_OPTIONS` in a Dockerfile, Kubernetes manifest, CI workflow, `.npmrc` `node-options`, pm2 `node_args` or a `package.json` script. `--tls-max-v1.2` is a cap and only matters for a TLSv1.3 floor.',
        ecosystem: 'Node.js',
        catalogue: ['E3', 'K5'],
        docs: ['https://nodejs.org/api/cli.html#--tls-min-v10', 'https://nodejs.org/api/cli.html#node_optionsoptions'],
        files: { kinds: FLAG_KINDS, names: /^\.envrc$|^procfile/ },
        keywords: /tls-min-v1|tls-max-v1|tls-v1\.0|tls-v1\.1/,
        fixable: true,
        safe: 'NODE_OPTIONS=--tls-min-v1.2',
        limits: 'Explicit `minVersion` options in code still override the process default and are reported by `node/min-max-version`.',
    },
    pattern: /(?<![\w-])--tls-(?:(min|max)-)?v1\.([0-3])(?![\w.])/,
    evaluate: (m, ctx, file) => {
        const code = file.code;
        const kind = m[1] ?? 'min';
        if (!m[1] && m[2] !== '0' && m[2] !== '1')
            return undefined;
        const v = ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'][Number(m[2])];
        // Lists of every flag (option parsers, allow-lists): the flag is a string of its own next to a
        // different minimum, which no single command line has.
        const near = code.slice(Math.max(0, m.index - 120), m.index + m[0].length + 120);
        const alone = new Set(near.match(/["'`]--tls-min-v1\.[0-3]["'`]/g) ?? []);
        if (alone.size > 1)
            return undefined;
        const before = code.slice(Math.max(0, m.index - 40), m.index);
        if (/(?:\bcase[ \t]+|[=!]==?[ \t]*|\b(?:includes|indexOf|hasFlag|has|startsWith)\([ \t]*)["'`]?$/.test(before))
            return undefined;
        if (/^["'`]?[ \t]*(?:[=!]==?|\))/.test(code.slice(m.index + m[0].length, m.index + m[0].length + 6)) && /["'`]$/.test(before))
            return undefined;
        // Advice printed for a human (`console.error('try NODE_OPTIONS=--tls-min-v1.0')`, `echo` without a redirect).
        const lineStart = (0,source/* lastNewline */.Ly)(code, m.index) + 1;
        const lineEnd = (0,source/* nextNewline */.m8)(code, m.index);
        const line = code.slice(lineStart, lineEnd < 0 ? code.length : lineEnd);
        if ((file.kind === 'js' || file.kind === 'ts') &&
            /\bconsole\.|\blog(?:ger)?\.\w+\(|\bError\(|\bthrow\b|\.(?:warn|error|info|debug)\(/.test(line))
            return undefined;
        if (/(?:^|[\s;&|])(?:echo|printf|Write-Host|Write-Output)\b/.test(line) && !/>|\btee\b|Out-File|Set-Content|Add-Content/.test(line))
            return undefined;
        // Node reads its options before the script: `node server.js --tls-min-v1.0` hands the flag to the
        // application, and so does `npm start -- --tls-min-v1.0` (appended after the script's command).
        const lineBefore = code.slice(lineStart, m.index);
        const nodeAt = [...lineBefore.matchAll(/(?:^|[^\w.-])node(?:js)?(?:\.exe)?(?![\w.-])/g)].pop();
        if (nodeAt &&
            lineBefore
                .slice(nodeAt.index + nodeAt[0].length)
                .split(/[\s,"'[\]]+/)
                .some((w) => /^[^-$].*\.(?:[cm]?js|ts)$/.test(w)))
            return undefined;
        const appArgs = /\bnpm[ \t]+(?:start|test|run(?:-script)?[ \t]+\S+)[^\n]*?[ \t]--[ \t]/.test(lineBefore);
        const target = ctx.floor === 'TLSv1.3' ? '1.3' : '1.2';
        if (appArgs) {
            return {
                versions: (0,src_versions/* atLeast */.jZ)(v),
                severity: 'note',
                why: "after `npm … --` the flag is appended to the script's command line, after the script name: Node does not read it unless the script passes it on",
                instead: `\`NODE_OPTIONS=--tls-min-v${target}\` if a Node option was meant`,
            };
        }
        // `--tls-max-v1.3` is Node's own default maximum: it caps nothing and enables nothing.
        if (kind === 'max' && v === 'TLSv1.3')
            return undefined;
        if (kind === 'max') {
            return {
                versions: (0,src_versions/* atMost */.Tu)(v),
                why: `the maximum is ${v}`,
                instead: 'no `--tls-max-v1.2` (or `--tls-max-v1.3`)',
                fix: { start: m.index, end: m.index + m[0].length, text: '--tls-max-v1.3' },
            };
        }
        return {
            versions: (0,src_versions/* atLeast */.jZ)(v),
            instead: `\`--tls-min-v${target}\` (or no flag: the default minimum is TLSv1.2)`,
            fix: { start: m.index, end: m.index + m[0].length, text: `--tls-min-v${target}` },
        };
    },
    instead: '`--tls-min-v1.2`',
    examples: {
        valid: [
            { file: 'Dockerfile', code: 'ENV NODE_OPTIONS="--tls-min-v1.2 --max-old-space-size=4096"' },
            { file: '.github/workflows/ci.yml', code: 'env:\n  NODE_OPTIONS: --tls-max-v1.2', note: 'a cap is not legacy at the default floor' },
            {
                file: 'Dockerfile',
                code: 'ENV NODE_OPTIONS=--tls-max-v1.3',
                floor: 'TLSv1.3',
                note: "Node's own default maximum caps nothing, even at a TLSv1.3 floor (what the fix of a lower cap writes)",
            },
            { file: 'Dockerfile', code: '# ENV NODE_OPTIONS=--tls-min-v1.0\nENV NODE_OPTIONS=--tls-min-v1.3', note: 'commented out' },
            {
                file: 'lib/options.js',
                code: "switch (flag) {\n  case '--tls-min-v1.0':\n  case '--tls-min-v1.1':\n  case '--tls-min-v1.2':\n    return true;\n}",
                note: 'an option parser that lists every flag',
            },
            { file: 'src/env.ts', code: "if (process.execArgv.includes('--tls-min-v1.0')) console.warn('legacy TLS');", note: 'a check' },
            { file: 'package.json', code: '{\n  "scripts": {\n    "start": "node --tls-min-v1.3 server.js"\n  }\n}' },
            { file: 'scripts/run.sh', code: 'node --tls-keylog=/tmp/keys.log server.js', note: 'a different TLS flag' },
            {
                file: 'data/node-flags.json',
                code: '{ "allowed": [\n  "--tls-min-v1.0",\n  "--tls-min-v1.1",\n  "--tls-min-v1.2",\n  "--tls-max-v1.3"\n] }',
                note: 'an allow-list of every flag',
            },
            {
                file: 'src/db.js',
                code: "console.error('TLS handshake failed; try: set NODE_OPTIONS=--tls-min-v1.0 && node app.js');",
                note: 'advice printed for a human',
            },
            {
                file: 'scripts/help.sh',
                code: 'echo "If the old proxy fails, export NODE_OPTIONS=--tls-min-v1.0"',
                note: 'echo without a redirect',
            },
            {
                file: 'scripts/start.sh',
                code: 'node dist/server.js --port 8443 --tls-min-v1.0',
                note: 'after the script name it is an application argument',
            },
            { file: 'Dockerfile', code: 'CMD ["node", "index.js", "--tls-min-v1.0"]', note: 'exec form, after the script' },
        ],
        invalid: [
            {
                file: 'Dockerfile',
                code: 'FROM node:20\nENV NODE_OPTIONS=--tls-min-v1.0\nCMD ["node", "server.js"]',
                findings: ['2:18 TLSv1.0 TLSv1.1'],
                output: 'FROM node:20\nENV NODE_OPTIONS=--tls-min-v1.2\nCMD ["node", "server.js"]',
            },
            {
                file: 'package.json',
                code: '{\n  "scripts": {\n    "start": "node --tls-min-v1.0 dist/main.js"\n  }\n}',
                findings: ['3:20 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'k8s/deployment.yaml',
                code: 'containers:\n  - name: api\n    env:\n      - name: NODE_OPTIONS\n        value: "--tls-min-v1.1 --max-old-space-size=2048"',
                findings: ['5:17 TLSv1.1'],
            },
            {
                file: 'ecosystem.config.js',
                code: "module.exports = {\n  apps: [{ name: 'api', script: './api.js', node_args: '--tls-min-v1.0' }]\n};",
                findings: ['2:57 TLSv1.0 TLSv1.1'],
            },
            { file: '.npmrc', code: 'node-options=--tls-min-v1.0', findings: ['1:14 TLSv1.0 TLSv1.1'] },
            {
                file: 'src/bootstrap.js',
                code: "process.env.NODE_OPTIONS = '--tls-min-v1.0';\nrequire('./server');",
                findings: ['1:29 TLSv1.0 TLSv1.1'],
                output: "process.env.NODE_OPTIONS = '--tls-min-v1.2';\nrequire('./server');",
            },
            {
                file: 'Dockerfile',
                code: 'CMD ["node", "--tls-min-v1.0", "--tls-max-v1.3", "index.js"]',
                findings: ['1:15 TLSv1.0 TLSv1.1'],
                note: 'exec form with a minimum and a maximum',
            },
            {
                file: 'infra/lambda.tf',
                code: 'environment {\n  variables = {\n    NODE_OPTIONS = "--tls-min-v1.1"\n  }\n}',
                findings: ['3:21 TLSv1.1'],
            },
            {
                file: 'scripts/start.sh',
                code: 'exec node --tls-v1.0 /app/index.js',
                findings: ['1:11 TLSv1.0 TLSv1.1'],
                note: 'Node 11 spelling',
            },
            {
                file: 'Dockerfile',
                code: 'FROM node:12\nCMD npm start -- --verbose=$VERBOSE --tls-min-v1.0',
                findings: ['2:37 TLSv1.0 TLSv1.1'],
                severity: 'note',
                note: 'passed to the application by npm, not to Node',
            },
            {
                file: 'scripts/setup.sh',
                code: 'echo "NODE_OPTIONS=--tls-min-v1.1" >> /etc/environment',
                findings: ['1:20 TLSv1.1'],
                note: 'configuration written by a script',
            },
            {
                file: 'deploy/service.ts',
                code: "service('api').command('node').args('--tls-min-v1.0', '--no-experimental-fetch', 'main.js')",
                findings: ['1:38 TLSv1.0 TLSv1.1'],
                note: 'argument list in infrastructure code',
            },
            {
                file: '.env',
                code: 'NODE_OPTIONS="--tls-min-v1.0 --tls-max-v1.3"',
                findings: ['1:15 TLSv1.0 TLSv1.1'],
                note: 'a max next to the min is still one command line',
            },
            {
                file: 'Dockerfile',
                code: 'ENV NODE_OPTIONS=--tls-max-v1.2',
                floor: 'TLSv1.3',
                findings: ['1:18 TLSv1.2'],
                output: 'ENV NODE_OPTIONS=--tls-max-v1.3',
            },
        ],
    },
});
// ---------------------------------------------------------------------------------------------
// E5: `ciphers: 'SSLv3'` (the nodemailer / Office 365 snippet)
const nodeSslv3CipherAlias = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'node/sslv3-cipher-alias',
        title: "Node.js ciphers: 'SSLv3' (a cipher alias that caps TLS at 1.2)",
        description: "The widely copied nodemailer snippet `tls: { ciphers: 'SSLv3' }` does not enable the SSLv3 protocol: `SSLv3` is an OpenSSL cipher-string alias for the old CBC suites. Because the string names no TLS 1.3 suite, Node caps the connection at TLSv1.2 with those suites. It is reported as a note, and only under a TLSv1.3 floor.",
        ecosystem: 'Node.js',
        catalogue: ['E5'],
        docs: [
            'https://nodejs.org/api/tls.html#modifying-the-default-tls-cipher-suite',
            'https://docs.openssl.org/master/man1/openssl-ciphers/',
            'https://nodemailer.com/smtp/',
        ],
        files: { kinds: node_CODE_KINDS },
        keywords: /SSLv3/,
        fixable: false,
        safe: "tls: { minVersion: 'TLSv1.2' }",
        limits: "The alias is not a protocol version, so at the default TLSv1.2 floor it produces no finding; the weak-cipher smell it carries is outside this tool's version model.",
    },
    pattern: /(?<![\w$])(["']?)ciphers\1[ \t]*(?::|=(?![=>]))[ \t]*(["'`])SSLv3\2/,
    evaluate: () => ({
        versions: (0,src_versions/* setOf */.s4)('TLSv1.2'),
        severity: 'note',
        why: '`SSLv3` is a cipher alias, not the protocol; with no TLS 1.3 suite listed Node caps the connection at TLSv1.2',
    }),
    instead: "no `ciphers` option (and `minVersion: 'TLSv1.2'`)",
    examples: {
        valid: [
            {
                file: 'src/mail.js',
                code: "const transporter = nodemailer.createTransport({\n  host: 'smtp.office365.com',\n  port: 587,\n  tls: { ciphers: 'SSLv3' }\n});",
                note: 'not an SSLv3 protocol finding at the default floor',
            },
            { file: 'src/mail.js', code: "tls: { ciphers: 'HIGH:!aNULL:!SSLv3' }", note: 'a real cipher string' },
            {
                file: 'src/mail.js',
                code: "// tls: { ciphers: 'SSLv3' },\ntls: { minVersion: 'TLSv1.2' }",
                floor: 'TLSv1.3',
                note: 'commented out',
            },
        ],
        invalid: [
            {
                file: 'src/mail.js',
                code: "const transporter = nodemailer.createTransport({\n  host: 'smtp-mail.outlook.com',\n  secureConnection: false,\n  port: 587,\n  tls: {\n    ciphers: 'SSLv3'\n  }\n});",
                floor: 'TLSv1.3',
                findings: ['6:5 TLSv1.2'],
                severity: 'note',
            },
            {
                file: 'src/mail.service.ts',
                code: 'tls: { ciphers: "SSLv3", rejectUnauthorized: false },',
                floor: 'TLSv1.3',
                findings: ['1:8 TLSv1.2'],
                severity: 'note',
            },
            {
                file: 'config/mail.json',
                code: '{ "tls": { "ciphers": "SSLv3" } }',
                floor: 'TLSv1.3',
                findings: ['1:12 TLSv1.2'],
                severity: 'note',
            },
        ],
    },
});
const node_rules = [nodeSecureProtocol, nodeMinMaxVersion, nodeTlsFlag, nodeSslv3CipherAlias];

;// CONCATENATED MODULE: ./src/scan/rules/go/caddy.ts



// ---------------------------------------------------------------------------------------------
// F10: Caddy v1 `protocols min [max]`
const caddyProtocols = (0,scan_define/* settingRule */.JQ)({
    meta: {
        id: 'go/caddy-protocols',
        title: 'Caddyfile tls protocols allows legacy TLS',
        description: 'In a Caddyfile `tls` block, `protocols <min> [<max>]` sets the range of versions. Caddy v1 accepted `tls1.0` and `tls1.1` (and `ssl3.0` in early releases); Caddy 2 only accepts `tls1.2` and `tls1.3`, so a legacy minimum is Caddy v1 configuration.',
        ecosystem: 'Go & Kubernetes',
        catalogue: ['F10'],
        docs: ['https://caddyserver.com/docs/caddyfile/directives/tls', 'https://github.com/caddyserver/caddy/blob/v1/caddytls/setup.go'],
        files: { names: /caddyfile|\.caddy$/ },
        keywords: /protocols/,
        fixable: true,
        safe: 'protocols tls1.2 tls1.3',
    },
    keys: /protocols/,
    evaluate: (s, ctx) => {
        const tokens = (0,scan_define/* settingTokens */.FM)(s);
        const min = tokens[0] && (0,evaluate/* readVersion */.$4)(tokens[0].text);
        if (!min)
            return undefined;
        const max = tokens[1] ? (0,evaluate/* readVersion */.$4)(tokens[1].text) : undefined;
        const versions = (0,src_versions/* range */.y1)(min === 'SSLv2' ? 'SSLv3' : min, max ?? 'TLSv1.3');
        const last = tokens[max ? 1 : 0];
        return {
            versions: versions || (0,src_versions/* setOf */.s4)(min),
            why: max ? `the range is ${min} to ${max}` : undefined,
            fix: { start: tokens[0].start, end: last.end, text: ctx.floor === 'TLSv1.3' ? 'tls1.3' : 'tls1.2 tls1.3' },
        };
    },
    instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`protocols tls1.3`' : '`protocols tls1.2 tls1.3`'),
    examples: {
        valid: [
            {
                file: 'caddytls/config.go',
                code: 'var SupportedProtocols = map[string]uint16{\n\t"tls1.0": tls.VersionTLS10,\n\t"tls1.2": tls.VersionTLS12,\n}',
                note: 'a name→version map in code is a capability, not a Caddyfile',
            },
            { file: 'Caddyfile', code: 'example.com {\n  tls {\n    protocols tls1.2 tls1.3\n  }\n}' },
            { file: 'Caddyfile', code: 'example.com {\n  tls {\n    protocols tls1.3\n  }\n}' },
            { file: 'Caddyfile', code: 'example.com {\n  tls {\n    # protocols tls1.0 tls1.2\n    protocols tls1.2\n  }\n}' },
            {
                file: 'conf/Caddyfile',
                code: 'example.com {\n  tls {\n    protocols {$TLS_MIN} {$TLS_MAX}\n  }\n}',
                note: 'placeholders are unknown',
            },
        ],
        invalid: [
            {
                file: 'caddytls/setup_test.go',
                code: 'params := `tls cert.pem key.pem {\n    protocols tls1.0 tls1.2\n}`',
                findings: ['2:5 TLSv1.0 TLSv1.1'],
                severity: 'note',
                note: 'a Caddyfile inside a Go string literal (a test: information)',
            },
            {
                file: 'Caddyfile',
                code: 'example.com {\n  tls {\n    protocols tls1.0 tls1.2\n  }\n}',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
                output: 'example.com {\n  tls {\n    protocols tls1.2 tls1.3\n  }\n}',
            },
            {
                file: 'Caddyfile',
                code: 'legacy.example.com {\n  tls admin@example.com {\n    protocols tls1.1\n  }\n}',
                findings: ['3:5 TLSv1.1'],
            },
            {
                file: 'sites/shop.caddy',
                code: 'shop.example.com {\n  tls {\n    protocols tls1.0 tls1.1\n  }\n}',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
                output: 'shop.example.com {\n  tls {\n    protocols tls1.2 tls1.3\n  }\n}',
                note: 'both ends legacy',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/go/shared.ts




// ---------------------------------------------------------------------------------------------
// Local helpers
function makeRule(meta, examples, check) {
    return { meta, examples, check };
}
/** The text of the line that holds `offset`, up to `offset`. */
function lineBefore(code, offset) {
    return code.slice((0,source/* lastNewline */.Ly)(code, offset - 1) + 1, offset);
}
/** Files without a known comment syntax (Nix, unit files) are not masked: skip lines that are comments. */
function notCommented(s, file) {
    return !/^[ \t]*(?:#|\/\/|;)/.test(lineBefore(file.code, s.keyStart));
}
/** Evaluates a minimum or maximum setting; `accept` filters the raw first token. */
function minMax(isMax, accept, bareNumbers = false) {
    const spelling = { bareNumbers };
    return (s, ctx) => {
        const token = (0,scan_define/* settingTokens */.FM)(s)[0];
        if (!token)
            return undefined;
        const raw = token.text.replace(/^[:'"`]+|['"`]+$/g, '');
        if (accept && !accept(raw))
            return undefined;
        const v = (0,evaluate/* readVersion */.$4)(raw, spelling);
        if (!v)
            return undefined;
        const start = token.start + token.text.indexOf(raw);
        const end = start + raw.length;
        if (isMax(s.key)) {
            const to = (0,evaluate/* respell */.an)(raw, 'TLSv1.3');
            return {
                versions: (0,src_versions/* atMost */.Tu)(v),
                why: `the maximum is ${v}`,
                fix: to && (0,evaluate/* readVersion */.$4)(to, spelling) === 'TLSv1.3' ? { start, end, text: to } : undefined,
            };
        }
        const to = (0,evaluate/* respell */.an)(raw, ctx.floor);
        return { versions: (0,src_versions/* atLeast */.jZ)(v), fix: to && (0,evaluate/* readVersion */.$4)(to, spelling) === ctx.floor ? { start, end, text: to } : undefined };
    };
}
const ALL_FROM_TLS10 = (0,src_versions/* range */.y1)('TLSv1.0');

;// CONCATENATED MODULE: ./src/scan/rules/go/crypto-tls.ts




// ---------------------------------------------------------------------------------------------
// F1–F3: crypto/tls MinVersion / MaxVersion
const GO_NUMERIC = {
    '0x0300': 'SSLv3',
    '0x0301': 'TLSv1.0',
    '0x0302': 'TLSv1.1',
    '0x0303': 'TLSv1.2',
    '0x0304': 'TLSv1.3',
    '768': 'SSLv3',
    '769': 'TLSv1.0',
    '770': 'TLSv1.1',
    '771': 'TLSv1.2',
    '772': 'TLSv1.3',
};
const GO_VERSION_VALUE = /^(?:Version(?:TLS1[0-3]|SSL30)|0[xX]030[0-4]|7(?:6[89]|7[0-2]))$/;
/** A Go version constant or number (`tls.VersionTLS10` without its package, `0x0301`, `769`). */
function goVersion(token) {
    if (!GO_VERSION_VALUE.test(token))
        return undefined;
    return GO_NUMERIC[token.toLowerCase()] ?? (0,evaluate/* readVersion */.$4)(token);
}
/** `target` spelled like `token`: `VersionTLS10` → `VersionTLS12`, `0x0301` → `0x0303`, `769` → `771`. */
function goSpell(token, target) {
    const i = (0,src_versions/* versionIndex */.Vm)(target);
    if (/^0[xX]/.test(token))
        return `${token.slice(0, 2)}030${i - 1}`;
    if (/^\d+$/.test(token))
        return String(767 + i);
    return `VersionTLS1${i - 2}`;
}
const GO_KEYWORDS = new Set(['nil', 'true', 'false', 'return', 'func', 'map', 'struct', 'case', 'default', 'iota']);
const GO_SETTING = /(?<![\w$])(Min|Max)Version[ \t]*(?::(?!=)|=(?!=))[ \t]*(?:uint16\([ \t]*)?(?:([A-Za-z_]\w*)\.|(["`]))?(Version(?:TLS1[0-3]|SSL30)\b|0[xX]030[0-4]\b|7(?:6[89]|7[0-2])\b|[A-Za-z_]\w*(?![\w.([]))/g;
/** Every value assigned to a plain identifier in the file: `x := tls.VersionTLS10`, `const x = 0x0301`. */
function assignedVersions(code, name) {
    // An identifier is short; a hostile megabyte-long "name" must not become a regular expression.
    if (name.length > 128)
        return { versions: [], unknown: true };
    const re = new RegExp(`(?<![\\w.$])${name}(?:[ \\t]+(?:uint16|[A-Za-z_]\\w*\\.[A-Za-z_]\\w*))?[ \\t]*(?::=|=(?!=))[ \\t]*(?:uint16\\([ \\t]*)?(?:[A-Za-z_]\\w*\\.)?([\\w]+)`, 'g');
    const versions = [];
    // Assigned with others (`min, max, err := parse(…)`) or received as a parameter: unknown.
    let unknown = new RegExp(`(?<![\\w.$])${name}[ \\t]*,[^=\\n;]{0,120}(?::=|=(?!=))`).test(code) ||
        new RegExp(`[(,][ \\t]*${name}[ \\t]+[\\w.]+[ \\t]*[,)]`).test(code);
    for (let m = re.exec(code); m; m = re.exec(code)) {
        const v = goVersion(m[1]);
        if (v)
            versions.push(v);
        else
            unknown = true;
    }
    return { versions, unknown };
}
const goTlsConfigVersion = makeRule({
    id: 'go/tls-config-version',
    title: 'Go tls.Config MinVersion/MaxVersion allows legacy TLS',
    description: 'crypto/tls `Config.MinVersion` is the lowest version a client or server negotiates; `tls.VersionTLS10`, `VersionTLS11` or `VersionSSL30` (also written `0x0301`, `769`) re-enable versions that Go no longer uses by default. `MaxVersion` below TLS 1.2 caps connections to legacy versions. Struct literals and field assignments (`cfg.MinVersion = …`) are both settings; comparisons, `switch` cases and maps of version names are not.',
    ecosystem: 'Go & Kubernetes',
    catalogue: ['F1', 'F2', 'F3', 'F5'],
    docs: ['https://pkg.go.dev/crypto/tls#Config', 'https://go.dev/doc/godebug#go-122'],
    files: { kinds: ['go'] },
    keywords: /MinVersion|MaxVersion/,
    fixable: true,
    safe: 'MinVersion: tls.VersionTLS12',
    limits: 'A tls.Config without MinVersion (F5) is not reported: its floor is TLS 1.2 for clients built with Go 1.18+ and for servers built with Go 1.22+ whose main module says `go 1.22` or later, and TLS 1.0 otherwise — that depends on the toolchain and on go.mod of the main module, which a per-file scan cannot join (go.mod `godebug default=go1.21` and `tls10server=1` are reported by go/godebug-tls10). Values passed through function parameters or struct fields are unknown; a plain identifier is followed to its assignments in the same file. Findings in _test.go files and testdata are notes.',
}, {
    valid: [
        { file: 'server.go', code: 'cfg := &tls.Config{\n\tMinVersion: tls.VersionTLS12,\n}' },
        { file: 'server.go', code: 'cfg := &tls.Config{MinVersion: tls.VersionTLS13, MaxVersion: tls.VersionTLS13}' },
        {
            file: 'client.go',
            code: 'tlsCfg := &tls.Config{\n\tMinVersion: tls.VersionTLS12,\n\tMaxVersion: tls.VersionTLS12, // pinned for the HSM\n}',
            note: 'a maximum of TLS 1.2 is not legacy',
        },
        {
            file: 'internal/tlsutil/names.go',
            code: 'func versionName(v uint16) string {\n\tswitch v {\n\tcase tls.VersionTLS10:\n\t\treturn "TLS 1.0"\n\tcase tls.VersionTLS11:\n\t\treturn "TLS 1.1"\n\t}\n\treturn "unknown"\n}',
            note: 'switch cases name versions, they do not set them',
        },
        {
            file: 'pkg/config/tls.go',
            code: 'var tlsVersions = map[string]uint16{\n\t"VersionTLS10": tls.VersionTLS10,\n\t"VersionTLS11": tls.VersionTLS11,\n\t"VersionTLS12": tls.VersionTLS12,\n}',
            note: 'a map of accepted names is an enum, not a setting',
        },
        {
            file: 'proxy/listener.go',
            code: 'if cfg.MinVersion == 0 || cfg.MinVersion < tls.VersionTLS12 {\n\tcfg.MinVersion = tls.VersionTLS12\n}',
            note: 'comparisons, then a safe assignment',
        },
        { file: 'audit.go', code: 'if state.Version != tls.VersionTLS13 && conn.MinVersion <= tls.VersionTLS11 {\n\tlog.Print("old")\n}' },
        { file: 'main.go', code: '// cfg.MinVersion = tls.VersionTLS10\ncfg.MinVersion = tls.VersionTLS12', note: 'commented-out line' },
        { file: 'main.go', code: 'cfg := &tls.Config{\n\t/* MinVersion: tls.VersionTLS10, */\n\tMinVersion: cryptotls.VersionTLS13,\n}' },
        { file: 'conn.go', code: 'cfg := &tls.Config{MinVersion: opts.MinTLSVersion}', note: 'value from a field: unknown' },
        {
            file: 'conn.go',
            code: 'minVersion := tls.VersionTLS12\nif strict {\n\tminVersion = tls.VersionTLS13\n}\ncfg := &tls.Config{MinVersion: minVersion}',
            note: 'every assignment of the variable is safe',
        },
        { file: 'conn.go', code: 'cfg := &tls.Config{MinVersion: versions[name]}' },
        {
            file: 'pkg/tlsconfig/load.go',
            code: 'minVersion, maxVersion, err := parseProtocols(t.Protocols)\nif err != nil {\n\tminVersion = tls.VersionTLS10\n}\ncfg := &tls.Config{\n\tMinVersion:   minVersion,\n\tMaxVersion:   maxVersion,\n}',
            note: 'also assigned from a parser: unknown',
        },
        {
            file: 'tlsutil/config.go',
            code: 'func serverConfig(minVersion uint16) *tls.Config {\n\tif minVersion == 0 {\n\t\tminVersion = tls.VersionTLS10\n\t}\n\treturn &tls.Config{MinVersion: minVersion}\n}',
            note: 'a parameter: unknown',
        },
        { file: 'server.go', code: 'cfg := &tls.Config{MinVersion: 0x0303}' },
        {
            file: 'firmware/header.go',
            code: 'package firmware\n\nvar hdr = Header{Magic: 0xCAFE, MinVersion: 0x0300, MaxVersion: 769}',
            note: 'numbers in a file that does not use crypto/tls',
        },
        { file: 'server.go', code: 'type Options struct {\n\tMinVersion uint16\n\tMaxVersion uint16\n}' },
    ],
    invalid: [
        {
            file: 'server/tls.go',
            code: 'switch cfg.MinTLS {\ncase "1.0":\n\ttlsConf.MinVersion = tls.VersionTLS10\ncase "1.2":\n\ttlsConf.MinVersion = tls.VersionTLS12\n}',
            findings: ['3:10 TLSv1.0 TLSv1.1'],
            severity: 'note',
            note: 'a `case` for a configured name is a capability, judged as TLS-implementation code',
        },
        {
            file: 'server.go',
            code: 'cfg := &tls.Config{\n\tMinVersion: tls.VersionTLS10,\n}',
            findings: ['2:2 TLSv1.0 TLSv1.1'],
            output: 'cfg := &tls.Config{\n\tMinVersion: tls.VersionTLS12,\n}',
        },
        {
            file: 'client.go',
            code: 'transport.TLSClientConfig.MinVersion = tls.VersionTLS11',
            findings: ['1:27 TLSv1.1'],
            output: 'transport.TLSClientConfig.MinVersion = tls.VersionTLS12',
            note: 'field assignment (gosec misses it)',
        },
        {
            file: 'db/bolt.go',
            code: 'config := &tls.Config{\n\t\tMinVersion: tls.VersionTLS10,\n\t\tMaxVersion: tls.VersionTLS12,\n\t}',
            findings: ['2:3 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'legacy.go',
            code: 'import cryptotls "crypto/tls"\n\nvar cfg = &cryptotls.Config{MinVersion: cryptotls.VersionSSL30}',
            findings: ['3:29 SSLv3 TLSv1.0 TLSv1.1'],
            note: 'alias import',
        },
        {
            file: 'smtp.go',
            code: 'c := &tls.Config{ServerName: host, MinVersion: 0x0301}',
            findings: ['1:36 TLSv1.0 TLSv1.1'],
            output: 'c := &tls.Config{ServerName: host, MinVersion: 0x0303}',
            note: 'hex value',
        },
        {
            file: 'smtp.go',
            code: 'c := &tls.Config{MinVersion: 770}',
            findings: ['1:18 TLSv1.1'],
            output: 'c := &tls.Config{MinVersion: 771}',
            note: 'decimal value',
        },
        {
            file: 'client.go',
            code: 'c := &tls.Config{MaxVersion: tls.VersionTLS11}',
            findings: ['1:18 TLSv1.0 TLSv1.1'],
            output: 'c := &tls.Config{MaxVersion: tls.VersionTLS13}',
            note: 'a cap below TLS 1.2',
        },
        { file: 'server.go', code: 'cfg.MinVersion = uint16(tls.VersionTLS10)', findings: ['1:5 TLSv1.0 TLSv1.1'] },
        {
            file: 'ldap/conn.go',
            code: 'const defaultMinTLS = tls.VersionTLS10\n\nfunc dial() {\n\tcfg := &tls.Config{MinVersion: defaultMinTLS}\n\t_ = cfg\n}',
            findings: ['4:21 TLSv1.0 TLSv1.1'],
            note: 'a constant followed to its value',
        },
        {
            file: 'pkg/provider/defaults.go',
            code: 'opts := tls.Options{\n\tMinVersion: "VersionTLS11",\n}',
            findings: ['2:2 TLSv1.1'],
            output: 'opts := tls.Options{\n\tMinVersion: "VersionTLS12",\n}',
            note: 'a string setting of a Go config type',
        },
        {
            file: 'server.go',
            code: 'cfg := &tls.Config{MinVersion: tls.VersionTLS12}',
            floor: 'TLSv1.3',
            findings: ['1:20 TLSv1.2'],
            output: 'cfg := &tls.Config{MinVersion: tls.VersionTLS13}',
        },
        {
            file: 'internal/probe/probe_test.go',
            code: 'legacy := &tls.Config{MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11}',
            findings: ['1:23 TLSv1.0 TLSv1.1', '1:53 TLSv1.0 TLSv1.1'],
            severity: 'note',
            note: 'tests: a note',
        },
    ],
}, function* (file, ctx) {
    const code = file.code;
    const re = new RegExp(GO_SETTING.source, 'g');
    // Data flow is looked up once per name, and for a bounded number of names per file.
    const flows = new Map();
    const usesTls = /crypto\/tls|\btls\.Config\b/.test(code);
    for (let m = re.exec(code); m; m = re.exec(code)) {
        const isMax = m[1] === 'Max';
        const qualifier = m[2];
        const quote = m[3];
        const value = m[4];
        if (quote && code[m.index + m[0].length] !== quote)
            continue;
        const valueStart = m.index + m[0].length - value.length;
        const literal = goVersion(value);
        let v;
        let versions;
        let why;
        let severity;
        let fix;
        // A bare number is a TLS version only in a file that uses crypto/tls.
        if (literal && /^\d|^0[xX]/.test(value) && !usesTls)
            continue;
        if (literal) {
            v = literal;
            versions = isMax ? (0,src_versions/* atMost */.Tu)(v) : (0,src_versions/* atLeast */.jZ)(v);
            fix = { start: valueStart, end: valueStart + value.length, text: goSpell(value, isMax ? 'TLSv1.3' : ctx.floor) };
        }
        else {
            if (qualifier || quote || GO_KEYWORDS.has(value))
                continue;
            let flow = flows.get(value);
            if (!flow) {
                if (flows.size >= 16)
                    continue;
                flow = assignedVersions(code, value);
                flows.set(value, flow);
            }
            if (flow.unknown || flow.versions.length === 0)
                continue;
            versions = 0;
            for (const a of flow.versions)
                versions |= isMax ? (0,src_versions/* atMost */.Tu)(a) : (0,src_versions/* atLeast */.jZ)(a);
            why = `\`${value}\` is set to ${[...new Set(flow.versions)].join(', ')} in this file`;
            severity = flow.versions.length > 1 ? 'warning' : undefined;
        }
        if (isMax && v)
            why = `the maximum is ${v}`;
        yield {
            start: m.index,
            end: m.index + m[0].length,
            versions,
            what: (0,scan_define/* clip */.$Q)(m[0]),
            why,
            instead: isMax
                ? '`MaxVersion: tls.VersionTLS13` (or no MaxVersion)'
                : `\`MinVersion: tls.VersionTLS1${(0,src_versions/* versionIndex */.Vm)(ctx.floor) - 2}\``,
            severity,
            fix,
        };
    }
});

;// CONCATENATED MODULE: ./src/scan/rules/go/godebug.ts

// ---------------------------------------------------------------------------------------------
// F4 and K5: GODEBUG settings that restore TLS 1.0 defaults
const GODEBUG_TLS10 = /\b(tls10server|tls10default)([ \t]*=[ \t]*)1(?![\w.])/g;
const GODEBUG_DEFAULT = /\bdefault[ \t]*=[ \t]*go1\.(\d+)\b/g;
function* godebugMatches(text, base, allowDefault) {
    const re = new RegExp(GODEBUG_TLS10.source, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const one = base + m.index + m[0].length - 1;
        yield {
            start: base + m.index,
            end: base + m.index + m[0].length,
            versions: ALL_FROM_TLS10,
            what: m[0],
            why: m[1] === 'tls10server'
                ? 'servers that do not set MinVersion accept TLS 1.0 and 1.1 again'
                : 'clients built with Go 1.18 that do not set MinVersion offer TLS 1.0 and 1.1 again; later releases ignore it',
            instead: `\`${m[1]}=0\` (or no ${m[1]} setting) and \`MinVersion: tls.VersionTLS12\``,
            severity: m[1] === 'tls10default' ? 'warning' : undefined,
            fix: { start: one, end: one + 1, text: '0' },
        };
    }
    if (!allowDefault)
        return;
    const d = new RegExp(GODEBUG_DEFAULT.source, 'g');
    for (let m = d.exec(text); m; m = d.exec(text)) {
        if (Number(m[1]) >= 22)
            continue;
        yield {
            start: base + m.index,
            end: base + m.index + m[0].length,
            versions: ALL_FROM_TLS10,
            what: m[0],
            why: `the go1.${m[1]} defaults include tls10server=1: servers that do not set MinVersion accept TLS 1.0 and 1.1`,
            instead: '`default=go1.22` or later, or `MinVersion: tls.VersionTLS12` in every server tls.Config',
            severity: 'warning',
        };
    }
}
/** Where a GODEBUG environment setting can be written (besides Go sources and go.mod). */
const GODEBUG_KINDS = [
    'dockerfile',
    'yaml',
    'shell',
    'env',
    'json',
    'hcl',
    'toml',
    'conf',
    'ini',
    'makefile',
    'properties',
    'other',
    'powershell',
    'batch',
    'groovy',
];
const goGodebugTls10 = makeRule({
    id: 'go/godebug-tls10',
    title: 'GODEBUG restores TLS 1.0 defaults in Go programs',
    description: '`tls10server=1` (Go 1.22+) makes crypto/tls servers without an explicit MinVersion accept TLS 1.0 and 1.1 again; `tls10default=1` did the same for clients in Go 1.18 (a warning: later releases ignore it). The setting can come from the GODEBUG environment variable (Dockerfile, Kubernetes, Compose, systemd, scripts), from a `godebug` directive in go.mod or a `//go:debug` line, and `godebug default=go1.21` (or older) implies `tls10server=1`.',
    ecosystem: 'Go & Kubernetes',
    catalogue: ['F4', 'K5', 'F5'],
    docs: ['https://go.dev/doc/godebug', 'https://go.dev/doc/go1.22#crypto/tls'],
    files: { kinds: ['go', 'gomod', ...GODEBUG_KINDS] },
    keywords: /tls10server|tls10default|godebug|go:debug/,
    fixable: true,
    safe: 'GODEBUG=tls10server=0',
    limits: 'A go.mod `go` line below 1.22 in the main module also implies tls10server=1, but only matters for servers that leave MinVersion unset; it is not reported. In Go code only GODEBUG values on the same line as `GODEBUG` (os.Setenv, cmd.Env) and `//go:debug` directives count; findings in tests are notes.',
}, {
    valid: [
        { file: 'Dockerfile', code: 'ENV GODEBUG=tls10server=0' },
        { file: 'deploy/app.yaml', code: 'env:\n  - name: GODEBUG\n    value: "madvdontneed=1,http2client=0"' },
        { file: 'go.mod', code: 'module example.com/app\n\ngo 1.22\n\ngodebug default=go1.22\n' },
        { file: 'go.mod', code: 'module example.com/app\n\ngo 1.23\n\n// godebug tls10server=1\n', note: 'commented out' },
        {
            file: 'internal/buildinfo/check.go',
            code: 'const wantDefault = "DefaultGODEBUG=httpmuxgo121=1,tls10server=1"',
            note: 'DefaultGODEBUG in build info is read, not set',
        },
        {
            file: 'cmd/server/main.go',
            code: '// Unless GODEBUG contains tls10server=1 the server floor is TLS 1.2.\nvar _ = 1',
            note: 'a comment that mentions it',
        },
        { file: 'cmd/server/main.go', code: 'flags := map[string]string{"tls10server=1": "legacy"}', note: 'not on a GODEBUG line' },
        { file: 'docker-compose.yml', code: 'services:\n  api:\n    environment:\n      GODEBUG: tls10server=10', note: 'not the value 1' },
    ],
    invalid: [
        {
            file: 'Dockerfile',
            code: 'FROM golang:1.22\nENV GODEBUG=tls10server=1\n',
            findings: ['2:13 TLSv1.0 TLSv1.1'],
            output: 'FROM golang:1.22\nENV GODEBUG=tls10server=0\n',
        },
        {
            file: 'k8s/deployment.yaml',
            code: 'containers:\n  - name: api\n    env:\n      - name: GODEBUG\n        value: "x509sha1=1,tls10server=1"\n',
            findings: ['5:28 TLSv1.0 TLSv1.1'],
            note: 'GODEBUG name and value on separate lines',
        },
        {
            file: 'go.mod',
            code: 'module example.com/legacy\n\ngo 1.22\n\ngodebug (\n\ttls10server=1\n)\n',
            findings: ['6:2 TLSv1.0 TLSv1.1'],
            output: 'module example.com/legacy\n\ngo 1.22\n\ngodebug (\n\ttls10server=0\n)\n',
        },
        {
            file: 'cmd/gateway/main.go',
            code: '//go:debug tls10server=1\npackage main\n',
            findings: ['1:12 TLSv1.0 TLSv1.1'],
            note: 'a directive, though written like a comment',
        },
        {
            file: 'go.mod',
            code: 'module example.com/app\n\ngo 1.23\n\ngodebug default=go1.21\n',
            findings: ['5:9 TLSv1.0 TLSv1.1'],
            severity: 'warning',
        },
        {
            file: 'scripts/run.sh',
            code: 'export GODEBUG="tls10default=1"\n./client',
            findings: ['1:17 TLSv1.0 TLSv1.1'],
            severity: 'warning',
        },
        {
            file: 'Makefile',
            code: 'run: build\n\tGODEBUG=tlsrsakex=1,tls10server=1,x509sha1=1 \\\n\t./proxy -listen 0.0.0.0:8888\n',
            findings: ['2:22 TLSv1.0 TLSv1.1'],
            note: 'inline env in a Makefile recipe',
        },
        { file: 'main.go', code: 'func init() {\n\tos.Setenv("GODEBUG", "tls10server=1")\n}', findings: ['2:24 TLSv1.0 TLSv1.1'] },
        {
            file: 'deploy/app.service',
            code: '[Service]\nEnvironment=GODEBUG=tls10server=1\nExecStart=/usr/bin/app',
            findings: ['2:21 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'server_test.go',
            code: 'func TestLegacy(t *testing.T) {\n\tt.Setenv("GODEBUG", "tls10server=1")\n}',
            findings: ['2:23 TLSv1.0 TLSv1.1'],
            severity: 'note',
        },
    ],
}, function* (file) {
    const code = file.code;
    if (file.kind === 'go') {
        // `//go:debug` directives are comments to the masker: read them from the raw text.
        const directive = /^\/\/go:debug[ \t]+([^\n]*)/gm;
        for (let m = directive.exec(file.text); m; m = directive.exec(file.text)) {
            yield* godebugMatches(m[1], m.index + m[0].length - m[1].length, true);
        }
        const re = new RegExp(GODEBUG_TLS10.source, 'g');
        for (let m = re.exec(code); m; m = re.exec(code)) {
            const before = lineBefore(code, m.index);
            if (!/GODEBUG/.test(before.replace(/DefaultGODEBUG/g, '')))
                continue;
            yield* godebugMatches(m[0], m.index, false);
        }
        return;
    }
    if (file.kind === 'gomod') {
        yield* godebugMatches(code, 0, true);
        return;
    }
    if (!GODEBUG_KINDS.includes(file.kind))
        return;
    const re = new RegExp(GODEBUG_TLS10.source, 'g');
    for (let m = re.exec(code); m; m = re.exec(code)) {
        const line = lineBefore(code, m.index);
        if (/DefaultGODEBUG/.test(line) || /^[ \t]*(?:#|\/\/|;)/.test(line))
            continue;
        if (!/GODEBUG/i.test(code.slice(Math.max(0, m.index - 300), m.index)))
            continue;
        yield* godebugMatches(m[0], m.index, false);
    }
});

;// CONCATENATED MODULE: ./src/scan/rules/go/hashicorp.ts



// ---------------------------------------------------------------------------------------------
// F7: HashiCorp Vault / Consul / Nomad (and other Go servers with the same key)
const HASHICORP_KINDS = ['hcl', 'json', 'yaml', 'toml', 'conf', 'shell', 'dockerfile', 'env', 'other'];
const hashicorpTlsVersion = (0,scan_define/* settingRule */.JQ)({
    meta: {
        id: 'go/hashicorp-tls-version',
        title: 'Vault/Consul/Nomad tls_min_version allows legacy TLS',
        description: 'Vault listeners, Consul agents (`tls_min_version`, and `tls { defaults { tls_min_version = "TLSv1_0" } }` since 1.12), Consul config entries (`TLSMinVersion`) and Nomad `tls` blocks accept `tls10`/`tls11`. The same key and values are used by Telegraf and the Grafana dskit servers (Loki, Mimir, Tempo: `tls_min_version: VersionTLS10`). `tls_max_version` below TLS 1.2 caps connections to legacy versions.',
        ecosystem: 'Go & Kubernetes',
        catalogue: ['F7'],
        docs: [
            'https://developer.hashicorp.com/vault/docs/configuration/listener/tcp#tls_min_version',
            'https://developer.hashicorp.com/consul/docs/agent/config/config-files#tls_defaults_tls_min_version',
            'https://developer.hashicorp.com/nomad/docs/configuration/tls#tls_min_version',
        ],
        files: { kinds: HASHICORP_KINDS },
        keywords: /tls_min_version|tls_max_version|TLSMinVersion|TLSMaxVersion/,
        fixable: true,
        safe: 'tls_min_version = "tls12"',
        limits: 'Values from variables or templates are unknown. The defaults (tls12 in current Vault, Consul and Nomad) are not reported.',
    },
    keys: /tls_(?:min|max)_version|TLS(?:Min|Max)Version/,
    where: notCommented,
    evaluate: minMax((key) => /max/i.test(key), undefined, true),
    instead: (ctx, s) => {
        const max = /max/i.test(s.key);
        const target = max ? 'TLSv1.3' : ctx.floor;
        const token = (0,scan_define/* settingTokens */.FM)(s)[0]?.text.replace(/^[:'"`]+|['"`]+$/g, '') ?? 'tls12';
        const spelled = (0,evaluate/* respell */.an)(token, target) ?? 'tls12';
        return `\`${s.key} = "${spelled}"\``;
    },
    examples: {
        valid: [
            { file: 'vault.hcl', code: 'listener "tcp" {\n  address         = "0.0.0.0:8200"\n  tls_min_version = "tls12"\n}' },
            {
                file: 'consul.hcl',
                code: 'tls {\n  defaults {\n    tls_min_version = "TLSv1_2"\n  }\n}',
                note: 'TLSv1 must not match inside TLSv1_2',
            },
            { file: 'nomad.hcl', code: 'tls {\n  http = true\n  # tls_min_version = "tls10"\n  tls_min_version = "tls13"\n}' },
            { file: 'vault.json', code: '{"listener": {"tcp": {"tls_min_version": "tls13", "tls_max_version": "tls13"}}}' },
            { file: 'telegraf.conf', code: '[[inputs.http]]\n  ## tls_min_version = "TLS11"\n  tls_min_version = "TLS12"\n' },
            { file: 'vault.hcl', code: 'listener "tcp" {\n  tls_min_version = "${tls_min_version}"\n}', note: 'templated' },
            { file: 'vault.hcl', code: 'listener "tcp" {\n  tls_max_version = "tls12"\n}', note: 'a maximum of TLS 1.2 is not legacy' },
        ],
        invalid: [
            {
                file: 'vault.hcl',
                code: 'listener "tcp" {\n  address = "0.0.0.0:8200"\n  tls_min_version = "tls10"\n}',
                findings: ['3:3 TLSv1.0 TLSv1.1'],
                output: 'listener "tcp" {\n  address = "0.0.0.0:8200"\n  tls_min_version = "tls12"\n}',
            },
            {
                file: 'consul.hcl',
                code: 'tls {\n  defaults {\n    tls_min_version = "TLSv1_1"\n  }\n}',
                findings: ['3:5 TLSv1.1'],
                output: 'tls {\n  defaults {\n    tls_min_version = "TLSv1_2"\n  }\n}',
            },
            { file: 'consul.json', code: '{\n  "verify_incoming": true,\n  "tls_min_version": "tls11"\n}', findings: ['3:3 TLSv1.1'] },
            {
                file: 'group_vars/vault.yml',
                code: 'vault_listener:\n  options:\n    tls_min_version: tls10\n',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
                note: 'Ansible variables',
            },
            {
                file: 'api-gateway.hcl',
                code: 'Kind = "api-gateway"\nListeners = [{\n  TLS = {\n    TLSMinVersion = "TLSv1_0"\n  }\n}]',
                findings: ['4:5 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'charts/vault/values.yaml',
                code: 'server:\n  ha:\n    config: |\n      listener "tcp" {\n        tls_min_version = "tls11"\n      }\n',
                findings: ['5:9 TLSv1.1'],
                note: 'HCL inside a Helm value',
            },
            {
                file: 'vault.hcl',
                code: 'listener "tcp" {\n  tls_max_version = "tls11"\n}',
                findings: ['2:3 TLSv1.0 TLSv1.1'],
                output: 'listener "tcp" {\n  tls_max_version = "tls13"\n}',
            },
            { file: 'loki.yaml', code: 'server:\n  tls_min_version: VersionTLS10\n', findings: ['2:3 TLSv1.0 TLSv1.1'] },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/go/kubernetes-openshift.ts





/** A rule that runs `base` and then extra matchers over the same file. */
function withExtra(base, extra) {
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
const K8S_KINDS = ['yaml', 'json', 'shell', 'dockerfile', 'conf', 'env', 'ini', 'toml', 'hcl', 'makefile', 'other'];
const KUBEADM_V1BETA4 = /\bname:[ \t]*["']?((?:[\w-]+\.)?tls-min-version)["']?[ \t]*\r?\n[ \t]*value:[ \t]*["']?([\w.]+)["']?/g;
const kubernetesTlsMinVersion = withExtra((0,scan_define/* settingRule */.JQ)({
    meta: {
        id: 'go/kubernetes-tls-min-version',
        title: 'Kubernetes component --tls-min-version allows legacy TLS',
        description: 'kube-apiserver, kubelet, kube-controller-manager, kube-scheduler, metrics-server, etcd and many webhooks take `--tls-min-version` (`VersionTLS10`, `VersionTLS11`); the kubelet reads `tlsMinVersion` from its KubeletConfiguration and OpenShift reads `minTLSVersion` from a custom TLS profile. A legacy value lets the control plane accept TLS 1.0/1.1. Flags in static pod manifests, kubeadm `extraArgs` (map or name/value list), k3s/RKE2 `*-arg` lists and systemd drop-ins are read.',
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
        limits: 'A component started without the flag uses the Go default of its build (TLS 1.2 for current releases); that is not reported. Templated values are unknown.',
    },
    keys: /(?:[\w-]+\.)?tls-min-version|tlsMinVersion|minTLSVersion/,
    // Reads `- name:` / `value:` pairs its own way (below).
    pairs: false,
    where: notCommented,
    // The key says TLS, so `1.0` is a version here (etcd, Cilium and webhooks take numbers).
    evaluate: minMax(() => false, undefined, true),
    instead: (ctx, s) => /^[a-z]+[A-Z]/.test(s.key)
        ? `\`${s.key}: VersionTLS1${(0,src_versions/* versionIndex */.Vm)(ctx.floor) - 2}\``
        : `\`--${s.key.replace(/^-+/, '')}=VersionTLS1${(0,src_versions/* versionIndex */.Vm)(ctx.floor) - 2}\``,
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
}), function* (file, ctx) {
    const code = file.code;
    const re = new RegExp(KUBEADM_V1BETA4.source, 'g');
    for (let m = re.exec(code); m; m = re.exec(code)) {
        const v = (0,evaluate/* readVersion */.$4)(m[2], { bareNumbers: true });
        if (!v)
            continue;
        const valueStart = m.index + m[0].lastIndexOf(m[2]);
        const to = (0,evaluate/* respell */.an)(m[2], ctx.floor);
        yield {
            start: m.index,
            end: m.index + m[0].length,
            versions: (0,src_versions/* atLeast */.jZ)(v),
            what: (0,scan_define/* clip */.$Q)(m[0]),
            instead: `\`value: VersionTLS1${(0,src_versions/* versionIndex */.Vm)(ctx.floor) - 2}\``,
            fix: to && (0,evaluate/* readVersion */.$4)(to, { bareNumbers: true }) === ctx.floor
                ? { start: valueStart, end: valueStart + m[2].length, text: to }
                : undefined,
        };
    }
});
const OLD_PROFILE_GO = /\bType:[ \t]*(?:[A-Za-z_]\w*\.)?TLSProfileOldType\b/g;
const openshiftOldProfile = makeRule({
    id: 'go/openshift-old-tls-profile',
    title: 'OpenShift tlsSecurityProfile type Old allows TLS 1.0',
    description: 'OpenShift components (API server, ingress controllers, kubelet, operators) take a `tlsSecurityProfile`; the `Old` profile sets the minimum to TLS 1.0 (`VersionTLS10`), `Intermediate` to TLS 1.2 and `Modern` to TLS 1.3.',
    ecosystem: 'Go & Kubernetes',
    catalogue: ['F6'],
    docs: ['https://docs.openshift.com/container-platform/latest/security/tls-security-profiles.html'],
    files: { kinds: ['yaml', 'json', 'go', 'shell', 'other'] },
    keywords: /tlsSecurityProfile|TLSProfileOldType/,
    fixable: false,
    safe: 'tlsSecurityProfile: {type: Intermediate, intermediate: {}}',
    limits: 'A custom profile is read by go/kubernetes-tls-min-version (`minTLSVersion`).',
}, {
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
}, function* (file) {
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
        const lineStart = (0,source/* lastNewline */.Ly)(code, m.index) + 1;
        const indent = /^[ \t-]*/.exec(code.slice(lineStart, m.index))[0].length;
        // The block: the rest of this line, then the lines indented deeper than the key.
        let end = (0,source/* nextNewline */.m8)(code, m.index);
        if (end < 0)
            end = code.length;
        for (let n = 0; n < 40 && end < code.length; n++) {
            const next = (0,source/* nextNewline */.m8)(code, end + 1);
            const line = code.slice(end + 1, next < 0 ? code.length : next);
            if (line.trim() !== '' && /^[ \t]*/.exec(line)[0].length <= indent)
                break;
            end = next < 0 ? code.length : next;
        }
        const block = code.slice(m.index + m[0].length, Math.min(end, m.index + 2000));
        const type = /["']?\btype["']?[ \t]*:[ \t]*["']?(\w+)/.exec(block);
        if (!type || type[1] !== 'Old')
            continue;
        yield {
            start: m.index,
            end: m.index + m[0].length + type.index + type[0].length,
            versions: ALL_FROM_TLS10,
            what: 'tlsSecurityProfile type Old',
            why: 'the Old profile sets the minimum to TLS 1.0',
            instead: '`tlsSecurityProfile: {type: Intermediate, intermediate: {}}`',
        };
    }
});

;// CONCATENATED MODULE: ./src/scan/rules/go/prometheus.ts



// ---------------------------------------------------------------------------------------------
// F8: Prometheus / Alertmanager / exporter-toolkit web.yml (and scrape tls_config)
const prometheusTlsVersion = (0,scan_define/* settingRule */.JQ)({
    meta: {
        id: 'go/prometheus-tls-version',
        title: 'Prometheus web.yml min_version allows legacy TLS',
        description: 'Prometheus, Alertmanager and every exporter built on exporter-toolkit read `tls_server_config.min_version` (`TLS10`, `TLS11`, `TLS12`, `TLS13`) from their web configuration file; scrape and remote-write `tls_config` blocks take the same `min_version` / `max_version`.',
        ecosystem: 'Go & Kubernetes',
        catalogue: ['F8'],
        docs: [
            'https://prometheus.io/docs/prometheus/latest/configuration/https/',
            'https://prometheus.io/docs/prometheus/latest/configuration/configuration/#tls_config',
        ],
        files: { kinds: ['yaml'] },
        keywords: /min_version|max_version/,
        fixable: true,
        safe: 'min_version: TLS12',
        limits: 'Only the exporter-toolkit spelling (`TLS10`…`TLS13`, upper case) is read, so that scanners such as nuclei templates (`min_version: tls10`, which probe for legacy servers) stay quiet.',
    },
    keys: /min_version|max_version/,
    evaluate: (s, ctx, file) => {
        const e = minMax((key) => key === 'max_version', (t) => /^TLS1[0-3]$/.test(t))(s, ctx, file);
        // blackbox_exporter modules pin versions to probe what a target accepts: a diagnostic, not a deployment.
        if (e && file.matches(/^[ \t]*prober:/m))
            return { ...e, severity: 'note', why: 'a blackbox_exporter probe module' };
        return e;
    },
    instead: (ctx, s) => s.key === 'max_version' ? '`max_version: TLS13` (or no max_version)' : `\`min_version: TLS1${(0,src_versions/* versionIndex */.Vm)(ctx.floor) - 2}\``,
    examples: {
        valid: [
            {
                file: 'web-config.yml',
                code: 'tls_server_config:\n  cert_file: /etc/prometheus/tls.crt\n  key_file: /etc/prometheus/tls.key\n  min_version: TLS12\n',
            },
            { file: 'prometheus.yml', code: 'scrape_configs:\n  - job_name: node\n    tls_config:\n      min_version: TLS13\n' },
            {
                file: 'nuclei/ssl/tls11-detect.yaml',
                code: 'ssl:\n  - address: "{{Host}}:{{Port}}"\n    min_version: tls11\n    max_version: tls11\n',
                note: 'a scanner probing for TLS 1.1, not a server',
            },
            { file: 'web.yml', code: 'tls_server_config:\n  # min_version: TLS10\n  min_version: TLS13\n' },
            { file: 'renovate.yaml', code: 'packageRules:\n  - min_version: 1.0.0\n' },
            { file: 'web.yml', code: 'tls_server_config:\n  min_version: TLS12\n  max_version: TLS12\n', note: 'a cap at TLS 1.2' },
        ],
        invalid: [
            {
                file: 'web.yml',
                code: 'tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n  min_version: TLS10\n',
                findings: ['4:3 TLSv1.0 TLSv1.1'],
                output: 'tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n  min_version: TLS12\n',
            },
            { file: 'alertmanager/web-config.yaml', code: 'tls_server_config:\n  min_version: "TLS11"\n', findings: ['2:3 TLSv1.1'] },
            {
                file: 'prometheus.yml',
                code: 'scrape_configs:\n  - job_name: legacy-device\n    scheme: https\n    tls_config:\n      min_version: TLS10\n      max_version: TLS11\n',
                findings: ['5:7 TLSv1.0 TLSv1.1', '6:7 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'blackbox.yml',
                code: 'modules:\n  diagnostic_tls10:\n    prober: http\n    http:\n      tls_config:\n        min_version: TLS10\n        max_version: TLS10\n',
                findings: ['6:9 TLSv1.0 TLSv1.1', '7:9 TLSv1.0'],
                severity: 'note',
                note: 'a probe module that checks whether a target accepts TLS 1.0',
            },
            {
                file: 'config/testdata/conf.good.yml',
                code: 'scrape_configs:\n  - job_name: x\n    tls_config:\n      min_version: TLS10\n',
                findings: ['4:7 TLSv1.0 TLSv1.1'],
                severity: 'note',
                note: 'parser test data',
            },
            {
                file: 'web.yml',
                code: 'tls_server_config:\n  min_version: TLS12\n',
                floor: 'TLSv1.3',
                findings: ['2:3 TLSv1.2'],
                output: 'tls_server_config:\n  min_version: TLS13\n',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/go/traefik.ts



// ---------------------------------------------------------------------------------------------
// F9: Traefik TLS options
const traefikTlsVersion = (0,scan_define/* settingRule */.JQ)({
    meta: {
        id: 'go/traefik-tls-version',
        title: 'Traefik TLS option minVersion allows legacy TLS',
        description: 'Traefik v2/v3 TLS options (`[tls.options.<name>] minVersion`, YAML `tls.options.<name>.minVersion`, the `TLSOption` CRD `spec.minVersion`, KV and label keys) and Traefik v1 `[entryPoints.<name>.tls] MinVersion` take Go constant names; `VersionTLS10`/`VersionTLS11` let clients negotiate legacy TLS, and `maxVersion` below `VersionTLS12` caps them to it.',
        ecosystem: 'Go & Kubernetes',
        catalogue: ['F9'],
        docs: [
            'https://doc.traefik.io/traefik/https/tls/#minimum-tls-version',
            'https://doc.traefik.io/traefik/routing/providers/kubernetes-crd/#kind-tlsoption',
        ],
        files: { kinds: ['toml', 'yaml', 'json', 'conf', 'shell', 'dockerfile', 'env', 'other'] },
        keywords: /minVersion|maxVersion/,
        fixable: true,
        safe: 'minVersion = "VersionTLS12"',
        limits: 'Without TLS options Traefik uses the Go default (TLS 1.2); not reported.',
    },
    keys: /(?:[\w-]+[./]){0,6}(?:min|max)version/i,
    where: notCommented,
    evaluate: (s, ctx, file) => {
        const e = minMax((key) => /maxversion$/i.test(key), (t) => /^Version(?:TLS1[0-3]|SSL30)$/.test(t))(s, ctx, file);
        if (!e)
            return undefined;
        // Written the way the file writes it: TOML/Nix `key = "value"`, labels `key=value`, YAML `key: value`.
        const max = /maxversion$/i.test(s.key);
        const value = max ? 'VersionTLS13' : `VersionTLS1${(0,src_versions/* versionIndex */.Vm)(ctx.floor) - 2}`;
        const sep = file.code.slice(s.keyStart + s.key.length, s.valueStart);
        const written = !sep.includes('=') ? `${s.key}: ${value}` : s.form === 'quoted' ? `${s.key} = "${value}"` : `${s.key}=${value}`;
        return { ...e, instead: max ? `\`${written}\` (or no maxVersion)` : `\`${written}\`` };
    },
    instead: (ctx) => `\`minVersion: VersionTLS1${(0,src_versions/* versionIndex */.Vm)(ctx.floor) - 2}\``,
    examples: {
        valid: [
            {
                file: 'dynamic/tls.toml',
                code: '[tls.options]\n  [tls.options.default]\n    minVersion = "VersionTLS12"\n  [tls.options.modern]\n    minVersion = "VersionTLS13"\n',
            },
            { file: 'dynamic.yml', code: 'tls:\n  options:\n    default:\n      minVersion: VersionTLS12\n      maxVersion: VersionTLS13\n' },
            { file: 'traefik.nix', code: 'tls.options.default = {\n  # minVersion = "VersionTLS10";\n  sniStrict = true;\n};' },
            { file: 'values.yaml', code: 'global:\n  minVersion: "1.0.0"\n', note: 'not a TLS version' },
            {
                file: 'k8s/tlsoption.yaml',
                code: 'apiVersion: traefik.io/v1alpha1\nkind: TLSOption\nmetadata:\n  name: default\nspec:\n  minVersion: VersionTLS12\n',
            },
            {
                file: 'dynamic.yml',
                code: 'tls:\n  options:\n    pinned:\n      minVersion: VersionTLS12\n      maxVersion: VersionTLS12\n',
                note: 'a cap at TLS 1.2',
            },
        ],
        invalid: [
            {
                file: 'traefik.toml',
                code: '[tls.options]\n  [tls.options.default]\n    minVersion = "VersionTLS10"\n    cipherSuites = [\n      "TLS_RSA_WITH_AES_128_CBC_SHA",\n    ]\n',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
                output: '[tls.options]\n  [tls.options.default]\n    minVersion = "VersionTLS12"\n    cipherSuites = [\n      "TLS_RSA_WITH_AES_128_CBC_SHA",\n    ]\n',
            },
            {
                file: 'k8s/tlsoption.yaml',
                code: 'kind: TLSOption\nmetadata:\n  name: legacy\nspec:\n  minVersion: VersionTLS11\n',
                findings: ['5:3 TLSv1.1'],
            },
            {
                file: 'traefik.toml',
                code: '[entryPoints.https.tls]\n  MinVersion = "VersionTLS11"\n',
                findings: ['2:3 TLSv1.1'],
                note: 'Traefik v1',
            },
            {
                file: 'docker-compose.yml',
                code: 'labels:\n  - "traefik.tls.options.legacy.minversion=VersionTLS10"\n',
                findings: ['2:6 TLSv1.0 TLSv1.1'],
                note: 'label key',
            },
            {
                file: 'dynamic.yml',
                code: 'tls:\n  options:\n    old:\n      maxVersion: VersionTLS11\n',
                findings: ['4:7 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'flake/traefik.nix',
                code: 'dynamicConfigOptions.tls.options.default = {\n  minVersion = "VersionTLS11";\n};',
                findings: ['2:3 TLSv1.1'],
                note: 'NixOS module',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/go/index.ts







const go_rules = [
    goTlsConfigVersion,
    goGodebugTls10,
    kubernetesTlsMinVersion,
    openshiftOldProfile,
    hashicorpTlsVersion,
    prometheusTlsVersion,
    traefikTlsVersion,
    caddyProtocols,
];

;// CONCATENATED MODULE: ./src/scan/rules/rust.ts
/**
 * Rust: native-tls (and the crates that wrap it: tokio-native-tls, async-native-tls, lettre,
 * postgres-native-tls), the `openssl`/`boring` crates, reqwest and the `curl` crate. rustls cannot
 * negotiate anything below TLS 1.2, so rustls configuration is never legacy.
 */



/** The statement around an offset (back to the previous `;`, forward to the next), bounded. */
function statement(code, offset, end) {
    const back = Math.max(0, offset - 1500);
    const previous = code.slice(back, offset + 1).lastIndexOf(';');
    const next = code.slice(end, end + 1501).indexOf(';');
    return code.slice(previous < 0 ? back : back + previous, next < 0 ? Math.min(code.length, end + 1500) : end + next);
}
// ---------------------------------------------------------------------------------------------
// G1: native-tls Protocol (and lettre's TlsVersion)
const NATIVE_TLS = /\.(min|max)_protocol_version[ \t]*\(\s*(?:Some[ \t]*\(\s*(?:[A-Za-z_]\w*::){0,4}Protocol::(\w+)\s*\)|(None))\s*\)|\.set_min_tls_version[ \t]*\(\s*(?:[A-Za-z_]\w*::){0,4}TlsVersion::(\w+)\s*\)|(?<![\w.])(min|max)_protocol_version[ \t]*:[ \t]*Some[ \t]*\(\s*(?:[A-Za-z_]\w*::){0,4}Protocol::(\w+)\s*\)/;
const nativeTlsProtocol = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'rust/native-tls-protocol',
        title: 'native-tls min_protocol_version allows legacy TLS',
        description: 'native-tls `TlsConnectorBuilder` / `TlsAcceptorBuilder::min_protocol_version(Some(Protocol::Tlsv10))` (also `Tlsv11`, `Sslv3`) lets OpenSSL, SChannel or Secure Transport negotiate legacy versions; `None` enables the oldest protocols the platform supports, and `max_protocol_version` below TLS 1.2 caps connections to legacy versions. lettre’s `TlsParametersBuilder::set_min_tls_version(TlsVersion::Tlsv10)` is the same setting.',
        ecosystem: 'Rust',
        catalogue: ['G1'],
        docs: [
            'https://docs.rs/native-tls/latest/native_tls/struct.TlsConnectorBuilder.html#method.min_protocol_version',
            'https://docs.rs/lettre/latest/lettre/transport/smtp/client/struct.TlsParametersBuilder.html',
        ],
        files: { kinds: ['rust'] },
        keywords: /min_protocol_version|max_protocol_version|set_min_tls_version/,
        fixable: true,
        safe: 'builder.min_protocol_version(Some(Protocol::Tlsv12))',
        limits: 'A builder that never calls min_protocol_version gets the crate default: TLS 1.0 in native-tls up to 0.2.12 and TLS 1.2 in later releases; that depends on Cargo.lock and is not reported. Values from variables are unknown. Findings in tests/, benches/ and after #[cfg(test)] are notes.',
    },
    pattern: NATIVE_TLS,
    evaluate: (m, ctx) => {
        // `min_protocol_version: Some(Protocol::Tlsv10)` initializes a config struct that is later passed to the builder.
        const isMax = (m[1] ?? m[5]) === 'max';
        const name = m[2] ?? m[4] ?? m[6];
        if (m[3]) {
            if (isMax)
                return undefined;
            return {
                versions: (0,src_versions/* range */.y1)('TLSv1.0'),
                why: '`None` enables the oldest protocols the platform TLS library supports',
                fix: {
                    start: m.index + m[0].lastIndexOf('None'),
                    end: m.index + m[0].lastIndexOf('None') + 4,
                    text: `Some(Protocol::Tlsv1${(0,src_versions/* versionIndex */.Vm)(ctx.floor) - 2})`,
                },
            };
        }
        const v = (0,evaluate/* readVersion */.$4)(name);
        if (!v)
            return undefined;
        const at = m.index + m[0].lastIndexOf(name);
        const target = isMax ? 'TLSv1.3' : ctx.floor;
        return {
            versions: isMax ? (0,src_versions/* atMost */.Tu)(v) : (0,src_versions/* atLeast */.jZ)(v),
            why: isMax ? `the maximum is ${v}` : undefined,
            // native-tls has no Tlsv13 before 0.2.12: a maximum is fixed by removing it, not rewriting it.
            fix: isMax ? undefined : { start: at, end: at + name.length, text: `Tlsv1${(0,src_versions/* versionIndex */.Vm)(target) - 2}` },
            instead: m[4]
                ? `\`set_min_tls_version(TlsVersion::Tlsv1${(0,src_versions/* versionIndex */.Vm)(target) - 2})\``
                : m[6] && !isMax
                    ? `\`min_protocol_version: Some(Protocol::Tlsv1${(0,src_versions/* versionIndex */.Vm)(target) - 2})\``
                    : undefined,
        };
    },
    instead: (ctx, m) => (m[1] ?? m[5]) === 'max'
        ? 'no `max_protocol_version` call (or `max_protocol_version(None)`)'
        : `\`min_protocol_version(Some(Protocol::Tlsv1${(0,src_versions/* versionIndex */.Vm)(ctx.floor) - 2}))\``,
    examples: {
        valid: [
            {
                file: 'src/mail.rs',
                code: 'let mut tls_builder = TlsConnector::builder();\ntls_builder.min_protocol_version(Some(Protocol::Tlsv12));',
            },
            {
                file: 'src/ws.rs',
                code: 'let connector = TlsConnector::builder()\n    .min_protocol_version(Some(Protocol::Tlsv12))\n    .max_protocol_version(Some(Protocol::Tlsv12))\n    .build()?;',
                note: 'a cap at TLS 1.2',
            },
            {
                file: 'src/server.rs',
                code: 'let acceptor = TlsAcceptor::builder(identity)\n    // .min_protocol_version(Some(Protocol::Tlsv10))\n    .min_protocol_version(Some(Protocol::Tlsv12))\n    .build()?;',
                note: 'commented-out call',
            },
            { file: 'src/conn.rs', code: 'builder.max_protocol_version(None);', note: 'no maximum' },
            { file: 'src/conn.rs', code: 'builder.min_protocol_version(cfg.min_protocol);', note: 'a variable: unknown' },
            {
                file: 'src/proto.rs',
                code: 'pub enum Protocol {\n    Sslv3,\n    Tlsv10,\n    Tlsv11,\n    Tlsv12,\n}',
                note: 'the enum definition',
            },
            {
                file: 'src/tls.rs',
                code: 'let config = rustls::ClientConfig::builder_with_protocol_versions(&[&rustls::version::TLS12, &rustls::version::TLS13]);',
                note: 'rustls cannot go below 1.2',
            },
            {
                file: 'src/smtp.rs',
                code: 'let params = TlsParameters::builder(host)\n    .set_min_tls_version(TlsVersion::Tlsv12)\n    .build()?;',
            },
            {
                file: 'src/opts.rs',
                code: 'pub struct TlsOptions {\n    min_protocol_version: Option<Protocol>,\n}\nimpl Default for TlsOptions {\n    fn default() -> Self {\n        Self { min_protocol_version: Some(Protocol::Tlsv12) }\n    }\n}',
                note: 'a config struct with a safe default',
            },
        ],
        invalid: [
            {
                file: 'src/mailer.rs',
                code: 'let mut tls_builder = TlsConnector::builder();\ntls_builder.min_protocol_version(Some(Protocol::Tlsv10));\nlet params = ClientTlsParameters::new(host, tls_builder.build()?);',
                findings: ['2:12 TLSv1.0 TLSv1.1'],
                output: 'let mut tls_builder = TlsConnector::builder();\ntls_builder.min_protocol_version(Some(Protocol::Tlsv12));\nlet params = ClientTlsParameters::new(host, tls_builder.build()?);',
            },
            {
                file: 'src/server.rs',
                code: 'let acceptor = TlsAcceptor::builder(identity)\n    .min_protocol_version(Some(native_tls::Protocol::Tlsv11))\n    .build()?;',
                findings: ['2:5 TLSv1.1'],
                output: 'let acceptor = TlsAcceptor::builder(identity)\n    .min_protocol_version(Some(native_tls::Protocol::Tlsv12))\n    .build()?;',
            },
            { file: 'src/legacy.rs', code: 'builder.min_protocol_version(Some(Protocol::Sslv3));', findings: ['1:8 SSLv3 TLSv1.0 TLSv1.1'] },
            {
                file: 'src/legacy.rs',
                code: 'builder.min_protocol_version(None);',
                findings: ['1:8 TLSv1.0 TLSv1.1'],
                output: 'builder.min_protocol_version(Some(Protocol::Tlsv12));',
            },
            {
                file: 'src/client.rs',
                code: 'let c = TlsConnector::builder()\n    .max_protocol_version(Some(Protocol::Tlsv11))\n    .build()?;',
                findings: ['2:5 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'src/smtp.rs',
                code: 'let params = TlsParameters::builder(domain)\n    .set_min_tls_version(TlsVersion::Tlsv10)\n    .build()?;',
                findings: ['2:5 TLSv1.0 TLSv1.1'],
                output: 'let params = TlsParameters::builder(domain)\n    .set_min_tls_version(TlsVersion::Tlsv12)\n    .build()?;',
                note: 'lettre',
            },
            {
                file: 'tests/handshake.rs',
                code: 'builder.min_protocol_version(Some(Protocol::Tlsv10));',
                findings: ['1:8 TLSv1.0 TLSv1.1'],
                severity: 'note',
            },
            {
                file: 'src/opts.rs',
                code: 'impl Default for TlsOptions {\n    fn default() -> Self {\n        Self {\n            min_protocol_version: Some(Protocol::Tlsv10),\n            max_protocol_version: None,\n        }\n    }\n}',
                findings: ['4:13 TLSv1.0 TLSv1.1'],
                output: 'impl Default for TlsOptions {\n    fn default() -> Self {\n        Self {\n            min_protocol_version: Some(Protocol::Tlsv12),\n            max_protocol_version: None,\n        }\n    }\n}',
                note: 'the default of a config struct that is handed to the builder',
            },
            { file: 'src/lib.rs', code: 'b.min_protocol_version(Some(Protocol::Tlsv12));', floor: 'TLSv1.3', findings: ['1:2 TLSv1.2'] },
        ],
    },
});
// ---------------------------------------------------------------------------------------------
// G2: openssl / boring crates
const OPENSSL = /\.set_(min|max)_proto_version[ \t]*\(\s*(?:Some[ \t]*\(\s*(?:[A-Za-z_]\w*::){0,4}SslVersion::(\w+)\s*\)|(None))\s*\)|\bSslMethod::(Sslv3|Tlsv1(?:_1)?)\b(?![_(])|\.clear_options[ \t]*\(([^;)]{0,300})\)|\bSslAcceptor::(mozilla_intermediate)\b(?!_v5)/;
const CLEARED = { NO_SSLV3: 'SSLv3', NO_TLSV1: 'TLSv1.0', NO_TLSV1_1: 'TLSv1.1' };
const opensslProtoVersion = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'rust/openssl-proto-version',
        title: 'openssl crate set_min_proto_version allows legacy TLS',
        description: 'The `openssl` (and `boring`) crate’s `SslContextBuilder::set_min_proto_version(Some(SslVersion::TLS1))` (also `TLS1_1`, `SSL3`) lets OpenSSL negotiate legacy versions; `None` means the lowest version the library supports, and `set_max_proto_version` below TLS 1.2 caps connections to legacy versions. The pre-1.0 crate’s fixed methods (`SslMethod::Tlsv1`, `Sslv3`) and `clear_options(SslOptions::NO_TLSV1)` re-enable them too, and `SslAcceptor::mozilla_intermediate` (Mozilla’s version 4 intermediate profile, unlike `mozilla_intermediate_v5`) accepts TLS 1.0 and 1.1.',
        ecosystem: 'Rust',
        catalogue: ['G2'],
        docs: [
            'https://docs.rs/openssl/latest/openssl/ssl/struct.SslContextBuilder.html#method.set_min_proto_version',
            'https://docs.rs/openssl/latest/openssl/ssl/struct.SslVersion.html',
        ],
        files: { kinds: ['rust'] },
        keywords: /set_min_proto_version|set_max_proto_version|SslMethod|clear_options|mozilla_intermediate/,
        fixable: true,
        safe: 'builder.set_min_proto_version(Some(SslVersion::TLS1_2))?;',
        limits: 'Without set_min_proto_version the floor is OpenSSL’s (the system openssl.cnf MinProtocol, often TLSv1.2 on current distributions, TLS 1.0 in a default build); not reported. `SslAcceptor::mozilla_intermediate` (not `_v5`) is a warning, because the system configuration may raise its floor. Findings in tests/, benches/ and after #[cfg(test)] are notes.',
    },
    pattern: OPENSSL,
    evaluate: (m, ctx, file) => {
        if (m[6]) {
            // A later set_min_proto_version(TLS1_2 or TLS1_3) in the file raises the floor again.
            if (file.matches(/set_min_proto_version[ \t]*\(\s*Some[ \t]*\(\s*(?:[A-Za-z_]\w*::){0,4}SslVersion::TLS1_[23]\b/))
                return undefined;
            const at = m.index + m[0].length;
            return {
                versions: (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
                why: 'the version 4 intermediate profile of Mozilla’s recommendations allows TLS 1.0 and 1.1, and the crate turns TLS 1.3 off in it',
                severity: 'warning',
                fix: { start: at, end: at, text: '_v5' },
                instead: '`SslAcceptor::mozilla_intermediate_v5(SslMethod::tls())`',
            };
        }
        if (m[4]) {
            const v = (0,evaluate/* readVersion */.$4)(m[4]);
            if (!v)
                return undefined;
            return {
                versions: (0,src_versions/* setOf */.s4)(v),
                why: `SslMethod::${m[4]} speaks only ${v}`,
                instead: '`SslMethod::tls()` with `set_min_proto_version(Some(SslVersion::TLS1_2))`',
            };
        }
        if (m[5] !== undefined) {
            let versions = 0;
            for (const [flag, v] of Object.entries(CLEARED))
                if (new RegExp(`\\b${flag}\\b`).test(m[5]))
                    versions |= (0,src_versions/* setOf */.s4)(v);
            if (!versions)
                return undefined;
            return {
                versions,
                why: 'clearing a NO_* option re-enables that version, if the library still supports it',
                severity: 'warning',
                instead: '`set_min_proto_version(Some(SslVersion::TLS1_2))` and no clear_options for protocol flags',
            };
        }
        const isMax = m[1] === 'max';
        if (m[3]) {
            if (isMax)
                return undefined;
            const at = m.index + m[0].lastIndexOf('None');
            return {
                versions: (0,src_versions/* range */.y1)('TLSv1.0'),
                why: '`None` means the lowest version the OpenSSL build supports',
                fix: { start: at, end: at + 4, text: `Some(SslVersion::TLS1_${(0,src_versions/* versionIndex */.Vm)(ctx.floor) - 2})` },
            };
        }
        const v = (0,evaluate/* readVersion */.$4)(m[2]);
        if (!v)
            return undefined;
        const at = m.index + m[0].lastIndexOf(m[2]);
        const target = isMax ? 'TLSv1.3' : ctx.floor;
        return {
            versions: isMax ? (0,src_versions/* atMost */.Tu)(v) : (0,src_versions/* atLeast */.jZ)(v),
            why: isMax ? `the maximum is ${v}` : undefined,
            fix: { start: at, end: at + m[2].length, text: `TLS1_${(0,src_versions/* versionIndex */.Vm)(target) - 2}` },
        };
    },
    instead: (ctx, m) => m[1] === 'max'
        ? '`set_max_proto_version(Some(SslVersion::TLS1_3))` (or no maximum)'
        : `\`set_min_proto_version(Some(SslVersion::TLS1_${(0,src_versions/* versionIndex */.Vm)(ctx.floor) - 2}))\``,
    examples: {
        valid: [
            {
                file: 'src/tls.rs',
                code: 'let mut builder = SslConnector::builder(SslMethod::tls())?;\nbuilder.set_min_proto_version(Some(SslVersion::TLS1_2))?;\nbuilder.set_max_proto_version(Some(SslVersion::TLS1_3))?;',
            },
            {
                file: 'src/psk.rs',
                code: 'builder.set_min_proto_version(Some(SslVersion::TLS1_2))?;\nbuilder.set_max_proto_version(Some(SslVersion::TLS1_2))?;',
                note: 'pinned to TLS 1.2',
            },
            {
                file: 'src/server.rs',
                code: 'let mut b = SslContext::builder(SslMethod::tls_server())?;\nb.set_options(SslOptions::NO_TLSV1 | SslOptions::NO_TLSV1_1);',
                note: 'disabling options; tls_server is protocol-neutral',
            },
            {
                file: 'src/server.rs',
                code: '// builder.set_min_proto_version(Some(SslVersion::TLS1))?;\nbuilder.set_min_proto_version(Some(SslVersion::TLS1_3))?;',
            },
            {
                file: 'src/version.rs',
                code: 'match ssl.version2() {\n    Some(SslVersion::TLS1) => "TLSv1",\n    Some(SslVersion::TLS1_1) => "TLSv1.1",\n    _ => "modern",\n}',
                note: 'a match over the negotiated version',
            },
            { file: 'src/client.rs', code: 'builder.set_max_proto_version(None)?;' },
            { file: 'src/client.rs', code: 'builder.clear_options(SslOptions::NO_TICKET);' },
            { file: 'src/dtls.rs', code: 'builder.set_min_proto_version(Some(SslVersion::DTLS1_2))?;' },
            {
                file: 'src/main.rs',
                code: 'let mut builder = SslAcceptor::mozilla_intermediate_v5(SslMethod::tls()).unwrap();\nbuilder.set_private_key_file("key.pem", SslFiletype::PEM).unwrap();',
            },
            {
                file: 'src/main.rs',
                code: 'let mut builder = SslAcceptor::mozilla_intermediate(SslMethod::tls())?;\nbuilder.set_min_proto_version(Some(SslVersion::TLS1_2))?;',
                note: 'the floor is raised again',
            },
        ],
        invalid: [
            {
                file: 'src/ssl.rs',
                code: 'let mut builder = SslContextBuilder::new(SslMethod::tls())?;\nbuilder.set_min_proto_version(Some(SslVersion::TLS1))?;',
                findings: ['2:8 TLSv1.0 TLSv1.1'],
                output: 'let mut builder = SslContextBuilder::new(SslMethod::tls())?;\nbuilder.set_min_proto_version(Some(SslVersion::TLS1_2))?;',
            },
            {
                file: 'src/peer.rs',
                code: 'ssl_context.set_min_proto_version(Some(SslVersion::TLS1_1))?;',
                findings: ['1:12 TLSv1.1'],
                output: 'ssl_context.set_min_proto_version(Some(SslVersion::TLS1_2))?;',
            },
            {
                file: 'src/legacy.rs',
                code: 'ctx.set_min_proto_version(Some(openssl::ssl::SslVersion::SSL3)).unwrap();',
                findings: ['1:4 SSLv3 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'src/legacy.rs',
                code: 'builder\n    .set_max_proto_version(Some(SslVersion::TLS1_1))\n    .expect("max version");',
                findings: ['2:5 TLSv1.0 TLSv1.1'],
                output: 'builder\n    .set_max_proto_version(Some(SslVersion::TLS1_3))\n    .expect("max version");',
            },
            {
                file: 'src/old.rs',
                code: 'let ctx = SslContext::new(SslMethod::Tlsv1).unwrap();',
                findings: ['1:27 TLSv1.0'],
                note: 'openssl crate before 0.9',
            },
            {
                file: 'src/compat.rs',
                code: 'builder.clear_options(SslOptions::NO_TLSV1 | SslOptions::NO_TLSV1_1);',
                findings: ['1:8 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'src/main.rs',
                code: 'let mut builder = SslAcceptor::mozilla_intermediate(SslMethod::tls()).unwrap();\nbuilder.set_certificate_chain_file("cert.pem").unwrap();\nHttpServer::new(app).bind_openssl("0.0.0.0:8443", builder)?',
                findings: ['1:19 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                output: 'let mut builder = SslAcceptor::mozilla_intermediate_v5(SslMethod::tls()).unwrap();\nbuilder.set_certificate_chain_file("cert.pem").unwrap();\nHttpServer::new(app).bind_openssl("0.0.0.0:8443", builder)?',
                note: 'actix-web style server setup',
            },
            {
                file: 'src/compat.rs',
                code: 'builder.set_min_proto_version(None)?;',
                findings: ['1:8 TLSv1.0 TLSv1.1'],
                output: 'builder.set_min_proto_version(Some(SslVersion::TLS1_2))?;',
            },
            {
                file: 'src/lib.rs',
                code: 'fn ctx() {}\n\n#[cfg(test)]\nmod tests {\n    fn legacy() { b.set_min_proto_version(Some(SslVersion::TLS1)).unwrap(); }\n}',
                findings: ['5:20 TLSv1.0 TLSv1.1'],
                severity: 'note',
            },
        ],
    },
});
// ---------------------------------------------------------------------------------------------
// G3: reqwest (and the curl crate)
const REQWEST = /\.(min|max)_tls_version[ \t]*\(\s*(?:[A-Za-z_]\w*::){0,4}Version::(TLS_1_[0-3])\s*\)|\.ssl_version[ \t]*\(\s*(?:[A-Za-z_]\w*::){0,4}SslVersion::(\w+)\s*\)|\.ssl_min_max_version[ \t]*\(\s*(?:[A-Za-z_]\w*::){0,4}SslVersion::(\w+)\s*,\s*(?:[A-Za-z_]\w*::){0,4}SslVersion::(\w+)\s*\)/;
const RUSTLS_BACKEND = /use_rustls_tls|tls_backend_rustls|use_preconfigured_tls/;
const reqwestTlsVersion = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'rust/reqwest-tls-version',
        title: 'reqwest min_tls_version allows legacy TLS',
        description: 'reqwest’s `ClientBuilder::min_tls_version(tls::Version::TLS_1_0)` (or `TLS_1_1`) lets the native-tls backend negotiate legacy versions, and `max_tls_version` below TLS 1.2 caps connections to them. With the rustls backend the setting cannot go below TLS 1.2, so chains that select rustls stay quiet. The `curl` crate’s `ssl_version(SslVersion::Tlsv10)` and `ssl_min_max_version` are read too.',
        ecosystem: 'Rust',
        catalogue: ['G3'],
        docs: [
            'https://docs.rs/reqwest/latest/reqwest/struct.ClientBuilder.html#method.min_tls_version',
            'https://docs.rs/curl/latest/curl/easy/struct.Easy.html#method.ssl_version',
        ],
        files: { kinds: ['rust'] },
        keywords: /min_tls_version|max_tls_version|ssl_version|ssl_min_max_version/,
        fixable: true,
        safe: '.min_tls_version(reqwest::tls::Version::TLS_1_2)',
        limits: 'Whether reqwest uses native-tls or rustls is decided by Cargo features; only a `.use_rustls_tls()` in the same builder chain is seen. Without min_tls_version the native-tls backend uses the native-tls default (TLS 1.0 up to native-tls 0.2.12); not reported.',
    },
    pattern: REQWEST,
    evaluate: (m, ctx, file) => {
        if (m[2]) {
            if (RUSTLS_BACKEND.test(statement(file.code, m.index, m.index + m[0].length)))
                return undefined;
            const v = (0,evaluate/* readVersion */.$4)(m[2]);
            if (!v)
                return undefined;
            const isMax = m[1] === 'max';
            const at = m.index + m[0].lastIndexOf(m[2]);
            const target = isMax ? 'TLSv1.3' : ctx.floor;
            return {
                versions: isMax ? (0,src_versions/* atMost */.Tu)(v) : (0,src_versions/* atLeast */.jZ)(v),
                why: isMax ? `the maximum is ${v}` : undefined,
                fix: { start: at, end: at + m[2].length, text: `TLS_1_${(0,src_versions/* versionIndex */.Vm)(target) - 2}` },
            };
        }
        if (m[3]) {
            // CURLOPT_SSLVERSION is a minimum since curl 7.54; `Tlsv1` means "TLS 1.0 or later".
            const v = (0,evaluate/* readVersion */.$4)(m[3]);
            if (!v)
                return undefined;
            const at = m.index + m[0].lastIndexOf(m[3]);
            return {
                versions: (0,src_versions/* atLeast */.jZ)(v),
                fix: { start: at, end: at + m[3].length, text: `Tlsv1${(0,src_versions/* versionIndex */.Vm)(ctx.floor) - 2}` },
                instead: `\`ssl_version(SslVersion::Tlsv1${(0,src_versions/* versionIndex */.Vm)(ctx.floor) - 2})\``,
            };
        }
        const lo = (0,evaluate/* readVersion */.$4)(m[4]);
        const hi = (0,evaluate/* readVersion */.$4)(m[5]);
        if (!lo)
            return undefined;
        return {
            versions: (0,src_versions/* range */.y1)(lo === 'SSLv2' ? 'SSLv3' : lo, hi ?? 'TLSv1.3') || (0,src_versions/* setOf */.s4)(lo),
            instead: `\`ssl_min_max_version(SslVersion::Tlsv1${(0,src_versions/* versionIndex */.Vm)(ctx.floor) - 2}, SslVersion::Tlsv13)\``,
        };
    },
    instead: (ctx, m) => m[1] === 'max'
        ? '`max_tls_version(tls::Version::TLS_1_3)` (or no maximum)'
        : `\`min_tls_version(tls::Version::TLS_1_${(0,src_versions/* versionIndex */.Vm)(ctx.floor) - 2})\``,
    examples: {
        valid: [
            {
                file: 'src/client.rs',
                code: 'let client = reqwest::Client::builder()\n    .min_tls_version(reqwest::tls::Version::TLS_1_2)\n    .build()?;',
            },
            {
                file: 'src/renew.rs',
                code: 'Client::builder()\n    .identity(identity)\n    .use_rustls_tls()\n    .min_tls_version(reqwest::tls::Version::TLS_1_0)\n    .build()',
                note: 'rustls cannot negotiate below TLS 1.2',
            },
            {
                file: 'src/client.rs',
                code: 'let c = ClientBuilder::new()\n    // .min_tls_version(Version::TLS_1_0)\n    .min_tls_version(Version::TLS_1_3)\n    .build()?;',
            },
            {
                file: 'src/client.rs',
                code: 'let c = ClientBuilder::new().max_tls_version(tls::Version::TLS_1_2).build()?;',
                note: 'a cap at TLS 1.2',
            },
            {
                file: 'src/lib.rs',
                code: 'pub fn min_tls_version(self, version: tls::Version) -> ClientBuilder {\n    self.with_inner(|inner| inner.min_tls_version(version))\n}',
                note: 'the API itself',
            },
            {
                file: 'src/config.rs',
                code: 'let v = match s {\n    "1.0" => tls::Version::TLS_1_0,\n    "1.1" => tls::Version::TLS_1_1,\n    _ => tls::Version::TLS_1_2,\n};',
                note: 'a mapping, not a setting',
            },
            { file: 'src/fetch.rs', code: 'easy.ssl_version(SslVersion::Tlsv12)?;' },
        ],
        invalid: [
            {
                file: 'src/client.rs',
                code: 'let client = reqwest::Client::builder()\n    .min_tls_version(reqwest::tls::Version::TLS_1_0)\n    .build()?;',
                findings: ['2:5 TLSv1.0 TLSv1.1'],
                output: 'let client = reqwest::Client::builder()\n    .min_tls_version(reqwest::tls::Version::TLS_1_2)\n    .build()?;',
            },
            {
                file: 'src/client.rs',
                code: 'let c = ClientBuilder::new().min_tls_version(Version::TLS_1_1).build()?;',
                findings: ['1:29 TLSv1.1'],
            },
            {
                file: 'src/printer.rs',
                code: 'let c = reqwest::blocking::Client::builder()\n    .danger_accept_invalid_certs(true)\n    .max_tls_version(tls::Version::TLS_1_1)\n    .build()?;',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
                output: 'let c = reqwest::blocking::Client::builder()\n    .danger_accept_invalid_certs(true)\n    .max_tls_version(tls::Version::TLS_1_3)\n    .build()?;',
            },
            {
                file: 'src/fetch.rs',
                code: 'let mut easy = Easy::new();\neasy.ssl_version(SslVersion::Tlsv10)?;',
                findings: ['2:5 TLSv1.0 TLSv1.1'],
                output: 'let mut easy = Easy::new();\neasy.ssl_version(SslVersion::Tlsv12)?;',
                note: 'curl crate',
            },
            {
                file: 'src/fetch.rs',
                code: 'easy.ssl_min_max_version(SslVersion::Tlsv10, SslVersion::Tlsv12)?;',
                findings: ['1:5 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'src/client.rs',
                code: 'let c = Client::builder().min_tls_version(tls::Version::TLS_1_2).build()?;',
                floor: 'TLSv1.3',
                findings: ['1:26 TLSv1.2'],
                output: 'let c = Client::builder().min_tls_version(tls::Version::TLS_1_3).build()?;',
            },
        ],
    },
});
const rust_rules = [nativeTlsProtocol, opensslProtoVersion, reqwestTlsVersion];

// EXTERNAL MODULE: ./src/scan/capability.ts
var capability = __webpack_require__(1791);
;// CONCATENATED MODULE: ./src/scan/rules/code/expressions.ts
/**
 * The small part of code that the rules follow to a version, shared by every language: the
 * version constants of TLS APIs (OpenSSL, NSS/JSS, wolfSSL, GnuTLS, Go, Python, OkHttp, Rust, Qt),
 * string literals that are nothing but versions, call arguments, casts, every literal branch of a
 * conditional, and a name given its value a few lines before it is used in the same function.
 *
 * Everything here is bounded (a look-back window, a length per literal and argument) so that a
 * rule calling it for every match stays linear on a hostile file.
 */



// ---------------------------------------------------------------------------------------------
// Constants
/**
 * Version constants by API, as data: a pattern over the constant (with its qualifier, `.`/`::`
 * separated, when it has one) and the version its captured spelling names. DTLS 1.0 is TLS 1.1.
 */
const CONSTANTS = [
    // OpenSSL / BoringSSL / LibreSSL (also pyOpenSSL `SSL.TLS1_VERSION`, Ruby `OpenSSL::SSL::TLS1_VERSION`).
    [/^(?:[\w]+[.:]+)*(SSL3|TLS1(?:_[0-3])?)_VERSION$/, (m) => (0,src_versions/* parseVersion */.ot)(m[1].replace(/^TLS1$/, 'TLS1_0'))],
    [/^(?:[\w]+[.:]+)*DTLS1_VERSION$/, () => 'TLSv1.1'],
    // NSS.
    [/^SSL_LIBRARY_VERSION_3_0$/, () => 'SSLv3'],
    [/^SSL_LIBRARY_VERSION_(TLS_1_[0-3])$/, (m) => (0,src_versions/* parseVersion */.ot)(m[1])],
    [/^SSL_LIBRARY_VERSION_DTLS_1_0$/, () => 'TLSv1.1'],
    // JSS (Java NSS) `SSLVersion.TLS_1_0`, OkHttp `TlsVersion.TLS_1_0`, Python `ssl.TLSVersion.TLSv1`.
    [/^(?:[\w]+\.)*(?:SSLVersion|TlsVersion|TLSVersion)\.(TLS_1_[0-3]|SSL_3_0|TLSv1(?:_[1-3])?|SSLv3)$/, (m) => (0,src_versions/* parseVersion */.ot)(m[1])],
    [/^(?:[\w]+\.)*SSLVersionRange\.(tls1_[0-3]|ssl3)$/, (m) => (0,src_versions/* parseVersion */.ot)(m[1])],
    // Apache HttpClient 5 `TLS.V_1_0`.
    [/^(?:[\w]+\.)*TLS\.V_1_([0-3])$/, (m) => (0,src_versions/* parseVersion */.ot)(`tls1${m[1]}`)],
    // wolfSSL / CyaSSL, GnuTLS.
    [/^(?:WOLFSSL|CYASSL)_(SSLV3|TLSV1(?:_[1-3])?)$/, (m) => (0,src_versions/* parseVersion */.ot)(m[1])],
    [/^GNUTLS_(SSL3|TLS1(?:_[0-3])?)$/, (m) => (0,src_versions/* parseVersion */.ot)(m[1])],
    // Go `tls.VersionTLS10`.
    [/^(?:\w+\.)?Version(TLS1[0-3]|SSL30)$/, (m) => (0,src_versions/* parseVersion */.ot)(m[1])],
    // Python `ssl.PROTOCOL_TLSv1`, pyOpenSSL `SSL.TLSv1_METHOD`.
    [/^(?:\w+\.)*PROTOCOL_(SSLv[23]|TLSv1(?:_[12])?)$/, (m) => (0,src_versions/* parseVersion */.ot)(m[1])],
    [/^(?:\w+\.)*(SSLv[23]|TLSv1(?:_[12])?)_METHOD$/, (m) => (0,src_versions/* parseVersion */.ot)(m[1])],
    // mbed TLS 2 / PolarSSL minor versions (the major is always 3): 0 is SSLv3, 1 TLS 1.0, 2 TLS 1.1.
    [/^(?:MBEDTLS_)?SSL_MINOR_VERSION_([0-4])$/, (m) => ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'][Number(m[1])]],
    // Rust `Protocol::Tlsv10` (native-tls), `SslVersion::TLS1` (openssl crate); Qt `QSsl::TlsV1_0`.
    [/^(?:\w+::)*Protocol::(Sslv3|Tlsv1[0-2])$/, (m) => (0,src_versions/* parseVersion */.ot)(m[1])],
    [/^(?:\w+::)*SslVersion::(SSL3|TLS1(?:_[1-3])?)$/, (m) => (0,src_versions/* parseVersion */.ot)(m[1])],
    [/^(?:\w+::)*QSsl::(SslV3|TlsV1_[0-3])$/, (m) => (0,src_versions/* parseVersion */.ot)(m[1])],
];
/** The version a TLS API constant names (`TLS1_VERSION`, `SSLVersion.TLS_1_0`, `tls.VersionTLS10`), or undefined. */
function constantVersion(token) {
    const t = token.replace(/\s+/g, '').replace(/^::/, '');
    if (t.length > 120)
        return undefined;
    for (const [re, version] of CONSTANTS) {
        const m = re.exec(t);
        if (m)
            return version(m);
    }
    return undefined;
}
/**
 * The versions a string literal's content names when it is nothing but versions (`tlsv1`,
 * `TLSv1.1`, `"TLSv1,TLSv1.1"`, `tls1_0:tls1_2`); undefined for anything else (`TLS`, `1.0`,
 * `tls_version`, a sentence that mentions a version).
 */
function literalVersions(content) {
    if (content.length === 0 || content.length > 80)
        return undefined;
    const tokens = (0,evaluate/* tokenize */.qw)(content);
    if (tokens.length === 0)
        return undefined;
    for (const t of tokens)
        if (!/^(?:ssl|tls|dtls)/i.test(t.text) || !(0,src_versions/* parseVersion */.ot)(t.text))
            return undefined;
    return (0,evaluate/* evalList */.vi)(tokens)?.versions;
}
/** Longest argument list read; a call longer than this is not a setting. */
const MAX_ARGS = 1200;
/**
 * Skips a string literal starting at `i` (the quote); returns the offset after its closing quote,
 * or undefined when it does not close on its line within the bound.
 */
function skipString(code, i, end) {
    const q = code[i];
    let j = i + 1;
    while (j < end && code[j] !== q && code[j] !== '\n')
        j += code[j] === '\\' ? 2 : 1;
    return code[j] === q ? j + 1 : undefined;
}
/**
 * The top-level arguments of the call whose `(` is at `open`: their spans, trimmed. Undefined when
 * the parenthesis does not close within the bound.
 */
function callArguments(code, open) {
    const end = Math.min(code.length, open + 1 + MAX_ARGS);
    const args = [];
    let depth = 0;
    let s = open + 1;
    for (let i = open + 1; i < end; i++) {
        const ch = code[i];
        if (ch === '"' || ch === "'" || ch === '`') {
            const after = skipString(code, i, end);
            if (after === undefined)
                return undefined;
            i = after - 1;
        }
        else if (ch === '(' || ch === '[' || ch === '{')
            depth++;
        else if (ch === ')' || ch === ']' || ch === '}') {
            if (depth === 0) {
                if (ch !== ')')
                    return undefined;
                args.push(trim(code, s, i));
                return args.filter((a) => a.end > a.start);
            }
            depth--;
        }
        else if (ch === ',' && depth === 0) {
            args.push(trim(code, s, i));
            s = i + 1;
        }
    }
    return undefined;
}
function trim(code, start, end) {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(code[a]))
        a++;
    while (b > a && /\s/.test(code[b - 1]))
        b--;
    return { start: a, end: b };
}
/**
 * The offset of the first top-level occurrence of one of `chars` in [start, end), skipping strings
 * and brackets; -1 when none.
 */
function topLevel(code, start, end, test) {
    let depth = 0;
    for (let i = start; i < end; i++) {
        const ch = code[i];
        if (ch === '"' || ch === "'" || ch === '`') {
            const after = skipString(code, i, end);
            if (after === undefined)
                return -1;
            i = after - 1;
        }
        else if (ch === '(' || ch === '[' || ch === '{')
            depth++;
        else if (ch === ')' || ch === ']' || ch === '}')
            depth--;
        else if (depth === 0 && test(i))
            return i;
    }
    return -1;
}
/** C, C++, Java, C# casts around a value: `(int)`, `(long) `, `static_cast<long>(…)`. */
const CAST = /^\(\s*(?:(?:unsigned|signed|const)\s+)?[A-Za-z_][\w:]*(?:\s*\*)?\s*\)\s*/;
const CAST_CALL = /^(?:static_cast|reinterpret_cast|const_cast)\s*<[^<>()]{1,60}>\s*\(/;
/**
 * The leaves of an expression that name versions: the expression itself when it is a version
 * literal or constant (through casts and redundant parentheses), every literal branch of a
 * conditional (`c ? A : B`, Python `A if c else B` — never the condition), and — for a plain name —
 * the values assigned to it earlier in the same function (see `assignedBefore`).
 */
function versionLeaves(code, span, opts = {}, depth = 0) {
    let { start, end } = trim(code, span.start, span.end);
    if (end - start > 400 || depth > 3)
        return [];
    // Casts and parentheses around the whole value.
    for (let guard = 0; guard < 4; guard++) {
        const text = code.slice(start, end);
        const cast = CAST.exec(text);
        const call = CAST_CALL.exec(text);
        if (call && text.endsWith(')')) {
            ({ start, end } = trim(code, start + call[0].length, end - 1));
        }
        else if (cast && /^[A-Za-z_:(]/.test(text.slice(cast[0].length))) {
            ({ start, end } = trim(code, start + cast[0].length, end));
        }
        else if (text.startsWith('(') && text.endsWith(')') && topLevel(code, start + 1, end - 1, () => false) === -1) {
            const inner = code.slice(start + 1, end - 1);
            if (!balanced(inner))
                break;
            ({ start, end } = trim(code, start + 1, end - 1));
        }
        else
            break;
    }
    const text = code.slice(start, end);
    // A conditional: every branch, never the condition.
    const q = topLevel(code, start, end, (i) => code[i] === '?' && code[i + 1] !== '.' && code[i + 1] !== '?' && code[i - 1] !== '?');
    if (q >= 0) {
        const colon = topLevel(code, q + 1, end, (i) => code[i] === ':' && code[i + 1] !== ':' && code[i - 1] !== ':');
        if (colon < 0)
            return [];
        return [
            ...versionLeaves(code, { start: q + 1, end: colon }, opts, depth + 1),
            ...versionLeaves(code, { start: colon + 1, end }, opts, depth + 1),
        ].map((l) => ({ ...l, conditional: true }));
    }
    const pyIf = /\sif\s/.exec(text);
    if (pyIf) {
        const at = start + pyIf.index;
        const orElse = topLevel(code, at, end, (i) => /\selse\s/.test(code.slice(i, i + 6)) && code[i] !== '\n');
        if (orElse < 0 || topLevel(code, start, at, () => false) !== -1)
            return [];
        return [
            ...versionLeaves(code, { start, end: at }, opts, depth + 1),
            ...versionLeaves(code, { start: orElse + 5, end }, opts, depth + 1),
        ].map((l) => ({ ...l, conditional: true }));
    }
    const lit = /^(["'])([^"'\\\n]{1,80})\1$/.exec(text);
    if (lit) {
        const versions = literalVersions(lit[2]);
        if (versions === undefined)
            return [];
        const single = (0,src_versions/* parseVersion */.ot)(lit[2]);
        return [{ start, end, versions, version: single }];
    }
    if (/^(?:::)?[A-Za-z_$][\w$]*(?:\s*(?:\.|::)\s*[A-Za-z_$][\w$]*){0,6}$/.test(text)) {
        const v = constantVersion(text);
        if (v)
            return [{ start, end, versions: (0,src_versions/* setOf */.s4)(v), version: v }];
        if ((opts.follow ?? true) && depth === 0 && /^[a-z_$][\w$]*$/i.test(text) && !/^[A-Z0-9_]+$/.test(text)) {
            // A value assigned in a `case` arm or behind a comparison is chosen on request: a capability.
            const values = assignedBefore(code, text, start).filter((v) => !(0,capability/* inCaseArm */.gz)(code, v.start) && !(0,capability/* guardedByComparison */.Lc)(code, v.start));
            return values.flatMap((value) => versionLeaves(code, value, { follow: false }, depth + 1).map((l) => ({ ...l, via: l.via ?? text })));
        }
    }
    return [];
}
/**
 * Whether a line break at `i` ends a statement in a language without semicolons: not when the
 * line ends with an operator or the next line starts with one (`x = a\n  ? b\n  : c`).
 */
function statementEndsAt(code, valueStart, i) {
    if (code[i] !== '\n')
        return false;
    let p = i - 1;
    while (p >= valueStart && (code[p] === ' ' || code[p] === '\t' || code[p] === '\r'))
        p--;
    if (p < valueStart || '=?:|&+,(-'.includes(code[p]))
        return false;
    let n = i + 1;
    while (n < code.length && n < i + 200 && /\s/.test(code[n]))
        n++;
    return !'?:|&+.'.includes(code[n] ?? '');
}
function balanced(text) {
    let depth = 0;
    for (const ch of text) {
        if (ch === '(')
            depth++;
        else if (ch === ')' && --depth < 0)
            return false;
    }
    return depth === 0;
}
// ---------------------------------------------------------------------------------------------
// Capabilities: a version chosen on request
// `inCaseArm` and `guardedByVersionCheck` are the capability judgement's own (capability.ts):
// one answer, in the rules that follow values and in the engine.

// ---------------------------------------------------------------------------------------------
// Local assignments
/** How far back a use looks for the assignments of its name. */
const LOOKBACK = 3000;
/** At most this many assignments of one name are followed back from a use. */
const MAX_ASSIGNMENTS = 8;
/**
 * Where the enclosing function starts, roughly: after the last function boundary in the window —
 * a `}` in the first column (C, C++, Go), a `def`/`func`/`fn`/`function` line, or a Java/Kotlin
 * method header. Code before it belongs to another function.
 */
const FUNCTION_BOUNDARY = /\n\}|\n[ \t]*(?:async[ \t]+)?(?:def|func|fn|function)[ \t]|\n[ \t]*(?:(?:public|private|protected|static|final|override|internal)[ \t]+)+[^;=\n{}]{1,200}\)[^;=\n{}]{0,120}\{/g;
/**
 * The values assigned to `name` between the start of the enclosing function and `at`, in file
 * order: `int name = …;`, `name = …`, `name := …`, `const name = …`. A value ends at a `;` or, in
 * languages without them, at the line break, outside brackets.
 */
function assignedBefore(code, name, at) {
    const index = assignmentIndex(code);
    const from = Math.max(0, at - LOOKBACK, lastBelow(index.boundaries, at) ?? 0);
    const out = [];
    const starts = index.byName.get(name) ?? [];
    // The last few assignments before the use: a function that assigns one name dozens of times is not a setting's default.
    const last = lastIndexBelow(starts, at);
    for (let k = Math.max(0, last - MAX_ASSIGNMENTS + 1); k <= last; k++) {
        const valueStart = starts[k];
        if (valueStart <= from)
            continue;
        const stop = topLevel(code, valueStart, Math.min(at, valueStart + 400), (i) => code[i] === ';' || statementEndsAt(code, valueStart, i));
        const valueEnd = stop < 0 ? Math.min(at, valueStart + 400) : stop;
        // A value that runs into the use itself is not an assignment (`f(x = …)` is not followed).
        if (valueEnd <= valueStart || valueEnd >= at)
            continue;
        out.push({ start: valueStart, end: valueEnd });
    }
    return out;
}
/**
 * The file's function boundaries and assignments, read once per file: rules ask for every use of a
 * name, and a fresh look-back per use costs a window scan each (the last file's index is kept; rules
 * run file by file).
 */
let lastIndex;
function assignmentIndex(code) {
    if (lastIndex && lastIndex.code === code)
        return lastIndex;
    const boundaries = [];
    const boundary = new RegExp(FUNCTION_BOUNDARY.source, 'g');
    for (let m = boundary.exec(code); m; m = boundary.exec(code))
        boundaries.push(m.index + 1);
    const byName = new Map();
    const re = /(?<![\w$.>])([A-Za-z_$][\w$]{0,80})[ \t]*(?::=|=)(?![=>~])[ \t]*/g;
    for (let m = re.exec(code); m; m = re.exec(code)) {
        const list = byName.get(m[1]);
        if (list)
            list.push(m.index + m[0].length);
        else
            byName.set(m[1], [m.index + m[0].length]);
    }
    lastIndex = { code, boundaries, byName };
    return lastIndex;
}
/** The index of the last offset in a sorted list that is below `at` (-1 when none). */
function lastIndexBelow(sorted, at) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo - 1;
}
/** The last offset in a sorted list that is below `at`. */
function lastBelow(sorted, at) {
    const i = lastIndexBelow(sorted, at);
    return i >= 0 ? sorted[i] : undefined;
}

;// CONCATENATED MODULE: ./src/scan/rules/c-cpp/shared.ts


const C_KINDS = ['c', 'cpp', 'objc'];
/** Where configuration for C libraries is written: config files and the scripts that write them. */
const shared_CONFIG_KINDS = [
    'ini',
    'conf',
    'other',
    'shell',
    'dockerfile',
    'yaml',
    'makefile',
    'env',
    'toml',
    'json',
    'hcl',
];
const TLS10_UP = (0,src_versions/* range */.y1)('TLSv1.0');
const floorDigits = (ctx) => (ctx.floor === 'TLSv1.3' ? '3' : '2');
/**
 * What a maximum enables: a cap at or above the floor changes nothing the policy cares about
 * (`MaxProtocol = TLSv1.3` is not legacy), a lower cap leaves only the versions up to it.
 */
function cap(v, ctx) {
    return (0,src_versions/* versionIndex */.Vm)(v) >= (0,src_versions/* versionIndex */.Vm)(ctx.floor) ? undefined : (0,src_versions/* atMost */.Tu)(v);
}
/**
 * A version reached through a name assigned earlier in the function
 * (`tls_ver_min = cur_min < TLS1_VERSION ? TLS1_VERSION : cur_min; … SSL_CTX_set_min_proto_version(ctx, tls_ver_min)`):
 * reported where the version is written, as a warning — the name may change on the way.
 */
function throughName(file, at, name, kind, ctx) {
    for (const leaf of versionLeaves(file.code, { start: at, end: at + name.length })) {
        if (!leaf.version || !leaf.via)
            continue;
        const versions = kind === 'min' ? (0,src_versions/* atLeast */.jZ)(leaf.version) : cap(leaf.version, ctx);
        if (versions === undefined)
            continue;
        return {
            versions,
            severity: 'warning',
            start: leaf.start,
            end: leaf.end,
            what: `${name} = ${file.text.slice(leaf.start, leaf.end)}`,
            why: `the ${kind}imum protocol version is \`${name}\`, assigned this value earlier in the function${leaf.conditional ? ' in one branch of a condition' : ''}`,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/scan/rules/c-cpp/boost-asio.ts



// ---------------------------------------------------------------------------------------------
// H7: Boost.Asio context pinned to a legacy method.
const BOOST_METHODS = {
    sslv2: 'SSLv2',
    sslv3: 'SSLv3',
    tlsv1: 'TLSv1.0',
    tlsv11: 'TLSv1.1',
    tlsv12: 'TLSv1.2',
    tlsv13: 'TLSv1.3',
};
const boostAsioContext = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'c/boost-asio-context',
        title: 'Boost.Asio ssl::context pinned to a legacy method',
        description: '`ssl::context ctx(ssl::context::tlsv1)` (`tlsv11`, `sslv3`, and their `_client`/`_server` forms) speaks exactly that version.',
        ecosystem: 'C & C++',
        catalogue: ['H7'],
        docs: ['https://www.boost.org/doc/libs/release/doc/html/boost_asio/reference/ssl__context/method.html'],
        files: { kinds: C_KINDS },
        keywords: /context::sslv|context::tlsv/,
        fixable: true,
        safe: 'ssl::context ctx(ssl::context::tls_client); ctx.set_options(ssl::context::no_sslv2 | ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);',
        limits: 'The generic `sslv23`/`tls` methods are judged by their `set_options` (c/openssl-options).',
    },
    pattern: /[({,][ \t\r\n]{0,40}(?:(?:::)?(?:boost::)?asio::)?(?:ssl::)?context::(sslv2|sslv3|tlsv1|tlsv11|tlsv12|tlsv13)(_client|_server)?\b/,
    evaluate: (m, ctx) => {
        const v = BOOST_METHODS[m[1]];
        const nameStart = m.index + m[0].length - m[1].length - (m[2]?.length ?? 0);
        const start = m.index + m[0].search(/[\w:]/);
        return {
            versions: (0,src_versions/* setOf */.s4)(v),
            start,
            end: m.index + m[0].length,
            fix: { start: nameStart, end: nameStart + m[1].length, text: ctx.floor === 'TLSv1.3' ? 'tlsv13' : 'tlsv12' },
        };
    },
    instead: (ctx) => `\`ssl::context::tls_client\` (or \`tls_server\`) with \`no_tlsv1 | no_tlsv1_1\` options, or \`ssl::context::tlsv1${floorDigits(ctx)}\``,
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

;// CONCATENATED MODULE: ./src/scan/rules/c-cpp/crypto-policies.ts



// ---------------------------------------------------------------------------------------------
// H11: RHEL/Fedora crypto-policies.
const cryptoPolicies = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'c/crypto-policies',
        title: 'RHEL/Fedora crypto policy set to LEGACY',
        description: '`update-crypto-policies --set LEGACY` switches every library that follows the system policy (OpenSSL, GnuTLS, NSS, Java) to the LEGACY profile, whose minimum is TLS 1.0 on RHEL 8 (RHEL 9 keeps TLS 1.2). Custom sub-policies can lower `min_tls_version` directly.',
        ecosystem: 'C & C++',
        catalogue: ['H11'],
        docs: [
            'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/8/html/security_hardening/using-the-system-wide-cryptographic-policies_security-hardening',
        ],
        files: { kinds: ['shell', 'dockerfile', 'yaml', 'other', 'makefile', 'ini', 'conf', 'json'], names: /\.pmod$|\.pol$/ },
        keywords: /crypto-policies|crypto_policies|min_tls_version/,
        fixable: false,
        safe: 'update-crypto-policies --set DEFAULT',
        limits: 'Whether LEGACY enables TLS 1.0/1.1 depends on the RHEL release (8: yes, 9: no); it is reported as a warning.',
    },
    pattern: /\bupdate-crypto-policies[ \t]+--set(?:[ \t]+|=)["']?([Ll][Ee][Gg][Aa][Cc][Yy])\b|\bcrypto_policies_policy[ \t]*[:=][ \t]*["']?(LEGACY)\b|\becho[ \t]+["']?(LEGACY)["']?[ \t]*>{1,2}[ \t]*\/etc\/crypto-policies\/config|(?<![\w.-])min_(?:d?tls)_version[ \t]*=[ \t]*(SSL3\.0|TLS1\.[01]|DTLS1\.0)\b/,
    evaluate: (m, _ctx, file) => {
        if (m[4] !== undefined) {
            if (!/\.pmod$|\.pol$/.test(file.name) && !/crypto-policies/.test(file.path))
                return undefined;
            const v = m[4] === 'SSL3.0' ? 'SSLv3' : m[4] === 'TLS1.0' ? 'TLSv1.0' : 'TLSv1.1';
            return { versions: (0,src_versions/* atLeast */.jZ)(v) };
        }
        return { versions: TLS10_UP, severity: 'warning', why: 'the LEGACY policy allows TLS 1.0 and 1.1 on RHEL 8' };
    },
    instead: '`update-crypto-policies --set DEFAULT` (add a sub-policy such as `DEFAULT:SHA1` for what the old peer really needs)',
    examples: {
        valid: [
            { file: 'Dockerfile', code: 'RUN update-crypto-policies --set DEFAULT:SHA1', note: 'sub-policy, unrelated to versions' },
            { file: 'setup.sh', code: 'update-crypto-policies --set FUTURE' },
            { file: 'setup.sh', code: 'update-crypto-policies --show\n# update-crypto-policies --set LEGACY' },
            { file: 'roles/crypto/defaults/main.yml', code: 'crypto_policies_policy: DEFAULT' },
            { file: 'policies/modules/TLS12.pmod', code: 'min_tls_version = TLS1.2' },
        ],
        invalid: [
            { file: 'Dockerfile', code: 'RUN update-crypto-policies --set LEGACY', findings: ['1:5 TLSv1.0 TLSv1.1'], severity: 'warning' },
            {
                file: 'playbook.yml',
                code: '- name: allow old clients\n  command: update-crypto-policies --set LEGACY:AD-SUPPORT',
                findings: ['2:12 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            { file: 'group_vars/all.yml', code: 'crypto_policies_policy: "LEGACY"', findings: ['1:1 TLSv1.0 TLSv1.1'], severity: 'warning' },
            {
                file: 'Containerfile',
                code: 'RUN set -x; update-crypto-policies --set legacy --no-reload \\\n && ostree container commit',
                findings: ['1:13 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'kickstart.sh',
                code: 'echo LEGACY > /etc/crypto-policies/config\nupdate-crypto-policies',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            { file: 'policies/modules/OLDTLS.pmod', code: 'min_tls_version = TLS1.0', findings: ['1:1 TLSv1.0 TLSv1.1'] },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/c-cpp/curl.ts



// ---------------------------------------------------------------------------------------------
// H9 (and I1): libcurl CURLOPT_SSLVERSION.
const CURL_MIN = {
    DEFAULT: null,
    TLSv1: (0,src_versions/* atLeast */.jZ)('TLSv1.0'),
    SSLv2: (0,src_versions/* setOf */.s4)('SSLv2'),
    SSLv3: (0,src_versions/* setOf */.s4)('SSLv3'),
    TLSv1_0: (0,src_versions/* atLeast */.jZ)('TLSv1.0'),
    TLSv1_1: (0,src_versions/* atLeast */.jZ)('TLSv1.1'),
    TLSv1_2: (0,src_versions/* atLeast */.jZ)('TLSv1.2'),
    TLSv1_3: (0,src_versions/* atLeast */.jZ)('TLSv1.3'),
};
const CURL_NUMBERS = ['DEFAULT', 'TLSv1', 'SSLv2', 'SSLv3', 'TLSv1_0', 'TLSv1_1', 'TLSv1_2', 'TLSv1_3'];
const CURL_MAX = {
    DEFAULT: null,
    NONE: null,
    TLSv1_0: (0,src_versions/* atMost */.Tu)('TLSv1.0'),
    TLSv1_1: (0,src_versions/* atMost */.Tu)('TLSv1.1'),
    TLSv1_2: (0,src_versions/* atMost */.Tu)('TLSv1.2'),
    TLSv1_3: null,
};
/**
 * Evaluates a CURLOPT_SSLVERSION value (`CURL_SSLVERSION_TLSv1_0 | CURL_SSLVERSION_MAX_TLSv1_1`,
 * `6`, `1L`, PHP's plain numbers), shared by the C and PHP rules. `valueStart` is the value's
 * offset in the file, for the fix.
 */
function curlSslVersion(value, valueStart, ctx) {
    let min;
    let max;
    let minToken;
    let unknown = false;
    for (const t of value.matchAll(/[\w:\\.]+/g)) {
        const text = t[0].replace(/^(?:\\|::|(?:Curl|pycurl)(?:::|\.))+/, '').replace(/^SSLVERSION_/, 'CURL_SSLVERSION_');
        if (/^(?:long|int|CURLOPT_\w+)$/.test(text))
            continue;
        let mm;
        if ((mm = /^CURL_SSLVERSION_MAX_(\w+)$/.exec(text))) {
            max = CURL_MAX[mm[1]];
            if (max === undefined)
                unknown = true;
        }
        else if ((mm = /^CURL_SSLVERSION_(\w+)$/.exec(text))) {
            min = CURL_MIN[mm[1]];
            if (min === undefined)
                unknown = true;
            else
                minToken = { text: t[0], start: valueStart + (t.index ?? 0) };
        }
        else if ((mm = /^([0-7])[lL]?$/.exec(text))) {
            min = CURL_MIN[CURL_NUMBERS[Number(mm[1])]];
            minToken = { text: t[0], start: valueStart + (t.index ?? 0) };
        }
        else
            unknown = true;
    }
    if (unknown || (min == null && max == null))
        return undefined;
    // A cap alone says nothing about the minimum: it matters only when it is below the floor.
    if (min == null && max != null && (max & (0,src_versions/* setOf */.s4)(ctx.floor)) !== 0)
        return undefined;
    const versions = (min ?? TLS10_UP) & (max ?? (0,src_versions/* range */.y1)('SSLv2'));
    const whyTLSv1 = /CURL_SSLVERSION_TLSv1\b|^\s*1[lL]?\s*$/.test(value) ? '`CURL_SSLVERSION_TLSv1` (1) means TLS 1.0 or later' : undefined;
    const why = min == null && max != null
        ? `the maximum caps the versions at ${['TLSv1.0', 'TLSv1.1', 'TLSv1.2'].find((v) => (max & ~(0,src_versions/* atMost */.Tu)(v)) === 0)}`
        : whyTLSv1;
    const legacyMin = min != null && (min & (0,src_versions/* range */.y1)('SSLv2', 'TLSv1.1')) !== 0;
    const fix = max == null && minToken && legacyMin
        ? {
            start: minToken.start,
            end: minToken.start + minToken.text.length,
            text: /SSLVERSION_\w+$/.test(minToken.text)
                ? minToken.text.replace(/(SSLVERSION_)\w+$/, `$1TLSv1_${floorDigits(ctx)}`)
                : `CURL_SSLVERSION_TLSv1_${floorDigits(ctx)}`,
        }
        : undefined;
    return { versions, why, fix };
}
const curlSslVersionRule = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'c/curl-sslversion',
        title: 'libcurl CURLOPT_SSLVERSION allows legacy TLS',
        description: "`curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1)` means TLS 1.0 or later; `_TLSv1_0`, `_TLSv1_1` are minimums, `_SSLv3` pins SSLv3, and `CURL_SSLVERSION_MAX_TLSv1_0/1_1` cap the version. The same constants are used by Perl's WWW::Curl.",
        ecosystem: 'C & C++',
        catalogue: ['H9'],
        docs: ['https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html'],
        files: { kinds: [...C_KINDS, 'perl', 'lua', 'python'] },
        keywords: /SSLVERSION/,
        fixable: true,
        safe: 'curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);',
        limits: "Values held in variables (curl's own tool passes `config->ssl_version`) are not followed.",
    },
    pattern: /\b(?:CURLOPT_(?:PROXY_)?|pycurl\.(?:PROXY_)?)SSLVERSION\b[ \t]*(?:,|=>)\s{0,40}([^,;)\]}\n]{1,200})/,
    evaluate: (m, ctx) => {
        const value = m[1].replace(/\s+$/, '');
        return curlSslVersion(value, m.index + m[0].length - m[1].length, ctx);
    },
    instead: (ctx) => `\`CURL_SSLVERSION_TLSv1_${floorDigits(ctx)}\``,
    examples: {
        valid: [
            { file: 'src/http.c', code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);' },
            { file: 'src/http.c', code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2 | CURL_SSLVERSION_MAX_DEFAULT);' },
            { file: 'src/http.c', code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_DEFAULT);' },
            {
                file: 'src/tool_operate.c',
                code: 'my_setopt_enum(curl, CURLOPT_SSLVERSION, config->ssl_version | config->ssl_version_max);',
                note: 'variables',
            },
            {
                file: 'src/http.cpp',
                code: '// curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);\ncurl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_3);',
            },
            {
                file: 'include/curl/curl.h',
                code: 'enum {\n  CURL_SSLVERSION_DEFAULT,\n  CURL_SSLVERSION_TLSv1, /* TLS 1.x */\n  CURL_SSLVERSION_SSLv2,\n};',
                note: 'enum definition',
            },
        ],
        invalid: [
            {
                file: 'lib/vtls/backend.c',
                code: 'switch(conn->ssl_config.version) {\ncase CURL_SSLVERSION_TLSv1_0:\n  curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0);\n  break;\n}',
                note: 'dispatch on a requested version: a capability, judged as TLS-implementation code',
                findings: ['3:23 TLSv1.0 TLSv1.1'],
                severity: 'note',
            },
            {
                file: 'src/http.c',
                code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);',
                findings: ['1:24 TLSv1.0 TLSv1.1'],
                output: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);',
            },
            { file: 'src/http.c', code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_SSLv3);', findings: ['1:24 SSLv3'] },
            {
                file: 'src/http.cpp',
                code: 'curl_easy_setopt(m_curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0 | CURL_SSLVERSION_MAX_TLSv1_1);',
                findings: ['1:26 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'src/http.c',
                code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, 1L);',
                findings: ['1:24 TLSv1.0 TLSv1.1'],
                note: 'numeric value',
                output: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);',
            },
            {
                file: 'src/http.c',
                code: 'curl_easy_setopt(curl, CURLOPT_PROXY_SSLVERSION, CURL_SSLVERSION_TLSv1_1);',
                findings: ['1:24 TLSv1.1'],
            },
            {
                file: 'lib/Fetch.pm',
                code: '$curl->setopt(CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);',
                findings: ['1:15 TLSv1.0 TLSv1.1'],
                note: 'WWW::Curl',
            },
            {
                file: 'fetch.py',
                code: 'c = pycurl.Curl()\nc.setopt(pycurl.SSLVERSION, pycurl.SSLVERSION_TLSv1_0)',
                findings: ['2:10 TLSv1.0 TLSv1.1'],
                note: 'pycurl',
                output: 'c = pycurl.Curl()\nc.setopt(pycurl.SSLVERSION, pycurl.SSLVERSION_TLSv1_2)',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/c-cpp/gnutls.ts



/** Whether the offset is in a shell `case` arm (`"tls1") PRIO="+VERS-TLS1.0" ;;`). */
function inShellCaseArm(code, index) {
    const before = code.slice(Math.max(0, index - 300), index);
    const lines = before.split('\n');
    const current = lines[lines.length - 1];
    if (/^\s*["']?[\w.|*-]+["']?\)\s/.test(current))
        return true;
    for (let i = lines.length - 2; i >= 0; i--) {
        const l = lines[i];
        if (l.trim() === '')
            continue;
        if (/;;\s*$/.test(l))
            return false;
        return /^\s*["']?[\w.|*-]+["']?\)\s*$/.test(l);
    }
    return false;
}
// ---------------------------------------------------------------------------------------------
// H5: GnuTLS priority strings.
const GNUTLS_VERSIONS = {
    'SSL3.0': (0,src_versions/* setOf */.s4)('SSLv3'),
    'TLS1.0': (0,src_versions/* setOf */.s4)('TLSv1.0'),
    'TLS1.1': (0,src_versions/* setOf */.s4)('TLSv1.1'),
    'TLS1.2': (0,src_versions/* setOf */.s4)('TLSv1.2'),
    'TLS1.3': (0,src_versions/* setOf */.s4)('TLSv1.3'),
    'DTLS0.9': (0,src_versions/* setOf */.s4)('TLSv1.1'),
    'DTLS1.0': (0,src_versions/* setOf */.s4)('TLSv1.1'),
    'DTLS1.2': (0,src_versions/* setOf */.s4)('TLSv1.2'),
    'TLS-ALL': (0,src_versions/* range */.y1)('TLSv1.0'),
    'DTLS-ALL': (0,src_versions/* setOf */.s4)('TLSv1.1', 'TLSv1.2'),
    ALL: (0,src_versions/* range */.y1)('TLSv1.0'),
};
const PRIORITY_CHAR = /[\w%@:+!.=-]/;
/**
 * `SECURE256:-VERS-SSL3.0`: a level keyword minus some versions keeps the rest of what the keyword
 * enables, which upstream GnuTLS builds take to include TLS 1.0 and 1.1 — a warning, as the build
 * and the system policy decide.
 */
function keywordMinusSome(chunk, start, end, code) {
    if (!/^(?:NORMAL|SECURE128|SECURE192|SECURE256|PERFORMANCE|PFS|LEGACY)(?::|$)/i.test(chunk))
        return undefined;
    let set = GNUTLS_VERSIONS['TLS-ALL'];
    for (const raw of chunk.split(':')) {
        const t = /^[!-]VERS-([\w.-]+)$/i.exec(raw.trim());
        const versions = t && GNUTLS_VERSIONS[t[1].toUpperCase()];
        if (versions)
            set &= ~versions;
    }
    if (inShellCaseArm(code, start))
        return undefined;
    return {
        versions: set,
        start,
        end,
        what: chunk.length > 100 ? `${chunk.slice(0, 97)}…` : chunk,
        severity: 'warning',
        why: 'removing only some versions keeps what the keyword enables: TLS 1.0 and 1.1 in upstream GnuTLS builds without a system policy',
    };
}
const gnutlsPriority = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'c/gnutls-priority',
        title: 'GnuTLS priority string adds legacy protocol versions',
        description: 'GnuTLS priority strings (`gnutls_priority_set_direct`, exim `tls_require_ciphers`, lftp `ssl:priority`, OpenConnect `--gnutls-priority`) add versions with `+VERS-TLS1.0`/`+VERS-TLS1.1`/`+VERS-SSL3.0` or `+VERS-TLS-ALL`; `-VERS-…` and `!VERS-…` remove them.',
        ecosystem: 'C & C++',
        catalogue: ['H5'],
        docs: ['https://gnutls.org/manual/html_node/Priority-Strings.html'],
        files: { kinds: [...C_KINDS, ...shared_CONFIG_KINDS, 'perl', 'python', 'ruby', 'php'] },
        keywords: /VERS-/,
        fixable: false,
        safe: 'NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2',
        limits: 'Versions that a keyword such as `NORMAL` or `LEGACY` enables by itself depend on the GnuTLS build and the system crypto policy: a keyword alone is not reported, and a keyword minus only some versions (`SECURE256:-VERS-SSL3.0`) is a warning; versions added explicitly are errors.',
    },
    pattern: /[!+-]?VERS-/i,
    evaluate: (m, _ctx, file) => {
        const code = file.code;
        let start = m.index;
        while (start > 0 && m.index - start < 1000 && PRIORITY_CHAR.test(code[start - 1]))
            start--;
        let end = m.index;
        while (end < code.length && end - m.index < 1000 && PRIORITY_CHAR.test(code[end]))
            end++;
        const chunk = code.slice(start, end);
        let set = src_versions/* EMPTY */.wg;
        let added = false;
        for (const raw of chunk.split(':')) {
            const t = /^([!+-]?)VERS-([\w.-]+)$/i.exec(raw.trim());
            if (!t)
                continue;
            const versions = GNUTLS_VERSIONS[t[2].toUpperCase()];
            if (versions === undefined)
                continue;
            if (t[1] === '-' || t[1] === '!')
                set &= ~versions;
            else {
                set |= versions;
                added = true;
            }
        }
        if (!added)
            return keywordMinusSome(chunk, start, end, code);
        // A switch that maps a requested version to a priority string (curl's GnuTLS backend, test scripts).
        if (inShellCaseArm(code, start))
            return undefined;
        return { versions: set, start, end, what: chunk.length > 100 ? `${chunk.slice(0, 97)}…` : chunk };
    },
    instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`NORMAL:-VERS-ALL:+VERS-TLS1.3`' : '`NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2`'),
    examples: {
        valid: [
            { file: 'src/client.c', code: 'gnutls_priority_set_direct(session, "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2", NULL);' },
            {
                file: 'src/client.c',
                code: 'gnutls_priority_set_direct(session, "NORMAL:-VERS-TLS1.0:-VERS-TLS1.1", NULL);',
                note: '-VERS entries disable',
            },
            {
                file: 'exim.conf',
                code: 'tls_require_ciphers = SECURE256:-VERS-TLS-ALL:+VERS-TLS1.2:+VERS-TLS1.3',
                note: 'cleared then re-added safely',
            },
            {
                file: 'src/client.c',
                code: 'gnutls_priority_set_direct(session, "NORMAL:+VERS-TLS1.0:-VERS-TLS1.0", NULL);',
                note: 'added then removed',
            },
            {
                file: 'lftp.conf',
                code: '# set ssl:priority "NORMAL:+VERS-TLS1.0"\nset ssl:priority "NORMAL:-VERS-SSL3.0:-VERS-TLS1.0:-VERS-TLS1.1"',
            },
            {
                file: 'roles/slapd/defaults/main.yml',
                code: "slapd_pki_ciphers: 'SECURE256:-VERS-SSL3.0:-VERS-TLS1.0:-VERS-TLS1.1'\n",
                note: 'a level keyword with every legacy version removed',
            },
            { file: 'src/client.c', code: 'gnutls_set_default_priority(session);' },
            { file: 'tests/run.sh', code: 'case "$MODE" in\n  "tls1")\n    PRIO="+VERS-TLS1.0"\n    ;;\nesac' },
        ],
        invalid: [
            {
                file: 'lib/vtls/gtls.c',
                code: 'switch(version) {\n  case CURL_SSLVERSION_TLSv1_0:\n    prioritylist = GNUTLS_CIPHERS ":-VERS-SSL3.0:-VERS-TLS-ALL:"\n                   "+VERS-TLS1.0:" GNUTLS_SRP;\n    break;\n}',
                note: 'a requested version mapped to a priority string: a capability, judged as TLS-implementation code',
                findings: ['4:21 TLSv1.0'],
                severity: 'note',
            },
            {
                file: 'src/client.c',
                code: 'gnutls_priority_set_direct(session, "NORMAL:+VERS-TLS1.0:+VERS-TLS1.1", NULL);',
                findings: ['1:38 TLSv1.0 TLSv1.1'],
            },
            { file: 'exim4.conf.template', code: 'MAIN_TLS_REQUIRE_CIPHERS = SECURE128:-VERS-TLS-ALL:+VERS-TLS1.0', findings: ['1:28 TLSv1.0'] },
            { file: 'lftp.conf', code: 'set ssl:priority "NORMAL:+VERS-SSL3.0:+VERS-TLS1.2"', findings: ['1:19 SSLv3'] },
            {
                file: 'roles/slapd/defaults/main.yml',
                code: "slapd_pki_ciphers: 'SECURE256:-VERS-SSL3.0'\n",
                findings: ['1:21 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'removing only SSL 3.0 from a level keyword keeps TLS 1.0 and 1.1 (upstream builds); a warning, as the build decides',
            },
            {
                file: 'scripts/vpn.sh',
                code: 'openconnect --gnutls-priority="NONE:+VERS-TLS-ALL:+AES-128-CBC:+RSA:+SHA1:+COMP-NULL" vpn.example.com',
                findings: ['1:32 TLSv1.0 TLSv1.1'],
                note: 'TLS-ALL includes 1.0 and 1.1',
            },
            {
                file: 'src/session.cc',
                code: 'const char *prio = "SECURE192:-VERS-ALL:+VERS-TLS1.2:+VERS-TLS1.1";\ngnutls_priority_init(&cache, prio, NULL);',
                findings: ['1:21 TLSv1.1'],
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/c-cpp/mbedtls.ts



// ---------------------------------------------------------------------------------------------
// H6: mbedTLS 2.x / PolarSSL major,minor versions.
const MBEDTLS_MINOR = { '0': 'SSLv3', '1': 'TLSv1.0', '2': 'TLSv1.1', '3': 'TLSv1.2', '4': 'TLSv1.3' };
const mbedtlsVersion = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'c/mbedtls-version',
        title: 'mbedTLS minimum or maximum version allows legacy TLS',
        description: 'mbedTLS 2.x (and PolarSSL) take the version as major/minor numbers: `mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_1)` is TLS 1.0 (minor 0 = SSLv3, 1 = TLS 1.0, 2 = TLS 1.1, 3 = TLS 1.2).',
        ecosystem: 'C & C++',
        catalogue: ['H6'],
        docs: ['https://mbed-tls.readthedocs.io/projects/api/en/v2.28.8/api/file/ssl_8h/'],
        files: { kinds: C_KINDS },
        keywords: /_min_version|_max_version/,
        fixable: true,
        safe: 'mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);',
        limits: 'Build-time defaults (`MBEDTLS_SSL_PROTO_TLS1`, `MBEDTLS_SSL_MIN_MINOR_VERSION`) in vendored config headers are not reported.',
    },
    pattern: /\b(?:mbedtls_ssl_conf|ssl_set)_(min|max)_version[ \t]*\([^,;]{1,150},\s{0,40}((?:MBEDTLS_)?SSL_MAJOR_VERSION_3|3|[A-Za-z_]\w{0,40})\s{0,40},\s{0,40}(?:((?:MBEDTLS_)?SSL_MINOR_VERSION_|)([0-4])|([A-Za-z_]\w{0,40}))\s{0,40}\)/,
    evaluate: (m, ctx, file) => {
        // A version chosen in a case arm is a capability: the engine judges it (capability.ts).
        if (m[5] !== undefined) {
            // `int minor = MBEDTLS_SSL_MINOR_VERSION_1; … mbedtls_ssl_conf_min_version(&conf, major, minor)`.
            const at = m.index + m[0].lastIndexOf(m[5]);
            return throughName(file, at, m[5], m[1], ctx);
        }
        if (!/^(?:(?:MBEDTLS_)?SSL_MAJOR_VERSION_3|3)$/.test(m[2]))
            return undefined;
        const v = MBEDTLS_MINOR[m[4]];
        if (m[1] === 'max') {
            const capped = cap(v, ctx);
            return capped === undefined ? undefined : { versions: capped, why: `minor version ${m[4]} is ${v}` };
        }
        const digitAt = m.index + m[0].length - 1 - (m[0].length - 1 - m[0].lastIndexOf(m[4]));
        return {
            versions: (0,src_versions/* atLeast */.jZ)(v),
            why: `minor version ${m[4]} is ${v}`,
            fix: { start: digitAt, end: digitAt + 1, text: ctx.floor === 'TLSv1.3' ? '4' : '3' },
        };
    },
    instead: (ctx) => `\`mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_${ctx.floor === 'TLSv1.3' ? '4' : '3'})\``,
    examples: {
        valid: [
            { file: 'main/tls.c', code: 'mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);' },
            { file: 'main/tls.c', code: 'mbedtls_ssl_conf_min_tls_version(&conf, MBEDTLS_SSL_VERSION_TLS1_2);', note: 'mbedTLS 3 API' },
            {
                file: 'library/ssl_tls.c',
                code: 'void mbedtls_ssl_conf_min_version(mbedtls_ssl_config *conf, int major, int minor)\n{\n    conf->min_major_ver = major;\n}',
                note: 'the definition',
            },
            {
                file: 'main/tls.c',
                code: 'if (ssl->minor_ver < MBEDTLS_SSL_MINOR_VERSION_3) return MBEDTLS_ERR_SSL_BAD_HS_PROTOCOL_VERSION;',
                note: 'a version check',
            },
            { file: 'main/tls.c', code: 'mbedtls_ssl_conf_max_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_4);' },
            {
                file: 'main/tls.c',
                code: 'void f(void)\n{\n    int minor = MBEDTLS_SSL_MINOR_VERSION_3;\n    mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, minor);\n}',
                note: 'a name assigned TLS 1.2',
            },
            {
                file: 'main/tls.c',
                code: 'void f(int v)\n{\n    int minor = 3;\n    switch (v) {\n    case 1:\n        minor = MBEDTLS_SSL_MINOR_VERSION_1;\n        break;\n    }\n    mbedtls_ssl_conf_min_version(&conf, 3, minor);\n}',
                note: 'a configured choice in a case arm',
            },
        ],
        invalid: [
            {
                file: 'main/tls.c',
                code: 'mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_1);',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                output: 'mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);',
            },
            {
                file: 'main/tls.c',
                code: 'mbedtls_ssl_conf_min_version( &conf, 3, 2 );',
                findings: ['1:1 TLSv1.1'],
                output: 'mbedtls_ssl_conf_min_version( &conf, 3, 3 );',
                note: 'numeric minor version',
            },
            {
                file: 'main/tls.c',
                code: 'mbedtls_ssl_conf_max_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_2);',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'src/polar.c',
                code: 'ssl_set_min_version(&ssl, SSL_MAJOR_VERSION_3, SSL_MINOR_VERSION_0);',
                findings: ['1:1 SSLv3 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'src/openvpn/ssl_mbedtls.c',
                code: 'void\nkey_state_init(struct key_state_ssl *ks_ssl)\n{\n    /* default to TLS 1.0 */\n    int major = MBEDTLS_SSL_MAJOR_VERSION_3;\n    int minor = MBEDTLS_SSL_MINOR_VERSION_1;\n\n    if (tls_version_min > TLS_VER_UNSPEC)\n    {\n        tls_version_to_major_minor(tls_version_min, &major, &minor);\n    }\n    mbedtls_ssl_conf_min_version(&ks_ssl->ssl_config, major, minor);\n}',
                findings: ['6:17 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'the minor version in a name assigned earlier in the function: a default, reported where it is written',
            },
            {
                file: 'src/transport.c',
                code: '/* configure TLSv1 */\nmbedtls_ssl_conf_min_version(ssl_conf,\n    MBEDTLS_SSL_MAJOR_VERSION_3,\n    MBEDTLS_SSL_MINOR_VERSION_1);',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                note: 'arguments on separate lines',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/c-cpp/openssl-api.ts




/** The last non-blank character before an offset. */
function charBefore(code, index) {
    let i = index - 1;
    while (i >= 0 && (code[i] === ' ' || code[i] === '\t' || code[i] === '\n' || code[i] === '\r'))
        i--;
    return i >= 0 ? code[i] : '';
}
// ---------------------------------------------------------------------------------------------
// H1, H6 (wolfSSL): version-pinned method constructors.
const METHOD_VERSIONS = {
    SSLv2: 'SSLv2',
    SSLv3: 'SSLv3',
    TLSv1: 'TLSv1.0',
    TLSv1_1: 'TLSv1.1',
    TLSv1_2: 'TLSv1.2',
    TLSv1_3: 'TLSv1.3',
    DTLSv1: 'TLSv1.1',
    DTLSv1_2: 'TLSv1.2',
};
/**
 * Whether the uncalled method name at `at` is an entry of a table of methods: a designated
 * initializer (`[X] = TLSv1_method`) or one of several method names listed in the same braces.
 */
function methodTable(code, at) {
    const lineStart = (0,source/* lastNewline */.Ly)(code, at - 1) + 1;
    if (/\[[^\]\n]{1,80}\][ \t]*=[ \t]*(?:&[ \t]*)?(?:::)?$/.test(code.slice(lineStart, at)))
        return true;
    const around = code.slice(Math.max(0, at - 300), at + 300);
    const names = new Set(around.match(/\b\w{2,20}_method\b(?![ \t]*\()/g) ?? []);
    return names.size >= 3;
}
const opensslMethod = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'c/openssl-method',
        title: 'OpenSSL/wolfSSL method pinned to a legacy protocol version',
        description: "`SSLv3_method()`, `TLSv1_method()`, `TLSv1_1_method()` and `DTLSv1_method()` (and their `_client_`/`_server_` forms, and wolfSSL's `wolfTLSv1_client_method()`) create a context that speaks exactly that version. DTLS 1.0 corresponds to TLS 1.1.",
        ecosystem: 'C & C++',
        catalogue: ['H1', 'H6'],
        docs: ['https://docs.openssl.org/master/man3/SSL_CTX_new/', 'https://www.wolfssl.com/documentation/manuals/wolfssl/group__Setup.html'],
        files: { kinds: C_KINDS },
        keywords: /SSLv2_|SSLv3_|TLSv1_|DTLSv1_/,
        fixable: false,
        safe: 'SSL_CTX_new(TLS_client_method()); SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);',
        limits: 'A method chosen in a `case` arm of a switch over a runtime option, or behind an `if` that compares a requested version, is a capability: it is judged in the tls-implementation context (a note by default); the generic `TLS_method()`/`SSLv23_method()` are judged by their options (c/openssl-options).',
    },
    pattern: /(?<![\w"'])(?:::)?((?:wolf|Cya)?(SSLv2|SSLv3|TLSv1|TLSv1_1|TLSv1_2|TLSv1_3|DTLSv1|DTLSv1_2)_(?:client_|server_)?method(?:_ex)?)\b([ \t]*\()?/,
    evaluate: (m, _ctx, file) => {
        const code = file.code;
        const name = m[1];
        // wolfSSL spells 1.3 only with its prefix; the OpenSSL names TLSv1_2/1_3_method do not exist.
        if (!name.startsWith('wolf') && !name.startsWith('Cya') && /^TLSv1_3/.test(m[2]))
            return undefined;
        const before = charBefore(code, m.index);
        if (m[3]) {
            // A declaration or definition (`const SSL_METHOD *TLSv1_method(void)`) is not a use.
            const word = /(\w+)\s*$/.exec(code.slice(Math.max(0, m.index - 40), m.index))?.[1];
            if (before === '*' || (/\w/.test(before) && word !== 'return' && word !== 'else'))
                return undefined;
        }
        else if (!'=(,?:{'.includes(before) || before === '') {
            return undefined;
        }
        else if (methodTable(code, m.index)) {
            // `[METHOD_TLSV1] = TLSv1_method,` — a table of function pointers the caller picks from.
            return undefined;
        }
        const v = METHOD_VERSIONS[m[2]];
        return {
            versions: (0,src_versions/* setOf */.s4)(v),
            why: m[2].startsWith('DTLSv1') && v === 'TLSv1.1' ? 'DTLS 1.0 is the datagram form of TLS 1.1' : undefined,
            what: `${name}${m[3] ? '()' : ''}`,
            start: m.index + m[0].indexOf(name),
            end: m.index + m[0].indexOf(name) + name.length,
        };
    },
    instead: (ctx, m) => m[1].startsWith('wolf') || m[1].startsWith('Cya')
        ? `\`wolfSSLv23_client_method()\` with \`wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1_${floorDigits(ctx)})\``
        : `\`TLS_client_method()\` (or \`TLS_server_method()\`) with \`SSL_CTX_set_min_proto_version(ctx, TLS1_${floorDigits(ctx)}_VERSION)\``,
    examples: {
        valid: [
            {
                file: 'src/client.c',
                code: 'SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());\nSSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);',
            },
            {
                file: 'src/server.cpp',
                code: 'ctx = SSL_CTX_new(SSLv23_server_method());',
                note: 'negotiates the highest version: not legacy by itself',
            },
            {
                file: 'include/openssl/ssl.h',
                code: 'OSSL_DEPRECATEDIN_1_1_0 __owur const SSL_METHOD *TLSv1_method(void);\n__owur const SSL_METHOD *TLSv1_1_client_method(void);',
                note: 'declarations in the library header',
            },
            { file: 'ssl/methods.c', code: 'const SSL_METHOD *TLSv1_method(void)\n{\n    return tlsv1_method();\n}', note: 'the definition' },
            { file: 'src/tls.c', code: '// ctx = SSL_CTX_new(TLSv1_method());\nctx = SSL_CTX_new(TLS_method());', note: 'commented out' },
            { file: 'src/dtls.c', code: 'ctx = SSL_CTX_new(DTLSv1_2_client_method());', note: 'DTLS 1.2 is TLS 1.2-equivalent' },
            { file: 'src/names.c', code: 'static const char *names[] = { "TLSv1_method", "SSLv3_method" };', note: 'names in strings' },
            {
                file: 'src/ssl_methods.c',
                code: 'static method_fn methods[] = {\n  [PROTO_SSL3]  = SSLv3_client_method,\n  [PROTO_TLS1]  = TLSv1_client_method,\n  [PROTO_TLS11] = TLSv1_1_client_method,\n  [PROTO_TLS12] = TLSv1_2_client_method,\n};',
                note: 'a table of function pointers indexed by a configured protocol',
            },
            {
                file: 'src/ssl_methods.c',
                code: 'static const method_fn all[] = { SSLv23_method, TLSv1_method, TLSv1_1_method, TLSv1_2_method };',
                note: 'a list of every method',
            },
        ],
        invalid: [
            {
                file: 'Modules/_ssl.c',
                code: 'if (proto_version == PY_SSL_VERSION_TLS1)\n    ctx = SSL_CTX_new(TLSv1_method());\nelse if (proto_version == PY_SSL_VERSION_TLS)\n    ctx = SSL_CTX_new(TLS_method());',
                note: 'a binding that maps its own enum: a capability, judged as TLS-implementation code',
                findings: ['2:23 TLSv1.0'],
                severity: 'note',
            },
            {
                file: 'apps/client.c',
                code: 'if (strcmp(*argv, "-tls1_2") == 0)\n    meth = TLS_client_method();\nelse if (strcmp(*argv, "-tls1") == 0)\n    meth = TLSv1_client_method();',
                note: 'chosen by a command-line flag: a capability, judged as TLS-implementation code',
                findings: ['4:12 TLSv1.0'],
                severity: 'note',
            },
            {
                file: 'asio/ssl/impl/context.ipp',
                code: 'switch (m)\n{\n  case context::tlsv1_client:\n    handle_ = ::SSL_CTX_new(::TLSv1_client_method());\n    break;\n  case context::tls_client:\n    handle_ = ::SSL_CTX_new(::TLS_client_method());\n    break;\n}',
                note: 'a switch that maps a caller option to a method: a capability, judged as TLS-implementation code',
                findings: ['4:31 TLSv1.0'],
                severity: 'note',
            },
            { file: 'src/client.c', code: 'SSL_CTX *ctx = SSL_CTX_new(TLSv1_client_method());', findings: ['1:28 TLSv1.0'] },
            { file: 'src/server.cc', code: 'ctx_ = SSL_CTX_new(::SSLv3_server_method());', findings: ['1:22 SSLv3'] },
            {
                file: 'src/legacy.c',
                code: 'const SSL_METHOD *meth;\nmeth = TLSv1_1_method();\nctx = SSL_CTX_new(meth);',
                findings: ['2:8 TLSv1.1'],
            },
            {
                file: 'src/legacy.c',
                code: 'const SSL_METHOD *(*make)(void) = TLSv1_client_method;\nctx = SSL_CTX_new(make());',
                findings: ['1:35 TLSv1.0'],
                note: 'a single function pointer is a choice',
            },
            {
                file: 'src/ptr.c',
                code: 'const SSL_METHOD *(*make)(void) = TLSv1_client_method;',
                findings: ['1:35 TLSv1.0'],
                note: 'function pointer stored in a variable',
            },
            { file: 'src/dtls.c', code: 'ctx = SSL_CTX_new(DTLSv1_client_method());', findings: ['1:19 TLSv1.1'] },
            { file: 'src/wolf.c', code: 'WOLFSSL_CTX* ctx = wolfSSL_CTX_new(wolfTLSv1_1_client_method());', findings: ['1:36 TLSv1.1'] },
            { file: 'src/tls13.c', code: 'ctx = SSL_CTX_new(TLSv1_2_method());', floor: 'TLSv1.3', findings: ['1:19 TLSv1.2'] },
            {
                file: 'src/method.c',
                code: 'static const SSL_METHOD *pick(void)\n{\n    return TLSv1_1_client_method();\n}',
                findings: ['3:12 TLSv1.1'],
            },
            { file: 'src/method.cpp', code: 'meth = (SSL_METHOD *) SSLv3_client_method();', findings: ['1:23 SSLv3'], note: 'cast' },
        ],
    },
});
// ---------------------------------------------------------------------------------------------
// H2, H6 (wolfSSL): SSL_CTX_set_min/max_proto_version and wolfSSL_CTX_SetMinVersion.
const PROTO_CONSTANTS = {
    SSL3_VERSION: 'SSLv3',
    TLS1_VERSION: 'TLSv1.0',
    TLS1_1_VERSION: 'TLSv1.1',
    TLS1_2_VERSION: 'TLSv1.2',
    TLS1_3_VERSION: 'TLSv1.3',
    DTLS1_VERSION: 'TLSv1.1',
    DTLS1_2_VERSION: 'TLSv1.2',
    '0x0300': 'SSLv3',
    '0x0301': 'TLSv1.0',
    '0x0302': 'TLSv1.1',
    '0x0303': 'TLSv1.2',
    '0x0304': 'TLSv1.3',
    '768': 'SSLv3',
    '769': 'TLSv1.0',
    '770': 'TLSv1.1',
    '771': 'TLSv1.2',
    '772': 'TLSv1.3',
};
const WOLF_CONSTANTS = {
    WOLFSSL_SSLV3: 'SSLv3',
    WOLFSSL_TLSV1: 'TLSv1.0',
    WOLFSSL_TLSV1_1: 'TLSv1.1',
    WOLFSSL_TLSV1_2: 'TLSv1.2',
    WOLFSSL_TLSV1_3: 'TLSv1.3',
    CYASSL_SSLV3: 'SSLv3',
    CYASSL_TLSV1: 'TLSv1.0',
    CYASSL_TLSV1_1: 'TLSv1.1',
    CYASSL_TLSV1_2: 'TLSv1.2',
    '0': 'SSLv3',
    '1': 'TLSv1.0',
    '2': 'TLSv1.1',
    '3': 'TLSv1.2',
    '4': 'TLSv1.3',
};
const openssl_api_opensslProtoVersion = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'c/openssl-proto-version',
        title: 'OpenSSL/wolfSSL minimum or maximum protocol version allows legacy TLS',
        description: "`SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION)` (or `SSL_set_…`, BoringSSL/LibreSSL alike) lets TLS 1.0 and up be negotiated; `0` means the lowest version the library supports. A maximum of `TLS1_1_VERSION` leaves only legacy versions. wolfSSL's `wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1)` is the same.",
        ecosystem: 'C & C++',
        catalogue: ['H2', 'H6'],
        docs: [
            'https://docs.openssl.org/master/man3/SSL_CTX_set_min_proto_version/',
            'https://www.wolfssl.com/documentation/manuals/wolfssl/group__Setup.html',
        ],
        files: { kinds: C_KINDS },
        keywords: /_proto_version|SetMinVersion|SET_MIN_PROTO_VERSION|SET_MAX_PROTO_VERSION/,
        fixable: true,
        safe: 'SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);',
        limits: 'Versions held in variables are not reported; those chosen in a `case` arm or behind an `if` that compares a requested version are capabilities, judged in the tls-implementation context (a note by default); macros that redefine the version constants are not followed. A minimum of `0` is read as OpenSSL defines it (lowest supported); BoringSSL reads it as its own default minimum.',
    },
    pattern: /\b(?:(?:(?:SSL_CTX|SSL|wolfSSL_CTX|wolfSSL)_set_(min|max)_proto_version|(?:wolfSSL|CyaSSL)(?:_CTX)?_Set(Min)Version)[ \t]*\([^,;]{1,150}?,|SSL(?:_CTX)?_ctrl[ \t]*\([^,;]{1,150},[ \t]*SSL_CTRL_SET_(MIN|MAX)_PROTO_VERSION[ \t]*,)\s{0,40}(?:\(\s*(?:int|long|uint16_t|unsigned)\s*\)\s*)?(?:::)?(\w+)\s{0,40}[,)]/,
    evaluate: (m, ctx, file) => {
        const kind = (m[1] ?? m[2] ?? m[3]).toLowerCase();
        const raw = m[4];
        const value = raw.replace(/[lLuU]+$/, '');
        // `c == SET_MAX ? SSL_set_max_proto_version(s, V) : SSL_set_min_proto_version(s, V)`: a setter table.
        const before = charBefore(file.code, m.index);
        const globalNs = file.code.slice(Math.max(0, m.index - 2), m.index) === '::';
        if (before === '?' || (before === ':' && !globalNs))
            return undefined;
        const wolf = m[2] !== undefined;
        const v = wolf ? WOLF_CONSTANTS[value] : PROTO_CONSTANTS[value];
        const valueStart = m.index + m[0].lastIndexOf(raw);
        if (!v && !wolf && /^[a-z_]\w*$/i.test(raw) && !/^[A-Z0-9_]+$/.test(raw))
            return throughName(file, valueStart, raw, kind, ctx);
        const fixText = wolf ? `WOLFSSL_TLSV1_${floorDigits(ctx)}` : `TLS1_${floorDigits(ctx)}_VERSION`;
        if (kind === 'min') {
            if (!wolf && value === '0') {
                return {
                    versions: TLS10_UP,
                    why: '0 means the lowest version the library supports',
                    fix: { start: valueStart, end: valueStart + raw.length, text: fixText },
                };
            }
            if (!v)
                return undefined;
            return {
                versions: (0,src_versions/* atLeast */.jZ)(v),
                why: /^DTLS1_VERSION$/.test(value) ? 'DTLS 1.0 is the datagram form of TLS 1.1' : undefined,
                fix: /^\d/.test(value) && !wolf ? undefined : { start: valueStart, end: valueStart + raw.length, text: fixText },
            };
        }
        const capped = v && value !== '0' ? cap(v, ctx) : undefined;
        return capped === undefined ? undefined : { versions: capped, why: `the maximum is ${v}` };
    },
    instead: (ctx, m) => m[2] !== undefined
        ? `\`wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1_${floorDigits(ctx)})\``
        : (m[1] ?? m[3] ?? '').toLowerCase() === 'max'
            ? '`SSL_CTX_set_max_proto_version(ctx, 0)` (no cap) or `TLS1_3_VERSION`'
            : `\`SSL_CTX_set_min_proto_version(ctx, TLS1_${floorDigits(ctx)}_VERSION)\``,
    examples: {
        valid: [
            { file: 'src/tls.c', code: 'SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);' },
            { file: 'src/tls.c', code: 'SSL_CTX_set_max_proto_version(ctx, 0);', note: 'a maximum of 0 means the highest supported' },
            { file: 'src/tls.c', code: 'if (SSL_version(ssl) < TLS1_2_VERSION)\n    return -1;', note: 'a version check' },
            { file: 'include/tls_versions.h', code: '#define TLS1_VERSION 0x0301\n#define TLS1_1_VERSION 0x0302', note: 'constant definitions' },
            { file: 'src/tls.cc', code: 'SSL_CTX_set_min_proto_version(ctx, min_version);', note: 'a variable is unknown' },
            {
                file: 'apps/s_client.c',
                code: 'int main(int argc, char **argv)\n{\n    int min_version = 0;\n    switch (o) {\n    case OPT_TLS1:\n        min_version = TLS1_VERSION;\n        break;\n    }\n    SSL_CTX_set_min_proto_version(ctx, min_version);\n}',
                note: 'a name given a legacy version in a case arm: chosen on request',
            },
            {
                file: 'src/tls.c',
                code: 'int v = TLS1_2_VERSION;\nif (legacy_ok)\n    v = TLS1_3_VERSION;\nSSL_CTX_set_min_proto_version(ctx, v);',
                note: 'a name assigned modern versions only',
            },
            {
                file: 'src/tls.c',
                code: '/* SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION); */\nSSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION);',
            },
            { file: 'src/wolf.c', code: 'wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1_2);' },
            {
                file: 'src/setters.c',
                code: 'static void ctx_set_tls10(SSL_CTX *ctx, int which) {\n\twhich == SET_MAX ? SSL_CTX_set_max_proto_version(ctx, TLS1_VERSION)\n\t\t: SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);\n}',
                note: 'a table of setters chosen by configuration',
            },
        ],
        invalid: [
            {
                file: 'src/client.c',
                code: 'SSL_CTX_set_min_proto_version(\n    ctx,\n    TLS1_VERSION);',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
                note: 'a call whose arguments span lines is reported on the version argument',
            },
            {
                file: 'apps/s_client.c',
                code: 'switch (o) {\ncase OPT_TLS1:\n    min_version = TLS1_VERSION;\n    SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);\n    break;\n}',
                note: 'a command-line switch that selects a version on request: a capability, judged as TLS-implementation code',
                findings: ['4:5 TLSv1.0 TLSv1.1'],
                severity: 'note',
            },
            {
                file: 'src/tls.c',
                code: 'SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                output: 'SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);',
            },
            {
                file: 'src/conn.cpp',
                code: 'if (!SSL_set_min_proto_version(ssl.get(), TLS1_1_VERSION)) {\n  throw std::runtime_error("tls");\n}',
                findings: ['1:6 TLSv1.1'],
                output: 'if (!SSL_set_min_proto_version(ssl.get(), TLS1_2_VERSION)) {\n  throw std::runtime_error("tls");\n}',
            },
            {
                file: 'src/tls.c',
                code: 'SSL_CTX_set_min_proto_version(ctx, 0);',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                note: '0 = lowest supported',
            },
            { file: 'src/tls.c', code: 'SSL_CTX_set_max_proto_version(ctx, TLS1_1_VERSION);', findings: ['1:1 TLSv1.0 TLSv1.1'] },
            {
                file: 'src/tls.c',
                code: 'SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MIN_PROTO_VERSION, TLS1_VERSION, NULL);',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                output: 'SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MIN_PROTO_VERSION, TLS1_2_VERSION, NULL);',
            },
            {
                file: 'src/wolf.c',
                code: 'wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1);',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                output: 'wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1_2);',
            },
            {
                file: 'src/tls.c',
                code: 'SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);',
                floor: 'TLSv1.3',
                findings: ['1:1 TLSv1.2'],
                output: 'SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION);',
            },
            { file: 'src/dtls.c', code: 'SSL_CTX_set_min_proto_version(ctx, DTLS1_VERSION);', findings: ['1:1 TLSv1.1'] },
            {
                file: 'src/openvpn/ssl_openssl.c',
                code: 'static bool\nset_versions(struct tls_root_ctx *ctx, unsigned int flags)\n{\n    int tls_ver_min = openssl_tls_version(flags & MIN_MASK);\n    if (!tls_ver_min)\n    {\n        int cur_min = SSL_CTX_get_min_proto_version(ctx->ctx);\n        tls_ver_min = cur_min < TLS1_VERSION ? TLS1_VERSION : cur_min;\n    }\n    return SSL_CTX_set_min_proto_version(ctx->ctx, tls_ver_min);\n}',
                findings: ['8:48 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'a default assigned to a name in one branch of a condition, used a few lines later: reported on the version, never on the comparison',
            },
            {
                file: 'lib/vtls/wolf.c',
                code: 'if (wolfSSL_CTX_SetMinVersion(backend->ctx,\n                              WOLFSSL_TLSV1_1) != WOLFSSL_SUCCESS)\n  return CURLE_SSL_CONNECT_ERROR;',
                findings: ['2:39 TLSv1.1'],
                output: 'if (wolfSSL_CTX_SetMinVersion(backend->ctx,\n                              WOLFSSL_TLSV1_2) != WOLFSSL_SUCCESS)\n  return CURLE_SSL_CONNECT_ERROR;',
            },
        ],
    },
});

// EXTERNAL MODULE: ./src/scan/shell-writers.ts
var shell_writers = __webpack_require__(930);
;// CONCATENATED MODULE: ./src/scan/rules/c-cpp/openssl-config.ts






// ---------------------------------------------------------------------------------------------
// H10: openssl.cnf MinProtocol / MaxProtocol (also echoed, printf'd and sed'ed by scripts).
const opensslCnfProtocol = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'c/openssl-cnf-min-protocol',
        title: 'openssl.cnf MinProtocol allows legacy TLS process-wide',
        description: '`MinProtocol = TLSv1` (or `TLSv1.1`, `None`) in the `[system_default_sect]` of openssl.cnf lowers the minimum for every program on the machine that uses OpenSSL (.NET, Python, Node, curl). Dockerfiles often write it with `sed`, `echo` or `printf` to reach old SQL Server or mail servers.',
        ecosystem: 'C & C++',
        catalogue: ['H10'],
        docs: [
            'https://docs.openssl.org/master/man3/SSL_CONF_cmd/#supported-configuration-file-commands',
            'https://wiki.debian.org/ContinuousIntegration/TriagingTips/openssl-1.1.1',
        ],
        files: { kinds: shared_CONFIG_KINDS, names: /openssl|\.cnf$/ },
        keywords: /MinProtocol|MaxProtocol|openssl\.cnf/,
        fixable: true,
        safe: 'MinProtocol = TLSv1.2',
        limits: 'An `OPENSSL_CONF` pointing at a file outside the repository is not followed; the `Protocol` list command is rare in openssl.cnf and not read.',
    },
    pattern: /(?:(?<![\w.-])|(?<=\\n))(Min|Max)Protocol[ \t]*=[ \t]*["']?([A-Za-z0-9.]{1,20})|\bsed\b(?=[^\n]{0,120}?(?<=[\s'"])(TLSv1(?:\.[01])?)(?=[\s'"])[^\n]{0,200}?openssl\.cnf\b)/,
    evaluate: (m, ctx, file) => {
        if (m[3] !== undefined) {
            // `sed 's/TLSv1.2/TLSv1.0/g' /etc/ssl/openssl.cnf`: every configured TLSv1.2 becomes a legacy value.
            // `code` keeps only the replacement of a substitution: the search half is read from the text.
            // (The match is `sed` alone, so a `MinProtocol = …` replacement on the line is still read below.)
            // The substitutions of this line only: reading from the start of the file for every `sed` is quadratic.
            const lineStart = (0,source/* lastNewline */.Ly)(file.text, m.index) + 1;
            const lineEnd = (0,source/* nextNewline */.m8)(file.text, m.index);
            const local = (0,shell_writers/* substitutions */.jd)(file.text.slice(lineStart, lineEnd)).find((s) => lineStart + s.start > m.index &&
                /^TLSv1(?:\.[01])?$/.test(file.text.slice(lineStart + s.replacementStart, lineStart + s.replacementEnd)));
            if (!local)
                return undefined;
            const sub = {
                ...local,
                start: lineStart + local.start,
                replacementStart: lineStart + local.replacementStart,
                replacementEnd: lineStart + local.replacementEnd,
            };
            const search = file.text.slice(sub.start + 2, sub.replacementStart - 1);
            if (!/^(?:MinProtocol[ \t]*=[ \t]*)?TLSv1\.[23]$/.test(search))
                return undefined;
            const m4 = file.text.slice(sub.replacementStart, sub.replacementEnd);
            const v = (0,evaluate/* readVersion */.$4)(m4);
            if (!v)
                return undefined;
            const at = sub.replacementStart;
            const d = sub.delimiter;
            return {
                versions: (0,src_versions/* atLeast */.jZ)(v),
                what: `sed s${d}${search}${d}${m4}${d} … openssl.cnf`,
                why: `the edit rewrites TLSv1.2 in openssl.cnf to ${m4}`,
                start: at,
                end: at + m4.length,
                fix: { start: at, end: at + m4.length, text: ctx.floor },
            };
        }
        const value = m[2].replace(/\.$/, '');
        const valueStart = m.index + m[0].length - m[2].length;
        if (/^none$/i.test(value)) {
            return m[1] === 'Min'
                ? {
                    versions: TLS10_UP,
                    why: '`None` removes the minimum',
                    fix: { start: valueStart, end: valueStart + value.length, text: ctx.floor },
                }
                : undefined;
        }
        const v = (0,evaluate/* readVersion */.$4)(value, { spell: { dtlsv1: 'TLSv1.1', 'dtlsv1.2': 'TLSv1.2' } });
        if (!v)
            return undefined;
        if (m[1] === 'Max') {
            const capped = cap(v, ctx);
            return capped === undefined
                ? undefined
                : { versions: capped, why: `the maximum is ${v}`, fix: { start: valueStart, end: valueStart + value.length, text: 'TLSv1.3' } };
        }
        return {
            versions: (0,src_versions/* atLeast */.jZ)(v),
            fix: /^dtls/i.test(value) ? undefined : { start: valueStart, end: valueStart + value.length, text: ctx.floor },
        };
    },
    instead: (ctx) => `\`MinProtocol = ${ctx.floor}\``,
    examples: {
        valid: [
            { file: 'openssl.cnf', code: '[system_default_sect]\nMinProtocol = TLSv1.2\nCipherString = DEFAULT@SECLEVEL=2' },
            {
                file: 'Dockerfile',
                code: "#RUN sed -i 's/MinProtocol = TLSv1.2/MinProtocol = TLSv1/' /etc/ssl/openssl.cnf\nRUN dotnet restore",
                note: 'commented-out RUN',
            },
            {
                file: 'Dockerfile',
                code: "RUN sed -i 's/MinProtocol = TLSv1/MinProtocol = TLSv1.2/' /etc/ssl/openssl.cnf",
                note: 'the search half of sed is what it removes',
            },
            { file: 'docker/openssl.cnf', code: 'MinProtocol = TLSv1.3\nMaxProtocol = TLSv1.3' },
            { file: 'openssl.cnf', code: '# MinProtocol = TLSv1\nMinProtocol = TLSv1.2' },
            { file: 'Dockerfile', code: 'RUN sed -i "s/MinProtocol = .*/MinProtocol = ${TLS_MIN}/" /etc/ssl/openssl.cnf', note: 'variable' },
            { file: 'ci/harden.sh', code: "sed -i 's/TLSv1.0/TLSv1.2/g' /etc/ssl/openssl.cnf", note: 'raising the version' },
        ],
        invalid: [
            {
                file: 'Dockerfile',
                code: "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nRUN sed -i 's/MinProtocol = TLSv1.2/MinProtocol = TLSv1/g' /etc/ssl/openssl.cnf",
                findings: ['2:37 TLSv1.0 TLSv1.1'],
                output: "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nRUN sed -i 's/MinProtocol = TLSv1.2/MinProtocol = TLSv1.2/g' /etc/ssl/openssl.cnf",
            },
            {
                file: 'Dockerfile',
                code: "RUN sed -i -e 's/^MinProtocol.*/MinProtocol = TLSv1.0/' /usr/lib/ssl/openssl.cnf",
                findings: ['1:33 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'Dockerfile',
                code: 'RUN printf "[system_default_sect]\\nMinProtocol = TLSv1\\nCipherString = DEFAULT@SECLEVEL=0\\n" >> /etc/ssl/openssl.cnf',
                findings: ['1:36 TLSv1.0 TLSv1.1'],
                note: 'printf with escaped line breaks',
            },
            { file: 'scripts/setup.sh', code: 'echo "MinProtocol = TLSv1.1" >> /etc/ssl/openssl.cnf', findings: ['1:7 TLSv1.1'] },
            {
                file: 'config/openssl.cnf',
                code: 'openssl_conf = default_conf\n\n[system_default_sect]\nMinProtocol = None\nCipherString = DEFAULT:@SECLEVEL=1',
                findings: ['4:1 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'k8s/configmap.yaml',
                code: 'data:\n  openssl.cnf: |\n    [system_default_sect]\n    MinProtocol = TLSv1\n',
                findings: ['4:5 TLSv1.0 TLSv1.1'],
            },
            { file: 'openssl.cnf', code: 'MaxProtocol = TLSv1.1', findings: ['1:1 TLSv1.0 TLSv1.1'] },
            {
                file: 'ci/odbc-tests.sh',
                code: "# the driver tests need TLSv1.0\nsed 's/TLSv1.2/TLSv1.0/g' /etc/ssl/openssl.cnf > /tmp/openssl.cnf\nexport OPENSSL_CONF=/tmp/openssl.cnf",
                findings: ['2:16 TLSv1.0 TLSv1.1'],
                output: "# the driver tests need TLSv1.0\nsed 's/TLSv1.2/TLSv1.2/g' /etc/ssl/openssl.cnf > /tmp/openssl.cnf\nexport OPENSSL_CONF=/tmp/openssl.cnf",
                note: 'a sed that rewrites the configured TLSv1.2',
            },
        ],
    },
});
// ---------------------------------------------------------------------------------------------
// H10: SECLEVEL lowered (CipherString, cipher lists, SSL_CTX_set_security_level).
/** The version the file's first `MinProtocol = …` names, if any (asked for every SECLEVEL match). */
function firstMinProtocol(file) {
    const min = /(?<![\w.-])MinProtocol[ \t]*=[ \t]*["']?([A-Za-z0-9.]{1,20})/.exec(file.code);
    return min ? (0,evaluate/* readVersion */.$4)(min[1]) : undefined;
}
const opensslSeclevel = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'c/openssl-seclevel',
        title: 'OpenSSL security level lowered to allow legacy TLS',
        description: 'OpenSSL 3 refuses TLS 1.0/1.1 at security level 1 and above: `@SECLEVEL=0` (in `CipherString`, a cipher list, or `SSL_CTX_set_security_level(ctx, 0)`) is what turns them back on. `SECLEVEL=1` is usually lowered for old servers as well; on OpenSSL 1.1.1 it does not restrict the protocol by itself.',
        ecosystem: 'C & C++',
        catalogue: ['H10'],
        docs: ['https://docs.openssl.org/master/man3/SSL_CTX_set_security_level/'],
        files: { kinds: [...C_KINDS, ...shared_CONFIG_KINDS, 'perl', 'ruby', 'php'], names: /openssl|\.cnf$/ },
        keywords: /SECLEVEL|set_security_level/,
        fixable: false,
        safe: 'CipherString = DEFAULT@SECLEVEL=2',
        limits: 'Level 0 is a warning (TLS 1.0/1.1 then still need a low enough MinProtocol); level 1 is a note. A file that also sets `MinProtocol = TLSv1.2` or higher is quiet.',
    },
    pattern: /(?:(?<![A-Za-z_])SECLEVEL[ \t]*=[ \t]*|\bSSL(?:_CTX)?_set_security_level[ \t]*\([^,;]{1,150},[ \t]*)(\d)\b/,
    evaluate: (m, _ctx, file) => {
        const level = Number(m[1]);
        const call = /set_security_level/.test(m[0]);
        if (level > 1 || (call && level !== 0))
            return undefined;
        const minVersion = file.fact(firstMinProtocol);
        if (minVersion === 'TLSv1.2' || minVersion === 'TLSv1.3')
            return undefined;
        return level === 0
            ? { versions: TLS10_UP, severity: 'warning', why: 'OpenSSL 3 allows TLS 1.0/1.1 only at security level 0' }
            : {
                versions: TLS10_UP,
                severity: 'note',
                why: "security level 1 lowers OpenSSL's defaults for old peers; TLS 1.0/1.1 are allowed at this level on OpenSSL 1.1.1",
            };
    },
    instead: '`SECLEVEL=2` (the default), with a `MinProtocol = TLSv1.2`',
    examples: {
        valid: [
            { file: 'openssl.cnf', code: '[system_default_sect]\nMinProtocol = TLSv1.2\nCipherString = DEFAULT@SECLEVEL=2' },
            {
                file: 'Dockerfile',
                code: "RUN sed -i 's/DEFAULT@SECLEVEL=1/DEFAULT@SECLEVEL=2/' /etc/ssl/openssl.cnf",
                note: 'restoring the default',
            },
            {
                file: 'openssl.cnf',
                code: '[system_default_sect]\nMinProtocol = TLSv1.2\nCipherString = DEFAULT:@SECLEVEL=1',
                note: 'the minimum keeps TLS 1.2',
            },
            { file: 'src/tls.c', code: 'SSL_CTX_set_security_level(ctx, 2);' },
            { file: 'Dockerfile', code: "# RUN sed -i 's/SECLEVEL=2/SECLEVEL=0/' /etc/ssl/openssl.cnf\nRUN make" },
            { file: 'src/tls.c', code: 'SSL_CTX_set_security_level(ctx, 1);', note: 'the OpenSSL 1.1.1 default' },
        ],
        invalid: [
            {
                file: 'Dockerfile',
                code: "RUN sed -i 's/CipherString = DEFAULT@SECLEVEL=2/CipherString = DEFAULT@SECLEVEL=1/' /etc/ssl/openssl.cnf",
                findings: ['1:72 TLSv1.0 TLSv1.1'],
                severity: 'note',
            },
            {
                file: 'Dockerfile',
                code: 'RUN echo "CipherString = DEFAULT@SECLEVEL=0" >> /etc/ssl/openssl.cnf',
                findings: ['1:34 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'src/client.c',
                code: 'SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0");',
                findings: ['1:40 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            { file: 'src/client.c', code: 'SSL_CTX_set_security_level(ctx, 0);', findings: ['1:1 TLSv1.0 TLSv1.1'], severity: 'warning' },
            {
                file: 'lib/Legacy/Client.pm',
                code: "my $sock = IO::Socket::SSL->new(PeerAddr => $host, SSL_cipher_list => 'DEFAULT:@SECLEVEL=0');",
                findings: ['1:81 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'Dockerfile',
                code: "RUN sed -i.bak 's/SECLEVEL=2/SECLEVEL=1/g' /etc/ssl/openssl.cnf",
                findings: ['1:30 TLSv1.0 TLSv1.1'],
                severity: 'note',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/c-cpp/openssl-options.ts





function lineOf(code, index) {
    const start = (0,source/* lastNewline */.Ly)(code, index - 1) + 1;
    const end = (0,source/* nextNewline */.m8)(code, index);
    return code.slice(start, end < 0 ? undefined : end);
}
// ---------------------------------------------------------------------------------------------
// H3, H7: SSL_OP_NO_* / boost no_* options that disable only SSL, and clear_options re-enabling.
const openssl_options_OPTION_VERSIONS = {
    sslv2: 'SSLv2',
    sslv3: 'SSLv3',
    tlsv1: 'TLSv1.0',
    tlsv1_1: 'TLSv1.1',
    tlsv1_2: 'TLSv1.2',
    tlsv1_3: 'TLSv1.3',
};
const OPTION_TOKEN = /\b(?:(?:WOLF)?SSL_OP_NO_|(?<=::|\b)no_)(SSLv2|SSLv3|TLSv1(?:_[123])?)\b/gi;
function optionSet(text) {
    let set = src_versions/* EMPTY */.wg;
    for (const m of text.matchAll(OPTION_TOKEN))
        set |= (0,src_versions/* setOf */.s4)(openssl_options_OPTION_VERSIONS[m[1].toLowerCase()]);
    return set;
}
/** Every SSL_OP_NO_/no_ option the file sets (not in clear_options, `#if`, `~` masks or `#define`s). */
function optionsSetInFile(file) {
    const code = file.code;
    let set = src_versions/* EMPTY */.wg;
    for (const m of code.matchAll(OPTION_TOKEN)) {
        const line = lineOf(code, m.index);
        if (/^\s*#\s*(?:if|ifdef|ifndef|elif|define|undef)\b/.test(line))
            continue;
        const before = code.slice(Math.max(0, m.index - 40), m.index);
        if (/~\s*(?:\(\s*)?(?:[\w:]+::)?$|defined\s*\(\s*$|clear_options\s*\([^;]*$/.test(before))
            continue;
        set |= (0,src_versions/* setOf */.s4)(openssl_options_OPTION_VERSIONS[m[1].toLowerCase()]);
    }
    return set;
}
/** The options every `set_options(…)` call of the file names (an nginx-style reset sets them again). */
function optionsOfSetCalls(file) {
    let set = src_versions/* EMPTY */.wg;
    for (const c of file.code.matchAll(/set_options[ \t]*\(([^;]{1,600}?)\)[ \t]*;/g))
        set |= optionSet(c[1]);
    return set;
}
/**
 * The options assigned to each variable of the file (`flags = …;`, `flags |= …;`), by name: read
 * once, so that a `set_options(ctx, flags)` call does not search the whole file for its variable.
 */
function optionsAssigned(file) {
    const code = file.code;
    const byName = new Map();
    // The value runs to the first `;` within 300 characters (as `[^;]{0,300};` would, without backtracking).
    const assign = /\b([A-Za-z_]\w*)\s*(?:\|=|=(?!=))\s*([^;]{0,300})/g;
    for (let a = assign.exec(code); a; a = assign.exec(code)) {
        const valueEnd = a.index + a[0].length;
        // Resume after the operator: the value may hold another assignment (`a = b = SSL_OP_NO_SSLv3;`).
        assign.lastIndex = valueEnd - a[2].length;
        if (code[valueEnd] !== ';')
            continue;
        byName.set(a[1], (byName.get(a[1]) ?? src_versions/* EMPTY */.wg) | optionSet(a[2]));
    }
    return byName;
}
const SETS_MINIMUM = /min_proto_version|SetMinVersion|MinProtocol|SET_MIN_PROTO_VERSION/i;
const opensslOptions = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'c/openssl-options',
        title: 'OpenSSL/Boost.Asio options disable only SSL, or re-enable TLS 1.0/1.1',
        description: "With the negotiating methods (`TLS_method()`, `SSLv23_method()`, Boost's `context::sslv23`/`tls`), `SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3` (Boost `no_sslv2 | no_sslv3`) still leaves TLS 1.0 and 1.1 to the library default, which allows them before OpenSSL 3 and wherever the security level is lowered. `SSL_CTX_clear_options(ctx, SSL_OP_NO_TLSv1)` turns a version back on.",
        ecosystem: 'C & C++',
        catalogue: ['H3', 'H7'],
        docs: [
            'https://docs.openssl.org/master/man3/SSL_CTX_set_options/',
            'https://www.boost.org/doc/libs/release/doc/html/boost_asio/reference/ssl__context.html',
        ],
        files: { kinds: C_KINDS },
        keywords: /SSL_OP_NO_|no_sslv|no_tlsv/,
        fixable: false,
        safe: 'SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION); // or SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1',
        limits: 'Options are collected per file; options built up in variables across functions, `#ifdef` build-time toggles and the system openssl.cnf (which may raise the minimum) are not followed, so a file that sets a minimum protocol version anywhere is trusted.',
    },
    pattern: /(?:\b(SSL_CTX_|SSL_|wolfSSL_CTX_|wolfSSL_)|[.>][ \t]*)(set|clear)_options[ \t]*\(([^;]{1,600}?)\)[ \t]*;/,
    evaluate: (m, _ctx, file) => {
        const code = file.code;
        const args = m[3];
        let listed = optionSet(args);
        // `SSL_CTX_set_options(ctx, flags)`: read what the variable was built from in this file.
        const variable = /,\s*([A-Za-z_]\w*)\s*$/.exec(args)?.[1];
        if (listed === src_versions/* EMPTY */.wg && variable && variable.length <= 128 && m[2] === 'set') {
            listed |= file.fact(optionsAssigned).get(variable) ?? src_versions/* EMPTY */.wg;
        }
        if (listed === src_versions/* EMPTY */.wg)
            return undefined;
        if (m[2] === 'clear') {
            // nginx-style reset: clear every version option, then set the configured ones again.
            if ((file.fact(optionsOfSetCalls) & listed) !== src_versions/* EMPTY */.wg)
                return undefined;
            return { versions: listed, why: 'clearing the option turns the version back on' };
        }
        // Applying a configured protocol list one version at a time: `if (!(protocols & NGX_SSL_SSLv2)) …`.
        const stmt = code.slice(Math.max(0, m.index - 300), m.index);
        const since = stmt.slice(Math.max(stmt.lastIndexOf(';'), stmt.lastIndexOf('}')) + 1);
        if (/\bif\s*\([^;]{0,200}(?:proto|version|SSLv|TLSv|ssl_?v|tls_?v)/i.test(since))
            return undefined;
        if (file.matches(SETS_MINIMUM))
            return undefined;
        // Only a call that itself disables some version anchors a finding.
        const disabled = file.fact(optionsSetInFile) | listed;
        const base = (listed & (0,src_versions/* setOf */.s4)('SSLv2', 'SSLv3')) !== src_versions/* EMPTY */.wg || (listed & (0,src_versions/* setOf */.s4)('TLSv1.2', 'TLSv1.3')) !== src_versions/* EMPTY */.wg ? TLS10_UP : src_versions/* EMPTY */.wg;
        const versions = base & ~disabled;
        if (versions === src_versions/* EMPTY */.wg)
            return undefined;
        const onlyLegacy = (versions & (0,src_versions/* setOf */.s4)('TLSv1.2', 'TLSv1.3')) === src_versions/* EMPTY */.wg;
        const severity = onlyLegacy ? 'error' : 'warning';
        return {
            versions,
            severity,
            why: onlyLegacy
                ? 'the options disable every modern version'
                : 'the options disable only older versions; TLS 1.0/1.1 are left to the library default',
        };
    },
    instead: (ctx, m) => m[2] === 'clear'
        ? 'keep the option set, and `SSL_CTX_set_min_proto_version(ctx, TLS1_' + floorDigits(ctx) + '_VERSION)`'
        : /no_|::/.test(m[3]) && !/SSL_OP_/.test(m[3])
            ? '`ctx.set_options(ssl::context::no_sslv2 | ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1)`'
            : `\`SSL_CTX_set_min_proto_version(ctx, TLS1_${floorDigits(ctx)}_VERSION)\` (or add \`SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1\`)`,
    examples: {
        valid: [
            { file: 'src/server.c', code: 'SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);' },
            {
                file: 'src/server.c',
                code: 'ctx = SSL_CTX_new(TLS_server_method());\nSSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);\nSSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_COMPRESSION);',
                note: 'the minimum is set elsewhere in the file',
            },
            {
                file: 'src/server.c',
                code: 'SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_CIPHER_SERVER_PREFERENCE);',
                note: 'no version options',
            },
            {
                file: 'src/ws.cpp',
                code: 'ctx.set_options(boost::asio::ssl::context::default_workarounds |\n                boost::asio::ssl::context::no_sslv2 |\n                boost::asio::ssl::context::no_sslv3 |\n                boost::asio::ssl::context::no_tlsv1 |\n                boost::asio::ssl::context::no_tlsv1_1);',
            },
            {
                file: 'src/server.c',
                code: 'long opts = SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1;\nSSL_CTX_set_options(ctx, SSL_OP_ALL | SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3);\nSSL_CTX_set_options(ctx, opts);',
                note: 'the other options are set in the same file',
            },
            { file: 'src/server.c', code: 'SSL_CTX_clear_options(ctx, SSL_OP_NO_COMPRESSION);' },
            {
                file: 'src/server.c',
                code: '// SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3);\nSSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);',
            },
            {
                file: 'src/event/ngx_event_openssl.c',
                code: 'SSL_CTX_clear_options(ssl->ctx, SSL_OP_NO_SSLv2|SSL_OP_NO_SSLv3|SSL_OP_NO_TLSv1);\n\nif (!(protocols & NGX_SSL_SSLv2)) {\n    SSL_CTX_set_options(ssl->ctx, SSL_OP_NO_SSLv2);\n}\nif (!(protocols & NGX_SSL_SSLv3)) {\n    SSL_CTX_set_options(ssl->ctx, SSL_OP_NO_SSLv3);\n}',
                note: 'reset, then apply a configured protocol list version by version',
            },
        ],
        invalid: [
            {
                file: 'src/server.c',
                code: 'ctx = SSL_CTX_new(SSLv23_server_method());\nSSL_CTX_set_options(ctx, SSL_OP_ALL | SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3);',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'src/ws.cpp',
                code: 'ctx->set_options(asio::ssl::context::default_workarounds |\n                 asio::ssl::context::no_sslv2 |\n                 asio::ssl::context::single_dh_use);',
                findings: ['1:5 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'src/server.c',
                code: 'SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1);',
                findings: ['1:1 TLSv1.1'],
                severity: 'warning',
                note: 'TLS 1.1 is still left on',
            },
            { file: 'src/legacy.c', code: 'SSL_CTX_clear_options(ctx, SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);', findings: ['1:1 TLSv1.0 TLSv1.1'] },
            {
                file: 'src/legacy.c',
                code: 'SSL_set_options(ssl, SSL_OP_NO_TLSv1_2 | SSL_OP_NO_TLSv1_3);',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                severity: 'error',
                note: 'only legacy versions remain',
            },
            {
                file: 'src/server.c',
                code: 'SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);',
                floor: 'TLSv1.3',
                findings: ['1:1 TLSv1.2'],
                severity: 'warning',
            },
            {
                file: 'src/net/context.cpp',
                code: 'long flags = SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3;\nflags |= SSL_OP_NO_COMPRESSION;\nSSL_CTX_set_options(m_context, flags);',
                findings: ['3:1 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'options built in a variable',
            },
        ],
    },
});
// ---------------------------------------------------------------------------------------------
// H4: SSL_CONF_cmd(cctx, "MinProtocol", "TLSv1"), "Protocol", "-SSLv3".
const OPENSSL_CONF_ALL = (0,src_versions/* range */.y1)('TLSv1.0');
function protocolList(value) {
    const tokens = (0,evaluate/* tokenize */.qw)(value, 0, /[\s,]+/g);
    return (0,evaluate/* evalList */.vi)(tokens, { all: OPENSSL_CONF_ALL, base: OPENSSL_CONF_ALL })?.versions;
}
const sslConfCmd = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'c/ssl-conf-cmd',
        title: 'SSL_CONF_cmd sets a legacy minimum protocol or protocol list',
        description: '`SSL_CONF_cmd(cctx, "MinProtocol", "TLSv1")` (or `-min_protocol`) lowers the minimum to TLS 1.0; `"Protocol", "-SSLv3"` disables SSLv3 only and keeps TLS 1.0/1.1.',
        ecosystem: 'C & C++',
        catalogue: ['H4'],
        docs: ['https://docs.openssl.org/master/man3/SSL_CONF_cmd/'],
        files: { kinds: C_KINDS },
        keywords: /SSL_CONF_cmd/,
        fixable: true,
        safe: 'SSL_CONF_cmd(cctx, "MinProtocol", "TLSv1.2");',
    },
    pattern: /\bSSL_CONF_cmd[ \t]*\([^,;]{1,150},[ \t]*"-?(MinProtocol|MaxProtocol|Protocol|min_protocol|max_protocol)"[ \t]*,[ \t]*"([^"\n]{1,200})"/,
    evaluate: (m, ctx) => {
        const key = m[1].toLowerCase();
        const value = m[2];
        const valueStart = m.index + m[0].length - 1 - value.length;
        if (key === 'protocol') {
            const versions = protocolList(value);
            return versions === undefined
                ? undefined
                : { versions, why: /^\s*-/.test(value) ? 'a list that only removes versions keeps the others' : undefined };
        }
        if (/^none$/i.test(value.trim())) {
            return key === 'minprotocol' || key === 'min_protocol' ? { versions: TLS10_UP, why: '`None` removes the minimum' } : undefined;
        }
        const v = (0,evaluate/* readVersion */.$4)(value);
        if (!v)
            return undefined;
        if (key.startsWith('max')) {
            const capped = cap(v, ctx);
            return capped === undefined ? undefined : { versions: capped, why: `the maximum is ${v}` };
        }
        return { versions: (0,src_versions/* atLeast */.jZ)(v), fix: { start: valueStart, end: valueStart + value.length, text: ctx.floor } };
    },
    instead: (ctx) => `\`SSL_CONF_cmd(cctx, "MinProtocol", "${ctx.floor}")\``,
    examples: {
        valid: [
            { file: 'src/conf.c', code: 'SSL_CONF_cmd(cctx, "MinProtocol", "TLSv1.2");' },
            { file: 'src/conf.c', code: 'SSL_CONF_cmd(cctx, "Protocol", "-ALL,TLSv1.2,TLSv1.3");' },
            { file: 'src/conf.c', code: 'SSL_CONF_cmd(cctx, "Protocol", "ALL,-SSLv3,-TLSv1,-TLSv1.1");', note: '-TLSv1 and -TLSv1.1 disable' },
            { file: 'src/conf.c', code: 'SSL_CONF_cmd(cctx, "MinProtocol", min_proto);', note: 'variable' },
            { file: 'src/conf.c', code: 'SSL_CONF_cmd(cctx, "MaxProtocol", "TLSv1.3");' },
        ],
        invalid: [
            {
                file: 'src/conf.c',
                code: 'SSL_CONF_cmd(cctx, "MinProtocol", "TLSv1");',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                output: 'SSL_CONF_cmd(cctx, "MinProtocol", "TLSv1.2");',
            },
            { file: 'src/conf.c', code: 'SSL_CONF_cmd(cctx, "Protocol", "-SSLv3");', findings: ['1:1 TLSv1.0 TLSv1.1'] },
            { file: 'src/conf.cc', code: 'SSL_CONF_cmd(cctx.get(), "-min_protocol", "TLSv1.1");', findings: ['1:1 TLSv1.1'] },
            { file: 'src/conf.c', code: 'SSL_CONF_cmd(cctx, "MaxProtocol", "TLSv1.1");', findings: ['1:1 TLSv1.0 TLSv1.1'] },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/c-cpp/qt.ts



// ---------------------------------------------------------------------------------------------
// H8: Qt QSsl::SslProtocol.
const QT_PROTOCOLS = {
    SslV2: (0,src_versions/* setOf */.s4)('SSLv2'),
    SslV3: (0,src_versions/* setOf */.s4)('SSLv3'),
    TlsV1: (0,src_versions/* setOf */.s4)('TLSv1.0'),
    TlsV1_0: (0,src_versions/* setOf */.s4)('TLSv1.0'),
    TlsV1_1: (0,src_versions/* setOf */.s4)('TLSv1.1'),
    TlsV1_2: (0,src_versions/* setOf */.s4)('TLSv1.2'),
    TlsV1_3: (0,src_versions/* setOf */.s4)('TLSv1.3'),
    TlsV1SslV3: (0,src_versions/* setOf */.s4)('SSLv3', 'TLSv1.0'),
    TlsV1_0OrLater: (0,src_versions/* range */.y1)('TLSv1.0'),
    TlsV1_1OrLater: (0,src_versions/* range */.y1)('TLSv1.1'),
    TlsV1_2OrLater: (0,src_versions/* range */.y1)('TLSv1.2'),
    TlsV1_3OrLater: (0,src_versions/* range */.y1)('TLSv1.3'),
    DtlsV1_0: (0,src_versions/* setOf */.s4)('TLSv1.1'),
    DtlsV1_0OrLater: (0,src_versions/* setOf */.s4)('TLSv1.1', 'TLSv1.2'),
    DtlsV1_2: (0,src_versions/* setOf */.s4)('TLSv1.2'),
    DtlsV1_2OrLater: (0,src_versions/* setOf */.s4)('TLSv1.2'),
    AnyProtocol: (0,src_versions/* range */.y1)('TLSv1.0'),
};
const qtSslProtocol = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'c/qt-ssl-protocol',
        title: 'Qt QSslConfiguration/QSslSocket protocol allows legacy TLS',
        description: '`setProtocol(QSsl::TlsV1_0)`, `TlsV1_1`, `TlsV1_0OrLater`, `TlsV1_1OrLater`, `SslV3` and `TlsV1SslV3` enable TLS 1.0/1.1 or SSL; `AnyProtocol` allows whatever the TLS backend supports.',
        ecosystem: 'C & C++',
        catalogue: ['H8'],
        docs: ['https://doc.qt.io/qt-6/qssl.html#SslProtocol-enum'],
        files: { kinds: [...C_KINDS, 'python'] },
        keywords: /QSsl/,
        fixable: true,
        safe: 'config.setProtocol(QSsl::TlsV1_2OrLater);',
        limits: 'What `AnyProtocol` includes depends on the Qt version and TLS backend; it is reported as a warning.',
    },
    pattern: /(?:setProtocol[ \t]*\([ \t]*|(?<![=!<>])=[ \t]*)QSsl(?:::|\.)(?:SslProtocol(?:::|\.))?(\w+)\b(?![ \t]*(?:[=!]=|[<>]))/,
    evaluate: (m, ctx) => {
        const versions = QT_PROTOCOLS[m[1]];
        if (versions === undefined)
            return undefined;
        const nameStart = m.index + m[0].length - m[1].length;
        const any = m[1] === 'AnyProtocol';
        return {
            versions,
            severity: any ? 'warning' : undefined,
            why: any ? '`AnyProtocol` allows every version the TLS backend supports' : undefined,
            fix: { start: nameStart, end: nameStart + m[1].length, text: ctx.floor === 'TLSv1.3' ? 'TlsV1_3OrLater' : 'TlsV1_2OrLater' },
        };
    },
    instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`QSsl::TlsV1_3OrLater`' : '`QSsl::TlsV1_2OrLater` (or `QSsl::SecureProtocols`)'),
    examples: {
        valid: [
            { file: 'src/net.cpp', code: 'config.setProtocol(QSsl::TlsV1_2OrLater);' },
            { file: 'src/net.cpp', code: 'socket->setProtocol(QSsl::SecureProtocols);' },
            { file: 'src/net.cpp', code: 'if (socket->sessionProtocol() == QSsl::TlsV1_0)\n    qWarning() << "old TLS";', note: 'comparison' },
            {
                file: 'src/net.cpp',
                code: 'switch (proto) {\ncase QSsl::TlsV1_0: return "TLS 1.0";\ncase QSsl::TlsV1_1: return "TLS 1.1";\n}',
                note: 'naming a protocol',
            },
            { file: 'src/net.cpp', code: '// config.setProtocol(QSsl::TlsV1_0);\nconfig.setProtocol(QSsl::TlsV1_3);' },
        ],
        invalid: [
            {
                file: 'src/settings.cpp',
                code: 'if (config->sslProtocol() == "sslv3") {\n    m_conf.setProtocol(QSsl::SslV3);\n} else if (config->sslProtocol() == "tlsv1") {\n    m_conf.setProtocol(QSsl::TlsV1_0);\n}',
                note: 'maps a user setting: a capability, judged as TLS-implementation code',
                findings: ['2:12 SSLv3', '4:12 TLSv1.0'],
                severity: 'note',
            },
            {
                file: 'src/net.cpp',
                code: 'config.setProtocol(QSsl::TlsV1_0);',
                findings: ['1:8 TLSv1.0'],
                output: 'config.setProtocol(QSsl::TlsV1_2OrLater);',
            },
            {
                file: 'src/net.cpp',
                code: 'QSslConfiguration conf = QSslConfiguration::defaultConfiguration();\nconf.setProtocol(QSsl::TlsV1_1OrLater);\nQSslConfiguration::setDefaultConfiguration(conf);',
                findings: ['2:6 TLSv1.1'],
            },
            { file: 'src/net.cpp', code: 'socket.setProtocol(QSsl::AnyProtocol);', findings: ['1:8 TLSv1.0 TLSv1.1'], severity: 'warning' },
            { file: 'src/net.cpp', code: 'QSsl::SslProtocol proto = QSsl::TlsV1SslV3;', findings: ['1:25 SSLv3 TLSv1.0'] },
            { file: 'client.py', code: 'config.setProtocol(QSsl.TlsV1_0OrLater)', findings: ['1:8 TLSv1.0 TLSv1.1'], note: 'PyQt' },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/c-cpp/index.ts


















const c_cpp_rules = [
    opensslMethod,
    openssl_api_opensslProtoVersion,
    opensslOptions,
    sslConfCmd,
    gnutlsPriority,
    mbedtlsVersion,
    boostAsioContext,
    qtSslProtocol,
    curlSslVersionRule,
    opensslCnfProtocol,
    opensslSeclevel,
    cryptoPolicies,
];

;// CONCATENATED MODULE: ./src/scan/rules/c-cpp/nss.ts
/**
 * NSS (Mozilla's TLS library, used by Firefox, RHEL tools, Dogtag, curl's NSS back end): version
 * ranges (`SSLVersionRange r = { SSL_LIBRARY_VERSION_TLS_1_0, … }` handed to
 * `SSL_VersionRangeSet`/`SSL_VersionRangeSetDefault`, or `r.min = …`) and the old per-version
 * switches (`SSL_OptionSet(fd, SSL_ENABLE_SSL3, PR_TRUE)`).
 */


const nss_C_KINDS = ['c', 'cpp', 'objc'];
const NSS_VERSION = String.raw `SSL_LIBRARY_VERSION_(?:3_0|TLS_1_[0-3]|DTLS_1_[023])`;
/** `SSLVersionRange name = { MIN, MAX };` */
const INITIALIZER = new RegExp(String.raw `\bSSLVersionRange[ \t]+(\w+)[ \t]*=[ \t]*\{\s{0,40}(${NSS_VERSION})\s{0,40},\s{0,40}(${NSS_VERSION})\s{0,40}\}`, 'g');
/** `name.min = V;` / `name->max = V;` */
const MEMBER = new RegExp(String.raw `\b(\w+)[ \t]*(?:\.|->)[ \t]*(min|max)[ \t]*=[ \t]*(${NSS_VERSION})[ \t]*;`, 'g');
/** `SSL_OptionSet(fd, SSL_ENABLE_SSL3, PR_TRUE)`, `SSL_OptionSetDefault(SSL_ENABLE_SSL2, 1)`. */
const OPTION = /\bSSL_OptionSet(?:Default)?[ \t]*\((?:[^,;()]{1,80},)?\s{0,40}(SSL_ENABLE_SSL[23])\s{0,40},\s{0,40}(?:PR_TRUE|1|true)\s{0,40}\)/g;
/** Whether the file hands a range named `name` to NSS (`SSL_VersionRangeSet(fd, &name)`). */
function setsRange(file, name) {
    return new RegExp(String.raw `\bSSL_VersionRangeSet(?:Default)?[ \t]*\([^;()]{0,120}&[ \t]*${name}\b`).test(file.code);
}
function floorConstant(ctx) {
    return ctx.floor === 'TLSv1.3' ? 'SSL_LIBRARY_VERSION_TLS_1_3' : 'SSL_LIBRARY_VERSION_TLS_1_2';
}
function dtlsWhy(token) {
    return /DTLS_1_0|TLS_1_1/.test(token) ? 'for datagrams NSS reads TLS 1.1 as DTLS 1.0' : undefined;
}
const nssVersionRange = {
    meta: {
        id: 'c/nss-version-range',
        title: 'NSS version range or option enables legacy TLS',
        description: 'NSS takes the versions as a range: `SSLVersionRange r = { SSL_LIBRARY_VERSION_TLS_1_0, SSL_LIBRARY_VERSION_TLS_1_2 }` (or `r.min = …`) given to `SSL_VersionRangeSet(fd, &r)` or `SSL_VersionRangeSetDefault(ssl_variant_stream, &r)` enables every version in it; `SSL_OptionSet(fd, SSL_ENABLE_SSL3, PR_TRUE)` turns SSL 3.0 on. For `ssl_variant_datagram`, TLS 1.1 is DTLS 1.0.',
        ecosystem: 'C & C++',
        catalogue: ['H2'],
        docs: ['https://firefox-source-docs.mozilla.org/security/nss/legacy/ssl_functions/sslfnc/index.html'],
        files: { kinds: nss_C_KINDS },
        keywords: /SSLVersionRange|SSL_ENABLE_SSL|SSL_LIBRARY_VERSION/,
        fixable: true,
        safe: 'SSLVersionRange range = { SSL_LIBRARY_VERSION_TLS_1_2, SSL_LIBRARY_VERSION_TLS_1_3 };\nSSL_VersionRangeSet(fd, &range);',
        limits: 'A range that the file never hands to `SSL_VersionRangeSet`/`SSL_VersionRangeSetDefault` by name is a warning; ranges built in another file and `SSL_ENABLE_TLS` (which does not lower the minimum) are not reported.',
    },
    *check(file, ctx) {
        const code = file.code;
        const chosenOnRequest = (at) => (0,capability/* inCaseArm */.gz)(code, at) || (0,capability/* guardedByComparison */.Lc)(code, at);
        const init = new RegExp(INITIALIZER.source, 'g');
        for (let m = init.exec(code); m; m = init.exec(code)) {
            const min = constantVersion(m[2]);
            const max = constantVersion(m[3]);
            if (!min || !max || chosenOnRequest(m.index))
                continue;
            const start = m.index + m[0].indexOf(m[2], m[0].indexOf('{'));
            yield {
                start,
                end: start + m[2].length,
                versions: (0,src_versions/* range */.y1)(min, max),
                what: `SSLVersionRange ${m[1]} = { ${m[2]}, ${m[3]} }`,
                why: dtlsWhy(m[2]),
                instead: `\`${floorConstant(ctx)}\` as the minimum`,
                severity: setsRange(file, m[1]) ? undefined : 'warning',
                fix: (0,src_versions/* versionIndex */.Vm)(max) >= (0,src_versions/* versionIndex */.Vm)(ctx.floor) ? { start, end: start + m[2].length, text: floorConstant(ctx) } : undefined,
            };
        }
        const member = new RegExp(MEMBER.source, 'g');
        for (let m = member.exec(code); m; m = member.exec(code)) {
            const v = constantVersion(m[3]);
            if (!v || chosenOnRequest(m.index))
                continue;
            const versions = m[2] === 'min' ? (0,src_versions/* atLeast */.jZ)(v) : (0,src_versions/* versionIndex */.Vm)(v) < (0,src_versions/* versionIndex */.Vm)(ctx.floor) ? (0,src_versions/* atMost */.Tu)(v) : undefined;
            if (versions === undefined)
                continue;
            const start = m.index + m[0].lastIndexOf(m[3]);
            yield {
                start,
                end: start + m[3].length,
                versions,
                what: `${m[1]}.${m[2]} = ${m[3]}`,
                why: dtlsWhy(m[3]),
                instead: m[2] === 'min' ? `\`${floorConstant(ctx)}\` as the minimum` : 'a maximum of `SSL_LIBRARY_VERSION_TLS_1_3`',
                severity: setsRange(file, m[1]) ? undefined : 'warning',
                fix: m[2] === 'min' ? { start, end: start + m[3].length, text: floorConstant(ctx) } : undefined,
            };
        }
        const option = new RegExp(OPTION.source, 'g');
        for (let m = option.exec(code); m; m = option.exec(code)) {
            if (chosenOnRequest(m.index))
                continue;
            const v = m[1].endsWith('3') ? 'SSLv3' : 'SSLv2';
            yield {
                start: m.index,
                end: m.index + m[0].length,
                versions: (0,src_versions/* setOf */.s4)(v),
                what: m[0].replace(/\s+/g, ' '),
                instead: `\`SSL_VersionRangeSet(fd, &range)\` with a minimum of \`${floorConstant(ctx)}\` (and \`${m[1]}\` left \`PR_FALSE\`)`,
            };
        }
    },
    examples: {
        valid: [
            {
                file: 'src/sslget.c',
                code: 'SSLVersionRange versions = {\n    SSL_LIBRARY_VERSION_TLS_1_2,\n    SSL_LIBRARY_VERSION_TLS_1_3\n};\nSSL_VersionRangeSetDefault(ssl_variant_stream, &versions);',
            },
            {
                file: 'src/engine.cpp',
                code: 'rv = SSL_OptionSet(sock, SSL_ENABLE_SSL3, PR_FALSE);\nrv = SSL_OptionSet(sock, SSL_ENABLE_TLS, PR_TRUE);',
                note: 'turning SSL 3.0 off; SSL_ENABLE_TLS does not lower the minimum',
            },
            {
                file: 'src/probe.c',
                code: 'SSLVersionRange supported;\nSSL_VersionRangeGetSupported(ssl_variant_stream, &supported);\nif (supported.min < SSL_LIBRARY_VERSION_TLS_1_2) warn();',
                note: 'reading and comparing a range',
            },
            {
                file: 'src/opts.c',
                code: 'switch (opt) {\ncase OPT_SSL3:\n    range.min = SSL_LIBRARY_VERSION_3_0;\n    break;\n}',
                note: 'a version chosen on request',
            },
            { file: 'src/max.c', code: 'range.max = SSL_LIBRARY_VERSION_TLS_1_3;', note: 'a modern maximum' },
        ],
        invalid: [
            {
                file: 'base/native-tools/src/sslget/sslget.c',
                code: 'SSLVersionRange versions = {\n    SSL_LIBRARY_VERSION_TLS_1_1,\n    SSL_LIBRARY_VERSION_TLS_1_2\n};\n\nSSL_VersionRangeSetDefault(ssl_variant_stream, &versions);',
                findings: ['2:5 TLSv1.1'],
                output: 'SSLVersionRange versions = {\n    SSL_LIBRARY_VERSION_TLS_1_2,\n    SSL_LIBRARY_VERSION_TLS_1_2\n};\n\nSSL_VersionRangeSetDefault(ssl_variant_stream, &versions);',
                note: 'reported on the line of the minimum, not the declaration',
            },
            {
                file: 'src/client.c',
                code: 'SSLVersionRange r;\nr.min = SSL_LIBRARY_VERSION_TLS_1_0;\nr.max = SSL_LIBRARY_VERSION_TLS_1_2;\nSSL_VersionRangeSet(fd, &r);',
                findings: ['2:9 TLSv1.0 TLSv1.1'],
                output: 'SSLVersionRange r;\nr.min = SSL_LIBRARY_VERSION_TLS_1_2;\nr.max = SSL_LIBRARY_VERSION_TLS_1_2;\nSSL_VersionRangeSet(fd, &r);',
            },
            {
                file: 'src/defaults.c',
                code: 'static const SSLVersionRange kDefault = { SSL_LIBRARY_VERSION_3_0, SSL_LIBRARY_VERSION_TLS_1_2 };',
                findings: ['1:43 SSLv3 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'a range the file does not hand to NSS by name: a warning',
            },
            {
                file: 'base/tps-client/src/httpClient/engine.cpp',
                code: 'if ( SECSuccess == rv ) {\n\trv = SSL_OptionSet(sock, SSL_ENABLE_SSL3, PR_TRUE);\n}',
                findings: ['2:7 SSLv3'],
            },
            { file: 'src/init.c', code: 'SSL_OptionSetDefault(SSL_ENABLE_SSL2, PR_TRUE);', findings: ['1:1 SSLv2'] },
        ],
    },
};
const nss_rules = [nssVersionRange];

;// CONCATENATED MODULE: ./src/scan/rules/scripting/php-curl.ts


// ---------------------------------------------------------------------------------------------
// I1: PHP curl.
const phpCurlSslVersion = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'php/curl-sslversion',
        title: 'PHP curl CURLOPT_SSLVERSION allows legacy TLS',
        description: "`curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1)` (or the numbers `1`, `3`, `4`, `5`) lets curl use TLS 1.0/1.1 or SSLv3; `CURL_SSLVERSION_TLSv1` means TLS 1.0 or later. The same applies in `curl_setopt_array` and Guzzle `'curl' => [...]` options.",
        ecosystem: 'PHP, Ruby, Perl & Erlang',
        catalogue: ['I1'],
        docs: ['https://www.php.net/manual/en/function.curl-setopt.php', 'https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html'],
        files: { kinds: ['php'] },
        keywords: /SSLVERSION/,
        fixable: true,
        safe: 'curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);',
        limits: 'Values held in variables or configuration arrays read at run time are not followed.',
    },
    pattern: /(?<![\w$'"])\\?CURLOPT_(?:PROXY_)?SSLVERSION\b(?:[ \t]*(?:,|=>)|\][ \t]*=(?![=>]))[ \t]*([^,;)\]}\n]{1,200})/,
    evaluate: (m, ctx) => {
        const value = m[1].replace(/\s+$/, '');
        if (/^\(?int\)/.test(value))
            return undefined;
        return curlSslVersion(value, m.index + m[0].length - m[1].length, ctx);
    },
    instead: (ctx) => `\`CURL_SSLVERSION_TLSv1_${ctx.floor === 'TLSv1.3' ? '3' : '2'}\``,
    examples: {
        valid: [
            { file: 'src/Client.php', code: '<?php\ncurl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);' },
            { file: 'src/Client.php', code: '<?php\ncurl_setopt($ch, CURLOPT_SSLVERSION, 6);', note: '6 = TLS 1.2' },
            { file: 'src/Client.php', code: '<?php\n$opts = [CURLOPT_SSLVERSION => CURL_SSLVERSION_TLSv1_3, CURLOPT_TIMEOUT => 10];' },
            { file: 'src/Client.php', code: '<?php\ncurl_setopt($ch, CURLOPT_SSLVERSION, $this->sslVersion);', note: 'variable' },
            {
                file: 'src/Client.php',
                code: '<?php\n// curl_setopt($ch, CURLOPT_SSLVERSION, 3);\ncurl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_DEFAULT);',
            },
            {
                file: 'src/Client.php',
                code: "<?php\nif (!defined('CURL_SSLVERSION_TLSv1_2')) {\n    define('CURL_SSLVERSION_TLSv1_2', 6);\n}",
                note: 'polyfill constant definition',
            },
        ],
        invalid: [
            {
                file: 'src/Client.php',
                code: '<?php\ncurl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);',
                findings: ['2:18 TLSv1.0 TLSv1.1'],
                output: '<?php\ncurl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);',
            },
            {
                file: 'src/Client.php',
                code: '<?php\ncurl_setopt($ch, CURLOPT_SSLVERSION, 3);',
                findings: ['2:18 SSLv3'],
                output: '<?php\ncurl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);',
            },
            {
                file: 'src/Client.php',
                code: '<?php\ncurl_setopt_array($ch, [\n    CURLOPT_URL => $url,\n    CURLOPT_SSLVERSION => 1,\n]);',
                findings: ['4:5 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'src/Gateway.php',
                code: "<?php\n\$client = new Client(['curl' => [CURLOPT_SSLVERSION => CURL_SSLVERSION_TLSv1_1]]);",
                findings: ['2:34 TLSv1.1'],
                note: 'Guzzle curl options',
            },
            {
                file: 'wp-content/plugins/pay/pay.php',
                code: "<?php\nadd_action('http_api_curl', function (\$handle) {\n    curl_setopt(\$handle, CURLOPT_SSLVERSION, 4);\n});",
                findings: ['3:26 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'src/Http/Curl.php',
                code: '<?php\n$this->options[CURLOPT_SSLVERSION] = CURL_SSLVERSION_TLSv1_0;',
                findings: ['2:16 TLSv1.0 TLSv1.1'],
                note: 'options array assignment',
            },
            {
                file: 'src/Client.php',
                code: '<?php\ncurl_setopt($ch, \\CURLOPT_SSLVERSION, \\CURL_SSLVERSION_TLSv1_0 | \\CURL_SSLVERSION_MAX_TLSv1_1);',
                findings: ['2:18 TLSv1.0 TLSv1.1'],
                note: 'namespaced constants',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/scripting/shared.ts


const shared_TLS10_UP = (0,src_versions/* range */.y1)('TLSv1.0');
function shared_lineBefore(code, index) {
    return code.slice((0,source/* lastNewline */.Ly)(code, index - 1) + 1, index);
}
/** `TLSv1_2` in the style of a pinned-version token: `:TLSv1` → `:TLSv1_2`, `TLS1_1` → `TLS1_2`. */
function underscoreSpelling(token, floor) {
    const minor = floor === 'TLSv1.3' ? '3' : '2';
    const m = /^(.*?)(SSLv[23]|TLSv1(?:[._]?[0-3])?|TLS1(?:_[0-3])?|SSL3)(_VERSION)?$/i.exec(token);
    if (!m)
        return undefined;
    const [, prefix, name, suffix = ''] = m;
    if (/^TLS1|^SSL3$/i.test(name))
        return `${prefix}${name.startsWith('t') ? 'tls' : 'TLS'}1_${minor}${suffix}`;
    return `${prefix}${name.startsWith('t') || name.startsWith('s') ? 'tlsv' : 'TLSv'}1_${minor}${suffix}`;
}

;// CONCATENATED MODULE: ./src/scan/rules/scripting/php-stream-crypto.ts



// ---------------------------------------------------------------------------------------------
// I2: PHP stream crypto methods.
const PHP_CRYPTO = {
    SSLv2: (0,src_versions/* setOf */.s4)('SSLv2'),
    SSLv3: (0,src_versions/* setOf */.s4)('SSLv3'),
    SSLv23: shared_TLS10_UP,
    TLS: shared_TLS10_UP,
    ANY: shared_TLS10_UP,
    TLSv1_0: (0,src_versions/* setOf */.s4)('TLSv1.0'),
    TLSv1_1: (0,src_versions/* setOf */.s4)('TLSv1.1'),
    TLSv1_2: (0,src_versions/* setOf */.s4)('TLSv1.2'),
    TLSv1_3: (0,src_versions/* setOf */.s4)('TLSv1.3'),
};
const phpStreamCrypto = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'php/stream-crypto-method',
        title: 'PHP stream crypto method allows legacy TLS',
        description: '`STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT`, `_TLSv1_1_`, `_SSLv3_` (in a `crypto_method` context option, `stream_socket_enable_crypto()` or a `|=` accumulation) enable those versions. `STREAM_CRYPTO_METHOD_TLS_CLIENT` and `_SSLv23_`/`_ANY_` include TLS 1.0 on every PHP version (TLS 1.0 only on PHP 5.6.7–7.1, TLS 1.0–1.2 on 7.2+).',
        ecosystem: 'PHP, Ruby, Perl & Erlang',
        catalogue: ['I2'],
        docs: ['https://www.php.net/manual/en/function.stream-socket-enable-crypto.php', 'https://www.php.net/manual/en/context.ssl.php'],
        files: { kinds: ['php'] },
        keywords: /STREAM_CRYPTO_METHOD_/,
        fixable: true,
        safe: "'crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT",
        limits: 'The generic constants (`TLS_CLIENT`, `SSLv23_CLIENT`, `ANY_CLIENT`) are warnings: the server and the OpenSSL build decide what is finally negotiated.',
    },
    pattern: /(=>|\|=|\?\?=|(?<![=!<>&|^.+\-*/%?])=|[(,])[ \t\r\n]*(\\?STREAM_CRYPTO_METHOD_\w+(?:[ \t]*\|[ \t\r\n]*\\?STREAM_CRYPTO_METHOD_\w+){0,8})\b(?![ \t]*(?:[=!]=|&(?!&)|<|>))/,
    evaluate: (m, ctx, file) => {
        const line = shared_lineBefore(file.code, m.index);
        if (/\bdefine\s*\(|\bcase\b/.test(line))
            return undefined;
        // A lookup table from version names to constants: `'tlsv1.0' => STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT`.
        if (m[1] === '=>' && /['"][^'"]*(?:tls|ssl)[^'"]*['"]\s*$/i.test(line) && !/crypto_method['"]\s*$/i.test(line))
            return undefined;
        let versions = src_versions/* EMPTY */.wg;
        let generic = false;
        const names = [...m[2].matchAll(/STREAM_CRYPTO_METHOD_(\w+?)_(?:CLIENT|SERVER)\b/g)];
        for (const n of names) {
            const v = PHP_CRYPTO[n[1]];
            if (v === undefined)
                continue;
            versions |= v;
            if (['TLS', 'SSLv23', 'ANY'].includes(n[1]))
                generic = true;
        }
        if (versions === src_versions/* EMPTY */.wg)
            return undefined;
        const explicitLegacy = names.some((n) => ['SSLv2', 'SSLv3', 'TLSv1_0', 'TLSv1_1'].includes(n[1]));
        const severity = generic && !explicitLegacy ? 'warning' : undefined;
        const start = m.index + m[0].indexOf(m[2]);
        let fix;
        if (names.length === 1 && /^(SSLv3|TLSv1_0|TLSv1_1|TLSv1_2)$/.test(names[0][1])) {
            const at = start + (names[0].index ?? 0);
            fix = {
                start: at,
                end: at + names[0][0].length,
                text: names[0][0].replace(names[0][1], ctx.floor === 'TLSv1.3' ? 'TLSv1_3' : 'TLSv1_2'),
            };
        }
        return {
            versions,
            severity,
            why: generic ? 'the generic constant includes TLS 1.0 (and 1.1 on PHP 7.2+)' : undefined,
            start,
            end: start + m[2].length,
            fix,
        };
    },
    instead: (ctx) => ctx.floor === 'TLSv1.3'
        ? '`STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT`'
        : '`STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT`',
    examples: {
        valid: [
            {
                file: 'src/Smtp.php',
                code: "<?php\n\$ctx = stream_context_create(['ssl' => ['crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT]]);",
            },
            {
                file: 'src/Smtp.php',
                code: '<?php\nif ($method & STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT) {\n    $legacy = true;\n}',
                note: 'a bit test',
            },
            { file: 'src/Smtp.php', code: '<?php\n$method &= ~STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT;', note: 'removing a version' },
            {
                file: 'src/Smtp.php',
                code: "<?php\nif (defined('STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT')) {\n    \$m = STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT;\n}",
            },
            { file: 'src/Smtp.php', code: '<?php\nif ($crypto === STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT) { log("old"); }', note: 'comparison' },
            {
                file: 'src/Transport.php',
                code: "<?php\nprivate static \$crypto = [\n  'tls'    => STREAM_CRYPTO_METHOD_TLS_CLIENT,\n  'tlsv10' => STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT,\n  'sslv3'  => STREAM_CRYPTO_METHOD_SSLv3_CLIENT,\n];",
                note: 'a table from version names to constants',
            },
            {
                file: 'src/Smtp.php',
                code: '<?php\n// stream_socket_enable_crypto($fp, true, STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT);\nstream_socket_enable_crypto($fp, true, STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT);',
            },
        ],
        invalid: [
            {
                file: 'src/Mailer.php',
                code: "<?php\nswitch (\$this->secure) {\n    case 'tlsv1.0':\n        \$crypto = STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT;\n        break;\n}",
                note: 'chosen on request: a capability, judged as TLS-implementation code',
                findings: ['4:19 TLSv1.0'],
                severity: 'note',
            },
            {
                file: 'src/Smtp.php',
                code: "<?php\n\$ctx = stream_context_create(['ssl' => ['crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT]]);",
                findings: ['2:60 TLSv1.0'],
                output: "<?php\n\$ctx = stream_context_create(['ssl' => ['crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT]]);",
            },
            {
                file: 'src/Smtp.php',
                code: '<?php\nstream_socket_enable_crypto($this->socket, true, STREAM_CRYPTO_METHOD_TLS_CLIENT);',
                findings: ['2:50 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'src/SMTP.php',
                code: "<?php\n\$crypto_method = STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT;\nif (defined('STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT')) {\n    \$crypto_method |= STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT;\n}",
                findings: ['4:23 TLSv1.1'],
                note: '|= accumulation',
            },
            {
                file: 'src/Ftp.php',
                code: '<?php\nstream_socket_enable_crypto($fp, true, STREAM_CRYPTO_METHOD_SSLv3_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT);',
                findings: ['2:40 SSLv3'],
            },
            {
                file: 'src/Server.php',
                code: "<?php\n\$opts = [\n  'ssl' => [\n    'crypto_method' => STREAM_CRYPTO_METHOD_SSLv23_SERVER,\n  ],\n];",
                findings: ['4:24 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'src/Transport/Stream/SocketStream.php',
                code: "<?php\nif (\\defined('STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT')) {\n    \$this->options['ssl']['crypto_method'] ??= \\STREAM_CRYPTO_METHOD_TLS_CLIENT | \\STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT | \\STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT;\n}",
                findings: ['3:48 TLSv1.0 TLSv1.1'],
                note: 'null-coalescing assignment of a combined mask',
            },
            {
                file: 'src/Smtp.php',
                code: '<?php\nstream_socket_enable_crypto($fp, true, STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT);',
                floor: 'TLSv1.3',
                findings: ['2:40 TLSv1.2'],
                output: '<?php\nstream_socket_enable_crypto($fp, true, STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT);',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/scripting/php-stream-wrapper.ts



// ---------------------------------------------------------------------------------------------
// I3: PHP stream wrappers.
const WRAPPERS = {
    sslv2: (0,src_versions/* setOf */.s4)('SSLv2'),
    sslv3: (0,src_versions/* setOf */.s4)('SSLv3'),
    'tlsv1.0': (0,src_versions/* setOf */.s4)('TLSv1.0'),
    'tlsv1.1': (0,src_versions/* setOf */.s4)('TLSv1.1'),
    'tlsv1.2': (0,src_versions/* setOf */.s4)('TLSv1.2'),
    'tlsv1.3': (0,src_versions/* setOf */.s4)('TLSv1.3'),
    ssl: shared_TLS10_UP,
    tls: shared_TLS10_UP,
};
const phpStreamWrapper = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'php/stream-wrapper',
        title: 'PHP stream wrapper selects a legacy TLS version',
        description: 'Socket URLs choose the protocol: `tlsv1.0://`, `tlsv1.1://` and `sslv3://` pin legacy versions; `ssl://` negotiates any version the build allows and `tls://` includes TLS 1.0 (only TLS 1.0 on PHP 5.6.7–7.1).',
        ecosystem: 'PHP, Ruby, Perl & Erlang',
        catalogue: ['I3'],
        docs: ['https://www.php.net/manual/en/transports.inet.php'],
        files: { kinds: ['php'] },
        keywords: /ssl:\/\/|tls:\/\/|sslv2:|sslv3:|tlsv1\./,
        fixable: true,
        safe: "stream_socket_client('tlsv1.2://smtp.example.com:465')",
        limits: '`ssl://` and `tls://` are notes: what they negotiate depends on the PHP version and the peer; they are only reported inside `fsockopen`/`stream_socket_client`/`stream_socket_server` calls.',
    },
    pattern: /(["'])(sslv2|sslv3|tlsv1\.[0-3]|ssl|tls):\/\//i,
    evaluate: (m, ctx, file) => {
        const scheme = m[2].toLowerCase();
        const versions = WRAPPERS[scheme];
        const code = file.code;
        const before = code.slice(Math.max(0, m.index - 200), m.index);
        const statement = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('{'), before.lastIndexOf('}')) + 1);
        if (/(?:[=!]==?|\b(?:strpos|stripos|str_replace|str_starts_with|substr|preg_\w+|strncmp|strncasecmp|in_array|explode)\s*\()[^)]{0,80}$/.test(statement))
            return undefined;
        if (/^\s*(?:[=!]==?|\?|\))/.test(code.slice(m.index + m[0].length).replace(/^[^'"]*['"]/, '')))
            return undefined;
        const start = m.index + 1;
        const end = start + m[2].length + 3;
        if (scheme === 'ssl' || scheme === 'tls') {
            if (!/\b(?:p?fsockopen|stream_socket_(?:client|server))\s*\([^;]{0,150}$/.test(statement))
                return undefined;
            return {
                versions,
                start,
                end,
                severity: 'note',
                why: `\`${scheme}://\` negotiates any version the PHP build allows, TLS 1.0 included`,
            };
        }
        return {
            versions,
            start,
            end,
            fix: { start, end: start + m[2].length, text: ctx.floor === 'TLSv1.3' ? 'tlsv1.3' : 'tlsv1.2' },
        };
    },
    instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`tlsv1.3://`' : '`tlsv1.2://` (or a `crypto_method` of TLS 1.2 | 1.3)'),
    examples: {
        valid: [
            { file: 'src/Mailer.php', code: "<?php\n\$fp = stream_socket_client('tlsv1.2://smtp.example.com:465', \$errno, \$errstr, 30);" },
            {
                file: 'src/Mailer.php',
                code: "<?php\nif (strpos(\$host, 'ssl://') === 0) {\n    \$secure = true;\n}",
                note: 'a check on the scheme',
            },
            { file: 'src/Mailer.php', code: "<?php\n\$host = str_replace('tlsv1.0://', '', \$host);" },
            { file: 'src/Mailer.php', code: "<?php\n\$url = 'ssl://' . \$host;", note: 'ssl:// outside a socket call is not judged' },
            {
                file: 'src/Mailer.php',
                code: "<?php\n// \$fp = fsockopen('sslv3://' . \$host, 443);\n\$fp = fsockopen('tlsv1.3://' . \$host, 443);",
            },
            { file: 'src/Mailer.php', code: "<?php\nif (\$scheme == 'tlsv1.1://') { \$warn = true; }", note: 'comparison' },
        ],
        invalid: [
            {
                file: 'lib/Browser.php',
                code: "<?php\nswitch (\$proto) {\n  case 'tls:1.0':\n    \$protocol = 'tlsv1.0://';\n    break;\n  case 'sslv3':\n    \$protocol = 'sslv3://';\n    break;\n}",
                note: 'maps a setting to a wrapper: a capability, judged as TLS-implementation code',
                findings: ['4:18 TLSv1.0', '7:18 SSLv3'],
                severity: 'note',
            },
            {
                file: 'src/Mailer.php',
                code: "<?php\n\$fp = fsockopen('tlsv1.0://' . \$host, 443, \$errno, \$errstr);",
                findings: ['2:18 TLSv1.0'],
                output: "<?php\n\$fp = fsockopen('tlsv1.2://' . \$host, 443, \$errno, \$errstr);",
            },
            {
                file: 'src/Mailer.php',
                code: '<?php\n$sock = stream_socket_client("sslv3://{$host}:{$port}", $errno, $errstr);',
                findings: ['2:31 SSLv3'],
            },
            {
                file: 'src/Mailer.php',
                code: "<?php\n\$fp = fsockopen('ssl://smtp.gmail.com', 465, \$errno, \$errstr, 10);",
                findings: ['2:18 TLSv1.0 TLSv1.1'],
                severity: 'note',
            },
            {
                file: 'src/Server.php',
                code: "<?php\n\$server = stream_socket_server('tls://0.0.0.0:8443', \$errno, \$errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, \$context);",
                findings: ['2:33 TLSv1.0 TLSv1.1'],
                severity: 'note',
            },
            { file: 'src/Mailer.php', code: "<?php\n\$transport = 'tlsv1.1://mail.example.com:587';", findings: ['2:15 TLSv1.1'] },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/scripting/ruby.ts





// ---------------------------------------------------------------------------------------------
// I4, I5: Ruby ssl_version / min_version / max_version.
/** Reads Ruby's spellings: `:TLSv1_1`, `'TLSv1'`, `:TLS1_1`, `OpenSSL::SSL::TLS1_VERSION`. */
function rubyVersion(token) {
    const t = token.replace(/^OpenSSL::SSL::/, '').replace(/^:?["']?|["']$/g, '');
    const constant = /^(SSL3|TLS1(?:_[123])?)_VERSION$/.exec(t);
    return (0,evaluate/* readVersion */.$4)(constant ? constant[1] : t);
}
const rubySslVersion = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'ruby/ssl-version',
        title: 'Ruby TLS version setting allows legacy TLS',
        description: '`ctx.ssl_version = :TLSv1` (also in `SSLContext.new(:TLSv1)`, `DEFAULT_PARAMS[:ssl_version]`, Net::HTTP, Excon, HTTParty, RestClient, Faraday `ssl: { version: … }`) pins a version; `min_version = :TLS1` / `OpenSSL::SSL::TLS1_VERSION` allows TLS 1.0 and up; `max_version = :TLS1_1` caps below TLS 1.2.',
        ecosystem: 'PHP, Ruby, Perl & Erlang',
        catalogue: ['I4', 'I5'],
        docs: ['https://ruby.github.io/openssl/OpenSSL/SSL/SSLContext.html', 'https://docs.ruby-lang.org/en/master/Net/HTTP.html'],
        files: { kinds: ['ruby'] },
        keywords: /ssl_version|min_version|max_version|SSLContext|ssl:|:ssl/,
        fixable: true,
        safe: 'ctx.min_version = OpenSSL::SSL::TLS1_2_VERSION',
        limits: '`ctx.options |= OpenSSL::SSL::OP_NO_SSLv3` alone leaves the minimum to the openssl gem default and is not reported; values from variables or ENV are unknown.',
    },
    pattern: /(?:(?<![\w])[:'"]?(ssl_version|min_version|max_version|version)['"]?\]?(?:[ \t]*(?:=>|=(?![=~>]))|:(?!:)|[ \t](?=[ \t]*[:'"]?(?:SSL|TLS|ssl|tls|OpenSSL|Curl)))|\bSSLContext\.new[ \t]*\(?[ \t]*(?=[:'"]))[ \t]*((?:OpenSSL::SSL::|Curl::)?\w+|:?["']?[\w.]+["']?)/,
    evaluate: (m, ctx, file) => {
        const key = m[1] ?? 'ssl_version';
        const token = m[2];
        const code = file.code;
        if (m[1] === 'version') {
            // Faraday: `ssl: { version: :TLSv1 }` / `:ssl => { :version => 'TLSv1' }`.
            const before = code.slice(Math.max(0, m.index - 200), m.index);
            const brace = before.lastIndexOf('{');
            if (brace < 0 || before.slice(brace).includes('}') || !/ssl['"]?\s*(?::|=>)\s*$/.test(before.slice(0, brace)))
                return undefined;
        }
        const tokenStart = m.index + m[0].length - token.length;
        if (/^Curl::/.test(token)) {
            if (key === 'max_version')
                return undefined;
            return curlSslVersion(token, tokenStart, ctx);
        }
        const v = rubyVersion(token);
        if (!v)
            return undefined;
        let versions;
        let why;
        if (key === 'min_version')
            versions = (0,src_versions/* atLeast */.jZ)(v);
        else if (key === 'max_version') {
            if ((0,src_versions/* versionIndex */.Vm)(v) >= (0,src_versions/* versionIndex */.Vm)(ctx.floor))
                return undefined;
            versions = (0,src_versions/* atMost */.Tu)(v);
            why = `the maximum is ${v}`;
        }
        else
            versions = (0,src_versions/* setOf */.s4)(v);
        const inner = token.replace(/^OpenSSL::SSL::/, '');
        const innerStart = tokenStart + token.length - inner.length;
        const bare = inner.replace(/^:?["']?|["']$/g, '');
        const bareStart = innerStart + inner.indexOf(bare);
        const spelled = underscoreSpelling(bare, ctx.floor);
        const fix = key === 'max_version' || !spelled ? undefined : { start: bareStart, end: bareStart + bare.length, text: spelled };
        return { versions, why, fix };
    },
    instead: (ctx) => `\`ctx.min_version = OpenSSL::SSL::TLS1_${ctx.floor === 'TLSv1.3' ? '3' : '2'}_VERSION\` (or \`:TLS1_${ctx.floor === 'TLSv1.3' ? '3' : '2'}\`)`,
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

;// CONCATENATED MODULE: ./src/scan/rules/scripting/puma.ts



// ---------------------------------------------------------------------------------------------
// I6: Puma ssl_bind without no_tlsv1 / no_tlsv1_1.
const pumaSslBind = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'ruby/puma-ssl-bind',
        title: 'Puma SSL listener accepts TLS 1.0/1.1',
        description: 'Puma sets its TLS minimum from `no_tlsv1` / `no_tlsv1_1` (both default false, so TLS 1.0 is allowed unless OpenSSL refuses it). `no_tlsv1_1: true` makes the minimum TLS 1.2.',
        ecosystem: 'PHP, Ruby, Perl & Erlang',
        catalogue: ['I6'],
        docs: ['https://github.com/puma/puma/blob/master/lib/puma/dsl.rb'],
        files: { kinds: ['ruby'], names: /puma/ },
        keywords: /ssl_bind|ssl:\/\//,
        fixable: false,
        safe: "ssl_bind '0.0.0.0', '9292', { key: key, cert: cert, no_tlsv1: true, no_tlsv1_1: true }",
        limits: 'A listener without the options is a warning: OpenSSL 3 (security level 1+) refuses TLS 1.0/1.1 by itself.',
    },
    pattern: /\bssl_bind\b[^\n]{0,300}|\bbind[ \t(]+["']ssl:\/\/[^"'\n]{0,400}/,
    evaluate: (m, _ctx, file) => {
        const code = file.code;
        let text = m[0];
        if (m[0].startsWith('ssl_bind') && text.includes('{') && !text.includes('}')) {
            const close = code.slice(m.index, m.index + 1500).indexOf('}');
            if (close > 0)
                text = code.slice(m.index, m.index + close + 1);
        }
        const opt = (name) => {
            const r = new RegExp(`[:'"]?\\b${name}\\b['"]?\\s*(?::|=>|=)\\s*['"]?(true|false)\\b`).exec(text);
            return r ? r[1] === 'true' : undefined;
        };
        const no10 = opt('no_tlsv1');
        const no11 = opt('no_tlsv1_1');
        if (no11)
            return undefined;
        if (no10)
            return { versions: (0,src_versions/* setOf */.s4)('TLSv1.1', 'TLSv1.2', 'TLSv1.3'), why: '`no_tlsv1` alone still allows TLS 1.1' };
        if (no10 === false || no11 === false)
            return { versions: shared_TLS10_UP, why: '`no_tlsv1: false` keeps TLS 1.0' };
        return { versions: shared_TLS10_UP, severity: 'warning', why: 'Puma allows TLS 1.0 unless `no_tlsv1`/`no_tlsv1_1` are set' };
    },
    instead: '`no_tlsv1: true, no_tlsv1_1: true` in the `ssl_bind` options (or `&no_tlsv1=true&no_tlsv1_1=true` in the bind URL)',
    examples: {
        valid: [
            {
                file: 'config/puma.rb',
                code: "ssl_bind '0.0.0.0', '9292', {\n  key: ENV['KEY'],\n  cert: ENV['CERT'],\n  no_tlsv1: true,\n  no_tlsv1_1: true\n}",
            },
            { file: 'config/puma.rb', code: "bind 'ssl://0.0.0.0:9292?key=server.key&cert=server.crt&no_tlsv1=true&no_tlsv1_1=true'" },
            { file: 'config/puma.rb', code: "bind 'tcp://0.0.0.0:3000'", note: 'plain TCP' },
            { file: 'config/puma.rb', code: "# ssl_bind '0.0.0.0', '9292', { key: 'k', cert: 'c' }\nport 3000" },
        ],
        invalid: [
            {
                file: 'config/puma.rb',
                code: "ssl_bind '0.0.0.0', '9292', { key: key_path, cert: cert_path }",
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'config/puma.rb',
                code: "ssl_bind '0.0.0.0', '443', {\n  key: key,\n  cert: cert,\n  no_tlsv1: false\n}",
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                severity: 'error',
            },
            { file: 'config/puma.rb', code: "ssl_bind '0.0.0.0', '443', { key: key, cert: cert, no_tlsv1: true }", findings: ['1:1 TLSv1.1'] },
            {
                file: 'config/puma/production.rb',
                code: 'bind "ssl://0.0.0.0:#{port}?key=#{key}&cert=#{cert}"',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/scripting/perl.ts




// ---------------------------------------------------------------------------------------------
// I7: Perl IO::Socket::SSL / LWP / Net::LDAP / Net::SSLeay.
const PERL_ALL = (0,src_versions/* range */.y1)('SSLv3');
const SSLEAY_CTX = { v2: 'SSLv2', v3: 'SSLv3', tlsv1: 'TLSv1.0', tlsv1_1: 'TLSv1.1', tlsv1_2: 'TLSv1.2' };
const SSLEAY_NUMBERS = {
    '2': 'SSLv2',
    '3': 'SSLv3',
    '10': 'TLSv1.0',
    '11': 'TLSv1.1',
    '12': 'TLSv1.2',
    '13': 'TLSv1.3',
};
const perlSslVersion = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'perl/ssl-version',
        title: 'Perl SSL_version allows legacy TLS',
        description: "IO::Socket::SSL (and LWP `ssl_opts`, Net::SMTP, Mojo, imapsync `--sslargs`) take `SSL_version` as a `:`-separated list where `SSLv23` means every version and `!X` removes one: `'SSLv23:!SSLv2'` keeps SSLv3, TLS 1.0 and 1.1. `'TLSv1'` pins TLS 1.0. Net::LDAP's `sslversion` and Net::SSLeay's `CTX_tlsv1_new` / `$Net::SSLeay::ssl_version = 10` do the same.",
        ecosystem: 'PHP, Ruby, Perl & Erlang',
        catalogue: ['I7'],
        docs: ['https://metacpan.org/pod/IO::Socket::SSL#SSL_version', 'https://metacpan.org/pod/Net::SSLeay'],
        files: { kinds: ['perl', 'shell', 'dockerfile', 'yaml', 'conf'] },
        keywords: /SSL_version|sslversion|Net::SSLeay/,
        fixable: true,
        safe: "SSL_version => 'TLSv1_2'  # or 'SSLv23:!SSLv3:!TLSv1:!TLSv1_1'",
        limits: 'A list that only removes SSLv2/SSLv3 is a warning: the OpenSSL build may refuse TLS 1.0/1.1 by itself.',
    },
    pattern: /(?<![\w$])(?:(['"]?)(SSL_version|sslversion)\1\}?[ \t]*(?:=>|=|,)[ \t]*(['"]?)([\w.:!+-]{1,100}(?:[ ]{1,4}[\w.:!+-]{1,50}){0,5})[ ]*\3|Net::SSLeay::CTX_(v2|v3|tlsv1|tlsv1_1|tlsv1_2)_new\b|\$Net::SSLeay::ssl_version[ \t]*=[ \t]*(\d{1,2})\b)/,
    evaluate: (m, ctx) => {
        if (m[5] !== undefined)
            return { versions: (0,src_versions/* setOf */.s4)(SSLEAY_CTX[m[5]]) };
        if (m[6] !== undefined) {
            const v = SSLEAY_NUMBERS[m[6]];
            return v ? { versions: (0,src_versions/* setOf */.s4)(v) } : undefined;
        }
        // Unquoted (`--sslargs1 SSL_version=SSLv3 --host2 …`): the value ends at the first space.
        const value = m[3] ? m[4] : m[4].split(' ')[0];
        const valueStart = m.index + m[0].indexOf(m[4], m[0].search(/=>|=|,/));
        const tokens = (0,evaluate/* tokenize */.qw)(value, valueStart, /[:\s]+/g).map((t) => /^[!-]?(?:SSLv23|ALL)$/i.test(t.text) ? { ...t, text: t.text.replace(/SSLv23|ALL/i, 'all') } : t);
        if (tokens.every((t) => /^\+?all$/i.test(t.text)))
            return undefined;
        const result = (0,evaluate/* evalList */.vi)(tokens, { all: PERL_ALL, base: PERL_ALL });
        if (!result || result.versions === src_versions/* EMPTY */.wg)
            return undefined;
        const explicit = tokens.some((t) => {
            const v = /^[!-]/.test(t.text) ? undefined : (0,evaluate/* readVersion */.$4)(t.text);
            return v !== undefined && (0,src_versions/* versionIndex */.Vm)(v) < (0,src_versions/* versionIndex */.Vm)(ctx.floor);
        });
        const fromAll = tokens.some((t) => /^(?:\+)?all$/i.test(t.text)) || /^[!-]/.test(tokens[0]?.text ?? '');
        const severity = !explicit && fromAll ? 'warning' : undefined;
        const single = tokens.length === 1 && !fromAll ? underscoreSpelling(tokens[0].text, ctx.floor) : undefined;
        return {
            versions: result.versions,
            end: m[3] ? undefined : valueStart + value.length,
            severity,
            why: fromAll ? '`SSLv23`/`ALL` means every version the library has; only the `!` entries are removed' : undefined,
            fix: single ? { start: tokens[0].start, end: tokens[0].end, text: single } : undefined,
        };
    },
    instead: (ctx, m) => m[5] !== undefined || m[6] !== undefined
        ? `\`Net::SSLeay::CTX_new()\` with \`Net::SSLeay::CTX_set_min_proto_version($ctx, Net::SSLeay::TLS1_${ctx.floor === 'TLSv1.3' ? '3' : '2'}_VERSION())\``
        : ctx.floor === 'TLSv1.3'
            ? "`SSL_version => 'TLSv1_3'`"
            : "`SSL_version => 'SSLv23:!SSLv3:!TLSv1:!TLSv1_1'` (or `'TLSv1_2'`)",
    examples: {
        valid: [
            {
                file: 'lib/Client.pm',
                code: "my $sock = IO::Socket::SSL->new(PeerAddr => $host, SSL_version => 'SSLv23:!SSLv3:!TLSv1:!TLSv1_1');",
                note: '!TLSv1 tokens disable',
            },
            { file: 'lib/Client.pm', code: "my $ua = LWP::UserAgent->new(ssl_opts => { SSL_version => 'TLSv1_2' });" },
            { file: 'lib/Client.pm', code: 'my $sock = IO::Socket::SSL->new(PeerAddr => $host, SSL_version => $version);', note: 'variable' },
            { file: 'lib/Client.pm', code: "# SSL_version => 'TLSv1',\nmy %opts = (SSL_version => 'TLSv12');" },
            { file: 'lib/Client.pm', code: 'my $ctx = Net::SSLeay::CTX_tlsv1_2_new();' },
            { file: 'lib/Client.pm', code: "my %opts = (SSL_version => 'SSLv23');", note: 'protocol-neutral alone negotiates the highest' },
        ],
        invalid: [
            {
                file: 'lib/Client.pm',
                code: "my $sock = IO::Socket::SSL->new(PeerAddr => $host, SSL_version => 'TLSv1');",
                findings: ['1:52 TLSv1.0'],
                output: "my $sock = IO::Socket::SSL->new(PeerAddr => $host, SSL_version => 'TLSv1_2');",
            },
            {
                file: 'lib/Client.pm',
                code: "my $sock = IO::Socket::SSL->new(\n    PeerAddr    => $host,\n    SSL_version => 'SSLv23:!SSLv2',\n);",
                findings: ['3:5 SSLv3 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'lib/Client.pm',
                code: "my $ua = LWP::UserAgent->new(ssl_opts => { verify_hostname => 0, SSL_version => 'SSLv3' });",
                findings: ['1:66 SSLv3'],
            },
            {
                file: 'scripts/migrate.sh',
                code: 'imapsync --host1 old.example.com --ssl1 --sslargs1 SSL_version=SSLv3 --host2 new.example.com',
                findings: ['1:52 SSLv3'],
                note: 'imapsync command line',
            },
            {
                file: 'lib/Ldap.pm',
                code: "my $ldap = Net::LDAPS->new($server, verify => 'none', sslversion => 'tlsv1');",
                findings: ['1:55 TLSv1.0'],
            },
            { file: 'lib/Raw.pm', code: 'my $ctx = Net::SSLeay::CTX_tlsv1_new() or die;', findings: ['1:11 TLSv1.0'] },
            { file: 'lib/Raw.pm', code: '$Net::SSLeay::ssl_version = 10;', findings: ['1:1 TLSv1.0'] },
            {
                file: 'bin/notify.pl',
                code: "if (! IO::Socket::SSL->start_SSL($SERVER, SSL_version => 'SSLv3 TLSv1')) {\n  die 'tls';\n}",
                findings: ['1:43 SSLv3 TLSv1.0'],
                note: 'space-separated list',
            },
            {
                file: 'lib/Client.pm',
                code: "my %ssl = (SSL_version => '!SSLv2:!SSLv3');",
                findings: ['1:12 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'starts by removing: the rest stays',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/scripting/erlang.ts




// ---------------------------------------------------------------------------------------------
// I8: Erlang/Elixir ssl versions, RabbitMQ, EMQX.
const erlang_CONFIG_KINDS = ['conf', 'ini', 'yaml', 'shell', 'dockerfile', 'other', 'json', 'toml', 'env'];
/** Deletes the legacy elements of a written list (`['tlsv1.2','tlsv1.1',tlsv1]`, `[:"tlsv1.2", :tlsv1]`). */
function elementFix(value, valueStart, floor) {
    const parts = [...value.matchAll(/[^,]+/g)];
    const kept = parts.filter((p) => {
        const v = (0,evaluate/* readVersion */.$4)(p[0].trim());
        return !v || (0,src_versions/* versionIndex */.Vm)(v) >= (0,src_versions/* versionIndex */.Vm)(floor);
    });
    if (kept.length === parts.length || kept.length === 0 || !kept.some((p) => (0,evaluate/* readVersion */.$4)(p[0].trim())))
        return undefined;
    const gap = /,\s*/.exec(value)?.[0] ?? ', ';
    const first = parts[0];
    const last = parts[parts.length - 1];
    const lead = first[0].length - first[0].trimStart().length;
    const trail = last[0].length - last[0].trimEnd().length;
    return {
        start: valueStart + (first.index ?? 0) + lead,
        end: valueStart + (last.index ?? 0) + last[0].length - trail,
        text: kept.map((p) => p[0].trim()).join(gap),
    };
}
const erlangTlsVersions = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'erlang/tls-versions',
        title: 'Erlang/Elixir ssl versions list includes legacy TLS',
        description: "The `versions` option of Erlang's `ssl` (`{versions, ['tlsv1.2', 'tlsv1.1', tlsv1]}`, Elixir `versions: [:\"tlsv1.1\"]`, Phoenix `https:` options, `protocol_version` app env), RabbitMQ's `ssl_options.versions.N = tlsv1.1` and EMQX `tls_versions` list the versions that may be negotiated.",
        ecosystem: 'PHP, Ruby, Perl & Erlang',
        catalogue: ['I8'],
        docs: ['https://www.erlang.org/doc/apps/ssl/ssl.html', 'https://www.rabbitmq.com/docs/ssl#tls-versions'],
        files: { kinds: ['erlang', 'elixir', ...erlang_CONFIG_KINDS], names: /rabbitmq|advanced\.config|sys\.config|app\.config|emqx/ },
        keywords: /tlsv1|sslv3/,
        fixable: true,
        safe: "{versions, ['tlsv1.3', 'tlsv1.2']}",
        limits: 'Versions computed at run time (`ssl:versions()`, application env read in code) are not followed.',
    },
    pattern: /\{[ \t]*(versions|protocol_version)[ \t]*,[ \t\r\n]*\[([^\]]{0,300})\]|(?<![\w.])((?:allowed_)?(?:tls_)?versions|protocol_version)(?::|[ \t]*=>)[ \t]*\[([^\]]{0,300})\]|(?<![\w])(?:[\w-]+\.){1,4}versions\.\d+[ \t]*=[ \t]*(['"]?[\w.]+['"]?)|(?<![\w])(?:tls_versions[ \t]*=[ \t]*["']?([\w., ]{1,200})|versions[ \t]*=[ \t]*\[([^\]]{0,300})\])/,
    evaluate: (m, ctx, file) => {
        const code = file.code;
        const line = shared_lineBefore(code, m.index);
        // Erlang terms in files the comment masker does not know (`rabbitmq.config`, `sys.config`).
        if (file.kind !== 'erlang' && /%/.test(line.replace(/"[^"]*"|'[^']*'/g, '')))
            return undefined;
        if (m[4] !== undefined && file.kind !== 'erlang' && file.kind !== 'elixir')
            return undefined;
        const list = m[2] ?? m[4] ?? m[6] ?? m[7];
        if (list !== undefined) {
            const listStart = m.index + m[0].lastIndexOf(list);
            const tokens = (0,evaluate/* tokenize */.qw)(list, listStart, /[\s,;|[\]"'():{}]+/g).filter((t) => (0,evaluate/* readVersion */.$4)(t.text) !== undefined);
            if (tokens.length === 0)
                return undefined;
            let versions = src_versions/* EMPTY */.wg;
            for (const t of tokens)
                versions |= (0,src_versions/* setOf */.s4)((0,evaluate/* readVersion */.$4)(t.text));
            return { versions, fix: m[6] === undefined ? elementFix(list, listStart, ctx.floor) : undefined };
        }
        const v = (0,evaluate/* readVersion */.$4)(m[5]);
        return v ? { versions: (0,src_versions/* setOf */.s4)(v) } : undefined;
    },
    instead: (ctx, m) => {
        const only13 = ctx.floor === 'TLSv1.3';
        if (m[5] !== undefined)
            return only13 ? 'only `….versions.1 = tlsv1.3`' : '`….versions.1 = tlsv1.3` and `….versions.2 = tlsv1.2` only (drop the older lines)';
        if (m[6] !== undefined)
            return only13 ? '`tls_versions = tlsv1.3`' : '`tls_versions = tlsv1.3,tlsv1.2`';
        if (m[7] !== undefined)
            return only13 ? '`versions = ["tlsv1.3"]`' : '`versions = ["tlsv1.3", "tlsv1.2"]`';
        if (m[4] !== undefined)
            return only13 ? '`versions: [:"tlsv1.3"]`' : '`versions: [:"tlsv1.3", :"tlsv1.2"]`';
        return only13 ? "`{versions, ['tlsv1.3']}`" : "`{versions, ['tlsv1.3', 'tlsv1.2']}`";
    },
    examples: {
        valid: [
            { file: 'config/sys.config', code: "[{ssl, [{protocol_version, ['tlsv1.3', 'tlsv1.2']}]}]." },
            { file: 'src/client.erl', code: "Opts = [{versions, ['tlsv1.2']}, {verify, verify_peer}],\n{ok, S} = ssl:connect(Host, 443, Opts)." },
            {
                file: 'src/ssl_internal.hrl',
                code: "-define(ALL_AVAILABLE_VERSIONS, ['tlsv1.3', 'tlsv1.2', 'tlsv1.1', tlsv1]).",
                note: 'a definition, not an option',
            },
            { file: 'config/prod.exs', code: 'config :app, AppWeb.Endpoint,\n  https: [port: 443, versions: [:"tlsv1.3", :"tlsv1.2"]]' },
            { file: 'rabbitmq.conf', code: '# ssl_options.versions.2 = tlsv1.1\nssl_options.versions.1 = tlsv1.2' },
            {
                file: 'rabbitmq.config',
                code: "[{rabbit, [\n  %% {ssl_options, [{versions, ['tlsv1.1']}]}\n  {ssl_options, [{versions, ['tlsv1.2']}]}\n]}].",
                note: 'Erlang comment in a .config file',
            },
            { file: 'mix.exs', code: 'versions: ["1.0", "2.0"]', note: 'not TLS versions' },
        ],
        invalid: [
            {
                file: 'src/client.erl',
                code: "Opts = [{versions, ['tlsv1.2', 'tlsv1.1', tlsv1]}],",
                findings: ['1:9 TLSv1.0 TLSv1.1'],
                output: "Opts = [{versions, ['tlsv1.2']}],",
            },
            {
                file: 'config/prod.exs',
                code: 'config :app, AppWeb.Endpoint,\n  https: [\n    port: 443,\n    versions: [:"tlsv1.2", :"tlsv1.1"]\n  ]',
                findings: ['4:5 TLSv1.1'],
                output: 'config :app, AppWeb.Endpoint,\n  https: [\n    port: 443,\n    versions: [:"tlsv1.2"]\n  ]',
            },
            {
                file: 'rabbitmq.conf',
                code: 'listeners.ssl.default = 5671\nssl_options.versions.1 = tlsv1.2\nssl_options.versions.2 = tlsv1.1',
                findings: ['3:1 TLSv1.1'],
            },
            {
                file: 'advanced.config',
                code: "[{rabbit, [{ssl_options, [{cacertfile, \"/ca.pem\"}, {versions, ['tlsv1.1', 'tlsv1.2']}]}]}].",
                findings: ['1:52 TLSv1.1'],
            },
            { file: 'lib/client.ex', code: ':ssl.connect(host, 443, versions: [:tlsv1], verify: :verify_none)', findings: ['1:25 TLSv1.0'] },
            {
                file: 'config/runtime.exs',
                code: 'config :app, App.Mailer,\n  adapter: Bamboo.SMTPAdapter,\n  allowed_tls_versions: [:"tlsv1", :"tlsv1.1", :"tlsv1.2"]',
                findings: ['3:3 TLSv1.0 TLSv1.1'],
                output: 'config :app, App.Mailer,\n  adapter: Bamboo.SMTPAdapter,\n  allowed_tls_versions: [:"tlsv1.2"]',
            },
            {
                file: 'lib/proxy.ex',
                code: 'opts = Keyword.put(opts, :ssl_options, versions: [:"tlsv1.2", :"tlsv1.1", :tlsv1])',
                findings: ['1:40 TLSv1.0 TLSv1.1'],
                output: 'opts = Keyword.put(opts, :ssl_options, versions: [:"tlsv1.2"])',
            },
            { file: 'etc/emqx.conf', code: 'listener.ssl.external.tls_versions = tlsv1.2,tlsv1.1,tlsv1', findings: ['1:23 TLSv1.0 TLSv1.1'] },
            {
                file: 'etc/emqx.conf',
                code: 'listeners.ssl.default {\n  bind = "0.0.0.0:8883"\n  ssl_options {\n    versions = ["tlsv1.3", "tlsv1.2", "tlsv1.1"]\n  }\n}',
                findings: ['4:5 TLSv1.1'],
                output: 'listeners.ssl.default {\n  bind = "0.0.0.0:8883"\n  ssl_options {\n    versions = ["tlsv1.3", "tlsv1.2"]\n  }\n}',
                note: 'EMQX 5 HOCON',
            },
            {
                file: 'k8s/rabbitmq.yaml',
                code: 'data:\n  rabbitmq.conf: |\n    management.ssl.versions.1 = tlsv1.1\n',
                findings: ['3:5 TLSv1.1'],
            },
            { file: 'src/client.erl', code: "ssl:connect(H, P, [{versions, ['tlsv1.2']}]).", floor: 'TLSv1.3', findings: ['1:20 TLSv1.2'] },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/scripting/index.ts







const scripting_rules = [
    phpCurlSslVersion,
    phpStreamCrypto,
    phpStreamWrapper,
    rubySslVersion,
    pumaSslBind,
    perlSslVersion,
    erlangTlsVersions,
];

;// CONCATENATED MODULE: ./src/scan/rules/apple.ts
/**
 * Apple platforms: App Transport Security exceptions in Info.plist (and the JSON/YAML/JS that
 * generates it: Expo, XcodeGen, Capacitor, Cordova), URLSessionConfiguration protocol bounds,
 * Network.framework `sec_protocol_options_*`, SecureTransport `SSLSetProtocolVersion*` and the
 * CFStream/NSStream socket security levels, in Swift, Objective-C and Xamarin C#.
 */




// ---------------------------------------------------------------------------------------------
// J1: ATS NSExceptionMinimumTLSVersion
// ---------------------------------------------------------------------------------------------
const ATS_KEYS = /NS(?:Temporary|ThirdParty)?ExceptionMinimumTLSVersion/;
const ATS_KINDS = ['plist', 'xml', 'json', 'yaml', 'js', 'ts', 'ruby', 'toml', 'python', 'shell', 'makefile', 'other'];
const PROGRAM_KINDS = ['js', 'ts', 'ruby', 'python'];
const TEST_PATH = /(?:^|\/)(?:tests?|specs?|__tests__|testdata|fixtures?)\/|(?:^|\/)test_[^/]*$|[._-](?:test|spec)\.[a-z]+$/i;
function atsValue(raw) {
    const v = raw.trim().replace(/^@?["']|["']$/g, '');
    // Only the spellings ATS accepts: TLSv1.0 … TLSv1.3.
    return /^TLSv1\.[0-3]$/i.test(v) ? (0,src_versions/* parseVersion */.ot)(v) : undefined;
}
const atsMinimumTlsVersion = {
    meta: {
        id: 'apple/ats-minimum-tls-version',
        title: 'App Transport Security exception lowers the minimum TLS version',
        description: '`NSExceptionMinimumTLSVersion` (and `NSTemporaryExceptionMinimumTLSVersion`, `NSThirdPartyExceptionMinimumTLSVersion`) in an `NSExceptionDomains` entry of Info.plist lets the app connect to that domain with TLS 1.0 or 1.1 instead of the ATS minimum of TLS 1.2.',
        ecosystem: 'Apple platforms',
        catalogue: ['J1'],
        docs: ['https://developer.apple.com/documentation/bundleresources/information_property_list/nsapptransportsecurity/nsexceptiondomains'],
        files: { kinds: ATS_KINDS, names: /plist/ },
        keywords: /ExceptionMinimumTLSVersion/,
        fixable: true,
        safe: '<key>NSExceptionMinimumTLSVersion</key><string>TLSv1.2</string>',
        limits: 'Binary plists are not read. `NSAllowsArbitraryLoads` (which also allows plain HTTP) is broader than a TLS version and is not reported by this rule.',
    },
    *check(file, ctx) {
        const code = file.code;
        // Plist text inside a program's tests is a fixture (of a plist checker), not an app's Info.plist.
        if (PROGRAM_KINDS.includes(file.kind) && TEST_PATH.test(file.path))
            return;
        const target = ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2';
        const report = (start, end, key, valueStart, raw) => {
            const v = atsValue(raw);
            if (!v)
                return undefined;
            const lead = raw.length - raw.trimStart().length;
            const token = raw.trim().replace(/^@?["']|["']$/g, '');
            const at = valueStart + lead + raw.trim().indexOf(token);
            return {
                start,
                end,
                versions: (0,src_versions/* atLeast */.jZ)(v),
                what: `${key} ${token}`,
                instead: `\`<key>${key}</key><string>${target}</string>\` (or remove the exception)`,
                fix: { start: at, end: at + token.length, text: target },
            };
        };
        // Info.plist XML: <key>NSExceptionMinimumTLSVersion</key> <string>TLSv1.0</string>
        const plist = /<key>[ \t]*(NS(?:Temporary|ThirdParty)?ExceptionMinimumTLSVersion)[ \t]*<\/key>(?:\s|\\[nrt]){0,200}<string>([^<\n]{1,40})<\/string>/g;
        const seen = new Set();
        for (let m = plist.exec(code); m; m = plist.exec(code)) {
            const valueStart = m.index + m[0].length - '</string>'.length - m[2].length;
            const r = report(m.index, m.index + m[0].length, m[1], valueStart, m[2]);
            seen.add(m.index + m[0].indexOf(m[1]));
            if (r)
                yield r;
        }
        // PlistBuddy `Add :…:NSExceptionMinimumTLSVersion string TLSv1.0`, plutil `-insert … -string TLSv1.0`.
        const tool = /(NS(?:Temporary|ThirdParty)?ExceptionMinimumTLSVersion)(?:[ \t]+string|[ \t]+-string)?[ \t]+(["']?)(TLSv1\.[0-3])\2(?![\w.])/g;
        for (let m = tool.exec(code); m; m = tool.exec(code)) {
            if (!/[:.]$/.test(code.slice(Math.max(0, m.index - 1), m.index)) &&
                !/PlistBuddy|plutil/.test(code.slice((0,source/* lastNewline */.Ly)(code, m.index) + 1, m.index)))
                continue;
            const valueStart = m.index + m[0].length - m[2].length - m[3].length;
            seen.add(m.index);
            const r = report(m.index, m.index + m[0].length, m[1], valueStart, m[3]);
            if (r)
                yield r;
        }
        // JSON / YAML / JS objects (Expo `ios.infoPlist`, XcodeGen `info.properties`, Capacitor).
        for (const s of (0,scan_define/* findSettings */.n4)(file, ATS_KEYS, { spaceSeparated: false })) {
            if (seen.has(s.keyStart) || code[s.keyStart - 1] === '>')
                continue;
            const r = report(s.keyStart, s.end, s.key, s.valueStart, s.value);
            if (r)
                yield r;
        }
    },
    examples: {
        valid: [
            {
                file: 'App/Info.plist',
                code: '<key>NSAppTransportSecurity</key>\n<dict>\n  <key>NSExceptionDomains</key>\n  <dict>\n    <key>api.example.com</key>\n    <dict>\n      <key>NSExceptionMinimumTLSVersion</key>\n      <string>TLSv1.2</string>\n    </dict>\n  </dict>\n</dict>',
            },
            {
                file: 'ios/Runner/Info.plist',
                code: '<key>NSExceptionMinimumTLSVersion</key>\n<string>TLSv1.3</string>\n<!-- <key>NSExceptionMinimumTLSVersion</key><string>TLSv1.0</string> -->',
                note: 'commented-out exception',
            },
            {
                file: 'app.json',
                code: '{ "expo": { "ios": { "infoPlist": { "NSAppTransportSecurity": { "NSExceptionDomains": { "example.com": { "NSExceptionMinimumTLSVersion": "TLSv1.2" } } } } } } }',
            },
            {
                file: 'Info.plist',
                code: '<key>NSTemporaryExceptionMinimumTLSVersion</key>\n<string>$(ATS_MIN_TLS)</string>',
                note: 'build setting: unknown',
            },
            {
                file: 'tests/test_plist_checks.py',
                code: 'def test_flags_tls10():\n    content = """\n<key>NSExceptionMinimumTLSVersion</key>\n<string>TLSv1.0</string>\n"""\n    assert check_plist(content)',
                note: 'a plist fixture in the tests of a plist checker',
            },
            {
                file: 'Sources/ATS.swift',
                code: 'let minimum = ats["NSExceptionMinimumTLSVersion"] as? String\nif minimum == "TLSv1.0" { warn() }',
                note: 'reading the key is not setting it',
            },
        ],
        invalid: [
            {
                file: 'App/Info.plist',
                code: '<dict>\n\t<key>legacy.example.com</key>\n\t<dict>\n\t\t<key>NSIncludesSubdomains</key>\n\t\t<true/>\n\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t<string>TLSv1.0</string>\n\t</dict>\n</dict>',
                findings: ['7:11 TLSv1.0 TLSv1.1'],
                output: '<dict>\n\t<key>legacy.example.com</key>\n\t<dict>\n\t\t<key>NSIncludesSubdomains</key>\n\t\t<true/>\n\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t<string>TLSv1.2</string>\n\t</dict>\n</dict>',
            },
            {
                file: 'Info.plist',
                code: '<key>NSThirdPartyExceptionMinimumTLSVersion</key><string>TLSv1.1</string>',
                findings: ['1:1 TLSv1.1'],
                output: '<key>NSThirdPartyExceptionMinimumTLSVersion</key><string>TLSv1.2</string>',
            },
            {
                file: 'app.config.js',
                code: "export default {\n  ios: {\n    infoPlist: {\n      NSAppTransportSecurity: {\n        NSExceptionDomains: {\n          'cdn.example.com': { NSTemporaryExceptionMinimumTLSVersion: 'TLSv1.0' },\n        },\n      },\n    },\n  },\n};",
                findings: ['6:32 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'project.yml',
                code: 'targets:\n  App:\n    info:\n      properties:\n        NSAppTransportSecurity:\n          NSExceptionDomains:\n            old.example.org:\n              NSExceptionMinimumTLSVersion: TLSv1.1\n',
                findings: ['8:15 TLSv1.1'],
                note: 'XcodeGen',
            },
            {
                file: 'config.xml',
                code: '<edit-config file="*-Info.plist" mode="merge" target="NSAppTransportSecurity">\n  <dict><key>NSExceptionDomains</key><dict><key>example.net</key><dict>\n    <key>NSExceptionMinimumTLSVersion</key>\n    <string>TLSv1.0</string>\n  </dict></dict></dict>\n</edit-config>',
                findings: ['4:13 TLSv1.0 TLSv1.1'],
                note: 'Cordova config.xml',
            },
            {
                file: 'scripts/patch-ats.sh',
                code: '/usr/libexec/PlistBuddy -c "Add :NSAppTransportSecurity:NSExceptionDomains:legacy.example.com:NSExceptionMinimumTLSVersion string TLSv1.0" "$INFOPLIST"',
                findings: ['1:95 TLSv1.0 TLSv1.1'],
                output: '/usr/libexec/PlistBuddy -c "Add :NSAppTransportSecurity:NSExceptionDomains:legacy.example.com:NSExceptionMinimumTLSVersion string TLSv1.2" "$INFOPLIST"',
                note: 'PlistBuddy in a build script',
            },
            {
                file: 'tools/patch_plist.py',
                code: 'entry = "<key>" + domain + "</key><dict>"\nentry += "<key>NSExceptionMinimumTLSVersion</key>\\n<string>TLSv1.1</string>"',
                findings: ['2:11 TLSv1.1'],
                note: 'plist text built by a script',
            },
            {
                file: 'Info.plist',
                code: '<key>NSExceptionMinimumTLSVersion</key>\n<string>TLSv1.2</string>',
                floor: 'TLSv1.3',
                findings: ['2:9 TLSv1.2'],
                output: '<key>NSExceptionMinimumTLSVersion</key>\n<string>TLSv1.3</string>',
            },
        ],
    },
};
// ---------------------------------------------------------------------------------------------
// J2/J3: protocol versions in Swift, Objective-C and Xamarin code
// ---------------------------------------------------------------------------------------------
const apple_CODE_KINDS = ['swift', 'objc', 'c', 'cpp', 'csharp', 'fsharp'];
/** An Apple protocol constant: `.TLSv10`, `tls_protocol_version_TLSv11`, `kTLSProtocol1`, `.sslProtocol3`, `0x0301`. */
function appleVersion(token) {
    const t = token
        .trim()
        .replace(/^\./, '')
        .replace(/^(?:SSLProtocol|tls_protocol_version_t|TlsProtocolVersion|SslProtocol|NWProtocolTLS\.Version)\s*\.\s*/i, '')
        .toLowerCase();
    const raw = /^tls_protocol_version_t\s*\(\s*rawvalue\s*:\s*(0x[0-9a-f]{1,4}|\d{1,4})\s*\)!?$/.exec(t)?.[1] ??
        (/^(0x03\d\d|7[67]\d)$/.test(t) ? t : undefined);
    if (raw !== undefined) {
        const n = raw.startsWith('0x') ? parseInt(raw, 16) : Number(raw);
        return { 0x300: 'SSLv3', 0x301: 'TLSv1.0', 0x302: 'TLSv1.1', 0x303: 'TLSv1.2', 0x304: 'TLSv1.3' }[n];
    }
    const nw = /^(?:tls_protocol_version_)?(d?tls)v1([0-3])$/.exec(t);
    if (nw)
        return nw[1] === 'dtls' ? (nw[2] === '0' ? 'TLSv1.1' : nw[2] === '2' ? 'TLSv1.2' : undefined) : (0,src_versions/* parseVersion */.ot)(`tls1${nw[2]}`);
    const st = /^k?(ssl|tls|dtls)protocol(\d{1,2})(?:only)?$/.exec(t);
    if (st) {
        if (st[1] === 'dtls')
            return st[2] === '1' ? 'TLSv1.1' : st[2] === '12' ? 'TLSv1.2' : undefined;
        return (0,src_versions/* parseVersion */.ot)(`${st[1]}${st[2]}`);
    }
    // Xamarin: SslProtocol.Tls_1_0, TlsProtocolVersion.Tls10
    return /^(?:tls|ssl)_?\d(?:_?\d)?$/.test(t) ? (0,src_versions/* parseVersion */.ot)(t) : undefined;
}
/** The constant rewritten for `target`, in its own style (`.TLSv10` → `.TLSv12`, `kSSLProtocol3` → `kTLSProtocol12`). */
function appleRespell(token, target) {
    const digits = target === 'TLSv1.3' ? '13' : '12';
    if (/TLSv1[0-3]$/i.test(token))
        return token
            .replace(/DTLSv1[0-3]$/i, (s) => `${s.slice(0, 1)}${s.slice(1, 5)}${digits}`)
            .replace(/(?<!D)TLSv1[0-3]$/i, (s) => `${s.slice(0, 4)}${digits}`);
    const st = /^(.*?)(ssl|tls|dtls)(protocol)(\d{1,2})(only)?$/i.exec(token);
    if (st && !st[5]) {
        const proto = st[2] === 'SSL' ? 'TLS' : st[2] === 'ssl' ? 'tls' : st[2];
        return `${st[1]}${proto}${st[3]}${digits}`;
    }
    if (/^(?:\w+\.)?(?:Tls|Ssl)_?\d/i.test(token))
        return (0,evaluate/* respell */.an)(token, target);
    return undefined;
}
const VALUE = String.raw `(tls_protocol_version_t[ \t]*\([ \t]*rawValue[ \t]*:[ \t]*(?:0x[0-9a-fA-F]{1,4}|\d{1,4})[ \t]*\)!?|[A-Za-z_.][\w.]{0,80}|0x0\d{3})`;
function boundSet(b) {
    switch (b.kind) {
        case 'min':
            return (0,src_versions/* atLeast */.jZ)(b.version);
        case 'max':
            // A cap at TLS 1.2 or above does not by itself enable anything older.
            return b.version === 'TLSv1.2' || b.version === 'TLSv1.3' ? (0,src_versions/* range */.y1)('TLSv1.2', b.version) : (0,src_versions/* atMost */.Tu)(b.version);
        case 'only':
            return (0,src_versions/* setOf */.s4)(b.version);
        default:
            // SSLSetProtocolVersion(ctx, kTLSProtocol1): "TLS 1.0 preferred, lower versions allowed".
            return (0,src_versions/* range */.y1)(b.version === 'SSLv3' ? 'SSLv2' : 'SSLv3', b.version);
    }
}
function versionMatch(file, ctx, start, end, valueStart, value, bound, instead) {
    const target = bound.kind === 'max' ? 'TLSv1.3' : ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2';
    const spelled = bound.kind === 'upto' ? undefined : appleRespell(value, target);
    return {
        start,
        end,
        versions: boundSet(bound),
        what: (0,scan_define/* clip */.$Q)(file.text.slice(start, end)),
        why: bound.kind === 'max'
            ? `the maximum is ${bound.version}`
            : bound.kind === 'upto'
                ? 'SSLSetProtocolVersion also allows every lower version'
                : /dtls/i.test(value)
                    ? 'DTLS 1.0 is TLS 1.1 over datagrams'
                    : undefined,
        instead,
        fix: spelled && appleVersion(spelled) === target ? { start: valueStart, end: valueStart + value.length, text: spelled } : undefined,
    };
}
const urlSessionTlsVersion = {
    meta: {
        id: 'apple/urlsession-tls-version',
        title: 'URLSessionConfiguration allows legacy TLS',
        description: "`URLSessionConfiguration.tlsMinimumSupportedProtocolVersion` (`tls_protocol_version_t`: `.TLSv10`, `.TLSv11`), the deprecated `tlsMinimumSupportedProtocol` (`SSLProtocol`: `.tlsProtocol1`, `.sslProtocol3`, `kTLSProtocol1`) and the matching `…Maximum…` properties bound what a URLSession negotiates. A minimum of TLS 1.0/1.1 or a maximum below TLS 1.2 enables legacy versions. Xamarin's `NSUrlSessionConfiguration.TlsMinimumSupportedProtocol(Version)` is the same property.",
        ecosystem: 'Apple platforms',
        catalogue: ['J2'],
        docs: ['https://developer.apple.com/documentation/foundation/urlsessionconfiguration/3674552-tlsminimumsupportedprotocolversi'],
        files: { kinds: apple_CODE_KINDS },
        keywords: /SupportedProtocol/,
        fixable: true,
        safe: 'configuration.tlsMinimumSupportedProtocolVersion = .TLSv12',
        limits: 'A value computed at run time or passed in a variable is not followed.',
    },
    *check(file, ctx) {
        const code = file.code;
        const re = new RegExp(String.raw `(?<![\w])(?:set)?(tls|TLS|Tls)(Minimum|Maximum)SupportedProtocol(?:Version)?(?:[ \t]*=(?![=])|[ \t]*:(?!:))[ \t]*(?:\([\w ]{1,40}\)[ \t]*)?${VALUE}`, 'g');
        for (let m = re.exec(code); m; m = re.exec(code)) {
            // Not a comparison: `x.tlsMinimumSupportedProtocolVersion == .TLSv10` has no single `=`.
            const before = code.slice(Math.max(0, m.index - 12), m.index);
            if (/(?:case|==|!=)[ \t]*[\w.]*$/.test(before))
                continue;
            const value = m[3];
            const v = appleVersion(value);
            if (!v)
                continue;
            const max = m[2] === 'Maximum';
            const valueStart = m.index + m[0].length - value.length;
            const key = `${m[1]}${m[2]}SupportedProtocol`;
            yield versionMatch(file, ctx, m.index, m.index + m[0].length, valueStart, value, { kind: max ? 'max' : 'min', version: v }, max
                ? '`tlsMaximumSupportedProtocolVersion = .TLSv13` (or leave the maximum unset)'
                : ctx.floor === 'TLSv1.3'
                    ? '`tlsMinimumSupportedProtocolVersion = .TLSv13`'
                    : `\`tlsMinimumSupportedProtocolVersion = .TLSv12\`${/Version/.test(m[0]) ? '' : ` (\`${key}\` is deprecated)`}`);
        }
    },
    examples: {
        valid: [
            {
                file: 'Sources/Net/Session.swift',
                code: 'let config = URLSessionConfiguration.default\nconfig.tlsMinimumSupportedProtocolVersion = .TLSv12',
            },
            {
                file: 'Sources/Net/Session.swift',
                code: 'config.tlsMinimumSupportedProtocolVersion = tls_protocol_version_t.TLSv13\nconfig.tlsMaximumSupportedProtocolVersion = .TLSv13',
            },
            {
                file: 'Sources/Net/Audit.swift',
                code: 'if config.tlsMinimumSupportedProtocolVersion == .TLSv10 {\n    logger.warning("TLS 1.0 allowed")\n}',
                note: 'a comparison',
            },
            {
                file: 'Classes/Client.m',
                code: '// config.TLSMinimumSupportedProtocol = kTLSProtocol1;\nconfig.TLSMinimumSupportedProtocol = kTLSProtocol12;',
                note: 'commented out; kTLSProtocol12 is not kTLSProtocol1',
            },
            { file: 'Sources/Net/Session.swift', code: 'config.tlsMinimumSupportedProtocolVersion = minimumVersion', note: 'variable' },
        ],
        invalid: [
            {
                file: 'Sources/Net/Session.swift',
                code: 'let config = URLSessionConfiguration.ephemeral\nconfig.tlsMinimumSupportedProtocolVersion = .TLSv10',
                findings: ['2:8 TLSv1.0 TLSv1.1'],
                output: 'let config = URLSessionConfiguration.ephemeral\nconfig.tlsMinimumSupportedProtocolVersion = .TLSv12',
            },
            {
                file: 'Sources/Legacy.swift',
                code: 'configuration.tlsMinimumSupportedProtocol = .tlsProtocol1',
                findings: ['1:15 TLSv1.0 TLSv1.1'],
                output: 'configuration.tlsMinimumSupportedProtocol = .tlsProtocol12',
            },
            {
                file: 'Classes/HTTPClient.m',
                code: 'NSURLSessionConfiguration *config = [NSURLSessionConfiguration defaultSessionConfiguration];\nconfig.TLSMinimumSupportedProtocol = kSSLProtocol3;',
                findings: ['2:8 SSLv3 TLSv1.0 TLSv1.1'],
                output: 'NSURLSessionConfiguration *config = [NSURLSessionConfiguration defaultSessionConfiguration];\nconfig.TLSMinimumSupportedProtocol = kTLSProtocol12;',
            },
            {
                file: 'Sources/Net/Session.swift',
                code: 'config.tlsMaximumSupportedProtocolVersion = tls_protocol_version_t.TLSv11',
                findings: ['1:8 TLSv1.0 TLSv1.1'],
                output: 'config.tlsMaximumSupportedProtocolVersion = tls_protocol_version_t.TLSv13',
            },
            {
                file: 'Classes/Client.m',
                code: '[config setTLSMinimumSupportedProtocolVersion:tls_protocol_version_TLSv11];',
                findings: ['1:9 TLSv1.1'],
            },
            {
                file: 'iOS/NativeHandler.cs',
                code: 'var config = NSUrlSessionConfiguration.DefaultSessionConfiguration;\nconfig.TlsMinimumSupportedProtocol = SslProtocol.Tls_1_0;',
                findings: ['2:8 TLSv1.0 TLSv1.1'],
                note: 'Xamarin.iOS',
            },
        ],
    },
};
const STREAM_LEVELS = { tlsv1: 'TLSv1.0', sslv3: 'SSLv3', sslv2: 'SSLv2' };
const networkTlsVersion = {
    meta: {
        id: 'apple/network-tls-version',
        title: 'Network.framework, SecureTransport or CFStream allows legacy TLS',
        description: 'Network.framework `sec_protocol_options_set_min_tls_protocol_version(options, .TLSv10)` (and the deprecated `sec_protocol_options_set_tls_min_version`), SecureTransport `SSLSetProtocolVersionMin(ctx, kTLSProtocol1)`, `SSLSetProtocolVersionEnabled(ctx, kSSLProtocol3, true)`, `SSLSetProtocolVersion`, and the stream security levels `kCFStreamSocketSecurityLevelTLSv1` / `NSStreamSocketSecurityLevelSSLv3` let connections use TLS 1.0, 1.1 or SSL.',
        ecosystem: 'Apple platforms',
        catalogue: ['J3'],
        docs: [
            'https://developer.apple.com/documentation/security/2976223-sec_protocol_options_set_min_tls',
            'https://developer.apple.com/documentation/security/1392882-sslsetprotocolversionmin',
            'https://developer.apple.com/documentation/foundation/nsstreamsocketsecuritylevel',
        ],
        files: { kinds: apple_CODE_KINDS },
        keywords: /sec_protocol_options_set|SSLSetProtocolVersion|SocketSecurityLevel/,
        fixable: true,
        safe: 'sec_protocol_options_set_min_tls_protocol_version(options, .TLSv12)',
        limits: 'Values passed in variables are not followed; `kCFStreamSocketSecurityLevelNegotiatedSSL` leaves the choice to the system and is not reported.',
    },
    *check(file, ctx) {
        const code = file.code;
        const floorName = ctx.floor === 'TLSv1.3' ? 'TLSv13' : 'TLSv12';
        const call = new RegExp(String.raw `\b(sec_protocol_options_set_(min|max)_tls_protocol_version|sec_protocol_options_set_tls_(min|max)_version|SSLSetProtocolVersion(Min|Max|Enabled)?)[ \t]*\(\s{0,40}[^,;(){}]{1,200}?,\s{0,40}${VALUE}\s{0,40}(?:,\s{0,40}(\w{1,10})\s{0,40})?\)`, 'g');
        for (let m = call.exec(code); m; m = call.exec(code)) {
            const fn = m[1];
            const value = m[5];
            const v = appleVersion(value);
            if (!v)
                continue;
            const mode = (m[2] ?? m[3] ?? m[4] ?? '').toLowerCase();
            let bound;
            if (mode === 'min')
                bound = { kind: 'min', version: v };
            else if (mode === 'max')
                bound = { kind: 'max', version: v };
            else if (mode === 'enabled') {
                if (!/^(?:true|YES|1|TRUE)$/.test(m[6] ?? ''))
                    continue;
                bound = { kind: 'only', version: v };
            }
            else
                bound = /only$/i.test(value) ? { kind: 'only', version: v } : { kind: 'upto', version: v };
            const valueStart = m.index + m[0].indexOf(value, m[0].indexOf(','));
            const instead = fn.startsWith('sec_protocol')
                ? bound.kind === 'max'
                    ? '`sec_protocol_options_set_max_tls_protocol_version(options, .TLSv13)` (or no maximum)'
                    : `\`sec_protocol_options_set_min_tls_protocol_version(options, .${floorName})\``
                : bound.kind === 'max'
                    ? '`SSLSetProtocolVersionMax(ctx, kTLSProtocol13)`'
                    : `\`SSLSetProtocolVersionMin(ctx, kTLSProtocol${floorName.slice(-2)})\` (or Network.framework)`;
            yield versionMatch(file, ctx, m.index, m.index + m[0].length, valueStart, value, bound, instead);
        }
        // Stream security levels, where they are set (not compared).
        const level = /\b(?:kCF|NS)StreamSocketSecurityLevel(TLSv1|SSLv3|SSLv2)\b|\bStreamSocketSecurityLevel\.(tlSv1|ssLv3|ssLv2)\b/g;
        for (let m = level.exec(code); m; m = level.exec(code)) {
            const lineStart = (0,source/* lastNewline */.Ly)(code, m.index) + 1;
            const before = code.slice(Math.max(lineStart, m.index - 200), m.index);
            if (/(?:\bcase|==|!=|isEqual\w*:|\breturn)[ \t(@]*$/.test(before))
                continue;
            // Set, not listed: after `=`, `:` (message argument, dictionary value), `?` (ternary), `,`
            // (CFReadStreamSetProperty(s, key, level)) or `(` of a setter — not `DB_LOG(level, "level")`.
            const context = /([=:?,([{])[ \t]*(?:\((?:__bridge[ \t]+)?\w+[ \t]*\*?\)[ \t]*)?$/.exec(before);
            if (!context)
                continue;
            if ((context[1] === '(' || context[1] === '[' || context[1] === '{') &&
                !/(?:[Ss]etProperty|setValue|setObject)[ \t]*\([ \t]*(?:\((?:__bridge[ \t]+)?\w+[ \t]*\*?\)[ \t]*)?$/.test(before))
                continue;
            if (/==[^=]{0,80}$|!=[^=]{0,80}$/.test(before))
                continue;
            const v = STREAM_LEVELS[(m[1] ?? m[2]).toLowerCase()];
            yield {
                start: m.index,
                end: m.index + m[0].length,
                versions: v === 'TLSv1.0' ? (0,src_versions/* atLeast */.jZ)('TLSv1.0') : v === 'SSLv3' ? (0,src_versions/* atLeast */.jZ)('SSLv3') : (0,src_versions/* setOf */.s4)('SSLv2', 'SSLv3'),
                what: m[0],
                why: `the ${m[1] ?? m[2]} level allows ${v}`,
                instead: '`NSStreamSocketSecurityLevelNegotiatedSSL` (the system default, TLS 1.2+), or Network.framework with `sec_protocol_options_set_min_tls_protocol_version(options, .TLSv12)`',
                fix: m[1]
                    ? { start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, text: 'NegotiatedSSL' }
                    : { start: m.index + m[0].length - m[2].length, end: m.index + m[0].length, text: 'negotiatedSSL' },
            };
        }
    },
    examples: {
        valid: [
            {
                file: 'Sources/Transport/TLS.swift',
                code: 'let tls = NWProtocolTLS.Options()\nsec_protocol_options_set_min_tls_protocol_version(tls.securityProtocolOptions, .TLSv12)',
            },
            {
                file: 'Sources/Transport/TLS.swift',
                code: 'sec_protocol_options_set_max_tls_protocol_version(tls.securityProtocolOptions, .TLSv13)',
                note: 'a maximum of 1.3',
            },
            {
                file: 'Classes/Socket.m',
                code: 'SSLSetProtocolVersionMin(ctx, kTLSProtocol12);\nSSLSetProtocolVersionEnabled(ctx, kSSLProtocol3, false);',
                note: 'disabling SSL 3.0',
            },
            {
                file: 'Classes/Socket.m',
                code: 'if ([level isEqualToString:NSStreamSocketSecurityLevelTLSv1]) { NSLog(@"TLS1"); }\nswitch (lvl) { case kCFStreamSocketSecurityLevelSSLv3: break; }',
                note: 'comparisons and switch cases',
            },
            {
                file: 'Classes/Socket.m',
                code: '[settings setObject:NSStreamSocketSecurityLevelNegotiatedSSL forKey:NSStreamSocketSecurityLevelKey];',
                note: 'protocol-neutral level',
            },
            {
                file: 'Headers/NSStream.h',
                code: 'FOUNDATION_EXPORT NSString * const NSStreamSocketSecurityLevelTLSv1;\nLOG_CONSTANT(NSStreamSocketSecurityLevelSSLv3, "NSStreamSocketSecurityLevelSSLv3");',
                note: 'declarations and lists of the constants',
            },
            {
                file: 'Sources/Transport/TLS.swift',
                code: 'sec_protocol_options_set_max_tls_protocol_version(sec, maxVersion ?? .TLSv13)\nSSLSetProtocolVersionMin(ctx, protocolMin);',
                note: 'values computed at run time',
            },
            {
                file: 'Sources/Transport/TLS.swift',
                code: '// sec_protocol_options_set_min_tls_protocol_version(opts, .TLSv10)\nsec_protocol_options_set_min_tls_protocol_version(opts, minimum)',
                note: 'comment; variable',
            },
        ],
        invalid: [
            {
                file: 'Sources/Transport/TLS.swift',
                code: 'let options = NWProtocolTLS.Options()\nsec_protocol_options_set_min_tls_protocol_version(options.securityProtocolOptions, .TLSv10)',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                output: 'let options = NWProtocolTLS.Options()\nsec_protocol_options_set_min_tls_protocol_version(options.securityProtocolOptions, .TLSv12)',
            },
            {
                file: 'Sources/Transport/TLS.swift',
                code: 'sec_protocol_options_set_tls_min_version(sec, .tlsProtocol11)',
                findings: ['1:1 TLSv1.1'],
                output: 'sec_protocol_options_set_tls_min_version(sec, .tlsProtocol12)',
            },
            {
                file: 'Classes/GCDSocket.m',
                code: 'SSLSetProtocolVersionMin(sslContext, kTLSProtocol1);',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                output: 'SSLSetProtocolVersionMin(sslContext, kTLSProtocol12);',
            },
            {
                file: 'Classes/GCDSocket.m',
                code: 'status = SSLSetProtocolVersionEnabled(sslContext, kSSLProtocol3, YES);',
                findings: ['1:10 SSLv3'],
            },
            {
                file: 'Classes/Stream.m',
                code: 'NSDictionary *settings = @{ (__bridge NSString *)kCFStreamSSLLevel: (__bridge NSString *)kCFStreamSocketSecurityLevelTLSv1 };',
                findings: ['1:90 TLSv1.0 TLSv1.1'],
                output: 'NSDictionary *settings = @{ (__bridge NSString *)kCFStreamSSLLevel: (__bridge NSString *)kCFStreamSocketSecurityLevelNegotiatedSSL };',
            },
            {
                file: 'Sources/Transport/Listener.swift',
                code: 'sec_protocol_options_set_min_tls_protocol_version(\n    options.securityProtocolOptions,\n    .TLSv11\n)',
                findings: ['3:6 TLSv1.1'],
                output: 'sec_protocol_options_set_min_tls_protocol_version(\n    options.securityProtocolOptions,\n    .TLSv12\n)',
                note: 'arguments on their own lines',
            },
            {
                file: 'Classes/WebSocket.m',
                code: '[iStream setProperty:NSStreamSocketSecurityLevelTLSv1 forKey:NSStreamSocketSecurityLevelKey];',
                findings: ['1:22 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'Sources/HTTPConnection.swift',
                code: 'let securityLevel = scheme.isSecure ? NSStreamSocketSecurityLevelTLSv1 : NSStreamSocketSecurityLevelNone\ninput?.setProperty(securityLevel, forKey: NSStreamSocketSecurityLevelKey)',
                findings: ['1:39 TLSv1.0 TLSv1.1'],
                note: 'chosen in a ternary',
            },
            {
                file: 'Sources/Stream.swift',
                code: 'inputStream.setProperty(StreamSocketSecurityLevel.ssLv3, forKey: .socketSecurityLevelKey)',
                findings: ['1:25 SSLv3 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'Classes/Socket.m',
                code: 'SSLSetProtocolVersionMax(ctx, kTLSProtocol11);',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                output: 'SSLSetProtocolVersionMax(ctx, kTLSProtocol13);',
            },
        ],
    },
};
const apple_rules = [atsMinimumTlsVersion, urlSessionTlsVersion, networkTlsVersion];

;// CONCATENATED MODULE: ./src/scan/rules/cli/shared.ts


const SCRIPT_KINDS = [
    'shell',
    'dockerfile',
    'makefile',
    'yaml',
    'batch',
    'powershell',
    'groovy',
    'json',
    'toml',
    'hcl',
    'python',
    'ruby',
    'js',
    'ts',
    'perl',
    'env',
    'ini',
    'conf',
    'xml',
    'other',
];
/** `clip`, with shell line continuations (`\` before a line break) folded too. */
function clipCommand(text) {
    return (0,scan_define/* clip */.$Q)(text.replace(/\\(?=\r?\n)/g, ''));
}
/**
 * Where the command that starts at `from` ends: the end of the line (a trailing `\`, backtick or
 * `^` continues it), or an unquoted `|`, `;`, `&`, `)` or backtick. At most 3000 characters.
 */
function commandEnd(code, from) {
    let quote;
    const limit = Math.min(code.length, from + 3000);
    let i = from;
    for (; i < limit; i++) {
        const ch = code[i];
        if (ch === '\n') {
            const prev = code.slice(Math.max(from, i - 2), i).replace(/\r$/, '');
            if (/[\\`^]$/.test(prev))
                continue;
            break;
        }
        if (quote) {
            if (ch === quote)
                quote = undefined;
            continue;
        }
        if (ch === '"' || ch === "'")
            quote = ch;
        else if (ch === '|' || ch === ';' || ch === '&' || ch === ')' || (ch === '`' && code[i + 1] !== '\n' && code[i + 1] !== '\r'))
            break;
    }
    return i;
}
/**
 * Whether the text at `at` is only printed for a human: an argument of `echo`/`printf`/`Write-Host`
 * on a line that neither redirects the output into a file, pipes it to a shell, nor runs a
 * command substitution before `at` (`echo "wget --secure-protocol=TLSv1 $URL"`).
 */
function printedOnly(code, at) {
    const lineStart = (0,source/* lastNewline */.Ly)(code, at - 1) + 1;
    let lineEnd = (0,source/* nextNewline */.m8)(code, at);
    if (lineEnd < 0)
        lineEnd = code.length;
    const before = code.slice(lineStart, at);
    const echo = /(?:^|[\s;&|(])(?:echo|printf|Write-Host|Write-Output)[ \t]+/g;
    let last = -1;
    for (let m = echo.exec(before); m; m = echo.exec(before))
        last = m.index + m[0].length;
    if (last < 0)
        return false;
    const args = before.slice(last);
    if (/\$\(|`|[;&|]/.test(args))
        return false;
    return !/>|\btee\b|\|[ \t]*(?:sudo[ \t]+)?(?:ba|z|da)?sh\b|\beval\b|Out-File|Set-Content|Add-Content/.test(code.slice(lineStart, lineEnd));
}
const WORD_BREAK = /[\s,[\]()]/;
/**
 * The words of a command between `from` and `to`, shell-style: quoted parts belong to the word they
 * touch, so `-d '{"n": -1}'` is one word that does not start with `-`. Commas and brackets also
 * separate words (`["curl", "--tlsv1", url]`).
 */
function wordsIn(code, from, to) {
    const words = [];
    let i = from;
    while (i < to) {
        if (WORD_BREAK.test(code[i]) || (code[i] === '\\' && (code[i + 1] === '\n' || code[i + 1] === '\r'))) {
            i++;
            continue;
        }
        let text = '';
        let textStart = -1;
        while (i < to && !WORD_BREAK.test(code[i])) {
            const c = code[i];
            if (c === '"' || c === "'") {
                let close = code.indexOf(c, i + 1);
                if (close < 0 || close > to)
                    close = to;
                if (textStart < 0)
                    textStart = i + 1;
                text += code.slice(i + 1, close);
                i = close + 1;
            }
            else {
                if (textStart < 0)
                    textStart = i;
                text += c;
                i++;
            }
        }
        if (textStart >= 0)
            words.push({ text, textStart });
    }
    return words;
}
/** The flags of a command between `from` and `to`, with the word after each (or the part after `=`). */
function flagsIn(code, from, to) {
    const words = wordsIn(code, from, to);
    const flags = [];
    words.forEach((w, k) => {
        const m = /^(--?[A-Za-z0-9][\w.-]{0,40})(?:=(.*))?$/.exec(w.text);
        if (!m)
            return;
        const next = words[k + 1];
        const value = m[2] !== undefined
            ? { text: m[2].replace(/^["']|["']$/g, ''), start: w.textStart + m[1].length + 1 + (/^["']/.test(m[2]) ? 1 : 0) }
            : next && /^[\w.]{1,20}$/.test(next.text)
                ? { text: next.text, start: next.textStart }
                : undefined;
        flags.push({ name: m[1], start: w.textStart, end: w.textStart + m[1].length, value });
    });
    return flags;
}

;// CONCATENATED MODULE: ./src/scan/rules/cli/curl.ts



// ---------------------------------------------------------------------------------------------
// K1: curl
// ---------------------------------------------------------------------------------------------
const curl_CURL_MIN = {
    '--tlsv1': 'TLSv1.0',
    '-1': 'TLSv1.0',
    '--tlsv1.0': 'TLSv1.0',
    '--tlsv1.1': 'TLSv1.1',
    '--tlsv1.2': 'TLSv1.2',
    '--tlsv1.3': 'TLSv1.3',
};
const CURL_ONLY = { '--sslv3': 'SSLv3', '-3': 'SSLv3', '--sslv2': 'SSLv2', '-2': 'SSLv2' };
const curl_CURL_MAX = { '1.0': 'TLSv1.0', '1.1': 'TLSv1.1', '1.2': 'TLSv1.2', '1.3': 'TLSv1.3' };
function* curlMatches(file, ctx, flags, proxyToo = true) {
    let min;
    let only;
    let max;
    let proxy;
    for (const f of flags) {
        const name = f.name.toLowerCase();
        if (name in curl_CURL_MIN) {
            min = { flag: f, version: curl_CURL_MIN[name] };
            only = undefined;
        }
        else if (name in CURL_ONLY) {
            only = { flag: f, version: CURL_ONLY[name] };
            min = undefined;
        }
        else if (name === '--tls-max' && f.value && f.value.text in curl_CURL_MAX)
            max = { flag: f, version: curl_CURL_MAX[f.value.text] };
        else if (name === '--proxy-tlsv1' && proxyToo)
            proxy = f;
    }
    const target = ctx.floor === 'TLSv1.3' ? '--tlsv1.3' : '--tlsv1.2';
    const what = (f, v) => clipCommand(file.text.slice(f.start, v && f.value ? f.value.start + f.value.text.length : f.end));
    if (only) {
        yield {
            start: only.flag.start,
            end: only.flag.end,
            versions: (0,src_versions/* setOf */.s4)(only.version),
            what: `curl ${what(only.flag)}`,
            why: `${only.flag.name} forces ${only.version}`,
            instead: `\`${target}\``,
            fix: { start: only.flag.start, end: only.flag.end, text: target },
        };
    }
    else if (min || (max && (0,src_versions/* below */.Gz)((0,src_versions/* setOf */.s4)(max.version), ctx.floor) !== 0)) {
        // A cap alone at or above the floor leaves curl's default minimum, as a command without
        // flags does: only a legacy cap (or a legacy minimum) is a finding.
        const lo = min?.version ?? 'TLSv1.0';
        const hi = max?.version ?? 'TLSv1.3';
        const versions = (0,src_versions/* range */.y1)(lo, hi);
        if (versions !== 0) {
            const minLegacy = min !== undefined && (0,src_versions/* below */.Gz)((0,src_versions/* setOf */.s4)(min.version), ctx.floor) !== 0;
            const at = minLegacy || !max ? min.flag : max.flag;
            const maxLegacy = max !== undefined && (0,src_versions/* below */.Gz)((0,src_versions/* setOf */.s4)(max.version), ctx.floor) !== 0;
            const fix = minLegacy && !maxLegacy
                ? { start: min.flag.start, end: min.flag.end, text: target }
                : !minLegacy && maxLegacy && max?.flag.value
                    ? { start: max.flag.value.start, end: max.flag.value.start + max.flag.value.text.length, text: '1.3' }
                    : undefined;
            yield {
                start: at.start,
                end: at === max?.flag && max.flag.value ? max.flag.value.start + max.flag.value.text.length : at.end,
                versions,
                what: `curl ${[min && what(min.flag), max && what(max.flag, 'v')].filter(Boolean).join(' ')}`,
                why: !min
                    ? `the maximum is ${hi}`
                    : min.version === 'TLSv1.0' && /^(?:--tlsv1|-1)$/i.test(min.flag.name)
                        ? `${min.flag.name} means TLS 1.0 or later`
                        : max
                            ? `${min.flag.name} … --tls-max ${max.flag.value?.text}`
                            : `${min.flag.name} is a minimum`,
                instead: `\`${target}\`${maxLegacy ? ' without `--tls-max`' : ''}`,
                fix,
            };
        }
    }
    if (proxy) {
        yield {
            start: proxy.start,
            end: proxy.end,
            versions: (0,src_versions/* atLeast */.jZ)('TLSv1.0'),
            what: `curl ${proxy.name}`,
            why: 'the proxy connection may use TLS 1.0 or later',
            instead: `\`--proxy-tlsv1\` removed, and \`${target}\` for the target`,
        };
    }
}
const CURLRC_LINE = /^[ \t]*(?:--)?(tlsv1(?:\.[0-3])?|sslv[23]|tls-max|proxy-tlsv1)\b(?:[ \t]*[=:]?[ \t]*"?([\d.]{1,5}|default)"?)?[ \t]*\r?$/gim;
const curlTlsVersion = {
    meta: {
        id: 'cli/curl-tls-version',
        title: 'curl is told to use legacy TLS',
        description: "curl's `-1`/`--tlsv1`, `--tlsv1.0` and `--tlsv1.1` set the *minimum* version (TLS 1.0 or 1.1 and later), `-3`/`--sslv3` and `-2`/`--sslv2` force SSL, and `--tls-max 1.0|1.1` caps the connection at a legacy version. `--tlsv1.2` and `--tlsv1.3` are safe minimums. The same options can sit in a `.curlrc` (without the dashes).",
        ecosystem: 'Scripts, CLI & CI',
        catalogue: ['K1'],
        docs: ['https://curl.se/docs/manpage.html#--tlsv1', 'https://curl.se/docs/manpage.html#--tls-max'],
        files: { kinds: SCRIPT_KINDS, names: /curlrc$/ },
        keywords: /curl|tlsv1|sslv2|sslv3|tls-max/,
        fixable: true,
        safe: 'curl --tlsv1.2 --proto =https https://example.com',
        limits: "Options held in variables that are not named after curl, or built at run time, are not followed; curl's own default minimum depends on its version and TLS library.",
    },
    *check(file, ctx) {
        const code = file.code;
        if (/curlrc$/.test(file.name)) {
            const flags = [];
            for (const m of code.matchAll(CURLRC_LINE)) {
                const start = m.index + m[0].indexOf(m[1]);
                const name = `--${m[1].toLowerCase()}`;
                const valueAt = m[2] ? m.index + m[0].lastIndexOf(m[2]) : undefined;
                flags.push({ name, start, end: start + m[1].length, value: m[2] ? { text: m[2], start: valueAt } : undefined });
            }
            for (const match of curlMatches(file, ctx, flags)) {
                // In .curlrc the option has no dashes: keep that style in the fix.
                const fix = match.fix && match.fix.text.startsWith('--') && !file.text.slice(match.fix.start - 2, match.fix.start).startsWith('--')
                    ? { ...match.fix, text: match.fix.text.slice(2) }
                    : match.fix;
                yield { ...match, fix };
            }
            return;
        }
        // curl invocations: `curl …`, `/usr/bin/curl …`, `curl.exe …`, `["curl", …]`, `$(CURL) …`.
        const re = /(?<![\w.-])curl(?:\.exe)?(?:["']|\)|\})?(?=[\s,\]]|$)/gi;
        for (let m = re.exec(code); m; m = re.exec(code)) {
            const start = m.index + m[0].length;
            const end = commandEnd(code, start);
            if (printedOnly(code, m.index)) {
                re.lastIndex = Math.max(re.lastIndex, end);
                continue;
            }
            yield* curlMatches(file, ctx, flagsIn(code, start, end));
            re.lastIndex = Math.max(re.lastIndex, end);
        }
        // Options kept in a variable named after curl: CURL_OPTS="--tlsv1 -sS", curl_args: --tlsv1.1
        const vars = /curl\w{0,30}[ \t]*(?:\+?=|:)[ \t]*/gi;
        for (let m = vars.exec(code); m; m = vars.exec(code)) {
            let nameStart = m.index;
            while (nameStart > 0 && m.index - nameStart < 30 && /\w/.test(code[nameStart - 1]))
                nameStart--;
            const name = code.slice(nameStart, m.index + m[0].length).replace(/[ \t]*(?:\+?=|:)[ \t]*$/, '');
            if (/^curl$/i.test(name))
                continue;
            let start = m.index + m[0].length;
            const lineEnd = (0,source/* nextNewline */.m8)(code, start);
            let end = lineEnd < 0 ? code.length : lineEnd;
            // A quoted value is a command line of its own: CURL_OPTS="-sS --tlsv1".
            const q = code[start];
            if (q === '"' || q === "'") {
                const close = code.indexOf(q, start + 1);
                if (close > 0 && close < end)
                    end = close;
                start++;
            }
            yield* curlMatches(file, ctx, flagsIn(code, start, end));
        }
    },
    examples: {
        valid: [
            { file: 'scripts/install.sh', code: 'curl --proto =https --tlsv1.2 -sSf https://sh.rustup.rs | sh', note: '--tlsv1.2 is a minimum' },
            {
                file: 'Dockerfile',
                code: 'RUN curl -fsSL --tlsv1.3 https://example.com/key.gpg | gpg --dearmor -o /usr/share/keyrings/example.gpg',
            },
            {
                file: '.gitlab-ci.yml',
                code: 'deploy:\n  script:\n    - curl -k --tls-max 1.3 -X POST https://old-appliance.local/api/deploy',
                note: 'a cap alone at or above the floor leaves the default minimum, like no flag (what the fix of a legacy cap writes)',
            },
            {
                file: '.github/workflows/ci.yml',
                code: 'steps:\n  - run: curl --tlsv1.2 --tls-max 1.2 -o out.json https://api.example.com/v1',
                note: 'a range of exactly TLS 1.2',
            },
            {
                file: 'ci/check.sh',
                code: 'curl -s https://example.com/versions.txt | tail -1\nls -1 /etc/ssl/certs | head -3',
                note: '-1 and -3 belong to tail, ls and head',
            },
            {
                file: 'scripts/fetch.sh',
                code: '# curl --tlsv1 https://legacy.example.com\ncurl --tlsv1.2 https://example.com',
                note: 'commented out',
            },
            { file: 'Makefile', code: 'fetch:\n\tcurl -sSL "https://example.com/data?offset=-1" -o data.json', note: '-1 inside a URL' },
            {
                file: 'scripts/seed.sh',
                code: 'curl -s -X POST -H "Content-Type: application/json" -d \'{"limit": -1, "mode": "--tlsv1"}\' "$API/items"',
                note: 'flags inside a quoted body are data',
            },
            { file: '.curlrc', code: 'tlsv1.2\nproto = "=https"\n' },
            {
                file: 'scripts/hint.sh',
                code: 'echo "If the appliance refuses, retry with: curl --tlsv1.0 https://$APPLIANCE/api"',
                note: 'advice printed for a human',
            },
        ],
        invalid: [
            {
                file: 'scripts/install.sh',
                code: 'curl --tlsv1 -sSL https://legacy.example.com/install.sh | bash',
                findings: ['1:6 TLSv1.0 TLSv1.1'],
                output: 'curl --tlsv1.2 -sSL https://legacy.example.com/install.sh | bash',
            },
            {
                file: 'Dockerfile',
                code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl \\\n && curl -fsSL \\\n      --tlsv1.1 \\\n      https://old.example.com/tool.tar.gz | tar xz',
                findings: ['4:7 TLSv1.1'],
                note: 'continued lines',
            },
            {
                file: '.gitlab-ci.yml',
                code: 'deploy:\n  script:\n    - curl -k --tls-max 1.1 -X POST https://old-appliance.local/api/deploy',
                findings: ['3:15 TLSv1.0 TLSv1.1'],
                output: 'deploy:\n  script:\n    - curl -k --tls-max 1.3 -X POST https://old-appliance.local/api/deploy',
            },
            {
                file: 'bin/healthcheck',
                code: '#!/bin/sh\nexec /usr/bin/curl -1 -s -o /dev/null https://localhost:8443/health',
                findings: ['2:20 TLSv1.0 TLSv1.1'],
                output: '#!/bin/sh\nexec /usr/bin/curl --tlsv1.2 -s -o /dev/null https://localhost:8443/health',
            },
            {
                file: 'tools/probe.py',
                code: 'subprocess.run(["curl", "--sslv3", "-s", url], check=True)',
                findings: ['1:26 SSLv3'],
            },
            {
                file: 'scripts/env.sh',
                code: 'CURL_OPTS="-sS --retry 3 --tlsv1.0"\ncurl $CURL_OPTS "$URL"',
                findings: ['1:26 TLSv1.0 TLSv1.1'],
                note: 'options kept in a variable',
            },
            {
                file: '.curlrc',
                code: '# defaults\nsilent\ntlsv1\n',
                findings: ['3:1 TLSv1.0 TLSv1.1'],
                output: '# defaults\nsilent\ntlsv1.2\n',
            },
            {
                file: 'scripts/fetch.sh',
                code: 'curl --tlsv1.2 https://example.com/a.json',
                floor: 'TLSv1.3',
                findings: ['1:6 TLSv1.2'],
                output: 'curl --tlsv1.3 https://example.com/a.json',
            },
        ],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/cli/wget.ts


// ---------------------------------------------------------------------------------------------
// K2: wget --secure-protocol
// ---------------------------------------------------------------------------------------------
const WGET_PROTOCOLS = {
    sslv2: (0,src_versions/* setOf */.s4)('SSLv2'),
    sslv3: (0,src_versions/* setOf */.s4)('SSLv3'),
    tlsv1: (0,src_versions/* atLeast */.jZ)('TLSv1.0'),
    tlsv1_1: (0,src_versions/* atLeast */.jZ)('TLSv1.1'),
    tlsv1_2: (0,src_versions/* atLeast */.jZ)('TLSv1.2'),
    tlsv1_3: (0,src_versions/* atLeast */.jZ)('TLSv1.3'),
};
const wgetSecureProtocol = {
    meta: {
        id: 'cli/wget-secure-protocol',
        title: 'wget --secure-protocol selects legacy TLS',
        description: '`wget --secure-protocol=TLSv1` (TLS 1.0 and later with current OpenSSL builds), `TLSv1_1`, `SSLv3` and `SSLv2` let wget use legacy versions; `secureprotocol = …` in `.wgetrc` / `/etc/wgetrc` does the same for every call. `auto`, `TLSv1_2`, `TLSv1_3` and `PFS` are not legacy.',
        ecosystem: 'Scripts, CLI & CI',
        catalogue: ['K2'],
        docs: ['https://www.gnu.org/software/wget/manual/wget.html#index-SSL-protocol_002c-choose'],
        files: { kinds: SCRIPT_KINDS, names: /wgetrc$/ },
        keywords: /secure-protocol|secure_protocol|secureprotocol/,
        fixable: true,
        safe: 'wget --secure-protocol=TLSv1_2 https://example.com/file',
    },
    *check(file, ctx) {
        const code = file.code;
        const target = ctx.floor === 'TLSv1.3' ? 'TLSv1_3' : 'TLSv1_2';
        const re = /wgetrc$/.test(file.name)
            ? /^[ \t]*(secure[-_]?protocol)[ \t]*=[ \t]*(["']?)(\w{1,10})\2/gim
            : /(?<=(?:^|[\s,[(])["']?)(--secure-protocol)(?:=|[ \t]+)(["']?)(\w{1,10})\2(?![\w.])/gi;
        for (let m = re.exec(code); m; m = re.exec(code)) {
            const versions = WGET_PROTOCOLS[m[3].toLowerCase()];
            if (versions === undefined || printedOnly(code, m.index))
                continue;
            const valueStart = m.index + m[0].length - m[2].length - m[3].length;
            yield {
                start: m.index,
                end: m.index + m[0].length,
                versions,
                what: clipCommand(m[0]),
                why: /^tlsv1$/i.test(m[3]) ? 'TLSv1 means TLS 1.0 or later' : undefined,
                instead: `\`--secure-protocol=${target}\``,
                fix: { start: valueStart, end: valueStart + m[3].length, text: target },
            };
        }
    },
    examples: {
        valid: [
            {
                file: 'scripts/get.sh',
                code: 'wget --secure-protocol=TLSv1_2 -q https://example.com/pkg.tgz',
                note: 'TLSv1 must not match inside TLSv1_2',
            },
            { file: 'Dockerfile', code: 'RUN wget --secure-protocol=PFS -O /tmp/x.zip https://example.com/x.zip' },
            {
                file: 'scripts/get.sh',
                code: 'wget --secure-protocol=auto "$URL"\n# wget --secure-protocol=SSLv3 "$URL"',
                note: 'auto; commented out',
            },
            { file: 'etc/wgetrc', code: 'secureprotocol = TLSv1_3\n' },
            {
                file: 'deploy/reload.sh',
                code: 'echo "now run: wget --secure-protocol=TLSv1 $HOST/reload"\nwget "$HOST/reload"',
                note: 'a command printed for a human, not run',
            },
        ],
        invalid: [
            {
                file: 'scripts/get.sh',
                code: 'wget --secure-protocol=TLSv1 -q https://old.example.com/pkg.tgz',
                findings: ['1:6 TLSv1.0 TLSv1.1'],
                output: 'wget --secure-protocol=TLSv1_2 -q https://old.example.com/pkg.tgz',
            },
            {
                file: 'Dockerfile',
                code: 'FROM alpine:3.19\nRUN wget --no-check-certificate --secure-protocol SSLv3 -O /tmp/a.bin https://device.local/a.bin',
                findings: ['2:33 SSLv3'],
            },
            {
                file: '.github/workflows/fetch.yaml',
                code: 'jobs:\n  fetch:\n    steps:\n      - run: wget --secure-protocol="TLSv1_1" https://mirror.example.org/file',
                findings: ['4:19 TLSv1.1'],
            },
            {
                file: 'bin/unread.sh',
                code: 'count="$(wget --secure-protocol=TLSv1 -q -O - https://mail.example.com/feed | grep -c entry)"\necho "$count new"',
                findings: ['1:15 TLSv1.0 TLSv1.1'],
                note: 'run inside a command substitution',
            },
            {
                file: 'scripts/run.sh',
                code: 'echo "wget --secure-protocol=SSLv3 https://device.local/fw.bin" | sh',
                findings: ['1:12 SSLv3'],
                note: 'printed into a shell is run',
            },
            {
                file: 'config/.wgetrc',
                code: 'timeout = 30\nsecure_protocol = TLSv1\n',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                output: 'timeout = 30\nsecure_protocol = TLSv1_2\n',
            },
        ],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/cli/git.ts



// ---------------------------------------------------------------------------------------------
// K3: git http.sslVersion / GIT_SSL_VERSION
// ---------------------------------------------------------------------------------------------
const GIT_VERSIONS = {
    sslv2: (0,src_versions/* setOf */.s4)('SSLv2'),
    sslv3: (0,src_versions/* setOf */.s4)('SSLv3'),
    tlsv1: (0,src_versions/* atLeast */.jZ)('TLSv1.0'),
    'tlsv1.0': (0,src_versions/* atLeast */.jZ)('TLSv1.0'),
    'tlsv1.1': (0,src_versions/* atLeast */.jZ)('TLSv1.1'),
    'tlsv1.2': (0,src_versions/* atLeast */.jZ)('TLSv1.2'),
    'tlsv1.3': (0,src_versions/* atLeast */.jZ)('TLSv1.3'),
};
/** The file's `[section]` headers in order: found once, so that each setting does not rescan the file from its start for its section. */
function gitconfigSections(file) {
    return [...file.code.matchAll(/^[ \t]*\[([^\]\n]{1,200})\]/gm)].map((h) => ({ at: h.index, name: h[1] }));
}
const gitSslVersion = {
    meta: {
        id: 'cli/git-ssl-version',
        title: 'git http.sslVersion allows legacy TLS',
        description: "git's `http.sslVersion` (also `http.<url>.sslVersion`, `git -c http.sslVersion=…`, `[http] sslVersion = …` in a gitconfig, and the `GIT_SSL_VERSION` environment variable) is handed to libcurl as a minimum: `tlsv1`, `tlsv1.0` and `tlsv1.1` let HTTPS fetches use TLS 1.0/1.1; `sslv2`/`sslv3` select SSL.",
        ecosystem: 'Scripts, CLI & CI',
        catalogue: ['K3'],
        docs: ['https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpsslVersion'],
        files: { kinds: SCRIPT_KINDS, names: /gitconfig$|^config$/ },
        keywords: /sslVersion|GIT_SSL_VERSION/,
        fixable: true,
        safe: 'git config --global http.sslVersion tlsv1.2',
    },
    *check(file, ctx) {
        const code = file.code;
        const target = ctx.floor === 'TLSv1.3' ? 'tlsv1.3' : 'tlsv1.2';
        const value = String.raw `(["']?)(sslv[23]|tlsv1(?:\.[0-3])?)\2(?![\w.])`;
        const patterns = [
            new RegExp(String.raw `(?<![\w.-])(http(?:\.[^\s=]{1,200}?)?\.sslversion)(?:[ \t]*=[ \t]*|[ \t]+)${value}`, 'gi'),
            new RegExp(String.raw `(?<![\w])(GIT_SSL_VERSION)(?:[ \t]*[=:][ \t]*|[ \t]+)${value}`, 'g'),
        ];
        const isGitconfig = /gitconfig$/.test(file.name) || /(?:^|\/)\.git\/config$/.test(file.path);
        if (isGitconfig)
            patterns.push(new RegExp(String.raw `^[ \t]*(sslVersion)[ \t]*=[ \t]*${value}`, 'gim'));
        for (const re of patterns) {
            for (let m = re.exec(code); m; m = re.exec(code)) {
                if (m[1] === 'sslVersion' || /^sslversion$/i.test(m[1])) {
                    // Only in an [http] or [http "…"] section.
                    const header = (0,source/* lastBefore */.kk)(file.fact(gitconfigSections), m.index);
                    if (!header || !/^http\b/i.test(header.name.trim()))
                        continue;
                }
                const versions = GIT_VERSIONS[m[3].toLowerCase()];
                if (versions === undefined)
                    continue;
                const valueStart = m.index + m[0].length - m[2].length - m[3].length;
                yield {
                    start: m.index + m[0].indexOf(m[1]), // at the key, not at the indentation of a gitconfig line
                    end: m.index + m[0].length,
                    versions,
                    what: clipCommand(m[0]),
                    why: /^tlsv1/i.test(m[3]) ? `${m[3]} is a minimum` : undefined,
                    instead: `\`http.sslVersion ${target}\``,
                    fix: { start: valueStart, end: valueStart + m[3].length, text: target },
                };
            }
        }
    },
    examples: {
        valid: [
            { file: 'scripts/setup.sh', code: 'git config --global http.sslVersion tlsv1.2' },
            { file: '.gitconfig', code: '[http]\n\tsslVersion = tlsv1.3\n[user]\n\tname = Dev' },
            { file: 'Dockerfile', code: 'ENV GIT_SSL_VERSION=tlsv1.2\n# ENV GIT_SSL_VERSION=tlsv1.0', note: 'commented out' },
            { file: 'scripts/setup.sh', code: 'git config --global http.sslVersion "$GIT_TLS"', note: 'variable' },
            { file: 'gitconfig', code: '[core]\n\tsslVersion = tlsv1\n', note: 'not in an [http] section' },
        ],
        invalid: [
            {
                file: 'scripts/setup.sh',
                code: 'git config --global http.sslVersion tlsv1.0',
                findings: ['1:21 TLSv1.0 TLSv1.1'],
                output: 'git config --global http.sslVersion tlsv1.2',
            },
            {
                file: '.gitconfig',
                code: '[user]\n\temail = dev@example.com\n[http "https://git.legacy.example.com/"]\n\tsslVersion = tlsv1.1\n',
                findings: ['4:2 TLSv1.1'],
                output: '[user]\n\temail = dev@example.com\n[http "https://git.legacy.example.com/"]\n\tsslVersion = tlsv1.2\n',
            },
            {
                file: 'Dockerfile',
                code: 'FROM alpine/git\nENV GIT_SSL_VERSION tlsv1',
                findings: ['2:5 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'Jenkinsfile',
                code: "sh 'git -c http.https://old.example.com/.sslVersion=sslv3 clone https://old.example.com/repo.git'",
                findings: ['1:12 SSLv3'],
            },
        ],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/cli/tls-probe.ts



// ---------------------------------------------------------------------------------------------
// K4: probes that test legacy TLS (note)
// ---------------------------------------------------------------------------------------------
const OPENSSL_FLAGS = {
    '-ssl2': 'SSLv2',
    '-ssl3': 'SSLv3',
    '-tls1': 'TLSv1.0',
    '-tls1_1': 'TLSv1.1',
    '-tls1_2': 'TLSv1.2',
    '-tls1_3': 'TLSv1.3',
    '-dtls1': 'TLSv1.1',
    '-dtls1_2': 'TLSv1.2',
};
const PROBE_INSTEAD = '`# tls-floor-ignore: cli/tls-probe -- checks that legacy TLS is refused` when the probe expects a refusal; otherwise the TLS 1.2 flag (`-tls1_2`)';
/**
 * What may stand before a command name on its line: the line start (a YAML `- run:`/`script:`
 * item too), a shell separator, a wrapper (`sudo`, bats `run`, Dockerfile `RUN`, `env`, `timeout 60`),
 * an environment assignment, `docker run … image/`, `python -m`, or the opening of `sh -c "…"`,
 * `os.system("…")` and an argument list `["testssl.sh", …]`.
 */
const COMMAND_BEFORE = /(?:^[ \t]*(?:-[ \t]+)?(?:(?:run|script|command|cmd|entrypoint|args)[ \t]*:[ \t]*(?:[|>][-+]?[ \t]*)?)?|[;&|`{][ \t]*|\$\([ \t]*|\b(?:then|do|else|sudo|exec|time|nohup|xargs|command|run|RUN|env|timeout[ \t]+\S+)[ \t]+|\b\w+=\S*[ \t]+|\bdocker[ \t]+run\b[^;&|\n]*?[ \t]|-m["']?[ \t]*,?[ \t]*["']?|(?:-c[ \t]+|[([][ \t]*)["'])$/;
/** sslyze options that scan a legacy version (`--regular` includes every one of them). */
const SSLYZE_LEGACY = /(?:^|\s|["',])--(?:sslv2|sslv3|tlsv1(?!_[23])|tlsv1_1|regular)\b/;
/**
 * Whether a scanner's name at [start, end) is the tool being run — not `import sslyze`, a package
 * name in `setup.py`, a docstring that names the project or a class named after it. The name must
 * be the command word (possibly with a path: `./testssl.sh`, `drwetter/testssl.sh`) and the command
 * must name a target or a flag; sslyze must also ask for a legacy version.
 */
function scannerRun(code, start, end, tool) {
    // A few hundred characters either side: a command prefix or an argument list is never longer,
    // and a 1 MiB line of tool names stays linear.
    const lineStart = Math.max((0,source/* lastNewline */.Ly)(code, start - 1) + 1, start - 300);
    const before = code.slice(lineStart, start).replace(/(?:[\w.~${}-]*\/)+$/, '');
    if (!COMMAND_BEFORE.test(before))
        return false;
    const args = /^(?:[^\n;|&\\]|\\[^\n]|\\\n)*/.exec(code.slice(end, end + 500))[0];
    if (!/(?:^|[\s"',])-{1,2}[a-z]|[\w-]+(?:\.[\w-]+)+|\$\{?\w|https?:\/\/|[\w-]:\d/i.test(args))
        return false;
    return tool !== 'sslyze' || SSLYZE_LEGACY.test(args);
}
const tlsProbe = {
    meta: {
        id: 'cli/tls-probe',
        title: 'A command probes a server with legacy TLS',
        description: '`openssl s_client -tls1` / `-tls1_1` / `-ssl3` (and `s_server`, `s_time`), `nmap --script ssl-enum-ciphers`, testssl.sh, sslscan and sslyze offer legacy versions on purpose, usually to check that a server refuses them. Reported as information, so that a probe that *expects* legacy TLS to work is noticed.',
        ecosystem: 'Scripts, CLI & CI',
        catalogue: ['K4'],
        docs: [
            'https://docs.openssl.org/master/man1/openssl-s_client/',
            'https://nmap.org/nsedoc/scripts/ssl-enum-ciphers.html',
            'https://testssl.sh/',
        ],
        files: { kinds: SCRIPT_KINDS },
        keywords: /s_client|s_server|s_time|ssl-enum-ciphers|testssl|sslscan|sslyze/,
        fixable: false,
        safe: 'openssl s_client -connect example.com:443 -tls1_2',
        limits: 'Whether the probe expects the legacy handshake to fail or to succeed is not decided; every probe is a note. Only a run of a scanner counts (its name as the command word, or the first item of an argument list, with a target or a flag; sslyze with a legacy scan option): imports, package names, class names and prose that mention it are not probes.',
    },
    *check(file) {
        const code = file.code;
        const openssl = /(?<![\w-])s_(?:client|server|time)(?![\w-])/g;
        for (let m = openssl.exec(code); m; m = openssl.exec(code)) {
            // Past the closing quote of `'s_client'` in an argument list.
            const start = m.index + m[0].length + (/["']/.test(code[m.index + m[0].length] ?? '') ? 1 : 0);
            const end = commandEnd(code, start);
            openssl.lastIndex = Math.max(openssl.lastIndex, end); // one command is read once
            let versions = 0;
            let first;
            for (const f of flagsIn(code, start, end)) {
                const v = OPENSSL_FLAGS[f.name.toLowerCase()];
                if (!v)
                    continue;
                versions |= (0,src_versions/* setOf */.s4)(v);
                if (!first && (0,src_versions/* below */.Gz)((0,src_versions/* setOf */.s4)(v), 'TLSv1.2'))
                    first = f;
            }
            if (versions === 0)
                continue;
            const at = first ?? { start: m.index, end: m.index + m[0].length };
            yield {
                start: at.start,
                end: at.end,
                versions,
                what: `openssl ${m[0]} ${first ? first.name : ''}`.trim(),
                // A client probes a server with the version; `s_server -tls1` does serve it.
                verb: m[0] === 's_server' ? undefined : 'probes the server with',
                instead: PROBE_INSTEAD,
                severity: 'note',
            };
        }
        const scanners = /(?<![\w-])(ssl-enum-ciphers|testssl(?:\.sh)?|sslscan|sslyze)(?=[ \t]+["'$\w-]|[ \t]*[,"']|$)/gim;
        for (let m = scanners.exec(code); m; m = scanners.exec(code)) {
            const tool = m[1].toLowerCase();
            if (tool === 'ssl-enum-ciphers') {
                if (!/--script[ \t=]+["']?[\w,-]{0,200}$/.test(code.slice(Math.max(0, m.index - 220), m.index)))
                    continue;
            }
            else if (!scannerRun(code, m.index, m.index + m[0].length, tool))
                continue;
            yield {
                start: m.index,
                end: m.index + m[0].length,
                versions: (0,src_versions/* range */.y1)('SSLv2', 'TLSv1.3'),
                what: tool === 'ssl-enum-ciphers' ? 'nmap --script ssl-enum-ciphers' : m[1],
                verb: 'tests whether the server accepts',
                instead: PROBE_INSTEAD.replace(' (`-tls1_2`)', ''),
                severity: 'note',
            };
        }
    },
    examples: {
        valid: [
            { file: 'scripts/check.sh', code: 'echo | openssl s_client -connect example.com:443 -tls1_2 -servername example.com' },
            {
                file: 'scripts/check.sh',
                code: 'openssl s_client -connect "$HOST:443" -no_ssl3 -no_tls1 -no_tls1_1 </dev/null',
                note: 'disabling flags',
            },
            {
                file: 'scripts/check.sh',
                code: '# openssl s_client -connect host:443 -tls1\nopenssl x509 -in cert.pem -noout -text',
                note: 'commented out; other openssl commands',
            },
            { file: 'Dockerfile', code: 'FROM drwetter/testssl.sh:3.2', note: 'an image name, not a run' },
            {
                file: 'setup.py',
                code: "import sslyze\nfrom sslyze.plugins.plugin_base import Plugin\n\nsetup(\n    name='sslyze',\n    url='https://github.com/nabla-c0d3/sslyze',\n)\n",
                note: "the tool's own package: imports, names and URLs are not runs",
            },
            {
                file: 'tests/test_sslyze.py',
                code: 'class SslyzeTlsv1Tests(unittest.TestCase):\n    """sslyze tests for TLS 1.0"""\n',
                note: 'a test class named after the tool',
            },
            { file: 'scripts/certs.sh', code: 'sslyze --certinfo example.com:443\n', note: 'an sslyze run that scans no legacy version' },
        ],
        invalid: [
            {
                file: 'tests/tls.sh',
                code: 'if echo | openssl s_client -connect "$HOST:443" -tls1 2>/dev/null | grep -q "BEGIN CERTIFICATE"; then\n  echo "FAIL: TLS 1.0 accepted"; exit 1\nfi',
                findings: ['1:49 TLSv1.0'],
                severity: 'note',
            },
            {
                file: '.github/workflows/tls.yml',
                code: 'jobs:\n  scan:\n    steps:\n      - run: nmap --script ssl-enum-ciphers -p 443 example.com',
                findings: ['4:28 SSLv2 SSLv3 TLSv1.0 TLSv1.1'],
                severity: 'note',
            },
            {
                file: 'ci/scan.sh',
                code: './testssl.sh --protocols --severity HIGH https://staging.example.com',
                findings: ['1:3 SSLv2 SSLv3 TLSv1.0 TLSv1.1'],
                severity: 'note',
            },
            {
                file: 'tests/probe.py',
                code: "subprocess.run(['openssl', 's_client', '-connect', addr, '-ssl3'], input=b'', check=False)",
                findings: ['1:59 SSLv3'],
                severity: 'note',
            },
            {
                file: 'ci/tls.sh',
                code: 'set -e\nsslyze --regular "$HOST:443" --json_out=out.json\n',
                findings: ['2:1 SSLv2 SSLv3 TLSv1.0 TLSv1.1'],
                severity: 'note',
                note: 'a run of the tool with a legacy scan',
            },
            {
                file: 'tools/scan.py',
                code: "import subprocess\nsubprocess.run(['python', '-m', 'sslyze', '--tlsv1', host], check=True)\n",
                findings: ['2:34 SSLv2 SSLv3 TLSv1.0 TLSv1.1'],
                severity: 'note',
            },
        ],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/cli/openssl-conf.ts


// ---------------------------------------------------------------------------------------------
// K5 (part): OPENSSL_CONF pointing at a legacy configuration
// ---------------------------------------------------------------------------------------------
const LEGACY_CONF_NAME = /legacy|insecure|weak|seclevel[-_.]?[01](?!\d)|tlsv?1(?:[-_.]?[01])?(?![-_.]?[23\d])|lowsec|lower[-_]?security/i;
const opensslConfLegacy = {
    meta: {
        id: 'cli/openssl-conf-legacy',
        title: 'OPENSSL_CONF points at a legacy OpenSSL configuration',
        description: '`OPENSSL_CONF` replaces the OpenSSL configuration of a whole process. Pointing it at a file named as a legacy or low-security configuration (`openssl-legacy.cnf`, `tls1.cnf`, `seclevel1.cnf`) in a Dockerfile, Compose or Kubernetes manifest, CI file or script usually lowers `MinProtocol` to TLSv1 or `CipherString` to `@SECLEVEL=0/1` for every TLS connection of that process.',
        ecosystem: 'Scripts, CLI & CI',
        catalogue: ['K5'],
        docs: ['https://docs.openssl.org/master/man5/config/', 'https://docs.openssl.org/master/man3/SSL_CONF_cmd/'],
        files: { kinds: SCRIPT_KINDS },
        keywords: /OPENSSL_CONF/,
        fixable: false,
        safe: 'no OPENSSL_CONF override, or one whose [system_default_sect] has MinProtocol = TLSv1.2',
        limits: 'The configuration file itself is not read from here (openssl.cnf `MinProtocol` belongs to the C/OpenSSL rules); the judgement rests on the file name, so this is a warning. A "legacy" configuration may only load the OpenSSL 3 legacy provider (old algorithms), which does not change TLS versions. `OPENSSL_CONF=/dev/null` (no system configuration) is not reported.',
    },
    *check(file) {
        const code = file.code;
        const re = /(?<![\w])OPENSSL_CONF["']?\]?(?:[ \t]*[=:][ \t]*|[ \t]+)(["']?)([^\s"';,)}]{1,300})\1|(?<![\w])name:[ \t]*["']?OPENSSL_CONF["']?[ \t]*\r?\n[ \t]*value:[ \t]*(["']?)([^\s"']{1,300})\3/g;
        for (let m = re.exec(code); m; m = re.exec(code)) {
            const path = m[2] ?? m[4];
            const base = path.slice(path.lastIndexOf('/') + 1);
            if (!LEGACY_CONF_NAME.test(base))
                continue;
            yield {
                start: m.index,
                end: m.index + m[0].length,
                versions: (0,src_versions/* atLeast */.jZ)('TLSv1.0'),
                what: `OPENSSL_CONF=${path}`,
                why: `the name ${base} suggests a configuration that allows TLS 1.0/1.1`,
                instead: 'no `OPENSSL_CONF` override, or a configuration with `MinProtocol = TLSv1.2` in its `[system_default_sect]`',
                severity: 'warning',
            };
        }
    },
    examples: {
        valid: [
            { file: 'Dockerfile', code: 'ENV OPENSSL_CONF=/etc/ssl/openssl.cnf' },
            {
                file: 'docker-compose.yml',
                code: 'services:\n  app:\n    environment:\n      - OPENSSL_CONF=/dev/null',
                note: '/dev/null only drops the system configuration',
            },
            {
                file: 'scripts/run.sh',
                code: '# export OPENSSL_CONF=/opt/legacy/openssl-legacy.cnf\nexport OPENSSL_CONF=/opt/app/openssl-tls12.cnf',
                note: 'commented out; tls12 is not tls1',
            },
        ],
        invalid: [
            {
                file: 'Dockerfile',
                code: 'FROM python:3.12-slim\nCOPY openssl-legacy.cnf /etc/ssl/\nENV OPENSSL_CONF=/etc/ssl/openssl-legacy.cnf',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'k8s/deployment.yaml',
                code: 'env:\n  - name: OPENSSL_CONF\n    value: /config/seclevel1.cnf\n',
                findings: ['2:5 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'scripts/start.sh',
                code: 'OPENSSL_CONF="$PWD/conf/tls1.cnf" ./legacy-client --host old.example.com',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
        ],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/cli/index.ts





const cli_rules = [curlTlsVersion, wgetSecureProtocol, gitSslVersion, tlsProbe, opensslConfLegacy];

// EXTERNAL MODULE: ./src/scan/pairs.ts
var pairs = __webpack_require__(1828);
;// CONCATENATED MODULE: ./src/scan/rules/web-servers/shared.ts





// ---------------------------------------------------------------------------------------------
// Local helpers (shared with mail-db/): comment-aware settings and name/value parameter pairs.
// ---------------------------------------------------------------------------------------------
/** The raw text of the line before `offset`. */
function shared_linePrefix(file, offset) {
    return file.text.slice((0,source/* lastNewline */.Ly)(file.text, offset - 1) + 1, offset);
}
/**
 * Whether a setting sits on a commented-out line. `file.code` already masks comments for known
 * kinds; this also covers kinds without comment syntax (`.ldif`, `zoo.cfg` sections, `other`).
 */
function onCommentedLine(file, offset) {
    return /^[ \t]*(?:#|;|\/\/|--[ \t])/.test(shared_linePrefix(file, offset));
}
/** Cuts a bare value at a trailing ` # comment`, a URL `&`, or a template end; keeps quoted values. */
function trimValue(s, file) {
    // `${NGINX_SSL_PROTOCOLS:-TLSv1.1 TLSv1.2}`: the default a compose file or script falls back to.
    const dflt = /^\$\{\w{1,100}:?-([^}\n]{0,500})(?:\}|$)/.exec(s.value);
    if (dflt) {
        const valueStart = s.valueStart + s.value.indexOf(dflt[1], 3);
        return {
            ...s,
            value: dflt[1],
            valueStart,
            valueEnd: valueStart + dflt[1].length,
            form: 'quoted',
            end: valueStart + dflt[1].length + 1,
        };
    }
    if (s.form !== 'bare')
        return s;
    let cut = s.value.search(/[ \t]#|&|\\n/);
    // `postconf -e 'smtpd_tls_protocols = !SSLv2, !SSLv3'`: the quote opened before the key ends the value.
    if (file) {
        // Escaped quotes (`sed "s|…|tls-protocols \"TLSv1.1\"|"`) neither open nor close.
        const prefix = shared_linePrefix(file, s.keyStart).replace(/\\./g, '');
        for (const q of ['"', "'"]) {
            const at = s.value.search(q === '"' ? /(?<!\\)"/ : /(?<!\\)'/);
            if (at >= 0 && (prefix.split(q).length - 1) % 2 === 1 && (cut < 0 || at < cut))
                cut = at;
        }
    }
    if (cut < 0)
        return s;
    const value = s.value.slice(0, cut).replace(/\s+$/, '');
    return { ...s, value, valueEnd: s.valueStart + value.length, end: s.valueStart + value.length };
}
/** `["--tls-protocols", "TLSv1.2"]`: a flag and its value as two items of an argument list. */
function* flagArguments(file, keys) {
    const code = file.code;
    const re = new RegExp(`["']--?(${keys.source})["'][ \\t]*,[ \\t]*(["'])([^"'\\n]{1,500})\\2`, keys.flags.includes('i') ? 'gi' : 'g');
    for (let m = re.exec(code); m; m = re.exec(code)) {
        const valueStart = m.index + m[0].length - 1 - m[3].length;
        yield {
            key: m[1],
            keyStart: m.index + m[0].indexOf(m[1]),
            value: m[3],
            valueStart,
            valueEnd: valueStart + m[3].length,
            form: 'quoted',
            end: valueStart + m[3].length + 1,
        };
    }
}
/**
 * `settingRule` that skips commented-out lines in every file kind, cuts bare values at inline
 * comments, and reads flags given as two arguments and name/value parameter pairs.
 */
function configRule(def) {
    return {
        meta: def.meta,
        knows: def.named ? new RegExp(`${def.keys.source}|${def.named.source}`, def.keys.flags) : def.keys,
        examples: def.examples,
        *check(file, context) {
            const seen = new Set();
            const all = function* () {
                for (const s of (0,scan_define/* allSettings */.VI)(file, def.keys, def.finder))
                    yield [s, false];
                for (const s of flagArguments(file, def.keys))
                    yield [s, false];
                if (def.named)
                    for (const s of (0,pairs/* findPairs */.b)(file, def.named))
                        yield [s, true];
            };
            for (const [raw, named] of all()) {
                const s = trimValue(raw, file);
                const at = s.at ?? s.keyStart;
                if (s.value.trim() === '' || seen.has(at) || onCommentedLine(file, s.keyStart) || onCommentedLine(file, at))
                    continue;
                // `${NAME:-default}` is a variable reference, not a setting of NAME.
                if (file.code.slice(s.keyStart - 2, s.keyStart) === '${')
                    continue;
                if (!named && def.where && !def.where(s, file))
                    continue;
                const e = def.evaluate(s, context, file);
                if (!e)
                    continue;
                seen.add(at);
                const instead = e.instead ?? (typeof def.instead === 'string' ? def.instead : def.instead(context, s));
                yield (0,scan_define/* settingMatch */.Ce)(file, s, e, instead, def.severity);
            }
        },
    };
}
/** The first word of a value (`TLSv1 dbname=x` → `TLSv1`; skips SQL's `TO`). */
function firstWord(s) {
    const re = /[^\s,;'"`()[\]{}]+/g;
    for (let m = re.exec(s.value); m; m = re.exec(s.value)) {
        if (/^(?:to|=)$/i.test(m[0]))
            continue;
        return { text: m[0], start: s.valueStart + m.index };
    }
    return undefined;
}
/** A minimum-version value, read from its first word, with a fix that writes the floor in its style. */
function minimumOf(spelling = {}) {
    return (s, ctx) => {
        const w = firstWord(s);
        if (!w)
            return undefined;
        const special = spelling.special ? (0,evaluate/* lookup */.$I)(spelling.special, w.text) : undefined;
        if (special !== undefined)
            return { versions: special, why: spelling.specialWhy, severity: spelling.specialSeverity };
        const v = (0,evaluate/* readVersion */.$4)(w.text, spelling);
        if (!v)
            return undefined;
        const spelled = (0,evaluate/* respell */.an)(w.text, ctx.floor);
        const fix = spelled && (0,evaluate/* readVersion */.$4)(spelled, spelling) === ctx.floor ? { start: w.start, end: w.start + w.text.length, text: spelled } : undefined;
        return { versions: (0,src_versions/* atLeast */.jZ)(v), fix };
    };
}
/** A maximum-version value: a cap below the floor leaves only legacy versions. */
function maximumOf(spelling = {}) {
    return (s, ctx) => {
        const w = firstWord(s);
        const v = w && (0,evaluate/* readVersion */.$4)(w.text, spelling);
        // A cap at or above the floor says nothing about the lower end: not a legacy setting.
        if (!w || !v || (0,src_versions/* below */.Gz)((0,src_versions/* setOf */.s4)(v), ctx.floor) === 0)
            return undefined;
        const spelled = (0,evaluate/* respell */.an)(w.text, 'TLSv1.3');
        const fix = spelled && (0,evaluate/* readVersion */.$4)(spelled, spelling) === 'TLSv1.3' ? { start: w.start, end: w.start + w.text.length, text: spelled } : undefined;
        return { versions: (0,src_versions/* atMost */.Tu)(v), why: `the maximum is ${v}`, fix };
    };
}
/** Minimum or maximum, depending on the key (`…max…` keys are maximums). */
function minOrMax(spelling = {}) {
    const min = minimumOf(spelling);
    const max = maximumOf(spelling);
    return (s, ctx, file) => (/max/i.test(s.key) ? max(s, ctx, file) : min(s, ctx, file));
}
/** The names to exclude so that an exclusion list keeps nothing below the floor. */
function exclusionsBelow(floor, names = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2']) {
    return names.filter((n) => {
        const v = (0,src_versions/* parseVersion */.ot)(n);
        return v !== undefined && (0,src_versions/* below */.Gz)((0,src_versions/* setOf */.s4)(v), floor) !== 0;
    });
}
const web_servers_shared_CONFIG_KINDS = ['conf', 'other', 'ini', 'yaml', 'shell', 'dockerfile', 'php'];

;// CONCATENATED MODULE: ./src/scan/rules/web-servers/apache.ts



const APACHE_ALL = (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.3');
const apacheSslProtocol = (0,scan_define/* settingRule */.JQ)({
    meta: {
        id: 'apache/ssl-protocol',
        title: 'Apache SSLProtocol enables legacy TLS',
        description: '`SSLProtocol` / `SSLProxyProtocol` take `+`/`-` expressions over `all`. `all` means TLSv1 TLSv1.1 TLSv1.2 TLSv1.3 on httpd 2.4 with OpenSSL 1.1.1+, so `all -SSLv3` still enables TLSv1 and TLSv1.1.',
        ecosystem: 'Web servers & proxies',
        catalogue: ['L3'],
        docs: ['https://httpd.apache.org/docs/2.4/mod/mod_ssl.html#sslprotocol'],
        files: { kinds: web_servers_shared_CONFIG_KINDS, names: /httpd|apache|ssl|\.conf$|\.htaccess$/ },
        keywords: /SSLProtocol|SSLProxyProtocol|ssl_protocol|NSSProtocol|NSSProxyProtocol/,
        fixable: true,
        safe: 'SSLProtocol -all +TLSv1.2 +TLSv1.3',
    },
    keys: /SSL(?:Proxy)?Protocol|NSS(?:Proxy)?Protocol|apache_ssl_protocol/i,
    // Protocol expressions never contain `/` or quotes: a bare value ends there (`sed 's/…SSLProtocol all -SSLv3/'`, `echo "SSLProtocol …" >> file`).
    // Apache joins a line ending in ` \` with the next (`SSLProtocol -all \` then `+TLSv1 +TLSv1.2`).
    finder: { stops: '/"\'`', continued: 'backslash' },
    evaluate: (s, ctx, file) => {
        const e = (0,scan_define/* asList */.DD)({ all: APACHE_ALL, base: APACHE_ALL })(s, ctx, file);
        if (!e)
            return undefined;
        // mod_nss: a comma-separated list of the versions it enables, no `+`/`-`/`all`.
        if (/^NSS/i.test(s.key))
            return { ...e, instead: ctx.floor === 'TLSv1.3' ? '`NSSProtocol TLSv1.3`' : '`NSSProtocol TLSv1.2,TLSv1.3`' };
        const usesAll = /(^|[\s"'])[+]?all\b/i.test(s.value);
        return {
            ...e,
            why: usesAll ? '`all` includes TLSv1 and TLSv1.1' : undefined,
            fix: { start: s.valueStart, end: s.valueEnd, text: ctx.floor === 'TLSv1.3' ? '-all +TLSv1.3' : '-all +TLSv1.2 +TLSv1.3' },
        };
    },
    instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`SSLProtocol -all +TLSv1.3`' : '`SSLProtocol -all +TLSv1.2 +TLSv1.3`'),
    examples: {
        valid: [
            {
                file: 'apache/ssl.conf',
                code: 'SSLProtocol -all \\\n    +TLSv1.2 +TLSv1.3\nSSLCipherSuite HIGH',
                note: 'continued over two lines, modern only',
            },
            { file: 'httpd.conf', code: 'SSLProtocol -all +TLSv1.2 +TLSv1.3' },
            { file: 'ssl.conf', code: 'SSLProtocol all -SSLv3 -TLSv1 -TLSv1.1' },
            { file: 'sites/site.conf', code: 'SSLProtocol TLSv1.2' },
            { file: 'conf/nss.conf', code: 'NSSProtocol TLSv1.2,TLSv1.3\n', note: 'mod_nss, modern versions only' },
            { file: 'httpd.conf', code: '#SSLProtocol all -SSLv3\nSSLProtocol -all +TLSv1.2' },
            { file: 'vhost.conf', code: 'SSLProtocol all -SSLv2 -SSLv3 -TLSv1 -TLSv1.1', note: '-TLSv1 removes 1.0, -TLSv1.1 removes 1.1' },
        ],
        invalid: [
            {
                file: 'apache/ssl.conf',
                code: 'SSLProtocol -all \\\n    +TLSv1 +TLSv1.2',
                findings: ['2:6 TLSv1.0'],
                note: 'a line ending in ` \\` continues on the next; the finding is on the line with the version',
            },
            { file: 'ssl.conf', code: 'SSLProtocol all -SSLv3', findings: ['1:1 TLSv1.0 TLSv1.1'], output: 'SSLProtocol -all +TLSv1.2 +TLSv1.3' },
            { file: 'ssl.conf', code: 'SSLProtocol ALL -SSLv2 -SSLv3', findings: ['1:1 TLSv1.0 TLSv1.1'], note: 'case-insensitive ALL' },
            { file: 'ssl.conf', code: 'SSLProtocol all -SSLv3 -TLSv1', findings: ['1:1 TLSv1.1'], note: '-TLSv1 only removes 1.0' },
            { file: 'ssl.conf', code: 'SSLProtocol +TLSv1 +TLSv1.1 +TLSv1.2', findings: ['1:1 TLSv1.0 TLSv1.1'] },
            {
                file: 'ssl.conf',
                code: '<VirtualHost *:443>\n  SSLProxyProtocol all -SSLv3\n</VirtualHost>',
                findings: ['2:3 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'group_vars/web.yml',
                code: 'apache_ssl_protocol: "All -SSLv2 -SSLv3"',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                note: 'Ansible variable',
            },
            { file: 'apache2.conf', code: 'SSLProtocol TLSv1', findings: ['1:1 TLSv1.0'] },
            {
                file: 'conf/nss.conf',
                code: '<VirtualHost _default_:8443>\nNSSEngine on\nNSSProtocol SSLv3,TLSv1\n</VirtualHost>\n',
                findings: ['3:1 SSLv3 TLSv1.0'],
                output: '<VirtualHost _default_:8443>\nNSSEngine on\nNSSProtocol TLSv1.2\n</VirtualHost>\n',
                note: 'mod_nss lists the versions it enables',
            },
            {
                file: 'setup-apache.sh',
                code: "sed -i -r 's/^[\\t #]+SSLProtocol .*$/  SSLProtocol all -SSLv3 -SSLv2/g' /etc/apache2/mods-enabled/ssl.conf\n",
                findings: ['1:40 TLSv1.0 TLSv1.1'],
                output: "sed -i -r 's/^[\\t #]+SSLProtocol .*$/  SSLProtocol -all +TLSv1.2 +TLSv1.3/g' /etc/apache2/mods-enabled/ssl.conf\n",
                note: 'sed replacement: the value ends at the `/`, so the fix keeps the command',
            },
            {
                file: 'Dockerfile',
                code: 'RUN a2enmod ssl && echo "SSLProtocol ALL -SSLv2 -SSLv3" >> /etc/apache2/apache2.conf\n',
                findings: ['1:26 TLSv1.0 TLSv1.1'],
                output: 'RUN a2enmod ssl && echo "SSLProtocol -all +TLSv1.2 +TLSv1.3" >> /etc/apache2/apache2.conf\n',
                note: 'the closing quote of echo ends the value',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/web-servers/envoy-gateways.ts



// ---------------------------------------------------------------------------------------------
// L5 Envoy, L6 Istio, L7 Contour / Gloo / Emissary / Kong
// ---------------------------------------------------------------------------------------------
const MESH_KINDS = ['yaml', 'json', 'conf', 'other', 'shell', 'hcl'];
const envoyTlsParams = configRule({
    meta: {
        id: 'envoy/tls-protocol-version',
        title: 'Envoy tls_params allow legacy TLS',
        description: '`common_tls_context.tls_params.tls_minimum_protocol_version` / `tls_maximum_protocol_version` bound the versions an Envoy listener or cluster negotiates. `TLSv1_0` / `TLSv1_1` as the minimum, or a maximum of `TLSv1_1`, enable legacy TLS; `TLS_AUTO` as the minimum is TLSv1_0 for servers in Envoy 1.21 and earlier (reported as a warning).',
        ecosystem: 'Web servers & proxies',
        catalogue: ['L5'],
        docs: [
            'https://www.envoyproxy.io/docs/envoy/latest/api-v3/extensions/transport_sockets/tls/v3/common.proto#extensions-transport-sockets-tls-v3-tlsparameters',
        ],
        files: { kinds: MESH_KINDS },
        keywords: /tls_minimum_protocol_version|tls_maximum_protocol_version|tlsMinimumProtocolVersion|tlsMaximumProtocolVersion/,
        fixable: true,
        safe: 'tls_minimum_protocol_version: TLSv1_2',
        limits: 'A missing `tls_params` uses the Envoy default (TLSv1_2 for clients; for servers TLSv1_0 in 1.21 and earlier); not reported.',
    },
    keys: /tls_minimum_protocol_version|tls_maximum_protocol_version|tlsMinimumProtocolVersion|tlsMaximumProtocolVersion/,
    finder: { spaceSeparated: false },
    evaluate: minOrMax({
        special: { TLS_AUTO: (0,src_versions/* range */.y1)('TLSv1.0') },
        specialSeverity: 'warning',
        specialWhy: 'as a minimum, `TLS_AUTO` is TLSv1_0 for servers in Envoy 1.21 and earlier',
    }),
    instead: (ctx, s) => /max/i.test(s.key)
        ? '`tls_maximum_protocol_version: TLSv1_3`'
        : `\`tls_minimum_protocol_version: ${ctx.floor === 'TLSv1.3' ? 'TLSv1_3' : 'TLSv1_2'}\``,
    examples: {
        valid: [
            {
                file: 'envoy.yaml',
                code: 'tls_params:\n  tls_minimum_protocol_version: TLSv1_2\n  tls_maximum_protocol_version: TLSv1_3\n',
                note: 'TLSv1_2 must not match as TLSv1',
            },
            { file: 'envoy.json', code: '{"tlsParams": {"tlsMinimumProtocolVersion": "TLSv1_3"}}' },
            {
                file: 'envoy.yaml',
                code: 'tls_params:\n  # tls_minimum_protocol_version: TLSv1_0\n  tls_maximum_protocol_version: TLS_AUTO\n',
                note: 'commented; TLS_AUTO maximum',
            },
            { file: 'envoy.yaml', code: 'tls_params:\n  tls_minimum_protocol_version: {{ .Values.minTls }}\n', note: 'templated' },
        ],
        invalid: [
            {
                file: 'envoy.yaml',
                code: 'common_tls_context:\n  tls_params:\n    tls_minimum_protocol_version: TLSv1_0\n',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
                output: 'common_tls_context:\n  tls_params:\n    tls_minimum_protocol_version: TLSv1_2\n',
            },
            {
                file: 'bootstrap.json',
                code: '{\n  "tls_params": {\n    "tls_minimum_protocol_version": "TLSv1_1"\n  }\n}',
                findings: ['3:5 TLSv1.1'],
            },
            {
                file: 'envoy.yaml',
                code: 'tls_params:\n  tls_minimum_protocol_version: TLSv1_2\n  tls_maximum_protocol_version: TLSv1_1\n',
                findings: ['3:3 TLSv1.0 TLSv1.1'],
                note: 'the cap leaves only legacy versions',
            },
            {
                file: 'envoy.yaml',
                code: 'tls_params:\n  tls_minimum_protocol_version: TLS_AUTO\n',
                findings: ['2:3 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
        ],
    },
});
const istioProtocolVersion = configRule({
    meta: {
        id: 'istio/protocol-version',
        title: 'Istio TLS options allow legacy TLS',
        description: 'Gateway / DestinationRule `tls.minProtocolVersion` and `maxProtocolVersion` (and `meshConfig.meshMTLS`) take `TLSV1_0`, `TLSV1_1`, `TLSV1_2`, `TLSV1_3` or `TLS_AUTO`. A minimum of TLSV1_0/TLSV1_1 or a maximum of TLSV1_1 enables legacy TLS.',
        ecosystem: 'Web servers & proxies',
        catalogue: ['L6'],
        docs: ['https://istio.io/latest/docs/reference/config/networking/gateway/#ServerTLSSettings-TLSProtocol'],
        files: { kinds: ['yaml', 'json', 'shell'] },
        keywords: /minProtocolVersion|maxProtocolVersion/,
        fixable: true,
        safe: 'minProtocolVersion: TLSV1_2',
        limits: '`TLS_AUTO` is treated as the current Istio default (TLSV1_2) and not reported.',
    },
    keys: /minProtocolVersion|maxProtocolVersion/,
    finder: { spaceSeparated: false },
    // Istio's enum is upper-case `TLSV1_0`; Azure Application Gateway's `minProtocolVersion: TLSv1_0` belongs to the Azure rules.
    where: (s) => /^\s*["']?TLSV1_[0-3]\b/.test(s.value),
    evaluate: minOrMax(),
    instead: (ctx, s) => /max/i.test(s.key) ? '`maxProtocolVersion: TLSV1_3`' : `\`minProtocolVersion: ${ctx.floor === 'TLSv1.3' ? 'TLSV1_3' : 'TLSV1_2'}\``,
    examples: {
        valid: [
            { file: 'gateway.yaml', code: 'tls:\n  mode: SIMPLE\n  minProtocolVersion: TLSV1_2\n' },
            { file: 'gateway.yaml', code: 'tls:\n  mode: SIMPLE\n  minProtocolVersion: TLS_AUTO\n', note: 'TLS_AUTO is the Istio default' },
            { file: 'istio-operator.yaml', code: 'meshConfig:\n  meshMTLS:\n    minProtocolVersion: TLSV1_3\n' },
            { file: 'gateway.yaml', code: 'tls:\n  # minProtocolVersion: TLSV1_0\n  maxProtocolVersion: TLSV1_3\n' },
            {
                file: 'azuredeploy.json',
                code: '{"sslPolicy": {"policyType": "Custom", "minProtocolVersion": "TLSv1_0"}}',
                note: 'Azure Application Gateway spelling: left to the Azure rules',
            },
        ],
        invalid: [
            {
                file: 'gateway.yaml',
                code: 'spec:\n  servers:\n  - tls:\n      mode: SIMPLE\n      minProtocolVersion: TLSV1_0\n',
                findings: ['5:7 TLSv1.0 TLSv1.1'],
                output: 'spec:\n  servers:\n  - tls:\n      mode: SIMPLE\n      minProtocolVersion: TLSV1_2\n',
            },
            { file: 'gateway.yaml', code: 'tls:\n  minProtocolVersion: TLSV1_1\n', findings: ['2:3 TLSv1.1'] },
            {
                file: 'destination-rule.yaml',
                code: 'tls:\n  mode: SIMPLE\n  maxProtocolVersion: TLSV1_1\n',
                findings: ['3:3 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'gateway.json',
                code: '{"tls": {"mode": "SIMPLE", "minProtocolVersion": "TLSV1_2"}}',
                floor: 'TLSv1.3',
                findings: ['1:28 TLSv1.2'],
                output: '{"tls": {"mode": "SIMPLE", "minProtocolVersion": "TLSV1_3"}}',
            },
        ],
    },
});
const contourGlooMinimumVersion = configRule({
    meta: {
        id: 'contour/minimum-protocol-version',
        title: 'Contour / Gloo minimum protocol version allows legacy TLS',
        description: 'Contour (`tls.minimum-protocol-version` in its config file, `minimumProtocolVersion` in ContourConfiguration and HTTPProxy) and Gloo Edge (`sslParameters.minimumProtocolVersion` / `maximumProtocolVersion`) set the Envoy TLS bounds. `"1.1"` or `TLSv1_0` enables legacy TLS.',
        ecosystem: 'Web servers & proxies',
        catalogue: ['L7'],
        docs: [
            'https://projectcontour.io/docs/main/configuration/#tls-configuration',
            'https://docs.solo.io/gloo-edge/latest/reference/api/github.com/solo-io/gloo/projects/gloo/api/v1/ssl/ssl.proto.sk/#sslparameters',
        ],
        files: { kinds: ['yaml', 'json', 'shell'] },
        keywords: /minimum-protocol-version|maximum-protocol-version|minimumProtocolVersion|maximumProtocolVersion/,
        fixable: true,
        safe: 'minimum-protocol-version: "1.2"',
    },
    keys: /minimum-protocol-version|minimumProtocolVersion|maximum-protocol-version|maximumProtocolVersion/,
    finder: { spaceSeparated: false },
    evaluate: minOrMax({ bareNumbers: true }),
    instead: (ctx) => `\`minimumProtocolVersion: "${ctx.floor === 'TLSv1.3' ? '1.3' : '1.2'}"\` (Gloo: \`TLSv1_2\`)`,
    examples: {
        valid: [
            { file: 'contour.yaml', code: 'tls:\n  minimum-protocol-version: "1.2"\n' },
            { file: 'httpproxy.yaml', code: 'spec:\n  virtualhost:\n    tls:\n      minimumProtocolVersion: "1.3"\n' },
            {
                file: 'gloo-vs.yaml',
                code: 'sslConfig:\n  parameters:\n    minimumProtocolVersion: TLSv1_2\n',
                note: 'Gloo enum, TLSv1_2 not TLSv1',
            },
            { file: 'contour.yaml', code: 'tls:\n  # minimum-protocol-version: "1.1"\n  cipher-suites: []\n' },
            {
                file: 'cloudfront.yaml',
                code: 'ViewerCertificate:\n  MinimumProtocolVersion: TLSv1\n',
                note: 'CloudFront (capital M) belongs to the AWS rules',
            },
            { file: 'deploy.sh', code: 'cdn modify --minimum-protocol-version TLSv1.2_2021\n', note: 'a CloudFront policy name, not Contour' },
        ],
        invalid: [
            {
                file: 'contour.yaml',
                code: 'tls:\n  minimum-protocol-version: "1.1"\n',
                findings: ['2:3 TLSv1.1'],
                output: 'tls:\n  minimum-protocol-version: "1.2"\n',
            },
            {
                file: 'httpproxy.yaml',
                code: 'spec:\n  virtualhost:\n    fqdn: legacy.example.com\n    tls:\n      secretName: cert\n      minimumProtocolVersion: "1.0"\n',
                findings: ['6:7 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'gloo-vs.yaml',
                code: 'sslConfig:\n  parameters:\n    minimumProtocolVersion: TLSv1_0\n',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
                output: 'sslConfig:\n  parameters:\n    minimumProtocolVersion: TLSv1_2\n',
            },
            {
                file: 'gloo-vs.yaml',
                code: 'sslConfig:\n  parameters:\n    maximumProtocolVersion: TLSv1_1\n',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'ingress.yaml',
                code: 'metadata:\n  annotations:\n    projectcontour.io/tls-minimum-protocol-version: "1.1"\n',
                findings: ['3:27 TLSv1.1'],
                note: 'Contour Ingress annotation',
            },
        ],
    },
});
const emissaryTlsVersion = configRule({
    meta: {
        id: 'emissary/tls-version',
        title: 'Emissary-ingress / Ambassador TLS version allows legacy TLS',
        description: 'The `TLSContext` and `Host.tlsContext` fields `min_tls_version` / `max_tls_version` take `v1.0`–`v1.3`; `v1.0` or `v1.1` as minimum, or a `v1.1` maximum, enables legacy TLS.',
        ecosystem: 'Web servers & proxies',
        catalogue: ['L7'],
        docs: ['https://www.getambassador.io/docs/emissary/latest/topics/running/tls#tls-version-control'],
        files: { kinds: ['yaml', 'json'] },
        keywords: /min_tls_version|max_tls_version/,
        fixable: true,
        safe: 'min_tls_version: v1.2',
        limits: 'Only the `v1.x` spelling is read here; bare numbers and other spellings of `min_tls_version` belong to cloud providers and are left to their rules.',
    },
    keys: /min_tls_version|max_tls_version/,
    finder: { spaceSeparated: false },
    where: (s) => /^v1\.[0-3]\b/i.test(s.value.trim()),
    evaluate: minOrMax({ bareNumbers: true }),
    instead: (ctx, s) => (/max/.test(s.key) ? '`max_tls_version: v1.3`' : `\`min_tls_version: v${ctx.floor === 'TLSv1.3' ? '1.3' : '1.2'}\``),
    examples: {
        valid: [
            { file: 'tlscontext.yaml', code: 'kind: TLSContext\nspec:\n  min_tls_version: v1.2\n  max_tls_version: v1.3\n' },
            { file: 'tlscontext.yaml', code: 'spec:\n  # min_tls_version: v1.0\n  min_tls_version: v1.3\n' },
            { file: 'main.yaml', code: 'min_tls_version: "1.0"\n', note: 'not the Emissary spelling (cloud rules own this key)' },
        ],
        invalid: [
            {
                file: 'tlscontext.yaml',
                code: 'kind: TLSContext\nspec:\n  hosts: ["*"]\n  min_tls_version: v1.0\n',
                findings: ['4:3 TLSv1.0 TLSv1.1'],
                output: 'kind: TLSContext\nspec:\n  hosts: ["*"]\n  min_tls_version: v1.2\n',
            },
            { file: 'host.yaml', code: 'spec:\n  tlsContext:\n    min_tls_version: v1.1\n', findings: ['3:5 TLSv1.1'] },
            { file: 'tlscontext.yaml', code: 'spec:\n  max_tls_version: v1.1\n', findings: ['2:3 TLSv1.0 TLSv1.1'] },
        ],
    },
});
const kongSslProtocols = configRule({
    meta: {
        id: 'kong/ssl-protocols',
        title: 'Kong ssl_protocols enables legacy TLS',
        description: "Kong's `ssl_protocols` (kong.conf), `KONG_SSL_PROTOCOLS` (environment) and `nginx_*_ssl_protocols` injections become nginx `ssl_protocols`; listing TLSv1 or TLSv1.1 enables them.",
        ecosystem: 'Web servers & proxies',
        catalogue: ['L7'],
        docs: ['https://docs.konghq.com/gateway/latest/reference/configuration/#ssl_protocols'],
        files: { kinds: ['yaml', 'json', 'shell', 'dockerfile', 'env', 'hcl'], names: /kong/ },
        keywords: /ssl_protocols/,
        fixable: true,
        safe: 'ssl_protocols = TLSv1.2 TLSv1.3',
    },
    keys: /KONG_(?:LUA_)?SSL_PROTOCOLS|KONG_NGINX_(?:HTTP|STREAM|PROXY|ADMIN)_SSL_PROTOCOLS|(?:nginx_(?:http|stream|proxy|admin)_|lua_)?ssl_protocols/i,
    named: /KONG_(?:LUA_)?SSL_PROTOCOLS|KONG_NGINX_(?:HTTP|STREAM|PROXY|ADMIN)_SSL_PROTOCOLS/,
    finder: { spaceSeparated: false },
    // Plain `ssl_protocols =` only in Kong files; the KONG_ variables anywhere.
    where: (s, file) => /^kong_/i.test(s.key) || /kong/.test(file.name),
    evaluate: (0,scan_define/* asList */.DD)(),
    instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`ssl_protocols = TLSv1.3`' : '`ssl_protocols = TLSv1.2 TLSv1.3`'),
    examples: {
        valid: [
            { file: 'kong.conf', code: 'ssl_protocols = TLSv1.2 TLSv1.3\n' },
            { file: 'kong.conf', code: '#ssl_protocols = TLSv1.1 TLSv1.2 TLSv1.3\n', note: 'commented default' },
            { file: 'docker-compose.yml', code: 'environment:\n  KONG_SSL_PROTOCOLS: "TLSv1.2"\n' },
            { file: 'dovecot.yml', code: 'ssl_protocols: "!SSLv2 !SSLv3"\n', note: 'not a Kong file' },
        ],
        invalid: [
            {
                file: 'kong.conf',
                code: 'ssl_protocols = TLSv1.1 TLSv1.2 TLSv1.3\n',
                findings: ['1:1 TLSv1.1'],
                output: 'ssl_protocols = TLSv1.2 TLSv1.3\n',
            },
            {
                file: 'docker-compose.yml',
                code: 'services:\n  kong:\n    environment:\n      KONG_SSL_PROTOCOLS: "TLSv1 TLSv1.1 TLSv1.2"\n',
                findings: ['4:7 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'k8s/kong-deployment.yaml',
                code: 'env:\n- name: KONG_SSL_PROTOCOLS\n  value: "TLSv1.1 TLSv1.2 TLSv1.3"\n',
                findings: ['3:3 TLSv1.1'],
            },
            { file: 'Dockerfile', code: 'ENV KONG_NGINX_PROXY_SSL_PROTOCOLS="TLSv1 TLSv1.2"\n', findings: ['1:5 TLSv1.0'] },
            {
                file: 'docker-compose.yml',
                code: 'services:\n  gateway:\n    environment:\n      - KONG_LUA_SSL_PROTOCOLS=TLSv1.1 TLSv1.2\n',
                findings: ['4:9 TLSv1.1'],
                note: 'list-style environment entry',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/web-servers/haproxy.ts



// ---------------------------------------------------------------------------------------------
// L4 HAProxy
// ---------------------------------------------------------------------------------------------
const HAPROXY_LINE = /(?:^|["'])[ \t]*(ssl-default-(?:bind|server)-options|bind|server|default-server|server-template)(?:[ \t]+|:[ \t]*["']?)([^\n"']{1,2000})/gm;
/** The `ssl-min-ver` of `ssl-default-bind-options` / `ssl-default-server-options` in a file, per side. */
function haproxyDefaultMinimums(code) {
    const found = {};
    for (const m of code.matchAll(/ssl-default-(bind|server)-options:?[ \t]+["']?[^\n]{0,500}?\bssl-min-ver[ \t]+(\S+)/g)) {
        const v = (0,src_versions/* parseVersion */.ot)(m[2]);
        if (v)
            found[m[1]] = v;
    }
    return found;
}
const haproxySslOptions = {
    meta: {
        id: 'haproxy/ssl-options',
        title: 'HAProxy SSL options enable legacy TLS',
        description: '`ssl-min-ver` / `ssl-max-ver` / `force-*` / `no-*` on `bind` and `server` lines and in `ssl-default-bind-options` / `ssl-default-server-options` decide which versions HAProxy accepts and offers. A minimum of TLSv1.0 or TLSv1.1, a `force-tlsv10`, or a cap at TLSv1.1 enables legacy TLS; `no-sslv3` alone leaves TLSv1.0 and TLSv1.1 on HAProxy before 2.2, whose default minimum is TLSv1.0.',
        ecosystem: 'Web servers & proxies',
        catalogue: ['L4'],
        docs: [
            'https://docs.haproxy.org/2.8/configuration.html#5.1-ssl-min-ver',
            'https://docs.haproxy.org/2.8/configuration.html#3.1-ssl-default-bind-options',
        ],
        files: {
            kinds: ['conf', 'ini', 'other', 'yaml', 'shell', 'dockerfile'],
            names: /haproxy(?![^/]*\.(?:go|py|java|kt|scala|rb|js|ts|rs|c|h|cc|cpp|cs|php)$)/,
        },
        keywords: /no-sslv3|no-tlsv1|force-sslv3|force-tlsv1|ssl-min-ver|ssl-max-ver/,
        fixable: true,
        safe: 'ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets',
        limits: 'A `bind … ssl` line without version options uses the build default (TLSv1.0 minimum before HAProxy 2.2, TLSv1.2 since); that is not reported. Exclusion-only options (`no-sslv3 no-tlsv10`) are warnings because their result depends on the HAProxy version.',
    },
    *check(file, ctx) {
        const code = file.code;
        const defaults = haproxyDefaultMinimums(code);
        HAPROXY_LINE.lastIndex = 0;
        for (let m = HAPROXY_LINE.exec(code); m; m = HAPROXY_LINE.exec(code)) {
            const optsStart = m.index + m[0].length - m[2].length;
            const comment = m[2].search(/[ \t]#/);
            const opts = comment < 0 ? m[2] : m[2].slice(0, comment);
            const words = [...opts.matchAll(/\S+/g)];
            let disabled = src_versions/* EMPTY */.wg;
            let forced = src_versions/* EMPTY */.wg;
            let min;
            let max;
            let minWord;
            let seen = false;
            for (let i = 0; i < words.length; i++) {
                const w = words[i][0].toLowerCase();
                const op = /^(no|force)-((?:ssl|tls)v\d+)$/.exec(w);
                if (op) {
                    const v = (0,src_versions/* parseVersion */.ot)(op[2]);
                    if (!v)
                        continue;
                    seen = true;
                    if (op[1] === 'no')
                        disabled |= (0,src_versions/* setOf */.s4)(v);
                    else
                        forced |= (0,src_versions/* setOf */.s4)(v);
                }
                else if ((w === 'ssl-min-ver' || w === 'ssl-max-ver') && words[i + 1]) {
                    const v = (0,src_versions/* parseVersion */.ot)(words[i + 1][0]);
                    if (!v)
                        continue;
                    seen = true;
                    if (w === 'ssl-min-ver') {
                        min = v;
                        minWord = { text: words[i + 1][0], index: words[i + 1].index };
                    }
                    else
                        max = v;
                }
            }
            if (!seen)
                continue;
            let versions;
            let severity = 'error';
            let why;
            // `bind`/`server` lines start from `ssl-default-bind-options` / `ssl-default-server-options`.
            const side = /bind/.test(m[1]) ? 'bind' : 'server';
            const inherited = min ?? defaults[side];
            if (forced) {
                versions = forced;
            }
            else if (max !== undefined && !inherited && !disabled) {
                // A cap alone says nothing about the lower end unless it is below the floor.
                if ((0,src_versions/* below */.Gz)((0,src_versions/* setOf */.s4)(max), ctx.floor) === 0)
                    continue;
                versions = (0,src_versions/* atMost */.Tu)(max);
                why = `the maximum is ${max}`;
            }
            else {
                versions = (0,src_versions/* range */.y1)(inherited ?? 'TLSv1.0', max ?? 'TLSv1.3') & ~disabled;
                if (!inherited) {
                    severity = 'warning';
                    why = 'without `ssl-min-ver`, HAProxy before 2.2 starts from TLSv1.0';
                }
            }
            if ((0,src_versions/* below */.Gz)(versions, ctx.floor) === 0)
                continue;
            const spelled = minWord && (0,evaluate/* respell */.an)(minWord.text, ctx.floor);
            const fix = minWord && spelled
                ? { start: optsStart + minWord.index, end: optsStart + minWord.index + minWord.text.length, text: spelled }
                : undefined;
            yield {
                start: m.index + m[0].indexOf(m[1]),
                end: optsStart + opts.replace(/\s+$/, '').length,
                versions,
                what: (0,scan_define/* clip */.$Q)(`${m[1]} ${opts}`),
                why,
                severity,
                instead: ctx.floor === 'TLSv1.3'
                    ? '`ssl-min-ver TLSv1.3`'
                    : '`ssl-min-ver TLSv1.2` (e.g. `ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets`)',
                fix,
            };
        }
    },
    examples: {
        valid: [
            { file: 'haproxy.cfg', code: 'global\n  ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets\n' },
            {
                file: 'haproxy.cfg',
                code: 'global\n  ssl-default-bind-options no-sslv3 no-tlsv10 no-tlsv11 no-tls-tickets\n  ssl-default-server-options no-sslv3 no-tlsv10 no-tlsv11\n',
                note: 'Mozilla intermediate',
            },
            { file: 'haproxy.cfg', code: 'frontend https\n  bind :443 ssl crt /etc/ssl/site.pem force-tlsv12\n', note: 'force-tlsv12 is safe' },
            {
                file: 'haproxy.cfg',
                code: 'global\n  # ssl-default-bind-options no-sslv3\n  ssl-default-bind-options ssl-min-ver TLSv1.2\n',
                note: 'commented-out line',
            },
            {
                file: 'haproxy.cfg',
                code: 'frontend https\n  bind *:443 ssl crt /etc/haproxy/certs/ alpn h2,http/1.1\n',
                note: 'no version options: build default, not reported',
            },
            {
                file: 'haproxy.cfg.j2',
                code: 'global\n  ssl-default-bind-options no-sslv3 no-tlsv10 no-tlsv11 no-tlsv12 no-tls-tickets\n',
                note: 'Mozilla modern: TLS 1.3 only',
            },
            {
                file: 'haproxy.cfg',
                code: 'global\n  ssl-default-bind-options no-sslv3\n  ssl-default-bind-options ssl-min-ver TLSv1.2\nfrontend f\n  bind :443 ssl crt /c.pem no-sslv3\n',
                note: 'the global ssl-min-ver applies to the other lines',
            },
            {
                file: 'haproxy.cfg',
                code: 'global\n  ssl-default-bind-options ssl-max-ver TLSv1.3\n',
                note: 'a cap at TLSv1.3 says nothing about the minimum',
            },
            {
                file: 'group_vars/lb.yml',
                code: 'haproxy:\n  global:\n    ssl-default-bind-options: "no-sslv3 no-tlsv10 no-tlsv11"\n',
                note: 'YAML role variables',
            },
            {
                file: 'config-parser/tests/configs/haproxy_https.cfg.go',
                code: 'package configs\n\nconst basic = `\nglobal\n  ssl-default-bind-options no-sslv3 no-tls-tickets\n`\n',
                note: "a parser's test fixture in Go source: haproxy in the name does not make source code a configuration file",
            },
        ],
        invalid: [
            {
                file: 'haproxy.cfg',
                code: 'global\n  ssl-default-bind-options no-sslv3 no-tls-tickets\n',
                findings: ['2:3 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'no-sslv3 alone: TLSv1.0+ before HAProxy 2.2',
            },
            {
                file: 'haproxy.cfg',
                code: 'global\n  ssl-default-bind-options ssl-min-ver TLSv1.0\n',
                findings: ['2:3 TLSv1.0 TLSv1.1'],
                output: 'global\n  ssl-default-bind-options ssl-min-ver TLSv1.2\n',
            },
            {
                file: 'haproxy.cfg',
                code: 'frontend legacy\n  bind :8443 ssl crt /etc/ssl/old.pem force-tlsv10\n',
                findings: ['2:3 TLSv1.0'],
            },
            {
                file: 'haproxy.cfg',
                code: 'backend old_api\n  server api1 10.0.0.5:443 ssl verify none ssl-max-ver TLSv1.1\n',
                findings: ['2:3 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'haproxy.cfg',
                code: 'global\n  ssl-default-server-options ssl-min-ver TLSv1.1 no-tls-tickets   # partners\n',
                findings: ['2:3 TLSv1.1'],
                output: 'global\n  ssl-default-server-options ssl-min-ver TLSv1.2 no-tls-tickets   # partners\n',
            },
            {
                file: 'group_vars/lb.yml',
                code: 'haproxy:\n  global:\n    ssl-default-server-options: "no-sslv3"\n',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'YAML role variables',
            },
            {
                file: 'docker/haproxy/Dockerfile',
                code: 'RUN echo "    ssl-default-bind-options no-sslv3 no-tlsv10" >> /usr/local/etc/haproxy/haproxy.cfg\n',
                findings: ['1:15 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'haproxy.cfg',
                code: 'frontend f\n  bind :443 ssl crt /c.pem ssl-min-ver TLSv1.2 no-tlsv13\n',
                floor: 'TLSv1.3',
                findings: ['2:3 TLSv1.2'],
                output: 'frontend f\n  bind :443 ssl crt /c.pem ssl-min-ver TLSv1.3 no-tlsv13\n',
            },
        ],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/web-servers/lighttpd.ts



// ---------------------------------------------------------------------------------------------
// L8 lighttpd
// ---------------------------------------------------------------------------------------------
const LIGHTTPD = /(ssl\.use-sslv[23])[ \t]*=[ \t]*"(enable|disable)"|ssl\.openssl\.ssl-conf-cmd[ \t]*\+?=[ \t]*\(([^)]{1,1500})\)/gi;
const lighttpdProtocols = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'lighttpd/ssl-protocols',
        title: 'lighttpd enables legacy TLS',
        description: '`ssl.openssl.ssl-conf-cmd` passes `MinProtocol`, `MaxProtocol` and `Protocol` to OpenSSL; a minimum of TLSv1/TLSv1.1, or `ssl.use-sslv3 = "enable"`, enables legacy protocols on a lighttpd listener.',
        ecosystem: 'Web servers & proxies',
        catalogue: ['L8'],
        docs: ['https://redmine.lighttpd.net/projects/lighttpd/wiki/Docs_SSL'],
        files: { kinds: ['conf', 'other', 'shell', 'dockerfile', 'yaml'], names: /lighttpd/ },
        keywords: /ssl-conf-cmd|use-sslv/,
        fixable: true,
        safe: 'ssl.openssl.ssl-conf-cmd = ("MinProtocol" => "TLSv1.2")',
        limits: 'Without `MinProtocol` lighttpd 1.4.56+ defaults to TLSv1.2 (older: the OpenSSL default); not reported.',
    },
    pattern: LIGHTTPD,
    evaluate: (m, ctx) => {
        if (m[1]) {
            if (m[2].toLowerCase() !== 'enable')
                return undefined;
            const v = (0,src_versions/* parseVersion */.ot)(m[1].slice(-5)) ?? (m[1].endsWith('2') ? 'SSLv2' : 'SSLv3');
            return { versions: (0,src_versions/* setOf */.s4)(v), instead: `\`${m[1]} = "disable"\`` };
        }
        const body = m[3];
        const bodyStart = m.index + m[0].indexOf('(') + 1;
        let versions = src_versions/* EMPTY */.wg;
        let fix;
        let why;
        for (const p of body.matchAll(/"(MinProtocol|MaxProtocol|Protocol)"[ \t]*=>[ \t]*"([^"\n]{1,200})"/gi)) {
            const name = p[1].toLowerCase();
            if (name === 'minprotocol') {
                const v = (0,evaluate/* readVersion */.$4)(p[2]);
                if (!v)
                    continue;
                versions |= (0,src_versions/* atLeast */.jZ)(v);
                const spelled = (0,evaluate/* respell */.an)(p[2], ctx.floor);
                const at = bodyStart + p.index + p[0].lastIndexOf(p[2]);
                if (spelled && (0,src_versions/* below */.Gz)((0,src_versions/* atLeast */.jZ)(v), ctx.floor))
                    fix = { start: at, end: at + p[2].length, text: spelled };
            }
            else if (name === 'maxprotocol') {
                const v = (0,evaluate/* readVersion */.$4)(p[2]);
                if (v) {
                    versions |= (0,src_versions/* atMost */.Tu)(v);
                    why = `the maximum is ${v}`;
                }
            }
            else {
                const tokens = (0,evaluate/* tokenize */.qw)(p[2]);
                const enabling = tokens
                    .filter((t) => !/^[-!]/.test(t.text))
                    .map((t) => (0,evaluate/* readVersion */.$4)(t.text))
                    .filter((v) => !!v);
                for (const v of enabling)
                    versions |= (0,src_versions/* setOf */.s4)(v);
            }
        }
        return versions ? { versions, fix, why } : undefined;
    },
    instead: (ctx) => `\`ssl.openssl.ssl-conf-cmd = ("MinProtocol" => "${ctx.floor}")\``,
    examples: {
        valid: [
            { file: 'lighttpd.conf', code: 'ssl.openssl.ssl-conf-cmd = ("MinProtocol" => "TLSv1.2")\n' },
            {
                file: 'lighttpd.conf',
                code: 'ssl.use-sslv3 = "disable"\nssl.openssl.ssl-conf-cmd = ("MinProtocol" => "TLSv1.3", "Options" => "-SessionTicket")\n',
            },
            { file: 'conf.d/ssl.conf', code: '# ssl.openssl.ssl-conf-cmd = ("MinProtocol" => "TLSv1")\n', note: 'commented' },
            {
                file: 'lighttpd.conf',
                code: 'ssl.openssl.ssl-conf-cmd = ("Protocol" => "-ALL, TLSv1.2, TLSv1.3")\n',
                note: 'TLSv1 inside TLSv1.2; -ALL disables',
            },
        ],
        invalid: [
            {
                file: 'lighttpd.conf',
                code: '$SERVER["socket"] == ":443" {\n  ssl.engine = "enable"\n  ssl.openssl.ssl-conf-cmd = ("MinProtocol" => "TLSv1")\n}\n',
                findings: ['3:3 TLSv1.0 TLSv1.1'],
                output: '$SERVER["socket"] == ":443" {\n  ssl.engine = "enable"\n  ssl.openssl.ssl-conf-cmd = ("MinProtocol" => "TLSv1.2")\n}\n',
            },
            { file: 'lighttpd.conf', code: 'ssl.use-sslv3 = "enable"\n', findings: ['1:1 SSLv3'] },
            {
                file: 'lighttpd.conf',
                code: 'ssl.openssl.ssl-conf-cmd += ("MinProtocol" => "TLSv1.1", "CipherString" => "HIGH")\n',
                findings: ['1:1 TLSv1.1'],
            },
            { file: 'lighttpd.conf', code: 'ssl.openssl.ssl-conf-cmd = ("Protocol" => "-ALL, TLSv1, TLSv1.2")\n', findings: ['1:1 TLSv1.0'] },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/web-servers/nginx.ts



const nginxSslProtocols = configRule({
    meta: {
        id: 'nginx/ssl-protocols',
        title: 'nginx ssl_protocols enables legacy TLS',
        description: 'The `ssl_protocols` directive (and `proxy_`, `grpc_`, `uwsgi_`, OpenResty `lua_` variants for upstream connections) lists the versions nginx accepts or offers. Listing SSLv3, TLSv1 or TLSv1.1 lets clients or upstreams negotiate them.',
        ecosystem: 'Web servers & proxies',
        catalogue: ['L1'],
        docs: ['https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_protocols'],
        files: { kinds: [...web_servers_shared_CONFIG_KINDS, 'env'], names: /nginx|\.conf$/ },
        keywords: /ssl_protocols/,
        fixable: true,
        safe: 'ssl_protocols TLSv1.2 TLSv1.3;',
        limits: 'A server block without the directive uses the build default (TLSv1 TLSv1.1 TLSv1.2 before nginx 1.23.4); that depends on the nginx version and is not reported.',
    },
    keys: /(?:proxy_|grpc_|uwsgi_|lua_)?ssl_protocols|nginx_ssl_protocols|NGINX_SSL_PROTOCOLS/,
    // A directive ends at its `;`: `ssl_protocols TLSv1.2\n    TLSv1.1;` lists both.
    finder: { spaceSeparated: true, continued: 'semicolon' },
    // A directive: first on its line or after `{`, `;` or an opening quote (config that scripts write),
    // and separated from its value by white space only (`ssl_protocols = …` is Kong or Dovecot).
    // `nginx_ssl_protocols: …` (Ansible) and `NGINX_SSL_PROTOCOLS=…` (images that template nginx.conf) take any separator.
    where: (s, file) => /^nginx_/i.test(s.key) ||
        (/(?:^|[{;"'])[ \t]*$/.test(file.code.slice((0,source/* lastNewline */.Ly)(file.code, s.keyStart) + 1, s.keyStart)) &&
            /^[ \t]+[^=:\s]/.test(file.code.slice(s.keyStart + s.key.length, s.keyStart + s.key.length + 64))),
    evaluate: (0,scan_define/* asList */.DD)(),
    // `proxy_ssl_protocols …` is fixed as `proxy_ssl_protocols`, not as the server's `ssl_protocols`.
    instead: (ctx, s) => {
        const directive = /^(?:proxy_|grpc_|uwsgi_|lua_)?ssl_protocols$/.test(s.key) ? s.key : 'ssl_protocols';
        return `\`${directive} ${ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2 TLSv1.3'};\``;
    },
    examples: {
        valid: [
            {
                file: 'src/nginx_conf.py',
                code: 'KEY = "ssl_protocols"\nraise ValueError("ssl_protocols must list TLSv1.2 or later")',
                note: 'a string that names the directive is not configuration',
            },
            {
                file: 'nginx/site.conf',
                code: 'server {\n  ssl_protocols TLSv1.2\n                TLSv1.3;\n  listen 443 ssl;\n}',
                note: 'a directive continued on the next line, all modern',
            },
            { file: 'nginx.conf', code: 'ssl_protocols TLSv1.2 TLSv1.3;' },
            { file: 'conf.d/site.conf', code: '    ssl_protocols TLSv1.2;', note: 'TLSv1 must not match inside TLSv1.2' },
            { file: 'nginx.conf', code: '# ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\nssl_protocols TLSv1.3;', note: 'commented-out default' },
            { file: 'sites-available/default', code: 'server {\n  listen 443 ssl;\n  ssl_protocols TLSv1.2 TLSv1.3; # was TLSv1 TLSv1.1\n}' },
            { file: 'kong.conf', code: 'ssl_protocols = TLSv1.1 TLSv1.2', note: 'Kong syntax belongs to the Kong rule' },
            { file: 'roles/web/templates/nginx.conf.j2', code: 'ssl_protocols {{ nginx_ssl_protocols }};', note: 'templated value is unknown' },
            {
                file: 'docker-compose.yaml',
                code: 'environment:\n  NGINX_SSL_PROTOCOLS: ${NGINX_SSL_PROTOCOLS:-TLSv1.2 TLSv1.3}\n',
                note: 'safe compose default',
            },
            { file: 'roles/nginx/defaults/main.yml', code: 'nginx_ssl_protocols: "TLSv1.2 TLSv1.3"\n' },
            {
                file: 'setup.sh',
                code: "sed -i '/ssl_protocols TLSv1 TLSv1.1;/d' /etc/nginx/nginx.conf\n",
                note: 'a sed address is searched text: the line is deleted',
            },
        ],
        invalid: [
            {
                file: 'tests/parser_test.py',
                code: 'block = nginxparser.loads("""\n    server {\n        ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n    }""")',
                findings: ['3:9 TLSv1.0 TLSv1.1'],
                severity: 'note',
                note: 'configuration inside a string literal of code (a test: information)',
            },
            {
                file: 'nginx/site.conf',
                code: 'server {\n  ssl_protocols TLSv1.2\n                TLSv1.1;\n}',
                findings: ['3:17 TLSv1.1'],
                output: 'server {\n  ssl_protocols TLSv1.2;\n}',
                note: 'a directive runs to its `;`: the legacy version on the continued line counts, and is reported there',
            },
            {
                file: 'nginx.conf',
                code: 'ssl_protocols TLSv1 TLSv1.1 TLSv1.2;',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                output: 'ssl_protocols TLSv1.2;',
            },
            {
                file: 'conf.d/api.conf',
                code: 'server {\n    listen 443 ssl;\n    ssl_protocols SSLv3 TLSv1.2;\n}',
                findings: ['3:5 SSLv3'],
                output: 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2;\n}',
            },
            { file: 'nginx.conf', code: 'location / {\n  proxy_ssl_protocols TLSv1 TLSv1.2;\n}', findings: ['2:3 TLSv1.0'] },
            { file: 'snippets/ssl-params.conf', code: 'ssl_protocols TLSv1.1 TLSv1.2 TLSv1.3;', findings: ['1:1 TLSv1.1'] },
            { file: 'nginx.conf.j2', code: 'ssl_protocols TLSv1 TLSv1.2;', findings: ['1:1 TLSv1.0'] },
            {
                file: 'conf/nginx.conf.tpl',
                code: 'server {\n    listen              443 ssl;\n    ssl_protocols       TLSv1 TLSv1.1 TLSv1.2;\n}\n',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
                output: 'server {\n    listen              443 ssl;\n    ssl_protocols       TLSv1.2;\n}\n',
                note: 'value aligned with many spaces (nginx documentation style)',
            },
            {
                file: 'nginx.conf',
                code: 'mail {\n  ssl_protocols TLSv1.2 TLSv1.3;\n}\n',
                floor: 'TLSv1.3',
                findings: ['2:3 TLSv1.2'],
                output: 'mail {\n  ssl_protocols TLSv1.3;\n}\n',
            },
            {
                file: 'Dockerfile',
                code: 'RUN echo "ssl_protocols TLSv1 TLSv1.1 TLSv1.2;" > /etc/nginx/conf.d/ssl.conf',
                findings: ['1:11 TLSv1.0 TLSv1.1'],
                note: 'configuration written by a Dockerfile',
            },
            {
                file: 'docker/docker-compose.yaml',
                code: 'services:\n  nginx:\n    environment:\n      NGINX_SSL_PROTOCOLS: ${NGINX_SSL_PROTOCOLS:-TLSv1.1 TLSv1.2 TLSv1.3}\n',
                findings: ['4:7 TLSv1.1'],
                note: 'compose default of a variable that an nginx template reads',
            },
            {
                file: '.env.example',
                code: 'NGINX_SSL_PROTOCOLS=TLSv1.1 TLSv1.2 TLSv1.3\n',
                findings: ['1:1 TLSv1.1'],
                output: 'NGINX_SSL_PROTOCOLS=TLSv1.2 TLSv1.3\n',
            },
            {
                file: 'roles/nginx/defaults/main.yml',
                code: 'nginx_ssl_protocols: "TLSv1 TLSv1.1 TLSv1.2"\n',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                note: 'Ansible role variable',
            },
            {
                file: 'setup.sh',
                code: "#!/bin/sh\nsed -i 's|^\\s*ssl_protocols .*|    ssl_protocols TLSv1 TLSv1.2;|' /etc/nginx/nginx.conf\n",
                findings: ['2:36 TLSv1.0'],
                output: "#!/bin/sh\nsed -i 's|^\\s*ssl_protocols .*|    ssl_protocols TLSv1.2;|' /etc/nginx/nginx.conf\n",
                note: 'a sed replacement is read as a directive',
            },
            {
                file: 'nginx.conf',
                code: 'location /api/ {\n  proxy_pass https://backend;\n  proxy_ssl_protocols TLSv1.1 TLSv1.2;\n}\n',
                findings: ['3:3 TLSv1.1'],
                output: 'location /api/ {\n  proxy_pass https://backend;\n  proxy_ssl_protocols TLSv1.2;\n}\n',
                note: 'upstream protocols; the message suggests proxy_ssl_protocols',
            },
        ],
    },
});
// ---------------------------------------------------------------------------------------------
// L2 ingress-nginx
// ---------------------------------------------------------------------------------------------
const ingressNginxSslProtocols = configRule({
    meta: {
        id: 'ingress-nginx/ssl-protocols',
        title: 'ingress-nginx ssl-protocols enables legacy TLS',
        description: 'The ingress-nginx ConfigMap key `ssl-protocols` (Helm `controller.config.ssl-protocols`) and the `nginx.ingress.kubernetes.io/proxy-ssl-protocols` annotation are passed to nginx `ssl_protocols` / `proxy_ssl_protocols`; listing TLSv1 or TLSv1.1 enables them for clients or upstreams.',
        ecosystem: 'Web servers & proxies',
        catalogue: ['L2'],
        docs: [
            'https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/configmap/#ssl-protocols',
            'https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#backend-certificate-authentication',
        ],
        files: { kinds: ['yaml', 'json', 'shell', 'hcl', 'dockerfile'] },
        keywords: /ssl-protocols/,
        fixable: true,
        safe: 'ssl-protocols: "TLSv1.2 TLSv1.3"',
        limits: 'Values set from Helm templates or variables (`{{ .Values.sslProtocols }}`) are unknown and not reported.',
    },
    keys: /(?:nginx\.ingress\.kubernetes\.io\/proxy-|controller\.config\.(?:proxy-)?|proxy-)?ssl-protocols/,
    named: /controller\.config\.(?:proxy-)?ssl-protocols/,
    finder: { spaceSeparated: false },
    evaluate: (0,scan_define/* asList */.DD)(),
    instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`ssl-protocols: "TLSv1.3"`' : '`ssl-protocols: "TLSv1.2 TLSv1.3"`'),
    examples: {
        valid: [
            {
                file: 'deploy/values.yaml',
                code: 'controller:\n  config:\n    ssl-protocols: |\n      TLSv1.2 TLSv1.3\n    legacy-note: TLSv1',
                note: 'the block scalar ends where the indentation does: the next key is not part of it',
            },
            { file: 'k8s/ingress-nginx-configmap.yaml', code: 'kind: ConfigMap\ndata:\n  ssl-protocols: "TLSv1.2 TLSv1.3"\n' },
            {
                file: 'values.yaml',
                code: 'controller:\n  config:\n    # ssl-protocols: "TLSv1 TLSv1.1 TLSv1.2"\n    ssl-protocols: "TLSv1.2"\n',
                note: 'commented-out legacy value; TLSv1 inside TLSv1.2',
            },
            {
                file: 'templates/configmap.yaml',
                code: 'data:\n  ssl-protocols: {{ .Values.sslProtocols | quote }}\n',
                note: 'templated value is unknown',
            },
            { file: 'ingress.yaml', code: 'metadata:\n  annotations:\n    nginx.ingress.kubernetes.io/proxy-ssl-protocols: "TLSv1.2 TLSv1.3"\n' },
        ],
        invalid: [
            {
                file: 'deploy/values.yaml',
                code: 'controller:\n  config:\n    ssl-protocols: >-\n      TLSv1.1 TLSv1.2\n    use-http2: "true"',
                findings: ['4:7 TLSv1.1'],
                note: 'a YAML block scalar: the value is the indented lines under the key, reported where the version is',
            },
            {
                file: 'k8s/ingress-nginx-configmap.yaml',
                code: 'apiVersion: v1\nkind: ConfigMap\ndata:\n  ssl-protocols: "TLSv1 TLSv1.1 TLSv1.2"\n',
                findings: ['4:3 TLSv1.0 TLSv1.1'],
                output: 'apiVersion: v1\nkind: ConfigMap\ndata:\n  ssl-protocols: "TLSv1.2"\n',
            },
            {
                file: 'ingress.yaml',
                code: 'metadata:\n  annotations:\n    nginx.ingress.kubernetes.io/proxy-ssl-protocols: "TLSv1.1 TLSv1.2"\n',
                findings: ['3:5 TLSv1.1'],
            },
            {
                file: 'helm/values.yaml',
                code: 'controller:\n  config:\n    use-http2: "true"\n    ssl-protocols: TLSv1 TLSv1.2\n',
                findings: ['4:5 TLSv1.0'],
            },
            {
                file: 'deploy.sh',
                code: 'helm upgrade --install ingress ingress-nginx/ingress-nginx \\\n  --set controller.config.ssl-protocols="TLSv1 TLSv1.1 TLSv1.2 TLSv1.3"\n',
                findings: ['2:9 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'ingress.tf',
                code: 'set {\n  name  = "controller.config.ssl-protocols"\n  value = "TLSv1.1 TLSv1.2"\n}\n',
                findings: ['3:3 TLSv1.1'],
                note: 'Terraform helm_release set block: reported on the value line',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/web-servers/stunnel-openvpn-hitch-squid.ts





// ---------------------------------------------------------------------------------------------
// L9 stunnel, OpenVPN, Hitch, Squid
// ---------------------------------------------------------------------------------------------
const stunnelSslVersion = configRule({
    meta: {
        id: 'stunnel/ssl-version',
        title: 'stunnel sslVersion enables legacy TLS',
        description: '`sslVersion = TLSv1` pins a service to that protocol; `sslVersionMin` / `sslVersionMax` bound it (stunnel 5.52+ with OpenSSL 1.1). `sslVersion = all` or a minimum of TLSv1/TLSv1.1 enables legacy TLS.',
        ecosystem: 'Web servers & proxies',
        catalogue: ['L9'],
        docs: ['https://www.stunnel.org/static/stunnel.html#sslVersion-=-SSL-VERSION'],
        files: { kinds: ['conf', 'ini', 'shell', 'dockerfile', 'yaml', 'other'], names: /stunnel/ },
        keywords: /sslVersion/,
        fixable: true,
        safe: 'sslVersionMin = TLSv1.2',
        limits: '`options = NO_SSLv3` alone leaves TLSv1.0 and TLSv1.1 to the OpenSSL default; that is not reported, because the default depends on the OpenSSL build and system policy.',
    },
    keys: /sslVersion(?:Min|Max)?/,
    finder: { spaceSeparated: false },
    // Quoted values outside stunnel files are more likely code (`sslVersion = "TLSv1"` in a script).
    where: (s, file) => /stunnel/.test(file.path.toLowerCase()) || s.form !== 'quoted',
    evaluate: (s, ctx, file) => {
        if (/min|max/i.test(s.key))
            return minOrMax()(s, ctx, file);
        const w = firstWord(s);
        if (w && /^all$/i.test(w.text))
            return {
                versions: (0,src_versions/* range */.y1)('SSLv3'),
                why: '`all` includes SSLv3, TLSv1 and TLSv1.1',
                fix: { start: s.keyStart, end: s.valueEnd, text: `sslVersionMin = ${ctx.floor}` },
            };
        const v = w && (0,evaluate/* readVersion */.$4)(w.text);
        if (!w || !v)
            return undefined;
        return { versions: (0,src_versions/* setOf */.s4)(v), fix: { start: w.start, end: w.start + w.text.length, text: ctx.floor } };
    },
    instead: (ctx) => `\`sslVersionMin = ${ctx.floor}\``,
    examples: {
        valid: [
            { file: 'stunnel.conf', code: '[https]\naccept = 443\nconnect = 80\nsslVersionMin = TLSv1.2\n' },
            { file: 'stunnel.conf', code: '[smtps]\nsslVersion = TLSv1.2\n' },
            { file: 'stunnel.conf', code: '; sslVersion = TLSv1\n[svc]\nsslVersion = TLSv1.3\n', note: 'commented with ;' },
            { file: 'stunnel.conf', code: '[svc]\noptions = NO_SSLv2\noptions = NO_SSLv3\n', note: 'left to the OpenSSL default; see limits' },
        ],
        invalid: [
            {
                file: 'stunnel.conf',
                code: '[legacy]\naccept = 8443\nsslVersion = TLSv1\n',
                findings: ['3:1 TLSv1.0'],
                output: '[legacy]\naccept = 8443\nsslVersion = TLSv1.2\n',
            },
            { file: 'stunnel.conf', code: 'sslVersion = SSLv3\n', findings: ['1:1 SSLv3'] },
            {
                file: 'stunnel.conf',
                code: '[svc]\nsslVersionMin = TLSv1.1\n',
                findings: ['2:1 TLSv1.1'],
                output: '[svc]\nsslVersionMin = TLSv1.2\n',
            },
            { file: 'stunnel.conf', code: 'sslVersion = all\n', findings: ['1:1 SSLv3 TLSv1.0 TLSv1.1'], output: 'sslVersionMin = TLSv1.2\n' },
        ],
    },
});
const openvpnTlsVersion = configRule({
    meta: {
        id: 'openvpn/tls-version',
        title: 'OpenVPN tls-version-min allows legacy TLS',
        description: '`tls-version-min 1.0` / `1.1` (config file or `--tls-version-min` flag) lets the control channel use TLS 1.0/1.1; `tls-version-max 1.1` caps it there.',
        ecosystem: 'Web servers & proxies',
        catalogue: ['L9'],
        docs: ['https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/'],
        files: { kinds: ['conf', 'shell', 'dockerfile', 'yaml', 'other', 'batch', 'powershell'], names: /openvpn|\.ovpn/ },
        keywords: /tls-version-min|tls-version-max/,
        fixable: true,
        safe: 'tls-version-min 1.2',
        limits: 'Without `tls-version-min` OpenVPN 2.6 defaults to TLS 1.2 (2.4/2.5: 1.0); the default is not reported.',
    },
    keys: /tls-version-(?:min|max)/,
    evaluate: minOrMax({ bareNumbers: true }),
    instead: (ctx) => `\`tls-version-min ${ctx.floor.slice(4)}\``,
    examples: {
        valid: [
            { file: 'server.conf', code: 'tls-version-min 1.2\n' },
            { file: 'client.ovpn', code: 'tls-version-min 1.2 or-highest\n' },
            { file: 'server.conf', code: ';tls-version-min 1.0\n# tls-version-min 1.1\ntls-version-min 1.3\n', note: 'both comment styles' },
        ],
        invalid: [
            {
                file: 'server.conf',
                code: 'proto udp\ntls-version-min 1.0\n',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                output: 'proto udp\ntls-version-min 1.2\n',
            },
            { file: 'client.ovpn', code: 'tls-version-min 1.1 or-highest\n', findings: ['1:1 TLSv1.1'] },
            { file: 'start.sh', code: 'openvpn --config client.conf --tls-version-max 1.1\n', findings: ['1:32 TLSv1.0 TLSv1.1'] },
        ],
    },
});
const hitchTlsProtos = configRule({
    meta: {
        id: 'hitch/tls-protos',
        title: 'Hitch tls-protos enables legacy TLS',
        description: 'Hitch `tls-protos = TLSv1.0 TLSv1.1 TLSv1.2` (or `--tls-protos`) lists the versions the TLS proxy accepts.',
        ecosystem: 'Web servers & proxies',
        catalogue: ['L9'],
        docs: ['https://github.com/varnish/hitch/blob/master/hitch.conf.man.rst'],
        files: { kinds: ['conf', 'shell', 'dockerfile', 'yaml', 'other'], names: /hitch/ },
        keywords: /tls-protos/,
        fixable: true,
        safe: 'tls-protos = TLSv1.2 TLSv1.3',
    },
    keys: /tls-protos/,
    evaluate: (0,scan_define/* asList */.DD)(),
    instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`tls-protos = TLSv1.3`' : '`tls-protos = TLSv1.2 TLSv1.3`'),
    examples: {
        valid: [
            { file: 'hitch.conf', code: 'tls-protos = TLSv1.2 TLSv1.3\n' },
            { file: 'hitch.conf', code: '#tls-protos = TLSv1.0 TLSv1.1 TLSv1.2\ntls-protos = TLSv1.3\n' },
            { file: 'hitch.conf', code: 'tls-protos = {{ hitch_protos }}\n' },
        ],
        invalid: [
            {
                file: 'hitch.conf',
                code: 'frontend = "[*]:443"\ntls-protos = TLSv1.0 TLSv1.1 TLSv1.2\n',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                output: 'frontend = "[*]:443"\ntls-protos = TLSv1.2\n',
            },
            { file: 'hitch.conf', code: 'tls-protos = SSLv3 TLSv1.2\n', findings: ['1:1 SSLv3'] },
            {
                file: 'run.sh',
                code: 'hitch --backend=[127.0.0.1]:6081 --tls-protos="TLSv1.1 TLSv1.2" /etc/hitch/cert.pem\n',
                findings: ['1:36 TLSv1.1'],
            },
        ],
    },
});
const SQUID = /\b(tls-min-version|min-version|sslversion)=([\w.]{1,10})/g;
const squidTlsMinVersion = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'squid/tls-min-version',
        title: 'Squid tls-min-version allows legacy TLS',
        description: '`https_port … tls-min-version=1.0` and `tls_outgoing_options min-version=1.0` let Squid accept or offer TLS 1.0/1.1; Squid 3 `sslversion=3|4` pins SSLv3 or TLSv1.',
        ecosystem: 'Web servers & proxies',
        catalogue: ['L9'],
        docs: ['https://www.squid-cache.org/Doc/config/https_port/', 'https://www.squid-cache.org/Doc/config/tls_outgoing_options/'],
        files: { kinds: ['conf', 'shell', 'dockerfile', 'yaml', 'other'], names: /squid/ },
        keywords: /min-version=|sslversion=/,
        fixable: true,
        safe: 'tls-min-version=1.2',
    },
    pattern: SQUID,
    evaluate: (m, ctx, file) => {
        const line = file.code.slice((0,source/* lastNewline */.Ly)(file.code, m.index) + 1, m.index);
        if (!/\b(?:https?_port|tls_outgoing_options|sslproxy_|cache_peer|sslcrtvalidator|icap_service)\b/.test(line))
            return undefined;
        if (m[1] === 'sslversion') {
            const v = { '3': 'SSLv3', '4': 'TLSv1.0', '5': 'TLSv1.1', '6': 'TLSv1.2' }[m[2]];
            return v ? { versions: (0,src_versions/* setOf */.s4)(v), why: `\`sslversion=${m[2]}\` is ${v} only` } : undefined;
        }
        const v = (0,evaluate/* readVersion */.$4)(m[2], { bareNumbers: true });
        if (!v)
            return undefined;
        const at = m.index + m[0].length - m[2].length;
        return { versions: (0,src_versions/* atLeast */.jZ)(v), fix: { start: at, end: at + m[2].length, text: ctx.floor.slice(4) } };
    },
    instead: (ctx) => `\`tls-min-version=${ctx.floor.slice(4)}\``,
    examples: {
        valid: [
            { file: 'squid.conf', code: 'https_port 3129 tls-cert=/etc/squid/cert.pem tls-min-version=1.2\n' },
            { file: 'squid.conf', code: 'tls_outgoing_options min-version=1.2 options=NO_SSLv3\n' },
            { file: 'squid.conf', code: '# https_port 443 tls-cert=/c.pem tls-min-version=1.0\n' },
        ],
        invalid: [
            {
                file: 'squid.conf',
                code: 'https_port 443 accel tls-cert=/etc/squid/site.pem tls-min-version=1.0\n',
                findings: ['1:51 TLSv1.0 TLSv1.1'],
                output: 'https_port 443 accel tls-cert=/etc/squid/site.pem tls-min-version=1.2\n',
            },
            { file: 'squid.conf', code: 'tls_outgoing_options min-version=1.1 options=NO_SSLv3\n', findings: ['1:22 TLSv1.1'] },
            { file: 'squid.conf', code: 'http_port 3128 ssl-bump cert=/etc/squid/ca.pem sslversion=4\n', findings: ['1:48 TLSv1.0'] },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/web-servers/index.ts













const web_servers_rules = [
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

;// CONCATENATED MODULE: ./src/scan/rules/mail-db/shared.ts



/** `!SSLv2, !SSLv3`: the separator the value already uses (`, `, `,`, ` ` or `:`). */
function shared_separatorOf(value) {
    const m = /[!\w.](\s*[,:]\s*|\s+)\\?[!>]/.exec(value);
    return m ? m[1] : ' ';
}
/**
 * Exclusion lists (`!SSLv2, !SSLv3`) start from every version the library supports, so they keep
 * TLSv1 and TLSv1.1. The fix excludes everything below the floor in the same style.
 */
function exclusionList(opts) {
    const plain = (0,scan_define/* asList */.DD)({ all: opts.all, base: opts.all, spell: opts.spell });
    return (s, ctx, file) => {
        const tokens = (0,scan_define/* settingTokens */.FM)(s);
        const result = (0,evaluate/* evalList */.vi)(tokens, { all: opts.all, base: opts.all, spell: opts.spell });
        if (!result)
            return undefined;
        const versioned = tokens.filter((t) => (0,evaluate/* readVersion */.$4)(t.text.replace(/^[!+]|^[<>]=?/g, ''), opts));
        const exclusionsOnly = versioned.length > 0 && versioned.every((t) => t.text.startsWith('!'));
        // `>=TLSv1` alone or with an upper bound (`>=TLSv1 <=TLSv1.3`): the fix raises the lower bound.
        const lower = tokens.filter((t) => /^>/.test(t.text));
        const single = lower.length === 1 && tokens.every((t) => t === lower[0] || /^<=?[\w.]+$/.test(t.text)) ? /^(>=?)(.+)$/.exec(lower[0].text) : null;
        let fix;
        if (exclusionsOnly && s.form !== 'block-list') {
            fix = {
                start: s.valueStart,
                end: s.valueEnd,
                // `\!SSLv2,\!SSLv3` (an unquoted shell word): the fix keeps the escape.
                text: exclusionsBelow(ctx.floor, opts.names)
                    .map((n) => `${s.value.includes('\\!') ? '\\' : ''}!${n}`)
                    .join(shared_separatorOf(s.value)),
            };
        }
        else if (single && (0,evaluate/* readVersion */.$4)(single[2], opts)) {
            fix = { start: lower[0].start, end: lower[0].end, text: `>=${ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2'}` };
        }
        else {
            fix = plain(s, ctx, file)?.fix;
        }
        return {
            versions: result.versions,
            why: exclusionsOnly ? 'an exclusion list keeps every version it does not exclude' : undefined,
            fix,
        };
    };
}

;// CONCATENATED MODULE: ./src/scan/rules/mail-db/dovecot.ts



// ---------------------------------------------------------------------------------------------
// M2 Dovecot
// ---------------------------------------------------------------------------------------------
const dovecotList = exclusionList({ all: (0,src_versions/* range */.y1)('SSLv3'), names: ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'] });
const dovecotMin = minimumOf({ special: { ANY: (0,src_versions/* range */.y1)('SSLv3') }, specialWhy: '`ANY` allows every version OpenSSL supports' });
const dovecotSslProtocols = configRule({
    meta: {
        id: 'dovecot/ssl-protocols',
        title: 'Dovecot SSL protocols allow legacy TLS',
        description: 'Dovecot 2.3+ `ssl_min_protocol` sets the lowest version; Dovecot 2.2 `ssl_protocols = !SSLv2 !SSLv3` is an exclusion list that keeps TLSv1 and TLSv1.1.',
        ecosystem: 'Mail, databases & brokers',
        catalogue: ['M2'],
        docs: [
            'https://doc.dovecot.org/2.3/settings/core/#core_setting-ssl_min_protocol',
            'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/',
        ],
        files: { kinds: ['conf', 'other', 'shell', 'dockerfile', 'yaml'], names: /dovecot|\d\d-ssl/ },
        keywords: /ssl_min_protocol|ssl_protocols/,
        fixable: true,
        safe: 'ssl_min_protocol = TLSv1.2',
        limits: 'Without `ssl_min_protocol`, Dovecot 2.3 defaults to TLSv1 (2.3.15+: TLSv1.2); defaults are not reported.',
    },
    keys: /(?:dovecot_)?ssl_min_protocol|(?:dovecot_)?ssl_protocols/,
    finder: { spaceSeparated: false },
    // `ssl_protocols = …` with `=`: Dovecot (nginx writes `ssl_protocols TLSv1.2;`, Kong files are Kong's).
    where: (s, file) => !/kong/.test(file.name) &&
        (/min/.test(s.key) ||
            /^[ \t]*[=:]/.test(file.code.slice(s.keyStart + s.key.length, s.keyStart + s.key.length + 4)) ||
            s.key.startsWith('dovecot_')),
    evaluate: (s, ctx, file) => (/min/.test(s.key) ? dovecotMin(s, ctx, file) : dovecotList(s, ctx, file)),
    instead: (ctx) => `\`ssl_min_protocol = ${ctx.floor}\` (Dovecot 2.3+)`,
    examples: {
        valid: [
            { file: 'conf.d/10-ssl.conf', code: 'ssl = required\nssl_min_protocol = TLSv1.2\n' },
            {
                file: 'roles/dovecot/defaults/main.yml',
                code: 'dovecot_ssl_min_protocol: \'{{ "TLSv1.2" if modern else "TLSv1.3" }}\'\n',
                note: 'both literal branches are safe',
            },
            {
                file: 'conf.d/10-ssl.conf',
                code: '# SSL protocols to use\n#ssl_protocols = !SSLv3\n#ssl_min_protocol = TLSv1\n',
                note: 'commented defaults of the stock file',
            },
            { file: 'dovecot.conf', code: 'ssl_protocols = !SSLv2 !SSLv3 !TLSv1 !TLSv1.1\n', note: 'exclusions reaching the floor' },
            { file: 'dovecot.conf', code: 'ssl_min_protocol = !SSLv3\n', note: 'not a version (a misconfiguration Dovecot rejects)' },
            { file: 'nginx.conf', code: 'ssl_protocols TLSv1 TLSv1.1;\n', note: 'nginx syntax belongs to the nginx rule' },
            {
                file: 'target/start-mailserver.sh',
                code: "sed -i -r 's/^ssl_protocols =.*$/ssl_protocols = !SSLv3,!TLSv1,!TLSv1.1/' /etc/dovecot/conf.d/10-ssl.conf\n",
                note: 'a sed replacement: the closing / is not read into !TLSv1.1',
            },
        ],
        invalid: [
            {
                file: 'conf.d/10-ssl.conf',
                code: 'ssl = yes\nssl_min_protocol = TLSv1\n',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                output: 'ssl = yes\nssl_min_protocol = TLSv1.2\n',
            },
            {
                file: 'dovecot.conf',
                code: 'ssl_protocols = !SSLv2 !SSLv3\n',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                output: 'ssl_protocols = !SSLv2 !SSLv3 !TLSv1 !TLSv1.1\n',
            },
            {
                file: 'roles/dovecot/defaults/main.yml',
                code: 'dovecot_ssl_protocols: \'{{ "!SSLv2 !SSLv3"\n                          if (release in [ "wheezy", "trusty" ])\n                          else "!SSLv3" }}\'\n',
                findings: ['1:28 TLSv1.0 TLSv1.1', '3:32 TLSv1.0 TLSv1.1'],
                note: "a Jinja conditional: each literal branch on its own line; the condition's strings are not values",
            },
            {
                file: 'docker/mail/dovecot.sh',
                code: 'cat > /etc/dovecot/dovecot.conf <<EOF\nssl_cert = </etc/ssl/mail.crt\nssl_min_protocol = TLSv1.1\nEOF\n',
                findings: ['3:1 TLSv1.1'],
            },
            { file: 'dovecot.conf', code: 'ssl_min_protocol = ANY\n', findings: ['1:1 SSLv3 TLSv1.0 TLSv1.1'] },
            {
                file: 'install/dovecot.sh',
                code: 'echo "ssl_protocols = !SSLv2 !SSLv3" >> "${DOVECOT_PATH}/conf/ssl.conf"\n',
                findings: ['1:7 TLSv1.0 TLSv1.1'],
                output: 'echo "ssl_protocols = !SSLv2 !SSLv3 !TLSv1 !TLSv1.1" >> "${DOVECOT_PATH}/conf/ssl.conf"\n',
                note: 'the closing quote of echo ends the value',
            },
            {
                file: 'local.conf',
                code: 'ssl_min_protocol = TLSv1.2\n',
                floor: 'TLSv1.3',
                findings: ['1:1 TLSv1.2'],
                output: 'ssl_min_protocol = TLSv1.3\n',
            },
            {
                file: 'iRedMail/functions/dovecot.sh',
                code: "if [ X\"${DISTRO_CODENAME}\" == X'stretch' ]; then\n    perl -pi -e 's#^(ssl_protocols).*#ssl_protocols = !SSLv3#' ${DOVECOT_CONF}\nfi\n",
                findings: ['2:39 TLSv1.0 TLSv1.1'],
                output: "if [ X\"${DISTRO_CODENAME}\" == X'stretch' ]; then\n    perl -pi -e 's#^(ssl_protocols).*#ssl_protocols = !SSLv2 !SSLv3 !TLSv1 !TLSv1.1#' ${DOVECOT_CONF}\nfi\n",
                note: 'perl substitution with # delimiter',
            },
            {
                file: 'setup.sh',
                code: "perl -pi -e 's#^ssl_min_protocol.*#ssl_min_protocol = TLSv1#' dovecot.conf\n",
                findings: ['1:36 TLSv1.0 TLSv1.1'],
                output: "perl -pi -e 's#^ssl_min_protocol.*#ssl_min_protocol = TLSv1.2#' dovecot.conf\n",
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/mail-db/exim.ts


// ---------------------------------------------------------------------------------------------
// M3 Exim
// ---------------------------------------------------------------------------------------------
const EXIM_OPTION = {
    no_sslv2: 'SSLv2',
    no_sslv3: 'SSLv3',
    no_tlsv1: 'TLSv1.0',
    no_tlsv1_1: 'TLSv1.1',
    no_tlsv1_2: 'TLSv1.2',
    no_tlsv1_3: 'TLSv1.3',
};
function eximOpenssl(s, ctx) {
    let versions = (0,src_versions/* range */.y1)('TLSv1.0');
    let seen = false;
    for (const m of s.value.matchAll(/([+-])(no_(?:sslv[23]|tlsv1(?:_[123])?))\b/gi)) {
        const v = EXIM_OPTION[m[2].toLowerCase()];
        seen = true;
        if (m[1] === '+')
            versions &= ~(0,src_versions/* setOf */.s4)(v);
        else
            versions |= (0,src_versions/* setOf */.s4)(v);
    }
    if (!seen)
        return undefined;
    const missing = Object.entries(EXIM_OPTION)
        .filter(([, v]) => v !== 'SSLv2' && ((0,src_versions/* setOf */.s4)(v) & versions) !== 0 && exclusionsBelow(ctx.floor).includes(v === 'TLSv1.0' ? 'TLSv1' : v))
        .map(([name]) => `+${name}`);
    const canFix = !/-no_/i.test(s.value) && missing.length > 0;
    return {
        versions,
        why: "options that only exclude SSL keep OpenSSL's TLSv1 and TLSv1.1",
        fix: canFix ? { start: s.valueEnd, end: s.valueEnd, text: ` ${missing.join(' ')}` } : undefined,
    };
}
function eximGnutls(s) {
    let versions = src_versions/* EMPTY */.wg;
    for (const m of s.value.matchAll(/([+-])VERS-((?:TLS|SSL)\d\.\d)/gi)) {
        const v = (0,src_versions/* parseVersion */.ot)(m[2]);
        if (!v)
            continue;
        if (m[1] === '+')
            versions |= (0,src_versions/* setOf */.s4)(v);
        else
            versions &= ~(0,src_versions/* setOf */.s4)(v);
    }
    return versions
        ? {
            versions,
            why: 'the GnuTLS priority string adds legacy versions',
            instead: '`tls_require_ciphers = NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2`',
        }
        : undefined;
}
const eximTlsOptions = configRule({
    meta: {
        id: 'exim/tls-options',
        title: 'Exim TLS options allow legacy TLS',
        description: 'Exim (OpenSSL builds) takes `openssl_options = +no_sslv2 +no_sslv3`; excluding only SSL keeps TLSv1 and TLSv1.1. GnuTLS builds take a priority string in `tls_require_ciphers`, where `+VERS-TLS1.0` / `+VERS-TLS1.1` add legacy versions.',
        ecosystem: 'Mail, databases & brokers',
        catalogue: ['M3'],
        docs: [
            'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-main_configuration.html#SECID102',
            'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-encrypted_smtp_connections_using_tlsssl.html',
        ],
        files: { kinds: ['conf', 'other', 'shell', 'dockerfile', 'yaml', 'ini'], names: /exim|^configure$/ },
        keywords: /openssl_options|tls_require_ciphers/,
        fixable: true,
        safe: 'openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1',
        limits: "Without `openssl_options`, the versions follow Exim's and OpenSSL's defaults; not reported. GnuTLS keywords such as `NORMAL` are not expanded.",
    },
    keys: /(?:exim4?_)?(?:openssl_options|tls_require_ciphers)/,
    finder: { spaceSeparated: false },
    evaluate: (s, ctx) => (/openssl/.test(s.key) ? eximOpenssl(s, ctx) : eximGnutls(s)),
    instead: '`openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1`',
    examples: {
        valid: [
            { file: 'exim4.conf', code: 'openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1 +cipher_server_preference\n' },
            {
                file: 'exim4.conf',
                code: 'openssl_options = +no_compression +cipher_server_preference\n',
                note: 'no version options: defaults, not reported',
            },
            { file: 'exim4.conf', code: 'tls_require_ciphers = NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2\n' },
            { file: 'exim4.conf', code: '# openssl_options = +no_sslv2 +no_sslv3\n', note: 'commented' },
            { file: 'exim4.conf', code: 'tls_require_ciphers = SECURE192:-VERS-TLS1.0:-VERS-TLS1.1\n', note: 'disabling forms' },
        ],
        invalid: [
            {
                file: 'exim4.conf',
                code: 'tls_advertise_hosts = *\nopenssl_options = +no_sslv2 +no_sslv3\n',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                output: 'tls_advertise_hosts = *\nopenssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1\n',
            },
            {
                file: 'conf.d/main/03_exim4-config_tlsoptions',
                code: 'openssl_options = +all +no_sslv2 -no_sslv3\n',
                findings: ['1:1 SSLv3 TLSv1.0 TLSv1.1'],
                note: '-no_sslv3 re-enables SSLv3',
            },
            { file: 'exim4.conf', code: 'tls_require_ciphers = NORMAL:+VERS-TLS1.0:+VERS-TLS1.1\n', findings: ['1:1 TLSv1.0 TLSv1.1'] },
            {
                file: 'exim.conf',
                code: 'openssl_options = +no_sslv3 +no_tlsv1\n',
                findings: ['1:1 TLSv1.1'],
                output: 'openssl_options = +no_sslv3 +no_tlsv1 +no_tlsv1_1\n',
            },
            {
                file: 'exim4/conf.d/main/00_local',
                code: 'openssl_options = +all +no_sslv2 +no_compression +cipher_server_preference\n',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                note: '`+all` is bug workarounds, not versions',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/mail-db/mongodb.ts


// ---------------------------------------------------------------------------------------------
// M9 MongoDB
// ---------------------------------------------------------------------------------------------
const MONGO_ALL = (0,src_versions/* range */.y1)('TLSv1.0');
const mongodbDisabledProtocols = configRule({
    meta: {
        id: 'mongodb/disabled-protocols',
        title: 'MongoDB disabledProtocols leaves legacy TLS enabled',
        description: "`net.tls.disabledProtocols` (`net.ssl.disabledProtocols`, `--tlsDisabledProtocols`) lists the versions to *disable*; setting it replaces MongoDB's default of disabling TLS 1.0. `none` enables every version, and `TLS1_2` alone leaves TLS 1.0 and 1.1 on.",
        ecosystem: 'Mail, databases & brokers',
        catalogue: ['M9'],
        docs: ['https://www.mongodb.com/docs/manual/reference/configuration-options/#mongodb-setting-net.tls.disabledProtocols'],
        files: { kinds: ['yaml', 'conf', 'shell', 'dockerfile', 'other', 'ini', 'json'], names: /mongo/ },
        keywords: /disabledProtocols/,
        fixable: true,
        safe: 'disabledProtocols: TLS1_0,TLS1_1',
    },
    keys: /(?:net\.(?:tls|ssl)\.)?disabledProtocols|(?:tls|ssl)DisabledProtocols/,
    // A bare `disabledProtocols` key needs a MongoDB context (the `net:` section or a TLS mode).
    where: (s, file) => /^(?:net\.|tls|ssl)/.test(s.key) || file.matches(/mongo|\bnet:|(?:require|prefer|allow)(?:TLS|SSL)\b/i),
    evaluate: (s, ctx) => {
        const w = firstWord(s);
        if (!w)
            return undefined;
        // `TLS1_0,TLS1_1 --bind_ip_all`: a bare value ends at the first space that is not after a comma.
        const list = s.form === 'bare' ? (/^[^\s,]+(?:[ \t]*,[ \t]*[^\s,]+)*/.exec(s.value)?.[0] ?? '') : s.value;
        const names = list.split(/[\s,'"[\]-]+/).filter(Boolean);
        let versions = MONGO_ALL;
        if (names.length === 1 && /^none$/i.test(names[0])) {
            // every version
        }
        else {
            for (const n of names) {
                const v = (0,src_versions/* parseVersion */.ot)(n);
                if (!v)
                    return undefined;
                versions &= ~(0,src_versions/* setOf */.s4)(v);
            }
        }
        const text = ctx.floor === 'TLSv1.3' ? 'TLS1_0,TLS1_1,TLS1_2' : 'TLS1_0,TLS1_1';
        return {
            versions,
            why: /^none$/i.test(names[0]) ? '`none` disables nothing' : 'the list names what to disable; every other version stays enabled',
            fix: s.form === 'block-list' ? undefined : { start: s.valueStart, end: s.valueStart + list.length, text },
        };
    },
    instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`disabledProtocols: TLS1_0,TLS1_1,TLS1_2`' : '`disabledProtocols: TLS1_0,TLS1_1`'),
    examples: {
        valid: [
            {
                file: 'mongod.conf',
                code: 'net:\n  tls:\n    mode: requireTLS\n    disabledProtocols: TLS1_0,TLS1_1\n',
                note: 'disabling TLS1_0/TLS1_1 is the safe form',
            },
            { file: 'mongod.conf', code: 'net:\n  tls:\n    # disabledProtocols: none\n    mode: requireTLS\n', note: 'commented' },
            { file: 'docker-compose.yml', code: 'command: mongod --tlsMode requireTLS --tlsDisabledProtocols TLS1_0,TLS1_1\n' },
            { file: 'mongod.conf', code: 'net:\n  tls:\n    disabledProtocols: ${DISABLED_PROTOCOLS}\n', note: 'variable' },
            { file: 'config/server.yaml', code: 'http:\n  disabledProtocols: TLS1_2\n', note: 'not a MongoDB file' },
        ],
        invalid: [
            {
                file: 'mongod.conf',
                code: 'net:\n  tls:\n    mode: requireTLS\n    disabledProtocols: none\n',
                findings: ['4:5 TLSv1.0 TLSv1.1'],
                output: 'net:\n  tls:\n    mode: requireTLS\n    disabledProtocols: TLS1_0,TLS1_1\n',
            },
            {
                file: 'mongod.conf',
                code: 'net:\n  ssl:\n    disabledProtocols: TLS1_2\n',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
                note: 'disabling 1.2 leaves 1.0 and 1.1',
            },
            { file: 'mongod.conf', code: 'net:\n  tls:\n    disabledProtocols: TLS1_0\n', findings: ['3:5 TLSv1.1'] },
            {
                file: 'start.sh',
                code: 'mongod --tlsMode requireTLS --tlsDisabledProtocols none --bind_ip_all\n',
                findings: ['1:31 TLSv1.0 TLSv1.1'],
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/mail-db/mysql.ts


// ---------------------------------------------------------------------------------------------
// M6 MySQL / MariaDB
// ---------------------------------------------------------------------------------------------
const mysqlTlsVersion = configRule({
    meta: {
        id: 'mysql/tls-version',
        title: 'MySQL / MariaDB tls_version enables legacy TLS',
        description: '`tls_version` / `admin_tls_version` (server), `--tls-version` (clients) and the Connector/J `tlsVersions` / `enabledTLSProtocols` properties list the versions MySQL and MariaDB use; listing TLSv1 or TLSv1.1 enables them.',
        ecosystem: 'Mail, databases & brokers',
        catalogue: ['M6'],
        docs: [
            'https://dev.mysql.com/doc/refman/8.0/en/server-system-variables.html#sysvar_tls_version',
            'https://mariadb.com/kb/en/ssltls-system-variables/#tls_version',
        ],
        files: { kinds: ['ini', 'conf', 'other', 'yaml', 'shell', 'dockerfile', 'env', 'properties', 'sql'], names: /my\.cnf|mysql|mariadb/ },
        keywords: /tls_version|tls-version|tlsVersions|enabledTLSProtocols/,
        fixable: true,
        safe: 'tls_version = TLSv1.2,TLSv1.3',
        limits: 'Unset, MySQL 5.7 and MariaDB before 10.6 allow TLSv1 and TLSv1.1 (MySQL 8.0.28+ removed them); defaults are not reported. RDS parameter groups and Azure flexible-server configurations are left to the cloud rules.',
    },
    keys: /(?:admin_)?tls[_-]version|tlsVersions|enabledTLSProtocols/,
    finder: { spaceSeparated: true },
    where: (s, file) => {
        if (file.kind === 'hcl' || file.kind === 'json' || file.matches(/AWS::RDS::DB(?:Cluster)?ParameterGroup/))
            return false;
        if (/tlsVersions|enabledTLSProtocols/.test(s.key))
            return /mysql|mariadb/i.test(file.code.slice(Math.max(0, s.keyStart - 300), s.keyStart));
        // `tls_version` is also a field of other tools (MQTT clients, Docker Compose): outside option
        // files, require a MySQL context in the file.
        if (/^\s*(?:ssl\.|tls\.|PROTOCOL_)/.test(s.value))
            return false;
        return file.kind === 'ini' || /mysql|mariadb|percona/i.test(file.path) || file.matches(/mysql|mariadb|percona/i);
    },
    evaluate: (0,scan_define/* asList */.DD)(),
    instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`tls_version=TLSv1.3`' : '`tls_version=TLSv1.2,TLSv1.3`'),
    examples: {
        valid: [
            { file: 'my.cnf', code: '[mysqld]\ntls_version=TLSv1.2,TLSv1.3\n' },
            { file: 'mariadb.cnf', code: '[mariadb]\n#tls_version = TLSv1.0,TLSv1.1,TLSv1.2\ntls_version = TLSv1.2\n', note: 'commented' },
            { file: 'docker-compose.yml', code: 'command: --tls-version=TLSv1.2 --require-secure-transport=ON\n' },
            { file: 'my.cnf', code: "[mysqld]\ntls_version=''\n", note: 'empty disables TLS: not a version' },
            {
                file: 'rds.tf',
                code: 'resource "aws_db_parameter_group" "mysql" {\n  parameter {\n    name  = "tls_version"\n    value = "TLSv1,TLSv1.1"\n  }\n}\n',
                note: 'cloud parameter groups are reported by the AWS/Azure rules',
            },
            { file: 'configuration.yaml', code: 'mqtt:\n  broker: mqtt.local\n  tls_version: TLSv1\n', note: 'an MQTT client, not MySQL' },
        ],
        invalid: [
            {
                file: 'my.cnf',
                code: '[mysqld]\nssl_ca=/etc/mysql/ca.pem\ntls_version=TLSv1,TLSv1.1,TLSv1.2\n',
                findings: ['3:1 TLSv1.0 TLSv1.1'],
                output: '[mysqld]\nssl_ca=/etc/mysql/ca.pem\ntls_version=TLSv1.2\n',
            },
            {
                file: 'mariadb.conf.d/50-server.cnf',
                code: '[mariadb]\ntls_version = TLSv1.0,TLSv1.1\n',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
            },
            { file: 'my.cnf', code: '[mysqld]\nadmin_tls_version = TLSv1.1,TLSv1.2\n', findings: ['2:1 TLSv1.1'] },
            { file: 'backup.sh', code: 'mysqldump --ssl-mode=REQUIRED --tls-version=TLSv1 -h db mydb > dump.sql\n', findings: ['1:33 TLSv1.0'] },
            {
                file: 'application.properties',
                code: 'spring.datasource.url=jdbc:mysql://db:3306/app?sslMode=REQUIRED&enabledTLSProtocols=TLSv1.1,TLSv1.2\n',
                findings: ['1:65 TLSv1.1'],
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/mail-db/openldap.ts


// ---------------------------------------------------------------------------------------------
// M5 OpenLDAP
// ---------------------------------------------------------------------------------------------
const LDAP_NUMBERS = {
    '3': 'SSLv3',
    '3.0': 'SSLv3',
    '3.1': 'TLSv1.0',
    '3.2': 'TLSv1.1',
    '3.3': 'TLSv1.2',
    '3.4': 'TLSv1.3',
};
const ldapTlsProtocolMin = configRule({
    meta: {
        id: 'ldap/tls-protocol-min',
        title: 'OpenLDAP TLS protocol minimum allows legacy TLS',
        description: 'OpenLDAP writes the minimum as the SSL record version: `olcTLSProtocolMin: 3.1` (cn=config), `TLSProtocolMin 3.1` (slapd.conf) and `TLS_PROTOCOL_MIN 3.1` (ldap.conf) mean TLS 1.0; 3.2 is TLS 1.1, 3.3 is TLS 1.2.',
        ecosystem: 'Mail, databases & brokers',
        catalogue: ['M5'],
        docs: ['https://www.openldap.org/doc/admin26/tls.html', 'https://www.openldap.org/software/man.cgi?query=ldap.conf'],
        files: { kinds: ['conf', 'other', 'shell', 'dockerfile', 'yaml', 'env', 'ini'], names: /ldap|slapd|\.ldif/ },
        keywords: /TLSProtocolMin|TLS_PROTOCOL_MIN/,
        fixable: true,
        safe: 'olcTLSProtocolMin: 3.3',
        limits: 'Without the setting OpenLDAP uses the TLS library default (TLS 1.0 with older OpenSSL); not reported.',
    },
    keys: /olcTLSProtocolMin|TLSProtocolMin|(?:LDAP_)?TLS_PROTOCOL_MIN/i,
    evaluate: (s, ctx) => {
        const w = firstWord(s);
        const v = w && LDAP_NUMBERS[w.text];
        if (!w || !v)
            return undefined;
        return {
            versions: (0,src_versions/* atLeast */.jZ)(v),
            why: `${w.text} is ${v}`,
            fix: { start: w.start, end: w.start + w.text.length, text: ctx.floor === 'TLSv1.3' ? '3.4' : '3.3' },
        };
    },
    instead: (ctx) => `\`olcTLSProtocolMin: ${ctx.floor === 'TLSv1.3' ? '3.4' : '3.3'}\` (ldap.conf: \`TLS_PROTOCOL_MIN ${ctx.floor === 'TLSv1.3' ? '3.4' : '3.3'}\`)`,
    examples: {
        valid: [
            {
                file: 'tls.ldif',
                code: 'dn: cn=config\nchangetype: modify\nreplace: olcTLSProtocolMin\nolcTLSProtocolMin: 3.3\n',
                note: '`replace: olcTLSProtocolMin` is not a value',
            },
            { file: 'ldap.conf', code: 'TLS_PROTOCOL_MIN 3.3\n' },
            { file: 'slapd.conf', code: '# TLSProtocolMin 3.1\nTLSProtocolMin 3.4\n', note: 'commented' },
            { file: 'tls.ldif', code: '#olcTLSProtocolMin: 3.1\n', note: 'LDIF comment (no comment syntax known for .ldif)' },
        ],
        invalid: [
            {
                file: 'tls.ldif',
                code: 'dn: cn=config\nchangetype: modify\nadd: olcTLSProtocolMin\nolcTLSProtocolMin: 3.1\n',
                findings: ['4:1 TLSv1.0 TLSv1.1'],
                output: 'dn: cn=config\nchangetype: modify\nadd: olcTLSProtocolMin\nolcTLSProtocolMin: 3.3\n',
            },
            { file: 'slapd.conf', code: 'TLSCipherSuite HIGH\nTLSProtocolMin 3.2\n', findings: ['2:1 TLSv1.1'] },
            { file: 'ldap.conf', code: 'TLS_REQCERT demand\nTLS_PROTOCOL_MIN 3.1\n', findings: ['2:1 TLSv1.0 TLSv1.1'] },
            {
                file: 'docker-compose.yml',
                code: 'environment:\n  LDAP_TLS_PROTOCOL_MIN: "3.1"\n',
                findings: ['2:3 TLSv1.0 TLSv1.1'],
                note: 'osixia/openldap variable',
            },
            {
                file: 'hosts/ldap.nix',
                code: 'attrs = {\n  olcTLSVerifyClient = "never";\n  olcTLSProtocolMin = "3.1";\n  # olcTLSProtocolMin = "3.2";\n};\n',
                findings: ['3:3 TLSv1.0 TLSv1.1'],
                note: 'NixOS services.openldap settings',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/mail-db/postfix.ts




const CONF_KINDS = ['conf', 'ini', 'other', 'yaml', 'shell', 'dockerfile', 'env'];
// ---------------------------------------------------------------------------------------------
// M1 Postfix
// ---------------------------------------------------------------------------------------------
const POSTFIX_HEX = {
    '0300': 'SSLv3',
    '0x0300': 'SSLv3',
    '300': 'SSLv3',
    '0x300': 'SSLv3',
    '0301': 'TLSv1.0',
    '0x0301': 'TLSv1.0',
    '301': 'TLSv1.0',
    '0x301': 'TLSv1.0',
    '0302': 'TLSv1.1',
    '0x0302': 'TLSv1.1',
    '302': 'TLSv1.1',
    '0x302': 'TLSv1.1',
    '0303': 'TLSv1.2',
    '0x0303': 'TLSv1.2',
    '303': 'TLSv1.2',
    '0x303': 'TLSv1.2',
    '0304': 'TLSv1.3',
    '0x0304': 'TLSv1.3',
    '304': 'TLSv1.3',
    '0x304': 'TLSv1.3',
};
const postfixList = exclusionList({ all: (0,src_versions/* range */.y1)('SSLv3'), spell: POSTFIX_HEX });
/**
 * The client's `smtp_tls_security_level` (or `lmtp_…`) as this file sets it: `may` when only the
 * old `smtp_use_tls = yes` is there, undefined when the file leaves it unset.
 */
function clientSecurityLevel(file, client) {
    for (const s of (0,scan_define/* findSettings */.n4)(file, new RegExp(`(?:postfix_)?${client}_tls_security_level`), { spaceSeparated: false })) {
        const level = /^[\w-]+/.exec(s.value.trim().replace(/^["']/, ''))?.[0].toLowerCase();
        if (level)
            return level;
    }
    for (const s of (0,scan_define/* findSettings */.n4)(file, new RegExp(`(?:postfix_)?${client}_(?:use|enforce)_tls`), { spaceSeparated: false })) {
        if (/^["']?yes/i.test(s.value.trim()))
            return s.key.includes('enforce') ? 'encrypt' : 'may';
    }
    return undefined;
}
/**
 * Outbound SMTP (`smtp_`) protocol settings say the trade-off of opportunistic TLS plainly: at
 * security level `may` (and when the level is left unset) Postfix falls back to plaintext when the
 * TLS handshake fails, so refusing TLS 1.0 to a server that offers nothing newer sends that mail
 * unencrypted. That is a judgement for the operator: a warning, not an error.
 */
function postfixProtocols(s, ctx, file) {
    const e = postfixList(s, ctx, file);
    const client = /^(?:postfix_)?(smtp)_tls_(mandatory_)?/.exec(s.key);
    if (!e || !client)
        return e;
    const name = `${client[1]}_tls_security_level`;
    const level = clientSecurityLevel(file, client[1]);
    const said = level === undefined ? `\`${name}\` is not set here` : `\`${name} = ${level}\``;
    let why;
    let severity;
    if (level === undefined || level === 'may' || level === 'none') {
        severity = 'warning';
        why = client[2]
            ? `outbound mail (${said}): mandatory protocols apply only at level \`encrypt\` or above; at \`may\` TLS is opportunistic`
            : `outbound opportunistic TLS (${said}): a server that offers nothing newer gets TLS 1.0/1.1 today; refusing it means that mail goes in plaintext instead`;
    }
    else if (level === 'dane') {
        why = `outbound DANE (${said}): servers without TLSA records get opportunistic TLS, and refusing TLS 1.0/1.1 to one that offers nothing newer means that mail goes in plaintext`;
    }
    else
        return e;
    return { ...e, why: e.why ? `${e.why}; ${why}` : why, severity: e.severity ?? severity };
}
const postfixTlsProtocols = configRule({
    meta: {
        id: 'postfix/tls-protocols',
        title: 'Postfix TLS protocols allow legacy TLS',
        description: '`smtpd_tls_protocols`, `smtp_tls_protocols`, `lmtp_tls_protocols`, `tlsproxy_tls_protocols` and their `_mandatory_` variants take exclusion lists (`!SSLv2, !SSLv3`) that start from every version OpenSSL supports, or bounds (`>=TLSv1`). Excluding only SSL keeps TLSv1 and TLSv1.1.',
        ecosystem: 'Mail, databases & brokers',
        catalogue: ['M1'],
        docs: [
            'https://www.postfix.org/postconf.5.html#smtpd_tls_protocols',
            'https://www.postfix.org/postconf.5.html#smtp_tls_mandatory_protocols',
        ],
        files: { kinds: CONF_KINDS, names: /main\.cf|master\.cf|postfix/ },
        keywords: /_tls_protocols|_tls_mandatory_protocols/,
        fixable: true,
        safe: 'smtpd_tls_protocols = >=TLSv1.2',
        limits: 'An unset parameter uses the Postfix default (`!SSLv2, !SSLv3` before 3.6, `>=TLSv1` since), which allows TLSv1.0; defaults are not reported. Per-destination `protocols=` in TLS policy maps is not read.',
    },
    keys: /(?:postfix_)?(?:smtpd?|lmtp|tlsproxy)_tls_(?:mandatory_)?protocols/,
    finder: { spaceSeparated: false, bounds: true },
    evaluate: postfixProtocols,
    instead: (ctx, s) => `\`${s.key.replace(/^postfix_/, '')} = >=${ctx.floor}\` (Postfix 3.6+) or \`${exclusionsBelow(ctx.floor)
        .map((n) => `!${n}`)
        .join(', ')}\``,
    examples: {
        valid: [
            { file: 'main.cf', code: 'smtpd_tls_protocols = >=TLSv1.2\nsmtp_tls_protocols = >=TLSv1.2\n' },
            {
                file: 'main.cf',
                code: 'smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\n',
                note: '!TLSv1 tokens are exclusions, not legacy',
            },
            {
                file: 'main.cf',
                code: '#smtpd_tls_protocols = !SSLv2, !SSLv3\nsmtpd_tls_protocols = TLSv1.2 TLSv1.3\n',
                note: 'commented default',
            },
            { file: 'main.cf', code: 'smtp_tls_protocols = $smtpd_tls_protocols\n', note: 'a reference is unknown' },
            { file: 'roles/postfix/defaults/main.yml', code: 'postfix_smtpd_tls_protocols: "!SSLv2,!SSLv3,!TLSv1,!TLSv1.1"\n' },
            {
                file: 'roles/postfix/defaults/main.yml',
                code: "postfix__maincf:\n  - name: 'smtpd_tls_protocols'\n    state: 'absent'\n  - value: [ '!SSLv2', '!SSLv3' ]\n    section: 'smtpd-tls'\n",
                note: 'a value in the next item belongs to that item',
            },
            {
                file: 'target/start-mailserver.sh',
                code: "sed -i -r 's/^smtpd_tls_protocols =.*$/smtpd_tls_protocols = !SSLv2,!SSLv3,!TLSv1,!TLSv1.1/' /etc/postfix/main.cf\n",
                note: 'a sed replacement: the closing / is not read into !TLSv1.1',
            },
            {
                file: 'setup.sh',
                code: "sed -i 's/^smtpd_tls_protocols = !SSLv2, !SSLv3$/smtpd_tls_protocols = >=TLSv1.2/' /etc/postfix/main.cf\n",
                note: 'the searched text is what the script removes',
            },
            { file: 'main.cf', code: 'smtpd_tls_protocols = >=TLSv1.2 <=TLSv1.3\n', note: 'two bounds are one range, not a union' },
        ],
        invalid: [
            {
                file: 'main.cf',
                code: 'smtpd_tls_security_level = may\nsmtpd_tls_protocols = !SSLv2, !SSLv3\n',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                output: 'smtpd_tls_security_level = may\nsmtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\n',
            },
            {
                file: 'main.cf',
                code: 'smtp_tls_mandatory_protocols = >=TLSv1\n',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                output: 'smtp_tls_mandatory_protocols = >=TLSv1.2\n',
                severity: 'warning',
                note: 'the client side with no security level set (opportunistic): a trade-off, not a plain error',
            },
            {
                file: 'main.cf',
                code: 'smtpd_tls_mandatory_protocols = !SSLv2 !SSLv3 !TLSv1\n',
                findings: ['1:1 TLSv1.1'],
                output: 'smtpd_tls_mandatory_protocols = !SSLv2 !SSLv3 !TLSv1 !TLSv1.1\n',
                note: 'space separated; !TLSv1 leaves TLSv1.1',
            },
            {
                file: 'master.cf',
                code: 'submission inet n       -       y       -       -       smtpd\n  -o syslog_name=postfix/submission\n  -o smtpd_tls_protocols=!SSLv2,!SSLv3\n',
                findings: ['3:6 TLSv1.0 TLSv1.1'],
                output: 'submission inet n       -       y       -       -       smtpd\n  -o syslog_name=postfix/submission\n  -o smtpd_tls_protocols=!SSLv2,!SSLv3,!TLSv1,!TLSv1.1\n',
            },
            { file: 'install.sh', code: "postconf -e 'smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3'\n", findings: ['1:14 TLSv1.0 TLSv1.1'] },
            {
                file: 'main.cf',
                code: 'lmtp_tls_protocols = TLSv1 TLSv1.1 TLSv1.2\n',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                output: 'lmtp_tls_protocols = TLSv1.2\n',
            },
            {
                file: 'group_vars/mail.yml',
                code: 'postfix_smtp_tls_protocols: "!SSLv2, !SSLv3"\n',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'an Ansible variable for the outbound client; no security level in sight: opportunistic',
            },
            {
                file: 'roles/postfix/defaults/main.yml',
                code: "postfix__maincf:\n  - name: 'smtpd_tls_protocols'\n    value: [ '!SSLv2', '!SSLv3', '!TLSv1', 'TLSv1.1', 'TLSv1.2' ]\n    section: 'smtpd-tls'\n",
                findings: ['3:5 TLSv1.1'],
                note: 'an Ansible name/value item: reported on the value line',
            },
            {
                file: 'main.cf',
                code: 'smtpd_tls_protocols = >=0x0301\n',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                note: 'hexadecimal bound (Postfix 3.6+)',
            },
            {
                file: 'main.cf',
                code: 'smtpd_tls_security_level = may\nsmtpd_tls_protocols = <=TLSv1.1\n',
                findings: ['2:1 SSLv3 TLSv1.0 TLSv1.1'],
                note: 'an upper bound (Postfix 3.6+); `<` must not end the value',
            },
            {
                file: 'main.cf',
                code: 'smtp_tls_security_level = may\nsmtp_tls_protocols = !SSLv2, !SSLv3\n',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'opportunistic client: refusing TLS 1.0 to a peer with nothing newer means plaintext, a trade-off',
            },
            {
                file: 'target/start-mailserver.sh',
                code: "sed -i -r 's/^smtpd_tls_protocols =.*$/smtpd_tls_protocols = !SSLv2,!SSLv3/' /etc/postfix/main.cf\n",
                findings: ['1:40 TLSv1.0 TLSv1.1'],
                output: "sed -i -r 's/^smtpd_tls_protocols =.*$/smtpd_tls_protocols = !SSLv2,!SSLv3,!TLSv1,!TLSv1.1/' /etc/postfix/main.cf\n",
                note: 'sed replacement: SSLv3 stays excluded and the fix keeps the closing delimiter',
            },
            {
                file: 'setup/mail-postfix.sh',
                code: 'tools/editconf.py /etc/postfix/main.cf \\\n\tsmtpd_tls_auth_only=yes \\\n\tsmtpd_tls_protocols=\\!SSLv2,\\!SSLv3 \\\n\tsmtpd_tls_ciphers=medium\n',
                findings: ['3:2 TLSv1.0 TLSv1.1'],
                output: 'tools/editconf.py /etc/postfix/main.cf \\\n\tsmtpd_tls_auth_only=yes \\\n\tsmtpd_tls_protocols=\\!SSLv2,\\!SSLv3,\\!TLSv1,\\!TLSv1.1 \\\n\tsmtpd_tls_ciphers=medium\n',
                note: 'an unquoted shell argument: the fix adds no space and keeps the escapes and the line continuation',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/mail-db/postgresql.ts

// ---------------------------------------------------------------------------------------------
// M7 PostgreSQL
// ---------------------------------------------------------------------------------------------
const postgresSslProtocolVersion = configRule({
    meta: {
        id: 'postgres/ssl-protocol-version',
        title: 'PostgreSQL SSL protocol version allows legacy TLS',
        description: '`ssl_min_protocol_version` / `ssl_max_protocol_version` (postgresql.conf, `ALTER SYSTEM`, PG 12+) and the libpq connection parameters of the same name (`PGSSLMINPROTOCOLVERSION`) bound the TLS versions; `TLSv1` / `TLSv1.1` as minimum or a `TLSv1.1` maximum allow legacy TLS.',
        ecosystem: 'Mail, databases & brokers',
        catalogue: ['M7'],
        docs: [
            'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-SSL-MIN-PROTOCOL-VERSION',
            'https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNECT-SSL-MIN-PROTOCOL-VERSION',
        ],
        files: {
            kinds: [
                'conf',
                'ini',
                'other',
                'yaml',
                'json',
                'shell',
                'dockerfile',
                'env',
                'sql',
                'properties',
                'python',
                'js',
                'ts',
                'go',
                'java',
                'ruby',
                'php',
                'csharp',
                'rust',
            ],
            names: /postgresql|pg_|postgres/,
        },
        keywords: /ssl_min_protocol_version|ssl_max_protocol_version|PGSSLMINPROTOCOLVERSION|PGSSLMAXPROTOCOLVERSION/,
        fixable: true,
        safe: "ssl_min_protocol_version = 'TLSv1.2'",
        limits: 'PostgreSQL 12 defaults to TLSv1 (13+: TLSv1.2); defaults are not reported. RDS parameter groups and Azure flexible-server configurations are left to the cloud rules.',
    },
    keys: /(?:postgresql_)?ssl_(?:min|max)_protocol_version|PGSSL(?:MIN|MAX)PROTOCOLVERSION/i,
    finder: { spaceSeparated: true },
    // CloudFormation/ARM JSON parameter groups are the cloud rules' (`"Parameters": {"ssl_min_protocol_version": …}`).
    where: (s, file) => !file.matches(/AWS::RDS::DB(?:Cluster)?ParameterGroup/) && (file.kind !== 'json' || !file.matches(/"(?:Parameters|properties)"\s*:/)),
    evaluate: minOrMax(),
    instead: (ctx) => `\`ssl_min_protocol_version = '${ctx.floor}'\``,
    examples: {
        valid: [
            { file: 'postgresql.conf', code: "ssl = on\nssl_min_protocol_version = 'TLSv1.2'\n" },
            {
                file: 'postgresql.conf',
                code: "#ssl_min_protocol_version = 'TLSv1.2'\n#ssl_max_protocol_version = ''\n",
                note: 'commented sample defaults',
            },
            { file: 'postgresql.conf', code: "ssl_max_protocol_version = 'TLSv1.3'\n", note: 'a cap above the floor' },
            { file: 'db.py', code: 'conn = psycopg2.connect("host=db sslmode=verify-full ssl_min_protocol_version=TLSv1.3")\n' },
            { file: 'postgresql.conf', code: "ssl_max_protocol_version = ''\n", note: 'empty: no cap' },
            {
                file: 'pg.tf',
                code: 'resource "azurerm_postgresql_flexible_server_configuration" "tls" {\n  name  = "ssl_min_protocol_version"\n  value = "TLSv1"\n}\n',
                note: 'cloud server parameters are reported by the AWS/Azure rules',
            },
            {
                file: 'cfn/db.yaml',
                code: 'Type: AWS::RDS::DBParameterGroup\nProperties:\n  Parameters:\n    ssl_min_protocol_version: TLSv1\n',
                note: 'CloudFormation parameter group: the AWS rule reports it',
            },
            {
                file: 'check.sh',
                code: "psql -c \"SELECT setting FROM pg_settings WHERE name IN ('ssl', 'ssl_min_protocol_version', 'ssl_max_protocol_version')\"\n",
                note: 'a query that lists parameter names',
            },
        ],
        invalid: [
            {
                file: 'postgresql.conf',
                code: "ssl = on\nssl_min_protocol_version = 'TLSv1'\n",
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                output: "ssl = on\nssl_min_protocol_version = 'TLSv1.2'\n",
            },
            { file: 'postgresql.conf', code: "ssl_max_protocol_version = 'TLSv1.1'\n", findings: ['1:1 TLSv1.0 TLSv1.1'] },
            { file: 'migrations/001.sql', code: "ALTER SYSTEM SET ssl_min_protocol_version TO 'TLSv1.1';\n", findings: ['1:18 TLSv1.1'] },
            {
                file: 'app/db.py',
                code: 'DSN = "host=db port=5432 sslmode=require ssl_min_protocol_version=TLSv1 dbname=app"\n',
                findings: ['1:42 TLSv1.0 TLSv1.1'],
                note: 'libpq connection string',
            },
            { file: 'values.yaml', code: 'postgresql:\n  parameters:\n    ssl_min_protocol_version: TLSv1.1\n', findings: ['3:5 TLSv1.1'] },
            { file: '.env', code: 'PGSSLMINPROTOCOLVERSION=TLSv1.1\n', findings: ['1:1 TLSv1.1'] },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/mail-db/redis.ts


// ---------------------------------------------------------------------------------------------
// M8 Redis / Valkey / KeyDB
// ---------------------------------------------------------------------------------------------
const redisTlsProtocols = configRule({
    meta: {
        id: 'redis/tls-protocols',
        title: 'Redis tls-protocols enables legacy TLS',
        description: 'Redis, Valkey and KeyDB `tls-protocols "TLSv1 TLSv1.1 TLSv1.2"` (redis.conf, `--tls-protocols`, `CONFIG SET`) lists the versions the server accepts.',
        ecosystem: 'Mail, databases & brokers',
        catalogue: ['M8'],
        docs: [
            'https://redis.io/docs/latest/operate/oss_and_stack/management/security/encryption/',
            'https://raw.githubusercontent.com/redis/redis/unstable/redis.conf',
        ],
        files: { kinds: ['conf', 'other', 'shell', 'dockerfile', 'yaml'], names: /redis|valkey|keydb|sentinel/ },
        keywords: /tls-protocols/,
        fixable: true,
        safe: 'tls-protocols "TLSv1.2 TLSv1.3"',
        limits: 'Unset, Redis uses "TLSv1.2 TLSv1.3"; nothing to report.',
    },
    keys: /tls-protocols/,
    finder: { spaceSeparated: true },
    evaluate: (0,scan_define/* asList */.DD)(),
    instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`tls-protocols "TLSv1.3"`' : '`tls-protocols "TLSv1.2 TLSv1.3"`'),
    examples: {
        valid: [
            { file: 'redis.conf', code: 'tls-port 6379\ntls-protocols "TLSv1.2 TLSv1.3"\n' },
            {
                file: 'redis.conf',
                code: '# tls-protocols "TLSv1.2 TLSv1.3"\n# tls-protocols TLSv1\n',
                note: 'commented defaults of the stock file',
            },
            { file: 'docker-compose.yml', code: 'command: redis-server --tls-port 6380 --tls-protocols "TLSv1.2"\n' },
            {
                file: 'setup.sh',
                code: 'sed -i "s|^tls-protocols.*|tls-protocols \\"TLSv1.2 TLSv1.3\\"|" redis.conf\n',
                note: 'escaped quotes in a sed replacement',
            },
        ],
        invalid: [
            {
                file: 'redis.conf',
                code: 'tls-port 6379\ntls-protocols "TLSv1 TLSv1.1 TLSv1.2"\n',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                output: 'tls-port 6379\ntls-protocols "TLSv1.2"\n',
            },
            { file: 'valkey.conf', code: 'tls-protocols TLSv1.1\n', findings: ['1:1 TLSv1.1'], output: 'tls-protocols TLSv1.2\n' },
            { file: 'k8s/redis.yaml', code: 'args: ["--tls-port", "6379", "--tls-protocols", "TLSv1 TLSv1.2"]\n', findings: ['1:33 TLSv1.0'] },
            {
                file: 'setup.sh',
                code: 'sed -i "s|^tls-protocols.*|tls-protocols \\"TLSv1.1 TLSv1.2\\"|" redis.conf\n',
                findings: ['1:28 TLSv1.1'],
                output: 'sed -i "s|^tls-protocols.*|tls-protocols \\"TLSv1.2\\"|" redis.conf\n',
                note: 'sed with | delimiter and escaped quotes: the fix stays inside the replacement',
            },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/mail-db/sql-server.ts


// ---------------------------------------------------------------------------------------------
// M10 SQL Server on Linux
// ---------------------------------------------------------------------------------------------
const mssqlTlsProtocols = configRule({
    meta: {
        id: 'mssql/tlsprotocols',
        title: 'SQL Server on Linux tlsprotocols enables legacy TLS',
        description: '`mssql-conf set network.tlsprotocols 1.0,1.1,1.2` (or `tlsprotocols` under `[network]` in mssql.conf) lists the versions SQL Server on Linux accepts.',
        ecosystem: 'Mail, databases & brokers',
        catalogue: ['M10'],
        docs: ['https://learn.microsoft.com/en-us/sql/linux/sql-server-linux-configure-mssql-conf#tls'],
        files: { kinds: ['ini', 'conf', 'shell', 'dockerfile', 'yaml', 'other'], names: /mssql/ },
        keywords: /tlsprotocols/,
        fixable: true,
        safe: 'mssql-conf set network.tlsprotocols 1.2',
        limits: 'SQL Server on Windows follows the SCHANNEL registry settings (catalogue B1), not this setting.',
    },
    keys: /(?:network\.)?tlsprotocols/i,
    evaluate: (0,scan_define/* asList */.DD)({ bareNumbers: true }),
    instead: (ctx) => `\`mssql-conf set network.tlsprotocols ${ctx.floor === 'TLSv1.3' ? '1.3' : '1.2'}\``,
    examples: {
        valid: [
            { file: 'setup.sh', code: '/opt/mssql/bin/mssql-conf set network.tlsprotocols 1.2\n' },
            { file: 'mssql.conf', code: '[network]\ntlsprotocols = 1.2\n' },
            { file: 'mssql.conf', code: '[network]\n# tlsprotocols = 1.0,1.1,1.2\ntlsprotocols = 1.2,1.3\n', note: 'commented' },
        ],
        invalid: [
            {
                file: 'setup.sh',
                code: 'sudo /opt/mssql/bin/mssql-conf set network.tlsprotocols 1.0,1.1,1.2\n',
                findings: ['1:36 TLSv1.0 TLSv1.1'],
                output: 'sudo /opt/mssql/bin/mssql-conf set network.tlsprotocols 1.2\n',
            },
            { file: 'mssql.conf', code: '[network]\nforceencryption = 1\ntlsprotocols = 1.1,1.2\n', findings: ['3:1 TLSv1.1'] },
            { file: 'Dockerfile', code: 'RUN /opt/mssql/bin/mssql-conf set network.tlsprotocols 1.0\n', findings: ['1:35 TLSv1.0'] },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/mail-db/vsftpd-proftpd.ts




// ---------------------------------------------------------------------------------------------
// M4 vsftpd, ProFTPD
// ---------------------------------------------------------------------------------------------
const vsftpdSslVersions = configRule({
    meta: {
        id: 'ftp/vsftpd-ssl-versions',
        title: 'vsftpd enables legacy SSL/TLS versions',
        description: 'vsftpd `ssl_sslv2`, `ssl_sslv3`, `ssl_tlsv1` (and the distribution-patched `ssl_tlsv1_1`, `ssl_tlsv1_2`) switch single protocol versions on. `ssl_tlsv1=YES` permits TLS 1.0 connections.',
        ecosystem: 'Mail, databases & brokers',
        catalogue: ['M4'],
        docs: ['https://security.appspot.com/vsftpd/vsftpd_conf.html'],
        files: { kinds: ['conf', 'other', 'shell', 'dockerfile', 'yaml', 'env'], names: /vsftpd/ },
        keywords: /ssl_sslv|ssl_tlsv/,
        fixable: true,
        safe: 'ssl_tlsv1=NO',
        limits: 'vsftpd 3.0 enables TLS 1.0 unless `ssl_tlsv1=NO` (its default is YES); a missing line is not reported. Some distribution patches change what `ssl_tlsv1` covers; the rule follows the upstream manual.',
    },
    keys: /(?:vsftpd_)?ssl_(?:sslv[23]|tlsv1(?:_[0-3])?)/i,
    finder: { spaceSeparated: false },
    evaluate: (s) => {
        const w = firstWord(s);
        if (!w || !/^(?:yes|true|1)$/i.test(w.text))
            return undefined;
        const v = (0,src_versions/* parseVersion */.ot)(s.key.replace(/^vsftpd_ssl_|^ssl_/i, ''));
        if (!v)
            return undefined;
        const no = w.text === w.text.toUpperCase() ? 'NO' : w.text === 'yes' ? 'no' : w.text === '1' ? '0' : 'false';
        return { versions: (0,src_versions/* setOf */.s4)(v), fix: { start: w.start, end: w.start + w.text.length, text: no } };
    },
    instead: (ctx, s) => `\`${s.key}=NO\``,
    examples: {
        valid: [
            {
                file: 'vsftpd.conf',
                code: 'ssl_enable=YES\nssl_sslv2=NO\nssl_sslv3=NO\nssl_tlsv1=NO\nssl_tlsv1_2=YES\n',
                note: 'TLSv1 in ssl_tlsv1_2 must not count',
            },
            { file: 'vsftpd.conf', code: '#ssl_tlsv1=YES\nssl_tlsv1=NO\n', note: 'commented default' },
            { file: 'vsftpd.conf', code: 'ssl_tlsv1_2=YES\nssl_tlsv1_3=YES\n' },
        ],
        invalid: [
            {
                file: 'vsftpd.conf',
                code: 'ssl_enable=YES\nssl_tlsv1=YES\nssl_sslv2=NO\nssl_sslv3=NO\n',
                findings: ['2:1 TLSv1.0'],
                output: 'ssl_enable=YES\nssl_tlsv1=NO\nssl_sslv2=NO\nssl_sslv3=NO\n',
            },
            { file: 'vsftpd.conf', code: 'ssl_sslv3=YES\n', findings: ['1:1 SSLv3'], output: 'ssl_sslv3=NO\n' },
            { file: 'Dockerfile', code: 'RUN echo "ssl_tlsv1_1=YES" >> /etc/vsftpd.conf\n', findings: ['1:11 TLSv1.1'] },
        ],
    },
});
const proftpdTlsProtocol = configRule({
    meta: {
        id: 'ftp/proftpd-tls-protocol',
        title: 'ProFTPD TLSProtocol enables legacy TLS',
        description: 'mod_tls `TLSProtocol` lists the versions ProFTPD accepts (`ALL -SSLv3` keeps TLSv1 and TLSv1.1; `SSLv23` means SSLv3 and TLSv1).',
        ecosystem: 'Mail, databases & brokers',
        catalogue: ['M4'],
        docs: ['http://www.proftpd.org/docs/contrib/mod_tls.html#TLSProtocol'],
        files: { kinds: ['conf', 'other', 'shell', 'dockerfile', 'yaml'], names: /proftpd|tls\.conf/ },
        keywords: /TLSProtocol/,
        fixable: true,
        safe: 'TLSProtocol TLSv1.2 TLSv1.3',
    },
    keys: /TLSProtocol/,
    finder: { spaceSeparated: true },
    evaluate: (s, ctx, file) => {
        const all = (0,src_versions/* range */.y1)('SSLv3');
        const tokens = (0,scan_define/* settingTokens */.FM)(s);
        const sslv23 = tokens.some((t) => /^\+?sslv23$/i.test(t.text)) ? (0,src_versions/* setOf */.s4)('SSLv3', 'TLSv1.0') : src_versions/* EMPTY */.wg;
        const result = (0,evaluate/* evalList */.vi)(tokens, { all, base: all });
        if (!result && !sslv23)
            return undefined;
        const versions = (result?.versions ?? src_versions/* EMPTY */.wg) | sslv23;
        const plain = !sslv23 && tokens.every((t) => /^[\w.]/.test(t.text) && !/^all$/i.test(t.text));
        const fix = plain
            ? (0,scan_define/* asList */.DD)({ all, base: all })(s, ctx, file)?.fix
            : { start: s.valueStart, end: s.valueEnd, text: ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2 TLSv1.3' };
        return {
            versions,
            fix,
            why: sslv23 ? '`SSLv23` means SSLv3 and TLSv1' : /all/i.test(s.value) ? '`ALL` includes TLSv1 and TLSv1.1' : undefined,
        };
    },
    instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`TLSProtocol TLSv1.3`' : '`TLSProtocol TLSv1.2 TLSv1.3`'),
    examples: {
        valid: [
            { file: 'proftpd/tls.conf', code: '<IfModule mod_tls.c>\n  TLSEngine on\n  TLSProtocol TLSv1.2 TLSv1.3\n</IfModule>\n' },
            { file: 'proftpd.conf', code: 'TLSProtocol ALL -SSLv3 -TLSv1 -TLSv1.1\n' },
            { file: 'proftpd/tls.conf', code: '#TLSProtocol SSLv23\nTLSProtocol TLSv1.2\n', note: 'commented stock line' },
        ],
        invalid: [
            {
                file: 'proftpd/tls.conf',
                code: '<IfModule mod_tls.c>\n  TLSProtocol TLSv1 TLSv1.1 TLSv1.2\n</IfModule>\n',
                findings: ['2:3 TLSv1.0 TLSv1.1'],
                output: '<IfModule mod_tls.c>\n  TLSProtocol TLSv1.2\n</IfModule>\n',
            },
            { file: 'proftpd/tls.conf', code: 'TLSProtocol SSLv23\n', findings: ['1:1 SSLv3 TLSv1.0'], output: 'TLSProtocol TLSv1.2 TLSv1.3\n' },
            { file: 'proftpd.conf', code: 'TLSProtocol ALL -SSLv3\n', findings: ['1:1 TLSv1.0 TLSv1.1'] },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/mail-db/zookeeper.ts




// ---------------------------------------------------------------------------------------------
// M11 ZooKeeper
// ---------------------------------------------------------------------------------------------
const zookeeperSslProtocol = configRule({
    meta: {
        id: 'zookeeper/ssl-protocol',
        title: 'ZooKeeper TLS protocol settings enable legacy TLS',
        description: 'ZooKeeper `ssl.protocol` / `ssl.quorum.protocol` name the TLS protocol and `ssl.enabledProtocols` / `ssl.quorum.enabledProtocols` list the enabled versions (zoo.cfg, `-Dzookeeper.ssl.*`); TLSv1 or TLSv1.1 enables legacy TLS. RabbitMQ is covered by catalogue row I8.',
        ecosystem: 'Mail, databases & brokers',
        catalogue: ['M11'],
        docs: ['https://zookeeper.apache.org/doc/current/zookeeperAdmin.html#sc_authOptions'],
        files: { kinds: ['ini', 'properties', 'conf', 'shell', 'dockerfile', 'yaml', 'env', 'other'], names: /zoo|zookeeper/ },
        keywords: /ssl\.protocol|ssl\.quorum\.protocol|enabledProtocols/,
        fixable: true,
        safe: 'ssl.protocol=TLSv1.2',
    },
    keys: /(?:zookeeper\.)?ssl\.(?:quorum\.)?(?:protocol|enabledProtocols)|ZOO_CFG_SSL_(?:QUORUM_)?(?:PROTOCOL|ENABLEDPROTOCOLS)/,
    finder: { spaceSeparated: false },
    // `ssl.protocol` is also Kafka's key: read it only with a ZooKeeper-specific prefix or in ZooKeeper files.
    where: (s, file) => /zookeeper|quorum|enabledProtocols|ZOO_/i.test(s.key) || /zoo/.test(file.path.toLowerCase()),
    evaluate: (s, ctx, file) => {
        if (/enabledProtocols/i.test(s.key))
            return (0,scan_define/* asList */.DD)()(s, ctx, file);
        const w = firstWord(s);
        const v = w && (0,evaluate/* readVersion */.$4)(w.text);
        if (!w || !v)
            return undefined;
        const spelled = (0,evaluate/* respell */.an)(w.text, ctx.floor);
        return { versions: (0,src_versions/* setOf */.s4)(v), fix: spelled ? { start: w.start, end: w.start + w.text.length, text: spelled } : undefined };
    },
    instead: (ctx) => `\`ssl.protocol=${ctx.floor}\` and \`ssl.enabledProtocols=${ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2,TLSv1.3'}\``,
    examples: {
        valid: [
            { file: 'conf/zoo.cfg', code: 'secureClientPort=2281\nssl.protocol=TLSv1.2\nssl.enabledProtocols=TLSv1.2,TLSv1.3\n' },
            { file: 'conf/zoo.cfg', code: '#ssl.quorum.protocol=TLSv1\nssl.quorum.protocol=TLSv1.3\n', note: 'commented' },
            { file: 'config/server.properties', code: 'ssl.protocol=TLSv1\n', note: 'Kafka file: the Kafka rule owns plain ssl.protocol' },
            { file: 'conf/zoo.cfg', code: 'ssl.protocol=TLS\n', note: 'protocol-neutral name' },
        ],
        invalid: [
            {
                file: 'conf/zoo.cfg',
                code: 'secureClientPort=2281\nssl.protocol=TLSv1\n',
                findings: ['2:1 TLSv1.0'],
                output: 'secureClientPort=2281\nssl.protocol=TLSv1.2\n',
            },
            {
                file: 'conf/zoo.cfg',
                code: 'ssl.quorum.enabledProtocols=TLSv1,TLSv1.1,TLSv1.2\n',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                output: 'ssl.quorum.enabledProtocols=TLSv1.2\n',
            },
            {
                file: 'bin/zkEnv.sh',
                code: 'export SERVER_JVMFLAGS="-Dzookeeper.ssl.protocol=TLSv1.1 $SERVER_JVMFLAGS"\n',
                findings: ['1:27 TLSv1.1'],
            },
            { file: 'conf/zoo.cfg', code: 'ssl.enabledProtocols=TLSv1.1,TLSv1.2\n', findings: ['1:1 TLSv1.1'] },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/mail-db/index.ts






















const mail_db_rules = [
    postfixTlsProtocols,
    dovecotSslProtocols,
    eximTlsOptions,
    vsftpdSslVersions,
    proftpdTlsProtocol,
    ldapTlsProtocolMin,
    mysqlTlsVersion,
    postgresSslProtocolVersion,
    redisTlsProtocols,
    mongodbDisabledProtocols,
    mssqlTlsProtocols,
    zookeeperSslProtocol,
];

;// CONCATENATED MODULE: ./src/scan/rules/aws/shared.ts

// ---------------------------------------------------------------------------------------------
// Shared helpers (bounded scans only).
/** Start of the line holding `offset`, looking back at most `max` characters. */
function lineStartOf(code, offset, max = 300) {
    const from = Math.max(0, offset - max);
    const i = code.slice(from, offset).lastIndexOf('\n');
    return i < 0 ? from : from + i + 1;
}
/** End of the line holding `offset`, looking ahead at most `max` characters. */
function lineEndOf(code, offset, max = 300) {
    const to = Math.min(code.length, offset + max);
    const i = code.slice(offset, to).indexOf('\n');
    return i < 0 ? to : offset + i;
}
const BLOCK_LIMIT = 30000;
/** The `{ … }` blocks that enclose `offset`, innermost first (looks back at most 30,000 chars). */
function enclosingBlocks(code, offset, limit = BLOCK_LIMIT) {
    const blocks = [];
    let depth = 0;
    const stop = Math.max(0, offset - limit);
    for (let i = offset - 1; i >= stop; i--) {
        const ch = code[i];
        if (ch === '}')
            depth++;
        else if (ch === '{') {
            if (depth > 0)
                depth--;
            else {
                const lineStart = lineStartOf(code, i);
                blocks.push({ header: code.slice(lineStart, i).trim(), open: i });
            }
        }
    }
    return blocks;
}
/** Offset just after the `}` that closes the `{` at `open` (or a bounded end). */
function blockEnd(code, open, limit = BLOCK_LIMIT) {
    let depth = 0;
    const stop = Math.min(code.length, open + limit);
    for (let i = open; i < stop; i++) {
        const ch = code[i];
        if (ch === '{')
            depth++;
        else if (ch === '}' && --depth === 0)
            return i + 1;
    }
    return stop;
}
/** A block's text with its nested blocks blanked: only its own attributes remain. */
function shared_topLevel(block) {
    let depth = 0;
    let out = '';
    for (let i = 0; i < block.length; i++) {
        const ch = block[i];
        if (ch === '{')
            depth++;
        if (depth <= 1 || ch === '\n')
            out += ch;
        if (ch === '}')
            depth--;
    }
    return out;
}
/** The text of the innermost block around `offset` (`{` to `}`), or undefined outside blocks. */
function innermostBlock(code, offset) {
    const b = enclosingBlocks(code, offset, 8000)[0];
    if (!b)
        return undefined;
    return { text: code.slice(b.open, blockEnd(code, b.open, 8000)), start: b.open, header: b.header };
}
/**
 * The Terraform resource (or data source) type around `offset`: `aws_lb_listener`. Top-level
 * blocks do not nest, so the nearest `resource "…"` header before `offset` either encloses it or
 * the offset is outside every resource (locals, variables, module calls).
 */
function tfResourceType(code, offset) {
    const headers = tfHeaders(code);
    let lo = 0;
    let hi = headers.length - 1;
    let found = -1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (headers[mid].open < offset) {
            found = mid;
            lo = mid + 1;
        }
        else
            hi = mid - 1;
    }
    const h = found >= 0 ? headers[found] : undefined;
    return h && h.end > offset ? h.type : undefined;
}
let shared_headerCache;
/** The `resource`/`data` blocks of a Terraform file, in order (computed once per text). */
function tfHeaders(code) {
    if (shared_headerCache?.code === code)
        return shared_headerCache.headers;
    const headers = [];
    const re = /^[ \t]*(?:resource|data)[ \t]+"([\w-]{1,100})"[^{\n]{0,200}\{/gm;
    let last = 0;
    for (let m = re.exec(code); m; m = re.exec(code)) {
        const open = m.index + m[0].length - 1;
        if (open < last)
            continue;
        const end = blockEnd(code, open, 400000);
        headers.push({ type: m[1], open, end });
        last = end;
        re.lastIndex = Math.max(re.lastIndex, end);
    }
    shared_headerCache = { code, headers };
    return headers;
}
const flags = new WeakMap();
/** A per-file test computed once (`name` identifies it). */
function fileFlag(file, name, test) {
    let map = flags.get(file);
    if (!map)
        flags.set(file, (map = new Map()));
    let v = map.get(name);
    if (v === undefined)
        map.set(name, (v = test(file)));
    return v;
}
/** The line around `offset`, at most 300 characters each side. */
function lineAround(code, offset) {
    return code.slice(lineStartOf(code, offset), lineEndOf(code, offset));
}
/** Whether `offset` is inside a Terraform `variable`, `output` or a `validation` block. */
function inTfDeclaration(code, offset) {
    const blocks = enclosingBlocks(code, offset);
    if (blocks.some((b) => /^validation\b/.test(b.header)))
        return 'validation';
    const outer = blocks[blocks.length - 1];
    return outer && /^variable\b/.test(outer.header) ? 'variable' : undefined;
}
function indentOf(line) {
    return /^[ \t]*/.exec(line)[0].length;
}
/**
 * In YAML, the lines of the mapping that holds the line at `offset`: the contiguous lines at
 * the same indentation or deeper (at most 200 lines each way).
 */
function yamlMapping(code, offset) {
    const lineStart = (0,source/* lastNewline */.Ly)(code, offset - 1) + 1;
    const lineEnd = (0,source/* nextNewline */.m8)(code, offset);
    const first = code.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    const indent = indentOf(first.replace(/^([ \t]*)- /, '$1  '));
    let start = lineStart;
    for (let n = 0; n < 200 && start > 0; n++) {
        const prevStart = (0,source/* lastNewline */.Ly)(code, start - 2) + 1;
        const line = code.slice(prevStart, start - 1);
        if (line.trim() !== '' && indentOf(line) < indent)
            break;
        start = prevStart;
        if (/^[ \t]*- /.test(line) && indentOf(line) + 2 === indent)
            break;
    }
    let end = lineEnd < 0 ? code.length : lineEnd;
    for (let n = 0; n < 200 && end < code.length; n++) {
        const nextEnd = (0,source/* nextNewline */.m8)(code, end + 1);
        const line = code.slice(end + 1, nextEnd < 0 ? undefined : nextEnd);
        if (line.trim() !== '' && (indentOf(line) < indent || (/^[ \t]*- /.test(line) && indentOf(line) + 2 === indent)))
            break;
        end = nextEnd < 0 ? code.length : nextEnd;
    }
    return code.slice(start, end);
}
/**
 * The literal a setting's value holds, when it is one: `"x"`, `x`, `pulumi.String("x")`,
 * `jsii.String("x")`. Expressions (variables, ternaries, interpolation) give undefined.
 */
function literalOf(value, form) {
    let v = value.trim();
    if (form === 'bare') {
        if (/[?+]|\$\{|\bvar\.|\blocal\./.test(v))
            return undefined;
        v = v.split(/[ \t]/)[0];
    }
    const call = /^[\w.]{1,40}\(\s*["'`]([^"'`$]{1,120})["'`]\s*\)?$/.exec(v);
    if (call)
        return call[1];
    const plain = /^["'`]?([\w.+:/ -]{1,120}?)["'`]?,?$/.exec(v);
    if (!plain || /\$\{|\?|\bvar\.|\blocal\.|\bmodule\./.test(v))
        return undefined;
    return plain[1].trim();
}
/** Whether the text just before `offset` compares (`==`, `!=`, `===`, `is`, `case`): a check, not a setting. */
function comparedBefore(code, offset) {
    const before = code.slice(Math.max(0, offset - 60), offset);
    return /(?:[=!]==?|\bis(?: not)?|\bcase|\bin)[ \t]*(?:[\w]{1,30}\.){0,3}$/.test(before);
}
/**
 * A rule made of several checks that report under one id (first match at an offset wins). In
 * program files without an IaC/SDK import only the `-cdk` and `-quoted-key` parts run.
 */
function combine(meta, examples, parts) {
    return {
        meta,
        examples,
        *check(file, context) {
            const seen = new Set();
            const iac = isIacFile(file);
            for (const part of parts) {
                // Enum members (`SslPolicy.RECOMMENDED`) are specific enough; string settings need an IaC file.
                if (!iac && !/-(?:cdk|quoted-key)$/.test(part.meta.id))
                    continue;
                for (const m of part.check(file, context)) {
                    if (seen.has(m.start))
                        continue;
                    seen.add(m.start);
                    yield m;
                }
            }
        },
    };
}
const shared_CODE_KINDS = new Set(['ts', 'js', 'python', 'java', 'csharp', 'go', 'kotlin']);
const IAC_CODE = /pulumi|aws-cdk|aws_cdk|awscdk|amazon\.awscdk|Amazon\.CDK|cdktf|aws-sdk|@aws-sdk|boto3|botocore|azure[._-]mgmt|azure[_-]native|@azure\/arm-|Azure\.ResourceManager|armstorage|armsql|armappservice|google\.cloud|googleapis|gcp\b|alicloud|aliyun/i;
/**
 * Program files (TypeScript, Python, …) count only when they use an IaC tool or a cloud SDK:
 * elsewhere a `minimumTlsVersion: 'TLS1_0'` is usually test data of a scanner or an embedded
 * template string.
 */
function isIacFile(file) {
    return !shared_CODE_KINDS.has(file.kind) || fileFlag(file, 'iac', (f) => IAC_CODE.test(f.text));
}
/** Only runs `rule` on IaC files (see `isIacFile`). */
function gated(rule) {
    return {
        ...rule,
        *check(file, context) {
            if (isIacFile(file))
                yield* rule.check(file, context);
        },
    };
}
/** Meta for a part of a combined rule (never registered on its own). */
function partMeta(meta, id) {
    return { ...meta, id: `${meta.id}-${id}` };
}
const NO_EXAMPLES = { valid: [], invalid: [] };
/** Kinds of files that hold IaC or IaC-generating code. */
const IAC_FILES = {
    kinds: ['hcl', 'yaml', 'json', 'ts', 'js', 'python', 'java', 'csharp', 'go', 'kotlin', 'shell', 'other'],
};

;// CONCATENATED MODULE: ./src/scan/rules/aws/api-gateway.ts



// N5: API Gateway custom domain security policy.
const apigwMeta = {
    id: 'aws/apigateway-security-policy',
    title: 'API Gateway custom domain allows TLS 1.0',
    description: 'An API Gateway (REST) custom domain with `security_policy = "TLS_1_0"` (`SecurityPolicy: TLS_1_0`, Serverless `securityPolicy: tls_1_0`, CDK `SecurityPolicy.TLS_1_0`) accepts TLS 1.0 and 1.1.',
    ecosystem: 'AWS',
    catalogue: ['N5'],
    docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html'],
    files: IAC_FILES,
    keywords: /TLS_1_0/,
    fixable: true,
    safe: 'security_policy = "TLS_1_2"',
    limits: 'HTTP APIs (v2 domains) only accept TLS_1_2. Domains without a policy get the service default (TLS_1_2 for new domains).',
};
const apigatewaySecurityPolicy = combine(apigwMeta, {
    valid: [
        {
            file: 'api.tf',
            code: 'resource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = "TLS_1_2"\n}',
        },
        {
            file: 'api.tf',
            code: 'resource "aws_api_gateway_domain_name" "api" {\n  security_policy = "SecurityPolicy_TLS13_1_2_2021_06"\n}',
            note: 'enhanced policy names are unknown to the deny-list, hence quiet',
        },
        { file: 'serverless.yml', code: 'custom:\n  customDomain:\n    domainName: api.example.com\n    securityPolicy: tls_1_2\n' },
        {
            file: 'lib/api.ts',
            code: 'new apigw.DomainName(this, "Domain", {\n  domainName: "api.example.com",\n  securityPolicy: apigw.SecurityPolicy.TLS_1_2,\n});',
        },
        { file: 'lib/search.ts', code: 'if (policy === SecurityPolicy.TLS_1_0) { warn(); }', note: 'comparison only' },
        { file: 'api.tf', code: '# security_policy = "TLS_1_0"\nsecurity_policy = "TLS_1_2"' },
    ],
    invalid: [
        {
            file: 'api.tf',
            code: 'resource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = "TLS_1_0"\n}',
            findings: ['3:3 TLSv1.0 TLSv1.1'],
            output: 'resource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = "TLS_1_2"\n}',
        },
        {
            file: 'template.yaml',
            code: 'ApiDomain:\n  Type: AWS::ApiGateway::DomainName\n  Properties:\n    DomainName: api.example.com\n    SecurityPolicy: TLS_1_0\n',
            findings: ['5:5 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'serverless.yml',
            code: 'custom:\n  customDomain:\n    domainName: api.example.com\n    securityPolicy: tls_1_0\n',
            findings: ['4:5 TLSv1.0 TLSv1.1'],
            output: 'custom:\n  customDomain:\n    domainName: api.example.com\n    securityPolicy: tls_1_2\n',
        },
        {
            file: 'lib/api.ts',
            code: 'new apigw.DomainName(this, "Domain", {\n  securityPolicy: apigw.SecurityPolicy.TLS_1_0,\n});',
            findings: ['2:25 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'template.json',
            code: '{ "Type": "AWS::ApiGateway::DomainName", "Properties": { "SecurityPolicy": "TLS_1_0" } }',
            findings: ['1:58 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'stack.py',
            code: 'apigw.DomainNameOptions(domain_name="api.example.com", certificate=cert, security_policy=apigw.SecurityPolicy.TLS_1_0)',
            findings: ['1:96 TLSv1.0 TLSv1.1'],
        },
    ],
}, [
    (0,scan_define/* settingRule */.JQ)({
        meta: partMeta(apigwMeta, 'setting'),
        keys: /security_policy|SecurityPolicy|security-policy/i,
        evaluate: (s) => {
            const lit = literalOf(s.value, s.form);
            if (!lit || !/^tls_1_0$/i.test(lit))
                return undefined;
            const at = s.value.indexOf(lit);
            return {
                versions: (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
                fix: { start: s.valueStart + at, end: s.valueStart + at + lit.length, text: lit === 'tls_1_0' ? 'tls_1_2' : 'TLS_1_2' },
            };
        },
        instead: '`TLS_1_2`',
        examples: NO_EXAMPLES,
    }),
    (0,scan_define/* patternRule */.T)({
        meta: partMeta(apigwMeta, 'cdk'),
        pattern: /(?<![\w])SecurityPolicy(?:\.|_)TLS_1_0\b(?![ \t]*(?:[=!]=|=(?!=)))/,
        evaluate: (m, _ctx, file) => (comparedBefore(file.code, m.index) ? undefined : { versions: (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2') }),
        instead: '`SecurityPolicy.TLS_1_2`',
        examples: NO_EXAMPLES,
    }),
]);

;// CONCATENATED MODULE: ./src/scan/rules/aws/cloudfront.ts




// N3: CloudFront viewer minimum protocol version.
const CLOUDFRONT_VIEWER = {
    sslv3: (0,src_versions/* range */.y1)('SSLv3', 'TLSv1.3'),
    tlsv1: (0,src_versions/* atLeast */.jZ)('TLSv1.0'),
    tlsv1_2016: (0,src_versions/* atLeast */.jZ)('TLSv1.0'),
    'tlsv1.1_2016': (0,src_versions/* atLeast */.jZ)('TLSv1.1'),
    // CDK SecurityPolicyProtocol members
    ssl_v3: (0,src_versions/* range */.y1)('SSLv3', 'TLSv1.3'),
    tls_v1: (0,src_versions/* atLeast */.jZ)('TLSv1.0'),
    tls_v1_2016: (0,src_versions/* atLeast */.jZ)('TLSv1.0'),
    tls_v1_1_2016: (0,src_versions/* atLeast */.jZ)('TLSv1.1'),
};
function cloudfrontViewerVersions(name) {
    const n = name.toLowerCase();
    if (n in CLOUDFRONT_VIEWER)
        return CLOUDFRONT_VIEWER[n];
    const m = /^tls_?v1[._]([23])_\d{4}$/.exec(n);
    return m ? (0,src_versions/* atLeast */.jZ)(`TLSv1.${m[1]}`) : undefined;
}
function defaultCertificate(file, offset) {
    const code = file.code;
    const block = innermostBlock(code, offset);
    const text = block && block.text.length < 4000
        ? block.text
        : file.kind === 'yaml'
            ? yamlMapping(code, offset)
            : code.slice(Math.max(0, offset - 300), offset + 300);
    const m = /cloud_?front_?default_?certificate["']?[ \t]*[:=][ \t]*([^\n,}]{1,80})/i.exec(text);
    if (!m)
        return undefined;
    const v = m[1].trim().replace(/^["']|["']$/g, '');
    return /^true$/i.test(v) ? 'true' : /^false$/i.test(v) ? undefined : 'dynamic';
}
const cfViewerMeta = {
    id: 'aws/cloudfront-minimum-protocol-version',
    title: 'CloudFront viewer minimum protocol version is legacy',
    description: 'A CloudFront distribution with a custom certificate accepts viewers down to its `minimum_protocol_version` / `MinimumProtocolVersion`: `SSLv3`, `TLSv1`, `TLSv1_2016` and `TLSv1.1_2016` allow SSL 3.0, TLS 1.0 or TLS 1.1 (CDK `SecurityPolicyProtocol.SSL_V3`, `TLS_V1`, `TLS_V1_2016`, `TLS_V1_1_2016`).',
    ecosystem: 'AWS',
    catalogue: ['N3'],
    docs: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html'],
    files: IAC_FILES,
    keywords: /minimum_protocol_version|MinimumProtocolVersion|SecurityPolicyProtocol|minimum-protocol-version/,
    fixable: true,
    safe: 'minimum_protocol_version = "TLSv1.2_2021"',
    limits: 'With `cloudfront_default_certificate = true` the *.cloudfront.net certificate always accepts TLSv1 whatever the setting says; that is reported as a note (only a custom certificate can raise the floor). CDK `ViewerCertificate.fromIamCertificate` without a protocol uses the CloudFront default and is not reported.',
};
function cfSafe(ctx) {
    return ctx.floor === 'TLSv1.3' ? 'TLSv1.3_2025' : 'TLSv1.2_2021';
}
const cfViewerSetting = (0,scan_define/* settingRule */.JQ)({
    meta: partMeta(cfViewerMeta, 'setting'),
    keys: /minimum_protocol_version|MinimumProtocolVersion|minimum-protocol-version/i,
    evaluate: (s, ctx, file) => {
        const lit = literalOf(s.value, s.form);
        const versions = lit ? cloudfrontViewerVersions(lit) : undefined;
        if (!lit || versions === undefined)
            return undefined;
        // Azure Front Door and others use other keys; GCP/Azure spell `TLS1_0`, not CloudFront names.
        if (file.kind === 'hcl') {
            const type = tfResourceType(file.code, s.keyStart);
            if (type && !/^aws_/.test(type))
                return undefined;
        }
        const at = s.value.indexOf(lit);
        const fix = at >= 0 ? { start: s.valueStart + at, end: s.valueStart + at + lit.length, text: cfSafe(ctx) } : undefined;
        const cert = defaultCertificate(file, s.keyStart);
        if (cert === 'dynamic')
            return { versions, fix, severity: 'warning', why: 'applies when the distribution uses a custom certificate' };
        if (cert === 'true') {
            return {
                versions,
                severity: 'note',
                why: 'the default *.cloudfront.net certificate always allows TLSv1',
                instead: 'a custom certificate (`acm_certificate_arn`) with `minimum_protocol_version = "TLSv1.2_2021"`',
            };
        }
        return { versions, fix };
    },
    instead: (ctx) => `\`${cfSafe(ctx)}\``,
    examples: NO_EXAMPLES,
});
const cfViewerCdk = (0,scan_define/* patternRule */.T)({
    meta: partMeta(cfViewerMeta, 'cdk'),
    pattern: /\bSecurityPolicyProtocol(?:\.|_)(SSL_V3|TLS_V1(?:_1)?(?:_2016)?)\b/,
    evaluate: (m, _ctx, file) => (comparedBefore(file.code, m.index) ? undefined : { versions: cloudfrontViewerVersions(m[1]) }),
    instead: '`SecurityPolicyProtocol.TLS_V1_2_2021`',
    examples: NO_EXAMPLES,
});
const cloudfrontMinimumProtocol = combine(cfViewerMeta, {
    valid: [
        {
            file: 'cdn.tf',
            code: 'viewer_certificate {\n  acm_certificate_arn      = aws_acm_certificate.cert.arn\n  ssl_support_method       = "sni-only"\n  minimum_protocol_version = "TLSv1.2_2021"\n}',
        },
        {
            file: 'cdn.tf',
            code: 'viewer_certificate {\n  minimum_protocol_version = "TLSv1.2_2018"\n}',
            note: '`TLSv1.2_2018` is not `TLSv1`',
        },
        {
            file: 'cdn.tf',
            code: 'viewer_certificate {\n  cloudfront_default_certificate = true\n}',
            note: 'default certificate alone: nothing to change here',
        },
        {
            file: 'template.yaml',
            code: 'ViewerCertificate:\n  AcmCertificateArn: !Ref Cert\n  MinimumProtocolVersion: TLSv1.2_2019\n  SslSupportMethod: sni-only\n',
        },
        {
            file: 'lib/cdn.ts',
            code: 'new cloudfront.Distribution(this, "Dist", {\n  minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,\n});',
        },
        { file: 'cdn.tf', code: 'viewer_certificate {\n  minimum_protocol_version = var.min_tls\n}' },
        { file: 'frontdoor.tf', code: 'resource "azurerm_frontdoor" "x" {\n  minimum_protocol_version = "TLSv1"\n}', note: 'not CloudFront' },
    ],
    invalid: [
        {
            file: 'cdn.tf',
            code: 'viewer_certificate {\n  acm_certificate_arn      = aws_acm_certificate.cert.arn\n  ssl_support_method       = "sni-only"\n  minimum_protocol_version = "TLSv1"\n}',
            findings: ['4:3 TLSv1.0 TLSv1.1'],
            output: 'viewer_certificate {\n  acm_certificate_arn      = aws_acm_certificate.cert.arn\n  ssl_support_method       = "sni-only"\n  minimum_protocol_version = "TLSv1.2_2021"\n}',
        },
        { file: 'cdn.tf', code: 'viewer_certificate {\n  minimum_protocol_version = "TLSv1.1_2016"\n}', findings: ['2:3 TLSv1.1'] },
        {
            file: 'template.yaml',
            code: 'DistributionConfig:\n  ViewerCertificate:\n    AcmCertificateArn: !Ref Cert\n    MinimumProtocolVersion: TLSv1_2016\n    SslSupportMethod: sni-only\n',
            findings: ['4:5 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'template.json',
            code: '"ViewerCertificate": {\n  "IamCertificateId": "ASCA",\n  "MinimumProtocolVersion": "SSLv3",\n  "SslSupportMethod": "vip"\n}',
            findings: ['3:3 SSLv3 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'cdn.tf',
            code: 'viewer_certificate {\n  cloudfront_default_certificate = true\n  minimum_protocol_version       = "TLSv1"\n}',
            findings: ['3:3 TLSv1.0 TLSv1.1'],
            severity: 'note',
            note: 'the default certificate forces TLSv1: note only',
        },
        {
            file: 'lib/cdn.ts',
            code: 'viewerCertificate: cloudfront.ViewerCertificate.fromAcmCertificate(cert, {\n  securityPolicy: cloudfront.SecurityPolicyProtocol.TLS_V1_2016,\n}),',
            findings: ['2:30 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'cdn_stack.py',
            code: 'security_policy=cloudfront.SecurityPolicyProtocol.SSL_V3,',
            findings: ['1:28 SSLv3 TLSv1.0 TLSv1.1'],
        },
    ],
}, [cfViewerSetting, cfViewerCdk]);
// N4: CloudFront → origin protocols.
const ORIGIN_ENUM = /^(?:[\w]{1,40}\.)*OriginSslPolicy[._]/;
const cfOriginMeta = {
    id: 'aws/cloudfront-origin-ssl-protocols',
    title: 'CloudFront origin SSL protocols include legacy versions',
    description: '`origin_ssl_protocols` / `OriginSSLProtocols` (CDK `originSslProtocols`) lists the versions CloudFront may use to connect to a custom origin; `SSLv3`, `TLSv1` and `TLSv1.1` let the origin connection be downgraded.',
    ecosystem: 'AWS',
    catalogue: ['N4'],
    docs: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-customoriginconfig.html'],
    files: IAC_FILES,
    keywords: /origin_ssl_protocols|OriginSSLProtocols|originSslProtocols|OriginSslPolicy/,
    fixable: true,
    safe: 'origin_ssl_protocols = ["TLSv1.2"]',
    limits: 'Lists held in variables are unknown; a variable default is a warning.',
};
const cloudfrontOriginProtocols = combine(cfOriginMeta, {
    valid: [
        {
            file: 'cdn.tf',
            code: 'custom_origin_config {\n  http_port              = 80\n  https_port             = 443\n  origin_protocol_policy = "https-only"\n  origin_ssl_protocols   = ["TLSv1.2"]\n}',
        },
        { file: 'template.yaml', code: 'CustomOriginConfig:\n  OriginProtocolPolicy: https-only\n  OriginSSLProtocols:\n    - TLSv1.2\n' },
        {
            file: 'lib/cdn.ts',
            code: 'new origins.HttpOrigin("api.example.com", {\n  originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],\n});',
        },
        { file: 'cdn.tf', code: 'origin_ssl_protocols = var.origin_ssl_protocols' },
        { file: 'cdn.tf', code: 'origin_ssl_protocols = concat(var.extra_protocols, ["TLSv1.2"])', note: 'an expression: unknown' },
        {
            file: 'deploy.ts',
            code: 'import { CloudFrontClient } from "@aws-sdk/client-cloudfront";\nconst c = { OriginSslProtocols: { Quantity: 1, Items: ["TLSv1.2"] }, OriginReadTimeout: 30 };',
        },
        { file: 'cdn.tf', code: '#origin_ssl_protocols = ["TLSv1", "TLSv1.1", "TLSv1.2"]\norigin_ssl_protocols = ["TLSv1.2"]' },
    ],
    invalid: [
        {
            file: 'cdn.tf',
            code: 'custom_origin_config {\n  origin_protocol_policy = "match-viewer"\n  origin_ssl_protocols   = ["TLSv1", "TLSv1.1", "TLSv1.2"]\n}',
            findings: ['3:3 TLSv1.0 TLSv1.1'],
            output: 'custom_origin_config {\n  origin_protocol_policy = "match-viewer"\n  origin_ssl_protocols   = ["TLSv1.2"]\n}',
        },
        {
            file: 'template.yaml',
            code: 'CustomOriginConfig:\n  OriginProtocolPolicy: https-only\n  OriginSSLProtocols:\n    - SSLv3\n    - TLSv1\n',
            findings: ['4:7 SSLv3 TLSv1.0'],
        },
        {
            file: 'template.json',
            code: '"CustomOriginConfig": {\n  "OriginSSLProtocols": ["TLSv1.1", "TLSv1.2"]\n}',
            findings: ['2:3 TLSv1.1'],
        },
        {
            file: 'lib/cdn.ts',
            code: 'import * as origins from "aws-cdk-lib/aws-cloudfront-origins";\nnew origins.HttpOrigin("legacy.example.com", {\n  originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1, cloudfront.OriginSslPolicy.TLS_V1_2],\n});',
            findings: ['3:3 TLSv1.0'],
        },
        {
            file: 'scripts/create-distribution.js',
            code: "const { CloudFrontClient } = require('@aws-sdk/client-cloudfront');\nconst origin = {\n  CustomOriginConfig: {\n    OriginProtocolPolicy: 'https-only',\n    OriginSslProtocols: {\n      Quantity: 3,\n      Items: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],\n    },\n  },\n};",
            findings: ['5:5 TLSv1.0 TLSv1.1'],
            note: 'CloudFront API shape with Quantity/Items',
        },
        {
            file: 'variables.tf',
            code: 'variable "origin_ssl_protocols" {\n  type    = list(string)\n  default = ["TLSv1", "TLSv1.1", "TLSv1.2"]\n}',
            findings: ['3:3 TLSv1.0 TLSv1.1'],
            severity: 'warning',
            note: 'variable default',
        },
    ],
}, [
    (0,scan_define/* settingRule */.JQ)({
        meta: partMeta(cfOriginMeta, 'setting'),
        keys: /origin_ssl_protocols|OriginSSLProtocols|originSslProtocols/i,
        evaluate: (s, ctx, file) => {
            if (/^\{/.test(s.value.trim())) {
                // AWS SDK / CloudFront API shape: `OriginSslProtocols: { Quantity: 3, Items: ['TLSv1', …] }`
                const items = /^\{[^}]{0,200}?\bItems["']?[ \t]*:[ \t]*\[([^\]]{0,200})\]/.exec(file.code.slice(s.valueStart, s.valueStart + 400));
                const result = items ? (0,evaluate/* evalList */.vi)((0,evaluate/* tokenize */.qw)(items[1])) : undefined;
                return result ? { versions: result.versions } : undefined;
            }
            const tokens = (0,evaluate/* tokenize */.qw)(s.value, s.valueStart, s.form === 'block-list' ? /[\s,"'[\]-]+/g : undefined).map((t) => ({
                ...t,
                text: t.text.replace(ORIGIN_ENUM, ''),
            }));
            // The list holds protocol names only; anything else (a function, a variable) makes it unknown.
            if (tokens.some((t) => !(0,evaluate/* readVersion */.$4)(t.text)))
                return undefined;
            const result = (0,evaluate/* evalList */.vi)(tokens);
            if (!result)
                return undefined;
            const keep = tokens.filter((t) => {
                const v = (0,evaluate/* readVersion */.$4)(t.text);
                return v && (0,src_versions/* atLeast */.jZ)(ctx.floor) & (0,src_versions/* setOf */.s4)(v);
            });
            const plain = s.form !== 'block-list' && /^\s*"[^"]*"(?:\s*,\s*"[^"]*")*\s*$/.test(s.value);
            const fix = plain && keep.length > 0 ? { start: s.valueStart, end: s.valueEnd, text: keep.map((t) => `"${t.text}"`).join(', ') } : undefined;
            return { versions: result.versions, fix };
        },
        instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`["TLSv1.2"]` and a TLS 1.3 origin' : '`["TLSv1.2"]`'),
        examples: NO_EXAMPLES,
    }),
    (0,scan_define/* settingRule */.JQ)({
        meta: partMeta(cfOriginMeta, 'default'),
        keys: /default/,
        where: (s, file) => file.kind === 'hcl' &&
            /^variable\s+"[\w-]*origin_?ssl_?protocols[\w-]*"/i.test(enclosingBlocks(file.code, s.keyStart, 8000)[0]?.header ?? ''),
        evaluate: (s) => {
            const result = (0,evaluate/* evalList */.vi)((0,evaluate/* tokenize */.qw)(s.value, s.valueStart));
            return result ? { versions: result.versions, severity: 'warning', why: 'the default of a variable' } : undefined;
        },
        instead: '`["TLSv1.2"]`',
        examples: NO_EXAMPLES,
    }),
]);

;// CONCATENATED MODULE: ./src/scan/rules/aws/db-parameters.ts




// N7 (and N10's flexible-server parameters): database parameters set through IaC.
const DB_PARAMETERS = /rds\.tls1[01]|(?:admin_)?tls_version|ssl_min_protocol_version|ssl_max_protocol_version/;
/** What a TLS-related database parameter value enables; with a fix when it is mechanical. */
function dbParameter(name, value, valueStart, ctx) {
    const key = name.toLowerCase();
    const v = value.trim();
    if (key === 'rds.tls10' || key === 'rds.tls11') {
        if (!/^(?:enabled|1|on|true)$/i.test(v))
            return undefined;
        return {
            versions: (0,src_versions/* setOf */.s4)(key === 'rds.tls10' ? 'TLSv1.0' : 'TLSv1.1'),
            fix: { start: valueStart, end: valueStart + value.length, text: 'disabled' },
        };
    }
    if (key === 'ssl_min_protocol_version') {
        const ver = (0,evaluate/* readVersion */.$4)(v);
        if (!ver)
            return undefined;
        const spelled = (0,evaluate/* respell */.an)(v, ctx.floor);
        return { versions: (0,src_versions/* atLeast */.jZ)(ver), fix: spelled ? { start: valueStart, end: valueStart + value.length, text: spelled } : undefined };
    }
    if (key === 'ssl_max_protocol_version') {
        const ver = (0,evaluate/* readVersion */.$4)(v);
        return ver ? { versions: (0,src_versions/* atMost */.Tu)(ver), why: `the maximum is ${ver}` } : undefined;
    }
    const tokens = (0,evaluate/* tokenize */.qw)(value, valueStart);
    const result = (0,evaluate/* evalList */.vi)(tokens);
    if (!result)
        return undefined;
    const kept = tokens.filter((t) => {
        const ver = (0,evaluate/* readVersion */.$4)(t.text);
        return !ver || (0,src_versions/* atLeast */.jZ)(ctx.floor) & (0,src_versions/* setOf */.s4)(ver);
    });
    const sep = /,\s*/.exec(value)?.[0] ?? ',';
    const fix = kept.length > 0 ? { start: valueStart, end: valueStart + value.length, text: kept.map((t) => t.text).join(sep) } : undefined;
    return { versions: result.versions, fix };
}
const DB_CONTEXT = /\bparameter[ \t]*\{|ParameterGroup|parameter_group|DBParameter|db_parameter|cluster_parameter|\brds\b|rds\.|aurora|Microsoft\.DBfor|flexible_?server|flexibleServers|_configuration"/i;
const NAME_VALUE = new RegExp(`\\bname["']?[ \\t]*[:=][ \\t]*[^\\n]{0,150}?(?<![\\w.])(${DB_PARAMETERS.source})(?![\\w.])`, 'gi');
/**
 * `parameter { name = "rds.tls10" value = "enabled" }`, `{ name: 'tls_version', value: '…' }`,
 * `azurerm_*_flexible_server_configuration { name = "…" value = "…" }`, Bicep/ARM configuration
 * resources: a parameter name and the `value` in the same block.
 */
function* nameValueParameters(file) {
    const code = file.code;
    // Only database parameter lists: a `name: TLS_VERSION` / `value:` pair elsewhere is an env var.
    if (!fileFlag(file, 'db-params', (f) => DB_CONTEXT.test(f.code)))
        return;
    NAME_VALUE.lastIndex = 0;
    for (let m = NAME_VALUE.exec(code); m; m = NAME_VALUE.exec(code)) {
        const nameAt = m.index;
        const block = innermostBlock(code, nameAt);
        const from = block && block.text.length < 4000 ? block.start : nameAt;
        const text = block && block.text.length < 4000 ? block.text : code.slice(nameAt, nameAt + 300);
        const v = /\bvalue["']?[ \t]*[:=][ \t]*(["'])([^"'\n]{1,200})\1/i.exec(text);
        if (!v)
            continue;
        const valueStart = from + v.index + v[0].length - 1 - v[2].length;
        yield { name: m[1], nameAt, value: v[2], valueStart, end: Math.max(m.index + m[0].length, valueStart + v[2].length + 1) };
    }
}
/** Whether a parameter at `offset` belongs to an Azure database server (not an RDS parameter group). */
function isAzureParameter(file, offset) {
    if (file.kind === 'hcl') {
        const type = tfResourceType(file.code, offset);
        if (type)
            return /^(?:azurerm|azapi)_/.test(type);
    }
    return fileFlag(file, 'azure-db', (f) => /Microsoft\.DBfor|azurerm_|azure-native|azure_native/.test(f.code));
}
const rdsMeta = {
    id: 'aws/rds-parameter-tls',
    title: 'RDS / Aurora parameter group enables legacy TLS',
    description: 'DB parameter groups decide which versions the database endpoint accepts: SQL Server `rds.tls10` / `rds.tls11` = `enabled`, MySQL/Aurora `tls_version` listing TLSv1 or TLSv1.1, PostgreSQL `ssl_min_protocol_version = TLSv1` / `TLSv1.1`.',
    ecosystem: 'AWS',
    catalogue: ['N7'],
    docs: [
        'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/SQLServer.Concepts.General.SSL.Using.html',
        'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html',
    ],
    files: IAC_FILES,
    keywords: /rds\.tls1|tls_version|ssl_min_protocol_version|ssl_max_protocol_version/,
    fixable: true,
    safe: 'parameter { name = "rds.tls10" value = "disabled" }',
    limits: 'Parameters left at `default` follow the engine version (SQL Server enables TLS 1.0/1.1 by default on older versions); they are not reported.',
};
const rdsParameterTls = combine(rdsMeta, {
    valid: [
        {
            file: 'rds.tf',
            code: 'resource "aws_db_parameter_group" "mssql" {\n  family = "sqlserver-se-15.0"\n  parameter {\n    name         = "rds.tls10"\n    value        = "disabled"\n    apply_method = "pending-reboot"\n  }\n}',
        },
        {
            file: 'rds.tf',
            code: 'resource "aws_db_parameter_group" "pg" {\n  parameter {\n    name  = "ssl_min_protocol_version"\n    value = "TLSv1.2"\n  }\n}',
        },
        { file: 'rds.tf', code: 'parameter {\n  name  = "tls_version"\n  value = "TLSv1.2,TLSv1.3"\n}', note: 'TLSv1.2 is not TLSv1' },
        { file: 'rds.tf', code: 'parameter {\n  name  = "rds.tls11"\n  value = "default"\n}' },
        {
            file: 'template.yaml',
            code: 'DBParameterGroup:\n  Type: AWS::RDS::DBParameterGroup\n  Properties:\n    Parameters:\n      rds.tls10: disabled\n      rds.tls11: disabled\n',
        },
        { file: 'rds.tf', code: 'parameter {\n  name  = "ssl_min_protocol_version"\n  value = var.min_tls\n}' },
        {
            file: 'k8s/deployment.yaml',
            code: 'env:\n  - name: TLS_VERSION\n    value: "TLSv1"\n',
            note: 'an environment variable, not a parameter group',
        },
    ],
    invalid: [
        {
            file: 'rds.tf',
            code: 'resource "aws_db_parameter_group" "mssql" {\n  family = "sqlserver-se-15.0"\n  parameter {\n    name         = "rds.tls10"\n    value        = "enabled"\n    apply_method = "pending-reboot"\n  }\n}',
            findings: ['4:5 TLSv1.0'],
            output: 'resource "aws_db_parameter_group" "mssql" {\n  family = "sqlserver-se-15.0"\n  parameter {\n    name         = "rds.tls10"\n    value        = "disabled"\n    apply_method = "pending-reboot"\n  }\n}',
        },
        {
            file: 'rds.tf',
            code: 'resource "aws_rds_cluster_parameter_group" "aurora" {\n  parameter {\n    name  = "tls_version"\n    value = "TLSv1,TLSv1.1,TLSv1.2"\n  }\n}',
            findings: ['4:14 TLSv1.0 TLSv1.1'],
            output: 'resource "aws_rds_cluster_parameter_group" "aurora" {\n  parameter {\n    name  = "tls_version"\n    value = "TLSv1.2"\n  }\n}',
        },
        {
            file: 'rds.tf',
            code: 'parameter {\n  value = "TLSv1"\n  name  = "ssl_min_protocol_version"\n}',
            findings: ['3:3 TLSv1.0 TLSv1.1'],
            note: 'value before name',
        },
        {
            file: 'template.yaml',
            code: 'SqlParams:\n  Type: AWS::RDS::DBParameterGroup\n  Properties:\n    Family: sqlserver-ex-15.0\n    Parameters:\n      rds.tls10: enabled\n      rds.tls11: "enabled"\n',
            findings: ['6:7 TLSv1.0', '7:7 TLSv1.1'],
        },
        {
            file: 'template.json',
            code: '{"Type": "AWS::RDS::DBClusterParameterGroup", "Properties": {"Parameters": {"ssl_min_protocol_version": "TLSv1.1"}}}',
            findings: ['1:77 TLSv1.1'],
        },
        {
            file: 'lib/db.ts',
            code: 'import * as rds from "aws-cdk-lib/aws-rds";\nnew rds.ParameterGroup(this, "Params", {\n  engine,\n  parameters: { "rds.tls11": "enabled" },\n});',
            findings: ['4:17 TLSv1.1'],
        },
    ],
}, [
    {
        meta: partMeta(rdsMeta, 'pair'),
        examples: NO_EXAMPLES,
        *check(file, ctx) {
            for (const p of nameValueParameters(file)) {
                if (isAzureParameter(file, p.nameAt))
                    continue;
                const e = dbParameter(p.name, p.value, p.valueStart, ctx);
                if (!e)
                    continue;
                yield {
                    start: p.nameAt,
                    end: p.end,
                    versions: e.versions,
                    what: `parameter ${p.name} = ${p.value}`,
                    why: e.why,
                    instead: rdsInstead(p.name),
                    fix: e.fix,
                };
            }
        },
    },
    {
        meta: partMeta(rdsMeta, 'map'),
        examples: NO_EXAMPLES,
        *check(file, ctx) {
            if (!file.matches(/ParameterGroup|parameter_group/) || file.matches(/Microsoft\.DBfor|azurerm_/))
                return;
            for (const s of (0,scan_define/* findSettings */.n4)(file, DB_PARAMETERS, { spaceSeparated: false })) {
                if (s.form !== 'quoted' && s.form !== 'bare')
                    continue;
                const e = dbParameter(s.key, s.value, s.valueStart, ctx);
                if (!e)
                    continue;
                yield {
                    start: s.keyStart,
                    end: s.end,
                    versions: e.versions,
                    what: `${s.key}: ${s.value}`,
                    why: e.why,
                    instead: rdsInstead(s.key),
                    fix: e.fix,
                };
            }
        },
    },
]);
function rdsInstead(name) {
    if (/^rds\./i.test(name))
        return `\`${name} = disabled\``;
    if (/min_protocol/i.test(name))
        return '`ssl_min_protocol_version = TLSv1.2`';
    if (/max_protocol/i.test(name))
        return '`ssl_max_protocol_version = TLSv1.3` (or leave it unset)';
    return '`tls_version = TLSv1.2,TLSv1.3`';
}

;// CONCATENATED MODULE: ./src/scan/rules/aws/elb.ts





function severityFor(s, file) {
    if (/^(?:default|Default)$/.test(s.key)) {
        if (file.kind === 'hcl' && inTfDeclaration(file.code, s.keyStart) === 'validation')
            return undefined;
        return { severity: 'warning', why: 'the default of a variable or parameter' };
    }
    return {};
}
// ---------------------------------------------------------------------------------------------
// N1, N2: Elastic Load Balancing security policies.
/** Classic and v2 policy names that do not follow the `-TLS13-1-x-` / `-TLS-1-x-` pattern. */
const ELB_NAMED = {
    'elbsecuritypolicy-2016-08': (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
    'elbsecuritypolicy-2015-05': (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
    'elbsecuritypolicy-2015-03': (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
    'elbsecuritypolicy-2015-02': (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
    'elbsecuritypolicy-2014-10': (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
    'elbsecuritypolicy-2014-01': (0,src_versions/* range */.y1)('SSLv3', 'TLSv1.2'),
    'elbsecuritypolicy-2011-08': (0,src_versions/* range */.y1)('SSLv3', 'TLSv1.2'),
    'elbsecuritypolicy-fs-2018-06': (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
    'elbsample-elbdefaultcipherpolicy': (0,src_versions/* range */.y1)('SSLv3', 'TLSv1.2'),
    'elbsample-openssldefaultcipherpolicy': (0,src_versions/* range */.y1)('SSLv3', 'TLSv1.2'),
};
/**
 * The versions an ELB security policy name enables: the named table, else the minimum the name
 * encodes (`ELBSecurityPolicy-TLS13-1-0-…` → TLS 1.0–1.3, `-TLS-1-1-…`/`-FS-1-1-…` → 1.1–1.2).
 * Names it does not know give undefined.
 */
function elbPolicyVersions(name) {
    const n = name.toLowerCase();
    if (n in ELB_NAMED)
        return ELB_NAMED[n];
    const tls13 = /^elbsecuritypolicy-tls13-1-([0-3])-/.exec(n);
    if (tls13)
        return (0,src_versions/* atLeast */.jZ)(`TLSv1.${tls13[1]}`);
    const tls12 = /^elbsecuritypolicy-(?:tls|fs)-1-([0-2])-/.exec(n);
    if (tls12)
        return (0,src_versions/* range */.y1)(`TLSv1.${tls12[1]}`, 'TLSv1.2');
    return undefined;
}
/** CDK `elbv2.SslPolicy` members (v2 upper case, v1 Pascal case) → policy names. */
const CDK_SSL_POLICY = {
    recommended: 'ELBSecurityPolicy-2016-08',
    legacy: 'ELBSecurityPolicy-TLS-1-0-2015-04',
    tls11: 'ELBSecurityPolicy-TLS-1-1-2017-01',
    forward_secrecy: 'ELBSecurityPolicy-FS-2018-06',
    forwardsecrecy: 'ELBSecurityPolicy-FS-2018-06',
    forward_secrecy_tls11: 'ELBSecurityPolicy-FS-1-1-2019-08',
    tls13_10: 'ELBSecurityPolicy-TLS13-1-0-2021-06',
    tls13_11: 'ELBSecurityPolicy-TLS13-1-1-2021-06',
    fips_tls13_10: 'ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04',
    fips_tls13_11: 'ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04',
};
const ELB_NAME = /^(ELBSecurityPolicy-[\w-]{2,60}|ELBSample-\w{2,60})$/i;
function elbSafe(ctx) {
    return ctx.floor === 'TLSv1.3' ? 'ELBSecurityPolicy-TLS13-1-3-2021-06' : 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06';
}
const elbMeta = {
    id: 'aws/elb-ssl-policy',
    title: 'AWS load balancer security policy allows legacy TLS',
    description: 'The security policy of an ALB/NLB HTTPS or TLS listener (`ssl_policy`, `SslPolicy`, CDK `SslPolicy.*`, Beanstalk `SSLPolicy`) or a Classic ELB `Reference-Security-Policy` decides which versions clients can negotiate. `ELBSecurityPolicy-2016-08` (the API default), `-FS-2018-06`, `-TLS13-1-0-*` and the older policies allow TLS 1.0; `-TLS-1-1-*`, `-FS-1-1-*` and `-TLS13-1-1-*` allow TLS 1.1.',
    ecosystem: 'AWS',
    catalogue: ['N1', 'N2'],
    docs: [
        'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
        'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html',
        'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html',
    ],
    files: { ...IAC_FILES, paths: /(?:^|\/)\.ebextensions\/[^/]+\.config$/ },
    keywords: /ELBSecurityPolicy|ELBSample|SslPolicy/,
    fixable: true,
    safe: 'ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"',
    limits: 'Policies held in variables, ternaries or SSM parameters are unknown. Variable and parameter defaults are warnings (callers may override them). A CDK listener without `sslPolicy` is not reported (the default is decided by the service).',
};
const elbSetting = (0,scan_define/* settingRule */.JQ)({
    meta: partMeta(elbMeta, 'setting'),
    keys: /(?:\w{1,40}[_-])?ssl[_-]?(?:negotiation[_-])?policy(?:[_-]\w{1,40})?|[Vv]alue|[Dd]efault/i,
    evaluate: (s, ctx, file) => {
        const lit = literalOf(s.value, s.form);
        if (!lit || !ELB_NAME.test(lit))
            return undefined;
        const versions = elbPolicyVersions(lit);
        if (versions === undefined)
            return undefined;
        const sev = severityFor(s, file);
        if (!sev)
            return undefined;
        const at = s.value.indexOf(lit);
        const fix = at >= 0 && s.form !== 'block-list'
            ? { start: s.valueStart + at, end: s.valueStart + at + lit.length, text: elbSafe(ctx) }
            : undefined;
        return {
            versions,
            fix,
            severity: sev.severity,
            why: sev.why ?? (/2016-08/.test(lit) ? 'ELBSecurityPolicy-2016-08 allows TLS 1.0 and 1.1' : undefined),
        };
    },
    instead: (ctx) => `\`${elbSafe(ctx)}\``,
    examples: NO_EXAMPLES,
});
const elbCdk = (0,scan_define/* patternRule */.T)({
    meta: partMeta(elbMeta, 'cdk'),
    pattern: /\bSslPolicy(?:\.|_)([A-Za-z][A-Za-z0-9_]{1,40})\b(?![ \t]*(?:=(?!=)|:(?!:)))/,
    evaluate: (m, _ctx, file) => {
        const name = CDK_SSL_POLICY[m[1].toLowerCase()];
        if (!name || comparedBefore(file.code, m.index))
            return undefined;
        return { versions: elbPolicyVersions(name), why: `\`SslPolicy.${m[1]}\` is ${name}` };
    },
    instead: '`SslPolicy.RECOMMENDED_TLS` (ELBSecurityPolicy-TLS13-1-2-2021-06)',
    examples: NO_EXAMPLES,
});
const elbQuotedKey = (0,scan_define/* patternRule */.T)({
    meta: partMeta(elbMeta, 'quoted-key'),
    pattern: /["'][\w./-]{0,80}\/(?:aws-load-balancer-)?ssl-(?:negotiation-)?policy["'][ \t]*[:=][ \t]*["']([\w-]{3,80})["']/,
    evaluate: (m, ctx) => {
        const versions = ELB_NAME.test(m[1]) ? elbPolicyVersions(m[1]) : undefined;
        if (versions === undefined)
            return undefined;
        const at = m.index + m[0].length - 1 - m[1].length;
        return { versions, fix: { start: at, end: at + m[1].length, text: elbSafe(ctx) } };
    },
    instead: (ctx) => `\`${elbSafe(ctx)}\``,
    examples: NO_EXAMPLES,
});
const elbSslPolicy = combine(elbMeta, {
    valid: [
        {
            file: 'alb.tf',
            code: 'resource "aws_lb_listener" "https" {\n  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"\n}',
        },
        {
            file: 'alb.tf',
            code: 'resource "aws_lb_listener" "https" {\n  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06"\n}',
            note: 'TLS 1.2+ with CBC ciphers: not a protocol problem',
        },
        {
            file: 'nlb.tf',
            code: 'resource "aws_lb_listener" "tls" {\n  protocol   = "TLS"\n  ssl_policy = "ELBSecurityPolicy-TLS-1-2-2017-01"\n}',
            note: '`TLS-1-2` is not `TLS-1-0`',
        },
        { file: 'alb.tf', code: 'resource "aws_lb_listener" "https" {\n  ssl_policy = var.https_ssl_policy\n}', note: 'variable: unknown' },
        {
            file: 'alb.tf',
            code: 'resource "aws_lb_listener" "https" {\n  ssl_policy = var.enabled ? "ELBSecurityPolicy-TLS13-1-2-2021-06" : null\n}',
            note: 'ternary whose only literal branch is safe',
        },
        {
            file: 'alb.tf',
            code: '# ssl_policy = "ELBSecurityPolicy-2016-08"\nresource "aws_lb_listener" "https" {\n  ssl_policy = "ELBSecurityPolicy-FS-1-2-Res-2020-10"\n}',
            note: 'commented out',
        },
        {
            file: 'variables.tf',
            code: 'variable "ssl_policy" {\n  type = string\n  validation {\n    condition     = !contains(["ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-TLS-1-1-2017-01"], var.ssl_policy)\n    error_message = "Legacy policy."\n  }\n  default = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n}',
            note: 'a deny-list of legacy names is not a setting',
        },
        {
            file: 'checks/weak_policies.py',
            code: 'WEAK = [\n    "ELBSecurityPolicy-2016-08",\n    "ELBSecurityPolicy-TLS-1-1-2017-01",\n]\nif listener["SslPolicy"] in WEAK:\n    report(listener)',
            note: 'a scanner listing legacy names',
        },
        {
            file: 'tests/test_checks.py',
            code: 'def test_flags_legacy_policy():\n    listener = {"SslPolicy": "ELBSecurityPolicy-2016-08", "Protocol": "HTTPS"}\n    assert check(listener) == "FAILED"',
            note: 'test data of a scanner: a program file without an IaC or SDK import',
        },
        {
            file: 'lib/stack.ts',
            code: 'const listener = alb.addListener("Https", {\n  port: 443,\n  sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,\n});',
        },
        { file: 'stack.py', code: 'listener = lb.add_listener("Https", port=443, ssl_policy=elbv2.SslPolicy.TLS12)' },
        {
            file: 'enums.ts',
            code: "export enum SslPolicy {\n  RECOMMENDED = 'ELBSecurityPolicy-2016-08',\n  LEGACY = 'ELBSecurityPolicy-TLS-1-0-2015-04',\n}",
            note: 'enum definition',
        },
        {
            file: 'template.yaml',
            code: 'Listener:\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n    Protocol: HTTPS\n    SslPolicy: !Ref SslPolicyParam',
        },
    ],
    invalid: [
        {
            file: 'alb.tf',
            code: 'resource "aws_lb_listener" "https" {\n  ssl_policy = (var.legacy\n    ? "ELBSecurityPolicy-2016-08"\n    : "ELBSecurityPolicy-TLS13-1-2-2021-06")\n}',
            findings: ['3:7 TLSv1.0 TLSv1.1'],
            note: "a conditional: its legacy literal branch counts, reported on that branch's line",
        },
        {
            file: 'alb.tf',
            code: 'resource "aws_lb_listener" "https" {\n  port       = "443"\n  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-2016-08"\n}',
            findings: ['4:3 TLSv1.0 TLSv1.1'],
            output: 'resource "aws_lb_listener" "https" {\n  port       = "443"\n  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"\n}',
        },
        {
            file: 'modules/alb/main.tf',
            code: 'resource "aws_alb_listener" "front_end" {\n  protocol        = "TLS"\n  ssl_policy      = "ELBSecurityPolicy-TLS13-1-0-2021-06"\n  certificate_arn = aws_acm_certificate.this.arn\n}',
            findings: ['3:3 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'alb.tf',
            code: 'resource "aws_lb_listener" "https" {\n  ssl_policy = "ELBSecurityPolicy-TLS-1-1-2017-01"\n}',
            findings: ['2:3 TLSv1.1'],
        },
        {
            file: 'alb.tf',
            code: 'ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"',
            floor: 'TLSv1.3',
            findings: ['1:1 TLSv1.2'],
            output: 'ssl_policy = "ELBSecurityPolicy-TLS13-1-3-2021-06"',
        },
        {
            file: 'variables.tf',
            code: 'variable "listener_ssl_policy_default" {\n  type    = string\n  default = "ELBSecurityPolicy-2016-08"\n}',
            findings: ['3:3 TLSv1.0 TLSv1.1'],
            severity: 'warning',
        },
        {
            file: 'main.tf',
            code: 'module "alb" {\n  source                      = "terraform-aws-modules/alb/aws"\n  listener_ssl_policy_default = "ELBSecurityPolicy-FS-1-1-2019-08"\n}',
            findings: ['3:3 TLSv1.1'],
        },
        {
            file: 'template.yaml',
            code: 'HttpsListener:\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n    Port: 443\n    Protocol: HTTPS\n    SslPolicy: ELBSecurityPolicy-2016-08\n',
            findings: ['6:5 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'stack.template.json',
            code: '{\n  "Type": "AWS::ElasticLoadBalancingV2::Listener",\n  "Properties": {\n    "Protocol": "HTTPS",\n    "SslPolicy": "ELBSecurityPolicy-TLS13-1-1-2021-06"\n  }\n}',
            findings: ['5:5 TLSv1.1'],
        },
        {
            file: 'template.yaml',
            code: 'Parameters:\n  SslPolicy:\n    Type: String\n    Default: ELBSecurityPolicy-2016-08\n    AllowedValues:\n      - ELBSecurityPolicy-2016-08\n      - ELBSecurityPolicy-TLS13-1-2-2021-06\n',
            findings: ['4:5 TLSv1.0 TLSv1.1'],
            severity: 'warning',
        },
        {
            file: 'lib/stack.ts',
            code: 'alb.addListener("Https", {\n  port: 443,\n  certificates: [cert],\n  sslPolicy: elbv2.SslPolicy.RECOMMENDED,\n});',
            findings: ['4:20 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'src/main/java/Stack.java',
            code: 'ApplicationListener.Builder.create(this, "Https")\n    .loadBalancer(alb)\n    .sslPolicy(SslPolicy.LEGACY)\n    .build();',
            findings: ['3:16 TLSv1.0 TLSv1.1'],
        },
        { file: 'stack.py', code: 'lb.add_listener("Tls", port=443, ssl_policy=elbv2.SslPolicy.TLS13_11)', findings: ['1:51 TLSv1.1'] },
        {
            file: 'main.go',
            code: 'awselasticloadbalancingv2.NewApplicationListener(stack, jsii.String("L"), &awselasticloadbalancingv2.ApplicationListenerProps{\n\tSslPolicy: awselasticloadbalancingv2.SslPolicy_FORWARD_SECRECY,\n})',
            findings: ['2:39 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'index.ts',
            code: 'import * as aws from "@pulumi/aws";\nnew aws.lb.Listener("https", {\n    protocol: "HTTPS",\n    sslPolicy: "ELBSecurityPolicy-2015-05",\n});',
            findings: ['4:5 TLSv1.0 TLSv1.1'],
            note: 'Pulumi',
        },
        {
            file: '.ebextensions/https.config',
            code: 'option_settings:\n  aws:elbv2:listener:443:\n    Protocol: HTTPS\n    SSLPolicy: ELBSecurityPolicy-2016-08\n',
            findings: ['4:5 TLSv1.0 TLSv1.1'],
            note: 'Elastic Beanstalk',
        },
        {
            file: 'beanstalk.tf',
            code: 'setting {\n  namespace = "aws:elbv2:listener:443"\n  name      = "SSLPolicy"\n  value     = "ELBSecurityPolicy-TLS-1-1-2017-01"\n}',
            findings: ['4:3 TLSv1.1'],
        },
        {
            file: 'elb.tf',
            code: 'resource "aws_load_balancer_policy" "ssl" {\n  policy_type_name = "SSLNegotiationPolicyType"\n  policy_attribute {\n    name  = "Reference-Security-Policy"\n    value = "ELBSecurityPolicy-2014-01"\n  }\n}',
            findings: ['5:5 SSLv3 TLSv1.0 TLSv1.1'],
            note: 'Classic ELB predefined policy',
        },
        {
            file: 'deploy.sh',
            code: 'aws elbv2 create-listener --load-balancer-arn "$LB" --protocol HTTPS --port 443 \\\n  --ssl-policy ELBSecurityPolicy-2016-08 --certificates CertificateArn="$CERT"',
            findings: ['2:5 TLSv1.0 TLSv1.1'],
        },
    ],
}, [elbSetting, elbCdk, elbQuotedKey]);
// N1: an HTTPS/TLS listener without a policy gets ELBSecurityPolicy-2016-08 from the API.
const LISTENER_TYPES = /^(?:aws_lb_listener|aws_alb_listener)$/;
const elbListenerDefaultPolicy = {
    meta: {
        id: 'aws/elb-listener-default-policy',
        title: 'AWS HTTPS/TLS listener without a security policy',
        description: 'An ALB HTTPS or NLB TLS listener created through Terraform or CloudFormation without `ssl_policy` / `SslPolicy` gets the API default, `ELBSecurityPolicy-2016-08`, which allows TLS 1.0 and 1.1.',
        ecosystem: 'AWS',
        catalogue: ['N1'],
        docs: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html#describe-ssl-policies'],
        files: { kinds: ['hcl', 'yaml', 'json', 'other'], paths: /(?:^|\/)\.ebextensions\/[^/]+\.config$/ },
        keywords: /aws_lb_listener|aws_alb_listener|ElasticLoadBalancingV2::Listener/,
        fixable: false,
        safe: 'ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"',
        limits: "Only Terraform resources and CloudFormation listeners whose protocol is a literal are checked; a `dynamic` or templated protocol is unknown, and CDK/Pulumi listeners are not checked. The default is the API's, which AWS may change.",
    },
    *check(file) {
        const code = file.code;
        const found = [];
        if (file.kind === 'hcl') {
            const re = /\bresource[ \t]+"(aws_lb_listener|aws_alb_listener)"[ \t]+"[\w-]{1,100}"[ \t]*\{/g;
            for (let m = re.exec(code); m; m = re.exec(code)) {
                if (!LISTENER_TYPES.test(m[1]))
                    continue;
                const open = m.index + m[0].length - 1;
                const end = blockEnd(code, open);
                const body = shared_topLevel(code.slice(open, end));
                if (!/^[ \t]*protocol[ \t]*=[ \t]*"(?:HTTPS|TLS)"/im.test(body) || /\bssl_policy\b/.test(body))
                    continue;
                found.push({ start: m.index, end: m.index + m[0].length - 1, body });
            }
        }
        else {
            const re = /["']?Type["']?[ \t]*:[ \t]*["']?AWS::ElasticLoadBalancingV2::Listener\b["']?/g;
            for (let m = re.exec(code); m; m = re.exec(code)) {
                let body;
                if (file.kind === 'yaml' || !/^[ \t]*"/.test(code.slice(lineStartOf(code, m.index), m.index + 1)))
                    body = yamlMapping(code, m.index);
                else
                    body = innermostBlock(code, m.index)?.text ?? '';
                if (!/["']?Protocol["']?[ \t]*:[ \t]*["']?(?:HTTPS|TLS)\b/.test(stripActions(body)) || /\bSslPolicy\b/.test(body))
                    continue;
                found.push({ start: m.index, end: m.index + m[0].length, body });
            }
        }
        for (const f of found) {
            yield {
                start: f.start,
                end: f.end,
                versions: (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
                what: 'HTTPS/TLS listener without a security policy',
                why: 'the API default is ELBSecurityPolicy-2016-08',
                instead: '`ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"` (CloudFormation `SslPolicy`)',
                severity: 'warning',
            };
        }
    },
    examples: {
        valid: [
            { file: 'alb.tf', code: 'resource "aws_lb_listener" "http" {\n  port     = 80\n  protocol = "HTTP"\n}', note: 'plain HTTP listener' },
            {
                file: 'nlb.tf',
                code: 'resource "aws_lb_listener" "tcp" {\n  port     = 443\n  protocol = "TCP"\n}',
                note: 'TCP pass-through: no TLS at the load balancer',
            },
            { file: 'alb.tf', code: 'resource "aws_lb_listener" "https" {\n  protocol   = "HTTPS"\n  ssl_policy = var.ssl_policy\n}' },
            { file: 'alb.tf', code: 'resource "aws_lb_listener" "https" {\n  protocol = var.protocol\n}', note: 'protocol unknown' },
            {
                file: 'template.yaml',
                code: 'Resources:\n  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      Protocol: HTTPS\n      SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06\n  Other:\n    Type: AWS::S3::Bucket\n',
            },
            {
                file: 'template.yaml',
                code: 'Resources:\n  Udp:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      Protocol: UDP\n      Port: 53\n',
            },
        ],
        invalid: [
            {
                file: 'alb.tf',
                code: 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.main.arn\n  port              = 443\n  protocol          = "HTTPS"\n  certificate_arn   = aws_acm_certificate.main.arn\n  default_action {\n    type = "forward"\n  }\n}',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'nlb.tf',
                code: 'resource "aws_alb_listener" "tls" {\n  protocol = "TLS"\n}\nresource "aws_lb_listener" "ok" {\n  protocol   = "TLS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n}',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'template.yaml',
                code: 'Resources:\n  HttpsListener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref LoadBalancer\n      Port: 443\n      Protocol: HTTPS\n      Certificates:\n        - CertificateArn: !Ref Cert\n  Next:\n    Type: AWS::S3::Bucket\n    Properties:\n      SslPolicy: x\n',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'stack.json',
                code: '{\n  "Listener": {\n    "Type": "AWS::ElasticLoadBalancingV2::Listener",\n    "Properties": { "Protocol": "HTTPS", "Port": 443 }\n  }\n}',
                findings: ['3:5 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
        ],
    },
};
/** Removes CloudFormation `DefaultActions` (redirect configs name a `Protocol: HTTPS` too). */
function stripActions(text) {
    const i = text.search(/["']?DefaultActions["']?[ \t]*:/);
    if (i < 0)
        return text;
    const lineStart = (0,source/* lastNewline */.Ly)(text, i) + 1;
    const indent = i - lineStart;
    const rest = text.slice(i);
    if (rest.includes('[')) {
        // JSON: drop up to the matching bracket (bounded)
        const open = rest.indexOf('[');
        let depth = 0;
        for (let j = open; j < Math.min(rest.length, open + 20000); j++) {
            if (rest[j] === '[')
                depth++;
            else if (rest[j] === ']' && --depth === 0)
                return text.slice(0, i) + rest.slice(j + 1);
        }
    }
    const lines = rest.split('\n');
    let k = 1;
    while (k < lines.length &&
        (lines[k].trim() === '' ||
            /^[ \t]*/.exec(lines[k])[0].length > indent ||
            (/^[ \t]*- /.test(lines[k]) && /^[ \t]*/.exec(lines[k])[0].length >= indent)))
        k++;
    return text.slice(0, i) + lines.slice(k).join('\n');
}
// N2: Classic ELB SSL negotiation policies with explicit protocol attributes.
const elbClassicProtocolAttribute = (0,scan_define/* patternRule */.T)({
    meta: {
        id: 'aws/elb-classic-protocol-attribute',
        title: 'Classic ELB SSL negotiation policy enables a legacy protocol',
        description: 'A custom Classic Load Balancer SSL negotiation policy (`aws_load_balancer_policy`, `aws_lb_ssl_negotiation_policy`, CloudFormation `Policies`) turns protocols on with attributes `Protocol-SSLv3`, `Protocol-TLSv1`, `Protocol-TLSv1.1` set to `true`.',
        ecosystem: 'AWS',
        catalogue: ['N2'],
        docs: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-ssl-security-policy.html'],
        files: IAC_FILES,
        keywords: /Protocol-SSLv|Protocol-TLSv1/,
        fixable: true,
        safe: 'attribute { name = "Protocol-TLSv1" value = "false" }',
        limits: 'Only the `name`/`value` pair written next to each other (within 200 characters) is read.',
    },
    pattern: /["']?Protocol-(SSLv2|SSLv3|TLSv1\.1|TLSv1\.2|TLSv1)(?![\w.])["']?[ \t]*[,)]?[^{}\[\]]{0,200}?\b[Vv]alue["']?[ \t]*[:=,(][ \t]*["']?(true|false|True|False|TRUE|FALSE)\b/,
    evaluate: (m) => {
        if (!/true/i.test(m[2]))
            return undefined;
        const v = (0,evaluate/* readVersion */.$4)(m[1]);
        const at = m.index + m[0].length - m[2].length;
        return {
            versions: (0,src_versions/* setOf */.s4)(v),
            fix: { start: at, end: at + m[2].length, text: m[2] === 'True' ? 'False' : m[2] === 'TRUE' ? 'FALSE' : 'false' },
        };
    },
    instead: '`value = "false"` for `Protocol-SSLv3`, `Protocol-TLSv1` and `Protocol-TLSv1.1`',
    examples: {
        valid: [
            {
                file: 'elb.tf',
                code: 'attribute {\n  name  = "Protocol-TLSv1"\n  value = "false"\n}\nattribute {\n  name  = "Protocol-TLSv1.2"\n  value = "true"\n}',
                note: 'disabled, and TLSv1.2 (not TLSv1) enabled',
            },
            { file: 'elb.tf', code: 'attribute {\n  name  = "Protocol-TLSv1.1"\n  value = "false"\n}' },
            {
                file: 'template.yaml',
                code: 'Attributes:\n  - Name: Protocol-SSLv3\n    Value: false\n  - Name: Protocol-TLSv1.2\n    Value: true\n',
            },
            { file: 'elb.tf', code: '# attribute { name = "Protocol-TLSv1" value = "true" }' },
        ],
        invalid: [
            {
                file: 'elb.tf',
                code: 'resource "aws_lb_ssl_negotiation_policy" "foo" {\n  attribute {\n    name  = "Protocol-TLSv1"\n    value = "true"\n  }\n  attribute {\n    name  = "Protocol-TLSv1.2"\n    value = "true"\n  }\n}',
                findings: ['3:13 TLSv1.0'],
                output: 'resource "aws_lb_ssl_negotiation_policy" "foo" {\n  attribute {\n    name  = "Protocol-TLSv1"\n    value = "false"\n  }\n  attribute {\n    name  = "Protocol-TLSv1.2"\n    value = "true"\n  }\n}',
            },
            {
                file: 'template.yaml',
                code: 'Policies:\n  - PolicyName: Custom\n    PolicyType: SSLNegotiationPolicyType\n    Attributes:\n      - Name: Protocol-SSLv3\n        Value: true\n      - Name: Protocol-TLSv1.1\n        Value: "true"\n',
                findings: ['5:15 SSLv3', '7:15 TLSv1.1'],
            },
            { file: 'template.json', code: '"Attributes": [ { "Name": "Protocol-TLSv1", "Value": "true" } ]', findings: ['1:27 TLSv1.0'] },
            { file: 'index.ts', code: 'attributes: [{ name: "Protocol-TLSv1.1", value: "true" }],', findings: ['1:22 TLSv1.1'], note: 'Pulumi' },
        ],
    },
});

;// CONCATENATED MODULE: ./src/scan/rules/aws/opensearch.ts



// N6: OpenSearch / Elasticsearch / CloudSearch domain endpoint policies.
const OPENSEARCH = {
    'policy-min-tls-1-0-2019-07': (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
    tls_1_0: (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
};
const osMeta = {
    id: 'aws/opensearch-tls-security-policy',
    title: 'OpenSearch / CloudSearch endpoint allows TLS 1.0',
    description: 'An OpenSearch, Elasticsearch Service or CloudSearch domain with `tls_security_policy = "Policy-Min-TLS-1-0-2019-07"` (CloudFormation `TLSSecurityPolicy`, CDK `TLSSecurityPolicy.TLS_1_0`) accepts TLS 1.0 and 1.1 on its HTTPS endpoint.',
    ecosystem: 'AWS',
    catalogue: ['N6'],
    docs: ['https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html'],
    files: IAC_FILES,
    keywords: /Policy-Min-TLS-1-0|TLSSecurityPolicy/,
    fixable: true,
    safe: 'tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"',
    limits: 'A domain without `tls_security_policy` uses the provider/service default, which was the TLS 1.0 policy in older AWS provider versions; it is not reported.',
};
const opensearchTlsPolicy = combine(osMeta, {
    valid: [
        {
            file: 'search.tf',
            code: 'domain_endpoint_options {\n  enforce_https       = true\n  tls_security_policy = "Policy-Min-TLS-1-2-2019-07"\n}',
        },
        { file: 'search.tf', code: 'domain_endpoint_options {\n  tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"\n}' },
        { file: 'template.yaml', code: 'DomainEndpointOptions:\n  EnforceHTTPS: true\n  TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07\n' },
        { file: 'lib/search.ts', code: 'tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2,' },
        { file: 'search.tf', code: 'tls_security_policy = var.tls_security_policy' },
    ],
    invalid: [
        {
            file: 'search.tf',
            code: 'domain_endpoint_options {\n  enforce_https       = true\n  tls_security_policy = "Policy-Min-TLS-1-0-2019-07"\n}',
            findings: ['3:3 TLSv1.0 TLSv1.1'],
            output: 'domain_endpoint_options {\n  enforce_https       = true\n  tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"\n}',
        },
        {
            file: 'template.yaml',
            code: 'DomainEndpointOptions:\n  EnforceHTTPS: true\n  TLSSecurityPolicy: Policy-Min-TLS-1-0-2019-07\n',
            findings: ['3:3 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'lib/search.ts',
            code: 'new opensearch.Domain(this, "Domain", {\n  tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_0,\n});',
            findings: ['2:33 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'cloudsearch.tf',
            code: 'resource "aws_cloudsearch_domain" "x" {\n  endpoint_options {\n    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"\n  }\n}',
            findings: ['3:5 TLSv1.0 TLSv1.1'],
        },
    ],
}, [
    (0,scan_define/* settingRule */.JQ)({
        meta: partMeta(osMeta, 'setting'),
        keys: /tls_security_policy|TLSSecurityPolicy|tls-security-policy/i,
        evaluate: (s) => {
            const lit = literalOf(s.value, s.form);
            if (!lit || !/^policy-min-tls-1-0-/i.test(lit))
                return undefined;
            const at = s.value.indexOf(lit);
            return {
                versions: OPENSEARCH['policy-min-tls-1-0-2019-07'],
                fix: { start: s.valueStart + at, end: s.valueStart + at + lit.length, text: 'Policy-Min-TLS-1-2-PFS-2023-10' },
            };
        },
        instead: '`Policy-Min-TLS-1-2-PFS-2023-10` (or `Policy-Min-TLS-1-2-2019-07`)',
        examples: NO_EXAMPLES,
    }),
    (0,scan_define/* patternRule */.T)({
        meta: partMeta(osMeta, 'cdk'),
        pattern: /\bTLSSecurityPolicy(?:\.|_)TLS_1_0\b(?![ \t]*(?:[=!]=|=(?!=)))/,
        evaluate: (m, _ctx, file) => (comparedBefore(file.code, m.index) ? undefined : { versions: OPENSEARCH.tls_1_0 }),
        instead: '`TLSSecurityPolicy.TLS_1_2`',
        examples: NO_EXAMPLES,
    }),
]);

;// CONCATENATED MODULE: ./src/scan/rules/aws/index.ts











const aws_rules = [
    elbSslPolicy,
    elbListenerDefaultPolicy,
    elbClassicProtocolAttribute,
    cloudfrontMinimumProtocol,
    cloudfrontOriginProtocols,
    apigatewaySecurityPolicy,
    opensearchTlsPolicy,
    rdsParameterTls,
];

;// CONCATENATED MODULE: ./src/scan/rules/azure.ts
/**
 * Azure infrastructure as code: Terraform azurerm/azapi, ARM JSON, Bicep, Pulumi azure-native,
 * Ansible azure modules, and the Azure CLI / Az PowerShell flags that set the same properties.
 * Minimum TLS versions (Storage, SQL, MySQL/PostgreSQL, Redis, App Service, Front Door, CDN,
 * Event Hubs, Service Bus, Cosmos DB, Event Grid), Application Gateway SSL policies, API
 * Management protocol switches and flexible-server parameters.
 */




const AZURE_FILES = {
    kinds: ['hcl', 'json', 'yaml', 'ts', 'js', 'python', 'csharp', 'go', 'java', 'shell', 'powershell', 'other'],
};
/** Values that mean "no minimum": every version the service still speaks. */
const NO_MINIMUM = {
    disabled: (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
    none: (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
    tlsenforcementdisabled: (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
};
/** Whether a setting at `offset` is Azure's (and not Google's, Cloudflare's, …). */
const GOOGLE = /gcloud|ComputeSSLPolicy|cnrm\.cloud\.google|gcp\.compute|pulumi_gcp|google_compute/;
function isAzure(file, s) {
    if (/\.bicep$/i.test(file.path))
        return true;
    if (file.kind !== 'hcl') {
        if (/gcloud/.test(lineAround(file.code, s.keyStart)))
            return false;
        // Other YAML/JSON users of `min_tls_version` (Emissary, Vault, …) belong to other rules.
        return fileFlag(file, 'azure', (f) => /Microsoft\.\w+\/|azure|\baz[ \t]+\w|-Az[A-Z]/i.test(f.code) && (!GOOGLE.test(f.code) || /Microsoft\.\w+\//.test(f.code)));
    }
    const type = tfResourceType(file.code, s.keyStart);
    if (type)
        return /^(?:azurerm|azapi|azurestack)_/.test(type);
    // module inputs, locals, variables: Azure when the file is about Azure
    return fileFlag(file, 'azure-hcl', (f) => /azurerm|azapi/.test(f.code) && !/\bgoogle_|\bcloudflare_/.test(f.code));
}
function tfVariableName(file, offset) {
    if (file.kind !== 'hcl')
        return undefined;
    const outer = enclosingBlocks(file.code, offset, 8000).pop();
    const m = outer && /^variable\s+"([\w-]+)"/.exec(outer.header);
    return m ? m[1] : undefined;
}
function minimumToken(s) {
    let v = s.value.trim();
    let start = s.valueStart + s.value.indexOf(v);
    if (s.form === 'bare') {
        if (/[?+]|\$\{|\bvar\.|\blocal\.|\bparameters\(/.test(v))
            return undefined;
        const first = /^[^\s,]+/.exec(v);
        if (!first)
            return undefined;
        v = first[0];
        // Pulumi / SDK enums: `azure_native.storage.MinimumTlsVersion.TLS1_0`, `MinimalTlsVersion.Tls11`
        const e = /^(?:[\w]{1,40}\.){0,4}\w*Tls\w*Version\.(\w{1,20})$/i.exec(v);
        if (e) {
            start += v.length - e[1].length;
            v = e[1];
        }
    }
    else if (s.form === 'quoted') {
        const q = /^["']?([\w.]{1,40})["']?$/.exec(v);
        if (!q)
            return undefined;
        start += v.indexOf(q[1]);
        v = q[1];
    }
    else
        return undefined;
    return { text: v, start };
}
function azureMinimum(s, ctx) {
    const t = minimumToken(s);
    if (!t)
        return undefined;
    const special = NO_MINIMUM[t.text.toLowerCase()];
    if (special !== undefined)
        return { versions: special, why: `\`${t.text}\` sets no minimum` };
    const v = (0,evaluate/* readVersion */.$4)(t.text, { bareNumbers: true, spell: { tls: 'TLSv1.0' } });
    if (!v)
        return undefined;
    const spelled = /^tls$/i.test(t.text) ? `${t.text}12` : (0,evaluate/* respell */.an)(t.text, ctx.floor);
    const fix = spelled && (0,evaluate/* readVersion */.$4)(spelled, { bareNumbers: true }) === ctx.floor
        ? { start: t.start, end: t.start + t.text.length, text: spelled }
        : undefined;
    return { versions: (0,src_versions/* atLeast */.jZ)(v), fix, instead: spelled ? `\`${spelled}\`` : undefined };
}
const minTlsMeta = {
    id: 'azure/min-tls-version',
    title: 'Azure resource accepts legacy TLS (minimum TLS version)',
    description: 'Azure services take a minimum TLS version per resource: Storage `min_tls_version` / `minimumTlsVersion` (`TLS1_0`), SQL `minimum_tls_version` / `minimalTlsVersion` (`1.0`, `Disabled`, `None`), MySQL/PostgreSQL single server `ssl_minimal_tls_version_enforced` (`TLS1_0`, `TLSEnforcementDisabled`), Redis, Event Hubs, Service Bus (`1.0`), App Service and Functions `min_tls_version` and the often forgotten `scm_minimum_tls_version` / `scmMinTlsVersion`, Front Door and CDN (`TLS10`), Cosmos DB `minimal_tls_version` (`Tls`, `Tls11`), Event Grid `minimum_tls_version_allowed`.',
    ecosystem: 'Azure',
    catalogue: ['N8', 'N9', 'N10', 'N11', 'N12', 'N14', 'N16'],
    docs: [
        'https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version',
        'https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version',
        'https://learn.microsoft.com/azure/app-service/overview-tls',
    ],
    files: AZURE_FILES,
    keywords: /tls_version|TlsVersion|tls-version|TlsVersionAllowed|tls_version_enforced/,
    fixable: true,
    safe: 'min_tls_version = "TLS1_2"',
    limits: 'A missing attribute takes the provider or API-version default (TLS1_0 for Storage in API versions before 2023-01-01 and azurerm < 3.0; TLS1_2 since); that depends on versions outside the file and is not reported. Values from variables and parameters are unknown; a variable default is a warning.',
};
const azureMinTlsVersion = combine(minTlsMeta, {
    valid: [
        {
            file: 'modules/postgresql_server/server.tf',
            code: 'resource "azurerm_postgresql_server" "pg" {\n  ssl_minimal_tls_version_enforced = try(var.settings.ssl_minimal_tls_version_enforced, "TLS1_2")\n}',
            note: 'a safe fallback',
        },
        {
            file: 'storage.tf',
            code: 'resource "azurerm_storage_account" "sa" {\n  min_tls_version = lookup(var.tls, "TLS1_0", "TLS1_2")\n}',
            note: 'lookup(): only the last argument is the default; a key that looks like a version is not a value',
        },
        {
            file: 'storage.tf',
            code: 'resource "azurerm_storage_account" "sa" {\n  name            = "stexample"\n  min_tls_version = "TLS1_2"\n}',
        },
        { file: 'sql.tf', code: 'resource "azurerm_mssql_server" "sql" {\n  version             = "12.0"\n  minimum_tls_version = "1.2"\n}' },
        {
            file: 'main.bicep',
            code: "resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: name\n  properties: {\n    minimumTlsVersion: 'TLS1_2'\n  }\n}",
        },
        {
            file: 'azuredeploy.json',
            code: '{\n  "type": "Microsoft.Web/sites",\n  "properties": {\n    "siteConfig": { "minTlsVersion": "1.2", "scmMinTlsVersion": "1.3" }\n  }\n}',
        },
        {
            file: 'ssl.tf',
            code: 'resource "google_compute_ssl_policy" "p" {\n  min_tls_version = "TLS_1_0"\n}',
            note: 'GCP resource: the gcp rule reports it',
        },
        { file: 'cf.tf', code: 'resource "cloudflare_zone_settings_override" "z" {\n  settings {\n    min_tls_version = "1.2"\n  }\n}' },
        {
            file: 'storage.tf',
            code: 'resource "azurerm_storage_account" "sa" {\n  min_tls_version = var.min_tls_version\n}',
            note: 'variable: unknown',
        },
        {
            file: 'storage.tf',
            code: 'resource "azurerm_storage_account" "sa" {\n  # min_tls_version = "TLS1_0"\n  min_tls_version = "TLS1_2"\n}',
            note: 'commented out',
        },
        { file: 'cosmos.tf', code: 'resource "azurerm_cosmosdb_account" "db" {\n  minimal_tls_version = "Tls12"\n}' },
        {
            file: 'tests/test_analyzer.py',
            code: "def test_tls_minimum_version_positive(analyzer):\n    code = '''resource sa 'Microsoft.Storage/storageAccounts@2021-09-01' = {\n  properties: {\n    minimumTlsVersion: 'TLS1_0'\n  }\n}'''\n    assert analyzer.analyze(code, 'bicep').findings",
            note: 'a Bicep snippet inside a scanner test',
        },
        {
            file: 'emissary/module.yaml',
            code: 'apiVersion: getambassador.io/v3alpha1\nkind: TLSContext\nspec:\n  min_tls_version: v1.0\n',
            note: 'Emissary belongs to the proxy rules',
        },
        {
            file: 'main.bicep',
            code: "@allowed([\n  'TLS1_0'\n  'TLS1_1'\n  'TLS1_2'\n])\nparam minimumTlsVersion string = 'TLS1_2'\n",
            note: 'the allowed list is not a setting',
        },
        { file: 'azuredeploy.json', code: '"minimumTlsVersion": "[parameters(\'minimumTlsVersion\')]"', note: 'template expression' },
        {
            file: 'frontdoor.tf',
            code: 'resource "azurerm_cdn_frontdoor_custom_domain" "d" {\n  tls {\n    certificate_type    = "ManagedCertificate"\n    minimum_tls_version = "TLS12"\n  }\n}',
        },
        {
            file: 'main.bicep',
            code: "param minTls string = 'TLS1_2'\nresource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  properties: {\n    minimumTlsVersion: minTls\n  }\n}",
        },
    ],
    invalid: [
        {
            file: 'storage.tf',
            code: 'resource "azurerm_storage_account" "sa" {\n  name                     = "stlegacy"\n  account_tier             = "Standard"\n  min_tls_version          = "TLS1_0"\n}',
            findings: ['4:3 TLSv1.0 TLSv1.1'],
            output: 'resource "azurerm_storage_account" "sa" {\n  name                     = "stlegacy"\n  account_tier             = "Standard"\n  min_tls_version          = "TLS1_2"\n}',
        },
        {
            file: 'sql.tf',
            code: 'resource "azurerm_mssql_server" "sql" {\n  minimum_tls_version = "1.1"\n}',
            findings: ['2:3 TLSv1.1'],
            output: 'resource "azurerm_mssql_server" "sql" {\n  minimum_tls_version = "1.2"\n}',
        },
        {
            file: 'sql.tf',
            code: 'resource "azurerm_mssql_server" "sql" {\n  minimum_tls_version = "Disabled"\n}',
            findings: ['2:3 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'mysql.tf',
            code: 'resource "azurerm_mysql_server" "db" {\n  ssl_enforcement_enabled          = true\n  ssl_minimal_tls_version_enforced = "TLSEnforcementDisabled"\n}',
            findings: ['3:3 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'modules/postgresql_server/server.tf',
            code: 'resource "azurerm_postgresql_server" "pg" {\n  ssl_minimal_tls_version_enforced = try(var.settings.ssl_minimal_tls_version_enforced, "TLSEnforcementDisabled")\n}',
            findings: ['2:89 TLSv1.0 TLSv1.1'],
            severity: 'warning',
            note: 'the literal fallback of try(): the module default when the input is unset, reported at the literal',
        },
        {
            file: 'webapp.tf',
            code: 'resource "azurerm_linux_web_app" "app" {\n  site_config {\n    minimum_tls_version     = "1.2"\n    scm_minimum_tls_version = "1.0"\n  }\n}',
            findings: ['4:5 TLSv1.0 TLSv1.1'],
            note: 'the Kudu/SCM endpoint',
        },
        {
            file: 'redis.tf',
            code: 'resource "azurerm_redis_cache" "r" {\n  minimum_tls_version = 1.0\n}',
            findings: ['2:3 TLSv1.0 TLSv1.1'],
            note: 'number, not string',
        },
        {
            file: 'main.bicep',
            code: "resource sa 'Microsoft.Storage/storageAccounts@2022-09-01' = {\n  properties: {\n    minimumTlsVersion: 'TLS1_0'\n    supportsHttpsTrafficOnly: true\n  }\n}",
            findings: ['3:5 TLSv1.0 TLSv1.1'],
            output: "resource sa 'Microsoft.Storage/storageAccounts@2022-09-01' = {\n  properties: {\n    minimumTlsVersion: 'TLS1_2'\n    supportsHttpsTrafficOnly: true\n  }\n}",
        },
        {
            file: 'azuredeploy.json',
            code: '{\n  "type": "Microsoft.Sql/servers",\n  "properties": {\n    "administratorLogin": "[parameters(\'admin\')]",\n    "minimalTlsVersion": "1.0"\n  }\n}',
            findings: ['5:5 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'azuredeploy.json',
            code: '{\n  "type": "Microsoft.Web/sites/config",\n  "properties": {\n    "minTlsVersion": "1.2",\n    "scmMinTlsVersion": "1.1"\n  }\n}',
            findings: ['5:5 TLSv1.1'],
        },
        {
            file: 'cosmos.tf',
            code: 'resource "azurerm_cosmosdb_account" "db" {\n  minimal_tls_version = "Tls"\n}',
            findings: ['2:3 TLSv1.0 TLSv1.1'],
            note: 'Cosmos DB spells TLS 1.0 `Tls`',
        },
        {
            file: 'cdn.tf',
            code: 'resource "azurerm_cdn_frontdoor_custom_domain" "d" {\n  tls {\n    minimum_tls_version = "TLS10"\n  }\n}',
            findings: ['3:5 TLSv1.0 TLSv1.1'],
            output: 'resource "azurerm_cdn_frontdoor_custom_domain" "d" {\n  tls {\n    minimum_tls_version = "TLS12"\n  }\n}',
        },
        {
            file: 'eventhub.tf',
            code: 'resource "azurerm_eventhub_namespace" "ns" {\n  sku                 = "Standard"\n  minimum_tls_version = "1.0"\n}',
            findings: ['3:3 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'variables.tf',
            code: 'variable "min_tls_version" {\n  type    = string\n  default = "TLS1_1"\n}\nresource "azurerm_storage_account" "sa" {\n  min_tls_version = var.min_tls_version\n}',
            findings: ['3:3 TLSv1.1'],
            severity: 'warning',
        },
        {
            file: 'deploy.sh',
            code: 'az storage account create -n "$NAME" -g "$RG" --min-tls-version TLS1_0 --https-only true',
            findings: ['1:49 TLSv1.0 TLSv1.1'],
        },
        { file: 'deploy.sh', code: 'az webapp config set --name app --resource-group rg --min-tls-version 1.1', findings: ['1:55 TLSv1.1'] },
        {
            file: 'tasks/main.yml',
            code: '- name: Create storage account\n  azure_rm_storageaccount:\n    name: stlegacy\n    minimum_tls_version: TLS1_0\n',
            findings: ['4:5 TLSv1.0 TLSv1.1'],
            note: 'Ansible',
        },
        {
            file: 'index.ts',
            code: 'import * as storage from "@pulumi/azure-native/storage";\nnew storage.StorageAccount("sa", {\n    minimumTlsVersion: storage.MinimumTlsVersion.TLS1_1,\n});',
            findings: ['3:5 TLSv1.1'],
            note: 'Pulumi azure-native enum',
        },
        {
            file: 'provision.py',
            code: 'from azure.mgmt.storage.models import StorageAccountCreateParameters\nparams = StorageAccountCreateParameters(sku=sku, kind="StorageV2", location=loc, minimum_tls_version="TLS1_0")',
            findings: ['2:82 TLSv1.0 TLSv1.1'],
            note: 'Azure management SDK',
        },
        {
            file: 'storage.bicep',
            code: "@allowed([\n  'TLS1_0'\n  'TLS1_1'\n  'TLS1_2'\n])\nparam minimumTlsVersion string = 'TLS1_0'\n",
            findings: ['6:35 TLSv1.0 TLSv1.1'],
            severity: 'warning',
            note: 'Bicep parameter default',
        },
        {
            file: 'main.prod.bicepparam',
            code: "using './main.bicep'\nparam minimumTlsVersion = 'TLS1_1'\n",
            findings: ['2:28 TLSv1.1'],
            severity: 'error',
            note: 'Bicep parameters file: the deployed value',
        },
        {
            file: 'azuredeploy.json',
            code: '{\n  "parameters": {\n    "minimalTlsVersion": {\n      "type": "string",\n      "defaultValue": "1.1",\n      "allowedValues": ["1.0", "1.1", "1.2"]\n    }\n  }\n}',
            findings: ['5:24 TLSv1.1'],
            severity: 'warning',
            note: 'ARM parameter default',
        },
        {
            file: 'eventgrid.tf',
            code: 'resource "azurerm_eventgrid_topic" "t" {\n  minimum_tls_version_allowed = "1.0"\n}',
            findings: ['2:3 TLSv1.0 TLSv1.1'],
        },
    ],
}, [
    (0,scan_define/* settingRule */.JQ)({
        meta: partMeta(minTlsMeta, 'setting'),
        keys: /(?:scm_)?min(?:imum|imal)?_tls_version(?:_allowed)?|ssl_minimal_tls_version_enforced|(?:scm)?min(?:imum|imal)?TlsVersion(?:Allowed)?|min(?:imum|imal)?-tls-version|tls_version/i,
        finder: { spaceSeparated: true },
        where: (s, file) => {
            if (!isAzure(file, s))
                return false;
            // `tls_version` alone is only the CDN custom domain's; elsewhere it is a MySQL parameter.
            if (/^tls_version$/i.test(s.key))
                return file.kind === 'hcl' && /^azurerm_cdn_endpoint_custom_domain$/.test(tfResourceType(file.code, s.keyStart) ?? '');
            // Space-separated only for CLI/PowerShell flags.
            const sep = file.code.slice(s.keyStart + s.key.length, s.valueStart);
            if (/^["']?[ \t]+$/.test(sep)) {
                const start = lineStartOf(file.code, s.keyStart);
                const line = file.code.slice(start, s.keyStart);
                // an `az …` or `…-Az…` command, possibly continued from the previous line with `\`
                const previousEnd = file.code.slice(Math.max(0, start - 3), start);
                return /(?:^|\s)-{1,2}$/.test(line) && (/\baz\b|-Az[A-Z]/.test(line) || /[\\`]\r?\n$/.test(previousEnd));
            }
            return true;
        },
        evaluate: (s, ctx) => azureMinimum(s, ctx),
        instead: (ctx) => `\`"${ctx.floor === 'TLSv1.3' ? 'TLS1_3' : 'TLS1_2'}"\` (or \`"${ctx.floor === 'TLSv1.3' ? '1.3' : '1.2'}"\`, \`TLS12\`, \`Tls12\` in the service's spelling)`,
        examples: NO_EXAMPLES,
    }),
    (0,scan_define/* patternRule */.T)({
        meta: partMeta(minTlsMeta, 'parameter-default'),
        // Bicep `param minTlsVersion string = 'TLS1_0'`, ARM `"minimumTlsVersion": { …, "defaultValue": "1.0" }`
        pattern: /\bparam[ \t]+(\w{0,40}[Tt]ls\w{0,40})(?:[ \t]+string)?[ \t]*=[ \t]*'([\w.]{1,20})'|"(\w{0,40}[Tt]ls\w{0,40})"[ \t]*:[ \t]*\{[^{}]{0,400}?"defaultValue"[ \t]*:[ \t]*"([\w.]{1,20})"/,
        evaluate: (m, _ctx, file) => {
            const name = m[1] ?? m[3];
            const value = m[2] ?? m[4];
            if (!/min|version/i.test(name))
                return undefined;
            const special = NO_MINIMUM[value.toLowerCase()];
            const v = (0,evaluate/* readVersion */.$4)(value, { bareNumbers: true, spell: { tls: 'TLSv1.0' } });
            const versions = special ?? (v ? (0,src_versions/* atLeast */.jZ)(v) : undefined);
            if (versions === undefined)
                return undefined;
            const at = m.index + m[0].length - value.length - 1;
            // A .bicepparam file holds the values deployed, not defaults.
            if (/\.bicepparam$/i.test(file.path))
                return { versions, why: 'the value passed to the template', start: at, end: at + value.length };
            return { versions, severity: 'warning', why: 'the default of a template parameter', start: at, end: at + value.length };
        },
        instead: "`TLS1_2` (or `1.2`, in the service's spelling) as the default",
        examples: NO_EXAMPLES,
    }),
    (0,scan_define/* settingRule */.JQ)({
        meta: partMeta(minTlsMeta, 'variable-default'),
        keys: /default/,
        where: (s, file) => /min(?:imum|imal)?_?tls|tls_?version/i.test(tfVariableName(file, s.keyStart) ?? '') && isAzure(file, s) && !/TLS_1_/i.test(s.value),
        evaluate: (s, ctx) => {
            const e = azureMinimum(s, ctx);
            return e && { ...e, severity: 'warning', why: 'the default of a variable', fix: undefined };
        },
        instead: '`"TLS1_2"` (or `"1.2"` in the service\'s spelling)',
        examples: NO_EXAMPLES,
    }),
]);
// N13: Application Gateway SSL policies.
const APPGW_POLICIES = {
    appgwsslpolicy20150501: (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
    appgwsslpolicy20170401: (0,src_versions/* range */.y1)('TLSv1.1', 'TLSv1.2'),
};
function inSslPolicy(file, offset) {
    if (file.kind === 'hcl' && !/\.bicep$/i.test(file.path)) {
        const type = tfResourceType(file.code, offset);
        if (type && !/^(?:azurerm_application_gateway|azurerm_web_application_firewall_policy|azapi_resource)$/.test(type))
            return false;
    }
    return enclosingBlocks(file.code, offset, 2000)
        .slice(0, 2)
        .some((b) => /ssl_?policy/i.test(b.header));
}
const appgwMeta = {
    id: 'azure/app-gateway-ssl-policy',
    title: 'Application Gateway SSL policy allows legacy TLS',
    description: 'An Application Gateway `ssl_policy` / `sslPolicy` with the predefined `AppGwSslPolicy20150501` (TLS 1.0+) or `AppGwSslPolicy20170401` (TLS 1.1+), a custom `min_protocol_version = "TLSv1_0"` / `"TLSv1_1"`, or a `disabled_protocols` list that leaves TLS 1.0/1.1 on lets clients negotiate legacy versions.',
    ecosystem: 'Azure',
    catalogue: ['N13'],
    docs: ['https://learn.microsoft.com/azure/application-gateway/application-gateway-ssl-policy-overview'],
    files: AZURE_FILES,
    keywords: /AppGwSslPolicy|min_protocol_version|minProtocolVersion|disabled_protocols|disabledSslProtocols/,
    fixable: true,
    safe: 'ssl_policy { policy_type = "Predefined" policy_name = "AppGwSslPolicy20220101S" }',
    limits: "A gateway without `ssl_policy` uses the API version's default (AppGwSslPolicy20150501 before API 2023-02-01, AppGwSslPolicy20220101 since); it is not reported.",
};
const azureAppGatewaySslPolicy = combine(appgwMeta, {
    valid: [
        {
            file: 'appgw.tf',
            code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20220101S"\n  }\n}',
        },
        {
            file: 'appgw.tf',
            code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20170401S"\n  }\n}',
            note: '`20170401S` (with S) is TLS 1.2 only',
        },
        {
            file: 'appgw.tf',
            code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    policy_type          = "CustomV2"\n    min_protocol_version = "TLSv1_2"\n  }\n}',
        },
        {
            file: 'appgw.tf',
            code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    disabled_protocols = ["TLSv1_0", "TLSv1_1"]\n  }\n}',
            note: 'disabling both',
        },
        { file: 'main.bicep', code: "sslPolicy: {\n  policyType: 'Predefined'\n  policyName: 'AppGwSslPolicy20220101'\n}" },
        {
            file: 'appgw.tf',
            code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    policy_name = var.ssl_policy_name\n  }\n}',
        },
    ],
    invalid: [
        {
            file: 'appgw.tf',
            code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20150501"\n  }\n}',
            findings: ['4:5 TLSv1.0 TLSv1.1'],
            output: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20220101S"\n  }\n}',
        },
        {
            file: 'appgw.tf',
            code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20170401"\n  }\n}',
            findings: ['4:5 TLSv1.1'],
        },
        {
            file: 'appgw.tf',
            code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    policy_type          = "Predefined"\n    min_protocol_version = "TLSv1_1"\n    policy_name          = "AppGwSslPolicy20150501"\n  }\n}',
            findings: ['5:5 TLSv1.0 TLSv1.1'],
            note: 'a predefined policy: one finding, on its name',
        },
        {
            file: 'locals.tf',
            code: 'locals {\n  # To be removed once the TLS1.0/1.1 deprecation is complete\n  current_ssl_policy = {\n    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20150501"\n  }\n}',
            findings: ['5:5 TLSv1.0 TLSv1.1'],
            note: 'locals passed to a module',
        },
        {
            file: 'appgw.tf',
            code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_profile {\n    name = "legacy"\n    ssl_policy {\n      policy_type          = "Custom"\n      min_protocol_version = "TLSv1_0"\n      cipher_suites        = ["TLS_RSA_WITH_AES_128_CBC_SHA"]\n    }\n  }\n}',
            findings: ['6:7 TLSv1.0 TLSv1.1'],
            output: 'resource "azurerm_application_gateway" "gw" {\n  ssl_profile {\n    name = "legacy"\n    ssl_policy {\n      policy_type          = "Custom"\n      min_protocol_version = "TLSv1_2"\n      cipher_suites        = ["TLS_RSA_WITH_AES_128_CBC_SHA"]\n    }\n  }\n}',
        },
        {
            file: 'appgw.tf',
            code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    disabled_protocols = ["TLSv1_0"]\n  }\n}',
            findings: ['3:5 TLSv1.1'],
            severity: 'warning',
            note: 'TLSv1_1 stays on',
        },
        {
            file: 'azuredeploy.json',
            code: '"sslPolicy": {\n  "policyType": "Predefined",\n  "policyName": "AppGwSslPolicy20150501"\n}',
            findings: ['3:3 TLSv1.0 TLSv1.1'],
        },
        {
            file: 'main.bicep',
            code: "sslPolicy: {\n  policyType: 'Custom'\n  minProtocolVersion: 'TLSv1_1'\n}",
            findings: ['3:3 TLSv1.1'],
        },
    ],
}, [
    (0,scan_define/* settingRule */.JQ)({
        meta: partMeta(appgwMeta, 'name'),
        keys: /policy_name|policyName/,
        where: (s, file) => inSslPolicy(file, s.keyStart),
        evaluate: (s) => {
            const m = /^["']?(AppGwSslPolicy\d{8})["']?$/i.exec(s.value.trim());
            const versions = m ? APPGW_POLICIES[m[1].toLowerCase()] : undefined;
            if (!m || versions === undefined)
                return undefined;
            const at = s.value.indexOf(m[1]);
            return { versions, fix: { start: s.valueStart + at, end: s.valueStart + at + m[1].length, text: 'AppGwSslPolicy20220101S' } };
        },
        instead: '`policy_name = "AppGwSslPolicy20220101S"` (or `AppGwSslPolicy20220101`)',
        examples: NO_EXAMPLES,
    }),
    (0,scan_define/* settingRule */.JQ)({
        meta: partMeta(appgwMeta, 'min'),
        keys: /min_protocol_version|minProtocolVersion/,
        where: (s, file) => inSslPolicy(file, s.keyStart),
        evaluate: (s, ctx, file) => {
            // A predefined policy ignores the custom minimum; its name is what counts.
            const block = innermostBlock(file.code, s.keyStart);
            if (block && /policy_?[Tt]ype["']?[ \t]*[:=][ \t]*["']Predefined["']/.test(block.text))
                return undefined;
            const m = /^["']?(\w{1,20})["']?$/.exec(s.value.trim());
            const v = m && (0,evaluate/* readVersion */.$4)(m[1]);
            if (!m || !v)
                return undefined;
            const spelled = (0,evaluate/* respell */.an)(m[1], ctx.floor);
            const at = s.value.indexOf(m[1]);
            return {
                versions: (0,src_versions/* atLeast */.jZ)(v),
                fix: spelled ? { start: s.valueStart + at, end: s.valueStart + at + m[1].length, text: spelled } : undefined,
            };
        },
        instead: (ctx) => `\`min_protocol_version = "${ctx.floor === 'TLSv1.3' ? 'TLSv1_3' : 'TLSv1_2'}"\``,
        examples: NO_EXAMPLES,
    }),
    (0,scan_define/* settingRule */.JQ)({
        meta: partMeta(appgwMeta, 'disabled'),
        keys: /disabled_protocols|disabledSslProtocols/,
        where: (s, file) => inSslPolicy(file, s.keyStart),
        evaluate: (s, _ctx, file) => {
            const block = innermostBlock(file.code, s.keyStart);
            if (block && /policy_name|policyName|min_protocol_version|minProtocolVersion/.test(block.text))
                return undefined;
            const tokens = s.value.split(/[\s,"'[\]]+/).filter(Boolean);
            let off = 0;
            for (const t of tokens) {
                const v = (0,evaluate/* readVersion */.$4)(t);
                if (!v)
                    return undefined;
                off |= (0,src_versions/* setOf */.s4)(v);
            }
            return {
                versions: (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2') & ~off,
                severity: 'warning',
                why: 'the rest of the default policy (AppGwSslPolicy20150501 on older API versions) stays enabled',
            };
        },
        instead: '`policy_type = "Predefined"` with `policy_name = "AppGwSslPolicy20220101S"`',
        examples: NO_EXAMPLES,
    }),
]);
// N15: API Management protocol switches.
const APIM_VERSION = { ssl30: 'SSLv3', tls10: 'TLSv1.0', tls11: 'TLSv1.1' };
const azureApimProtocols = gated((0,scan_define/* patternRule */.T)({
    meta: {
        id: 'azure/apim-legacy-protocols',
        title: 'API Management enables a legacy protocol',
        description: 'API Management turns SSL 3.0, TLS 1.0 and TLS 1.1 on per side: azurerm `security { enable_frontend_tls10 = true }` (azurerm 4: `frontend_tls10_enabled`), and the ARM/Bicep `customProperties` `Microsoft.WindowsAzure.ApiManagement.Gateway.Security[.Backend].Protocols.Tls10 = "true"` (also `Tls11`, `Ssl30`).',
        ecosystem: 'Azure',
        catalogue: ['N15'],
        docs: ['https://learn.microsoft.com/azure/api-management/api-management-howto-manage-protocols-ciphers'],
        files: AZURE_FILES,
        keywords: /_tls10|_tls11|_ssl30|Protocols\.Tls1|Protocols\.Ssl30/,
        fixable: true,
        safe: 'security { frontend_tls10_enabled = false }',
        limits: 'Values from variables (`try(var.security.x, false)`) are unknown.',
    },
    pattern: /(?:\benable_(?:frontend|backend)_(ssl30|tls10|tls11)|\b(?:frontend|backend)_(ssl30|tls10|tls11)_enabled|Gateway\.Security\.(?:Backend\.)?Protocols\.(Ssl30|Tls10|Tls11))["']?[ \t]*[:=][ \t]*["']?(true|True|TRUE)\b/,
    evaluate: (m) => {
        const v = APIM_VERSION[(m[1] ?? m[2] ?? m[3]).toLowerCase()];
        const at = m.index + m[0].length - m[4].length;
        return {
            versions: (0,src_versions/* setOf */.s4)(v),
            fix: { start: at, end: at + m[4].length, text: m[4] === 'True' ? 'False' : m[4] === 'TRUE' ? 'FALSE' : 'false' },
        };
    },
    instead: '`false` (the default)',
    examples: {
        valid: [
            {
                file: 'apim.tf',
                code: 'security {\n  frontend_ssl30_enabled = false\n  frontend_tls10_enabled = false\n  frontend_tls11_enabled = false\n}',
            },
            { file: 'apim.tf', code: 'security {\n  enable_backend_tls10 = false\n  enable_backend_tls11 = false\n}' },
            {
                file: 'variables.tf',
                code: 'variable "security" {\n  type = object({\n    frontend_tls10_enabled = optional(bool, false)\n  })\n}',
            },
            { file: 'apim.tf', code: 'security {\n  frontend_tls10_enabled = try(var.security.frontend_tls10_enabled, false)\n}' },
            {
                file: 'azuredeploy.json',
                code: '"customProperties": {\n  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls10": "False",\n  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Backend.Protocols.Ssl30": "false"\n}',
            },
            {
                file: 'tests/apim.tftest.hcl',
                code: 'assert {\n  condition = azurerm_api_management.apim.security[0].frontend_tls10_enabled == false\n}',
                note: 'a test that it is off',
            },
        ],
        invalid: [
            {
                file: 'apim.tf',
                code: 'resource "azurerm_api_management" "apim" {\n  security {\n    enable_frontend_tls10 = true\n    enable_frontend_tls11 = true\n  }\n}',
                findings: ['3:5 TLSv1.0', '4:5 TLSv1.1'],
                output: 'resource "azurerm_api_management" "apim" {\n  security {\n    enable_frontend_tls10 = false\n    enable_frontend_tls11 = false\n  }\n}',
            },
            { file: 'apim.tf', code: 'security {\n  backend_ssl30_enabled = true\n}', findings: ['2:3 SSLv3'] },
            {
                file: 'azuredeploy.json',
                code: '"customProperties": {\n  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls10": "True",\n  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls11": "false"\n}',
                findings: ['2:41 TLSv1.0'],
                output: '"customProperties": {\n  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls10": "False",\n  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls11": "false"\n}',
            },
            {
                file: 'apim.bicep',
                code: "customProperties: {\n  'Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Backend.Protocols.Tls11': 'true'\n}",
                findings: ['2:41 TLSv1.1'],
            },
        ],
    },
}));
// N10: flexible-server parameters (`azurerm_*_flexible_server_configuration`, Bicep/ARM configurations).
const flexMeta = {
    id: 'azure/db-server-parameter-tls',
    title: 'Azure Database server parameter enables legacy TLS',
    description: 'Azure Database for MySQL/PostgreSQL flexible servers take the TLS floor from server parameters: `tls_version` listing TLSv1 or TLSv1.1, `ssl_min_protocol_version = TLSv1` / `TLSv1.1` (`azurerm_*_flexible_server_configuration`, ARM/Bicep `configurations`).',
    ecosystem: 'Azure',
    catalogue: ['N10'],
    docs: ['https://learn.microsoft.com/azure/mysql/flexible-server/concepts-networking#tls-and-ssl'],
    files: AZURE_FILES,
    keywords: /tls_version|ssl_min_protocol_version|ssl_max_protocol_version/,
    fixable: true,
    safe: 'name = "tls_version" value = "TLSv1.2,TLSv1.3"',
};
const azureDbServerParameter = {
    meta: flexMeta,
    *check(file, ctx) {
        if (!isIacFile(file))
            return;
        for (const p of nameValueParameters(file)) {
            if (!isAzureParameter(file, p.nameAt))
                continue;
            const e = dbParameter(p.name, p.value, p.valueStart, ctx);
            if (!e)
                continue;
            yield {
                start: p.nameAt,
                end: p.end,
                versions: e.versions,
                what: `${p.name} = ${p.value}`,
                why: e.why,
                instead: /min_protocol/.test(p.name) ? '`value = "TLSv1.2"`' : '`value = "TLSv1.2,TLSv1.3"`',
                fix: e.fix,
            };
        }
    },
    examples: {
        valid: [
            {
                file: 'mysql.tf',
                code: 'resource "azurerm_mysql_flexible_server_configuration" "tls" {\n  name      = "tls_version"\n  server_id = azurerm_mysql_flexible_server.db.id\n  value     = "TLSv1.2,TLSv1.3"\n}',
            },
            {
                file: 'pg.tf',
                code: 'resource "azurerm_postgresql_flexible_server_configuration" "min" {\n  name      = "ssl_min_protocol_version"\n  server_id = azurerm_postgresql_flexible_server.db.id\n  value     = "TLSv1.2"\n}',
            },
            {
                file: 'pg.bicep',
                code: "resource cfg 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2022-12-01' = {\n  parent: server\n  name: 'ssl_min_protocol_version'\n  properties: {\n    value: 'TLSv1.3'\n    source: 'user-override'\n  }\n}",
            },
            {
                file: 'mysql.tf',
                code: 'resource "azurerm_mysql_flexible_server_configuration" "tls" {\n  name  = "tls_version"\n  value = var.tls_version\n}',
            },
        ],
        invalid: [
            {
                file: 'mysql.tf',
                code: 'resource "azurerm_mysql_flexible_server_configuration" "tls" {\n  name                = "tls_version"\n  resource_group_name = azurerm_resource_group.rg.name\n  server_name         = azurerm_mysql_flexible_server.db.name\n  value               = "TLSv1,TLSv1.1,TLSv1.2"\n}',
                findings: ['5:26 TLSv1.0 TLSv1.1'],
                output: 'resource "azurerm_mysql_flexible_server_configuration" "tls" {\n  name                = "tls_version"\n  resource_group_name = azurerm_resource_group.rg.name\n  server_name         = azurerm_mysql_flexible_server.db.name\n  value               = "TLSv1.2"\n}',
            },
            {
                file: 'pg.tf',
                code: 'resource "azurerm_postgresql_flexible_server_configuration" "min" {\n  name      = "ssl_min_protocol_version"\n  server_id = azurerm_postgresql_flexible_server.db.id\n  value     = "TLSv1.1"\n}',
                findings: ['4:16 TLSv1.1'],
            },
            {
                file: 'pg.bicep',
                code: "resource cfg 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2022-12-01' = {\n  parent: server\n  name: 'ssl_min_protocol_version'\n  properties: {\n    value: 'TLSv1'\n    source: 'user-override'\n  }\n}",
                findings: ['5:13 TLSv1.0 TLSv1.1'],
            },
            {
                file: 'azuredeploy.json',
                code: '{\n  "type": "Microsoft.DBforMySQL/flexibleServers/configurations",\n  "name": "[concat(parameters(\'serverName\'), \'/tls_version\')]",\n  "properties": { "value": "TLSv1.1,TLSv1.2", "source": "user-override" }\n}',
                findings: ['4:29 TLSv1.1'],
            },
        ],
    },
};
const azure_rules = [azureMinTlsVersion, azureAppGatewaySslPolicy, azureApimProtocols, azureDbServerParameter];

;// CONCATENATED MODULE: ./src/scan/rules/other-clouds.ts
/**
 * Other clouds: Google Cloud (Terraform google provider, Config Connector, Deployment Manager,
 * Pulumi, gcloud) SSL policies and HTTPS/SSL proxies; Alibaba Cloud (Terraform alicloud, ROS)
 * SLB/ALB TLS cipher policies.
 */




const CLOUD_FILES = { kinds: ['hcl', 'yaml', 'json', 'ts', 'js', 'python', 'go', 'java', 'csharp', 'shell', 'other'] };
// N17: Google Cloud SSL policies.
function isGoogle(file, s) {
    if (file.kind === 'hcl' && !/\.bicep$/i.test(file.path)) {
        const type = tfResourceType(file.code, s.keyStart);
        if (type)
            return /^google_/.test(type);
        return fileFlag(file, 'google-hcl', (f) => /\bgoogle_|\bgoogle\b/.test(f.code) && !/azurerm|azapi/.test(f.code));
    }
    if (/\.bicep$/i.test(file.path) || fileFlag(file, 'arm', (f) => /Microsoft\.\w+\//.test(f.code)))
        return false;
    if (file.kind === 'shell' || file.kind === 'yaml') {
        if (/gcloud\b|ssl-policies/.test(lineAround(file.code, s.keyStart)))
            return true;
    }
    return fileFlag(file, 'google', (f) => /ComputeSSLPolicy|compute\.v1\.sslPolic|gcp\.compute\.SSLPolicy|compute\.SSLPolicy|ssl-policies|google_compute_ssl_policy|SslPolicy\(|pulumi_gcp/.test(f.code));
}
const gcpMeta = {
    id: 'gcp/ssl-policy-min-tls-version',
    title: 'Google Cloud SSL policy allows legacy TLS',
    description: 'A Google Cloud SSL policy (`google_compute_ssl_policy`, Config Connector `ComputeSSLPolicy`, Pulumi `gcp.compute.SSLPolicy`, `gcloud compute ssl-policies`) sets the lowest version its HTTPS/SSL proxy load balancers accept with `min_tls_version`; `TLS_1_0` is the default and `TLS_1_1` still allows TLS 1.1.',
    ecosystem: 'Other clouds',
    catalogue: ['N17'],
    docs: ['https://cloud.google.com/load-balancing/docs/ssl-policies-concepts'],
    files: CLOUD_FILES,
    keywords: /min_tls_version|minTlsVersion|min-tls-version/,
    fixable: true,
    safe: 'min_tls_version = "TLS_1_2"',
    limits: 'The `profile` (COMPATIBLE, MODERN, RESTRICTED) selects ciphers, not versions, and is not read. GKE `FrontendConfig.spec.sslPolicy` names a policy defined elsewhere.',
};
function gcpMinimum(s, floor) {
    const lit = literalOf(s.value, s.form);
    const v = lit && (0,evaluate/* readVersion */.$4)(lit, { bareNumbers: true });
    if (!lit || !v)
        return undefined;
    const spelled = (0,evaluate/* respell */.an)(lit, floor);
    const at = s.value.indexOf(lit);
    return {
        versions: (0,src_versions/* atLeast */.jZ)(v),
        fix: spelled && at >= 0 ? { start: s.valueStart + at, end: s.valueStart + at + lit.length, text: spelled } : undefined,
    };
}
const gcpSslPolicyMinTls = combine(gcpMeta, {
    valid: [
        {
            file: 'lb.tf',
            code: 'resource "google_compute_ssl_policy" "modern" {\n  name            = "modern"\n  profile         = "MODERN"\n  min_tls_version = "TLS_1_2"\n}',
        },
        { file: 'lb.tf', code: 'resource "google_compute_ssl_policy" "p" {\n  min_tls_version = var.min_tls_version\n}' },
        {
            file: 'storage.tf',
            code: 'resource "azurerm_storage_account" "sa" {\n  min_tls_version = "TLS1_0"\n}',
            note: 'Azure: reported by the azure rule',
        },
        {
            file: 'cf.tf',
            code: 'resource "cloudflare_zone_settings_override" "z" {\n  settings {\n    min_tls_version = "1.0"\n  }\n}',
            note: 'not Google',
        },
        {
            file: 'policy.yaml',
            code: 'apiVersion: compute.cnrm.cloud.google.com/v1beta1\nkind: ComputeSSLPolicy\nmetadata:\n  name: modern\nspec:\n  profile: RESTRICTED\n  minTlsVersion: TLS_1_2\n',
        },
        {
            file: 'lb.tf',
            code: 'resource "google_compute_ssl_policy" "p" {\n  # min_tls_version = "TLS_1_0"\n  min_tls_version = "TLS_1_2"\n}',
        },
    ],
    invalid: [
        {
            file: 'lb.tf',
            code: 'resource "google_compute_ssl_policy" "compat" {\n  name            = "compat"\n  profile         = "COMPATIBLE"\n  min_tls_version = "TLS_1_0"\n}',
            findings: ['4:3 TLSv1.0 TLSv1.1'],
            output: 'resource "google_compute_ssl_policy" "compat" {\n  name            = "compat"\n  profile         = "COMPATIBLE"\n  min_tls_version = "TLS_1_2"\n}',
        },
        {
            file: 'lb.tf',
            code: 'resource "google_compute_ssl_policy" "custom" {\n  profile         = "CUSTOM"\n  min_tls_version = "TLS_1_1"\n  custom_features = ["TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"]\n}',
            findings: ['3:3 TLSv1.1'],
        },
        {
            file: 'policy.yaml',
            code: 'apiVersion: compute.cnrm.cloud.google.com/v1beta1\nkind: ComputeSSLPolicy\nmetadata:\n  name: legacy\nspec:\n  minTlsVersion: TLS_1_1\n',
            findings: ['6:3 TLSv1.1'],
        },
        {
            file: 'setup.sh',
            code: 'gcloud compute ssl-policies create legacy-policy --profile COMPATIBLE --min-tls-version 1.0',
            findings: ['1:73 TLSv1.0 TLSv1.1'],
            output: 'gcloud compute ssl-policies create legacy-policy --profile COMPATIBLE --min-tls-version 1.2',
        },
        {
            file: 'index.ts',
            code: 'import * as gcp from "@pulumi/gcp";\nconst policy = new gcp.compute.SSLPolicy("policy", {\n    profile: "MODERN",\n    minTlsVersion: "TLS_1_1",\n});',
            findings: ['4:5 TLSv1.1'],
        },
        {
            file: 'lb.tf',
            code: 'resource "google_compute_region_ssl_policy" "p" {\n  region          = "europe-west1"\n  min_tls_version = "TLS_1_0"\n}',
            findings: ['3:3 TLSv1.0 TLSv1.1'],
        },
    ],
}, [
    (0,scan_define/* settingRule */.JQ)({
        meta: partMeta(gcpMeta, 'setting'),
        keys: /min_tls_version|minTlsVersion|min-tls-version/,
        where: (s, file) => {
            if (!isGoogle(file, s))
                return false;
            const sep = file.code.slice(s.keyStart + s.key.length, s.valueStart);
            if (/^["']?[ \t]+$/.test(sep))
                return /-{2}$/.test(file.code.slice(Math.max(0, s.keyStart - 2), s.keyStart));
            return true;
        },
        evaluate: (s, ctx) => gcpMinimum(s, ctx.floor),
        instead: (ctx) => `\`min_tls_version = "${ctx.floor === 'TLSv1.3' ? 'TLS_1_3' : 'TLS_1_2'}"\``,
        examples: NO_EXAMPLES,
    }),
]);
// N17: defaults — an SSL policy without min_tls_version, a proxy without an SSL policy.
const GCP_DEFAULT = (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.3');
const gcpSslPolicyDefault = {
    meta: {
        id: 'gcp/ssl-policy-default',
        title: 'Google Cloud SSL policy or proxy uses the TLS 1.0 default',
        description: 'A `google_compute_ssl_policy` without `min_tls_version` gets `TLS_1_0`, and a target HTTPS/SSL proxy without `ssl_policy` uses the Google default policy (COMPATIBLE, TLS 1.0); both accept TLS 1.0 and 1.1.',
        ecosystem: 'Other clouds',
        catalogue: ['N17'],
        docs: ['https://cloud.google.com/load-balancing/docs/ssl-policies-concepts#defining_an_ssl_policy'],
        files: { kinds: ['hcl', 'yaml'] },
        keywords: /google_compute_ssl_policy|google_compute_region_ssl_policy|google_compute_target_https_proxy|google_compute_region_target_https_proxy|google_compute_target_ssl_proxy|ComputeSSLPolicy/,
        fixable: false,
        safe: 'min_tls_version = "TLS_1_2" (and ssl_policy = google_compute_ssl_policy.modern.id on every proxy)',
        limits: 'Only Terraform resources and Config Connector `ComputeSSLPolicy` objects are checked; `dynamic` blocks and module wrappers are not followed.',
    },
    *check(file) {
        const code = file.code;
        if (file.kind === 'hcl') {
            const re = /\bresource[ \t]+"(google_compute_(?:region_)?ssl_policy|google_compute_(?:region_)?target_https_proxy|google_compute_target_ssl_proxy)"[ \t]+"[\w-]{1,100}"[ \t]*\{/g;
            for (let m = re.exec(code); m; m = re.exec(code)) {
                const open = m.index + m[0].length - 1;
                const body = code.slice(open, blockEnd(code, open));
                const policy = /ssl_policy"$/.test(m[1]) || m[1].endsWith('ssl_policy');
                if (policy ? /\bmin_tls_version\b/.test(body) : /\bssl_policy\b/.test(body))
                    continue;
                // RESTRICTED has only TLS 1.2 cipher suites: older versions cannot complete a handshake.
                if (policy && /\bprofile[ \t]*=[ \t]*"RESTRICTED"/.test(body))
                    continue;
                yield {
                    start: m.index,
                    end: open,
                    versions: GCP_DEFAULT,
                    what: policy ? `${m[1]} without min_tls_version` : `${m[1]} without ssl_policy`,
                    why: policy ? 'min_tls_version defaults to TLS_1_0' : 'the default SSL policy allows TLS 1.0',
                    instead: policy
                        ? '`min_tls_version = "TLS_1_2"`'
                        : '`ssl_policy = google_compute_ssl_policy.<name>.id` with `min_tls_version = "TLS_1_2"`',
                    severity: 'warning',
                };
            }
        }
        else {
            const re = /^kind:[ \t]*ComputeSSLPolicy[ \t]*$/gm;
            for (let m = re.exec(code); m; m = re.exec(code)) {
                // The YAML document around the line, at most 4000 characters either side: a file without
                // `---` must not be read from its start (or to its end) for every match.
                const from = Math.max(0, m.index - 4000);
                const previous = code.slice(from, m.index).lastIndexOf('\n---');
                const next = code.slice(m.index, m.index + 4000).indexOf('\n---');
                const doc = code.slice(previous < 0 ? from : from + previous + 1, next < 0 ? Math.min(code.length, m.index + 4000) : m.index + next);
                if (/\bminTlsVersion\b/.test(doc) || /\bprofile:[ \t]*["']?RESTRICTED/.test(doc))
                    continue;
                yield {
                    start: m.index,
                    end: m.index + m[0].length,
                    versions: GCP_DEFAULT,
                    what: 'ComputeSSLPolicy without minTlsVersion',
                    why: 'minTlsVersion defaults to TLS_1_0',
                    instead: '`minTlsVersion: TLS_1_2`',
                    severity: 'warning',
                };
            }
        }
    },
    examples: {
        valid: [
            { file: 'lb.tf', code: 'resource "google_compute_ssl_policy" "p" {\n  name            = "p"\n  min_tls_version = "TLS_1_2"\n}' },
            {
                file: 'lb.tf',
                code: 'resource "google_compute_target_https_proxy" "proxy" {\n  url_map          = google_compute_url_map.m.id\n  ssl_certificates = [google_compute_managed_ssl_certificate.c.id]\n  ssl_policy       = google_compute_ssl_policy.modern.id\n}',
            },
            {
                file: 'lb.tf',
                code: 'resource "google_compute_target_http_proxy" "plain" {\n  url_map = google_compute_url_map.m.id\n}',
                note: 'HTTP proxy: no TLS',
            },
            {
                file: 'lb.tf',
                code: 'data "google_compute_ssl_policy" "p" {\n  name = "existing"\n}',
                note: 'a data source reads an existing policy',
            },
            { file: 'policy.yaml', code: 'kind: ComputeSSLPolicy\nspec:\n  minTlsVersion: TLS_1_2\n' },
            {
                file: 'lb.tf',
                code: 'resource "google_compute_ssl_policy" "schemes" {\n  name    = "schemes"\n  profile = "RESTRICTED"\n}',
                note: 'RESTRICTED offers only TLS 1.2 cipher suites',
            },
        ],
        invalid: [
            {
                file: 'lb.tf',
                code: 'resource "google_compute_ssl_policy" "compat" {\n  name    = "compat"\n  profile = "MODERN"\n}',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'lb.tf',
                code: 'resource "google_compute_target_https_proxy" "proxy" {\n  name             = "proxy"\n  url_map          = google_compute_url_map.m.id\n  ssl_certificates = [google_compute_managed_ssl_certificate.c.id]\n}',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'lb.tf',
                code: 'resource "google_compute_target_ssl_proxy" "tcp" {\n  backend_service  = google_compute_backend_service.b.id\n  ssl_certificates = [google_compute_ssl_certificate.c.id]\n}',
                findings: ['1:1 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'policy.yaml',
                code: 'apiVersion: compute.cnrm.cloud.google.com/v1beta1\nkind: ComputeSSLPolicy\nmetadata:\n  name: p\nspec:\n  profile: MODERN\n',
                findings: ['2:1 TLSv1.0 TLSv1.1'],
                severity: 'warning',
            },
        ],
    },
};
// N18: Alibaba Cloud SLB / ALB TLS cipher policies.
const ALI_POLICIES = {
    tls_cipher_policy_1_0: (0,src_versions/* range */.y1)('TLSv1.0', 'TLSv1.2'),
    tls_cipher_policy_1_1: (0,src_versions/* range */.y1)('TLSv1.1', 'TLSv1.2'),
    tls_cipher_policy_1_2: (0,src_versions/* range */.y1)('TLSv1.2', 'TLSv1.2'),
    tls_cipher_policy_1_2_strict: (0,src_versions/* range */.y1)('TLSv1.2', 'TLSv1.2'),
};
function isAlibaba(file, s) {
    if (file.kind === 'hcl') {
        const type = tfResourceType(file.code, s.keyStart);
        if (type)
            return /^alicloud_/.test(type);
    }
    // The predefined policy names are Alibaba's own: module inputs and tfvars need no other hint.
    return (fileFlag(file, 'alibaba', (f) => /alicloud|aliyun|ALIYUN::|alibabacloud/i.test(f.code)) || /^\s*["']?tls_cipher_policy_1_/.test(s.value));
}
function inTfVariable(file, offset) {
    if (file.kind !== 'hcl')
        return false;
    const outer = enclosingBlocks(file.code, offset, 8000).pop();
    return outer !== undefined && /^variable\b/.test(outer.header);
}
const aliMeta = {
    id: 'alicloud/slb-tls-policy',
    title: 'Alibaba Cloud load balancer TLS policy allows legacy TLS',
    description: 'Alibaba Cloud SLB/ALB HTTPS listeners take a TLS policy: the predefined `tls_cipher_policy_1_0` / `tls_cipher_policy_1_1`, or a custom policy (`alicloud_slb_tls_cipher_policy`, `alicloud_alb_security_policy`) whose `tls_versions` lists TLSv1.0 or TLSv1.1.',
    ecosystem: 'Other clouds',
    catalogue: ['N18'],
    docs: ['https://www.alibabacloud.com/help/en/slb/classic-load-balancer/user-guide/tls-security-policies'],
    files: CLOUD_FILES,
    keywords: /tls_cipher_policy|tls_versions|TLSVersions|TlsVersions|TLSCipherPolicy|TlsCipherPolicy/,
    fixable: true,
    safe: 'tls_cipher_policy = "tls_cipher_policy_1_2"',
    limits: 'A listener without a policy gets `tls_cipher_policy_1_0` on older SLB API versions; not reported. Huawei, Tencent, OCI and NIFCLOUD load balancer policies are not covered.',
};
const alicloudTlsPolicy = combine(aliMeta, {
    valid: [
        {
            file: 'slb.tf',
            code: 'resource "alicloud_slb_listener" "https" {\n  protocol          = "https"\n  tls_cipher_policy = "tls_cipher_policy_1_2"\n}',
        },
        {
            file: 'slb.tf',
            code: 'resource "alicloud_slb_listener" "https" {\n  tls_cipher_policy = "tls_cipher_policy_1_2_strict_with_1_3"\n}',
            note: '`_1_2_strict_with_1_3` is not `_1_0`',
        },
        {
            file: 'slb.tf',
            code: 'resource "alicloud_slb_tls_cipher_policy" "p" {\n  tls_versions = ["TLSv1.2", "TLSv1.3"]\n  ciphers      = ["ECDHE-ECDSA-AES128-GCM-SHA256"]\n}',
        },
        { file: 'alb.tf', code: 'resource "alicloud_alb_listener" "https" {\n  security_policy_id = alicloud_alb_security_policy.p.id\n}' },
        {
            file: 'slb.tf',
            code: '# tls_cipher_policy = "tls_cipher_policy_1_0"\nresource "alicloud_slb_listener" "https" {\n  tls_cipher_policy = var.tls_policy\n}',
        },
    ],
    invalid: [
        {
            file: 'slb.tf',
            code: 'resource "alicloud_slb_listener" "https" {\n  protocol          = "https"\n  tls_cipher_policy = "tls_cipher_policy_1_0"\n}',
            findings: ['3:3 TLSv1.0 TLSv1.1'],
            output: 'resource "alicloud_slb_listener" "https" {\n  protocol          = "https"\n  tls_cipher_policy = "tls_cipher_policy_1_2"\n}',
        },
        {
            file: 'alb.tf',
            code: 'resource "alicloud_alb_listener" "https" {\n  listener_protocol  = "HTTPS"\n  security_policy_id = "tls_cipher_policy_1_1"\n}',
            findings: ['3:3 TLSv1.1'],
        },
        {
            file: 'slb.tf',
            code: 'resource "alicloud_slb_tls_cipher_policy" "p" {\n  tls_cipher_policy_name = "legacy"\n  tls_versions           = ["TLSv1.0", "TLSv1.1", "TLSv1.2"]\n}',
            findings: ['3:3 TLSv1.0 TLSv1.1'],
            output: 'resource "alicloud_slb_tls_cipher_policy" "p" {\n  tls_cipher_policy_name = "legacy"\n  tls_versions           = ["TLSv1.2"]\n}',
        },
        {
            file: 'alb.tf',
            code: 'resource "alicloud_alb_security_policy" "p" {\n  tls_versions = ["TLSv1.1", "TLSv1.2", "TLSv1.3"]\n}',
            findings: ['2:3 TLSv1.1'],
        },
        {
            file: 'slb.tfvars',
            code: 'ssl_certificates = {\n  tls_cipher_policy = "tls_cipher_policy_1_1"\n}',
            findings: ['2:3 TLSv1.1'],
            note: 'module input in tfvars',
        },
        {
            file: 'variables.tf',
            code: 'variable "ssl_certificates" {\n  type = map(string)\n  default = {\n    tls_cipher_policy = "tls_cipher_policy_1_0"\n  }\n}',
            findings: ['4:5 TLSv1.0 TLSv1.1'],
            severity: 'warning',
        },
        {
            file: 'ros.yaml',
            code: 'ROSTemplateFormatVersion: "2015-09-01"\nResources:\n  Listener:\n    Type: ALIYUN::SLB::Listener\n    Properties:\n      Protocol: https\n      TLSCipherPolicy: tls_cipher_policy_1_0\n',
            findings: ['7:7 TLSv1.0 TLSv1.1'],
        },
    ],
}, [
    (0,scan_define/* settingRule */.JQ)({
        meta: partMeta(aliMeta, 'name'),
        keys: /tls_cipher_policy|security_policy_id|TLSCipherPolicy|TlsCipherPolicy|SecurityPolicyId/,
        where: (s, file) => isAlibaba(file, s),
        evaluate: (s, _ctx, file) => {
            const lit = literalOf(s.value, s.form);
            const versions = lit ? ALI_POLICIES[lit.toLowerCase()] : undefined;
            if (!lit || versions === undefined)
                return undefined;
            const at = s.value.indexOf(lit);
            if (inTfVariable(file, s.keyStart))
                return { versions, severity: 'warning', why: 'the default of a variable' };
            return { versions, fix: { start: s.valueStart + at, end: s.valueStart + at + lit.length, text: 'tls_cipher_policy_1_2' } };
        },
        instead: '`tls_cipher_policy_1_2` (or `tls_cipher_policy_1_2_strict_with_1_3`)',
        examples: NO_EXAMPLES,
    }),
    (0,scan_define/* settingRule */.JQ)({
        meta: partMeta(aliMeta, 'versions'),
        keys: /tls_versions|TLSVersions|TlsVersions/,
        where: (s, file) => isAlibaba(file, s),
        evaluate: (s, ctx) => {
            const tokens = (0,evaluate/* tokenize */.qw)(s.value, s.valueStart, s.form === 'block-list' ? /[\s,"'[\]-]+/g : undefined);
            const result = (0,evaluate/* evalList */.vi)(tokens);
            if (!result)
                return undefined;
            const keep = tokens.filter((t) => {
                const v = (0,evaluate/* readVersion */.$4)(t.text);
                return v && ((0,src_versions/* atLeast */.jZ)(ctx.floor) & (0,src_versions/* atLeast */.jZ)(v)) === (0,src_versions/* atLeast */.jZ)(v);
            });
            const plain = s.form === 'list' && /^\s*"[^"]*"(?:\s*,\s*"[^"]*")*\s*$/.test(s.value);
            return {
                versions: result.versions,
                fix: plain && keep.length ? { start: s.valueStart, end: s.valueEnd, text: keep.map((t) => `"${t.text}"`).join(', ') } : undefined,
            };
        },
        instead: '`["TLSv1.2", "TLSv1.3"]`',
        examples: NO_EXAMPLES,
    }),
]);
const other_clouds_rules = [gcpSslPolicyMinTls, gcpSslPolicyDefault, alicloudTlsPolicy];

;// CONCATENATED MODULE: ./src/scan/iter.ts
/** Whether any item a generator yields passes `test`; stops at the first (the rest is never computed). */
function some(items, test) {
    for (const item of items)
        if (test(item))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/scan/rules/code/version-argument.ts
/**
 * The generic rule behind the named code rules: a call to an API no rule knows, whose name says
 * TLS/SSL and version/protocol/options (`mosquitto_tls_opts_set`, a project's own
 * `setSSLStreamVersionRange`, `new SSLVersionRange(…)`), given an argument that is exactly a legacy
 * version — a literal, an API constant, a branch of a conditional, a cast of one, or a name
 * assigned one a few lines before. The API is unknown, so the finding is a warning, and it gives way
 * to a named rule that reports the same line (`meta.fallback`).
 */





const version_argument_CODE_KINDS = [
    'c',
    'cpp',
    'objc',
    'java',
    'kotlin',
    'scala',
    'groovy',
    'python',
    'go',
    'js',
    'ts',
    'ruby',
    'php',
    'rust',
    'swift',
    'dart',
    'lua',
    'perl',
    'elixir',
];
/** Words of a call's name that say it is about TLS, and that it takes a version. */
const TLS_WORD = /^(?:m?tls|ssl|dtls|jss|nss)$|tls$|ssl$/;
const VERSION_WORD = /^(?:versions?|protos?|protocols?|opts|options|methods?|range|min|max|minimum|maximum)$/;
/**
 * Words that make a call read, compare, convert, print or remove a version instead of setting one
 * (`tls_version_to_string`, `isSslVersionSupported`, `ssl_disable_protocol`).
 */
const NOT_A_SETTER = new Set([
    'get',
    'is',
    'has',
    'check',
    'assert',
    'expect',
    'verify',
    'validate',
    'test',
    'supports',
    'support',
    'supported',
    'unsupported',
    'parse',
    'compare',
    'cmp',
    'equal',
    'equals',
    'match',
    'matches',
    'string',
    'str',
    'name',
    'names',
    'describe',
    'format',
    'log',
    'print',
    'disable',
    'disabled',
    'exclude',
    'excluded',
    'remove',
    'deny',
    'block',
    'forbid',
    'reject',
    'to',
    'from',
    'find',
    'lookup',
    'convert',
    'free',
    'destroy',
    // Verb forms and negations that tests and guards use (`rejectsTlsVersion`, `tls_no_version`).
    'checks',
    'expects',
    'asserts',
    'verifies',
    'rejects',
    'refuse',
    'refuses',
    'fail',
    'fails',
    'should',
    'must',
    'no',
    'not',
    'without',
    'disables',
    'excludes',
    'removes',
    'denies',
    'blocks',
    'forbids',
]);
/**
 * APIs a named rule judges (and deliberately leaves silent in some shapes, such as setter tables
 * and `case` arms): never judged again here.
 */
const KNOWN_CALL = /^(?:(?:SSL_CTX|SSL)_set_(?:min|max)_proto_version|(?:wolfSSL|CyaSSL)(?:_CTX)?_Set(?:Min|Max)Version|SSL(?:_CTX)?_ctrl|mbedtls_ssl_conf_(?:min|max)_version|ssl_set_(?:min|max)_version|set_(?:min|max)_proto_version|SSL_CTX_new|(?:SSL_CTX|SSL)_(?:set|clear)_options|SSL_CONF_cmd|setEnabledProtocols|setProtocols?|setSslProtocol|setSSLProtocol|useProtocol|tlsVersions|setSupportedProtocols|setTlsVersions|setEnabledTLSProtocols|SSLContext|wrap_socket|sec_protocol_options_set_(?:min|max)_tls_protocol_version|SSLSetProtocolVersion(?:Min|Max)|setSslOption)$/;
/** Splits an identifier into lower-case words: `setSSLStreamVersionRange` → set ssl stream version range. */
function words(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
        .toLowerCase()
        .split(/_+/)
        .filter(Boolean);
}
/**
 * Whether a call's name says it sets a TLS version, and how its version arguments are read. A name
 * that does not say TLS (`createSocketWithEnabledProtocols`) must say version or protocol in more
 * than one word; its arguments are then read only when they are TLS constants or literals, which
 * say TLS themselves (never `max(a, b)`).
 */
function settingCall(name) {
    if (KNOWN_CALL.test(name))
        return undefined;
    const w = words(name);
    if (!w.some((x) => VERSION_WORD.test(x)))
        return undefined;
    if (!w.some((x) => TLS_WORD.test(x)) && (w.length < 2 || !w.some((x) => /^(?:versions?|protocols?)$/.test(x))))
        return undefined;
    if (w.some((x) => NOT_A_SETTER.has(x)))
        return undefined;
    if (w.includes('range'))
        return 'range';
    if (w.includes('min') || w.includes('minimum'))
        return 'min';
    if (w.includes('max') || w.includes('maximum'))
        return 'max';
    return 'set';
}
/** The words a called name must hold; calls are found from them, not by trying every call. */
const CALL_WORD = /tls|ssl|version|protocol/gi;
const IDENTIFIER_CHAR = /[\w$]/;
/**
 * The calls whose name holds a CALL_WORD (`name(`, 2–81 characters, starting with a letter, `_` or
 * `$`): found from the word outwards, each identifier once, so a file of many calls costs a pass
 * over its words, not a match attempt at every identifier.
 */
function* namedCalls(code) {
    const word = new RegExp(CALL_WORD.source, 'gi');
    for (let a = word.exec(code); a; a = word.exec(code)) {
        let start = a.index;
        while (start > 0 && IDENTIFIER_CHAR.test(code[start - 1]))
            start--;
        let end = a.index + a[0].length;
        while (end < code.length && IDENTIFIER_CHAR.test(code[end]))
            end++;
        word.lastIndex = end;
        if (end - start < 2 || end - start > 81 || !/[A-Za-z_$]/.test(code[start]))
            continue;
        let open = end;
        while (code[open] === ' ' || code[open] === '\t')
            open++;
        if (code[open] === '(')
            yield { name: code.slice(start, end), index: start, open };
    }
}
/** `name=value`, `name: value` (keyword and named arguments): the value is the argument. */
const NAMED_ARGUMENT = /^[A-Za-z_$][\w$]{0,40}[ \t]*(?:=(?!=)|:(?!:))[ \t]*/;
/** Mockito `verify(x).setSslVersion(…)` checks a call made elsewhere. */
const VERIFIED = /\bverify\s*\((?:[^()]|\([^()]{0,80}\)){0,200}\)\s*\.\s*$/;
function describeLeaf(leaf) {
    const parts = [];
    if (leaf.via)
        parts.push(`through \`${leaf.via}\`, assigned earlier in the function`);
    if (leaf.conditional)
        parts.push('one branch of a condition');
    return parts.length ? parts.join('; ') : undefined;
}
/** What one leaf enables under a reading (`max` is a finding only when it caps below the floor). */
function enabledBy(leaf, reading, ctx, max) {
    const v = leaf.version;
    if (reading === 'set' || !v)
        return leaf.versions;
    if (reading === 'max')
        return (0,src_versions/* versionIndex */.Vm)(v) < (0,src_versions/* versionIndex */.Vm)(ctx.floor) ? (0,src_versions/* atMost */.Tu)(v) : undefined;
    if (reading === 'range')
        return max && (0,src_versions/* versionIndex */.Vm)(max) >= (0,src_versions/* versionIndex */.Vm)(v) ? (0,src_versions/* range */.y1)(v, max) : (0,src_versions/* atLeast */.jZ)(v);
    return (0,src_versions/* atLeast */.jZ)(v);
}
const versionArgument = {
    meta: {
        id: 'code/tls-version-argument',
        title: 'Legacy TLS version passed to a TLS setting call',
        description: 'A call whose name says TLS/SSL and version, protocol or options — a library no rule knows (`mosquitto_tls_opts_set(mosq, 1, "tlsv1", NULL)`), a project\'s own wrapper (`setSSLStreamVersionRange(SSLVersion.TLS_1_0, SSLVersion.TLS_1_2)`), a range object (`new SSLVersionRange(…)`) — given a legacy version: a literal, an API constant, a cast of one, any literal branch of a conditional, or a name assigned one earlier in the same function. A name with `min` reads the version as a minimum, `max` as a maximum, `range` as minimum and maximum.',
        ecosystem: 'Any language',
        catalogue: ['H2', 'D5', 'F1'],
        docs: ['https://docs.openssl.org/master/man3/SSL_CTX_set_min_proto_version/', 'https://mosquitto.org/api/files/mosquitto-h.html'],
        files: { kinds: version_argument_CODE_KINDS },
        keywords: /tls|ssl/,
        fixable: false,
        safe: 'mosquitto_tls_opts_set(mosq, 1, "tlsv1.2", NULL);',
        limits: 'The API is unknown, so findings are warnings, and a named rule that reports the same line takes precedence. Calls that read, compare, convert, print or remove versions (`get`, `is`, `check`, `to_string`, `disable` in the name), versions chosen in a `case` arm or behind a comparison, and names given their value in another function are not followed.',
        fallback: true,
    },
    *check(file, ctx) {
        // Masking comments costs a pass over the file: first ask the raw text whether any call could
        // be a setting (masking only blanks text, so the calls of the code are among the raw text's).
        if (!some(namedCalls(file.text), (m) => settingCall(m.name) !== undefined))
            return;
        const code = file.code;
        for (const m of namedCalls(code)) {
            const name = m.name;
            const reading = settingCall(name);
            if (!reading)
                continue;
            const before = code.slice(Math.max((0,source/* lastNewline */.Ly)(code, m.index - 1) + 1, m.index - 300), m.index);
            // A definition (`def set_tls_version(v="TLSv1")`) declares a parameter; it sets nothing.
            if (/\b(?:def|function|func|fn|sub)\s+(?:[\w$]+\s*\.\s*)?$/.test(before))
                continue;
            if (VERIFIED.test(code.slice(Math.max(0, m.index - 300), m.index)))
                continue;
            if ((0,capability/* inCaseArm */.gz)(code, m.index) || (0,capability/* guardedByComparison */.Lc)(code, m.index))
                continue;
            const args = callArguments(code, m.open);
            if (!args)
                continue;
            const perArg = args.map((a) => {
                const named = NAMED_ARGUMENT.exec(code.slice(a.start, a.end));
                return versionLeaves(code, named ? { start: a.start + named[0].length, end: a.end } : a);
            });
            const leaves = perArg.flat();
            if (leaves.length === 0)
                continue;
            // A range: the first versioned argument is the minimum, the next one the maximum.
            const versioned = perArg.filter((l) => l.length > 0);
            const maxLeaf = reading === 'range' && versioned.length > 1 ? versioned[1].find((l) => !l.conditional) : undefined;
            const candidates = reading === 'range' ? versioned[0] : leaves;
            for (const leaf of candidates) {
                const versions = enabledBy(leaf, reading, ctx, maxLeaf?.version);
                if (versions === undefined)
                    continue;
                yield {
                    start: leaf.start,
                    end: leaf.end,
                    versions,
                    what: (0,scan_define/* clip */.$Q)(`${name}(… ${file.text.slice(leaf.start, leaf.end)} …)`),
                    why: describeLeaf(leaf),
                    instead: instead(ctx),
                    severity: 'warning',
                };
            }
        }
    },
    examples: {
        valid: [
            {
                file: 'src/net.c',
                code: 'if (!strcmp(listener->tls_version, "tlsv1")) {\n    method = TLSv1_server_method();\n}',
                note: 'a comparison: the called function does not set a version',
            },
            { file: 'lib/client.c', code: 'mosquitto_tls_opts_set(mosq, 1, "tlsv1.2", NULL);', note: 'a modern version' },
            { file: 'lib/client.c', code: 'mosquitto_tls_opts_set(mosq, 1, tls_version, NULL);', note: 'a parameter: unknown' },
            {
                file: 'src/Names.java',
                code: 'String label = tlsVersionName(SSLVersion.TLS_1_0);\nboolean old = isSslVersionSupported(SSLVersion.TLS_1_1);',
                note: 'calls that name or test a version',
            },
            {
                file: 'src/conf.c',
                code: 'switch (opt) {\ncase OPT_TLS1:\n    tls_set_version(ctx, "tlsv1");\n    break;\n}',
                note: 'chosen in a case arm: a capability',
            },
            {
                file: 'src/conf.c',
                code: 'if (strcmp(arg, "tls1") == 0)\n    tls_set_version(ctx, "tlsv1");',
                note: 'chosen by a comparison on a requested version',
            },
            {
                file: 'lib/tls.py',
                code: 'def set_tls_version(self, version="TLSv1"):\n    self._version = version',
                note: 'a definition with a default parameter',
            },
            { file: 'src/tls.c', code: 'ssl_disable_protocol_version(ctx, TLS1_VERSION);', note: 'removing a version' },
            {
                file: 'src/range.c',
                code: 'set_tls_max_version(ctx, TLS1_3_VERSION);\nset_tls_min_version(ctx, TLS1_2_VERSION);',
                note: 'a cap above the floor and a modern minimum',
            },
            {
                file: 'src/tls.c',
                code: 'int v = read_config_version();\nif (v == 0)\n    v = TLS1_2_VERSION;\nset_tls_min_version(ctx, v);',
                note: 'a name assigned a modern version',
            },
            {
                file: 'src/other.c',
                code: 'int v = TLS1_VERSION;\n}\n\nvoid g(void)\n{\n    set_tls_min_version(ctx, v);\n}',
                note: 'a name assigned in another function',
            },
            { file: 'src/log.c', code: 'log_tls_version("TLSv1");', note: 'a log call' },
            {
                file: 'test/tls.spec.ts',
                code: "await rejectsTlsVersion(server, 'TLSv1');\nshouldFailWithTlsVersion('TLSv1.1');",
                note: 'helpers that check a version is refused',
            },
            {
                file: 'src/pick.c',
                code: 'int v = max(TLS1_VERSION, configured);\nint w = Math.min(TLS1_1_VERSION, w);',
                note: 'arithmetic on versions',
            },
            {
                file: 'src/test/java/okhttp3/SelectorTest.java',
                code: 'assertEnabledProtocols(socket, TlsVersion.TLS_1_1, TlsVersion.TLS_1_0);',
                note: 'an assertion about protocols',
            },
        ],
        invalid: [
            {
                file: 'lib/client.c',
                code: 'mosq = mosquitto_new("id", true, NULL);\nmosquitto_tls_opts_set(mosq, 1, "tlsv1", NULL);',
                findings: ['2:33 TLSv1.0'],
                severity: 'warning',
            },
            {
                file: 'test/lib/c/08-ssl-connect.c',
                code: 'mosquitto_tls_opts_set(mosq, 1, "tlsv1", NULL);',
                findings: ['1:33 TLSv1.0'],
                severity: 'note',
                note: 'a test: information',
            },
            {
                file: 'lib/cpp/client.cpp',
                code: 'mosq->tls_opts_set(1, "tlsv1.1", NULL);',
                findings: ['1:23 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'src/HttpClient.java',
                code: 'CryptoUtil.setSSLStreamVersionRange(SSLVersion.TLS_1_0, SSLVersion.TLS_1_2);',
                findings: ['1:37 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: "a project's wrapper over a range API: minimum and maximum",
            },
            {
                file: 'src/MainCLI.java',
                code: 'CryptoUtil.setSSLStreamVersionRange(\n        min == null ? SSLVersion.TLS_1_0 : SSLVersion.valueOf(min),\n        max == null ? SSLVersion.TLS_1_2 : SSLVersion.valueOf(max)\n);',
                findings: ['2:23 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'the literal branch of a conditional, on its own line',
            },
            {
                file: 'src/Jss.java',
                code: 'SSLSocket.setSSLVersionRangeDefault(SSLProtocolVariant.STREAM,\n    new SSLVersionRange(SSLVersionRange.tls1_1, SSLVersionRange.tls1_2));',
                findings: ['2:25 TLSv1.1'],
                severity: 'warning',
            },
            {
                file: 'src/tls.c',
                code: 'int v = read_config_version();\nif (v == 0)\n    v = TLS1_VERSION;\nset_tls_min_version(ctx, v);',
                findings: ['3:9 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'a default assigned to a name, used a line later: reported where the version is written',
            },
            {
                file: 'src/tls.cpp',
                code: 'set_tls_min_version(ctx, static_cast<long>(TLS1_1_VERSION));',
                findings: ['1:44 TLSv1.1'],
                severity: 'warning',
                note: 'a cast',
            },
            {
                file: 'src/tls.c',
                code: 'set_tls_max_version(ctx, (int)TLS1_1_VERSION);',
                findings: ['1:31 TLSv1.0 TLSv1.1'],
                severity: 'warning',
                note: 'a maximum below the floor leaves only legacy versions',
            },
            {
                file: 'app/client.py',
                code: 'client.set_tls_version(version="TLSv1" if legacy else "TLSv1.2")',
                findings: ['1:32 TLSv1.0'],
                severity: 'warning',
                note: 'a keyword argument and a Python conditional',
            },
            {
                file: 'okhttp-tests/src/test/java/okhttp3/internal/connection/ConnectionSpecSelectorTest.java',
                code: 'SSLSocket socket = createSocketWithEnabledProtocols(TlsVersion.TLS_1_1, TlsVersion.TLS_1_0);',
                findings: ['1:53 TLSv1.1', '1:73 TLSv1.0'],
                severity: 'note',
                note: 'a helper whose name says protocols, given TLS constants (a test: information)',
            },
            {
                file: 'src/conn.go',
                code: 'conn.SetTLSMinVersion(tls.VersionTLS11)',
                findings: ['1:23 TLSv1.1'],
                severity: 'warning',
            },
        ],
    },
};
function instead(ctx) {
    return ctx.floor === 'TLSv1.3' ? 'TLS 1.3 (`"tlsv1.3"`, `TLS1_3_VERSION`)' : 'TLS 1.2 or later (`"tlsv1.2"`, `TLS1_2_VERSION`)';
}
const version_argument_rules = [versionArgument];

// EXTERNAL MODULE: ./src/scan/engine.ts + 4 modules
var engine = __webpack_require__(4768);
;// CONCATENATED MODULE: ./src/scan/rules/generic/tls-setting.ts
/**
 * The setting behind the named ones: a key whose words say TLS/SSL and version/protocol/minimum
 * (`nginx_default_tls_protocols`, `SSL_STREAM_VERSION_MIN`, `sslVersionRangeStream`,
 * `ssl_options.versions.1`, `minTLS`) in any key/value syntax, with a value that is a legacy
 * version or a list, bound or range holding one. The key is nobody's catalogue name, so the
 * finding is a warning, and it is made only where no named rule reported the line (a fallback).
 * The value must be understood whole: a value with any word that is not a version is unknown.
 */






/** Key candidates: a bounded run of key characters around `ssl`/`tls` (the words are checked after). */
const KEY_WORDS = /ssl|tls|protocols|versions/i;
const KEYS = new RegExp(`[\\w.-]{0,60}?(?:${KEY_WORDS.source})[\\w.-]{0,60}`, 'i');
/** `sslVersionRangeStream` → `ssl_version_range_stream`; `SSL_PROTO_TLSv1_1` → `ssl_proto_tlsv1_1`. */
function tls_setting_words(key) {
    return key
        .replace(/(?:D?TLS|SSL)v(?=\d)/g, (m) => `_${m.toLowerCase()}`)
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_');
}
const tls_setting_TLS_WORD = /(?:^|_)(?:d?tls|ssl)(?:v?\d+)?(?=_|$)/;
const tls_setting_VERSION_WORD = /(?:^|_)(?:protocols?|versions?|protos?|min|minimum|max|maximum|range)(?=_|$)/;
const PLURAL_WORD = /(?:^|_)(?:protocols|versions)$/;
const OPTIONS_WORD = /(?:^|_)(?:options?|opts)(?=_|$)/;
const MIN_WORD = /(?:^|_)(?:min|minimum|lowest|floor)(?=_|$)/;
const MAX_WORD = /(?:^|_)(?:max|maximum|highest|ceiling)(?=_|$)/;
const DATAGRAM_WORD = /(?:^|_)(?:datagram|dtls)(?=_|$)/;
/** Keys about something else that happens to carry a version: a library, a cipher list, a certificate. */
const OTHER_WORD = /(?:^|_)(?:disabled?|excluded?|deny|denied|blocked|forbidden|insecure|legacy|deprecated|weak|unsupported|ciphers?|suites?|curves?|certs?|certificates?|keys?|library|lib|package|image|chart|api|help|description|doc|docs|label|title|text|msg|message|error|supported_by|check|test|tests|expect|expected)(?=_|$)/;
/**
 * A key that names a version: `tls.VersionTLS10`, `TLS_1_0`, and the members of generated enums
 * that spell it in words (`MinimumTLSVersionOnePointZero`, `SslProtocolTLSvOneOne` in SDKs
 * generated from API specs). Such a key is an entry of a table of versions, not a setting.
 */
const VERSIONED_KEY = /(?:^|_)(?:d?tls|ssl)v?\d|(?:^|_)(?:one|two|three)_(?:point_|dot_)?(?:zero|one|two|three)(?=_|$)|(?:^|_)v?1_[0-3](?=_|$)/;
const EVERY = (0,src_versions/* range */.y1)('SSLv3', 'TLSv1.3');
const BARE_NUMBER = /^v?1\.[0-3]$/;
function version(token, numbers) {
    if (BARE_NUMBER.test(token))
        return numbers ? (0,evaluate/* readVersion */.$4)(token, { bareNumbers: true }) : undefined;
    return (0,evaluate/* readVersion */.$4)(token);
}
/** HAProxy-style option words (`no-sslv3 no-tls-tickets`) under a key that says SSL options. */
function haproxyOptions(value, floor) {
    const list = value.trim().split(/[\s,]+/);
    if (list.length === 0 || !list.some((w) => /^(?:no|force)-(?:ssl|tls)v\d+$/i.test(w)))
        return undefined;
    let disabled = 0;
    let forced = 0;
    let min;
    for (let i = 0; i < list.length; i++) {
        const w = list[i].toLowerCase();
        const op = /^(no|force)-((?:ssl|tls)v\d+)$/.exec(w);
        if (op) {
            const v = (0,evaluate/* readVersion */.$4)(op[2]);
            if (!v)
                return undefined;
            if (op[1] === 'no')
                disabled |= (0,src_versions/* setOf */.s4)(v);
            else
                forced |= (0,src_versions/* setOf */.s4)(v);
        }
        else if (w === 'ssl-min-ver' && list[i + 1]) {
            min = (0,evaluate/* readVersion */.$4)(list[++i]);
            if (!min)
                return undefined;
        }
        else if (w === 'ssl-max-ver' && list[i + 1])
            i++;
        else if (!/^(?:no-tls-tickets|prefer-client-ciphers|strict-sni|no-ca-names|allow-0rtt|no-renegotiation)$/.test(w))
            return undefined;
    }
    if (forced)
        return { versions: forced };
    const versions = (0,src_versions/* range */.y1)(min ?? 'TLSv1.0') & ~disabled;
    if ((0,src_versions/* below */.Gz)(versions, floor) === 0)
        return undefined;
    return min ? { versions } : { versions, why: 'options that only disable versions keep the rest; HAProxy before 2.2 starts from TLSv1.0' };
}
/** A list of explicitly spelled versions (`TLSv1.1`, `tlsv1.2`, `!SSLv3`), nothing else. */
function spelledList(s) {
    if (/[{}=:]/.test(s.value))
        return undefined;
    const tokens = (0,scan_define/* settingTokens */.FM)(s);
    if (tokens.length === 0 || !tokens.every((t) => (0,evaluate/* readVersion */.$4)(t.text.replace(/^[!+-]/, ''))))
        return undefined;
    const list = (0,evaluate/* evalList */.vi)(tokens, { all: EVERY, base: EVERY });
    return list && { versions: list.versions };
}
/** What a value says, read strictly: every word must be a version, an operator on one, or `all`. */
function judgeValue(s, ctx) {
    const k = tls_setting_words(s.key);
    // A key that is itself a version (`tls.VersionTLS10: "TLSv1"`, `"TLSv1.1": …`) is an entry of a
    // table from versions to names: a capability, not a setting.
    if (OTHER_WORD.test(k) || VERSIONED_KEY.test(k))
        return undefined;
    // A constant named after its value (`SSL_PROTO_ALL = "all"`, `PROTOCOL_TLSV1_1 = "TLSv1.1"`) names
    // a token of some syntax; it sets nothing.
    const named = tls_setting_words(s.value.trim());
    if (named && /^[a-z0-9_]+$/.test(named) && (k === named || k.endsWith(`_${named}`)))
        return undefined;
    // `supported_protocols: [TLSv1.1, TLSv1.2]`, `name: versions` / `value: [tlsv1.2, tlsv1.1]`: without
    // a TLS word in the key, only a list whose every word is spelled as a TLS/SSL version counts.
    if (!tls_setting_TLS_WORD.test(k))
        return PLURAL_WORD.test(k) && !MIN_WORD.test(k) && !MAX_WORD.test(k) ? spelledList(s) : undefined;
    if (!tls_setting_VERSION_WORD.test(k)) {
        // Options strings (`SSLOptions: "no-sslv3 no-tls-tickets"`) are read in HAProxy's words only.
        return OPTIONS_WORD.test(k) ? haproxyOptions(s.value, ctx.floor) : undefined;
    }
    const min = MIN_WORD.test(k);
    const max = MAX_WORD.test(k);
    const numbers = min || max;
    const value = s.value.trim();
    // `tls1_0:tls1_2` (NSS/JSS ranges): from the first to the second.
    const span = /^([\w.]{2,20})[ \t]*:[ \t]*([\w.]{2,20})$/.exec(value);
    if (span) {
        const lo = version(span[1], numbers);
        const hi = version(span[2], numbers);
        return lo && hi ? { versions: (0,src_versions/* range */.y1)(lo, hi) } : undefined;
    }
    if (/[{}=]|:\s/.test(value))
        return undefined;
    const tokens = (0,scan_define/* settingTokens */.FM)(s);
    if (tokens.length === 0)
        return undefined;
    for (const t of tokens) {
        const bare = t.text.replace(/^(?:[!+-]|[<>]=?)/, '');
        if (!/^all$/i.test(bare) && !version(bare, numbers))
            return undefined;
    }
    if (min || max) {
        if (tokens.length !== 1)
            return undefined;
        const v = version(tokens[0].text, numbers);
        if (!v)
            return undefined;
        if (min)
            return { versions: (0,src_versions/* atLeast */.jZ)(v) };
        return (0,src_versions/* below */.Gz)((0,src_versions/* setOf */.s4)(v), ctx.floor) === 0 ? undefined : { versions: (0,src_versions/* atMost */.Tu)(v), why: `the maximum is ${v}` };
    }
    const list = (0,evaluate/* evalList */.vi)(tokens.map((t) => (BARE_NUMBER.test(t.text) ? { ...t, text: `TLSv${t.text.replace(/^v/, '')}` } : t)), { all: EVERY, base: EVERY });
    if (!list)
        return undefined;
    const exclusions = tokens.every((t) => /^[!-]|^all$/i.test(t.text));
    return { versions: list.versions, why: exclusions ? 'a list that only excludes versions keeps the others' : undefined };
}
const DATAGRAM_WHY = 'a datagram (DTLS) setting: DTLS 1.0 is the datagram form of TLS 1.1 (NSS spells it `TLS_1_1`), so it is reported as TLSv1.1';
/** The identifier before a Go constant's type on its line (`Member Type = …`), when it names a version. */
function typedConstantMember(code, keyStart) {
    const before = code.slice(Math.max(0, keyStart - 120), keyStart);
    const m = /(?:^|\n)[ \t]*(?:const[ \t]+)?([A-Za-z_]\w*)[ \t]+$/.exec(before);
    return m !== null && VERSIONED_KEY.test(tls_setting_words(m[1]));
}
function tls_setting_evaluate(s, ctx, file) {
    // In source code only quoted values are data; a bare word there is an identifier.
    if (tls_setting_CODE_KINDS.has(file.kind) && s.form === 'bare')
        return undefined;
    // Go's typed constant `MinimumTLSVersionOnePointZero MinimumTLSVersion = "1.0"`: the key read is
    // the type; the member before it is what the value is called, and the line defines an enum.
    if (file.kind === 'go' && typedConstantMember(file.code, s.keyStart))
        return undefined;
    const judged = judgeValue(s, ctx);
    if (!judged)
        return undefined;
    const why = DATAGRAM_WORD.test(tls_setting_words(s.key)) ? [judged.why, DATAGRAM_WHY].filter(Boolean).join('; ') : judged.why;
    return { versions: judged.versions, why, severity: 'warning' };
}
const tls_setting_CODE_KINDS = new Set([
    'go',
    'python',
    'js',
    'ts',
    'java',
    'kotlin',
    'scala',
    'groovy',
    'csharp',
    'ruby',
    'php',
    'perl',
    'rust',
    'c',
    'cpp',
    'swift',
    'dart',
    'lua',
]);
/** `cfg['ssl_protocols'] = "TLSv1 TLSv1.1"` (also continued on the next line with `\`): a subscript assignment. */
const SUBSCRIPT = /\[[ \t]*(["'])([\w.-]{1,120})\1[ \t]*\][ \t]*=[ \t]*(?:\\\r?\n[ \t]*)?(["'])([^"'\n]{1,300})\3/g;
function* subscripts(file) {
    const code = file.code;
    SUBSCRIPT.lastIndex = 0;
    for (let m = SUBSCRIPT.exec(code); m; m = SUBSCRIPT.exec(code)) {
        const valueStart = m.index + m[0].length - 1 - m[4].length;
        yield {
            key: m[2],
            keyStart: m.index + 2,
            value: m[4],
            valueStart,
            valueEnd: valueStart + m[4].length,
            form: 'quoted',
            end: valueStart + m[4].length + 1,
            at: valueStart - 1,
        };
    }
}
function tls_setting_instead(ctx, s) {
    const k = tls_setting_words(s.key);
    const floor = ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2';
    if (MIN_WORD.test(k))
        return `a minimum of \`${floor}\` (in the setting's own spelling)`;
    return `${ctx.floor === 'TLSv1.3' ? '`TLSv1.3`' : '`TLSv1.2` and `TLSv1.3`'} only (in the setting's own spelling)`;
}
/**
 * The generic rule, given the named rules: a key that one of them reads in this file is theirs to
 * judge (they know its context: a section, a resource type, an override), so it is left to them.
 */
function genericTlsSetting(named) {
    const known = named
        .filter((r) => r.knows)
        .map((r) => ({ files: r.meta.files, key: new RegExp(`^(?:${r.knows.source})$`, r.knows.flags.replace(/[gy]/g, '')) }));
    // Only a rule that reads this file can have judged the key in it.
    const isKnown = (key, file) => known.some((k) => k.key.test(key) && (0,engine/* selects */.ko)(k.files, file));
    return {
        meta: META,
        examples: EXAMPLES,
        *check(file, ctx) {
            const seen = new Set();
            // A file repeats its keys: each is looked up once.
            const knownHere = new Map();
            const known = (key) => {
                let hit = knownHere.get(key);
                if (hit === undefined)
                    knownHere.set(key, (hit = isKnown(key, file)));
                return hit;
            };
            const settings = function* (of) {
                yield* (0,scan_define/* allSettings */.VI)(of, KEYS, { spaceSeparated: false, anchor: KEY_WORDS });
                yield* subscripts(of);
                if (SIGIL_ASSIGNMENTS.test(file.path) || SIGIL_KINDS.has(file.kind))
                    yield* (0,scan_define/* findSettings */.n4)(sigilsAsSpace(of), KEYS, { spaceSeparated: false, anchor: KEY_WORDS });
            };
            // A first look at the raw text spares most files the masking of their comments: a setting
            // the code holds is there too, unless a comment sits inside its value.
            const raw = file.unmasked;
            const worthMasking = (s) => {
                if (COMMENT_MARK.test(s.value))
                    return true;
                const e = tls_setting_evaluate(s, ctx, raw);
                return e !== undefined && (0,src_versions/* below */.Gz)(e.versions, ctx.floor) !== 0;
            };
            if (!some(settings(raw), worthMasking))
                return;
            const profiles = PROFILE_SIBLINGS.test(file.text);
            for (const s of settings(file)) {
                const at = s.at ?? s.keyStart;
                if (seen.has(at) || onCommentedLine(file, s.keyStart) || onCommentedLine(file, at))
                    continue;
                if (profiles && inLegacyProfile(file.code, s.keyStart))
                    continue;
                const e = tls_setting_evaluate(s, ctx, file);
                if (!e || known(s.key))
                    continue;
                seen.add(at);
                yield (0,scan_define/* settingMatch */.Ce)(file, s, e, tls_setting_instead(ctx, s));
            }
        },
    };
}
/**
 * Languages whose variables carry a `$` and are assigned with `=` (`$ssl_protocol = ['all', '-SSLv3']`
 * in a Puppet class's defaults, `$tls_versions = …` in PHP, Perl, PowerShell). The key pattern
 * never starts after a `$` (in shell and templates `$name` is a use), so these files are also read
 * with their sigils blanked.
 */
const SIGIL_KINDS = new Set(['php', 'perl', 'powershell']);
const SIGIL_ASSIGNMENTS = /\.pp$/i;
/** The file with each variable's `$` (or `@`) blanked: one character for one, so offsets hold. */
function sigilsAsSpace(file) {
    return file.withCode(file.code.replace(/[$@](?=[A-Za-z_])/g, ' '));
}
/**
 * Mozilla's server-side TLS profiles (`modern`, `intermediate`, `old`) kept as a table: the `old`
 * entry lists TLS 1.0 for whoever chooses it (Kong's `ssl_cipher_suite = old`). A table of profiles
 * is a capability; which one is used is the setting. Recognised when the file names a sibling
 * profile and the setting sits in an entry named `old` or `legacy` that is still open.
 */
const PROFILE_SIBLINGS = /\b(?:modern|intermediate)\b/;
const LEGACY_PROFILE = /["']?\b(?:old|legacy)["']?[ \t]*(?:=>|=|:)[ \t]*[{[(]/g;
function inLegacyProfile(code, offset) {
    const window = code.slice(Math.max(0, offset - 600), offset);
    let open = -1;
    for (let m = LEGACY_PROFILE.exec(window); m; m = LEGACY_PROFILE.exec(window))
        open = m.index + m[0].length;
    LEGACY_PROFILE.lastIndex = 0;
    return open >= 0 && !/[}\])]/.test(window.slice(open));
}
/** Where a comment may start inside a value read from raw text (masked, the value reads otherwise). */
const COMMENT_MARK = /\/\*|\/\/|#|<!--|\{#/;
const GENERIC_ID = 'generic/tls-version-setting';
const META = {
    id: GENERIC_ID,
    title: 'A TLS version setting no catalogue names allows legacy TLS',
    description: 'Any key whose words say TLS or SSL and version, protocol, minimum or range (`nginx_default_tls_protocols`, `SSL_STREAM_VERSION_MIN`, `sslVersionRangeStream`, `rabbitmq_server__ssl_versions`, `minTLS`), in any key/value syntax (YAML, JSON, INI, properties, TOML, env, HCL, XML, struct literals, `("key", "value")` calls, `cfg["key"] = …`, name/value pairs), whose value is a legacy version or a list, bound or range that holds one. Warnings: the key is unknown to the named rules, which report the settings they know as errors.',
    ecosystem: 'Any language',
    catalogue: ['K5'],
    docs: ['https://www.rfc-editor.org/rfc/rfc8996'],
    files: {
        kinds: [
            'yaml',
            'json',
            'toml',
            'ini',
            'conf',
            'properties',
            'env',
            'hcl',
            'xml',
            'makefile',
            'dockerfile',
            'shell',
            'other',
            ...tls_setting_CODE_KINDS,
        ],
    },
    keywords: /ssl|tls/,
    fixable: false,
    safe: 'tls_min_version = "TLSv1.2"',
    limits: 'Values must be understood whole: a value with any word that is not a version (a variable, a template, prose) is unknown and not reported. Maps from names to versions (capability tables) are not settings. A key that a named rule reports on the same line is left to it.',
    fallback: true,
};
const EXAMPLES = {
    valid: [
        { file: 'defaults/main.yml', code: 'app_tls_protocols: [ "TLSv1.2", "TLSv1.3" ]\n' },
        { file: 'config.json', code: '{ "sslProtocols": "{{ protocols }}" }\n', note: 'a template is unknown' },
        {
            file: 'defaults/main.yml',
            code: 'app_ssl_ciphers: "TLSv1.2:!aNULL"\nopenssl_version: "1.1"\n',
            note: 'a cipher list and a library version are not protocol settings',
        },
        { file: 'settings.yml', code: 'ssl_protocols_help: "Use TLSv1.2, not TLSv1"\n', note: 'prose is not a value' },
        {
            file: 'settings.yml',
            code: 'app_tls_protocols: "TLSv1 when legacy_clients, else TLSv1.2"\n',
            note: 'a value with any word that is not a version is unknown',
        },
        { file: 'lb.yml', code: 'lb_disabled_tls_protocols: [ "TLSv1", "TLSv1.1" ]\n', note: 'a key that disables what it lists' },
        {
            file: 'src/versions.py',
            code: 'TLS_VERSIONS = {"TLSv1": 0x0301, "TLSv1.1": 0x0302}\n',
            note: 'a capability table maps names to versions; it enables nothing',
        },
        { file: 'app.properties', code: 'tls.version.min=1.2\n' },
        { file: 'app.properties', code: 'tls.version.max=1.1\n', floor: 'TLSv1.0', note: 'a cap at the floor' },
        {
            file: 'pkg/controller/config.go',
            code: 'var defaults = Config{\n\tSSLOptions: "no-sslv3 no-tlsv10 no-tlsv11 no-tls-tickets",\n}\n',
            note: 'HAProxy options that disable every legacy version',
        },
        { file: 'pkg/controller/config.go', code: 'var c = Config{SSLOptions: "ssl-min-ver TLSv1.2 no-tls-tickets"}\n' },
        {
            file: 'roles/x/defaults/main.yml',
            code: 'protocols: [ "http", "https" ]\nversions: [ "1.0", "1.1" ]\n',
            note: 'no TLS word, no TLS spelling',
        },
        { file: 'src/client.go', code: 'cfg := Config{TLSVersion: minVersion}\n', note: 'an identifier in code is unknown' },
        {
            file: 'values.yaml',
            code: 'extraArgs:\n  - name: app-tls-protocols\n    value: "{{ .Values.protocols }}"\n  - name: other\n    value: "TLSv1"\n',
            note: "a templated pair value is unknown; the next item's value is not this one's",
        },
        { file: 'config.yml', code: 'tls_protocols:\n  description: "TLSv1 is legacy"\n', note: 'no value field' },
        {
            file: 'etc/app/settings',
            code: '; SSL_STREAM_VERSION_MIN=TLS_1_0\n# SSL_STREAM_VERSION_MIN=TLS_1_1\nSSL_STREAM_VERSION_MIN=TLS_1_2\n',
            note: 'commented-out lines in a file kind without a known comment syntax',
        },
        {
            file: 'fastcgi/fastcgi.go',
            code: 'var tlsProtocolStrings = map[uint16]string{\n\ttls.VersionTLS10: "TLSv1",\n\ttls.VersionTLS11: "TLSv1.1",\n\ttls.VersionTLS12: "TLSv1.2",\n}\n',
            note: 'a table from versions to names is a capability, not a setting',
        },
        {
            file: 'roles/web/templates/site.conf.j2',
            code: 'ssl_protocols $ssl_protocols;\nset $ssl_protocol = "TLSv1";\n',
            note: 'outside those languages a `$name` is a use (an nginx variable), not an assignment',
        },
        {
            file: 'kong/conf_loader/constants.lua',
            code: 'local CIPHER_SUITES = {\n  modern = {\n    protocols = "TLSv1.3",\n  },\n  intermediate = {\n    protocols = "TLSv1.2 TLSv1.3",\n  },\n  old = {\n    protocols = "TLSv1 TLSv1.1 TLSv1.2 TLSv1.3",\n    ciphers = "ECDHE-RSA-AES128-SHA",\n  },\n}\n',
            note: "Mozilla's profiles as a table: `old` is there for whoever picks it, which is the setting",
        },
        {
            file: 'java/org/apache/tomcat/util/net/Constants.java',
            code: 'public static final String SSL_PROTO_ALL = "all";\npublic static final String SSL_PROTO_TLSv1_1 = "TLSv1.1";\npublic static final String SSL_PROTO_SSLv3 = "SSLv3";\npublic static final String SSL_PROTOCOL_TLSv1_1 = "tls1_1";\n',
            note: 'constants named after their values (or after the version they spell in another syntax) name tokens; they set nothing',
        },
        {
            file: 'vendor/github.com/hashicorp/go-azure-sdk/frontdoors/constants.go',
            code: 'const (\n\tMinimumTLSVersionOnePointTwo  MinimumTLSVersion = "1.2"\n\tMinimumTLSVersionOnePointZero MinimumTLSVersion = "1.0"\n\tMinimalTlsVersionEnumTLSOneZero MinimalTlsVersionEnum = "TLS1_0"\n)\n',
            note: 'the members of an enum generated from an API spec name their versions: a table, not a setting',
        },
    ],
    invalid: [
        {
            file: 'manifests/params.pp',
            code: "class apache::params {\n  $ssl_protocol = ['all', '-SSLv3']\n  $ssl_cipher = 'HIGH:!aNULL'\n}\n",
            findings: ['2:4 TLSv1.0 TLSv1.1'],
            severity: 'warning',
            note: 'a Puppet default joined into a directive by a template: `$name = value` assigns in Puppet, PHP, Perl and PowerShell',
        },
        {
            file: 'kong/conf_loader/defaults.lua',
            code: 'local profiles = { modern = "modern" }\nlocal old = { x = 1 }\nlocal listener = {\n  protocols = "TLSv1 TLSv1.2",\n}\n',
            findings: ['4:3 TLSv1.0'],
            severity: 'warning',
            note: 'a setting outside the `old` entry (closed before it) is a setting, even in a file that names the profiles',
        },
        {
            file: 'src/opts.js',
            code: "const opts = { tlsVersions: [/* old peers */ 'TLSv1.1', 'TLSv1.2'] };\n",
            findings: ['1:16 TLSv1.1'],
            severity: 'warning',
            note: 'a comment inside the value: read in the comment-free code (the raw first look must not drop it)',
        },
        {
            file: 'config/app.yml',
            code: 'broker_tls_versions: [tlsv1.2, # old peers\n  tlsv1.1]\n',
            findings: ['2:3 TLSv1.1'],
            severity: 'warning',
            note: 'a flow list continued after a comment',
        },
        {
            file: 'internal/cdn/defaults.go',
            code: 'package cdn\n\nconst DefaultMinimumTLSVersion MinimumTLSVersion = "1.0"\n',
            findings: ['3:32 TLSv1.0 TLSv1.1'],
            severity: 'warning',
            note: 'a typed constant whose name does not name a version is a default, not an enum member',
        },
        {
            file: 'roles/nginx/defaults/main.yml',
            code: 'nginx_default_tls_protocols: [ "TLSv1", "TLSv1.1", "TLSv1.2" ]\n',
            findings: ['1:1 TLSv1.0 TLSv1.1'],
            severity: 'warning',
            note: 'a role variable handed to a template',
        },
        {
            file: 'roles/apache/defaults/main.yml',
            code: 'apache__tls_protocols: [ "All", "-SSLv2", "-SSLv3" ]\n',
            findings: ['1:1 TLSv1.0 TLSv1.1'],
            severity: 'warning',
            note: 'an exclusion list keeps TLS 1.0 and 1.1',
        },
        {
            file: 'etc/pki.conf',
            code: 'SSL_STREAM_VERSION_MIN="TLS_1_0"\nSSL_STREAM_VERSION_MAX="TLS_1_2"\nSSL_DATAGRAM_VERSION_MIN="TLS_1_1"\n',
            findings: ['1:1 TLSv1.0 TLSv1.1', '3:1 TLSv1.1'],
            severity: 'warning',
            note: 'a minimum in NSS spelling; the datagram one is DTLS 1.0, reported as TLSv1.1',
        },
        {
            file: 'upgrade/01-AddTLSRange',
            code: "connector.set('sslVersionRangeStream', 'tls1_0:tls1_2')\n",
            findings: ['1:15 TLSv1.0 TLSv1.1'],
            severity: 'warning',
            note: 'a range written from Python into XML: from the first to the second',
        },
        {
            file: 'deployment/parser.py',
            code: 'mdict[\'TOMCAT_SSL_VERSION_RANGE_STREAM_SLOT\'] = \\\n    "tls1_1:tls1_2"\n',
            findings: ['2:5 TLSv1.1'],
            severity: 'warning',
            note: 'a subscript assignment continued on the next line: the line of the value',
        },
        {
            file: 'data/config.json',
            code: '{\n  "sslBufferSize": "4k",\n  "sslProtocols": "TLSv1 TLSv1.1 TLSv1.2"\n}\n',
            findings: ['3:3 TLSv1.0 TLSv1.1'],
            severity: 'warning',
        },
        {
            file: 'roles/rabbitmq/defaults/main.yml',
            code: "rabbitmq__ssl_versions: [ 'tlsv1.2', 'tlsv1.1' ]\nconfig:\n  - name: 'versions'\n    value: [ 'tlsv1.2', 'tlsv1.1' ]\n",
            findings: ['1:1 TLSv1.1', '4:5 TLSv1.1'],
            severity: 'warning',
            note: 'a name/value pair whose key has no TLS word: a list spelled in TLS versions counts',
        },
        {
            file: 'pkg/controller/config.go',
            code: 'var defaults = Config{\n\tSSLOptions: "no-sslv3 no-tls-tickets",\n}\n',
            findings: ['2:2 TLSv1.0 TLSv1.1'],
            severity: 'warning',
            note: 'HAProxy options in a Go default: only SSLv3 disabled, TLS 1.0 on before HAProxy 2.2',
        },
        { file: 'broker.conf', code: 'listener.tls.min_version = tls10\n', findings: ['1:1 TLSv1.0 TLSv1.1'], severity: 'warning' },
        {
            file: 'settings.json',
            code: '[\n  { "key": "app.tls.protocols",\n    "value": ["TLSv1", "TLSv1.2"] }\n]\n',
            findings: ['3:6 TLSv1.0'],
            severity: 'warning',
            note: 'a key/value item',
        },
        {
            file: 'conf/core-site.xml',
            code: '<property>\n  <name>app.ssl.protocols</name>\n  <value>TLSv1.1,TLSv1.2</value>\n</property>\n',
            findings: ['3:3 TLSv1.1'],
            severity: 'warning',
            note: 'a Hadoop-style XML property',
        },
        {
            file: 'params.yml',
            code: 'params:\n  - param: server_tls_version_min\n    val: TLSv1.1\n',
            findings: ['3:5 TLSv1.1'],
            severity: 'warning',
            note: 'param/val',
        },
        {
            file: 'values.yaml',
            code: 'server:\n  minTLS: "1.0"\n',
            findings: ['2:3 TLSv1.0 TLSv1.1'],
            severity: 'warning',
            note: 'a bare number where the key says minimum TLS',
        },
        {
            file: 'rabbitmq.conf',
            code: 'ssl_options.versions.1 = tlsv1.2\nssl_options.versions.2 = tlsv1.1\n',
            findings: ['2:1 TLSv1.1'],
            severity: 'warning',
        },
    ],
};

;// CONCATENATED MODULE: ./src/scan/rules/index.ts



















const NAMED = [
    ...rules,
    ...windows_rules,
    ...java_rules,
    ...python_rules,
    ...node_rules,
    ...go_rules,
    ...rust_rules,
    ...c_cpp_rules,
    ...nss_rules,
    ...scripting_rules,
    ...apple_rules,
    ...cli_rules,
    ...web_servers_rules,
    ...mail_db_rules,
    ...aws_rules,
    ...azure_rules,
    ...other_clouds_rules,
    ...version_argument_rules,
];
/** The named rules, then the generic setting rule behind them (it leaves their keys and lines to them). */
const RULES = [...NAMED, genericTlsSetting(NAMED)];


/***/ })

};

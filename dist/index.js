import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 5257:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: GITHUB_INPUT_NAMES, INPUT_NAMES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/diff/unified.ts
var unified = __nccwpck_require__(3681);
;// CONCATENATED MODULE: ./src/diff/api.ts

const PER_PAGE = 100;
/** `pulls.listFiles` lists at most 3,000 files of a pull request. */
const PULL_FILES_CAP = 3000;
/** One listed file as a FileDiff, or undefined when nothing of it is on the head side. */
function changedFileDiff(f) {
    if (typeof f.filename !== 'string' || f.filename === '' || f.status === 'removed')
        return undefined;
    if (typeof f.patch === 'string' && f.patch !== '')
        return (0,unified/* parsePatch */.iz)(f.filename, f.patch);
    // No patch: binary, too big, or nothing but a rename or mode change (then no line changed).
    const unchanged = (f.status === 'renamed' || f.status === 'changed' || f.status === 'unchanged') && f.changes === 0;
    return { path: f.filename, added: [], hunks: [], whole: !unchanged };
}
/**
 * Every page until a short one. When the endpoint's cap is reached the list may be incomplete:
 * that is an error (the caller then judges every finding), never a silently partial diff, because
 * a new finding in an unlisted file would otherwise pass as pre-existing.
 */
async function diffFromApi(listPage, opts) {
    const cap = opts.cap ?? PULL_FILES_CAP;
    const what = opts.what ?? 'the pull request';
    const files = new Map();
    let listed = 0;
    for (let page = 1; listed < cap; page++) {
        let items;
        try {
            items = await listPage(page, PER_PAGE);
        }
        catch (e) {
            const msg = e instanceof Error ? e.message : String(e);
            return { ok: false, error: `listing the files of ${what} failed: ${msg.split('\n')[0]}` };
        }
        if (!Array.isArray(items))
            return { ok: false, error: `listing the files of ${what} returned no list` };
        listed += items.length;
        for (const f of items) {
            const d = f && typeof f === 'object' ? changedFileDiff(f) : undefined;
            if (d)
                files.set(d.path, d);
        }
        if (items.length < PER_PAGE)
            return { ok: true, diff: { files, base: opts.base, head: opts.head, source: 'api' } };
    }
    return {
        ok: false,
        error: `${what} changes ${cap.toLocaleString('en-US')} files or more and GitHub lists only the first ${cap.toLocaleString('en-US')}; fetch the history (fetch-depth: 0) so the diff comes from git`,
    };
}

// EXTERNAL MODULE: ./src/diff/git.ts
var diff_git = __nccwpck_require__(1547);
;// CONCATENATED MODULE: ./src/diff/event.ts
/**
 * Which diff a workflow event means: a pull request's change, a push's `before..after`, or none
 * (everything counts: schedules, manual runs, a new branch, a force push). Git first, the REST
 * API when the clone lacks the history. The payload is read as untrusted JSON: every field used
 * is checked before it reaches git.
 */


/** Events on which a pull request's own change decides the verdict by default. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
/** `fail-scope` when not set: only new findings fail a pull request; every other run judges everything. */
function defaultFailScope(eventName) {
    return PULL_REQUEST_EVENTS.has(eventName) ? 'new' : 'all';
}
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const ZERO = /^0+$/;
const COMPARE_CAP = 300;
function field(obj, ...keys) {
    let v = obj;
    for (const k of keys)
        v = v !== null && typeof v === 'object' && Object.hasOwn(v, k) ? v[k] : undefined;
    return v;
}
function sha(payload, where, ...keys) {
    const v = field(payload, ...keys);
    if (typeof v === 'string' && SHA.test(v))
        return v;
    // JSON keeps the message on one line whatever the payload holds.
    const shown = typeof v === 'string' ? JSON.stringify(v.slice(0, 80)) : typeof v === 'object' && v ? 'an object' : String(v);
    return { error: `the ${where} event has no valid ${keys.join('.')} (a 40 or 64 hex digit commit id; got ${shown})` };
}
async function withFallback(git, api) {
    if (git.ok)
        return { diff: git.diff, ...(git.note ? { note: git.note } : {}) };
    const viaApi = api();
    if (!viaApi)
        return { error: `${git.error}; the GitHub API cannot be asked instead (no token)` };
    const r = await viaApi;
    if ('error' in r)
        return { error: `${git.error}; ${r.error}` };
    return { diff: r.diff, note: `the diff comes from the GitHub API: ${git.error}` };
}
async function pullRequest(eventName, payload, root, api, opts) {
    const base = sha(payload, eventName, 'pull_request', 'base', 'sha');
    if (typeof base !== 'string')
        return base;
    const head = sha(payload, eventName, 'pull_request', 'head', 'sha');
    if (typeof head !== 'string')
        return head;
    const number = field(payload, 'pull_request', 'number') ?? field(payload, 'number');
    const git = await (0,diff_git/* pullRequestDiff */.I9)(root, base, head, opts);
    return withFallback(git, () => {
        if (!api?.pullFiles || !(Number.isSafeInteger(number) && number > 0))
            return undefined;
        const list = api.pullFiles.bind(api, number);
        return diffFromApi(list, { base, head, cap: PULL_FILES_CAP, what: `pull request #${number}` }).then((r) => r.ok ? { diff: r.diff } : { error: r.error });
    });
}
async function commits(eventName, before, after, root, api, opts) {
    const git = await (0,diff_git/* pushDiff */.qz)(root, before, after, opts);
    return withFallback(git, () => {
        if (!api?.compareFiles)
            return undefined;
        const list = api.compareFiles.bind(api, before, after);
        return diffFromApi(list, { base: before, head: after, cap: api.compareCap ?? COMPARE_CAP, what: `the ${eventName} comparison` }).then((r) => (r.ok ? { diff: r.diff } : { error: r.error }));
    });
}
async function push(payload, root, api, opts) {
    const before = sha(payload, 'push', 'before');
    if (typeof before !== 'string')
        return before;
    const after = sha(payload, 'push', 'after');
    if (typeof after !== 'string')
        return after;
    if (ZERO.test(after))
        return { diff: undefined, note: 'the push deleted the branch: nothing was changed to compare' };
    if (ZERO.test(before))
        return { diff: undefined, note: 'a new branch: every finding counts' };
    if (field(payload, 'forced') === true)
        return { diff: undefined, note: 'a force push: every finding counts' };
    return commits('push', before, after, root, api, opts);
}
async function mergeGroup(payload, root, api, opts) {
    const base = sha(payload, 'merge_group', 'merge_group', 'base_sha');
    if (typeof base !== 'string')
        return base;
    const head = sha(payload, 'merge_group', 'merge_group', 'head_sha');
    if (typeof head !== 'string')
        return head;
    return commits('merge_group', base, head, root, api, opts);
}
/** The diff an event stands for, in the work tree at `root` (the scanned checkout). */
async function resolveDiff(eventName, payload, root, api, opts = {}) {
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target':
            return pullRequest(eventName, payload, root, api, opts);
        case 'push':
            return push(payload, root, api, opts);
        case 'merge_group':
            return mergeGroup(payload, root, api, opts);
        default:
            // schedule, workflow_dispatch, release, …: the whole repository is the subject.
            return { diff: undefined };
    }
}

// EXTERNAL MODULE: ./src/diff/mark.ts
var mark = __nccwpck_require__(9349);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/github/edge.ts
var edge = __nccwpck_require__(2034);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __nccwpck_require__(8431);
// EXTERNAL MODULE: ./src/report/report.ts + 1 modules
var report_report = __nccwpck_require__(4400);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __nccwpck_require__(643);
;// CONCATENATED MODULE: ./src/outputs.ts
/** Writing report files (JSON or SARIF by extension), shared by the action and the CLI. */



function render(report, format, rules) {
    return format === 'json' ? (0,report_report/* toJson */.aB)(report) : `${JSON.stringify((0,sarif/* toSarif */.z)(report, rules), null, 2)}\n`;
}
/**
 * Writes a report file to a checked path (see paths.ts), creating its directory; `.sarif` files get
 * SARIF, others JSON. Errors name the setting the path came from. Returns the path written.
 */
function writeReportFile(out, report, rules, format) {
    const f = format ?? (/\.sarif(\.json)?$/i.test(out.path) ? 'sarif' : 'json');
    return (0,paths/* writeOutput */.zh)(out, render(report, f, rules));
}

// EXTERNAL MODULE: ./src/scan/context-severity.ts
var context_severity = __nccwpck_require__(6596);
// EXTERNAL MODULE: ./src/report-files.ts
var report_files = __nccwpck_require__(6063);
// EXTERNAL MODULE: ./src/shard.ts
var src_shard = __nccwpck_require__(7903);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: ./src/versions.ts
var versions = __nccwpck_require__(7902);
;// CONCATENATED MODULE: ./src/report/record.ts





function runSettings(settings) {
    return {
        minVersion: settings.policy.minVersion,
        failOn: settings.policy.failOn,
        ...(settings.failScope ? { failScope: settings.failScope } : {}),
        failOnUnreachable: settings.failOnUnreachable,
        failOnUnreadable: settings.failOnUnreadable,
        rules: Object.fromEntries([...settings.rules].sort(([a], [b]) => (a < b ? -1 : 1))),
        toolVersion: version/* TOOL_VERSION */.wr,
    };
}
function runRecord(settings, context = {}) {
    return {
        time: (context.time ?? new Date()).toISOString(),
        // Only a commit id: the environment is not trusted to hold one.
        ...(context.commit && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(context.commit) ? { commit: context.commit } : {}),
        ...(context.event ? { event: context.event } : {}),
        ...(settings.shard ? { shard: `${settings.shard.index}/${settings.shard.count}` } : {}),
        settings: runSettings(settings),
    };
}
function fails(e) {
    return e.status === 'legacy' || e.status === 'no-modern';
}
function ref(f) {
    return { key: (0,sarif/* fingerprint */.R)(f), ruleId: f.ruleId, file: f.file, line: f.line };
}
/** The findings that fail the report's own policy, by key. */
function failingByKey(report) {
    const out = new Map();
    for (const f of (0,report_report/* failing */.Jr)(report.findings, { minVersion: report.minVersion, failOn: report.failOn }))
        out.set((0,sarif/* fingerprint */.R)(f), ref(f));
    return out;
}
function endpointChange(now, then) {
    const before = (0,versions/* setOf */.s4)(...(then?.accepted ?? []));
    const after = (0,versions/* setOf */.s4)(...now.accepted);
    const appeared = (0,versions/* toList */.st)(after & ~before);
    const disappeared = (0,versions/* toList */.st)(before & ~after);
    const moved = { ...(appeared.length ? { appeared } : {}), ...(disappeared.length ? { disappeared } : {}) };
    const wasFailing = then !== undefined && fails(then);
    // An endpoint that cannot be checked now is neither fixed nor changed: nothing is known of it.
    if (now.status === 'unchecked')
        return {};
    let change;
    if (fails(now))
        change = !wasFailing ? 'new' : appeared.length || disappeared.length ? 'changed' : 'still';
    else if (wasFailing)
        change = 'fixed';
    // Nor was one that could not be checked then: no change is claimed from what was not known.
    else if (then && then.status !== 'unchecked' && (appeared.length || disappeared.length))
        change = 'changed';
    return change ? { change, ...moved } : {};
}
/** What of a whole report a shard would have seen: its endpoints and files. */
function shareOf(report, shard) {
    if (!shard)
        return report;
    return {
        ...report,
        endpoints: report.endpoints.filter((e) => (0,src_shard/* inShard */.Iw)((0,src_shard/* endpointKey */.r4)(e), shard)),
        findings: report.findings.filter((f) => (0,src_shard/* inShard */.Iw)(f.file, shard)),
    };
}
/**
 * The report with each endpoint's change and the top-level `changes` since `previous`. A shard
 * compares with its own share of the previous report: the other shards' endpoints are not gone.
 */
function withChanges(report, whole, shard) {
    const previous = shareOf(whole, shard);
    const before = new Map(previous.endpoints.map((e) => [(0,src_shard/* endpointKey */.r4)(e), e]));
    const endpoints = report.endpoints.map((e) => ({ ...e, ...endpointChange(e, before.get((0,src_shard/* endpointKey */.r4)(e))) }));
    const now = new Set(report.endpoints.map(src_shard/* endpointKey */.r4));
    const pick = (c) => endpoints.filter((e) => e.change === c).map((e) => e.target);
    const oldFindings = failingByKey(previous);
    const newFindings = failingByKey(report);
    return {
        ...report,
        endpoints,
        changes: {
            previous: {
                ...(previous.run?.time ? { time: previous.run.time } : {}),
                ...(previous.run?.commit ? { commit: previous.run.commit } : {}),
            },
            newFindings: [...newFindings].filter(([k]) => !oldFindings.has(k)).map(([, f]) => f),
            fixedFindings: [...oldFindings].filter(([k]) => !newFindings.has(k)).map(([, f]) => f),
            stillFindings: [...newFindings.keys()].filter((k) => oldFindings.has(k)).length,
            newEndpoints: pick('new'),
            fixedEndpoints: pick('fixed'),
            stillEndpoints: pick('still'),
            changedEndpoints: pick('changed'),
            goneEndpoints: previous.endpoints.filter((e) => fails(e) && !now.has((0,src_shard/* endpointKey */.r4)(e))).map((e) => e.target),
        },
    };
}

;// CONCATENATED MODULE: ./src/scan/rule-ids.ts
/**
 * Every rule id, in the order of RULES (src/scan/rules/index.ts): what the settings check a config
 * file's `rules:` against and what a scan counts, without loading the rules. Generated: `npm run docs`
 * rewrites it (__tests__/docs.test.ts checks it).
 */
const RULE_IDS = [
    'dotnet/security-protocol-type',
    'dotnet/ssl-protocols',
    'dotnet/kestrel-config-ssl-protocols',
    'dotnet/wcf-ssl-protocols',
    'dotnet/appcontext-tls-switch',
    'dotnet/target-framework',
    'dotnet/winhttp-option-secure-protocols',
    'dotnet/winhttp-secure-protocol-flags',
    'dotnet/schannel-protocols',
    'windows/schannel-protocol-enabled',
    'windows/dotnet-strong-crypto-off',
    'windows/secure-protocols-mask',
    'windows/powershell-security-protocol',
    'windows/powershell-ssl-protocol-parameter',
    'windows/send-mailmessage-defaults',
    'java/sslcontext-protocol',
    'java/enabled-protocols',
    'java/okhttp-compatible-tls',
    'java/jsse-protocols-property',
    'java/disabled-algorithms',
    'java/disabled-algorithms-edit',
    'java/tomcat-protocols',
    'java/enabled-protocols-setting',
    'java/ssl-protocol-setting',
    'java/javamail-ssl-protocols',
    'java/jdbc-tls-protocols',
    'java/elastic-supported-protocols',
    'python/ssl-protocol-constant',
    'python/tls-version-bound',
    'python/ssl-options-cleared',
    'python/ssl-exclusions-stop-at-sslv3',
    'node/secure-protocol',
    'node/min-max-version',
    'node/tls-version-flag',
    'node/sslv3-cipher-alias',
    'go/tls-config-version',
    'go/godebug-tls10',
    'go/kubernetes-tls-min-version',
    'go/openshift-old-tls-profile',
    'go/hashicorp-tls-version',
    'go/prometheus-tls-version',
    'go/traefik-tls-version',
    'go/caddy-protocols',
    'rust/native-tls-protocol',
    'rust/openssl-proto-version',
    'rust/reqwest-tls-version',
    'c/openssl-method',
    'c/openssl-proto-version',
    'c/openssl-options',
    'c/ssl-conf-cmd',
    'c/gnutls-priority',
    'c/mbedtls-version',
    'c/boost-asio-context',
    'c/qt-ssl-protocol',
    'c/curl-sslversion',
    'c/openssl-cnf-min-protocol',
    'c/openssl-seclevel',
    'c/crypto-policies',
    'c/nss-version-range',
    'php/curl-sslversion',
    'php/stream-crypto-method',
    'php/stream-wrapper',
    'ruby/ssl-version',
    'ruby/puma-ssl-bind',
    'perl/ssl-version',
    'erlang/tls-versions',
    'apple/ats-minimum-tls-version',
    'apple/urlsession-tls-version',
    'apple/network-tls-version',
    'cli/curl-tls-version',
    'cli/wget-secure-protocol',
    'cli/git-ssl-version',
    'cli/tls-probe',
    'cli/openssl-conf-legacy',
    'nginx/ssl-protocols',
    'ingress-nginx/ssl-protocols',
    'apache/ssl-protocol',
    'haproxy/ssl-options',
    'envoy/tls-protocol-version',
    'istio/protocol-version',
    'contour/minimum-protocol-version',
    'emissary/tls-version',
    'kong/ssl-protocols',
    'lighttpd/ssl-protocols',
    'stunnel/ssl-version',
    'openvpn/tls-version',
    'hitch/tls-protos',
    'squid/tls-min-version',
    'postfix/tls-protocols',
    'dovecot/ssl-protocols',
    'exim/tls-options',
    'ftp/vsftpd-ssl-versions',
    'ftp/proftpd-tls-protocol',
    'ldap/tls-protocol-min',
    'mysql/tls-version',
    'postgres/ssl-protocol-version',
    'redis/tls-protocols',
    'mongodb/disabled-protocols',
    'mssql/tlsprotocols',
    'zookeeper/ssl-protocol',
    'aws/elb-ssl-policy',
    'aws/elb-listener-default-policy',
    'aws/elb-classic-protocol-attribute',
    'aws/cloudfront-minimum-protocol-version',
    'aws/cloudfront-origin-ssl-protocols',
    'aws/apigateway-security-policy',
    'aws/opensearch-tls-security-policy',
    'aws/rds-parameter-tls',
    'azure/min-tls-version',
    'azure/app-gateway-ssl-policy',
    'azure/apim-legacy-protocols',
    'azure/db-server-parameter-tls',
    'gcp/ssl-policy-min-tls-version',
    'gcp/ssl-policy-default',
    'alicloud/slb-tls-policy',
    'code/tls-version-argument',
    'generic/tls-version-setting',
];

;// CONCATENATED MODULE: ./src/pipeline.ts






/** Every rule: the largest part of the bundle, loaded when there are files to scan or rules to describe (SARIF). */
async function loadRules() {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(768), __nccwpck_require__.e(275)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2275))).RULES;
}
/** The ids a config file's `rules:` may name (a list kept beside the rules: checking them loads no rule). */
const KNOWN_RULE_IDS = new Set(RULE_IDS);
/** The rules with the config file's overrides applied: `off` drops a rule, a severity replaces it. */
function activeRules(settings, rules) {
    return rules.filter((r) => settings.rules.get(r.meta.id) !== 'off');
}
/**
 * The settings' judgement, in one place: a rule's override replaces its severity, then the file's
 * context caps it (`tests: note`) or drops the finding (`off`).
 */
function withSeverityOverrides(findings, settings) {
    const overridden = findings.map((f) => {
        const o = settings.rules.get(f.ruleId);
        return o && o !== 'off' ? { ...f, severity: o } : f;
    });
    return (0,context_severity/* judgeByContext */.cb)(overridden, settings.contexts);
}
/** `rules`: all of them (default: loaded once the listing has files to read, so an empty tree never loads them). */
async function runScan(settings, rules) {
    const { compareFindings, scanWithRules } = await Promise.all(/* import() */[__nccwpck_require__.e(768), __nccwpck_require__.e(886)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7886));
    const { workerPool } = await Promise.all(/* import() */[__nccwpck_require__.e(768), __nccwpck_require__.e(286)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3286));
    const judged = (findings) => withSeverityOverrides(findings, settings).sort(compareFindings);
    const active = (ids) => ids.filter((id) => settings.rules.get(id) !== 'off').length;
    const result = await scanWithRules({
        root: settings.root,
        paths: settings.paths,
        exclude: settings.exclude,
        maxFileSize: settings.maxFileSize,
        policy: settings.policy,
        ...(settings.shard ? { shard: settings.shard } : {}),
    }, {
        count: rules ? active(rules.map((r) => r.meta.id)) : active(RULE_IDS),
        load: async () => activeRules(settings, rules ?? (await loadRules())),
    }, workerPool());
    return {
        ...result,
        findings: judged(result.findings),
        suppressed: judged(result.suppressed),
    };
}
/** The endpoints this run probes: all of them, or its shard's share (by identity, not position). */
function shardEndpoints(settings) {
    return settings.endpoints.filter((e) => (0,src_shard/* inShard */.Iw)((0,src_shard/* endpointKey */.r4)(e), settings.shard));
}
async function probeEndpoints(endpoints, settings, deps) {
    const { probe } = await __nccwpck_require__.e(/* import() */ 878).then(__nccwpck_require__.bind(__nccwpck_require__, 6878));
    return probe(endpoints, {
        timeoutMs: settings.timeoutMs,
        concurrency: settings.concurrency,
        perHostConcurrency: settings.perHostConcurrency,
        ...deps,
    });
}
async function run(settings, deps = {}, change, context) {
    const scanned = settings.scan ? await runScan(settings) : undefined;
    const mine = shardEndpoints(settings);
    const endpoints = mine.length ? await probeEndpoints(mine, settings, deps) : undefined;
    const report = (0,report_report/* buildReport */.FK)({
        scan: scanned,
        endpoints,
        policy: settings.policy,
        failOnUnreachable: settings.failOnUnreachable,
        diff: change?.diff,
        filterMode: settings.filterMode,
        failScope: settings.failScope ?? change?.defaultFailScope,
        failOnUnreadable: settings.failOnUnreadable,
        run: runRecord(settings, context),
    });
    return compareWithPrevious(report, settings);
}
/** With `previous-report` (when the file is there: the first night has none), what changed since. */
function compareWithPrevious(report, settings) {
    const previous = settings.previousReport && (0,report_files/* readReportSource */.Gh)(settings.previousReport);
    return previous ? withChanges(report, previous, settings.shard) : report;
}

// EXTERNAL MODULE: ./src/report/matrix.ts
var matrix = __nccwpck_require__(3677);
;// CONCATENATED MODULE: ./src/report/annotations.ts


const SHOWN_PER_LEVEL = 10;
function properties(f, pathPrefix) {
    const single = f.line === f.endLine;
    return {
        title: `${f.ruleId}${(0,report_report/* contextTag */.qA)(f)}: ${f.versions.join(', ')}`,
        file: pathPrefix + f.file,
        startLine: f.line,
        endLine: f.endLine,
        ...(single ? { startColumn: f.column, endColumn: f.endColumn } : {}),
    };
}
/** Endpoint annotations point at the config-file line that declares the endpoint, when there is one. */
function endpointItem(e, uncheckedFails, pathPrefix) {
    if (e.status === 'pass')
        return undefined;
    const level = e.status === 'unchecked' && !uncheckedFails ? 'warning' : 'error';
    const at = e.source?.file ? { file: pathPrefix + e.source.file, startLine: e.source.line, endLine: e.source.line } : {};
    return { level, message: e.message, properties: { title: `tls-floor: ${(0,matrix/* endpointLabel */.md)(e)}`, ...at } };
}
/**
 * The findings to annotate, most relevant first: on runs with a diff the new ones lead (the 10 per
 * level GitHub shows go to the change under review), and under `filter-mode: added` pre-existing
 * findings are not annotated at all — they are listed in the summary as pre-existing.
 */
function annotated(items, report) {
    if (!report.diff)
        return [...items];
    const fresh = items.filter((x) => x.new !== false);
    return report.diff.mode === 'added' ? fresh : [...fresh, ...items.filter((x) => x.new === false)];
}
/**
 * Emits annotations for the report's endpoints and findings; `pathPrefix` turns root-relative paths
 * into repository-relative ones when the scan root is a subdirectory. Returns how many were not shown.
 */
function annotate(report, out, pathPrefix = '') {
    const items = [
        ...annotated(report.endpoints, report).flatMap((e) => endpointItem(e, report.uncheckedBecause.includes('unreachable-endpoints'), pathPrefix) ?? []),
        ...annotated(report.findings, report).map((f) => ({
            level: f.severity === 'error' ? 'error' : 'warning',
            message: f.message,
            properties: properties(f, pathPrefix),
        })),
    ];
    let hidden = 0;
    for (const level of ['error', 'warning']) {
        const all = items.filter((i) => i.level === level);
        // Notes become warnings: GitHub has no "note" annotations besides notices, which we keep for the tally.
        for (const i of all.slice(0, SHOWN_PER_LEVEL))
            out[level](i.message, i.properties);
        hidden += Math.max(0, all.length - SHOWN_PER_LEVEL);
    }
    if (hidden > 0) {
        out.notice(`${hidden} more finding${hidden === 1 ? '' : 's'} not annotated (GitHub shows ${SHOWN_PER_LEVEL} errors and ${SHOWN_PER_LEVEL} warnings per step): see the job summary and the report file.`, { title: 'tls-floor: more findings' });
    }
    return hidden;
}

// EXTERNAL MODULE: ./src/report/comment.ts
var comment = __nccwpck_require__(4231);
// EXTERNAL MODULE: ./src/clip.ts
var clip = __nccwpck_require__(5861);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
;// CONCATENATED MODULE: ./src/report/text.ts
/** Compiler-style text for terminals: `file:line:col  severity  rule  message`, then a summary line. */




const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', note: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function countBySeverity(findings) {
    const parts = [];
    for (const s of ['error', 'warning', 'note']) {
        const n = findings.filter((f) => f.severity === s).length;
        if (n)
            parts.push(plural(n, s));
    }
    return parts.join(', ');
}
function skippedSummary(report) {
    const s = report.stats.skipped;
    const parts = [
        s.binary && `${s.binary} binary`,
        s.tooLarge && `${s.tooLarge} too large`,
        s.documentation && `${s.documentation} documentation`,
        s.excluded && `${s.excluded} excluded`,
        s.outsideLinks && `${s.outsideLinks} links leaving the root`,
        s.special && `${s.special} not regular (FIFOs, sockets, devices)`,
        s.unreadable && `${s.unreadable} unreadable`,
    ].filter(Boolean);
    return parts.length ? `skipped ${parts.join(', ')}` : 'nothing skipped';
}
/** The findings counted but not kept (a file with too many keeps the first ones), or ''. */
function notListed(report) {
    const n = report.stats.omittedFindings;
    return n ? `${n} more not listed (too many in one file)` : '';
}
function formatText(report, opts = {}) {
    const c = (k, s) => (opts.color ? `${COLORS[k]}${s}${COLORS.reset}` : s);
    const lines = [];
    // With a diff (`scan --diff`), the new findings are listed and the pre-existing ones counted.
    const { new: shown, preexisting } = splitByNew(report.findings);
    for (const f of shown) {
        lines.push(`${printable(f.file)}:${f.line}:${f.column}  ${c(f.severity, f.severity)}  ${c('dim', f.ruleId + contextTag(f))}  ${printable(f.message)}`);
    }
    for (const e of report.errors)
        lines.push(`${printable(e.file)}  ${c('warning', 'warning')}  could not be read: ${printable(e.message)}`);
    if (lines.length)
        lines.push('');
    if (report.endpoints.length)
        lines.push(matrixText(report.endpoints), '');
    const scanned = report.stats.rules > 0;
    const counts = (shown.length
        ? `${plural(shown.length, report.diff ? 'new finding' : 'finding')} (${countBySeverity(shown)})`
        : report.diff
            ? 'no new findings'
            : 'no findings') + (report.diff ? `, ${preexisting.length} pre-existing (not listed)` : '');
    const suppressed = report.suppressed.length ? `; ${report.suppressed.length} suppressed` : '';
    const more = notListed(report) && `; ${notListed(report)}`;
    if (scanned)
        lines.push(`${counts} in ${plural(report.stats.files, 'file')}${more}${suppressed}; ${skippedSummary(report)}`);
    if (report.endpoints.length)
        lines.push(`${plural(report.endpoints.length, 'endpoint')} probed`);
    lines.push(report.verdict === 'fail' ? c('error', `fail: ${headline(report)}`) : c('bold', `pass: ${headline(report)}`));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary: verdict, numbers, the endpoint matrix, the findings table, the suppressed ones
 * and the files that could not be read — within GitHub's limit of 1 MiB (bytes: GitHub drops the
 * whole summary above it). Every section is counted; rows that do not fit are left out and a note
 * at the end says what and where to find it.
 */






const SUMMARY_LIMIT = 1024 * 1024;
/** Bytes kept back from the rows for what closes the sections and the final note (all bounded). */
const RESERVE = 4 * 1024;
const ICON = { error: '🔴', warning: '🟠', note: '🔵' };
/** Text collected up to a byte budget. */
class Budget {
    limit;
    parts = [];
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Adds `s` when it fits under `cap` bytes used (default: the limit); says whether it did. */
    add(s, cap = this.limit) {
        const n = Buffer.byteLength(s);
        if (this.used + n > Math.min(cap, this.limit))
            return false;
        this.parts.push(s);
        this.used += n;
        return true;
    }
    /** Adds text that must be there (section ends, notes): bounded by construction, paid from the reserve. */
    force(s) {
        this.parts.push(s);
        this.used += Buffer.byteLength(s);
    }
    get bytes() {
        return this.used;
    }
    toString() {
        return this.parts.join('');
    }
}
/** Adds rows while they fit; returns how many did not. */
function addRows(out, rows, cap) {
    let i = 0;
    while (i < rows.length && out.add(`${rows[i]}\n`, cap))
        i++;
    return rows.length - i;
}
function row(f, link, extra) {
    const where = (0,markdown/* mdText */.b)(`${f.file}:${f.line}`);
    const url = link?.(f.file, f.line);
    const loc = url ? `[${where}](${url})` : where;
    const reason = extra === undefined ? '' : ` ${(0,markdown/* mdText */.b)(extra)} |`;
    return `| ${ICON[f.severity]} ${f.severity} | ${loc} | \`${f.ruleId}\`${(0,report_report/* contextTag */.qA)(f)} | ${f.versions.join(', ')} | ${(0,markdown/* mdText */.b)(f.message)} |${reason}`;
}
function tableHead(reason) {
    return `| Severity | Location | Rule | Legacy | Message${reason ? ' | Reason' : ''} |\n|---|---|---|---|---${reason ? '|---' : ''}|\n`;
}
function summary_plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function omittedNote(o, opts, limit) {
    const what = [
        o.findings && summary_plural(o.findings, 'finding'),
        o.preexisting && summary_plural(o.preexisting, 'pre-existing finding'),
        o.endpointRows && summary_plural(o.endpointRows, 'endpoint row'),
        o.notes && summary_plural(o.notes, 'endpoint note'),
        o.suppressed && summary_plural(o.suppressed, 'suppressed finding'),
        o.unreadable && summary_plural(o.unreadable, 'unreadable file'),
    ].filter(Boolean);
    const files = [
        opts.reportFile && `the JSON report (${(0,markdown/* mdText */.b)((0,clip/* clip */.$)(opts.reportFile))})`,
        opts.sarifFile && `the SARIF file (${(0,markdown/* mdText */.b)((0,clip/* clip */.$)(opts.sarifFile))}) and code scanning`,
    ].filter(Boolean);
    const where = files.length ? `see ${files.join(' and ')}` : 'set the report-file or sarif-file input to get the full report';
    const size = limit === SUMMARY_LIMIT ? "GitHub's 1 MiB limit" : `the ${limit}-byte limit`;
    return `\n> [!NOTE]\n> This summary was shortened to fit ${size}: ${what.join(', ')} not shown; ${where}.\n`;
}
/** What changed since the previous report, in one cell: counts, and the report compared against. */
function changesCell(c) {
    const endpoints = [
        ['new', c.newEndpoints],
        ['fixed', c.fixedEndpoints],
        ['changed', c.changedEndpoints],
        ['gone', c.goneEndpoints],
    ]
        .filter(([, list]) => list.length > 0)
        .map(([word, list]) => `${list.length} ${word}`);
    const against = [c.previous.commit ? `commit ${c.previous.commit.slice(0, 12)}` : '', c.previous.time ?? ''].filter(Boolean).join(', ');
    return (`${c.newFindings.length} new, ${c.fixedFindings.length} fixed, ${c.stillFindings} still failing` +
        (endpoints.length ? `; endpoints: ${endpoints.join(', ')}` : '') +
        (against ? ` (against ${(0,markdown/* mdCell */.c)(against)})` : ''));
}
function formatSummary(report, opts = {}) {
    const limit = opts.limit ?? SUMMARY_LIMIT;
    const out = new Budget(limit - RESERVE);
    const omitted = { endpointRows: 0, notes: 0, findings: 0, preexisting: 0, suppressed: 0, unreadable: 0 };
    const more = notListed(report) && `; ${notListed(report)}`;
    const stats = [
        `## ${report.verdict === 'fail' ? '❌' : '✅'} tls-floor: ${(0,report_report/* headline */.Pl)(report)}`,
        '',
        '| | |',
        '|---|---|',
        `| Minimum version | ${report.minVersion} (fails on ${report.failOn}${report.failOn === 'error' ? 's' : 's and worse'}) |`,
        `| Findings | ${report.findings.length ? `${report.findings.length} (${countBySeverity(report.findings)})${more}` : 'none'} |`,
        ...(report.diff
            ? [`| New / pre-existing | ${report.diff.new} new, ${report.diff.preexisting} pre-existing (fail-scope ${report.diff.failScope}) |`]
            : []),
        ...(report.legacyVersions.length ? [`| Legacy versions | ${report.legacyVersions.join(', ')} |`] : []),
        `| Suppressed | ${report.suppressed.length} |`,
        ...(report.stats.rules > 0
            ? [
                `| Files | ${report.stats.files} listed, ${report.stats.read} read; ${skippedSummary(report)} |`,
                `| Rules | ${report.stats.rules} |`,
            ]
            : []),
        ...(report.endpoints.length ? [`| Endpoints | ${report.endpoints.length} probed |`] : []),
        ...(report.run?.merged ? [`| Merged | ${summary_plural(report.run.merged, 'report')}${report.run.merged > 1 ? ' joined' : ''} |`] : []),
        ...(report.changes ? [`| Since the previous report | ${changesCell(report.changes)} |`] : []),
        '',
    ];
    out.force(`${stats.join('\n')}\n`);
    if (report.endpoints.length) {
        // With findings to show as well, the endpoints get at most half of what is left.
        const cap = report.findings.length ? out.bytes + (limit - RESERVE - out.bytes) / 2 : undefined;
        const m = (0,matrix/* matrixMarkdownParts */.Bg)(report.endpoints);
        if (out.add(`### Endpoints\n\n${m.head}\n`, cap)) {
            omitted.endpointRows = addRows(out, m.rows, cap);
            out.force(`\n${m.legend}\n`);
            if (m.notes.length) {
                out.force('\n');
                omitted.notes = addRows(out, m.notes, cap);
            }
            out.force('\n');
        }
        else
            omitted.endpointRows = m.rows.length;
    }
    // With a diff (pull requests, pushes), the new findings come first; pre-existing ones are folded away.
    const { new: fresh, preexisting } = (0,mark/* splitByNew */.Kg)(report.findings);
    if (fresh.length) {
        out.force(`### ${report.diff ? 'New findings' : 'Findings'}\n\n`);
        if (out.add(tableHead(false)))
            omitted.findings = addRows(out, fresh.map((f) => row(f, opts.link)));
        else
            omitted.findings = fresh.length;
        if (omitted.findings)
            out.force(`\n_${summary_plural(omitted.findings, 'more finding')} not shown (size limit; see the note below)._\n`);
    }
    if (preexisting.length) {
        out.force(`\n<details><summary>Pre-existing findings (${preexisting.length})</summary>\n\n`);
        if (out.add(tableHead(false)))
            omitted.preexisting = addRows(out, preexisting.map((f) => row(f, opts.link)));
        else
            omitted.preexisting = preexisting.length;
        if (omitted.preexisting)
            out.force(`\n_${summary_plural(omitted.preexisting, 'more pre-existing finding')} not shown._\n`);
        out.force('\n</details>\n');
    }
    if (report.suppressed.length) {
        out.force(`\n<details><summary>Suppressed findings (${report.suppressed.length})</summary>\n\n`);
        if (out.add(tableHead(true))) {
            omitted.suppressed = addRows(out, report.suppressed.map((f) => row(f, opts.link, f.suppressed?.reason ?? '')));
        }
        else
            omitted.suppressed = report.suppressed.length;
        if (omitted.suppressed)
            out.force(`\n_${summary_plural(omitted.suppressed, 'more suppressed finding')} not shown._\n`);
        out.force('\n</details>\n');
    }
    if (report.errors.length) {
        out.force(`\n<details><summary>Files that could not be read (${report.errors.length})</summary>\n\n`);
        if (out.add('| File | Error |\n|---|---|\n'))
            omitted.unreadable = addRows(out, report.errors.map((e) => `| ${(0,markdown/* mdText */.b)(e.file)} | ${(0,markdown/* mdText */.b)(e.message)} |`));
        else
            omitted.unreadable = report.errors.length;
        if (omitted.unreadable)
            out.force(`\n_${summary_plural(omitted.unreadable, 'more file')} not shown._\n`);
        out.force('\n</details>\n');
    }
    const left = Object.values(omitted).reduce((n, k) => n + k, 0);
    if (left > 0)
        out.force(omittedNote(omitted, opts, limit));
    return out.toString();
}

// EXTERNAL MODULE: ./src/report/uri.ts
var uri = __nccwpck_require__(1092);
// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var src_settings = __nccwpck_require__(4383);
;// CONCATENATED MODULE: ./src/action.ts
/**
 * The action, over a small I/O interface so that it can be run in tests without the toolkit:
 * inputs → settings → scan and probe → annotations, job summary, report files, outputs → pass or fail.
 * What only some runs need is imported when a run needs it (chunks of the bundle): the GitHub client
 * when a feature calls the API, the scanner's rules when there are files to scan or SARIF to write,
 * the prober when there are endpoints, the YAML parser when there is a config file, badges and merge
 * mode when asked for.
 */














const INPUT_NAMES = [
    'min-version',
    'paths',
    'exclude',
    'config',
    'fail',
    'fail-on',
    'report-file',
    'sarif-file',
    'max-file-size',
    'scan',
    'endpoints',
    'timeout',
    'concurrency',
    'per-host-concurrency',
    'fail-on-unreachable',
    'fail-on-unreadable',
    'filter-mode',
    'fail-scope',
    'tests',
    'examples',
    'documentation',
    'vendored',
    'tls-implementation',
    'badge-dir',
    'shard',
    'previous-report',
    'merge',
];
/** Inputs that choose what is scanned or probed; merge mode only joins reports, so it ignores them. */
const MERGE_IGNORES = ['paths', 'exclude', 'endpoints', 'shard'];
/** Inputs of the GitHub edge, kept out of the settings (the token never travels further than the client). */
const GITHUB_INPUT_NAMES = (/* unused pure expression or super */ null && (['github-token', 'comment', 'suggestions', 'issue', 'badge-branch']));
/** file:line → its blob at `sha` (the checked-out commit; the head commit in PR comments). */
function blobLink(env, sha = env.GITHUB_SHA) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = env;
    if (!server || !repo || !sha)
        return undefined;
    return (file, line) => `${server}/${repo}/blob/${sha}/${(0,uri/* uriPath */.k)(file)}#L${line}`;
}
/** The event that started the run; a payload that cannot be read is a warning, not a failure. */
function readEvent(io) {
    const name = io.env.GITHUB_EVENT_NAME ?? '';
    const file = io.env.GITHUB_EVENT_PATH;
    if (!file)
        return { name, payload: undefined };
    try {
        return { name, payload: JSON.parse(external_node_fs_.readFileSync(file, 'utf8')) };
    }
    catch (e) {
        io.warning(`tls-floor: cannot read the event payload (${e.code ?? (0,errors/* oneLine */.TN)(e)}): every finding counts as new`);
        return { name, payload: undefined };
    }
}
function runUrl(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
    return server && repo && id && /^\d+$/.test(id) ? `${server}/${repo}/actions/runs/${id}` : undefined;
}
/** A value made once, on first use. */
function once(make) {
    let made;
    return () => (made ??= make());
}
/** The REST fallback of the diff, with the client (and the module that uses it) loaded on the first call. */
function lazyDiffApi(client, repo) {
    const api = once(async () => (await Promise.all(/* import() */[__nccwpck_require__.e(351), __nccwpck_require__.e(768), __nccwpck_require__.e(31)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4031))).diffApi(await client(), repo));
    return {
        pullFiles: async (pull, page, perPage) => (await api()).pullFiles(pull, page, perPage),
        compareFiles: async (base, head, page, perPage) => (await api()).compareFiles(base, head, page, perPage),
    };
}
async function runAction(io, deps = {}) {
    try {
        const root = io.env.GITHUB_WORKSPACE || process.cwd();
        const raw = Object.fromEntries(INPUT_NAMES.map((n) => [n, io.getInput(n)]));
        // Inputs are the workflow's: they may also write to RUNNER_TEMP. The config file stays in the workspace.
        const temp = io.env.RUNNER_TEMP ? [{ dir: io.env.RUNNER_TEMP, name: 'RUNNER_TEMP' }] : [];
        if ((0,src_settings/* needsConfigParser */.NR)(root, raw))
            await (0,src_settings/* loadConfigParser */.WI)();
        const settings = (0,src_settings/* loadSettings */.M5)(root, raw, KNOWN_RULE_IDS, { inputAreas: temp });
        const token = io.getInput('github-token').trim();
        const flag = (name) => {
            const v = io.getInput(name).trim();
            return v === '' ? true : (0,src_settings/* parseBoolean */.yG)(v, name);
        };
        const wantComment = flag('comment');
        const wantSuggestions = flag('suggestions');
        const wantIssue = io.getInput('issue').trim() !== '' && (0,src_settings/* parseBoolean */.yG)(io.getInput('issue'), 'issue');
        const badgeBranch = io.getInput('badge-branch').trim() ? (0,src_settings/* parseBranchName */.pD)(io.getInput('badge-branch'), 'badge-branch') : undefined;
        const degrader = new edge/* Degrader */.h8(io, token);
        const event = readEvent(io);
        const repo = (0,edge/* repoFromEnv */.K)(io.env);
        // Octokit and undici load only when a feature calls the API.
        const client = token ? once(async () => (await Promise.all(/* import() */[__nccwpck_require__.e(351), __nccwpck_require__.e(584)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6584))).createClient(token, io.env)) : undefined;
        const merging = io.getInput('merge').trim();
        let diff;
        let report;
        if (merging) {
            // Merge mode: the shards scanned and probed; this job only joins their reports.
            const reach = (0,paths/* realAreas */.$t)([{ dir: settings.root, name: 'workspace' }, ...temp]);
            const { globReports, mergeFiles } = await Promise.all(/* import() */[__nccwpck_require__.e(768), __nccwpck_require__.e(843)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1843));
            const merged = mergeFiles(globReports(merging, 'merge', settings.root, reach), 'merge', reach);
            report = compareWithPrevious(merged, { previousReport: settings.previousReport });
            io.info(`tls-floor: merged the reports matching ${(0,errors/* quote */.hD)(merging)}`);
            // What would choose the work is the shards' business here: say so rather than ignore it silently.
            const ignored = MERGE_IGNORES.filter((name) => raw[name].trim() !== '');
            if (ignored.length)
                io.warning(`tls-floor: merge joins reports and scans and probes nothing: ignored ${ignored.join(', ')}`);
        }
        else {
            const resolved = await resolveDiff(event.name, event.payload, settings.root, client && repo ? lazyDiffApi(client, repo) : undefined);
            if ('error' in resolved)
                degrader.warn(`tls-floor: no diff to judge against, so every finding counts as new: ${resolved.error}`);
            else {
                diff = resolved.diff;
                if (resolved.note)
                    io.info(`tls-floor: ${resolved.note}`);
            }
            report = await run(settings, deps, { diff, defaultFailScope: defaultFailScope(event.name) }, { commit: io.env.GITHUB_SHA, event: io.env.GITHUB_EVENT_NAME });
        }
        annotate(report, io);
        const summary = formatSummary(report, {
            link: blobLink(io.env),
            reportFile: settings.reportFile?.given,
            sarifFile: settings.sarifFile?.given,
        });
        try {
            await io.writeSummary(summary);
        }
        catch (e) {
            // The summary is a view; the verdict, outputs and report files do not depend on it.
            io.warning(`tls-floor: could not write the job summary (GITHUB_STEP_SUMMARY): ${(0,errors/* firstLine */.TM)(e)}`);
        }
        // JSON carries no rule metadata; SARIF describes the active rules, loaded for it.
        const reportFile = settings.reportFile ? writeReportFile(settings.reportFile, report, [], 'json') : '';
        // A merged report is judged by the shards' rule settings, not this job's config file.
        const ruled = merging ? { rules: new Map(Object.entries(report.run?.settings.rules ?? {})) } : settings;
        const sarifFile = settings.sarifFile ? writeReportFile(settings.sarifFile, report, activeRules(ruled, await loadRules()), 'sarif') : '';
        io.setOutput('verdict', report.verdict);
        io.setOutput('findings', String(report.findings.length));
        io.setOutput('legacy-versions', report.legacyVersions.join(','));
        io.setOutput('endpoints-failing', String(report.endpoints.filter((e) => e.status === 'legacy' || e.status === 'no-modern').length));
        io.setOutput('report-file', reportFile);
        io.setOutput('sarif-file', sarifFile);
        const badges = settings.badge ? (await Promise.all(/* import() */[__nccwpck_require__.e(833), __nccwpck_require__.e(186)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9186))).writeBadges(settings.badge, report) : undefined;
        io.setOutput('badge-svg', badges?.svg ?? '');
        io.setOutput('badge-json', badges?.json ?? '');
        const { new: fresh, preexisting } = (0,mark/* splitByNew */.Kg)(report.findings);
        io.setOutput('new-findings', String(fresh.length));
        io.setOutput('preexisting-findings', String(preexisting.length));
        const pr = (0,edge/* pullRequestOf */._n)(event.name, event.payload, repo);
        if (pr && (wantComment || wantSuggestions)) {
            if (!client)
                degrader.unavailable(wantComment ? 'comment' : 'suggestions', 'the github-token input is empty');
            else {
                // Degrade, never break: not even a bug in the GitHub edge may change the verdict.
                try {
                    const { headFileFromApi, reportToPullRequest, scannedHeadTexts } = await Promise.all(/* import() */[__nccwpck_require__.e(351), __nccwpck_require__.e(768), __nccwpck_require__.e(31)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4031));
                    const github = await client();
                    const texts = await scannedHeadTexts(settings.root, pr.headSha, report, headFileFromApi(github, pr, pr.headSha));
                    const done = await reportToPullRequest(github, degrader, pr, report, diff, {
                        comment: wantComment,
                        suggestions: wantSuggestions,
                        link: blobLink(io.env, pr.headSha),
                        runUrl: runUrl(io.env),
                        read: (file) => texts.get(file),
                        job: (0,comment/* jobKey */.tv)(io.env),
                    });
                    if (done.comment)
                        io.info(`tls-floor: pull request comment ${done.comment}`);
                    if (done.suggestions)
                        io.info(`tls-floor: ${done.suggestions} suggested fix(es) posted in one review`);
                }
                catch (e) {
                    degrader.warn(`tls-floor: the pull request comment and suggestions were skipped: ${(0,errors/* oneLine */.TN)(e)}`);
                }
            }
        }
        // Without the issue or the badge branch, recording does nothing: nothing to load.
        if (wantIssue || badgeBranch) {
            try {
                const { recordRun } = await Promise.all(/* import() */[__nccwpck_require__.e(351), __nccwpck_require__.e(833), __nccwpck_require__.e(798)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1798));
                await recordRun(client && (await client()), repo, degrader, report, {
                    eventName: event.name,
                    issue: wantIssue,
                    badgeBranch,
                    runUrl: runUrl(io.env),
                    info: (m) => io.info(m),
                });
            }
            catch (e) {
                degrader.warn(`tls-floor: the tracking issue and the badge branch were skipped: ${(0,errors/* oneLine */.TN)(e)}`);
            }
        }
        const probed = report.endpoints.length ? `, ${report.endpoints.length} endpoint(s) probed` : '';
        io.info(`tls-floor: ${report.verdict} — ${report.findings.length} finding(s), ${report.suppressed.length} suppressed, ${report.stats.files} files in ${report.stats.milliseconds} ms${probed}`);
        if (report.verdict === 'fail' && settings.fail)
            io.setFailed(`${(0,report_report/* headline */.Pl)(report)}; see the annotations and the job summary`);
    }
    catch (e) {
        io.setFailed(e instanceof errors/* ConfigurationError */.j1 ? `configuration error: ${(0,errors/* oneLine */.TN)(e)}` : (0,errors/* oneLine */.TN)(e));
    }
}


/***/ }),

/***/ 5861:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ clip)
/* harmony export */ });
/**
 * Text that came from a user or a repository (a setting, an endpoint, a host name), shortened for
 * a message: one line, at most `max` characters. Messages quote input so people can find it; a
 * pasted 10,000-character value must not turn one error line into a page. A part of something
 * already quoted gets a smaller `max`, so that no long input is quoted twice.
 */
function clip(text, max = 100) {
    const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    return oneLine.length > max ? `${oneLine.slice(0, max - 3)}…` : oneLine;
}


/***/ }),

/***/ 1547:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I9: () => (/* binding */ pullRequestDiff),
/* harmony export */   qz: () => (/* binding */ pushDiff),
/* harmony export */   tr: () => (/* binding */ GitRepo)
/* harmony export */ });
/* unused harmony export localDiff */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _unified_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3681);
/**
 * The diff from git, when the clone has the history: a pull request (merge base of base and head,
 * or the merge commit actions/checkout makes against its first parent), a push (`before..after`),
 * or a local run against a ref (merge base with HEAD, plus uncommitted and untracked files).
 *
 * Git runs with stdin closed, no terminal prompts, literal pathspecs, a timeout and a cap on what
 * it may print, so it can neither hang nor flood memory. Missing history is an error value naming
 * the commit and the `fetch-depth` that would bring it, so the caller can fall back to the API.
 */


const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_DIFF = 64 * 1024 * 1024;
const SMALL_OUTPUT = 1024 * 1024;
/** Options every command gets: no pager, no colour, raw UTF-8 names (only names with quotes or control characters stay C-quoted). */
const GLOBAL = ['-c', 'core.quotePath=false', '-c', 'color.ui=false', '--no-pager'];
function runGit(root, args, timeoutMs, maxBytes) {
    return new Promise((resolve) => {
        let settled = false;
        const chunks = [];
        let size = 0;
        let stderr = '';
        let overflow = false;
        const done = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve({ ...r, overflow });
        };
        // Its own process group, so that a timeout also ends whatever git started (hooks, aliases, helpers).
        const group = process.platform !== 'win32';
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...GLOBAL, ...args], {
            cwd: root,
            stdio: ['ignore', 'pipe', 'pipe'],
            windowsHide: true,
            detached: group,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_LITERAL_PATHSPECS: '1', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
        });
        const kill = () => {
            try {
                if (group && child.pid)
                    process.kill(-child.pid, 'SIGKILL');
                else
                    child.kill('SIGKILL');
            }
            catch {
                // Already gone.
            }
        };
        const timer = setTimeout(() => {
            kill();
            done({ ok: false, stdout: '', problem: `git ${args[0]} did not finish within ${Math.round(timeoutMs / 1000)} s` });
        }, timeoutMs);
        child.stdout.on('data', (b) => {
            size += b.length;
            if (size > maxBytes) {
                overflow = true;
                kill();
                done({ ok: false, stdout: '', problem: `git ${args[0]} printed more than ${maxBytes} bytes` });
            }
            else
                chunks.push(b);
        });
        child.stderr.on('data', (b) => {
            if (stderr.length < 4096)
                stderr += b.toString('utf8');
        });
        child.on('error', (e) => done({ ok: false, stdout: '', problem: e.code === 'ENOENT' ? 'git is not installed' : `git could not run: ${e.message}` }));
        child.on('close', (code) => done({
            ok: code === 0,
            stdout: Buffer.concat(chunks).toString('utf8'),
            problem: stderr
                .split('\n')
                .find((l) => l.trim())
                ?.trim() ?? `git ${args[0]} exited with ${code}`,
        }));
    });
}
/** A git work tree rooted at (or above) `root`, with the few questions the diff needs. */
class GitRepo {
    root;
    timeoutMs;
    maxDiffBytes;
    constructor(root, opts = {}) {
        this.root = root;
        this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.maxDiffBytes = opts.maxDiffBytes ?? DEFAULT_MAX_DIFF;
    }
    run(args, maxBytes = SMALL_OUTPUT) {
        return runGit(this.root, args, this.timeoutMs, maxBytes);
    }
    /** Why `root` cannot be diffed with git, or undefined when it can. */
    async problem() {
        const r = await this.run(['rev-parse', '--is-inside-work-tree']);
        return r.ok && r.stdout.trim() === 'true' ? undefined : `${this.root} is not a git work tree (${r.problem})`;
    }
    /** The commit a revision names, or undefined when the clone does not have it. */
    async commit(rev) {
        const r = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
        const sha = r.stdout.trim();
        return r.ok && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha) ? sha : undefined;
    }
    /** A commit's parents (none for a root commit, and none for the cut-off commits of a shallow clone). */
    async parents(sha) {
        const r = await this.run(['rev-list', '--parents', '-n', '1', '--end-of-options', sha]);
        return r.ok ? r.stdout.trim().split(/\s+/).slice(1) : [];
    }
    async mergeBase(a, b) {
        const r = await this.run(['merge-base', '--end-of-options', a, b]);
        return r.ok ? r.stdout.trim() || undefined : undefined;
    }
    async shallow() {
        const r = await this.run(['rev-parse', '--is-shallow-repository']);
        return r.stdout.trim() === 'true';
    }
    /**
     * The files changed between `base` and `head` (or the work tree when `head` is undefined), with
     * paths relative to `root`. A diff too big to read becomes a list of files that count as a whole.
     */
    async diff(base, head) {
        const revs = head === undefined ? [base] : [base, head];
        // No external diff or textconv drivers (configured commands); paths relative to the root.
        const common = ['--no-color', '--no-ext-diff', '--no-textconv', '-M', '--relative'];
        const full = await this.run(['diff', ...common, '-U3', '--src-prefix=a/', '--dst-prefix=b/', '--end-of-options', ...revs, '--'], this.maxDiffBytes);
        if (full.ok)
            return { files: (0,_unified_js__WEBPACK_IMPORTED_MODULE_1__/* .parseUnifiedDiff */ .rj)(full.stdout) };
        if (!full.overflow)
            return { error: full.problem };
        const names = await this.run(['diff', ...common, '--name-only', '--diff-filter=d', '-z', '--end-of-options', ...revs, '--'], this.maxDiffBytes);
        if (!names.ok)
            return { error: names.problem };
        return {
            files: wholeFiles(names.stdout.split('\0')),
            note: `the diff is larger than ${this.maxDiffBytes} bytes: every changed file counts as changed as a whole`,
        };
    }
    /** Files in the work tree that git does not track and does not ignore, relative to `root`. */
    async untracked() {
        const r = await this.run(['ls-files', '-z', '--others', '--exclude-standard'], this.maxDiffBytes);
        return r.ok ? r.stdout.split('\0').filter(Boolean) : { error: r.problem };
    }
}
function wholeFiles(paths) {
    const files = new Map();
    for (const p of paths)
        if (p)
            files.set(p, { path: p, added: [], hunks: [], whole: true });
    return files;
}
const short = (sha) => sha.slice(0, 12);
async function model(repo, base, head, note) {
    const d = await repo.diff(base, head);
    if ('error' in d)
        return { ok: false, error: `git diff ${short(base)} ${short(head)} failed: ${d.error}` };
    const notes = [note, d.note].filter(Boolean).join('; ');
    return { ok: true, diff: { files: d.files, base, head, source: 'git' }, ...(notes ? { note: notes } : {}) };
}
async function missing(repo, what, sha, depth) {
    const shallow = (await repo.shallow()) ? 'the clone is shallow' : 'it was not fetched';
    return `${what} ${short(sha)} is not in the clone (${shallow}); use fetch-depth: ${depth} on actions/checkout, or the diff comes from the API`;
}
/**
 * A pull request's changed lines as they appear in the checked-out tree. actions/checkout checks
 * out the merge commit (`refs/pull/N/merge`, parents: base tip and PR head) by default: then the
 * diff against its first parent is exactly the PR's change and its line numbers are the scanned
 * tree's, and two commits of history suffice (fetch-depth: 2). A checkout of the head commit
 * needs the merge base of base and head (fetch-depth: 0).
 */
async function pullRequestDiff(root, base, head, opts = {}) {
    const repo = new GitRepo(root, opts);
    const problem = await repo.problem();
    if (problem)
        return { ok: false, error: problem };
    const checkedOut = await repo.commit('HEAD');
    if (checkedOut && checkedOut !== head) {
        const parents = await repo.parents(checkedOut);
        if (parents.length === 2 && parents[1] === head)
            return model(repo, parents[0], checkedOut);
    }
    // The default checkout (the merge commit) needs two commits of history; a checkout of the head, all of it.
    const depth = checkedOut === head ? '0' : '2 (for the merge commit actions/checkout checks out by default) or 0';
    if (!(await repo.commit(head)))
        return { ok: false, error: await missing(repo, "the pull request's head commit", head, depth) };
    if (!(await repo.commit(base)))
        return { ok: false, error: await missing(repo, 'the base commit', base, depth) };
    const mergeBase = await repo.mergeBase(base, head);
    if (!mergeBase) {
        return {
            ok: false,
            error: `the clone has no merge base of ${short(base)} and ${short(head)} (${(await repo.shallow()) ? 'the history is cut off by a shallow clone' : 'unrelated histories'}); use fetch-depth: 0 on actions/checkout, or the diff comes from the API`,
        };
    }
    const note = checkedOut && checkedOut !== head
        ? `the work tree is at ${short(checkedOut)}, not at the pull request's head ${short(head)}: lines may not match the diff`
        : undefined;
    return model(repo, mergeBase, head, note);
}
/** A push: `before..after` (the caller handles new branches and force pushes, which have no useful `before`). */
async function pushDiff(root, before, after, opts = {}) {
    const repo = new GitRepo(root, opts);
    const problem = await repo.problem();
    if (problem)
        return { ok: false, error: problem };
    if (!(await repo.commit(after)))
        return { ok: false, error: await missing(repo, 'the pushed commit', after, '0') };
    if (!(await repo.commit(before)))
        return { ok: false, error: await missing(repo, 'the commit before the push', before, '0') };
    return model(repo, before, after);
}
/**
 * A local run against a ref (`tls-floor scan --diff main`): the merge base of the ref and HEAD
 * against the work tree, so committed, staged and unstaged changes count as new, and so do
 * untracked files (a pre-commit hook sees a new file before it is committed).
 */
async function localDiff(root, ref, opts = {}) {
    const repo = new GitRepo(root, opts);
    const problem = await repo.problem();
    if (problem)
        return { ok: false, error: problem };
    const target = await repo.commit(ref);
    if (!target)
        return { ok: false, error: `"${ref}" is not a commit in ${root}` };
    const head = await repo.commit('HEAD');
    if (!head)
        return { ok: false, error: `the repository in ${root} has no commit yet` };
    const base = await repo.mergeBase(target, head);
    if (!base)
        return { ok: false, error: `"${ref}" and HEAD have no common history` };
    const d = await repo.diff(base, undefined);
    if ('error' in d)
        return { ok: false, error: `git diff ${short(base)} failed: ${d.error}` };
    const untracked = await repo.untracked();
    if ('error' in untracked)
        return { ok: false, error: `git ls-files failed: ${untracked.error}` };
    for (const p of untracked)
        d.files.set(p, { path: p, added: [], hunks: [], whole: true });
    return { ok: true, diff: { files: d.files, base, head, source: 'git', worktree: true }, ...(d.note ? { note: d.note } : {}) };
}


/***/ }),

/***/ 9349:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ isNew),
/* harmony export */   KJ: () => (/* binding */ endpointIsNew),
/* harmony export */   Kg: () => (/* binding */ splitByNew),
/* harmony export */   sQ: () => (/* binding */ markFindings)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8054);

/** A setting spread over lines (a YAML list, a Terraform block) is new when any of its lines changed. */
const MAX_SPAN = 1000;
function touched(f, diff, mode) {
    const last = Math.min(Math.max(f.endLine, f.line), f.line + MAX_SPAN);
    for (let line = f.line; line <= last; line++)
        if ((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .inDiff */ .TN)(diff, f.file, line, mode))
            return true;
    return false;
}
/** Findings with `new` set from the diff; unchanged (no `new` at all) when there is no diff. */
function markFindings(findings, diff, mode) {
    if (!diff)
        return [...findings];
    return findings.map((f) => ({ ...f, new: touched(f, diff, mode) }));
}
/**
 * Whether an endpoint is new: undefined when there is no diff or the endpoint was not declared on
 * a line of a file in the repository (inputs, the CLI), so it is judged as usual.
 */
function endpointIsNew(source, diff, mode) {
    if (!diff || !source?.file || !source.line)
        return undefined;
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .inDiff */ .TN)(diff, source.file, source.line, mode);
}
/** Whether a finding or endpoint counts as new: everything does when there was no diff to tell. */
const isNew = (x) => x.new !== false;
/** Marked findings (or endpoint reports) split by `new`. */
function splitByNew(items) {
    return { new: items.filter(isNew), preexisting: items.filter((x) => !isNew(x)) };
}


/***/ }),

/***/ 8054:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ FAIL_SCOPES),
/* harmony export */   CF: () => (/* binding */ commentable),
/* harmony export */   TN: () => (/* binding */ inDiff),
/* harmony export */   ox: () => (/* binding */ FILTER_MODES)
/* harmony export */ });
/**
 * The one diff model every event is reduced to: which lines of which files (head side) a change
 * touched. Computed at the edge (git, or the REST API when history is missing) and applied as a
 * filter between findings and reporters. No diff at all (`undefined`) means "everything counts":
 * scheduled runs, manual runs, a new branch, a force push.
 */
const FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter'];
const FAIL_SCOPES = ['new', 'all'];
function within(ranges, line) {
    return ranges.some((r) => line >= r.start && line <= r.end);
}
/** Whether a line of a file is part of the change, as the filter mode reads it. */
function inDiff(diff, file, line, mode) {
    if (!diff || mode === 'nofilter')
        return true;
    const f = diff.files.get(file);
    if (!f)
        return false;
    if (f.whole || mode === 'file')
        return true;
    return within(mode === 'added' ? f.added : f.hunks, line);
}
/** Whether a review comment may be placed on this line (GitHub answers 422 for lines outside the hunks). */
function commentable(diff, file, line) {
    const f = diff?.files.get(file);
    return f !== undefined && !f.whole && within(f.hunks, line);
}


/***/ }),

/***/ 3681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iz: () => (/* binding */ parsePatch),
/* harmony export */   rj: () => (/* binding */ parseUnifiedDiff)
/* harmony export */ });
/* unused harmony export unquoteC */
/** Hunk headers: `@@ -a[,b] +c[,d] @@`; ten digits is far past any real file and keeps numbers exact. */
const HUNK_HEADER = /^@@ -(\d{1,10})(?:,(\d{1,10}))? \+(\d{1,10})(?:,(\d{1,10}))? @@/;
/** The lines one file's hunks touch, read one line at a time. */
class HunkReader {
    added = [];
    hunks = [];
    malformed = false;
    sawHunk = false;
    oldLeft = 0;
    newLeft = 0;
    next = 0;
    get inHunk() {
        return this.oldLeft > 0 || this.newLeft > 0;
    }
    /** A `@@` line; one that is not a valid header makes the file count as a whole. */
    header(line) {
        const m = HUNK_HEADER.exec(line);
        if (!m) {
            this.malformed = true;
            return;
        }
        const oldCount = m[2] === undefined ? 1 : Number(m[2]);
        const start = Number(m[3]);
        const newCount = m[4] === undefined ? 1 : Number(m[4]);
        // Hunks come in file order: one that starts before the previous one ended is not git's output.
        const backwards = this.sawHunk && start + (newCount === 0 ? 1 : 0) < this.next;
        if ((newCount > 0 && start < 1) || backwards) {
            this.malformed = true;
            return;
        }
        this.sawHunk = true;
        this.oldLeft = oldCount;
        this.newLeft = newCount;
        this.next = start;
        if (newCount > 0)
            push(this.hunks, start, start + newCount - 1);
    }
    /** A line inside a hunk (the caller checks `inHunk`). */
    body(line) {
        const c = line.charCodeAt(0);
        if (c === 0x5c /* \ No newline at end of file */)
            return;
        if (c === 0x2b /* + */) {
            if (this.newLeft === 0)
                return this.fail();
            push(this.added, this.next, this.next);
            this.next++;
            this.newLeft--;
        }
        else if (c === 0x2d /* - */) {
            if (this.oldLeft === 0)
                return this.fail();
            this.oldLeft--;
        }
        else if (c === 0x20 || line === '' /* context; some tools strip the space of empty lines */) {
            if (this.oldLeft === 0 || this.newLeft === 0)
                return this.fail();
            this.oldLeft--;
            this.newLeft--;
            this.next++;
        }
        else
            this.fail();
    }
    /** The input ended: a hunk still waiting for lines was cut off. */
    end() {
        if (this.inHunk)
            this.fail();
    }
    fail() {
        this.malformed = true;
        this.oldLeft = 0;
        this.newLeft = 0;
    }
}
/** Appends a range, merging it into the last one when they touch (input is in line order). */
function push(ranges, start, end) {
    const last = ranges[ranges.length - 1];
    if (last && start <= last.end + 1)
        last.end = Math.max(last.end, end);
    else
        ranges.push({ start, end });
}
/** Lines without their terminator; a final newline does not make an extra empty line; CR before LF is dropped. */
function lines(text) {
    const out = text.split('\n');
    if (out.length > 0 && out[out.length - 1] === '')
        out.pop();
    for (let i = 0; i < out.length; i++)
        if (out[i].endsWith('\r'))
            out[i] = out[i].slice(0, -1);
    return out;
}
function fileDiff(path, r, whole) {
    return {
        path,
        added: whole ? [] : r.added,
        hunks: whole ? [] : r.hunks,
        whole,
    };
}
/** One file's patch as GitHub's REST API gives it (`files[].patch`): hunks only. */
function parsePatch(path, patch) {
    const r = new HunkReader();
    for (const line of lines(patch)) {
        if (r.malformed)
            break;
        if (r.inHunk)
            r.body(line);
        else if (line.startsWith('@@'))
            r.header(line);
        else if (line.startsWith('\\'))
            continue;
        else
            r.malformed = true;
    }
    r.end();
    return fileDiff(path, r, r.malformed);
}
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/**
 * A C-quoted name as git writes it (`"a\303\251 \"q\".conf"`), from the opening quote at `from`.
 * Returns the decoded name and the index after the closing quote, or undefined when unterminated.
 */
function unquoteC(s, from = 0) {
    if (s[from] !== '"')
        return undefined;
    const bytes = [];
    for (let i = from + 1; i < s.length; i++) {
        const ch = s[i];
        if (ch === '"')
            return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
        if (ch !== '\\') {
            for (const b of Buffer.from(ch, 'utf8'))
                bytes.push(b);
            continue;
        }
        const e = s[++i];
        if (e === undefined)
            return undefined;
        const oct = /^[0-3][0-7]{2}/.exec(s.slice(i, i + 3));
        if (oct) {
            bytes.push(parseInt(oct[0], 8));
            i += 2;
        }
        else
            bytes.push(ESCAPES[e] ?? e.charCodeAt(0) & 0xff);
    }
    return undefined;
}
function stripPrefix(name, prefix) {
    return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}
/** The name on a `--- ` / `+++ ` line: quoted, or up to a tab (git adds one after names with spaces). */
function markerName(rest) {
    if (rest.startsWith('"'))
        return unquoteC(rest)?.value;
    const tab = rest.indexOf('\t');
    const name = tab < 0 ? rest : rest.slice(0, tab);
    return name === '' ? undefined : name;
}
/** A name on a `rename to` / `copy to` line. */
function plainName(rest) {
    if (rest.startsWith('"'))
        return unquoteC(rest)?.value;
    return rest === '' ? undefined : rest;
}
/**
 * The new name from `diff --git a/X b/Y`. Unquoted names may contain spaces, so like git itself we
 * take the name that is the same on both sides; renames and copies say their names again later.
 */
function gitHeaderName(rest) {
    if (rest.startsWith('"')) {
        const a = unquoteC(rest);
        if (!a || rest[a.end] !== ' ')
            return undefined;
        const b = rest.slice(a.end + 1);
        return b.startsWith('"') ? unquoteC(b)?.value : b;
    }
    const quoted = rest.indexOf(' "');
    if (quoted >= 0)
        return unquoteC(rest, quoted + 1)?.value;
    if ((rest.length - 1) % 2 === 0) {
        const half = (rest.length - 1) / 2;
        const a = rest.slice(0, half);
        const b = rest.slice(half + 1);
        if (rest[half] === ' ' && stripPrefix(a, 'a/') === stripPrefix(b, 'b/'))
            return b;
    }
    const split = rest.indexOf(' b/');
    return split >= 0 ? rest.slice(split + 1) : undefined;
}
/** One file's section of a multi-file diff, from its headers and hunks. */
class Section {
    hunks = new HunkReader();
    headerName;
    renamedTo;
    plusName;
    sawPlus = false;
    deleted = false;
    created = false;
    binary = false;
    get path() {
        const name = this.plusName ?? this.renamedTo ?? this.headerName;
        return name === undefined ? undefined : stripPrefix(name, 'b/');
    }
    finish() {
        this.hunks.end();
        const path = this.path;
        if (this.deleted || path === undefined || path === '')
            return undefined;
        // Binary files, patches that could not be followed, and new files without lines (git shows
        // none for empty or binary ones) count as a whole.
        const whole = this.binary || this.hunks.malformed || (this.created && !this.hunks.sawHunk);
        return fileDiff(path, this.hunks, whole);
    }
}
/**
 * Every file of a unified diff (`git diff` output, or plain `diff -u` output with `---`/`+++`
 * headers), keyed by its head-side path; deleted files are left out (nothing of them is scanned).
 */
function parseUnifiedDiff(text) {
    const files = new Map();
    let s;
    const close = () => {
        const f = s?.finish();
        s = undefined;
        if (!f)
            return;
        const prev = files.get(f.path);
        // The same name twice (only in crafted input): keep every line either section names.
        files.set(f.path, prev
            ? {
                path: f.path,
                added: [...prev.added, ...f.added],
                hunks: [...prev.hunks, ...f.hunks],
                whole: prev.whole || f.whole,
            }
            : f);
    };
    for (const line of lines(text)) {
        if (s?.hunks.inHunk) {
            s.hunks.body(line);
            continue;
        }
        if (line.startsWith('diff --git ')) {
            close();
            s = new Section();
            s.headerName = gitHeaderName(line.slice('diff --git '.length));
            continue;
        }
        if (line.startsWith('--- ') && (!s || s.sawPlus)) {
            // A plain `diff -u` file section (no `diff --git` line) starts at its `---` line.
            close();
            s = new Section();
        }
        if (!s)
            continue;
        if (line.startsWith('@@'))
            s.hunks.header(line);
        else if (s.hunks.sawHunk) {
            // Only `\ No newline` may follow a hunk before the next hunk or file.
            if (!line.startsWith('\\'))
                s.hunks.malformed = true;
        }
        else if (line.startsWith('+++ ')) {
            s.sawPlus = true;
            const name = markerName(line.slice(4));
            if (name === '/dev/null')
                s.deleted = true;
            else if (name !== undefined)
                s.plusName = name;
        }
        else if (line.startsWith('--- ')) {
            if (markerName(line.slice(4)) === '/dev/null')
                s.created = true;
        }
        else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
            s.renamedTo = plainName(line.slice(line.indexOf(' to ') + 4));
        }
        else if (line.startsWith('deleted file mode'))
            s.deleted = true;
        else if (line.startsWith('new file mode'))
            s.created = true;
        else if (line.startsWith('Binary files ') || line === 'GIT binary patch')
            s.binary = true;
    }
    close();
    return files;
}


/***/ }),

/***/ 1379:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runEntry)
/* harmony export */ });
/* unused harmony export EXIT_GRACE_MS */
/**
 * How both entries (the action, the CLI) end. Whatever happens below, the process ends with an exit
 * code: a throw that escapes the entry's own error handling is reported as an internal error, and
 * once the work is done a handle left open by mistake (a socket, a timer, a thread) cannot keep the
 * process alive until the job's timeout.
 */
/** How long a finished entry waits for the event loop to empty by itself before it exits. */
const EXIT_GRACE_MS = 1000;
/**
 * Runs `main` and sets the exit code it returns (undefined: `main` set it). A throw sets
 * `crash.exitCode` and is reported (if even that throws — stderr closed — the code stands). Then,
 * if the process is still alive after EXIT_GRACE_MS (and its output is written), it exits.
 */
async function runEntry(main, crash, proc = process) {
    try {
        const code = await main();
        if (code !== undefined)
            proc.exitCode = code;
    }
    catch (e) {
        proc.exitCode = crash.exitCode;
        try {
            crash.report(e);
        }
        catch {
            // Nowhere left to say it; the exit code says it.
        }
    }
    exitWhenIdle(proc);
}
/**
 * An unref'd timer: it never keeps the process alive, and fires only when something else does.
 * Output still being written to a slow reader (`| less` on macOS, where pipes are asynchronous) is
 * waited for.
 */
function exitWhenIdle(proc) {
    const timer = setTimeout(() => {
        if (proc.stdout.writableLength > 0 || proc.stderr.writableLength > 0)
            exitWhenIdle(proc);
        else
            proc.exit();
    }, EXIT_GRACE_MS);
    timer.unref();
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5861);


/**
 * A mistake in the user's input (inputs, config file, CLI arguments), as opposed to a bug. Its
 * message is one line that names what was wrong and where; entries print it without a stack trace.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** A value quoted for a message: `"…"`, clipped. */
function quote(value) {
    return `"${(0,_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(value)}"`;
}
/** Longest line an entry prints for an error: a safety net behind clip() for values we missed. */
const MAX_LINE = 1000;
/** The first line of any thrown value's message, bounded. */
function firstLine(e) {
    const msg = e instanceof Error ? e.message : String(e);
    const first = msg.split('\n')[0];
    return first.length > MAX_LINE ? `${first.slice(0, MAX_LINE - 1)}…` : first;
}
/** One line for any thrown value: the message of a ConfigurationError, or a short bug report. */
function oneLine(e) {
    return e instanceof ConfigurationError ? firstLine(e) : `internal error: ${firstLine(e)} (please report this)`;
}


/***/ }),

/***/ 2034:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ FEATURES),
/* harmony export */   K: () => (/* binding */ repoFromEnv),
/* harmony export */   QH: () => (/* binding */ ownerRepo),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   _n: () => (/* binding */ pullRequestOf),
/* harmony export */   h8: () => (/* binding */ Degrader)
/* harmony export */ });
/**
 * The GitHub edge without the toolkit: which repository and pull request a run is about, which
 * features need which permission, and how an API failure becomes one warning (Degrader). Kept apart
 * from client.ts, which loads octokit and undici (~60 ms): a run that never calls the API never
 * loads them. Every feature that talks to the API (the diff fallback, the sticky comment, the
 * suggestions, the tracking issue, the badge branch) runs through `Degrader.attempt`, so an error
 * of any kind — no token, a fork's read-only token, a missing permission, rate limiting, a 5xx, a
 * timeout — becomes one warning that names the permission that would enable the feature, and the
 * run carries on with annotations and the summary. The verdict alone decides the exit code.
 */
/** Just owner and repo: octokit sends every other field of its parameters as a query parameter. */
function ownerRepo(r) {
    return { owner: r.owner, repo: r.repo };
}
/** `owner/name` from GITHUB_REPOSITORY, checked. */
function repoFromEnv(env) {
    const m = /^([\w.-]+)\/([\w.-]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
    return m ? { owner: m[1], repo: m[2] } : undefined;
}
/** The features that use the API, and what each needs from `permissions:`. */
const FEATURES = {
    diff: { what: 'read the pull request diff from the API', permission: 'pull-requests: read' },
    compare: { what: 'read the pushed commits from the API', permission: 'contents: read' },
    comment: { what: 'post the pull request comment', permission: 'pull-requests: write' },
    suggestions: { what: 'post the suggested fixes', permission: 'pull-requests: write' },
    issue: { what: 'update the tracking issue', permission: 'issues: write' },
    badge: { what: 'commit the badge to the badge branch', permission: 'contents: write' },
};
/** Why a call failed, in one line, without anything secret. */
function describeError(e) {
    const err = (e ?? {});
    // Octokit gives network failures and timeouts a status of 500 too: only a response is an HTTP answer.
    const status = typeof err.status === 'number' && err.response ? err.status : undefined;
    const headers = err.response?.headers ?? {};
    const rateLimited = status === 429 || (status === 403 && (String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined));
    const forbidden = (status === 401 || status === 403 || status === 404) && !rateLimited;
    const apiMessage = typeof err.response?.data?.message === 'string'
        ? err.response.data.message
        : (err.message ?? String(e));
    let line = status
        ? `HTTP ${status}: ${apiMessage}`
        : err.name === 'TimeoutError' || err.name === 'AbortError' || /\btimeout\b/i.test(apiMessage)
            ? 'no answer in time'
            : `no answer: ${apiMessage}`;
    if (rateLimited) {
        const reset = Number(headers['x-ratelimit-reset']);
        const retry = headers['retry-after'] !== undefined ? `${headers['retry-after']} s` : reset > 0 ? new Date(reset * 1000).toISOString() : undefined;
        line += ` (rate limited${retry !== undefined ? `; retry after ${retry}` : ''})`;
    }
    return { line: line.replace(/\s+/g, ' ').trim().slice(0, 300), status, rateLimited, forbidden };
}
/**
 * Runs API features and turns their failures into one warning each. Once the token has been
 * refused a permission (or the API rate-limited us), later features needing the same are skipped
 * with an info line instead of a second, identical warning.
 */
class Degrader {
    out;
    secret;
    refused = new Set();
    rateLimited = false;
    warnings = [];
    constructor(out, 
    /** Scrubbed from every message, whatever an error says. */
    secret) {
        this.out = out;
        this.secret = secret;
    }
    scrub(s) {
        return this.secret ? s.split(this.secret).join('***') : s;
    }
    /** A warning of the GitHub edge that is not a feature's failure (the diff), scrubbed the same way. */
    warn(message) {
        const m = this.scrub(message);
        this.warnings.push(m);
        this.out.warning(m);
    }
    /** Warns that a feature cannot run at all (no token). */
    unavailable(feature, why) {
        const f = FEATURES[feature];
        if (this.refused.has(f.permission))
            return;
        this.refused.add(f.permission);
        this.warn(`tls-floor: cannot ${f.what}: ${why}. Give the workflow a token with \`permissions: ${f.permission}\` to enable it.`);
    }
    /** The result of `fn`, or undefined after one warning when it failed. */
    async attempt(feature, fn) {
        const f = FEATURES[feature];
        if (this.rateLimited || this.refused.has(f.permission)) {
            this.out.info(`tls-floor: skipped: ${f.what} (see the warning above)`);
            return undefined;
        }
        try {
            return await fn();
        }
        catch (e) {
            const d = describeError(e);
            if (d.rateLimited)
                this.rateLimited = true;
            if (d.forbidden)
                this.refused.add(f.permission);
            const hint = d.forbidden
                ? ` The token lacks \`permissions: ${f.permission}\` (a pull request from a fork gets a read-only token; see the README).`
                : ` It needs \`permissions: ${f.permission}\`; annotations and the job summary are unaffected.`;
            this.warn(`tls-floor: could not ${f.what}: ${d.line}.${hint}`);
            return undefined;
        }
    }
}
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** The pull request an event is about (number and head commit, checked), or undefined. */
function pullRequestOf(eventName, payload, repo) {
    if (!repo || !PULL_REQUEST_EVENTS.has(eventName))
        return undefined;
    const pr = payload?.pull_request;
    const number = pr?.number;
    const headSha = pr?.head?.sha;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0)
        return undefined;
    if (typeof headSha !== 'string' || !SHA.test(headSha))
        return undefined;
    return { owner: repo.owner, repo: repo.repo, number, headSha };
}


/***/ }),

/***/ 1730:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5257);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1379);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3916);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4813);
/* harmony import */ var _scan_worker_entry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9462);
/**
 * The action entry: binds the runner's protocol (./runner.ts, not @actions/core: see there why) to
 * runAction. What a run does not need stays unloaded: the scan, the probe, the rules and the GitHub
 * client are chunks of the bundle that the action imports when it uses them.
 */





if (_scan_worker_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_SCAN_WORKER */ .Kl) {
    // A scan worker thread (scan/workers.ts) only scans its share.
    await Promise.all(/* import() */[__nccwpck_require__.e(768), __nccwpck_require__.e(286)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3286));
}
else {
    // Inside a chunk `import.meta.url` names the chunk, which cannot be started as a worker.
    (0,_scan_worker_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .setWorkerEntry */ .HU)(import.meta.url);
    await (0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .runEntry */ .C)(async () => {
        await (0,_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)({
            getInput: (name) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(name),
            setOutput: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH(name, value),
            setFailed: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(message),
            info: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(message),
            error: (message, props) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3(message, props),
            warning: (message, props) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(message, props),
            notice: (message, props) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm(message, props),
            writeSummary: async (markdown) => {
                if (process.env.GITHUB_STEP_SUMMARY)
                    await _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .appendSummary */ .fe(markdown);
            },
            env: process.env,
        });
        return undefined; // runAction fails the step itself (setFailed sets the exit code)
    }, { exitCode: 1, report: (e) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(e)) });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ realAreas),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   XC: () => (/* binding */ outputPath),
/* harmony export */   _f: () => (/* binding */ entryAt),
/* harmony export */   im: () => (/* binding */ readConfigText),
/* harmony export */   zh: () => (/* binding */ writeOutput)
/* harmony export */ });
/* unused harmony export MAX_CONFIG_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/**
 * Paths that users give: files to write (report, SARIF, later badges) and the config file to read.
 * They are resolved the way the kernel will resolve them — after following symbolic links — and
 * must stay inside the directories their origin may use: what the repository's own config file
 * names stays in the workspace; a workflow input may also use RUNNER_TEMP; the CLI's own flags are
 * the local user's choice. Files are then written without following a link at the last component
 * and without unbounded `mkdir -p` (which loops forever under /proc).
 */



function errno(e) {
    return e.code ?? String(e);
}
/** What is at a path (not following a final link), or undefined; any other error (too long, not a directory…) is the user's. */
function entryAt(abs, key, given) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(abs, { throwIfNoEntry: false });
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: cannot use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)}: ${errno(e)}`);
    }
}
/** Whether `p` is `dir` itself or below it (both absolute and resolved). */
function isWithin(p, dir) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(dir, p);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
/** The real path of a directory that need not exist yet: realpath of its deepest existing ancestor, then the rest. */
function realDirectory(dir, key, given) {
    const missing = [];
    let at = dir;
    // Bounded by the number of components: each step goes one directory up.
    for (;;) {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(at);
            break;
        }
        catch (e) {
            if (errno(e) !== 'ENOENT')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: cannot use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)}: ${errno(e)}`);
            const up = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at);
            if (up === at)
                break;
            missing.unshift(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(at));
            at = up;
        }
    }
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(at);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: cannot use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)}: ${errno(e) === 'ENOENT' ? 'a symbolic link on the way leads nowhere' : errno(e)}`);
    }
    if (missing.length === 0 && !node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(real).isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: cannot use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)}: ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(dir)} is not a directory`);
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(real, ...missing);
}
function areaNames(reach) {
    return reach.map((a) => a.name).join(' or ');
}
/** The real directories of some areas (the ones that exist). */
function realAreas(areas) {
    return areas.flatMap((a) => {
        try {
            return [{ dir: node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(a.dir), name: a.name }];
        }
        catch {
            return [];
        }
    });
}
/**
 * Resolves a path the user gave for writing, relative to `base`. The last component is not
 * followed (the writer replaces whatever is there); every directory above it is.
 */
function outputPath(given, key, base, reach) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(base, given);
    if (given.trim() === '' || abs === node_path__WEBPACK_IMPORTED_MODULE_1__.parse(abs).root)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)} is not a file name`);
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(realDirectory(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(abs), key, given), node_path__WEBPACK_IMPORTED_MODULE_1__.basename(abs));
    if (reach !== 'anywhere' && !reach.some((a) => isWithin(file, a.dir) && file !== a.dir))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)} is outside the ${areaNames(reach)}`);
    const existing = entryAt(file, key, given);
    if (existing?.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)} is a directory`);
    return { key, given, path: file };
}
/** Most directories `writeOutput` creates above a file: bounds the loop whatever the path. */
const MAX_NEW_DIRECTORIES = 32;
/** Creates the missing directories above `file` one at a time (never a recursive mkdir). */
function makeParents(dir, out) {
    const missing = [];
    for (let at = dir; missing.length <= MAX_NEW_DIRECTORIES; at = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at)) {
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(at, { throwIfNoEntry: false }))
            break;
        missing.unshift(at);
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at) === at)
            break;
    }
    if (missing.length > MAX_NEW_DIRECTORIES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${out.key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(out.given)} needs too many new directories`);
    for (const d of missing)
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(d);
}
/**
 * Writes `content` to a checked path: the directories are made one by one, then checked to still
 * be where `outputPath` resolved them (no link swapped in), and the file is written beside its
 * destination and renamed over it, so a symbolic link, FIFO or device planted there is replaced,
 * never followed or opened.
 */
function writeOutput(out, content) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(out.path);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(out.path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
    let fd;
    try {
        makeParents(dir, out);
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(dir) !== dir)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${out.key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(out.given)} changed while tls-floor ran`);
        const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants;
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o666);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(fd, content);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
        fd = undefined;
        node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(temp, out.path);
        return out.path;
    }
    catch (e) {
        if (fd !== undefined)
            node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(temp, { force: true });
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${out.key}: cannot write ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(out.given)}: ${errno(e)}`);
    }
}
/** Largest config file read: more is not a config file, and reading it would only cost memory. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Reads a config file that must be a regular file of at most 1 MiB inside `reach` after following
 * symbolic links. A FIFO is refused without opening it for a blocking read; nothing of a file
 * outside is read or quoted. Returns undefined when there is nothing at `abs`.
 */
function readConfigText(abs, key, given, reach, maxBytes = MAX_CONFIG_BYTES) {
    if (!entryAt(abs, key, given))
        return undefined;
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(abs);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)} cannot be followed: ${errno(e) === 'ENOENT' ? 'a symbolic link that leads nowhere' : errno(e)}`);
    }
    if (reach !== 'anywhere' && !reach.some((a) => isWithin(real, a.dir)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)} leads outside the ${areaNames(reach)}`);
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd);
        if (!st.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)} is not a regular file`);
        if (st.size > maxBytes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)} is larger than ${maxBytes / 1024 ** 2} MiB`);
        const buf = Buffer.alloc(st.size);
        let n = 0;
        while (n < buf.length) {
            const r = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buf, n, buf.length - n, n);
            if (r === 0)
                break;
            n += r;
        }
        return buf.subarray(0, n).toString('utf8');
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: cannot read ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)}: ${errno(e)}`);
    }
    finally {
        if (fd !== undefined)
            node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}


/***/ }),

/***/ 1237:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c6: () => (/* binding */ fails),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   ru: () => (/* binding */ legacyVersions),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7902);

const SEVERITIES = ['error', 'warning', 'note'];
const DEFAULT_POLICY = { minVersion: 'TLSv1.2', failOn: 'error' };
/** The versions of `enabled` that the policy forbids (empty when the set is acceptable). */
function legacyVersions(enabled, policy) {
    return (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .below */ .Gz)(enabled, policy.minVersion);
}
function severityRank(s) {
    return SEVERITIES.indexOf(s);
}
/** Whether a finding of this severity fails the check under the policy. */
function fails(severity, policy) {
    return severityRank(severity) <= severityRank(policy.failOn);
}


/***/ }),

/***/ 9302:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ TLS12_ONLY_SUITES),
/* harmony export */   Cj: () => (/* binding */ SSL2_CIPHER_SPECS),
/* harmony export */   Co: () => (/* binding */ ECC_SUITE_IDS),
/* harmony export */   Fo: () => (/* binding */ cipherName),
/* harmony export */   IA: () => (/* binding */ TLS13_SUITES),
/* harmony export */   Jy: () => (/* binding */ CLASSIC_SUITES),
/* harmony export */   Q6: () => (/* binding */ alertName),
/* harmony export */   Qx: () => (/* binding */ suiteName),
/* harmony export */   RQ: () => (/* binding */ PLAIN_SUITE_IDS),
/* harmony export */   Ty: () => (/* binding */ SCSV_RENEGOTIATION),
/* harmony export */   YM: () => (/* binding */ ECC_SUITES),
/* harmony export */   hm: () => (/* binding */ TLS12_ONLY_IDS),
/* harmony export */   vy: () => (/* binding */ SSL2_ERROR_NAMES)
/* harmony export */ });
/* unused harmony export ALERT_NAMES */
const table = (rows) => rows.map(([id, name]) => ({ id, name }));
/** The renegotiation SCSV (RFC 5746). Not a cipher: some IIS versions reject hellos without it. */
const SCSV_RENEGOTIATION = 0x00ff;
/** TLS 1.3 suites (RFC 8446 §B.4). They are only valid in a TLS 1.3 hello. */
const TLS13_SUITES = table([
    [0x1301, 'TLS_AES_128_GCM_SHA256'],
    [0x1302, 'TLS_AES_256_GCM_SHA384'],
    [0x1303, 'TLS_CHACHA20_POLY1305_SHA256'],
    [0x1304, 'TLS_AES_128_CCM_SHA256'],
    [0x1305, 'TLS_AES_128_CCM_8_SHA256'],
]);
/**
 * Suites that exist only from TLS 1.2 on (AEAD ciphers and SHA-2 MACs, RFC 5246/5288/5289/6655/
 * 7905). Offering them in an older hello is pointless: a server that picked one would be broken.
 */
const TLS12_ONLY_SUITES = table([
    [0xc02c, 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'],
    [0xc030, 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'],
    [0xcca9, 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256'],
    [0xcca8, 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256'],
    [0xc02b, 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256'],
    [0xc02f, 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'],
    [0x00a3, 'TLS_DHE_DSS_WITH_AES_256_GCM_SHA384'],
    [0x009f, 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384'],
    [0xccaa, 'TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256'],
    [0x00a2, 'TLS_DHE_DSS_WITH_AES_128_GCM_SHA256'],
    [0x009e, 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256'],
    [0xc0ad, 'TLS_ECDHE_ECDSA_WITH_AES_256_CCM'],
    [0xc0ac, 'TLS_ECDHE_ECDSA_WITH_AES_128_CCM'],
    [0xc09f, 'TLS_DHE_RSA_WITH_AES_256_CCM'],
    [0xc09e, 'TLS_DHE_RSA_WITH_AES_128_CCM'],
    [0xc024, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384'],
    [0xc028, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384'],
    [0xc023, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256'],
    [0xc027, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256'],
    [0x006b, 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256'],
    [0x006a, 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA256'],
    [0x0067, 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256'],
    [0x0040, 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA256'],
    [0xc073, 'TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384'],
    [0xc077, 'TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384'],
    [0xc072, 'TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256'],
    [0xc076, 'TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256'],
    [0x00c4, 'TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256'],
    [0x00be, 'TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256'],
    [0xc02e, 'TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384'],
    [0xc032, 'TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384'],
    [0xc02d, 'TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256'],
    [0xc031, 'TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256'],
    [0xc026, 'TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384'],
    [0xc02a, 'TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384'],
    [0xc025, 'TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256'],
    [0xc029, 'TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256'],
    [0x009d, 'TLS_RSA_WITH_AES_256_GCM_SHA384'],
    [0x009c, 'TLS_RSA_WITH_AES_128_GCM_SHA256'],
    [0xc09d, 'TLS_RSA_WITH_AES_256_CCM'],
    [0xc09c, 'TLS_RSA_WITH_AES_128_CCM'],
    [0x003d, 'TLS_RSA_WITH_AES_256_CBC_SHA256'],
    [0x003c, 'TLS_RSA_WITH_AES_128_CBC_SHA256'],
    [0x00c0, 'TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256'],
    [0x00ba, 'TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256'],
    [0x003b, 'TLS_RSA_WITH_NULL_SHA256'],
]);
/**
 * Elliptic-curve suites (RFC 4492, TLS 1.0 and later). Offering any of them obliges the hello to
 * carry supported_groups and ec_point_formats, which SSLv3 hellos cannot (no extensions).
 */
const ECC_SUITES = table([
    [0xc00a, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA'],
    [0xc014, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA'],
    [0xc009, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA'],
    [0xc013, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'],
    [0xc008, 'TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA'],
    [0xc012, 'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA'],
    [0xc007, 'TLS_ECDHE_ECDSA_WITH_RC4_128_SHA'],
    [0xc011, 'TLS_ECDHE_RSA_WITH_RC4_128_SHA'],
    [0xc006, 'TLS_ECDHE_ECDSA_WITH_NULL_SHA'],
    [0xc010, 'TLS_ECDHE_RSA_WITH_NULL_SHA'],
    [0xc005, 'TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA'],
    [0xc00f, 'TLS_ECDH_RSA_WITH_AES_256_CBC_SHA'],
    [0xc004, 'TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA'],
    [0xc00e, 'TLS_ECDH_RSA_WITH_AES_128_CBC_SHA'],
    [0xc003, 'TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA'],
    [0xc00d, 'TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA'],
    [0xc002, 'TLS_ECDH_ECDSA_WITH_RC4_128_SHA'],
    [0xc00c, 'TLS_ECDH_RSA_WITH_RC4_128_SHA'],
    [0xc001, 'TLS_ECDH_ECDSA_WITH_NULL_SHA'],
    [0xc00b, 'TLS_ECDH_RSA_WITH_NULL_SHA'],
    [0xc019, 'TLS_ECDH_anon_WITH_AES_256_CBC_SHA'],
    [0xc018, 'TLS_ECDH_anon_WITH_AES_128_CBC_SHA'],
    [0xc017, 'TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA'],
    [0xc016, 'TLS_ECDH_anon_WITH_RC4_128_SHA'],
    [0xc015, 'TLS_ECDH_anon_WITH_NULL_SHA'],
]);
/**
 * Suites defined for SSLv3 / TLS 1.0 without ECC: RSA, DHE, fixed DH and anonymous DH key
 * exchange with AES-CBC, CAMELLIA, SEED, IDEA, 3DES, DES, RC4, RC2, export-grade and NULL
 * ciphers. Old servers that only have these must still be seen accepting their version.
 */
const CLASSIC_SUITES = table([
    [0x0039, 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA'],
    [0x0038, 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA'],
    [0x0088, 'TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA'],
    [0x0087, 'TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA'],
    [0x0033, 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA'],
    [0x0032, 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA'],
    [0x0045, 'TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA'],
    [0x0044, 'TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA'],
    [0x009a, 'TLS_DHE_RSA_WITH_SEED_CBC_SHA'],
    [0x0099, 'TLS_DHE_DSS_WITH_SEED_CBC_SHA'],
    [0x0016, 'TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA'],
    [0x0013, 'TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA'],
    [0x0035, 'TLS_RSA_WITH_AES_256_CBC_SHA'],
    [0x0084, 'TLS_RSA_WITH_CAMELLIA_256_CBC_SHA'],
    [0x002f, 'TLS_RSA_WITH_AES_128_CBC_SHA'],
    [0x0041, 'TLS_RSA_WITH_CAMELLIA_128_CBC_SHA'],
    [0x0096, 'TLS_RSA_WITH_SEED_CBC_SHA'],
    [0x0007, 'TLS_RSA_WITH_IDEA_CBC_SHA'],
    [0x000a, 'TLS_RSA_WITH_3DES_EDE_CBC_SHA'],
    [0x0005, 'TLS_RSA_WITH_RC4_128_SHA'],
    [0x0004, 'TLS_RSA_WITH_RC4_128_MD5'],
    [0x0015, 'TLS_DHE_RSA_WITH_DES_CBC_SHA'],
    [0x0012, 'TLS_DHE_DSS_WITH_DES_CBC_SHA'],
    [0x0009, 'TLS_RSA_WITH_DES_CBC_SHA'],
    [0x0064, 'TLS_RSA_EXPORT1024_WITH_RC4_56_SHA'],
    [0x0062, 'TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA'],
    [0x0014, 'TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA'],
    [0x0011, 'TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA'],
    [0x0008, 'TLS_RSA_EXPORT_WITH_DES40_CBC_SHA'],
    [0x0006, 'TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5'],
    [0x0003, 'TLS_RSA_EXPORT_WITH_RC4_40_MD5'],
    [0x0037, 'TLS_DH_RSA_WITH_AES_256_CBC_SHA'],
    [0x0036, 'TLS_DH_DSS_WITH_AES_256_CBC_SHA'],
    [0x0031, 'TLS_DH_RSA_WITH_AES_128_CBC_SHA'],
    [0x0030, 'TLS_DH_DSS_WITH_AES_128_CBC_SHA'],
    [0x0010, 'TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA'],
    [0x000d, 'TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA'],
    [0x000f, 'TLS_DH_RSA_WITH_DES_CBC_SHA'],
    [0x000c, 'TLS_DH_DSS_WITH_DES_CBC_SHA'],
    [0x000e, 'TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA'],
    [0x000b, 'TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA'],
    [0x003a, 'TLS_DH_anon_WITH_AES_256_CBC_SHA'],
    [0x0089, 'TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA'],
    [0x0034, 'TLS_DH_anon_WITH_AES_128_CBC_SHA'],
    [0x0046, 'TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA'],
    [0x001b, 'TLS_DH_anon_WITH_3DES_EDE_CBC_SHA'],
    [0x0018, 'TLS_DH_anon_WITH_RC4_128_MD5'],
    [0x001a, 'TLS_DH_anon_WITH_DES_CBC_SHA'],
    [0x0019, 'TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA'],
    [0x0017, 'TLS_DH_anon_EXPORT_WITH_RC4_40_MD5'],
    [0x0002, 'TLS_RSA_WITH_NULL_SHA'],
    [0x0001, 'TLS_RSA_WITH_NULL_MD5'],
]);
/**
 * The retry list: what a mainstream client of the last fifteen years offers. Used for the small
 * "plain" hello that tells a server that chokes on big hellos apart from one that refuses the
 * version. Filtered per version like the big list.
 */
const PLAIN_SUITE_IDS = [
    0xc02b, 0xc02f, 0xc02c, 0xc030, 0x009c, 0x009d, 0xc009, 0xc013, 0xc00a, 0xc014, 0x0033, 0x0039, 0x002f, 0x0035, 0x000a, 0x0005,
];
/** Every suite name we know, for messages ("server chose 0xC0FF (…) which we never offered"). */
const NAMES = new Map([...TLS13_SUITES, ...TLS12_ONLY_SUITES, ...ECC_SUITES, ...CLASSIC_SUITES].map((s) => [s.id, s.name]));
NAMES.set(SCSV_RENEGOTIATION, 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV');
function suiteName(id) {
    return NAMES.get(id) ?? `0x${id.toString(16).padStart(4, '0').toUpperCase()}`;
}
/** SSLv2 cipher specs (3 bytes each, SSLv2 draft §C.4), as 24-bit numbers. */
const SSL2_CIPHER_SPECS = table([
    [0x010080, 'SSL_CK_RC4_128_WITH_MD5'],
    [0x020080, 'SSL_CK_RC4_128_EXPORT40_WITH_MD5'],
    [0x030080, 'SSL_CK_RC2_128_CBC_WITH_MD5'],
    [0x040080, 'SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5'],
    [0x050080, 'SSL_CK_IDEA_128_CBC_WITH_MD5'],
    [0x060040, 'SSL_CK_DES_64_CBC_WITH_MD5'],
    [0x0700c0, 'SSL_CK_DES_192_EDE3_CBC_WITH_MD5'],
]);
const SSL2_NAMES = new Map(SSL2_CIPHER_SPECS.map((s) => [s.id, s.name]));
/** The IANA name of the suite a server chose at `version` (SSLv2: the 24-bit cipher spec's name). */
function cipherName(version, id) {
    if (version !== 'SSLv2')
        return suiteName(id);
    return SSL2_NAMES.get(id) ?? `0x${id.toString(16).padStart(6, '0').toUpperCase()}`;
}
const ECC_SUITE_IDS = new Set(ECC_SUITES.map((s) => s.id).concat(TLS12_ONLY_SUITES.filter((s) => s.name.includes('_ECDH')).map((s) => s.id)));
const TLS12_ONLY_IDS = new Set(TLS12_ONLY_SUITES.map((s) => s.id));
/** Alert descriptions: RFC 8446 §6 plus the ones earlier versions defined (marked legacy). */
const ALERT_NAMES = {
    0: 'close_notify',
    10: 'unexpected_message',
    20: 'bad_record_mac',
    21: 'decryption_failed', // legacy (TLS 1.0)
    22: 'record_overflow',
    30: 'decompression_failure', // legacy (SSLv3–TLS 1.2)
    40: 'handshake_failure',
    41: 'no_certificate', // legacy (SSLv3)
    42: 'bad_certificate',
    43: 'unsupported_certificate',
    44: 'certificate_revoked',
    45: 'certificate_expired',
    46: 'certificate_unknown',
    47: 'illegal_parameter',
    48: 'unknown_ca',
    49: 'access_denied',
    50: 'decode_error',
    51: 'decrypt_error',
    60: 'export_restriction', // legacy (TLS 1.0)
    70: 'protocol_version',
    71: 'insufficient_security',
    80: 'internal_error',
    86: 'inappropriate_fallback',
    90: 'user_canceled',
    100: 'no_renegotiation', // legacy (TLS 1.0–1.2)
    109: 'missing_extension',
    110: 'unsupported_extension',
    111: 'certificate_unobtainable', // legacy (RFC 6066)
    112: 'unrecognized_name',
    113: 'bad_certificate_status_response',
    114: 'bad_certificate_hash_value', // legacy (RFC 6066)
    115: 'unknown_psk_identity',
    116: 'certificate_required',
    120: 'no_application_protocol',
    121: 'ech_required',
};
function alertName(description) {
    return ALERT_NAMES[description] ?? `unknown_alert_${description}`;
}
/** SSLv2 ERROR message codes (SSLv2 draft §C.6). */
const SSL2_ERROR_NAMES = {
    0x0001: 'SSLv2 NO-CIPHER-ERROR',
    0x0002: 'SSLv2 NO-CERTIFICATE-ERROR',
    0x0004: 'SSLv2 BAD-CERTIFICATE-ERROR',
    0x0006: 'SSLv2 UNSUPPORTED-CERTIFICATE-TYPE-ERROR',
};


/***/ }),

/***/ 1239:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ endsInNumber),
/* harmony export */   c: () => (/* binding */ dottedQuad)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/**
 * IPv4 addresses written the ways URL parsers and inet_aton(3) accept besides the dotted quad:
 * `127.1`, `127.0.1`, `2130706433`, `0x7f.0.0.1`, `0177.0.0.1`. A resolver turns them into an
 * address without asking DNS, so they are addresses, never names: they must not go into SNI
 * (RFC 6066 §3 forbids IP literals there) and are shown and connected to as the dotted quad.
 */

/**
 * Whether `host` ends in a number (the WHATWG URL "ends in a number" check): such a host is read
 * as an IPv4 address by URL parsers, and is never a DNS name (no top-level domain is numeric).
 */
function endsInNumber(host) {
    const labels = host.split('.');
    if (labels.length > 1 && labels.at(-1) === '')
        labels.pop();
    const last = labels.at(-1) ?? '';
    return /^\d+$/.test(last) || /^0x[0-9a-f]*$/i.test(last);
}
/**
 * The dotted quad for an IPv4 address in any of the accepted forms (a dotted quad stays as it
 * is), or undefined when `host` is not one (`1.2.3.999`, `4294967296`, a name). The WHATWG URL
 * parser Node ships is the reference: `new URL('https://127.1').hostname` is `127.0.0.1`.
 */
function dottedQuad(host) {
    if (!/^[0-9a-fx.]+$/i.test(host) || !endsInNumber(host))
        return undefined;
    try {
        const parsed = new URL(`http://${host}/`).hostname;
        return (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(parsed) === 4 ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 2505:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ DEFAULT_PER_HOST_CONCURRENCY),
/* harmony export */   c: () => (/* binding */ scheduler)
/* harmony export */ });
/**
 * Who gets the next connection: at most `global` attempts at once over everything and at most
 * `perHost` at once per address, and when a slot frees up the addresses take turns
 * (round-robin) instead of the oldest attempt going first. A FIFO over all attempts lets one
 * slow host with many endpoints fill every slot and hold back every other host; a per-address
 * cap keeps a server that serves one connection at a time busy without hammering it.
 */
/** Connections at once to one address unless the settings say otherwise. */
const DEFAULT_PER_HOST_CONCURRENCY = 6;
function scheduler(opts) {
    let limit = Math.max(1, opts.global);
    const perHost = Math.max(1, opts.perHost);
    let running = 0;
    const hosts = new Map();
    /** Addresses with attempts waiting, in turn order; an address is in it at most once. */
    const turns = [];
    const pump = () => {
        while (running < limit && turns.length > 0) {
            // The first address in turn order that is under its own cap; the ones at their cap keep
            // their place in line.
            const i = turns.findIndex((key) => hosts.get(key).running < perHost);
            if (i < 0)
                return;
            const key = turns.splice(i, 1)[0];
            const host = hosts.get(key);
            const start = host.waiting.shift();
            // Back of the line: every other address with work waiting goes before its next attempt.
            if (host.waiting.length > 0)
                turns.push(key);
            host.running++;
            running++;
            start();
        }
    };
    return {
        async run(key, task) {
            let host = hosts.get(key);
            if (!host)
                hosts.set(key, (host = { running: 0, waiting: [] }));
            const h = host;
            await new Promise((resolve) => {
                if (h.waiting.length === 0)
                    turns.push(key);
                h.waiting.push(resolve);
                pump();
            });
            try {
                return await task();
            }
            finally {
                h.running--;
                running--;
                if (h.running === 0 && h.waiting.length === 0)
                    hosts.delete(key);
                pump();
            }
        },
        lower(to) {
            limit = Math.max(1, Math.min(limit, to));
        },
        get limit() {
            return limit;
        },
        get running() {
            return running;
        },
    };
}


/***/ }),

/***/ 6063:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ readReportSource),
/* harmony export */   S7: () => (/* binding */ readRequiredReport)
/* harmony export */ });
/* unused harmony exports MAX_REPORT_BYTES, parseReport, readReport */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8431);
/**
 * Reading reports that earlier runs wrote (`previous-report`, the shard reports of `merge`): a
 * regular file of bounded size inside the places the setting may read, parsed and checked to be a
 * tls-floor report. Every failure is one line naming the file.
 */


/** Reports of 100,000 findings stay well below this; a larger file is not one of ours. */
const MAX_REPORT_BYTES = 256 * 1024 ** 2;
function isReport(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    const r = v;
    const tool = r.tool;
    return (typeof tool?.name === 'string' &&
        typeof tool.version === 'string' &&
        Array.isArray(r.findings) &&
        Array.isArray(r.suppressed) &&
        Array.isArray(r.endpoints) &&
        Array.isArray(r.errors) &&
        typeof r.stats === 'object' &&
        r.stats !== null);
}
/** Parses a report's text; `given` names it in errors. */
function parseReport(text, key, given) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(given)} is not JSON: ${e.message.split('\n')[0]}`);
    }
    if (!isReport(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(given)} is not a tls-floor JSON report`);
    return value;
}
/** Reads a report; undefined when nothing is there (the first night has no previous report). */
function readReport(abs, key, given, reach) {
    const text = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .readConfigText */ .im)(abs, key, given, reach, MAX_REPORT_BYTES);
    return text === undefined ? undefined : parseReport(text, key, given);
}
function readReportSource(source) {
    return readReport(source.path, source.key, source.given, source.reach);
}
/** Like readReport, for files that must be there (the reports to merge). */
function readRequiredReport(abs, key, given, reach) {
    if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .entryAt */ ._f)(abs, key, given))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(given)} does not exist`);
    const report = readReport(abs, key, given, reach);
    if (!report)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(given)} does not exist`);
    return report;
}


/***/ }),

/***/ 4231:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ commentWanted),
/* harmony export */   JO: () => (/* binding */ COMMENT_MARKER),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   jw: () => (/* binding */ formatComment),
/* harmony export */   tv: () => (/* binding */ jobKey)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT, codeCell, linkTarget */
/* harmony import */ var _diff_mark_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9349);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4285);
/* harmony import */ var _matrix_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3677);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4400);
/**
 * The sticky pull request comment, as Markdown: a verdict line, the new findings (file:line linked
 * to the head commit, rule, versions, the fix), the endpoint matrix when endpoints were probed, the
 * count of pre-existing findings, details collapsed. Pure: report in, text out. Everything that
 * comes from the repository is escaped; the text stays under GitHub's comment limit.
 */




/** Finds the comment again on re-runs; it opens the body, so a quote of it elsewhere is not ours. */
const COMMENT_MARKER = '<!-- tls-floor:comment -->';
/**
 * The marker of one job's comment. Two jobs that run tls-floor on the same pull request (a scan
 * job and a probe job, two workflows) each keep their own comment instead of overwriting each
 * other's on every run. The key is the job's identity (workflow file and job id, see jobKey), cut
 * to characters that cannot end the HTML comment.
 */
function commentMarker(job) {
    if (!job)
        return COMMENT_MARKER;
    return `<!-- tls-floor:comment ${job.replace(/[^\w./:@#-]/g, '_').slice(0, 200)} -->`;
}
/** `.github/workflows/x.yml:job`, from the runner's environment; undefined outside a workflow run. */
function jobKey(env) {
    const job = env.GITHUB_JOB;
    if (!job)
        return undefined;
    // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/x.yml@refs/… — the file, without the ref
    // (which differs between a pull request's merge ref and its base) and without the repository.
    const file = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1] ?? env.GITHUB_WORKFLOW ?? '';
    return file ? `${file}:${job}` : job;
}
/** GitHub rejects issue comments longer than this (characters). */
const COMMENT_LIMIT = 65_536;
/** Room kept for everything after the tables (notes, footer). */
const RESERVE = 4_096;
/** Text as a code span inside a table cell: one line, pipes escaped, a fence longer than any backtick run. */
function codeCell(s) {
    const t = s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
/** A URL that cannot end a Markdown link early or start another: parentheses, spaces and angle brackets encoded. */
function linkTarget(url) {
    return url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function location(f, link) {
    const where = `${f.file}:${f.line}`;
    const url = link?.(f.file, f.line);
    return url ? `[${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCell */ .c)(where).replace(/[[\]]/g, '\\$&')}](${linkTarget(url)})` : codeCell(where);
}
function row(f, link, fixed) {
    const line = f.fix && fixed?.(f);
    const fix = !f.fix
        ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCell */ .c)(f.message.replace(/^.*; use /, 'use '))
        : line
            ? codeCell(line.trim())
            : `replace with ${codeCell(f.fix.replacement)}`;
    return `| ${location(f, link)} | ${codeCell(f.ruleId)} | ${f.versions.join(', ')} | ${fix} |`;
}
/** Rows until the budget is spent; the rest are counted. */
function rows(findings, options, budget) {
    let text = '';
    let i = 0;
    for (; i < findings.length; i++) {
        const r = `${row(findings[i], options.link, options.fixed)}\n`;
        if (text.length + r.length > budget)
            break;
        text += r;
    }
    return { text, omitted: findings.length - i };
}
const TABLE_HEAD = '| Location | Rule | Legacy | Fix |\n|---|---|---|---|\n';
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
function formatComment(report, options = {}) {
    const { new: fresh, preexisting } = (0,_diff_mark_js__WEBPACK_IMPORTED_MODULE_3__/* .splitByNew */ .Kg)(report.findings);
    const failed = report.verdict === 'fail';
    const verdict = failed
        ? `### ❌ tls-floor: ${(0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl)(report)}`
        : `### ✅ tls-floor: ${fresh.length ? (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl)(report) : `no new legacy TLS — ${(0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl)(report)}`}`;
    let text = `${commentMarker(options.job)}\n${verdict}\n\n`;
    if (fresh.length) {
        text += `**${plural(fresh.length, 'new finding')}** on lines this pull request changes:\n\n`;
        const t = rows(fresh, options, COMMENT_LIMIT - RESERVE - text.length - TABLE_HEAD.length);
        text += TABLE_HEAD + t.text;
        if (t.omitted)
            text += `\n_${plural(t.omitted, 'more new finding')} not listed here (comment size limit): see the job summary._\n`;
        if (options.suggestions)
            text += `\n${plural(options.suggestions, 'suggested fix', 'suggested fixes')} in a review on this pull request: one click each.\n`;
    }
    else {
        text += failed ? 'No new findings in the changed lines.\n' : 'Nothing this pull request changes enables a legacy TLS version.\n';
    }
    if (report.endpoints.length) {
        const matrix = (0,_matrix_js__WEBPACK_IMPORTED_MODULE_0__/* .matrixMarkdown */ .zP)(report.endpoints);
        if (text.length + matrix.length + RESERVE < COMMENT_LIMIT) {
            const open = report.endpoints.some((e) => e.status !== 'pass') ? ' open' : '';
            text += `\n<details${open}><summary>Endpoints (${report.endpoints.length} probed)</summary>\n\n${matrix}\n\n</details>\n`;
        }
        else {
            text += `\n_${plural(report.endpoints.length, 'endpoint')} probed: the matrix is in the job summary._\n`;
        }
    }
    if (preexisting.length) {
        const scope = report.diff?.failScope === 'new' ? 'not judged here (fail-scope: new)' : 'judged too (fail-scope: all)';
        text += `\n<details><summary>${plural(preexisting.length, 'pre-existing finding')} on lines this pull request does not change: ${scope}</summary>\n\n`;
        const t = rows(preexisting, options, COMMENT_LIMIT - RESERVE / 2 - text.length - TABLE_HEAD.length);
        text += TABLE_HEAD + t.text;
        if (t.omitted)
            text += `\n_${t.omitted} more in the job summary._\n`;
        text += '\n</details>\n';
    }
    if (report.suppressed.length)
        text += `\n${plural(report.suppressed.length, 'finding')} suppressed in the source (\`tls-floor-ignore\`).\n`;
    const footer = [
        options.headSha ? `commit ${options.headSha.slice(0, 12)}` : '',
        options.runUrl ? `[workflow run](${options.runUrl})` : '',
        options.job ? `job ${codeCell(options.job)}` : '',
    ]
        .filter(Boolean)
        .join(' · ');
    text += `\n<sub>Updated by tls-floor on every run${footer ? ` · ${footer}` : ''}.</sub>\n`;
    // The tables are budgeted above; this only guards against a pathological matrix or notes.
    return text.length > COMMENT_LIMIT ? `${text.slice(0, COMMENT_LIMIT - 200)}\n\n_(truncated: see the job summary)_\n` : text;
}
/** Whether a pull request needs a comment at all: one exists already, or there is something new to say. */
function commentWanted(report, exists) {
    return exists || report.verdict === 'fail' || (0,_diff_mark_js__WEBPACK_IMPORTED_MODULE_3__/* .splitByNew */ .Kg)(report.findings).new.length > 0;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ mdText),
/* harmony export */   c: () => (/* binding */ mdCell)
/* harmony export */ });
/**
 * Markdown escaping. Two kinds of text end up in Markdown: our own (rule titles, input
 * descriptions: they may use Markdown on purpose) and text from files, endpoints or servers
 * (file names, snippets, messages that quote them, endpoint names, server replies): that text is
 * hostile input on a pull request and must stay inert.
 */
/** Line breaks, other control characters and the Unicode line/paragraph separators. */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/** Bidirectional overrides and isolates: they make text read differently from what it is. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
/**
 * Everything that starts Markdown or HTML inline: links and images (`[`, `]`, `!`; without a
 * bracket a parenthesis means nothing), raw HTML and autolinks (`<`, `>`), entities (`&`),
 * emphasis and strikethrough (`*`, `_`, `~`), code spans (`` ` ``), table cells (`|`), math
 * (`$`), and the escape character itself.
 */
const SPECIAL = /[\\`*_[\]<>|~&!$]/g;
/**
 * Untrusted text made inert in GitHub Markdown, in a table cell or on one line: one line; every
 * character with a meaning backslash-escaped; bare `http://…` and `www.…` not turned into links.
 */
function mdText(s) {
    return s
        .replace(BREAKS, ' ')
        .replace(BIDI, '\ufffd')
        .replace(SPECIAL, '\\$&')
        .replace(/:\/\//g, '\\://')
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`)
        .trim();
}
/** Our own text (which may use Markdown) made safe for one table cell: one line, pipes escaped, no raw HTML. */
function mdCell(s) {
    return s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').trim();
}


/***/ }),

/***/ 3677:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ matrixMarkdownParts),
/* harmony export */   md: () => (/* binding */ endpointLabel),
/* harmony export */   zP: () => (/* binding */ matrixMarkdown)
/* harmony export */ });
/* unused harmony exports CELL, LEGEND, HEADERS, cell, verdictText, matrixRows, matrixText */
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7902);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4285);



const CELL = { accepted: '✓', refused: '✗', timeout: '?', anomaly: '!', error: '-' };
const LEGEND = '✓ accepted  ✗ refused  ? no answer (inconclusive)  ! unexpected reply  - not checked (error)';
const HEADERS = ['SSLv2', 'SSLv3', 'TLS1.0', 'TLS1.1', 'TLS1.2', 'TLS1.3'];
function cell(o) {
    if (!o)
        return CELL.error;
    switch (o.kind) {
        case 'accepted':
            return CELL.accepted;
        case 'rejected':
        case 'closed':
            return CELL.refused;
        case 'timeout':
            return CELL.timeout;
        case 'anomaly':
        case 'not-tls':
            return CELL.anomaly;
        default:
            return CELL.error;
    }
}
function endpointLabel(e) {
    const base = e.name ? `${e.name} (${e.target})` : e.target;
    return e.starttls && !/^[a-z]+:\/\//.test(e.target) ? `${base} [${e.starttls}]` : base;
}
function verdictText(e) {
    switch (e.status) {
        case 'legacy':
            return `FAIL: accepts ${e.legacy.join(', ')}`;
        case 'no-modern':
            return 'FAIL: nothing at or above the floor';
        case 'unchecked':
            return `UNCHECKED: ${e.error?.message ?? e.addresses.find((a) => a.error)?.error?.message ?? `${e.inconclusive.join(', ')} undecided`}`;
        default:
            return 'pass';
    }
}
function matrixRows(endpoints) {
    const rows = [];
    for (const e of endpoints) {
        const verdict = verdictText(e);
        if (e.addresses.length === 0) {
            rows.push({ endpoint: endpointLabel(e), address: '-', cells: _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSIONS */ .S8.map(() => CELL.error), verdict });
            continue;
        }
        e.addresses.forEach((a, i) => {
            rows.push({
                endpoint: i === 0 ? endpointLabel(e) : '',
                address: a.address,
                cells: _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSIONS */ .S8.map((v) => cell(a.results.find((r) => r.version === v)?.outcome)),
                verdict: i === 0 ? verdict : '',
            });
        });
    }
    return rows;
}
/** A plain-text table whose columns line up (terminal output). */
function matrixText(endpoints) {
    const rows = matrixRows(endpoints).map((r) => ({
        ...r,
        endpoint: printable(r.endpoint),
        address: printable(r.address),
        verdict: printable(r.verdict),
    }));
    const w0 = Math.max('Endpoint'.length, ...rows.map((r) => r.endpoint.length));
    const w1 = Math.max('Address'.length, ...rows.map((r) => r.address.length));
    const line = (a, b, cells, v) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${cells.map((c, i) => c.padEnd(HEADERS[i].length)).join(' ')}  ${v}`.trimEnd();
    return [
        line('Endpoint', 'Address', HEADERS, 'Verdict'),
        ...rows.map((r) => line(r.endpoint, r.address, r.cells, r.verdict)),
        '',
        LEGEND,
        ...notesOf(endpoints).map((n) => `note: ${printable(n)}`),
    ].join('\n');
}
function notesOf(endpoints) {
    return endpoints.flatMap((e) => e.notes.map((n) => `${endpointLabel(e)}: ${n}`));
}
/**
 * The same table in Markdown (job summary). Endpoint names and targets, addresses, verdicts (which
 * carry server and resolver messages) and notes are all escaped: they come from the config file
 * and from servers.
 */
function matrixMarkdownParts(endpoints) {
    return {
        head: `| Endpoint | Address | ${HEADERS.join(' | ')} | Verdict |\n|---|---|${HEADERS.map(() => ':-:').join('|')}|---|`,
        rows: matrixRows(endpoints).map((r) => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .b)(r.endpoint)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .b)(r.address)} | ${r.cells.join(' | ')} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .b)(r.verdict)} |`),
        legend: `_${LEGEND}_`,
        notes: notesOf(endpoints).map((n) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .b)(n)}`),
    };
}
function matrixMarkdown(endpoints) {
    const m = matrixMarkdownParts(endpoints);
    return [m.head, ...m.rows, '', m.legend, ...m.notes.map((n) => `\n${n}`)].join('\n');
}


/***/ }),

/***/ 4400:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Wh: () => (/* binding */ EMPTY_STATS),
  FK: () => (/* binding */ buildReport),
  qA: () => (/* binding */ contextTag),
  Jr: () => (/* binding */ failing),
  Pl: () => (/* binding */ headline),
  S4: () => (/* binding */ report_judge),
  KD: () => (/* binding */ judgedEndpoints),
  II: () => (/* binding */ judgedFindings),
  aB: () => (/* binding */ toJson)
});

// UNUSED EXPORTS: endpointReport, legacyFound

// EXTERNAL MODULE: ./src/diff/mark.ts
var mark = __nccwpck_require__(9349);
// EXTERNAL MODULE: ./src/policy.ts
var src_policy = __nccwpck_require__(1237);
// EXTERNAL MODULE: ./src/probe/ciphers.ts
var ciphers = __nccwpck_require__(9302);
// EXTERNAL MODULE: ./src/versions.ts
var versions = __nccwpck_require__(7902);
;// CONCATENATED MODULE: ./src/probe/verdict.ts

/** Closed-without-a-word on a version above one the address accepts: the server is version-intolerant. */
function notesFor(r) {
    const notes = [];
    for (const a of r.addresses) {
        const lowestAccepted = versions/* VERSIONS */.S8.findIndex((v) => a.accepted.includes(v));
        for (const x of a.results) {
            if (x.outcome.kind === 'closed' && lowestAccepted >= 0 && versions/* VERSIONS */.S8.indexOf(x.version) > lowestAccepted) {
                notes.push(`${a.address}: a ${x.version} hello is answered by closing the connection while ${versions/* VERSIONS */.S8[lowestAccepted]} works (version intolerance)`);
            }
            if (x.outcome.kind === 'anomaly')
                notes.push(`${a.address}: ${x.version}: ${x.outcome.detail}`);
            if (x.retried)
                notes.push(`${a.address}: ${x.version} was accepted only by the small retry hello (the server rejects large hellos)`);
        }
    }
    return notes;
}
function decided(o) {
    return o.kind === 'accepted' || o.kind === 'rejected' || o.kind === 'closed';
}
function judgeEndpoint(r, policy) {
    const v = judge(r, policy);
    return { ...v, notes: notesFor(r) };
}
function judge(r, policy) {
    const legacy = (0,versions/* toList */.st)((0,versions/* below */.Gz)((0,versions/* setOf */.s4)(...r.accepted), policy.minVersion));
    const floorIndex = versions/* VERSIONS */.S8.indexOf(policy.minVersion);
    const legacyVersions = versions/* VERSIONS */.S8.slice(0, floorIndex);
    const inconclusive = legacyVersions.filter((v) => !legacy.includes(v) &&
        (r.addresses.length === 0 ||
            r.addresses.some((a) => {
                const x = a.results.find((y) => y.version === v);
                return a.error !== null || x === undefined || !decided(x.outcome);
            })));
    const name = r.endpoint.name ?? r.endpoint.target;
    if (legacy.length) {
        const where = r.addresses.filter((a) => a.accepted.some((v) => legacy.includes(v))).map((a) => a.address);
        const noModern = !r.accepted.some((v) => versions/* VERSIONS */.S8.indexOf(v) >= floorIndex) ? `, and nothing at or above ${policy.minVersion}` : '';
        return {
            status: 'legacy',
            legacy,
            inconclusive,
            message: `${name} accepts ${legacy.join(', ')} (${where.join(', ')})${noModern}; the floor is ${policy.minVersion}`,
        };
    }
    if (r.error || inconclusive.length) {
        const why = r.error?.message ??
            r.addresses.find((a) => a.error)?.error?.message ??
            `${inconclusive.join(', ')} could not be decided (no answer or an unexpected reply)`;
        return { status: 'unchecked', legacy, inconclusive, message: `${name} could not be checked: ${why}` };
    }
    const modern = r.accepted.filter((v) => versions/* VERSIONS */.S8.indexOf(v) >= floorIndex);
    if (modern.length === 0) {
        return {
            status: 'no-modern',
            legacy,
            inconclusive,
            message: `${name} accepts no version at or above ${policy.minVersion}: clients that require it cannot connect`,
        };
    }
    return { status: 'pass', legacy, inconclusive, message: `${name} accepts ${r.accepted.join(', ')}` };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/report/report.ts
/**
 * The report: everything the reporters need, as plain data. Its JSON form is the contract in
 * shared/design.md and schema/report.schema.json.
 */






/** `cipher` stays the number (fields are added, never renamed); `cipherName` is its IANA name. */
function addressReport(a) {
    return {
        ...a,
        results: a.results.map((x) => x.outcome.kind === 'accepted' && x.outcome.cipher !== undefined
            ? { ...x, outcome: { ...x.outcome, cipherName: (0,ciphers/* cipherName */.Fo)(x.outcome.serverVersion, x.outcome.cipher) } }
            : x),
    };
}
/** ` (test)` after a rule id when the finding was judged outside first-party code; '' otherwise. */
function contextTag(f) {
    return f.context && f.context !== 'first-party' ? ` (${f.context})` : '';
}
function failing(findings, policy) {
    return findings.filter((f) => (0,src_policy/* fails */.c6)(f.severity, policy));
}
const EMPTY_STATS = {
    files: 0,
    read: 0,
    skipped: { binary: 0, tooLarge: 0, documentation: 0, excluded: 0, unreadable: 0, outsideLinks: 0, special: 0 },
    omittedFindings: 0,
    rules: 0,
    milliseconds: 0,
};
function endpointReport(r, policy) {
    const v = judgeEndpoint(r, policy);
    const e = r.endpoint;
    return {
        target: e.target,
        ...(e.name ? { name: e.name } : {}),
        host: e.host,
        port: e.port,
        starttls: e.starttls,
        ...(e.sni ? { sni: e.sni } : {}),
        ...(e.source ? { source: e.source } : {}),
        addresses: r.addresses.map(addressReport),
        accepted: r.accepted,
        error: r.error,
        status: v.status,
        legacy: v.legacy,
        inconclusive: v.inconclusive,
        message: v.message,
        notes: v.notes,
    };
}
/** What decides the verdict: with fail-scope new and a diff, only what is new. */
function inScope(items, failScope) {
    return failScope === 'new' ? items.filter(mark/* isNew */.BS) : items;
}
/** The findings that decide the report's verdict. */
function judgedFindings(report) {
    return inScope(report.findings, report.diff?.failScope);
}
/** The endpoints that decide the report's verdict. */
function judgedEndpoints(report) {
    return inScope(report.endpoints, report.diff?.failScope);
}
function report_judge(input) {
    const bad = failing(inScope(input.findings, input.failScope), input.policy);
    const judged = inScope(input.endpoints, input.failScope);
    let union = 0;
    for (const f of bad)
        union |= (0,versions/* setOf */.s4)(...f.versions);
    for (const e of judged)
        union |= (0,versions/* setOf */.s4)(...e.legacy);
    const badEndpoints = judged.filter((e) => e.status === 'legacy' || e.status === 'no-modern');
    const uncheckedBecause = [];
    if ((input.failOnUnreachable ?? true) && judged.some((e) => e.status === 'unchecked'))
        uncheckedBecause.push('unreachable-endpoints');
    if ((input.failOnUnreadable ?? true) && input.errors.length > 0)
        uncheckedBecause.push('unreadable-files');
    const unchecked = uncheckedBecause.length > 0;
    return {
        verdict: bad.length > 0 || badEndpoints.length > 0 || unchecked ? 'fail' : 'pass',
        legacyVersions: (0,versions/* toList */.st)(union),
        unchecked,
        uncheckedBecause,
    };
}
function buildReport(input) {
    const { policy } = input;
    const scan = input.scan ?? { findings: [], suppressed: [], stats: EMPTY_STATS, errors: [] };
    const { diff } = input;
    const mode = input.filterMode ?? 'added';
    // Without a diff everything is new, so the scope makes no difference.
    const scope = diff ? (input.failScope ?? 'all') : undefined;
    const findings = (0,mark/* markFindings */.sQ)(scan.findings, diff, mode);
    const endpoints = (input.endpoints ?? []).map((r) => {
        const report = endpointReport(r, policy);
        const declaredNew = (0,mark/* endpointIsNew */.KJ)(r.endpoint.source, diff, mode);
        return declaredNew === undefined ? report : { ...report, new: declaredNew };
    });
    const judged = report_judge({
        findings,
        endpoints,
        errors: scan.errors,
        policy,
        failScope: scope,
        failOnUnreachable: input.failOnUnreachable,
        failOnUnreadable: input.failOnUnreadable,
    });
    const fresh = findings.filter(mark/* isNew */.BS).length;
    const diffReport = diff && {
        base: diff.base,
        head: diff.head,
        source: diff.source,
        ...(diff.worktree ? { worktree: true } : {}),
        mode,
        failScope: input.failScope ?? 'all',
        new: fresh,
        preexisting: findings.length - fresh,
    };
    return {
        tool: { name: version/* TOOL_NAME */.lH, version: version/* TOOL_VERSION */.wr },
        minVersion: policy.minVersion,
        failOn: policy.failOn,
        verdict: judged.verdict,
        legacyVersions: judged.legacyVersions,
        findings,
        suppressed: scan.suppressed,
        endpoints,
        unchecked: judged.unchecked,
        uncheckedBecause: judged.uncheckedBecause,
        stats: scan.stats,
        errors: scan.errors,
        ...(diffReport ? { diff: diffReport } : {}),
        ...(input.run ? { run: input.run } : {}),
    };
}
/** Whether the policy is violated by legacy TLS (as opposed to only unreachable endpoints). */
function legacyFound(report) {
    return (report.verdict === 'fail' &&
        (report.legacyVersions.length > 0 ||
            judgedEndpoints(report).some((e) => e.status === 'no-modern') ||
            judgedFindings(report).some((f) => fails(f.severity, { minVersion: report.minVersion, failOn: report.failOn }))));
}
/** One line that says why the check passed or failed (shared by the terminal, summary and step). */
function headline(report) {
    if (report.verdict === 'pass') {
        const old = report.diff?.failScope === 'new' ? report.diff.preexisting : 0;
        return old
            ? `nothing new below ${report.minVersion} fails the check (${old} pre-existing finding${old === 1 ? '' : 's'} not judged: fail-scope new)`
            : `nothing below ${report.minVersion} fails the check`;
    }
    const parts = [];
    if (report.legacyVersions.length)
        parts.push(`${report.legacyVersions.join(', ')} enabled below ${report.minVersion}`);
    const noModern = judgedEndpoints(report).filter((e) => e.status === 'no-modern').length;
    if (noModern)
        parts.push(`${noModern} endpoint${noModern === 1 ? '' : 's'} with nothing at or above ${report.minVersion}`);
    const because = (r) => report.uncheckedBecause.includes(r);
    const unchecked = because('unreachable-endpoints') ? judgedEndpoints(report).filter((e) => e.status === 'unchecked').length : 0;
    if (unchecked)
        parts.push(`${unchecked} endpoint${unchecked === 1 ? '' : 's'} could not be checked`);
    const unread = because('unreadable-files') ? report.errors.length : 0;
    if (unread)
        parts.push(`${unread} file${unread === 1 ? '' : 's'} could not be read`);
    return parts.join('; ') || `findings at or above fail-on: ${report.failOn}`;
}
function toJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint),
/* harmony export */   z: () => (/* binding */ toSarif)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);
/* harmony import */ var _uri_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1092);
/** SARIF 2.1.0 for GitHub code scanning: one run, every rule's metadata, results with fixes. */



const LEVEL = { error: 'error', warning: 'warning', note: 'note' };
function region(f) {
    return {
        startLine: f.line,
        startColumn: f.column,
        endLine: f.endLine,
        endColumn: Math.max(f.endColumn, f.line === f.endLine ? f.column : 1),
    };
}
/** A finding's stable identity (rule, file, snippet: not the line, which moves): SARIF's partialFingerprints and the report history's key. */
function fingerprint(f) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${f.ruleId}\0${f.file}\0${f.snippet}`).digest('hex').slice(0, 32);
}
function result(f, ruleIndex) {
    return {
        ruleId: f.ruleId,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: (0,_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .uriPath */ .k)(f.file), uriBaseId: '%SRCROOT%' },
                    region: { ...region(f), snippet: { text: f.snippet } },
                },
            },
        ],
        partialFingerprints: { 'tlsFloor/v1': fingerprint(f) },
        properties: { versions: f.versions, enabled: f.enabled, ...(f.context ? { context: f.context } : {}) },
        ...(f.fix
            ? {
                fixes: [
                    {
                        description: { text: `Replace with ${f.fix.replacement}` },
                        artifactChanges: [
                            {
                                artifactLocation: { uri: (0,_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .uriPath */ .k)(f.file), uriBaseId: '%SRCROOT%' },
                                replacements: [{ deletedRegion: region(f.fix), insertedContent: { text: f.fix.replacement } }],
                            },
                        ],
                    },
                ],
            }
            : {}),
        ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] } : {}),
    };
}
function toSarif(report, rules) {
    const index = new Map(rules.map((r, i) => [r.meta.id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .lH,
                        version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .wr,
                        semanticVersion: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .wr,
                        informationUri: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_URI */ .qH,
                        rules: rules.map((r) => ({
                            id: r.meta.id,
                            name: r.meta.id.replace(/[^a-zA-Z0-9]+(.)/g, (_, ch) => ch.toUpperCase()),
                            shortDescription: { text: r.meta.title },
                            fullDescription: { text: r.meta.description.replace(/`/g, '') },
                            helpUri: r.meta.docs[0],
                            help: {
                                text: `${r.meta.description.replace(/`/g, '')} Safe: ${r.meta.safe}`,
                                markdown: `${r.meta.description}\n\nSafe: \`${r.meta.safe}\`${r.meta.limits ? `\n\nLimits: ${r.meta.limits}` : ''}\n\n${r.meta.docs.map((d) => `- ${d}`).join('\n')}`,
                            },
                            defaultConfiguration: { level: 'error' },
                            properties: { tags: ['security', 'tls', r.meta.ecosystem], precision: 'high', 'security-severity': '7.5' },
                        })),
                    },
                },
                automationDetails: { id: `${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .lH}/` },
                results: [...report.findings, ...report.suppressed].map((f) => result(f, index.get(f.ruleId) ?? -1)),
                properties: { minVersion: report.minVersion, verdict: report.verdict },
            },
        ],
    };
}


/***/ }),

/***/ 1092:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ uriPath)
/* harmony export */ });
/**
 * A root-relative file path (`/`-separated) as a URI path: each segment percent-encoded as RFC 3986
 * wants (spaces, `%`, `#`, `?`, non-ASCII …), and also `!'()*`, which are legal in a path but end a
 * Markdown link destination. Used for SARIF artifact URIs and links in the job summary.
 */
function uriPath(file) {
    return file
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}


/***/ }),

/***/ 4813:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony export issueCommand */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The runner's protocol, as much as the action uses: inputs from `INPUT_*` variables, outputs
 * through the `GITHUB_OUTPUT` file (heredoc form), annotations and the failure as workflow commands
 * on stdout, the job summary appended to `GITHUB_STEP_SUMMARY`.
 *
 * Why not `@actions/core`: importing it loads its OIDC client, and with it `@actions/http-client`
 * and undici — about 50 ms, more than the whole action needs on a small repository (Node 20). The
 * few functions below write byte for byte what `@actions/core` 3 writes (`__tests__/runner.test.ts`
 * runs both and compares); the rest of the toolkit stays where the GitHub API is used anyway.
 */



/** An input as `core.getInput` reads it: `INPUT_` + the name upper-cased, spaces as `_`, trimmed. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** Command data: `%`, CR and LF escaped (the runner unescapes them). */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A command property: like data, plus `:` and `,`, which separate properties. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * `::name key=value,…::message`. Empty or missing values are left out; as in `@actions/core`, any
 * properties object (even one whose values are all missing) puts a space after the name.
 */
function issueCommand(name, properties, message) {
    let line = `::${name}`;
    const keys = Object.keys(properties);
    if (keys.length > 0) {
        line += ' ';
        line += keys
            .filter((k) => properties[k])
            .map((k) => {
            const v = properties[k];
            return `${k}=${escapeProperty(typeof v === 'string' ? v : JSON.stringify(v))}`;
        })
            .join(',');
    }
    process.stdout.write(`${line}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** The runner's names for the annotation properties (its `IssueCommandProperties`). */
function commandProperties(p) {
    if (Object.keys(p).length === 0)
        return {};
    return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}
function error(message, properties = {}) {
    issueCommand('error', commandProperties(properties), message);
}
function warning(message, properties = {}) {
    issueCommand('warning', commandProperties(properties), message);
}
function notice(message, properties = {}) {
    issueCommand('notice', commandProperties(properties), message);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
/** An error annotation, and exit code 1 when the process ends. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/**
 * An output: appended to the `GITHUB_OUTPUT` file as `name<<DELIMITER`, the value, `DELIMITER`,
 * with a random delimiter that neither may contain; without the file, the old `set-output` command.
 */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
        issueCommand('set-output', { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file))
        throw new Error(`Missing file at path: ${file}`);
    node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
}
/** Appends Markdown and a line end to the job summary file (`GITHUB_STEP_SUMMARY`, which must exist and be writable). */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.access(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.appendFile(file, markdown + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL, { encoding: 'utf8' });
}


/***/ }),

/***/ 6596:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ DEFAULT_TREATMENT),
/* harmony export */   cb: () => (/* binding */ judgeByContext),
/* harmony export */   xo: () => (/* binding */ CONTEXT_KEYS)
/* harmony export */ });
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1237);
/**
 * Contexts map to severities by settings, never by a rule: `tests: note` caps every finding in a
 * test file at note, `tests: error` judges tests like first-party code, `tests: off` drops them.
 */

/** The settings key (config file, action input, CLI flag) of each context. */
const CONTEXT_KEYS = {
    test: 'tests',
    example: 'examples',
    documentation: 'documentation',
    vendored: 'vendored',
    'tls-implementation': 'tls-implementation',
};
/**
 * Tests, examples, documentation, vendored code and TLS stacks' own code: a note by default. A
 * legacy version there is seldom what a deployment uses, but it is worth seeing.
 */
const DEFAULT_TREATMENT = {
    test: 'note',
    example: 'note',
    documentation: 'note',
    vendored: 'note',
    'tls-implementation': 'note',
};
/** Applies the treatment of each finding's context: drops `off`, caps the severity at the setting. */
function judgeByContext(findings, treatment) {
    const out = [];
    for (const f of findings) {
        const setting = f.context && f.context !== 'first-party' ? treatment[f.context] : undefined;
        if (setting === 'off')
            continue;
        out.push(setting && (0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(setting) > (0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(f.severity) ? { ...f, severity: setting } : f);
    }
    return out;
}


/***/ }),

/***/ 9646:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  VI: () => (/* binding */ allSettings),
  DD: () => (/* binding */ asList),
  $Q: () => (/* reexport */ clip/* clip */.$),
  n4: () => (/* binding */ findSettings),
  T: () => (/* binding */ patternRule),
  Ce: () => (/* binding */ settingMatch),
  JQ: () => (/* binding */ settingRule),
  FM: () => (/* binding */ settingTokens)
});

// UNUSED EXPORTS: asMaximum, asMinimum, asPolicy

// EXTERNAL MODULE: ./src/versions.ts
var versions = __nccwpck_require__(7902);
// EXTERNAL MODULE: ./src/scan/evaluate.ts
var evaluate = __nccwpck_require__(1634);
// EXTERNAL MODULE: ./src/clip.ts
var clip = __nccwpck_require__(5861);
;// CONCATENATED MODULE: ./src/scan/alternatives.ts
/** Quoted literals in a value, in order (a short value: the readers cap it at a few hundred characters). */
function literals(value) {
    const out = [];
    for (let i = 0; i < value.length; i++) {
        const q = value[i];
        if (q !== '"' && q !== "'")
            continue;
        let j = i + 1;
        while (j < value.length && value[j] !== q && value[j] !== '\n')
            j += value[j] === '\\' ? 2 : 1;
        if (value[j] !== q)
            break;
        out.push({ at: i, text: value.slice(i + 1, j) });
        i = j;
    }
    return out;
}
/** What comes right before a literal branch: `else "…"`, `? "…"`, `then "…"`. */
const AFTER_BRANCH_WORD = /(?:\belse|\?|\bthen)\s*$/;
/** Jinja/Helm defaults: `| default('…')`, `| d("…")`, `default "…" .Values.x`. */
const AFTER_DEFAULT = /(?:\|\s*(?:default|d)\s*\(\s*|\bdefault\s+)$/;
/**
 * The literal alternatives of a setting's value, or undefined when the value is not an expression
 * with literal branches or fallbacks (a plain value is read as it is).
 */
function alternatives(s) {
    const v = s.value;
    // Cheap test first: most values are plain.
    if (!/\bif\b|\?|\b(?:try|coalesce|lookup)\s*\(|\bd(?:efault)?\b/.test(v))
        return undefined;
    const lits = literals(v);
    if (lits.length === 0)
        return undefined;
    const ternary = v.includes('?');
    const jinja = /\bif\b/.test(v) && /\belse\b/.test(v);
    const fallbackCall = /\b(?:try|coalesce)\s*\(/.test(v);
    const lookupCall = /\blookup\s*\(/.test(v);
    const found = [];
    for (const lit of lits) {
        const before = v.slice(Math.max(0, lit.at - 100), lit.at);
        const after = v.slice(lit.at + lit.text.length + 2, lit.at + lit.text.length + 40);
        const branch = ((ternary || jinja) && AFTER_BRANCH_WORD.test(before)) ||
            (jinja && /^\s*if\b/.test(after)) ||
            (ternary && /:\s*$/.test(before) && !/^\s*\?/.test(after));
        if (branch)
            found.push({ lit, fallback: false });
        else if (fallbackCall && /[(,]\s*$/.test(before) && /^\s*(?:[,)]|$)/.test(after))
            found.push({ lit, fallback: true });
        else if (lookupCall && /,\s*$/.test(before) && /^\s*(?:\)|$)/.test(after))
            found.push({ lit, fallback: true });
        else if (AFTER_DEFAULT.test(before))
            found.push({ lit, fallback: true });
    }
    if (found.length === 0)
        return undefined;
    return found.map(({ lit, fallback }) => ({
        key: s.key,
        keyStart: s.keyStart,
        value: lit.text,
        valueStart: s.valueStart + lit.at + 1,
        valueEnd: s.valueStart + lit.at + 1 + lit.text.length,
        form: 'quoted',
        end: s.valueStart + lit.at + 2 + lit.text.length,
        at: s.valueStart + lit.at,
        ...(fallback ? { fallback: true } : {}),
    }));
}

// EXTERNAL MODULE: ./src/scan/pairs.ts
var pairs = __nccwpck_require__(1828);
;// CONCATENATED MODULE: ./src/scan/define.ts





/** Longer values are not TLS settings; the bounds keep a hostile 1 MiB line linear. */
const MAX_VALUE = 2000;
const MAX_SCALAR = 400;
function escapeClass(s) {
    return s.replace(/[\]\\^-]/g, '\\$&');
}
/**
 * Finds `key <sep> value` settings for the keys in `keys` (a regular expression matching whole
 * key names), in the syntaxes of INI, properties, YAML, JSON, HCL, TOML, XML attributes and
 * elements, nginx-like directives, `-Dkey=value` and `--key=value` flags, env assignments, and
 * `("key", "value")` calls in code.
 */
function* findSettings(file, keys, opts = {}) {
    const code = file.code;
    const space = opts.spaceSeparated ?? true;
    const flags = keys.flags.includes('i') ? 'gi' : 'g';
    const re = new RegExp(`(?:(?<![\\w.$])|(?<=-D))(["'\`]?)(${keys.source})\\1(?![\\w.-])[ \\t]*(=>|:=|=|:(?!:)|>|,|${space ? '(?=[ \\t])' : '(?!)'})`, flags);
    const stops = `\\n;})${opts.bounds ? '' : '<'}${escapeClass(opts.stops ?? '')}`;
    const bare = new RegExp(`[^${stops}]{0,${MAX_SCALAR}}`, 'y');
    // `.properties` continue a value on the next line after a `\` (`enabled-protocols=TLSv1.2,\`).
    const continued = opts.continued ?? (file.kind === 'properties' ? 'backslash' : undefined);
    const next = opts.anchor ? anchoredKeys(code, re, opts.anchor) : (from) => ((re.lastIndex = from), re.exec(code));
    for (let m = next(0); m; m = next(re.lastIndex)) {
        const quotedKey = m[1] !== '';
        const sep = m[3];
        if (sep === ',' && !quotedKey)
            continue;
        if (sep === '>' && code[m.index - 1] !== '<')
            continue;
        let i = m.index + m[0].length;
        while (code[i] === ' ' || code[i] === '\t')
            i++;
        const setting = readValue(code, i, m[2], m.index, sep, bare, continued);
        if (setting && setting.value.trim() !== '') {
            // A conditional or a fallback is read as each of its literal values.
            yield* alternatives(setting) ?? [setting];
            // Continue after the value: keys inside it belong to it, and nothing is read twice.
            re.lastIndex = Math.max(re.lastIndex, setting.end);
        }
    }
}
/**
 * The next match of the key pattern `re` at or after `from` whose key holds a word of `anchor`:
 * from each such word, the starts a key could have (back over the identifier, and its opening
 * quote) are tried with the pattern made sticky. A key holds at least one anchor word, so no match
 * is lost; each identifier is looked at once. Leaves `re.lastIndex` after the match, as exec does.
 */
function anchoredKeys(code, re, anchor) {
    const words = new RegExp(anchor.source, anchor.flags.includes('i') ? 'gi' : 'g');
    const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    return (from) => {
        words.lastIndex = from;
        for (let w = words.exec(code); w; w = words.exec(code)) {
            let start = w.index;
            while (start > from && start > w.index - 61 && KEY_CHAR.test(code[start - 1]))
                start--;
            for (let at = Math.max(from, start - 1); at <= w.index; at++) {
                sticky.lastIndex = at;
                const m = sticky.exec(code);
                if (m) {
                    re.lastIndex = sticky.lastIndex;
                    return m;
                }
            }
        }
        re.lastIndex = code.length;
        return null;
    };
}
const KEY_CHAR = /[\w.-]/;
/** indexOf that gives up after `limit` characters (a plain indexOf rescans a hostile line each time). */
function boundedIndexOf(text, needle, from, limit) {
    const at = text.slice(from, from + limit).indexOf(needle);
    return at < 0 ? -1 : from + at;
}
/** Indented lines of plain words that end at a `;` (a directive continued over lines), at most 8. */
const SEMICOLON_CONTINUATION = /(?:\r?\n[ \t]+[\w.+!:-]{1,40}(?:[ \t]+[\w.+!:-]{1,40}){0,8}[ \t]*){1,8}(?=;)/y;
/** The next line after a ` \` that ends a line, up to the value's stops. */
const BACKSLASH_CONTINUATION = /\r?\n[^\n;{}<]{0,400}/y;
function readValue(code, i, key, keyStart, sep, bare, continued) {
    const ch = code[i];
    if (sep === '>') {
        const end = boundedIndexOf(code, '<', i, MAX_SCALAR);
        if (end < 0)
            return undefined;
        return { key, keyStart, value: code.slice(i, end), valueStart: i, valueEnd: end, form: 'element', end };
    }
    if (ch === '"' || ch === "'" || ch === '`') {
        // A quoted template expression (`'{{ "!SSLv3" if … else "!SSLv2 !SSLv3" }}'`) may span lines.
        const template = code.startsWith('{{', i + 1);
        let j = i + 1;
        while (j < code.length && code[j] !== ch && (template || code[j] !== '\n') && j - i < MAX_SCALAR)
            j += code[j] === '\\' ? 2 : 1;
        if (code[j] !== ch)
            return undefined;
        return { key, keyStart, value: code.slice(i + 1, j), valueStart: i + 1, valueEnd: j, form: 'quoted', end: j + 1 };
    }
    if (ch === '[' || (ch === '(' && sep !== ',')) {
        const close = boundedIndexOf(code, ch === '[' ? ']' : ')', i, MAX_VALUE);
        if (close < 0)
            return undefined;
        return { key, keyStart, value: code.slice(i + 1, close), valueStart: i + 1, valueEnd: close, form: 'list', end: close + 1 };
    }
    if ((ch === '\n' || ch === '\r' || ch === undefined) && sep === ':') {
        // A YAML block list on the following lines.
        const block = /^(?:\r?\n[ \t]*(?:-[ \t]+[^\n]{0,400})?){1,50}/.exec(code.slice(i, i + MAX_VALUE));
        if (!block || !/-[ \t]/.test(block[0]))
            return undefined;
        const text = block[0].replace(/\s+$/, '');
        return { key, keyStart, value: text, valueStart: i, valueEnd: i + text.length, form: 'block-list', end: i + text.length };
    }
    if ((ch === '|' || ch === '>') && sep === ':') {
        const scalar = blockScalar(code, i, keyStart);
        if (scalar)
            return { key, keyStart, ...scalar, form: 'block-list', end: scalar.valueEnd };
    }
    bare.lastIndex = i;
    const m = bare.exec(code);
    if (!m)
        return undefined;
    let value = m[0];
    // `echo "ssl_protocols TLSv1;" >> x.conf`, `postconf -e 'key = v'`: a quote opened before the key
    // on the same line closes the value, so neither the message nor a fix runs into the shell text.
    const open = openQuoteBefore(code, keyStart);
    if (open) {
        for (let k = 0; k < value.length; k++) {
            if (value[k] === '\\')
                k++;
            else if (value[k] === open) {
                value = value.slice(0, k);
                break;
            }
        }
    }
    if (continued && !open)
        value = continuedValue(code, i, value, continued);
    // A trailing ` \` continues a shell command on the next line; it is not part of the value.
    value = value.replace(/\s+$/, '').replace(/[ \t]+\\$/, '');
    return { key, keyStart, value, valueStart: i, valueEnd: i + value.length, form: 'bare', end: i + value.length };
}
/** A YAML block scalar's header (`|`, `>-`, `|+2`) and the rest of its line. */
const BLOCK_HEADER = /[|>][-+]?\d?[-+]?[ \t]*(?=\r?\n)/y;
/**
 * A YAML block scalar (`ssl-protocols: >-` and the lines indented under the key): its text, read
 * like a block list (no fix: folding rules decide how the lines join). Undefined when `i` holds no
 * header or nothing is indented under it.
 */
function blockScalar(code, i, keyStart) {
    BLOCK_HEADER.lastIndex = i;
    const header = BLOCK_HEADER.exec(code);
    if (!header)
        return undefined;
    const lineStart = lastNewlineWithin(code, keyStart);
    const indent = /^[ \t]*/.exec(code.slice(lineStart, keyStart))[0].length;
    const body = new RegExp(`(?:\\r?\\n(?:[ \\t]{${indent + 1},}[^\\n]{1,400}|[ \\t]*(?=\\r?\\n)))+`, 'y');
    const start = i + header[0].length;
    const m = body.exec(code.slice(start, start + MAX_VALUE));
    if (!m)
        return undefined;
    const text = m[0].replace(/\s+$/, '');
    return { value: text, valueStart: start, valueEnd: start + text.length };
}
/** The start of the line holding `at`, looking back at most MAX_SCALAR characters. */
function lastNewlineWithin(code, at) {
    const from = Math.max(0, at - MAX_SCALAR);
    const k = code.slice(from, at).lastIndexOf('\n');
    return k < 0 ? from : from + k + 1;
}
/** `value` (read from `i` to its line's end) with the lines that continue it, as FinderOptions.continued says. */
function continuedValue(code, i, value, how) {
    let at = i + value.length;
    if (how === 'semicolon') {
        if (code[at] !== '\n' && code[at] !== '\r')
            return value;
        SEMICOLON_CONTINUATION.lastIndex = at;
        const m = SEMICOLON_CONTINUATION.exec(code);
        return m ? value + m[0] : value;
    }
    for (let n = 0; n < 8 && /(?<!\\)\\\r?$/.test(value); n++) {
        BACKSLASH_CONTINUATION.lastIndex = at;
        const m = BACKSLASH_CONTINUATION.exec(code);
        if (!m)
            break;
        value += m[0];
        at += m[0].length;
    }
    return value;
}
/** The quote character left open between the start of the line and `at` (bounded look-back). */
function openQuoteBefore(code, at) {
    const before = code.slice(Math.max(0, at - MAX_SCALAR), at);
    const line = before.slice(before.lastIndexOf('\n') + 1);
    let open;
    for (let k = 0; k < line.length; k++) {
        const ch = line[k];
        if (ch === '\\')
            k++;
        else if (open) {
            if (ch === open)
                open = undefined;
        }
        else if (ch === '"' || ch === "'")
            open = ch;
    }
    return open;
}
function settingTokens(s) {
    return (0,evaluate/* tokenize */.qw)(s.value, s.valueStart, s.form === 'block-list' ? /[\s,"'[\]-]+/g : undefined);
}
/** Deletes the tokens that enable legacy versions from a list, keeping its separator style. */
function listFix(s, tokens, keep, floor, spelling) {
    if (tokens.length === 0 || s.form === 'block-list')
        return undefined;
    const kept = tokens.filter(keep);
    const firstGap = tokens.length > 1 ? s.value.slice(tokens[0].end - s.valueStart, tokens[1].start - s.valueStart) : ' ';
    const wrapped = (t) => s.value.slice(t.start - s.valueStart, t.end - s.valueStart);
    if (kept.length === 0) {
        const spelled = (0,evaluate/* respell */.an)(tokens[0].text.replace(/^[+:]/, ''), floor);
        if (!spelled || !(0,evaluate/* readVersion */.$4)(spelled, spelling))
            return undefined;
        return { start: tokens[0].start, end: tokens[tokens.length - 1].end, text: tokens[0].text.startsWith('+') ? `+${spelled}` : spelled };
    }
    return {
        start: tokens[0].start,
        end: tokens[tokens.length - 1].end,
        text: kept.map(wrapped).join(firstGap),
    };
}
/** The value is a protocol list: every listed version is enabled (`+`, `-`, `!`, `all`, `>=`). */
function asList(opts = {}) {
    return (s, ctx) => {
        const tokens = settingTokens(s);
        const result = (0,evaluate/* evalList */.vi)(tokens, opts);
        if (!result)
            return undefined;
        const plain = tokens.every((t) => /^[\w.:'"+]/.test(t.text) && !/^all$/i.test(t.text));
        const fix = plain
            ? listFix(s, tokens, (t) => {
                const v = (0,evaluate/* readVersion */.$4)(t.text.replace(/^\+/, ''), opts);
                return !v || (0,versions/* below */.Gz)((0,versions/* setOf */.s4)(v), ctx.floor) === 0;
            }, ctx.floor, opts)
            : undefined;
        return { versions: result.versions, fix };
    };
}
/** The value is a minimum version (the first token). `special` names values such as `None`. */
function asMinimum(spelling = {}) {
    return (s, ctx) => {
        const token = settingTokens(s)[0];
        if (!token)
            return undefined;
        const special = spelling.special ? lookup(spelling.special, token.text) : undefined;
        if (special !== undefined)
            return { versions: special };
        const v = readVersion(token.text, spelling);
        if (!v)
            return undefined;
        const spelled = respell(token.text.replace(/^:/, ''), ctx.floor);
        const fix = spelled && readVersion(spelled, spelling) === ctx.floor
            ? { start: token.start + (token.text.startsWith(':') ? 1 : 0), end: token.end, text: spelled }
            : undefined;
        return { versions: atLeast(v), fix };
    };
}
/** The value is a maximum version: a cap below the floor leaves only legacy versions. */
function asMaximum(spelling = {}) {
    return (s) => {
        const token = settingTokens(s)[0];
        const v = token && readVersion(token.text, spelling);
        if (!v)
            return undefined;
        const spelled = respell(token.text.replace(/^:/, ''), 'TLSv1.3');
        const fix = spelled && readVersion(spelled, spelling) === 'TLSv1.3'
            ? { start: token.start + (token.text.startsWith(':') ? 1 : 0), end: token.end, text: spelled }
            : undefined;
        return { versions: atMost(v), why: `the maximum is ${v}`, fix };
    };
}
/** The value names a policy or enum member; `table` lists the known legacy-allowing names. */
function asPolicy(table, safeName) {
    return (s) => {
        const versions = lookup(table, s.value);
        if (versions === undefined)
            return undefined;
        const fix = safeName && s.form !== 'block-list' ? { start: s.valueStart, end: s.valueEnd, text: safeName } : undefined;
        return { versions, fix };
    };
}
/** A setting as one short line for messages (one helper for the whole code base, in src/clip.ts). */

/**
 * Every setting of the given keys in a file: `key = value` in any syntax (findSettings) and
 * name/value pairs (`- name: smtpd_tls_protocols` / `value: [...]`, findPairs).
 */
function* allSettings(file, keys, opts) {
    yield* findSettings(file, keys, opts);
    yield* (0,pairs/* findPairs */.b)(file, keys);
}
/** The match for one evaluated setting: at its key, or where `at` says; a fallback is a warning at most. */
function settingMatch(file, s, e, instead, severity) {
    const start = s.at ?? s.keyStart;
    const judged = e.severity ?? severity;
    return {
        start,
        end: Math.max(s.end, start),
        versions: e.versions,
        what: (0,clip/* clip */.$)(file.text.slice(s.keyStart, s.end)),
        why: s.fallback ? [e.why, 'the default used when the input is unset'].filter(Boolean).join('; ') : e.why,
        instead,
        severity: s.fallback && (judged === undefined || judged === 'error') ? 'warning' : judged,
        fix: e.fix,
    };
}
function settingRule(def) {
    return {
        meta: def.meta,
        knows: def.keys,
        examples: def.examples,
        *check(file, context) {
            const seen = new Set();
            const settings = def.pairs === false ? findSettings(file, def.keys, def.finder) : allSettings(file, def.keys, def.finder);
            for (const s of settings) {
                if (def.where && !def.where(s, file))
                    continue;
                const e = def.evaluate(s, context, file);
                if (!e || seen.has(s.at ?? s.keyStart))
                    continue;
                seen.add(s.at ?? s.keyStart);
                const instead = e.instead ?? (typeof def.instead === 'string' ? def.instead : def.instead(context, s));
                yield settingMatch(file, s, e, instead, def.severity);
            }
        },
    };
}
function patternRule(def) {
    const re = new RegExp(def.pattern.source, def.pattern.flags.includes('g') ? def.pattern.flags : `${def.pattern.flags}g`);
    return {
        meta: def.meta,
        examples: def.examples,
        *check(file, context) {
            const code = file.code;
            re.lastIndex = 0;
            for (let m = re.exec(code); m; m = re.exec(code)) {
                if (m[0].length === 0) {
                    re.lastIndex++;
                    continue;
                }
                const e = def.evaluate(m, context, file);
                if (!e)
                    continue;
                const start = e.start ?? m.index;
                const end = e.end ?? m.index + m[0].length;
                yield {
                    start,
                    end,
                    versions: e.versions,
                    what: e.what ?? (0,clip/* clip */.$)(file.text.slice(start, end)),
                    why: e.why,
                    instead: e.instead ?? (typeof def.instead === 'string' ? def.instead : def.instead(context, m)),
                    severity: e.severity ?? def.severity,
                    fix: e.fix,
                };
            }
        },
    };
}


/***/ }),

/***/ 1634:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ readVersion),
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   an: () => (/* binding */ respell),
/* harmony export */   qw: () => (/* binding */ tokenize),
/* harmony export */   vi: () => (/* binding */ evalList)
/* harmony export */ });
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7902);
/**
 * Turning the values people write into version sets: protocol lists with `+`/`-`/`!`/`all`/`>=`,
 * minimums, maximums and named policies. Shared by every rule, so that `TLSv1` means the same
 * thing in nginx, Postfix and Java.
 */

/**
 * Splits a value into tokens with their offsets (`base` is the value's offset in the file). A
 * backslash separates too: `\!SSLv2` in a shell word, `\"TLSv1.1\"` in a quoted one.
 */
function tokenize(value, base = 0, separators = /[\s,;|[\]"'():{}\\]+/g) {
    const tokens = [];
    const sep = new RegExp(separators.source, 'g');
    let last = 0;
    const push = (from, to) => {
        // `TLSv1+TLSv1.1` and `SSLv23:!SSLv2`: an operator inside a chunk starts a new token.
        let s = from;
        for (let i = from + 1; i < to; i++) {
            if ((value[i] === '+' || value[i] === '!') && value[i - 1] !== '=') {
                if (i > s)
                    tokens.push({ text: value.slice(s, i), start: base + s, end: base + i });
                s = i;
            }
        }
        if (to > s)
            tokens.push({ text: value.slice(s, to), start: base + s, end: base + to });
    };
    for (let m = sep.exec(value); m; m = sep.exec(value)) {
        if (m.index > last)
            push(last, m.index);
        last = m.index + m[0].length;
        if (m[0].length === 0)
            sep.lastIndex++;
    }
    if (last < value.length)
        push(last, value.length);
    return tokens;
}
function readVersion(token, spelling = {}) {
    const t = token.trim().replace(/^[:'"`]+|['"`]+$/g, '');
    const extra = spelling.spell?.[t.toLowerCase()];
    return extra ?? (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(t, spelling);
}
const DEFAULT_ALL = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .range */ .y1)('SSLv3', 'TLSv1.3');
/**
 * Evaluates a protocol list: plain or `+` tokens enable, `-`/`!` tokens disable, `all` enables
 * everything, `-all` clears, `>=X` / `>X` / `<=X` / `<X` are bounds, and bounds together are one
 * range (Postfix 3.6+ `>=TLSv1 <=TLSv1.2` is TLSv1.0–1.2, not their union). A list that begins by
 * disabling starts from `base` (default: what `all` means). Returns undefined when no token is a
 * version.
 */
function evalList(tokens, opts = {}) {
    const all = opts.all ?? DEFAULT_ALL;
    let set = _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY */ .wg;
    let understood = false;
    let started = false;
    const enabling = [];
    let bounds;
    for (const token of tokens) {
        let t = token.text.trim();
        let op = '=';
        if (t.startsWith('!') || t.startsWith('-')) {
            op = '-';
            t = t.slice(1);
        }
        else if (t.startsWith('+')) {
            op = '+';
            t = t.slice(1);
        }
        const cmp = /^(>=|<=|>|<)/.exec(t);
        if (cmp)
            t = t.slice(cmp[1].length);
        let value;
        if (/^all$/i.test(t))
            value = all;
        else {
            const v = readVersion(t, opts);
            if (!v)
                continue;
            if (!cmp)
                value = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .setOf */ .s4)(v);
            else if (cmp[1] === '>=')
                value = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v);
            else if (cmp[1] === '>')
                value = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v) & ~(0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .setOf */ .s4)(v);
            else if (cmp[1] === '<=')
                value = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .range */ .y1)('SSLv3', v);
            else
                value = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .range */ .y1)('SSLv3', v) & ~(0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .setOf */ .s4)(v);
        }
        understood = true;
        if (cmp && op !== '-') {
            bounds = (bounds ?? _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL */ .y2) & value;
            enabling.push(token);
            started = true;
            continue;
        }
        if (op === '-') {
            if (!started)
                set = opts.base ?? all;
            set &= ~value;
        }
        else {
            set |= value;
            enabling.push(token);
        }
        started = true;
    }
    if (bounds !== undefined)
        set |= bounds;
    return understood ? { versions: set & _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL */ .y2, enabling } : undefined;
}
/** Looks a policy or enum name up in a table, case-insensitively; unknown names give undefined. */
function lookup(table, name) {
    const key = name.trim().replace(/^['"`:]+|['"`]+$/g, '');
    if (key in table)
        return table[key];
    const lower = key.toLowerCase();
    for (const k of Object.keys(table))
        if (k.toLowerCase() === lower)
            return table[k];
    return undefined;
}
/**
 * Writes `target` in the style of `token`: `TLSv1` → `TLSv1.2`, `TLS1_0` → `TLS1_2`,
 * `VersionTLS10` → `VersionTLS12`, `tls10` → `tls12`, `TLS_1_1` → `TLS_1_2`, `1.0` → `1.2`,
 * `SSLv3` → `TLSv1.2`. Returns undefined for tokens without a version number.
 */
function respell(token, target) {
    const m = /^(.*?)(\d)(?:([._ -]?)(\d))?$/.exec(token);
    if (!m)
        return undefined;
    const [, rawPrefix, , sep, minor] = m;
    const prefix = rawPrefix.replace(/ssl/i, (s) => (s === 'SSL' ? 'TLS' : s === 'ssl' ? 'tls' : 'Tls'));
    const [tMajor, tMinor] = target.replace(/^TLSv/, '').split('.');
    if (target.startsWith('SSL'))
        return undefined;
    const separator = minor !== undefined ? sep : /[vV]$/.test(prefix) || prefix === '' ? '.' : '';
    return `${prefix}${tMajor}${separator}${tMinor}`;
}


/***/ }),

/***/ 5438:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ excludeMatcher),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   th: () => (/* binding */ enumerateAsync)
/* harmony export */ });
/* unused harmony exports ScanInputError, enumerate */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3916);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9646);
/**
 * Which files a scan reads: `git ls-files` (tracked + untracked, minus ignored) inside a git work
 * tree, a directory walk that honours `.gitignore` files elsewhere. Every path is reported
 * relative to the root with `/`.
 *
 * Nothing outside the root is listed: a path that passes through a symbolic link is listed only
 * when its real path is a regular file inside the root's real path. Symbolic links to directories
 * are never walked into (git does not descend into them either, so both modes list the same
 * files, and no link can make a loop): what such a link points to inside the root is listed at its
 * real place. FIFOs, sockets and devices are counted, never listed (opening a FIFO blocks).
 * Directories that cannot be listed are returned as errors: a scan that did not see part of the
 * tree must be able to say so.
 */






/** A path that cannot be scanned: the user's input, reported in one line like any configuration error. */
class ScanInputError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1 {
}
function toPosix(p) {
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
/** `a/b` for `a/b/c`, '' for `c`. */
function parentOf(rel) {
    const i = rel.lastIndexOf('/');
    return i < 0 ? '' : rel.slice(0, i);
}
function isInside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(rel));
}
/**
 * The `exclude` setting as one predicate over root-relative paths. Patterns are globs; a bare
 * directory excludes everything below it. As in `.gitignore`, `!pattern` puts back what an earlier
 * pattern excluded and the last matching pattern wins (unlike `.gitignore`, a file can be put back
 * even when its directory was excluded: files are matched, not directories). Throws a one-line
 * ConfigurationError naming the entry that is empty or cannot be compiled; `where` names the setting.
 */
function excludeMatcher(patterns, where = 'exclude') {
    const rules = patterns.map((entry) => {
        const negate = entry.startsWith('!');
        const glob = (negate ? entry.slice(1) : entry).trim();
        if (!glob) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(negate
                ? `${where}: "${(0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(entry)}" has no pattern after "!"; write !GLOB to put back files an earlier pattern excluded`
                : `${where}: an entry is empty; expected a glob such as vendor/** or *.min.js`);
        }
        try {
            return { match: picomatch__WEBPACK_IMPORTED_MODULE_5___default()([glob, `${glob.replace(/\/+$/, '')}/**`], { dot: true }), negate };
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where}: "${(0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(entry)}" is not a glob that can be compiled: ${(0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(e.message)}`);
        }
    });
    if (!rules.length)
        return () => false;
    return (rel) => {
        for (let i = rules.length - 1; i >= 0; i--)
            if (rules[i].match(rel))
                return !rules[i].negate;
        return false;
    };
}
/** strerror texts git prints, back to the codes Node uses (the codes are what reports show). */
const ERRNO_TEXT = {
    'Permission denied': 'EACCES',
    'File name too long': 'ENAMETOOLONG',
    'Too many levels of symbolic links': 'ELOOP',
    'Not a directory': 'ENOTDIR',
    'Input/output error': 'EIO',
};
function listingError(file, code, what = 'directory could not be listed') {
    return { file: file || '.', message: `${code ?? 'EIO'}: ${what}` };
}
function errnoOf(e) {
    return e.code;
}
// LC_ALL=C: the warnings are parsed, and a translated git would hide them.
const gitEnv = () => ({ ...process.env, LC_ALL: 'C', LANGUAGE: 'C' });
function runGit(root, args) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, { cwd: root, env: gitEnv(), maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.error || r.status !== 0)
        return undefined;
    return { stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}
/** runGit, without waiting: the caller works while git does. */
function runGitAsync(root, args) {
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd: root, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (d) => stdout.push(d));
        child.stderr.on('data', (d) => stderr.push(d));
        child.on('error', () => resolve(undefined));
        child.on('close', (status) => resolve(status === 0 ? { stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') } : undefined));
    });
}
/** Pathspecs are literal (`:x`, `*.conf` are file names, not git magic). */
const trackedArgs = (paths) => ['--literal-pathspecs', 'ls-files', '-z', '--stage', '--', ...paths];
const untrackedArgs = (paths) => [
    '--literal-pathspecs',
    'ls-files',
    '-z',
    '--others',
    '--exclude-standard',
    '--',
    ...paths,
];
/**
 * Tracked files with their modes ("mode hash stage<TAB>path"), so symbolic links are known without
 * an lstat. The fields before the first tab are git's (digits, hex, spaces), so the path is what
 * follows it: read with indexOf, not a regular expression per entry (46,000 of them).
 */
function trackedEntries(out) {
    const entries = [];
    for (const entry of out.split('\0')) {
        const tab = entry.indexOf('\t');
        if (tab < 0 || entry.charCodeAt(6) !== 0x20)
            continue;
        const mode = entry.slice(0, 6);
        // 100644/100755 regular, 120000 symbolic link, 160000 submodule (not a file here).
        if (mode === '160000')
            continue;
        entries.push({ path: entry.slice(tab + 1), kind: mode.startsWith('100') ? 'regular' : 'link' });
    }
    return entries;
}
/**
 * Untracked files (bare paths), and the directories git could not open to look for them. git
 * skips untracked FIFOs and sockets itself.
 */
function untrackedListing(root, out) {
    const entries = [];
    for (const entry of out.stdout.split('\0'))
        if (entry)
            entries.push({ path: entry, kind: 'unknown' });
    return { entries, errors: gitWarnings(root, out.stderr) };
}
/** Tracked files, then untracked ones; undefined outside a git work tree (or without git). */
function gitFiles(root, paths) {
    const tracked = runGit(root, trackedArgs(paths));
    const untracked = tracked && runGit(root, untrackedArgs(paths));
    if (!tracked || !untracked)
        return undefined;
    const listing = untrackedListing(root, untracked);
    return { entries: [...trackedEntries(tracked.stdout), ...listing.entries], errors: listing.errors };
}
/**
 * "warning: could not open directory 'sub/x/': Permission denied", with paths from the top of the
 * work tree. git cuts its messages at 4 KiB: a very long path arrives without its end or reason.
 */
function gitWarnings(root, stderr) {
    const found = [...stderr.matchAll(/^warning: could not open directory '(.*?)(?:': (.*))?$/gm)];
    if (!found.length)
        return [];
    const prefix = runGit(root, ['rev-parse', '--show-prefix'])?.stdout.trim() ?? '';
    return found.map(([, dir, reason]) => {
        const rel = prefix && dir.startsWith(prefix) ? dir.slice(prefix.length) : dir;
        if (reason === undefined)
            return { file: rel, message: "directory could not be listed (git's warning was cut short)" };
        return listingError(rel.replace(/\/$/, ''), ERRNO_TEXT[reason] ?? reason);
    });
}
/** A tiny .gitignore reader for the walk fallback: the common subset (globs, `/`-anchoring, `!`, dirs). */
class IgnoreRules {
    rules = [];
    add(base, text) {
        for (let line of text.split(/\r?\n/)) {
            line = line.replace(/(?<!\\)\s+$/, '');
            if (!line || line.startsWith('#'))
                continue;
            const negate = line.startsWith('!');
            if (negate)
                line = line.slice(1); // `\!` and `\#` stay escaped: picomatch reads them as literals
            const dirOnly = line.endsWith('/');
            if (dirOnly)
                line = line.slice(0, -1);
            if (!line)
                continue;
            const anchored = line.includes('/');
            if (line.startsWith('/'))
                line = line.slice(1);
            const glob = (base ? `${base}/` : '') + (anchored ? line : `**/${line}`);
            try {
                this.rules.push({ match: picomatch__WEBPACK_IMPORTED_MODULE_5___default()(glob, { dot: true }), negate, dirOnly });
            }
            catch {
                // A line picomatch cannot compile (e.g. longer than 64 KiB) ignores nothing, as an
                // unmatched pattern would: the scan reads more, never less, than git would.
            }
        }
    }
    ignored(rel, isDir) {
        let ignored = false;
        for (const r of this.rules)
            if ((!r.dirOnly || isDir) && r.match(rel))
                ignored = !r.negate;
        return ignored;
    }
}
// Without following a final symbolic link (git ≥ 2.32 does not follow a .gitignore link either),
// and without blocking on a FIFO. Windows has neither flag.
const IGNORE_FILE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0);
/** Reads `relDir/.gitignore` into `ignore`; a .gitignore that exists but cannot be read is an error. */
function readIgnoreFile(root, relDir, ignore, errors) {
    const rel = relDir ? `${relDir}/.gitignore` : '.gitignore';
    let fd;
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, rel), IGNORE_FILE_FLAGS);
    }
    catch (e) {
        const code = errnoOf(e);
        if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR')
            return; // none, or a symbolic link
        errors.push(listingError(rel, code, '.gitignore could not be read'));
        return;
    }
    try {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync(fd);
        if (!st.isFile()) {
            errors.push(listingError(rel, st.isDirectory() ? 'EISDIR' : 'EINVAL', '.gitignore is not a regular file'));
            return;
        }
        ignore.add(relDir, node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(fd, 'utf8'));
    }
    catch (e) {
        errors.push(listingError(rel, errnoOf(e), '.gitignore could not be read'));
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(fd);
    }
}
/**
 * Lists `start` (relative to the root, real: no symbolic link on the way) the way git would
 * without an index: the .gitignore files from the root down apply, symbolic links are listed
 * (and resolved later) but never walked into.
 */
function walk(root, start, isDir, out) {
    const ignore = new IgnoreRules();
    const visit = (relDir) => {
        let entries;
        try {
            entries = node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, relDir), { withFileTypes: true });
        }
        catch (e) {
            out.errors.push(listingError(relDir, errnoOf(e)));
            return;
        }
        if (entries.some((e) => e.name === '.gitignore'))
            readIgnoreFile(root, relDir, ignore, out.errors);
        for (const e of entries) {
            if (e.name === '.git')
                continue;
            const rel = relDir ? `${relDir}/${e.name}` : e.name;
            const dir = e.isDirectory();
            if (ignore.ignored(rel, dir))
                continue;
            if (dir)
                visit(rel);
            else if (e.isFile())
                out.entries.push({ path: rel, kind: 'regular' });
            else if (e.isSymbolicLink())
                out.entries.push({ path: rel, kind: 'link' });
            else
                out.entries.push({ path: rel, kind: 'special' });
        }
    };
    // The .gitignore files above the start apply to it (and may ignore it: then, as with git, nothing is listed).
    const parts = start ? start.split('/') : [];
    let rel = '';
    for (let i = 0; i < parts.length; i++) {
        readIgnoreFile(root, rel, ignore, out.errors);
        rel = rel ? `${rel}/${parts[i]}` : parts[i];
        if (ignore.ignored(rel, i < parts.length - 1 || isDir))
            return;
    }
    if (isDir)
        visit(start);
    else
        out.entries.push({ path: start, kind: 'unknown' });
}
/**
 * A scan path as a real path relative to the real root ('' for the root itself), so that a
 * symbolic link given as a path is followed only when it stays inside.
 */
function resolveStart(root, realRoot, p) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(root, p);
    if (!isInside(root, abs))
        throw new ScanInputError(`path "${p}" is outside the scanned root ${root}`);
    let real;
    let st;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(abs);
        st = node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(real);
    }
    catch (e) {
        const code = errnoOf(e);
        throw new ScanInputError(code === 'ENOENT' ? `path "${p}" does not exist under ${root}` : `path "${p}" could not be read: ${code ?? String(e)}`);
    }
    if (!isInside(realRoot, real))
        throw new ScanInputError(`path "${p}" leads outside the scanned root ${root} through a symbolic link`);
    return { rel: toPosix(node_path__WEBPACK_IMPORTED_MODULE_2__.relative(realRoot, real)), isDir: st.isDirectory() };
}
/**
 * Classifies listed paths with as few system calls as possible: a regular file whose directories
 * are all real (checked once per directory, with lstat) is taken as is; anything that passes
 * through a symbolic link is resolved and must be a regular file inside the real root.
 */
class Classifier {
    root;
    walked;
    realDirs = new Map([['', true]]);
    /**
     * `root` is a real path: the listing is made below it. `walked`: the directories came from a
     * walk that never enters a link, so they need no check.
     */
    constructor(root, walked) {
        this.root = root;
        this.walked = walked;
    }
    classify({ path: rel, kind }) {
        if (kind === 'special')
            return 'special';
        if (!this.realDir(parentOf(rel)))
            return this.resolve(rel);
        // A tracked regular file; if it was deleted or replaced in the work tree, reading it tells.
        if (kind === 'regular')
            return 'file';
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.root, rel), { throwIfNoEntry: false });
        }
        catch (e) {
            return { error: errnoOf(e) };
        }
        if (!st || st.isDirectory())
            return 'skip'; // deleted from the work tree but still in the index
        if (st.isSymbolicLink())
            return this.resolve(rel);
        return st.isFile() ? 'file' : 'special';
    }
    /**
     * Whether no component of the directory is a symbolic link. One that cannot be examined
     * (missing, not a directory, no permission) has no link to follow: reading below it fails and says so.
     */
    realDir(rel) {
        if (this.walked)
            return true;
        let known = this.realDirs.get(rel);
        if (known === undefined) {
            let link;
            try {
                link = node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.root, rel), { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
            }
            catch {
                link = false;
            }
            known = this.realDir(parentOf(rel)) && !link;
            this.realDirs.set(rel, known);
        }
        return known;
    }
    resolve(rel) {
        let target;
        try {
            target = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.root, rel));
        }
        catch (e) {
            const code = errnoOf(e);
            return code === 'ENOENT' || code === 'ELOOP' ? 'outside' : { error: code }; // broken or a loop: nothing to read
        }
        if (!isInside(this.root, target))
            return 'outside';
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(target, { throwIfNoEntry: false });
        }
        catch (e) {
            return { error: errnoOf(e) };
        }
        if (!st || st.isDirectory())
            return 'skip'; // a directory link: its files are listed where they are
        return st.isFile() ? 'file' : 'special';
    }
}
function plan(root, paths, exclude) {
    const isExcluded = excludeMatcher(exclude);
    const realRoot = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(root);
    const starts = (paths.length ? paths : ['.']).map((p) => resolveStart(root, realRoot, p));
    // Listing below the real root keeps relative paths valid for a root reached through a link.
    return { isExcluded, realRoot, starts, pathspecs: starts.map((s) => s.rel || '.') };
}
/** Sorts listed entries into files to read and counts; entries can be added in batches, in any order. */
class Tally {
    plan;
    source;
    result = new Set();
    excluded = 0;
    outsideLinks = 0;
    special = 0;
    errors = [];
    classifier;
    constructor(plan, source) {
        this.plan = plan;
        this.source = source;
        this.classifier = new Classifier(plan.realRoot, source === 'walk');
    }
    add({ entries, errors }) {
        for (const e of errors)
            this.errors.push(e);
        for (const entry of entries) {
            if (this.plan.isExcluded(entry.path)) {
                this.excluded++;
                continue;
            }
            const verdict = this.classifier.classify(entry);
            if (verdict === 'file')
                this.result.add(entry.path);
            else if (verdict === 'outside')
                this.outsideLinks++;
            else if (verdict === 'special')
                this.special++;
            else if (typeof verdict === 'object')
                this.errors.push(listingError(entry.path, verdict.error, 'could not be examined'));
        }
    }
    get size() {
        return this.result.size;
    }
    done() {
        const errors = [...new Map(this.errors.map((e) => [e.file, e])).values()].sort((a, b) => (a.file < b.file ? -1 : 1));
        const { excluded, outsideLinks, special, source } = this;
        return { files: [...this.result].sort(), source, excluded, outsideLinks, special, errors };
    }
}
function walkAll(p) {
    const listing = { entries: [], errors: [] };
    for (const s of p.starts)
        walk(p.realRoot, s.rel, s.isDir, listing);
    const tally = new Tally(p, 'walk');
    tally.add(listing);
    return tally.done();
}
/**
 * Lists the files to scan under `root` limited to `paths` (relative to root), minus `exclude` globs.
 * Throws ScanInputError when a path does not exist or leaves the root, ConfigurationError for an
 * exclude pattern that cannot be used.
 */
function enumerate(root, paths, exclude) {
    const p = plan(root, paths, exclude);
    const listing = gitFiles(p.realRoot, p.pathspecs);
    if (!listing)
        return walkAll(p);
    const tally = new Tally(p, 'git');
    tally.add(listing);
    return tally.done();
}
/**
 * enumerate, with the same result, sooner: git looks for untracked files (a walk of the whole
 * tree, ~100 ms on 46,000 files) while this thread reads the index's list and examines it.
 * `onTracked` is told how many tracked files will be scanned before the untracked ones are known
 * (a caller can start threads then).
 */
async function enumerateAsync(root, paths, exclude, onTracked) {
    const p = plan(root, paths, exclude);
    const untracked = runGitAsync(p.realRoot, untrackedArgs(p.pathspecs));
    const tracked = runGit(p.realRoot, trackedArgs(p.pathspecs));
    const tally = new Tally(p, 'git');
    if (tracked) {
        tally.add({ entries: trackedEntries(tracked.stdout), errors: [] });
        onTracked?.(tally.size);
    }
    const others = await untracked;
    if (!tracked || !others)
        return walkAll(p);
    tally.add(untrackedListing(p.realRoot, others));
    return tally.done();
}


/***/ }),

/***/ 1828:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ findPairs)
/* harmony export */ });
const NAME_FIELD = String.raw `\b(?:name|key|option|param|parameter|setting|property|directive)["']?[ \t]*[:=][ \t]*`;
const VALUE_FIELD = /\b(?:value|values|val)["']?[ \t]*([:=])[ \t]*/;
/** Where an item's fields end: the next item's name field or the end of a block. */
const ITEM_END = new RegExp(`${NAME_FIELD}|\\}`);
const MAX_SCALAR = 400;
const MAX_LIST = 2000;
/** The value at `i` (after `value:`), as the readers of define.ts would read it. */
function readFieldValue(code, i, sep) {
    const ch = code[i];
    if (ch === '"' || ch === "'") {
        const close = code.slice(i + 1, i + 1 + MAX_SCALAR).search(ch === '"' ? /["\n]/ : /['\n]/);
        if (close < 0 || code[i + 1 + close] !== ch)
            return undefined;
        const end = i + 1 + close;
        return { value: code.slice(i + 1, end), valueStart: i + 1, valueEnd: end, form: 'quoted', end: end + 1 };
    }
    if (ch === '[') {
        const close = code.slice(i, i + MAX_LIST).indexOf(']');
        if (close < 0)
            return undefined;
        return { value: code.slice(i + 1, i + close), valueStart: i + 1, valueEnd: i + close, form: 'list', end: i + close + 1 };
    }
    if ((ch === '\n' || ch === '\r') && sep === ':') {
        const block = /^(?:\r?\n[ \t]*(?:-[ \t]+[^\n]{0,400})?){1,50}/.exec(code.slice(i, i + MAX_LIST));
        if (!block || !/-[ \t]/.test(block[0]))
            return undefined;
        const text = block[0].replace(/\s+$/, '');
        return { value: text, valueStart: i, valueEnd: i + text.length, form: 'block-list', end: i + text.length };
    }
    const bare = /^[^\n,}#;]{1,400}/.exec(code.slice(i, i + MAX_SCALAR));
    const value = bare?.[0].replace(/\s+$/, '');
    if (!value)
        return undefined;
    return { value, valueStart: i, valueEnd: i + value.length, form: 'bare', end: i + value.length };
}
/** Name/value pairs whose name is one of `names` (whole names, case-insensitive). */
function* findPairs(file, names) {
    const code = file.code;
    if (!/\b(?:value|values|val)\b/i.test(code))
        return;
    // The XML name's group comes after the groups of the first copy of `names`.
    const groups = new RegExp(`${names.source}|`).exec('').length - 1;
    const re = new RegExp(`${NAME_FIELD}(["']?)(${names.source})\\1(?![\\w.-])|<name>[ \\t]*(${names.source})[ \\t]*</name>`, 'gi');
    for (let m = re.exec(code); m; m = re.exec(code)) {
        const from = m.index + m[0].length;
        const key = m[2] ?? m[3 + groups];
        if (m[0].startsWith('<')) {
            const xml = /^\s{0,200}<value>([^<\n]{1,400})<\/value>/.exec(code.slice(from, from + 700));
            if (!xml)
                continue;
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
        if (!v || /\n[ \t]*-[ \t]/.test(window.slice(0, v.index)))
            continue;
        const read = readFieldValue(code, from + v.index + v[0].length, v[1]);
        if (!read || read.value.trim() === '')
            continue;
        yield { key, keyStart: m.index, ...read, at: from + v.index };
    }
}


/***/ }),

/***/ 9462:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ setWorkerEntry),
/* harmony export */   Kl: () => (/* binding */ IS_SCAN_WORKER),
/* harmony export */   xA: () => (/* binding */ workerEntry),
/* harmony export */   zd: () => (/* binding */ SCAN_WORKER_MARK)
/* harmony export */ });
/* unused harmony export isScanWorker */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Which file a scan worker thread starts, and whether this thread is one. By default the module
 * that asks (in a one-file bundle, the bundle); an entry that loads the rest of the bundle as
 * chunks names itself here first, because a chunk's own URL cannot be started as a worker. Kept
 * apart from scan/workers.ts so that an entry can ask without loading the scanner.
 */

/** The workerData key that marks a scan worker (scan/workers.ts). */
const SCAN_WORKER_MARK = 'tlsFloorScanShare';
/**
 * Whether this thread is a scan worker: an entry then loads only the scan (scan/workers.ts), not
 * the command line or the action around it.
 */
function isScanWorker() {
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.[SCAN_WORKER_MARK] === true;
}
/** Whether this thread is a scan worker (the entries must then not run). */
const IS_SCAN_WORKER = isScanWorker();
let entry;
function setWorkerEntry(url) {
    entry = url;
}
function workerEntry(fallback) {
    return entry ?? fallback;
}


/***/ }),

/***/ 4383:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  GW: () => (/* binding */ BADGE_FILES),
  WI: () => (/* binding */ loadConfigParser),
  M5: () => (/* binding */ loadSettings),
  NR: () => (/* binding */ needsConfigParser),
  yG: () => (/* binding */ parseBoolean),
  pD: () => (/* binding */ parseBranchName)
});

// UNUSED EXPORTS: DEFAULT_CONCURRENCY, DEFAULT_CONFIG, DEFAULT_MAX_FILE_SIZE, DEFAULT_TIMEOUT_MS, MIN_VERSIONS, badgePaths, inputEndpoints, parseConcurrency, parseContextSetting, parseFailScope, parseFilterMode, parseList, parseMinVersion, parseSeverity, parseSize, parseTimeout, readConfigFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/clip.ts
var clip = __nccwpck_require__(5861);
// EXTERNAL MODULE: ./src/paths.ts
var src_paths = __nccwpck_require__(8431);
// EXTERNAL MODULE: ./src/diff/model.ts
var model = __nccwpck_require__(8054);
// EXTERNAL MODULE: ./src/policy.ts
var src_policy = __nccwpck_require__(1237);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
// EXTERNAL MODULE: ./src/probe/ip-literal.ts
var ip_literal = __nccwpck_require__(1239);
;// CONCATENATED MODULE: ./src/probe/endpoints.ts
/**
 * Endpoint strings and config objects → Endpoint. Accepted forms: `host`, `host:port`,
 * `[v6]:port`, a bare IPv6 literal, or a URL whose scheme picks the port and the STARTTLS dialect;
 * `?sni=NAME` overrides the server name (needed for IP targets behind name-based front ends).
 * IPv4 shorthands (`127.1`, `2130706433`, `0x7f.0.0.1`) become the dotted quad, as in a URL, in
 * every form: they are addresses, and an address is never sent as SNI.
 * Errors are values: the caller knows where the entry came from and names it.
 */



/** Schemes, their default ports and whether TLS starts at once or after a STARTTLS dialog. */
const SCHEMES = {
    https: { port: 443, starttls: null },
    tls: { port: 443, starttls: null },
    smtps: { port: 465, starttls: null },
    imaps: { port: 993, starttls: null },
    pop3s: { port: 995, starttls: null },
    ldaps: { port: 636, starttls: null },
    ftps: { port: 990, starttls: null },
    smtp: { port: 25, starttls: 'smtp' },
    submission: { port: 587, starttls: 'smtp' },
    imap: { port: 143, starttls: 'imap' },
    pop3: { port: 110, starttls: 'pop3' },
    ftp: { port: 21, starttls: 'ftp' },
    ldap: { port: 389, starttls: 'ldap' },
    xmpp: { port: 5222, starttls: 'xmpp' },
    postgres: { port: 5432, starttls: 'postgres' },
    postgresql: { port: 5432, starttls: 'postgres' },
    mysql: { port: 3306, starttls: 'mysql' },
};
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?)(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?)*\.?$/i;
/** An error that names the endpoint as written (clipped: it may be a pasted page) and what is wrong with it. */
function fail(target, problem) {
    return { ok: false, error: `"${(0,clip/* clip */.$)(target)}": ${problem}` };
}
function parsePort(text) {
    if (!/^\d{1,5}$/.test(text))
        return text.length > 20 ? `the port is not a number (${text.length} characters)` : `port "${text}" is not a number`;
    const port = Number(text);
    if (port < 1 || port > 65535)
        return `port ${port} is out of range (1-65535)`;
    return port;
}
/** What is wrong with a host that is neither an IP address nor a host name; a long one is not quoted twice. */
function badHost(host) {
    if (host.length > 253)
        return `the host name is ${host.length} characters long (at most 253)`;
    return `"${(0,clip/* clip */.$)(host, 40)}" is not a valid host name or IP address`;
}
/** A name fit for SNI: a host name, not an IP address in any spelling. */
function isServerName(name) {
    return HOSTNAME.test(name) && !(0,external_node_net_.isIP)(name) && !(0,ip_literal/* endsInNumber */.V)(name);
}
/** Parses one endpoint. `sni` and `name` come from config objects and win over `?sni=`. */
function parseEndpoint(raw, extra = {}) {
    const target = raw.trim();
    if (target === '')
        return { ok: false, error: 'an endpoint is empty' };
    if (/\s/.test(target))
        return fail(target, 'an endpoint cannot contain spaces');
    let rest = target;
    let scheme = SCHEMES.https;
    const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest);
    if (schemeMatch) {
        const name = schemeMatch[1].toLowerCase();
        const known = SCHEMES[name];
        if (!known)
            return fail(target, `unknown scheme "${(0,clip/* clip */.$)(name, 40)}"; expected one of ${Object.keys(SCHEMES).join(', ')}`);
        scheme = known;
        rest = rest.slice(schemeMatch[0].length);
        rest = rest.replace(/#.*$/, ''); // a URL fragment, like a path, means nothing to TLS
    }
    let sni = extra.sni;
    const q = rest.indexOf('?');
    if (q >= 0) {
        const params = new URLSearchParams(rest.slice(q + 1));
        for (const key of params.keys())
            if (key !== 'sni')
                return fail(target, `unknown parameter "${(0,clip/* clip */.$)(key, 40)}"; only ?sni=NAME is understood`);
        const s = params.get('sni');
        if (s !== null) {
            if (!isServerName(s))
                return fail(target, `sni "${(0,clip/* clip */.$)(s, 40)}" is not a host name`);
            sni ??= s;
        }
        rest = rest.slice(0, q);
    }
    rest = rest.replace(/\/.*$/, (path) => (schemeMatch ? '' : path)); // a URL path means nothing to TLS
    if (rest.includes('/'))
        return fail(target, 'unexpected "/"; write host:port or a URL such as https://host');
    if (rest.includes('@'))
        return fail(target, 'user names are not supported in endpoints');
    let host;
    let port = scheme.port;
    const bracket = /^\[([^\]]+)\](?::(.*))?$/.exec(rest);
    if (bracket) {
        host = bracket[1];
        if ((0,external_node_net_.isIP)(host) !== 6)
            return fail(target, `"[${(0,clip/* clip */.$)(host, 40)}]" is not an IPv6 address`);
        if (bracket[2] !== undefined) {
            const p = parsePort(bracket[2]);
            if (typeof p === 'string')
                return fail(target, p);
            port = p;
        }
    }
    else if ((0,external_node_net_.isIP)(rest) === 6) {
        host = rest;
    }
    else {
        const colon = rest.lastIndexOf(':');
        if (colon >= 0) {
            if (rest.indexOf(':') !== colon)
                return fail(target, 'an IPv6 address with a port must be written [address]:port');
            const p = parsePort(rest.slice(colon + 1));
            if (typeof p === 'string')
                return fail(target, p);
            port = p;
            host = rest.slice(0, colon);
        }
        else
            host = rest;
    }
    host = host.replace(/\.$/, '').toLowerCase();
    if (host === '')
        return fail(target, 'the host is missing');
    if (!(0,external_node_net_.isIP)(host)) {
        const quad = (0,ip_literal/* dottedQuad */.c)(host);
        if (quad)
            host = quad;
        else if (!HOSTNAME.test(host) || (0,ip_literal/* endsInNumber */.V)(host))
            return fail(target, badHost(host));
    }
    if (sni === undefined && !(0,external_node_net_.isIP)(host))
        sni = host;
    if (sni !== undefined && !isServerName(sni))
        return fail(target, `sni "${(0,clip/* clip */.$)(sni, 40)}" is not a host name`);
    return {
        ok: true,
        endpoint: {
            target,
            host,
            port,
            starttls: scheme.starttls,
            ...(sni !== undefined ? { sni } : {}),
            ...(extra.name ? { name: extra.name } : {}),
        },
    };
}

// EXTERNAL MODULE: ./src/probe/schedule.ts
var schedule = __nccwpck_require__(2505);
// EXTERNAL MODULE: ./src/scan/files.ts
var files = __nccwpck_require__(5438);
// EXTERNAL MODULE: ./src/shard.ts
var shard = __nccwpck_require__(7903);
// EXTERNAL MODULE: ./src/versions.ts
var versions = __nccwpck_require__(7902);
// EXTERNAL MODULE: ./src/scan/context-severity.ts
var context_severity = __nccwpck_require__(6596);
;// CONCATENATED MODULE: ./src/settings.ts
/**
 * Inputs (action inputs or CLI flags) and `.github/tls-floor.yml` into one typed, validated
 * Settings object. Nothing else reads raw inputs. Every mistake is a ConfigurationError whose one
 * line names the key (and, for the config file, the line).
 */












const DEFAULT_CONFIG = '.github/tls-floor.yml';
const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
const CONFIG_KEYS = [
    'min-version',
    'paths',
    'exclude',
    'fail',
    'fail-on',
    'max-file-size',
    'report-file',
    'rules',
    'scan',
    'endpoints',
    'timeout',
    'concurrency',
    'per-host-concurrency',
    'fail-on-unreachable',
    'filter-mode',
    'fail-scope',
    'fail-on-unreadable',
    'tests',
    'examples',
    'documentation',
    'vendored',
    'tls-implementation',
    'badge-dir',
    'shard',
    'previous-report',
];
const DEFAULT_TIMEOUT_MS = 5000;
const DEFAULT_CONCURRENCY = 64;
/** The floors that make sense for this tool: anything lower is itself the legacy it looks for. */
const MIN_VERSIONS = ['TLSv1.2', 'TLSv1.3'];
function parseMinVersion(value, where) {
    const v = (0,versions/* parseVersion */.ot)(value, { bareNumbers: true });
    if (v && MIN_VERSIONS.includes(v))
        return v;
    if (v)
        throw new errors/* ConfigurationError */.j1(`${where}: ${v} is itself legacy and cannot be the floor; expected TLSv1.2 or TLSv1.3`);
    throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(value)} is not a TLS version; expected TLSv1.2 or TLSv1.3`);
}
function parseBoolean(value, where) {
    if (/^(true|yes|on|1)$/i.test(value.trim()))
        return true;
    if (/^(false|no|off|0)$/i.test(value.trim()))
        return false;
    throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(value)} is not a boolean; expected true or false`);
}
function parseSeverity(value, where) {
    const v = value.trim().toLowerCase();
    if (src_policy/* SEVERITIES */.oC.includes(v))
        return v;
    throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(value)} is not a severity; expected error, warning or note`);
}
/** A context's treatment: `off` (or false) drops its findings, a severity caps them. */
function parseContextSetting(value, where) {
    const v = value.trim().toLowerCase();
    if (v === 'off' || v === 'false')
        return 'off';
    if (src_policy/* SEVERITIES */.oC.includes(v))
        return v;
    throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(value)} is not a context setting; expected error, warning, note or off`);
}
const CONTEXT_ENTRIES = Object.entries(context_severity/* CONTEXT_KEYS */.xo);
function parseSize(value, where) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
    if (!m)
        throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(value)} is not a size; expected bytes or a number with KiB/MiB (e.g. 1MiB)`);
    const unit = (m[2] ?? 'b').toLowerCase()[0];
    const n = Math.round(parseFloat(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1));
    if (n <= 0)
        throw new errors/* ConfigurationError */.j1(`${where}: the size must be greater than zero`);
    return n;
}
function oneOf(allowed, what) {
    return (value, where) => {
        const v = value.trim().toLowerCase();
        if (allowed.includes(v))
            return v;
        throw new errors/* ConfigurationError */.j1(`${where}: "${value}" is not a ${what}; expected ${allowed.join(', ')}`);
    };
}
const parseFilterMode = oneOf(model/* FILTER_MODES */.ox, 'filter mode');
const parseFailScope = oneOf(model/* FAIL_SCOPES */.BT, 'fail scope');
/** A list input: one entry per line or comma-separated; `#` starts a comment. */
function parseList(value) {
    return value
        .split(/\r?\n/)
        .map((l) => l.replace(/(^|\s)#.*$/, ''))
        .flatMap((l) => l.split(','))
        .map((s) => s.trim())
        .filter(Boolean);
}
function parseTimeout(value, where) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$/i.exec(value);
    const ms = m ? parseFloat(m[1]) * (m[2]?.toLowerCase() === 'ms' ? 1 : 1000) : NaN;
    if (!(ms >= 100 && ms <= 120_000))
        throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(value)} is not a timeout; expected seconds between 0.1 and 120 (e.g. 5 or 2.5s)`);
    return Math.round(ms);
}
function parseConcurrency(value, where) {
    const n = Number(value.trim());
    if (!Number.isInteger(n) || n < 1 || n > 1024)
        throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(value)} is not a concurrency; expected a whole number from 1 to 1024`);
    return n;
}
/** The `endpoints` input: one per line or comma-separated, `#` comments; errors name the line. */
function inputEndpoints(value) {
    const out = [];
    value.split(/\r?\n/).forEach((raw, i) => {
        for (const item of raw.replace(/(^|\s)#.*$/, '').split(',')) {
            if (item.trim() === '')
                continue;
            const r = parseEndpoint(item);
            if (!r.ok)
                throw new errors/* ConfigurationError */.j1(`endpoints (line ${i + 1}): ${r.error}`);
            out.push(r.endpoint);
        }
    });
    return out;
}
let yamlModule;
/**
 * Loads the YAML parser, which loadSettings needs when it reads a config file (see needsConfigParser).
 * It is a chunk of the bundles, not a static import: loading it costs ~15 ms, and most runs of the
 * action have no config file.
 */
async function loadConfigParser() {
    yamlModule ??= await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
}
/** Whether loadSettings will read a config file (given as an input, or an entry at the default place). */
function needsConfigParser(root, inputs) {
    if (inputs.config?.trim())
        return true;
    try {
        external_node_fs_.lstatSync(external_node_path_.resolve(root, DEFAULT_CONFIG));
        return true;
    }
    catch {
        return false;
    }
}
function yaml() {
    if (!yamlModule)
        throw new Error('internal error: a config file was read before loadConfigParser() was awaited');
    return yamlModule;
}
const ENDPOINT_KEYS = ['url', 'sni', 'name'];
function configEndpoints(node, file, lc, where) {
    if (!yaml().isSeq(node))
        throw new errors/* ConfigurationError */.j1(`${where}: expected a list of endpoints (strings or {url, sni, name})`);
    return node.items.map((item, i) => {
        const line = lineOf(item, lc);
        const at = `${file}:${line}: endpoints[${i}]`;
        let url;
        const extra = {};
        if (yaml().isMap(item)) {
            for (const pair of item.items) {
                const key = yaml().isScalar(pair.key) ? String(pair.key.value) : '';
                if (!ENDPOINT_KEYS.includes(key))
                    throw new errors/* ConfigurationError */.j1(`${at}: unknown key ${(0,errors/* quote */.hD)(key)}; expected url, sni or name`);
            }
            const get = (k) => {
                const v = item.get(k, true);
                return v === undefined ? undefined : scalarString(v, `${at}.${k}`);
            };
            const u = get('url');
            if (!u)
                throw new errors/* ConfigurationError */.j1(`${at}: missing "url"`);
            url = u;
            extra.sni = get('sni');
            extra.name = get('name');
        }
        else
            url = scalarString(item, at);
        const r = parseEndpoint(url, extra);
        if (!r.ok)
            throw new errors/* ConfigurationError */.j1(`${at}: ${r.error}`);
        return { ...r.endpoint, source: { file, line } };
    });
}
function lineOf(node, lc) {
    const range = node?.range ?? node?.key?.range;
    return range ? lc.linePos(range[0]).line : 1;
}
function scalarString(node, where) {
    if (yaml().isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean'))
        return String(node.value);
    throw new errors/* ConfigurationError */.j1(`${where}: expected a single value`);
}
function stringList(node, where) {
    if (yaml().isSeq(node))
        return node.items.map((item, i) => scalarString(item, `${where}[${i}]`));
    if (yaml().isScalar(node) && typeof node.value === 'string')
        return parseList(node.value);
    throw new errors/* ConfigurationError */.j1(`${where}: expected a list of strings`);
}
/** Reads and validates the config file. `knownRules` lets `rules:` name only existing rule ids. */
function readConfigFile(file, text, knownRules) {
    const lc = new (yaml().LineCounter)();
    const doc = yaml().parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = lc.linePos(e.pos[0]).line;
        throw new errors/* ConfigurationError */.j1(`${file}:${line}: invalid YAML: ${e.message.split('\n')[0]}`);
    }
    const values = { rules: new Map(), contexts: {} };
    if (doc.contents === null || (yaml().isScalar(doc.contents) && doc.contents.value === null))
        return values;
    if (!yaml().isMap(doc.contents))
        throw new errors/* ConfigurationError */.j1(`${file}:1: expected a mapping of settings (min-version, paths, exclude, …)`);
    for (const pair of doc.contents.items) {
        const key = yaml().isScalar(pair.key) ? String(pair.key.value) : '';
        const where = `${file}:${lineOf(pair.key, lc)}: ${key}`;
        if (!CONFIG_KEYS.includes(key)) {
            throw new errors/* ConfigurationError */.j1(`${file}:${lineOf(pair.key, lc)}: unknown key ${(0,errors/* quote */.hD)(key)}; expected one of ${CONFIG_KEYS.join(', ')}`);
        }
        const v = pair.value;
        switch (key) {
            case 'min-version':
                values.minVersion = parseMinVersion(scalarString(v, where), where);
                break;
            case 'paths':
                values.paths = stringList(v, where);
                values.pathsWhere = where;
                break;
            case 'exclude':
                values.exclude = stringList(v, where);
                break;
            case 'fail':
                values.fail = parseBoolean(scalarString(v, where), where);
                break;
            case 'fail-on':
                values.failOn = parseSeverity(scalarString(v, where), where);
                break;
            case 'max-file-size':
                values.maxFileSize = parseSize(scalarString(v, where), where);
                break;
            case 'report-file':
                values.reportFile = { value: scalarString(v, where), where };
                break;
            case 'badge-dir':
                values.badgeDir = { value: scalarString(v, where), where };
                break;
            case 'scan':
                values.scan = parseBoolean(scalarString(v, where), where);
                break;
            case 'fail-on-unreachable':
                values.failOnUnreachable = parseBoolean(scalarString(v, where), where);
                break;
            case 'filter-mode':
                values.filterMode = parseFilterMode(scalarString(v, where), where);
                break;
            case 'fail-scope':
                values.failScope = parseFailScope(scalarString(v, where), where);
                break;
            case 'fail-on-unreadable':
                values.failOnUnreadable = parseBoolean(scalarString(v, where), where);
                break;
            case 'shard':
                values.shard = (0,shard/* parseShard */.uK)(scalarString(v, where), where);
                break;
            case 'previous-report':
                values.previousReport = { value: scalarString(v, where), where };
                break;
            case 'timeout':
                values.timeoutMs = parseTimeout(scalarString(v, where), where);
                break;
            case 'concurrency':
                values.concurrency = parseConcurrency(scalarString(v, where), where);
                break;
            case 'per-host-concurrency':
                values.perHostConcurrency = parseConcurrency(scalarString(v, where), where);
                break;
            case 'endpoints':
                values.endpoints = configEndpoints(v, file, lc, where);
                break;
            case 'tests':
            case 'examples':
            case 'documentation':
            case 'vendored':
            case 'tls-implementation': {
                const context = CONTEXT_ENTRIES.find(([, k]) => k === key)[0];
                values.contexts[context] = parseContextSetting(scalarString(v, where), where);
                break;
            }
            case 'rules': {
                if (!yaml().isMap(v))
                    throw new errors/* ConfigurationError */.j1(`${where}: expected a mapping of rule id to off, error, warning or note`);
                for (const rp of v.items) {
                    const id = yaml().isScalar(rp.key) ? String(rp.key.value) : '';
                    const rwhere = `${file}:${lineOf(rp.key, lc)}: rules.${(0,clip/* clip */.$)(id)}`;
                    if (!knownRules.has(id))
                        throw new errors/* ConfigurationError */.j1(`${rwhere}: unknown rule id ${(0,errors/* quote */.hD)(id)} (see the README for the list)`);
                    const setting = scalarString(rp.value, rwhere).toLowerCase();
                    values.rules.set(id, setting === 'off' || setting === 'false' ? 'off' : parseSeverity(setting, rwhere));
                }
                break;
            }
        }
    }
    return values;
}
const BADGE_FILES = { svg: 'tls-floor.svg', json: 'tls-floor.json' };
/** The two badge files in a directory the user named, each checked like any output path. */
function badgePaths(dir, key, base, reach) {
    const file = (name) => (0,src_paths/* outputPath */.XC)(external_node_path_.join(dir, name), key, base, reach);
    return { svg: file(BADGE_FILES.svg), json: file(BADGE_FILES.json) };
}
/** A branch name git and the API accept (`badge-branch`), checked before anything runs. */
function parseBranchName(value, where) {
    const v = value.trim().replace(/^refs\/heads\//, '');
    if (!/^[A-Za-z0-9._/-]+$/.test(v) || /(^|\/)\.|\.\.|\/\/|^\/|\/$|\.lock$|\.$|^-/.test(v) || v.length > 200)
        throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(value)} is not a branch name; expected e.g. badges`);
    return v;
}
/** The workspace's real directory as an area for paths, with the name messages give it. */
function workspaceArea(absRoot) {
    return { dir: external_node_fs_.realpathSync(absRoot), name: 'workspace' };
}
function inputReach(workspace, opts) {
    return opts.inputAreas === 'anywhere' ? 'anywhere' : [workspace, ...(0,src_paths/* realAreas */.$t)(opts.inputAreas ?? [])];
}
/** Scan paths, wherever they were given, must be inside the workspace after following links. */
function checkScanPaths(paths, absRoot, workspace, where) {
    for (const p of paths) {
        const abs = external_node_path_.resolve(absRoot, p);
        if (!(0,src_paths/* isWithin */.UO)(abs, absRoot))
            throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(p)} is outside the workspace`);
        if (!(0,src_paths/* entryAt */._f)(abs, where, p))
            throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(p)} does not exist in the workspace`);
        let real;
        try {
            real = external_node_fs_.realpathSync(abs);
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(p)} is a symbolic link that leads nowhere`);
        }
        if (!(0,src_paths/* isWithin */.UO)(real, workspace.dir))
            throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(p)} leads outside the workspace (symbolic link)`);
    }
}
/**
 * Builds Settings from raw inputs (which win when given) and the config file (explicit `config`
 * input, or `.github/tls-floor.yml` when present).
 */
function loadSettings(root, inputs, knownRules, opts = {}) {
    const given = (name) => {
        const v = inputs[name];
        return v === undefined || v.trim() === '' ? undefined : v.trim();
    };
    const absRoot = external_node_path_.resolve(root);
    if (!external_node_fs_.existsSync(absRoot) || !external_node_fs_.statSync(absRoot).isDirectory())
        throw new errors/* ConfigurationError */.j1(`root: ${(0,errors/* quote */.hD)(root)} is not a directory`);
    const workspace = workspaceArea(absRoot);
    const fromInputs = inputReach(workspace, opts);
    const explicitConfig = given('config');
    const configPath = explicitConfig ?? DEFAULT_CONFIG;
    const configAbs = external_node_path_.resolve(absRoot, configPath);
    let config = { rules: new Map(), contexts: {} };
    let configFile;
    // The default config file is the repository's (a pull request's) own: it stays in the workspace.
    const text = (0,src_paths/* readConfigText */.im)(configAbs, 'config', configPath, explicitConfig ? fromInputs : [workspace]);
    if (text !== undefined) {
        configFile = external_node_path_.relative(absRoot, configAbs).split(external_node_path_.sep).join('/') || configPath;
        config = readConfigFile(configFile.startsWith('..') ? configPath : configFile, text, knownRules);
    }
    else if (explicitConfig) {
        throw new errors/* ConfigurationError */.j1(`config: file ${(0,errors/* quote */.hD)(explicitConfig)} does not exist`);
    }
    const minVersionRaw = given('min-version');
    const failRaw = given('fail');
    const failOnRaw = given('fail-on');
    const sizeRaw = given('max-file-size');
    const pathsRaw = given('paths');
    const excludeRaw = given('exclude');
    const policy = {
        minVersion: minVersionRaw ? parseMinVersion(minVersionRaw, 'min-version') : (config.minVersion ?? src_policy/* DEFAULT_POLICY */.zj.minVersion),
        failOn: failOnRaw ? parseSeverity(failOnRaw, 'fail-on') : (config.failOn ?? src_policy/* DEFAULT_POLICY */.zj.failOn),
    };
    const paths = pathsRaw ? parseList(pathsRaw) : (config.paths ?? ['.']);
    checkScanPaths(paths, absRoot, workspace, pathsRaw ? 'paths' : (config.pathsWhere ?? 'paths'));
    const reportInput = given('report-file');
    const sarifInput = given('sarif-file');
    const reportFile = reportInput
        ? (0,src_paths/* outputPath */.XC)(reportInput, 'report-file', absRoot, fromInputs)
        : config.reportFile && (0,src_paths/* outputPath */.XC)(config.reportFile.value, config.reportFile.where, absRoot, [workspace]);
    const badgeInput = given('badge-dir');
    const badge = badgeInput
        ? badgePaths(badgeInput, 'badge-dir', absRoot, fromInputs)
        : config.badgeDir && badgePaths(config.badgeDir.value, config.badgeDir.where, absRoot, [workspace]);
    const previousInput = given('previous-report');
    // The repository's config file reads only inside the workspace; the input also from RUNNER_TEMP (or anywhere, CLI).
    const previousReport = previousInput
        ? { key: 'previous-report', given: previousInput, path: external_node_path_.resolve(absRoot, previousInput), reach: fromInputs }
        : config.previousReport && {
            key: config.previousReport.where,
            given: config.previousReport.value,
            path: external_node_path_.resolve(absRoot, config.previousReport.value),
            reach: [workspace],
        };
    const exclude = excludeRaw ? parseList(excludeRaw) : (config.exclude ?? []);
    // Checked here so that a bad pattern is a configuration error before anything runs.
    (0,files/* excludeMatcher */.BE)(exclude, excludeRaw || !configFile ? 'exclude' : `${configFile}: exclude`);
    return {
        root: absRoot,
        paths: paths.map((p) => external_node_path_.relative(absRoot, external_node_path_.resolve(absRoot, p)).split(external_node_path_.sep).join('/') || '.'),
        exclude,
        policy,
        fail: failRaw ? parseBoolean(failRaw, 'fail') : (config.fail ?? true),
        ...(reportFile ? { reportFile } : {}),
        ...(sarifInput ? { sarifFile: (0,src_paths/* outputPath */.XC)(sarifInput, 'sarif-file', absRoot, fromInputs) } : {}),
        maxFileSize: sizeRaw ? parseSize(sizeRaw, 'max-file-size') : (config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE),
        contexts: Object.fromEntries(CONTEXT_ENTRIES.map(([context, key]) => {
            const raw = given(key);
            return [context, raw ? parseContextSetting(raw, key) : (config.contexts[context] ?? context_severity/* DEFAULT_TREATMENT */.JE[context])];
        })),
        rules: config.rules,
        configFile,
        scan: given('scan') ? parseBoolean(given('scan'), 'scan') : (config.scan ?? true),
        endpoints: [...(given('endpoints') ? inputEndpoints(given('endpoints')) : []), ...(config.endpoints ?? [])],
        timeoutMs: given('timeout') ? parseTimeout(given('timeout'), 'timeout') : (config.timeoutMs ?? DEFAULT_TIMEOUT_MS),
        concurrency: given('concurrency')
            ? parseConcurrency(given('concurrency'), 'concurrency')
            : (config.concurrency ?? DEFAULT_CONCURRENCY),
        perHostConcurrency: given('per-host-concurrency')
            ? parseConcurrency(given('per-host-concurrency'), 'per-host-concurrency')
            : (config.perHostConcurrency ?? schedule/* DEFAULT_PER_HOST_CONCURRENCY */.B),
        failOnUnreachable: given('fail-on-unreachable')
            ? parseBoolean(given('fail-on-unreachable'), 'fail-on-unreachable')
            : (config.failOnUnreachable ?? true),
        filterMode: given('filter-mode') ? parseFilterMode(given('filter-mode'), 'filter-mode') : (config.filterMode ?? 'added'),
        ...(given('fail-scope') || config.failScope
            ? { failScope: given('fail-scope') ? parseFailScope(given('fail-scope'), 'fail-scope') : config.failScope }
            : {}),
        failOnUnreadable: given('fail-on-unreadable')
            ? parseBoolean(given('fail-on-unreadable'), 'fail-on-unreadable')
            : (config.failOnUnreadable ?? true),
        ...(badge ? { badge } : {}),
        ...((given('shard') || config.shard) && { shard: given('shard') ? (0,shard/* parseShard */.uK)(given('shard'), 'shard') : config.shard }),
        ...(previousReport && { previousReport }),
    };
}


/***/ }),

/***/ 7903:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ inShard),
/* harmony export */   r4: () => (/* binding */ endpointKey),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports MAX_SHARDS, bucketOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/**
 * Splitting the work of one run across the jobs of a GitHub `strategy.matrix`: `shard: 2/8` takes
 * the endpoints (and files) whose stable hash falls in the second of eight buckets. The hash of an
 * item's identity, not its position, decides: every item lands in exactly one shard whatever the
 * order or the other items of the list, and in the same one every night.
 */


const MAX_SHARDS = 256;
/** `i/n` with 1 ≤ i ≤ n ≤ 256; a one-line error naming the setting otherwise. */
function parseShard(value, where) {
    const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(value);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
        const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: "${shown}" is not a shard; expected i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. \${{ matrix.shard }}/4)`);
    }
    return { index, count };
}
/** The bucket (0-based) of a key among `count`. */
function bucketOf(key, count) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest().readUInt32BE(0) % count;
}
function inShard(key, shard) {
    return !shard || bucketOf(key, shard.count) === shard.index - 1;
}
/** An endpoint's identity for sharding: what is probed, not how it was spelled or named. */
function endpointKey(e) {
    return `${e.starttls ?? 'tls'}|${e.host.toLowerCase()}|${e.port}|${e.sni?.toLowerCase() ?? ''}`;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   qH: () => (/* binding */ TOOL_URI),
/* harmony export */   wr: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's own version, kept in step with package.json by a test. */
const TOOL_VERSION = '0.1.0';
const TOOL_NAME = 'tls-floor';
const TOOL_URI = 'https://github.com/tls-floor/tls-floor';


/***/ }),

/***/ 7902:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ below),
/* harmony export */   S8: () => (/* binding */ VERSIONS),
/* harmony export */   Tu: () => (/* binding */ atMost),
/* harmony export */   Vm: () => (/* binding */ versionIndex),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   s4: () => (/* binding */ setOf),
/* harmony export */   st: () => (/* binding */ toList),
/* harmony export */   wg: () => (/* binding */ EMPTY),
/* harmony export */   y1: () => (/* binding */ range),
/* harmony export */   y2: () => (/* binding */ ALL),
/* harmony export */   zy: () => (/* binding */ has)
/* harmony export */ });
/* unused harmony exports lowest, describe */
/**
 * The protocol version vocabulary shared by the whole code base: the order, the canonical
 * names used in every machine-readable output, and version *sets* as small bit masks.
 */
const VERSIONS = ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const EMPTY = 0;
const ALL = (1 << VERSIONS.length) - 1;
function versionIndex(v) {
    return VERSIONS.indexOf(v);
}
function setOf(...versions) {
    let set = EMPTY;
    for (const v of versions)
        set |= 1 << versionIndex(v);
    return set;
}
/** Every version from `min` to `max`, both included. */
function range(min, max = 'TLSv1.3') {
    let set = EMPTY;
    for (let i = versionIndex(min); i <= versionIndex(max); i++)
        set |= 1 << i;
    return set;
}
/**
 * What "minimum version X" enables in practice for a modern TLS stack: X up to TLS 1.3, but never
 * SSLv2 (no stack that still has a minimum-version knob can speak it).
 */
function atLeast(min) {
    return range(min === 'SSLv2' ? 'SSLv3' : min);
}
/**
 * What "maximum version X" enables when nothing else is said. A cap below TLS 1.2 leaves the TLS
 * versions up to it (libraries with a maximum knob have dropped SSLv3, so it is left out unless it
 * is the cap itself). A cap at TLS 1.2 or above leaves TLS 1.2 up to the cap: every stack with such
 * a knob defaults its minimum to TLS 1.2 today, so the cap alone enables nothing older.
 */
function atMost(max) {
    if (versionIndex(max) >= versionIndex('TLSv1.2'))
        return range('TLSv1.2', max);
    return range('TLSv1.0', max) || setOf(max);
}
function has(set, v) {
    return (set & (1 << versionIndex(v))) !== 0;
}
function toList(set) {
    return VERSIONS.filter((_, i) => (set & (1 << i)) !== 0);
}
/** The versions of `set` strictly below `floor`. */
function below(set, floor) {
    return set & ((1 << versionIndex(floor)) - 1);
}
function lowest(set) {
    return toList(set)[0];
}
function describe(set) {
    const list = toList(set);
    return list.length === 0 ? 'no version' : list.join(', ');
}
const BY_DIGITS = {
    ssl2: 'SSLv2',
    ssl20: 'SSLv2',
    ssl3: 'SSLv3',
    ssl30: 'SSLv3',
    tls1: 'TLSv1.0',
    tls10: 'TLSv1.0',
    tls11: 'TLSv1.1',
    tls12: 'TLSv1.2',
    tls13: 'TLSv1.3',
};
const BARE_NUMBERS = {
    '10': 'TLSv1.0',
    '11': 'TLSv1.1',
    '12': 'TLSv1.2',
    '13': 'TLSv1.3',
};
/**
 * Reads one version token in any of the spellings that configuration languages use:
 * `TLSv1`, `TLSv1.0`, `tlsv1_1`, `TLS1_2`, `TLS12`, `VersionTLS10`, `TLS_1_0`, `SSLv3`, `ssl3`,
 * `SSL 3.0`, `TLS 1.0`, and — only with `bareNumbers` — `1.0`, `1.1`, `12`. Protocol-neutral names
 * (`TLS`, `SSL`, `SSLv23`, `Default`) and anything unknown give `undefined`: unknown is not legacy.
 */
function parseVersion(token, opts = {}) {
    let t = token
        .trim()
        .toLowerCase()
        .replace(/^['"`:]+|['"`]+$/g, '');
    t = t.replace(/^(?:version|protocol)/, '');
    const compact = t.replace(/[\s._-]/g, '').replace(/^(ssl|tls)v/, '$1');
    if (compact in BY_DIGITS)
        return BY_DIGITS[compact];
    if (opts.bareNumbers) {
        const digits = t.replace(/^v/, '').replace(/[._]/g, '');
        if (/^1\.?[0-3]?$/.test(t.replace(/^v/, '')) && digits in BARE_NUMBERS)
            return BARE_NUMBERS[digits];
    }
    return undefined;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 5881:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1730);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

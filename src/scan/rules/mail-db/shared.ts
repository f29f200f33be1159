import { type VersionSet } from '../../../versions.js';
import { asList, settingTokens, type Evaluator } from '../../define.js';
import { evalList, readVersion, type VersionSpelling } from '../../evaluate.js';
import type { Edit } from '../../rule.js';
import { exclusionsBelow } from '../web-servers/index.js';

/** `!SSLv2, !SSLv3`: the separator the value already uses (`, `, `,`, ` ` or `:`). */
function separatorOf(value: string): string {
  const m = /[!\w.](\s*[,:]\s*|\s+)\\?[!>]/.exec(value);
  return m ? m[1] : ' ';
}

/**
 * Exclusion lists (`!SSLv2, !SSLv3`) start from every version the library supports, so they keep
 * TLSv1 and TLSv1.1. The fix excludes everything below the floor in the same style.
 */
export function exclusionList(opts: { all: VersionSet; spell?: VersionSpelling['spell']; names?: readonly string[] }): Evaluator {
  const plain = asList({ all: opts.all, base: opts.all, spell: opts.spell });
  return (s, ctx, file) => {
    const tokens = settingTokens(s);
    const result = evalList(tokens, { all: opts.all, base: opts.all, spell: opts.spell });
    if (!result) return undefined;
    const versioned = tokens.filter((t) => readVersion(t.text.replace(/^[!+]|^[<>]=?/g, ''), opts));
    const exclusionsOnly = versioned.length > 0 && versioned.every((t) => t.text.startsWith('!'));
    // `>=TLSv1` alone or with an upper bound (`>=TLSv1 <=TLSv1.3`): the fix raises the lower bound.
    const lower = tokens.filter((t) => /^>/.test(t.text));
    const single =
      lower.length === 1 && tokens.every((t) => t === lower[0] || /^<=?[\w.]+$/.test(t.text)) ? /^(>=?)(.+)$/.exec(lower[0].text) : null;
    let fix: Edit | undefined;
    if (exclusionsOnly && s.form !== 'block-list') {
      fix = {
        start: s.valueStart,
        end: s.valueEnd,
        // `\!SSLv2,\!SSLv3` (an unquoted shell word): the fix keeps the escape.
        text: exclusionsBelow(ctx.floor, opts.names)
          .map((n) => `${s.value.includes('\\!') ? '\\' : ''}!${n}`)
          .join(separatorOf(s.value)),
      };
    } else if (single && readVersion(single[2], opts)) {
      fix = { start: lower[0].start, end: lower[0].end, text: `>=${ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2'}` };
    } else {
      fix = plain(s, ctx, file)?.fix;
    }
    return {
      versions: result.versions,
      why: exclusionsOnly ? 'an exclusion list keeps every version it does not exclude' : undefined,
      fix,
    };
  };
}

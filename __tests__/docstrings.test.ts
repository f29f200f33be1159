/** Python docstrings are masked like comments; triple-quoted values stay code (src/scan/docstrings.ts). */
import { describe, expect, test } from 'vitest';
import { SourceFile } from '../src/scan/source.js';

const code = (path: string, text: string) => new SourceFile(path, text).code;

describe('Python docstrings', () => {
  test('module, function and class docstrings, with a prefix and a comment after, are blanked (lines kept)', () => {
    const text =
      '"""Module.\n\nctx.options &= ~ssl.OP_NO_SSLv3\n"""\nclass A:\n    r\'\'\'TLSv1 sample\'\'\'  # note\n    def f(self):\n        """PROTOCOL_TLSv1"""\n        return 1\n';
    const masked = code('m.py', text);
    expect(masked).not.toMatch(/SSLv3|TLSv1/);
    expect(masked.split('\n').length).toBe(text.split('\n').length);
    expect(masked).toContain('class A:');
    expect(masked).toContain('return 1');
  });

  test('a triple-quoted value, argument or continued expression stays code', () => {
    for (const text of [
      'CONF = """\nssl_protocols TLSv1;\n"""',
      'write(\n    """ssl_protocols TLSv1;"""\n)',
      'x = y + \\\n    """TLSv1"""',
      '"""TLSv1""".format(x)',
    ])
      expect(code('m.py', text), text).toContain('TLSv1');
  });

  test('a # inside a docstring does not unpair its quotes, and other languages are left alone', () => {
    const text =
      'def f():\n    """Doc.\n\n    See # 42"""\n    ctx.options &= ~ssl.OP_NO_TLSv1\n\ndef g():\n    """\n    Other.\n    """\n';
    expect(code('m.py', text)).toContain('ctx.options &= ~ssl.OP_NO_TLSv1');
    expect(code('main.go', 'var s = `\n"""TLSv1"""\n`')).toContain('TLSv1');
  });
});

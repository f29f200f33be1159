import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tierUpLater } from '../src/jit.js';

describe('tierUpLater: the top tier later, only where the flag exists', () => {
  it('sets the flag of the V8 versions checked, and nothing on others', () => {
    const set: string[] = [];
    expect(tierUpLater('11.3.244.8-node.33', (f) => set.push(f))).toBe('--interrupt-budget=1200000');
    expect(tierUpLater('13.6.233.10-node.28', (f) => set.push(f))).toBe('--invocation-count-for-turbofan=20000');
    expect(tierUpLater('12.4.254.21-node.33', (f) => set.push(f))).toBeUndefined();
    expect(set).toEqual(['--interrupt-budget=1200000', '--invocation-count-for-turbofan=20000']);
  });

  it('names a flag this V8 knows (V8 prints an error for one it does not)', () => {
    const flag = tierUpLater(process.versions.v8, () => undefined);
    if (!flag) return;
    const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    expect(options).toContain(`--${flag.slice(2).split('=')[0]} `);
  });
});

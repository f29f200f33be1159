/** Types of finding-lines.mjs, for the test that checks every rule example with it. */
export declare const LEGACY_TOKEN: RegExp;
export declare function hasLegacyToken(text: string): boolean;
export interface Located {
  readonly ruleId?: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}
export declare function lineOffence(finding: Located, lines: readonly string[]): { tokenLine: number; text: string } | undefined;
export declare function offenders(
  findings: readonly Located[],
  readText: (file: string) => string | undefined,
): { ruleId?: string; file: string; line: number; column: number; tokenLine: number; text: string }[];

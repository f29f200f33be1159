/** Text put into regular expressions built at run time. */

/** A pattern that matches `s` literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `s` as the members of a character class: `]`, `\`, `^` and `-` escaped. */
export const escapeClass = (s: string): string => s.replace(/[\]\\^-]/g, '\\$&');

/** Offsets of a rule's key words in a file, found once per file and shared by its readers. */

let lastWords: { code: string; key: string; offsets: readonly number[] } | undefined;

/**
 * Where the words of `anchor` start in `code` (case-insensitive), found once: the key, pair and
 * subscript readers of one rule all start from them (the last file's answer is kept; rules run
 * file by file).
 */
export function wordOffsets(code: string, anchor: RegExp): readonly number[] {
  const key = anchor.source;
  if (lastWords && lastWords.code === code && lastWords.key === key) return lastWords.offsets;
  const offsets: number[] = [];
  const re = new RegExp(anchor.source, 'gi');
  for (let m = re.exec(code); m; m = re.exec(code)) offsets.push(m.index);
  lastWords = { code, key, offsets };
  return offsets;
}

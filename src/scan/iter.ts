/** Whether any item a generator yields passes `test`; stops at the first (the rest is never computed). */
export function some<T>(items: Iterable<T>, test: (item: T) => boolean): boolean {
  for (const item of items) if (test(item)) return true;
  return false;
}

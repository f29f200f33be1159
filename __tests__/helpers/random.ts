/** A seeded generator of numbers in [0, 1): random test inputs that are the same on every run. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * CPU time (user + system) this process spends in some work, in milliseconds. Bounds on hostile
 * input are stated in CPU time, not wall time: on a busy machine (CI runs test files side by side
 * on two cores) a process waits for a core far longer than a small input takes to read, while the
 * CPU it uses still tells a linear scan from a runaway one.
 */
export function cpuMs<T>(work: () => T): { value: T; ms: number } {
  const before = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(before);
  return { value, ms: (used.user + used.system) / 1000 };
}

/** cpuMs for asynchronous work: everything the process does until it settles is counted. */
export async function cpuMsAsync<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const before = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(before);
  return { value, ms: (used.user + used.system) / 1000 };
}

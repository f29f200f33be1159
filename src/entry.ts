/**
 * How both entries (the action, the CLI) end. Whatever happens below, the process ends with an exit
 * code: a throw that escapes the entry's own error handling is reported as an internal error, and
 * once the work is done a handle left open by mistake (a socket, a timer, a thread) cannot keep the
 * process alive until the job's timeout.
 */

/** The parts of `process` an entry's end touches (tests pass their own). */
export interface EntryProcess {
  exitCode?: number | string | null | undefined;
  exit(code?: number): void;
  readonly stdout: { readonly writableLength: number };
  readonly stderr: { readonly writableLength: number };
}

/** How long a finished entry waits for the event loop to empty by itself before it exits. */
export const EXIT_GRACE_MS = 1000;

/** What an entry does with a throw that escaped it: the exit code, and how to tell the user. */
export interface Crash {
  readonly exitCode: number;
  report(error: unknown): void;
}

/**
 * Runs `main` and sets the exit code it returns (undefined: `main` set it). A throw sets
 * `crash.exitCode` and is reported (if even that throws — stderr closed — the code stands). Then,
 * if the process is still alive after EXIT_GRACE_MS (and its output is written), it exits.
 */
export async function runEntry(main: () => Promise<number | undefined>, crash: Crash, proc: EntryProcess = process): Promise<void> {
  try {
    const code = await main();
    if (code !== undefined) proc.exitCode = code;
  } catch (e) {
    proc.exitCode = crash.exitCode;
    try {
      crash.report(e);
    } catch {
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
function exitWhenIdle(proc: EntryProcess): void {
  const timer = setTimeout(() => {
    if (proc.stdout.writableLength > 0 || proc.stderr.writableLength > 0) exitWhenIdle(proc);
    else proc.exit();
  }, EXIT_GRACE_MS);
  timer.unref();
}

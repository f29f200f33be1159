/**
 * The action entry: binds the runner's protocol (./runner.ts, not @actions/core: see there why) to
 * runAction. What a run does not need stays unloaded: the scan, the probe, the rules and the GitHub
 * client are chunks of the bundle that the action imports when it uses them.
 */
import { runAction } from './action.js';
import { runEntry } from './entry.js';
import { oneLine } from './errors.js';
import * as runner from './runner.js';
import { IS_SCAN_WORKER, setWorkerEntry } from './scan/worker-entry.js';

if (IS_SCAN_WORKER) {
  // A scan worker thread (scan/workers.ts) only scans its share.
  await import('./scan/workers.js');
} else {
  // Inside a chunk `import.meta.url` names the chunk, which cannot be started as a worker.
  setWorkerEntry(import.meta.url);
  await runEntry(
    async () => {
      await runAction({
        getInput: (name) => runner.getInput(name),
        setOutput: (name, value) => runner.setOutput(name, value),
        setFailed: (message) => runner.setFailed(message),
        info: (message) => runner.info(message),
        error: (message, props) => runner.error(message, props),
        warning: (message, props) => runner.warning(message, props),
        notice: (message, props) => runner.notice(message, props),
        writeSummary: async (markdown) => {
          if (process.env.GITHUB_STEP_SUMMARY) await runner.appendSummary(markdown);
        },
        env: process.env,
      });
      return undefined; // runAction fails the step itself (setFailed sets the exit code)
    },
    { exitCode: 1, report: (e) => runner.setFailed(oneLine(e)) },
  );
}

/** The action entry: binds the toolkit to runAction. */
import * as core from '@actions/core';
import { runAction } from './action.js';
import { runEntry } from './entry.js';
import { oneLine } from './errors.js';
import { IS_SCAN_WORKER } from './scan/workers.js';

// In a scan worker thread this bundle only scans its share (scan/workers.ts).
if (!IS_SCAN_WORKER) {
  await runEntry(
    async () => {
      await runAction({
        getInput: (name) => core.getInput(name),
        setOutput: (name, value) => core.setOutput(name, value),
        setFailed: (message) => core.setFailed(message),
        info: (message) => core.info(message),
        error: (message, props) => core.error(message, props),
        warning: (message, props) => core.warning(message, props),
        notice: (message, props) => core.notice(message, props),
        writeSummary: async (markdown) => {
          if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
        },
        env: process.env,
      });
      return undefined; // runAction fails the step itself (core.setFailed sets the exit code)
    },
    { exitCode: 1, report: (e) => core.setFailed(oneLine(e)) },
  );
}

/** The action entry: binds the toolkit to runAction. */
import * as core from '@actions/core';
import { runAction } from './action.js';
import { IS_SCAN_WORKER } from './scan/workers.js';

// In a scan worker thread this bundle only scans its share (scan/workers.ts).
if (!IS_SCAN_WORKER) {
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
}

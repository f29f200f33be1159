/** The tool's own version, kept in step with package.json by a test. */
export const TOOL_VERSION = '0.1.0';
export const TOOL_NAME = 'tls-floor';
export const TOOL_URI = 'https://github.com/tls-floor/tls-floor';

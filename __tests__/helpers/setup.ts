/**
 * Before every test file: the YAML parser that loadSettings needs for config files and the glob
 * compiler that `exclude` patterns and the walk's `.gitignore` files need (the entries load them on demand).
 */
import { loadGlobMatcher } from '../../src/scan/files.js';
import { loadConfigParser } from '../../src/settings.js';

await Promise.all([loadConfigParser(), loadGlobMatcher()]);

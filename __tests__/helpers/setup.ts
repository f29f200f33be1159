/** Before every test file: the YAML parser that loadSettings needs for config files (the entries load it on demand). */
import { loadConfigParser } from '../../src/settings.js';

await loadConfigParser();

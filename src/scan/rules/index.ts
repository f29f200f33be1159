/** Every rule, in the order the README lists them. One folder (or module) per ecosystem or file kind, one file per rule family. */
import type { Rule } from '../rule.js';
import { rules as dotnet } from './dotnet/index.js';
import { rules as windows } from './windows/index.js';
import { rules as java } from './java/index.js';
import { rules as python } from './python.js';
import { rules as node } from './node.js';
import { rules as go } from './go/index.js';
import { rules as rust } from './rust.js';
import { rules as cCpp } from './c-cpp/index.js';
import { rules as nss } from './c-cpp/nss.js';
import { rules as scripting } from './scripting/index.js';
import { rules as apple } from './apple.js';
import { rules as cli } from './cli/index.js';
import { rules as webServers } from './web-servers/index.js';
import { rules as mailDb } from './mail-db/index.js';
import { rules as aws } from './aws/index.js';
import { rules as azure } from './azure.js';
import { rules as otherClouds } from './other-clouds.js';
import { rules as anyLanguage } from './code/version-argument.js';
import { rules as defaultTables } from './code/default-protocol-table.js';
import { genericTlsSetting } from './generic/tls-setting.js';

const NAMED: readonly Rule[] = [
  ...dotnet,
  ...windows,
  ...java,
  ...python,
  ...node,
  ...go,
  ...rust,
  ...cCpp,
  ...nss,
  ...scripting,
  ...apple,
  ...cli,
  ...webServers,
  ...mailDb,
  ...aws,
  ...azure,
  ...otherClouds,
  ...anyLanguage,
  ...defaultTables,
];

/** The named rules, then the generic setting rule behind them (it leaves their keys and lines to them). */
export const RULES: readonly Rule[] = [...NAMED, genericTlsSetting(NAMED)];

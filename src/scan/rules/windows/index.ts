/**
 * Windows: the Schannel protocol keys, the .NET Framework and WinHTTP/WinINet registry values, and
 * PowerShell's session and per-request protocol settings. The same registry data is written in
 * many syntaxes: `.reg` files, `reg add` in batch or shell, PowerShell `New-ItemProperty` /
 * `Set-ItemProperty` (named, positional or splatted), Inno Setup `[Registry]`, DSC `Registry`
 * resources, Ansible `win_regedit`, Salt `reg.present`, Chef `registry_key`, Puppet
 * `registry_value` and `.SetValue(...)` calls.
 */
import type { Rule } from '../../rule.js';
import { schannelProtocols } from './schannel.js';
import { dotnetStrongCrypto } from './strong-crypto.js';
import { secureProtocolsMask } from './secure-protocols-mask.js';
import { powershellSecurityProtocol } from './powershell-security-protocol.js';
import { powershellSslProtocolParameter } from './powershell-ssl-protocol.js';
import { sendMailMessageDefaults } from './send-mail-message.js';

export const rules: readonly Rule[] = [
  schannelProtocols,
  dotnetStrongCrypto,
  secureProtocolsMask,
  powershellSecurityProtocol,
  powershellSslProtocolParameter,
  sendMailMessageDefaults,
];

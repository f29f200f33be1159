/**
 * Mail, databases, brokers and directories: Postfix, Dovecot, Exim, vsftpd, ProFTPD, OpenLDAP,
 * MySQL/MariaDB, PostgreSQL, Redis/Valkey, MongoDB, SQL Server on Linux, ZooKeeper.
 */
import type { Rule } from '../../rule.js';
import { dovecotSslProtocols } from './dovecot.js';
import { eximTlsOptions } from './exim.js';
import { mongodbDisabledProtocols } from './mongodb.js';
import { mysqlTlsVersion } from './mysql.js';
import { ldapTlsProtocolMin } from './openldap.js';
import { postfixTlsProtocols } from './postfix.js';
import { postgresSslProtocolVersion } from './postgresql.js';
import { redisTlsProtocols } from './redis.js';
import { mssqlTlsProtocols } from './sql-server.js';
import { proftpdTlsProtocol, vsftpdSslVersions } from './vsftpd-proftpd.js';
import { zookeeperSslProtocol } from './zookeeper.js';

export { dovecotSslProtocols } from './dovecot.js';
export { eximTlsOptions } from './exim.js';
export { mongodbDisabledProtocols } from './mongodb.js';
export { mysqlTlsVersion } from './mysql.js';
export { ldapTlsProtocolMin } from './openldap.js';
export { postfixTlsProtocols } from './postfix.js';
export { postgresSslProtocolVersion } from './postgresql.js';
export { redisTlsProtocols } from './redis.js';
export { mssqlTlsProtocols } from './sql-server.js';
export { vsftpdSslVersions, proftpdTlsProtocol } from './vsftpd-proftpd.js';
export { zookeeperSslProtocol } from './zookeeper.js';

export const rules: readonly Rule[] = [
  postfixTlsProtocols,
  dovecotSslProtocols,
  eximTlsOptions,
  vsftpdSslVersions,
  proftpdTlsProtocol,
  ldapTlsProtocolMin,
  mysqlTlsVersion,
  postgresSslProtocolVersion,
  redisTlsProtocols,
  mongodbDisabledProtocols,
  mssqlTlsProtocols,
  zookeeperSslProtocol,
];

/**
 * Java, the JVM and Android: JSSE (`SSLContext`, `setEnabledProtocols`, `SSLParameters`), the
 * JSSE system properties (`https.protocols`, `jdk.tls.client.protocols`) wherever they are set
 * (code, `-D` flags in JAVA_OPTS / Dockerfiles / Kubernetes env, `gradle.properties`),
 * `java.security` edits, Apache HttpClient, OkHttp, Netty, Jetty, Tomcat, Spring Boot, Kafka and
 * ZooKeeper, JavaMail, JDBC drivers and the Elastic stack.
 */
import type { Rule } from '../../rule.js';
import { sslContextProtocol } from './sslcontext.js';
import { enabledProtocolsCall } from './enabled-protocols-call.js';
import { okhttpCompatibleTls } from './okhttp.js';
import { jsseProtocolProperties } from './jsse-properties.js';
import { disabledAlgorithms, disabledAlgorithmsEdit } from './disabled-algorithms.js';
import { tomcatProtocols } from './tomcat.js';
import { enabledProtocolsSetting } from './enabled-protocols.js';
import { sslProtocolSetting } from './context-protocol.js';
import { javamailProtocols } from './javamail.js';
import { jdbcProtocols } from './jdbc.js';
import { elasticSupportedProtocols } from './elastic.js';

export const rules: readonly Rule[] = [
  sslContextProtocol,
  enabledProtocolsCall,
  okhttpCompatibleTls,
  jsseProtocolProperties,
  disabledAlgorithms,
  disabledAlgorithmsEdit,
  tomcatProtocols,
  enabledProtocolsSetting,
  sslProtocolSetting,
  javamailProtocols,
  jdbcProtocols,
  elasticSupportedProtocols,
];

/** Temporary fixture repositories for end-to-end tests. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function makeRepo(files: Record<string, string | Buffer>, opts: { git?: boolean } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-'));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  if (opts.git ?? true) {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'fixture', '--allow-empty');
  }
  return dir;
}

export const LEGACY_REPO: Record<string, string | Buffer> = {
  'deploy/nginx/site.conf': [
    'server {',
    '    listen 443 ssl;',
    '    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;',
    '    # ssl_protocols SSLv3;',
    '}',
    '',
  ].join('\n'),
  'deploy/apache/ssl.conf': 'SSLProtocol -all +TLSv1.2 +TLSv1.3\r\n<VirtualHost *:443>\r\n  SSLProtocol all -SSLv3\r\n</VirtualHost>\r\n',
  'deploy/legacy-proxy.conf':
    '\uFEFF# tls-floor-ignore: nginx/ssl-protocols -- old appliance, retired in Q3\nssl_protocols TLSv1 TLSv1.2;\n',
  'docs/hardening.md': 'Never write `ssl_protocols TLSv1 TLSv1.1;` again.\n',
  'build/generated.conf': 'ssl_protocols SSLv3;\n',
  '.gitignore': 'build/\n',
  'assets/logo.bin': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x73, 0x73, 0x6c, 0x5f]),
  'safe/nginx.conf': 'ssl_protocols TLSv1.2 TLSv1.3;\n',
};

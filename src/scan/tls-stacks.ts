/** TLS stacks' own source trees, recognised by the files that define them. */

export interface TlsStack {
  readonly dir: string;
  /** The stack, for the reason (`OpenSSL`, `mbed TLS`). */
  readonly name: string;
}

/**
 * A TLS stack's source tree, recognised by two files that only that stack has, at any prefix (a
 * copy under `deps/openssl/` is found too). The directories listed are its implementation and
 * its own tools (`apps/`, `programs/`), whose options offer every version the stack speaks.
 */
const STACKS: readonly { readonly name: string; readonly markers: readonly string[]; readonly dirs: readonly string[] }[] = [
  { name: 'OpenSSL', markers: ['ssl/ssl_lib.c', 'include/openssl/ssl.h'], dirs: ['ssl/', 'include/openssl/', 'apps/'] },
  { name: 'OpenSSL', markers: ['ssl/ssl_lib.c', 'ssl/ssl.h'], dirs: ['ssl/', 'apps/'] },
  { name: 'BoringSSL', markers: ['ssl/ssl_lib.cc', 'include/openssl/ssl.h'], dirs: ['ssl/', 'include/openssl/', 'tool/'] },
  { name: 'mbed TLS', markers: ['library/ssl_tls.c', 'include/mbedtls/ssl.h'], dirs: ['library/', 'include/mbedtls/', 'programs/'] },
  { name: 'PolarSSL', markers: ['library/ssl_tls.c', 'include/polarssl/ssl.h'], dirs: ['library/', 'include/polarssl/', 'programs/'] },
  { name: 'wolfSSL', markers: ['src/ssl.c', 'wolfssl/ssl.h'], dirs: ['src/', 'wolfssl/'] },
  { name: 'GnuTLS', markers: ['lib/gnutls_int.h', 'lib/handshake.c'], dirs: ['lib/', 'src/'] },
  { name: 'NSS', markers: ['lib/ssl/sslsock.c', 'lib/ssl/ssl.h'], dirs: ['lib/ssl/', 'cmd/'] },
  { name: 's2n', markers: ['tls/s2n_handshake.c', 'api/s2n.h'], dirs: ['tls/', 'api/'] },
  { name: 'BearSSL', markers: ['src/ssl/ssl_engine.c', 'inc/bearssl_ssl.h'], dirs: ['src/ssl/', 'inc/'] },
  { name: 'Go crypto/tls', markers: ['handshake_client.go', 'handshake_server.go', 'cipher_suites.go'], dirs: [''] },
  { name: 'JSSE', markers: ['sun/security/ssl/SSLContextImpl.java', 'sun/security/ssl/ProtocolVersion.java'], dirs: ['sun/security/ssl/'] },
];

/** The base names of the stacks' first markers: a file with another base name marks no stack. */
const FIRST_MARKER_NAMES = new Set(STACKS.map((s) => s.markers[0].slice(s.markers[0].lastIndexOf('/') + 1)));

/**
 * Finds TLS stacks in a file list. Each stack's first marker is looked up by suffix; its prefix
 * must hold the other markers too. One pass over the list picks the few files that can be a first
 * marker (by base name): on a 46,000-file tree a pass per stack, and a set of every path, cost
 * ~90 ms before any file was read.
 */
export function findTlsStacks(files: readonly string[]): TlsStack[] {
  const candidates = files.filter((f) => FIRST_MARKER_NAMES.has(f.slice(f.lastIndexOf('/') + 1)));
  if (!candidates.length) return [];
  const set = new Set(files);
  const out: TlsStack[] = [];
  const seen = new Set<string>();
  for (const stack of STACKS) {
    const [first, ...rest] = stack.markers;
    for (const f of candidates) {
      if (f !== first && !f.endsWith(`/${first}`)) continue;
      const prefix = f.slice(0, f.length - first.length);
      if (!rest.every((m) => set.has(prefix + m))) continue;
      for (const d of stack.dirs) {
        const dir = prefix + d;
        if (seen.has(dir)) continue;
        seen.add(dir);
        out.push({ dir, name: stack.name });
      }
    }
  }
  return out;
}

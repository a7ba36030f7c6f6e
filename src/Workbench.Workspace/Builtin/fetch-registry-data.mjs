// Fetches the built-in datasets whose licence does not allow committing them: vega-datasets@3.2.1 from the npm
// registry (sp500-2000.csv and flights-3m.parquet). Verifies the tarball's sha512 integrity, extracts only the
// needed files, and deletes the tarball. Usage: node fetch-registry-data.mjs CACHE_DIR
// Exit 0 when the files are in place; otherwise writes the reason to CACHE_DIR/fetch-error.txt and exits 1.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = 'vega-datasets', version = '3.2.1';
const integrity = 'sha512-lTSwZA6yq6qSU2YZm+6bqILiIvTPPxn4itir7jPGFmHIdPvUfQ9pCzzcrklYywMJgLUbaIeSkZQdiJd6wBxPug==';
const files = ['sp500-2000.csv', 'flights-3m.parquet'];

const cache = process.argv[2];
const target = join(cache, `${pkg}-${version}`);
const errorFile = join(cache, 'fetch-error.txt');

function fail(reason) {
  writeFileSync(errorFile, reason + '\n');
  console.error(`warning: ${reason}`);
  process.exit(1);
}

mkdirSync(target, { recursive: true });
if (files.every(f => existsSync(join(target, f)))) process.exit(0);

const tarball = join(cache, `${pkg}-${version}.tgz`);
if (!existsSync(tarball)) {
  // Short network timeouts: an offline build should warn within a couple of minutes, not hang.
  const npm = spawnSync('npm', ['pack', `${pkg}@${version}`, '--pack-destination', cache, '--silent',
    '--fetch-timeout=60000', '--fetch-retries=1'], { encoding: 'utf8', timeout: 180_000 });
  if (npm.error || npm.status !== 0 || !existsSync(tarball)) {
    const why = npm.error ? npm.error.message : (npm.stderr || '').trim().split('\n').pop();
    fail(`npm pack ${pkg}@${version} failed (${why || 'exit ' + npm.status}); build again with access to the npm registry`);
  }
}

const actual = 'sha512-' + createHash('sha512').update(readFileSync(tarball)).digest('base64');
if (actual !== integrity) {
  rmSync(tarball, { force: true });
  fail(`${pkg}-${version}.tgz has integrity ${actual}, expected ${integrity}; the download was deleted, build again`);
}

const scratch = join(cache, 'extract');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
const tar = spawnSync('tar', ['-xzf', tarball, '-C', scratch, ...files.map(f => `package/data/${f}`)], { encoding: 'utf8' });
if (tar.error || tar.status !== 0) fail(`could not extract ${tarball}: ${tar.error?.message ?? tar.stderr.trim()}`);
for (const f of files) renameSync(join(scratch, 'package', 'data', f), join(target, f));
rmSync(scratch, { recursive: true, force: true });
rmSync(tarball, { force: true });
rmSync(errorFile, { force: true });
console.log(`fetched ${files.join(', ')} from ${pkg}@${version} (integrity verified)`);

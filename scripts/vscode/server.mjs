// Starts code-server on 127.0.0.1 in its own process group, with every directory it writes to
// inside one temp run folder, and stops it by killing that group (a plain kill leaves its
// file-watcher children behind).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const live = new Set();
const runDirs = new Set();

/** Kills every server still running and removes run folders when this process ends, however it ends. */
function killAll() {
  for (const server of live) server.kill('SIGKILL');
  for (const dir of runDirs) rmSync(dir, { recursive: true, force: true });
}

/** A temp folder for one run (server state, workspace copy), removed when this process ends. */
export function makeRunDir(prefix) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  runDirs.add(dir);
  return dir;
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    killAll();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Folders and environment of one run; nothing is written to the real home or config folders. */
function runEnv(tools, runDir) {
  const dirs = { userData: path.join(runDir, 'user-data'), extensions: path.join(runDir, 'extensions'), xdg: path.join(runDir, 'xdg') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(path.join(dirs.userData, 'User/settings.json'), JSON.stringify(userSettings, null, 2));
  const env = {
    ...tools.env,
    XDG_CONFIG_HOME: path.join(dirs.xdg, 'config'),
    XDG_DATA_HOME: path.join(dirs.xdg, 'data'),
    XDG_CACHE_HOME: path.join(dirs.xdg, 'cache'),
    EXTENSIONS_GALLERY: '{"serviceUrl":""}',
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  return { dirs, env };
}

/** A quiet workbench: no welcome page, no chat panel, no update or telemetry calls. */
const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  // Postings are prose: wrapped lines read (and photograph) better than a horizontal scroll.
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
};

const commonArgs = (dirs) => ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--disable-telemetry', '--disable-update-check'];

/** `code-server --install-extension x.vsix` into the run's extensions folder. */
export function installExtension(tools, runDir, vsix) {
  const { dirs, env } = runEnv(tools, runDir);
  const r = spawnSync(tools.node, [tools.codeServer, ...commonArgs(dirs), '--install-extension', vsix], { env, encoding: 'utf8' });
  if (r.status !== 0 || !/was successfully installed/.test(r.stdout)) {
    throw new Error(`installing ${path.basename(vsix)} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
}

/**
 * @param {{ tools: object, runDir: string, folder: string, smokeTestDriver?: boolean }} options
 * smokeTestDriver: let the workbench honour the `payload` query parameter (extension tests); it
 * also hides notification toasts, so end-to-end runs leave it off.
 */
export async function startServer({ tools, runDir, folder, smokeTestDriver = false }) {
  const { dirs, env } = runEnv(tools, runDir);
  const port = await freePort();
  const logFile = path.join(runDir, 'server.log');
  const log = openSync(logFile, 'a');
  const args = [
    tools.codeServer,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    ...commonArgs(dirs),
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    folder,
  ];
  // detached: the child calls setsid(), so it leads a new process group whose id is its pid.
  const child = spawn(tools.node, args, { env, detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));

  const server = {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    pid: child.pid,
    logFile,
    logTail: (lines = 80) => readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n'),
    kill(signal = 'SIGTERM') {
      if (exited || !isGroupLeader(child.pid)) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        /* already gone */
      }
    },
    async stop() {
      server.kill('SIGTERM');
      for (let i = 0; i < 50 && groupAlive(child.pid); i++) await sleep(100);
      if (groupAlive(child.pid)) server.kill('SIGKILL');
      live.delete(server);
    },
  };
  live.add(server);

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`code-server exited during start (${JSON.stringify(exited)}):\n${server.logTail()}`);
    if (await healthy(server.url)) return server;
    await sleep(250);
  }
  await server.stop();
  throw new Error(`code-server did not answer on ${server.url} within 60 s:\n${server.logTail()}`);
}

/** True when the process leads its own group, so killing the group kills nothing else. */
function isGroupLeader(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[2]) === pid; // state, ppid, pgrp
  } catch {
    return false;
  }
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function healthy(url) {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

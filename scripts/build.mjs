#!/usr/bin/env node
// Builds everything the package ships: generated data, then the esbuild bundles.
// Usage: node scripts/build.mjs [--watch] [--only cli,extension,web,worker]
//   --only builds just those bundles (after the data step, without regenerating the grammar): the
//   real-VS-Code harness uses it so its tests run the very bundle that ships.
import { build, context } from 'esbuild';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const watch = process.argv.includes('--watch');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? new Set(process.argv[onlyAt + 1]?.split(',')) : null;

for (const step of only ? ['build-data.mjs'] : ['build-data.mjs', 'build-grammar.mjs']) {
  const script = path.join(root, 'scripts', step);
  if (!existsSync(script)) continue;
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's table says Node 20 lacks Unicode property escapes (it supports them since Node 10), so
  // it would rewrite every /\p{L}/u literal into `new RegExp(…)` evaluated at each use: a regex built
  // per character in hot loops. Node 20 and the VS Code runtimes have them.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

/** Each bundle is built only when its entry point exists, so the build grows with the project. */
const bundles = [
  { name: 'cli', entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.cjs', banner: { js: '#!/usr/bin/env node' } },
  { name: 'extension', entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'], minify: true },
  // The same extension for VS Code for the Web (vscode.dev, github.dev): the core is pure and the
  // extension reads files only through vscode.workspace.fs, so one source serves both.
  { name: 'web', entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.cjs', external: ['vscode'], minify: true, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] },
  { name: 'worker', entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker.cjs' },
]
  .filter((b) => existsSync(path.join(root, b.entryPoints[0])) && (!only || only.has(b.name)))
  .map(({ name: _name, ...options }) => options);

if (watch) {
  for (const b of bundles) await (await context({ ...common, ...b })).watch();
} else {
  await Promise.all(bundles.map((b) => build({ ...common, ...b })));
}

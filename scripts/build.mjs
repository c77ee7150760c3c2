#!/usr/bin/env node
// Builds everything the package ships: generated data, then the esbuild bundles.
// Usage: node scripts/build.mjs [--watch]
import { build, context } from 'esbuild';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const watch = process.argv.includes('--watch');

for (const step of ['build-data.mjs', 'build-grammar.mjs']) {
  const script = path.join(root, 'scripts', step);
  if (!existsSync(script)) continue;
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

/** Each bundle is built only when its entry point exists, so the build grows with the project. */
const bundles = [
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.cjs', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'], minify: true },
  // The same extension for VS Code for the Web (vscode.dev, github.dev): the core is pure and the
  // extension reads files only through vscode.workspace.fs, so one source serves both.
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.cjs', external: ['vscode'], minify: true, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] },
  { entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker.cjs' },
].filter((b) => existsSync(path.join(root, b.entryPoints[0])));

if (watch) {
  for (const b of bundles) await (await context({ ...common, ...b })).watch();
} else {
  await Promise.all(bundles.map((b) => build({ ...common, ...b })));
}

// Builds the extension bundle alone (the full build also makes the CLI, which these tests do not
// need), and bundles test/integration/index.ts and every test/integration/**/*.test.ts into CommonJS files in
// out/integration/, the form the extension host loads. `vscode` is provided by the host; mocha is
// loaded from node_modules (its CommonJS build, which both Node 20 and 24 load with require()).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { root } from './paths.mjs';

/** src/generated/*.json, then dist/extension.cjs exactly as scripts/build.mjs makes it. */
export async function buildExtension() {
  const data = spawnSync(process.execPath, [path.join(root, 'scripts/build-data.mjs')], { cwd: root, stdio: 'inherit' });
  if (data.status !== 0) throw new Error('scripts/build-data.mjs failed');
  await build({
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.cjs',
    external: ['vscode'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: root,
  });
}

/** A bundle folder per run (out/integration/<pid>), so runs in one checkout do not clobber each other. */
export const integrationOut = path.join(root, 'out/integration', String(process.pid));

const findTests = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? (d.name === 'fixtures' ? [] : findTests(path.join(dir, d.name))) : d.name.endsWith('.test.ts') ? [path.join(dir, d.name)] : [],
  );

const mochaAsCommonJs = {
  name: 'mocha-cjs',
  setup(b) {
    b.onResolve({ filter: /^mocha$/ }, () => ({ path: 'mocha/lib/mocha.cjs', external: true }));
  },
};

/** Returns the path of the bundled index (the `extensionTestsPath`). Remove integrationOut after the run. */
export async function bundleIntegrationTests() {
  const dir = path.join(root, 'test/integration');
  rmSync(integrationOut, { recursive: true, force: true });
  const tests = findTests(dir);
  await build({
    entryPoints: [path.join(dir, 'index.ts'), ...tests].map((f) => ({ in: f, out: path.relative(dir, f).replace(/\.ts$/, '').split(path.sep).join('__') })),
    outdir: integrationOut,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    plugins: [mochaAsCommonJs],
    logLevel: 'warning',
    absWorkingDir: root,
  });
  return path.join(integrationOut, 'index.cjs');
}

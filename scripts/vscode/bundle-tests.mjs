// Builds the extension bundles alone through scripts/build.mjs (the full build also makes the CLI,
// which these tests do not need), and bundles test/integration/index.ts and every test/integration/**/*.test.ts into CommonJS files in
// out/integration/, the form the extension host loads. `vscode` is provided by the host; mocha is
// loaded from node_modules (its CommonJS build, which both Node 20 and 24 load with require()).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { root } from './paths.mjs';

/** src/generated/*.json, then the extension bundles (desktop and web) by scripts/build.mjs itself, so the tests run what ships. */
export async function buildExtension() {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--only', 'extension,web'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('scripts/build.mjs --only extension,web failed');
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

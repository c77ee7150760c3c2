#!/usr/bin/env node
// Unit tests: node:test over test/unit/**/*.test.ts (TypeScript through tsx), with line coverage of
// src/core measured by c8 (fails under 90 %). Pass file paths to run only those.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const find = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? find(path.join(dir, d.name)) : d.name.endsWith('.test.ts') ? [path.join(dir, d.name)] : [],
  );
spawnSync(process.execPath, [path.join(root, "scripts/build-data.mjs")], { cwd: root, stdio: "inherit" });
const files = process.argv.slice(2).length ? process.argv.slice(2) : find(path.join(root, 'test/unit')).sort();
const coverage = !process.argv.slice(2).length && process.env.POSTING_LENS_COVERAGE !== '0';

const nodeArgs = ['--import', 'tsx', '--test', '--test-reporter=spec', ...files];
const [cmd, args] = coverage
  ? [
      process.execPath,
      [
        path.join(root, 'node_modules/c8/bin/c8.js'),
        '--include=src/core/**',
        '--exclude=src/generated/**',
        '--reporter=text-summary',
        '--check-coverage',
        '--lines=90',
        process.execPath,
        ...nodeArgs,
      ],
    ]
  : [process.execPath, nodeArgs];
const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);

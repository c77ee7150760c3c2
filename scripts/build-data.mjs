#!/usr/bin/env node
// Compiles the YAML word lists in data/ into JSON modules under src/generated/ that the pure core
// imports (so the core never reads files). Generated, git-ignored, rebuilt by `npm run build`.
//   data/<name>.yaml          → src/generated/<name>.json   (plain data)
//   data/glossary/*.yaml      → src/generated/glossary.json (entries, validated by the core's parser)
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'src/generated');
mkdirSync(out, { recursive: true });

const write = (name, value) => {
  const file = path.join(out, name);
  const text = JSON.stringify(value) + '\n';
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
};

for (const f of readdirSync(path.join(root, 'data'))) {
  if (!f.endsWith('.yaml')) continue;
  write(f.replace(/\.yaml$/, '.json'), parse(readFileSync(path.join(root, 'data', f), 'utf8')));
}

// The glossary goes through the core's own parser, so the built-in data obeys the same rules
// (and gives the same error messages) as a user's glossary.
const glossaryDir = path.join(root, 'data/glossary');
const parser = path.join(root, 'src/core/glossary/parse.ts');
if (existsSync(glossaryDir) && existsSync(parser)) {
  const { register } = await import('tsx/esm/api');
  const unregister = register();
  const { parseGlossary } = await import(pathToFileURL(parser).href);
  const entries = [];
  let failed = false;
  for (const f of readdirSync(glossaryDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const rel = `data/glossary/${f}`;
    const result = parseGlossary(readFileSync(path.join(glossaryDir, f), 'utf8'), rel);
    for (const e of result.errors) {
      console.error(`${e.file}:${e.line + 1}:${e.column + 1}: ${e.message}`);
      failed = true;
    }
    entries.push(...result.entries);
  }
  await unregister();
  if (failed) process.exit(1);
  write('glossary.json', entries);
} else if (!existsSync(path.join(out, 'glossary.json'))) {
  write('glossary.json', []);
}

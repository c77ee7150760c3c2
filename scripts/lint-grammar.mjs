#!/usr/bin/env node
// Lint for the generated grammars: unresolved includes (`#rule`, `scope#rule`, unknown scopes),
// repository rules no pattern reaches, patterns Oniguruma cannot compile, and the "generated" note.
// Exit 1 with one message per problem.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export const GRAMMARS = ['syntaxes/posting.tmLanguage.json', 'syntaxes/posting-markdown.tmLanguage.json'];
/** Scopes a grammar may include that are not ours: VS Code ships them. */
const EXTERNAL = new Set(['text.html.markdown']);

/** Every rule object of a grammar with a path for messages. */
function* rules(node, where) {
  if (!node || typeof node !== 'object') return;
  yield [node, where];
  for (const [i, p] of (node.patterns ?? []).entries()) yield* rules(p, `${where}/patterns/${i}`);
  for (const key of ['captures', 'beginCaptures', 'endCaptures', 'whileCaptures']) {
    for (const [n, c] of Object.entries(node[key] ?? {})) yield* rules(c, `${where}/${key}/${n}`);
  }
  for (const [k, r] of Object.entries(node.repository ?? {})) yield* rules(r, `${where}/repository/${k}`);
  for (const [k, r] of Object.entries(node.injections ?? {})) yield* rules(r, `${where}/injections/${JSON.stringify(k)}`);
}

/** Problems of all grammars (an empty list when they are clean). */
export async function lintGrammars(files = GRAMMARS) {
  await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
  const grammars = new Map(files.map((f) => {
    const g = JSON.parse(readFileSync(path.resolve(root, f), 'utf8'));
    return [g.scopeName, { file: f, g }];
  }));
  const problems = [];
  for (const { file, g } of grammars.values()) {
    if (!String(g.information_for_contributors ?? '').includes('GENERATED')) problems.push(`${file}: no "generated — edit the YAML" note`);
    const repo = g.repository ?? {};
    const used = new Set();
    // Rules reached from the top-level patterns and injections (a repository rule that only other
    // grammars include, like text.posting#term, counts as used when one of them includes it).
    const queue = [...(g.patterns ?? []), ...Object.values(g.injections ?? {})];
    for (const other of grammars.values()) {
      for (const [r] of rules(other.g, '')) {
        const m = /^([\w.-]+)#([\w-]+)$/.exec(r.include ?? '');
        if (m && m[1] === g.scopeName && repo[m[2]]) {
          queue.push(repo[m[2]]);
          used.add(m[2]);
        }
      }
    }
    const seen = new Set();
    while (queue.length) {
      const r = queue.pop();
      if (!r || typeof r !== 'object' || seen.has(r)) continue;
      seen.add(r);
      for (const [sub] of rules(r, '')) {
        if (sub !== r) queue.push(sub);
        const inc = sub.include;
        if (inc?.startsWith('#') && repo[inc.slice(1)]) {
          used.add(inc.slice(1));
          queue.push(repo[inc.slice(1)]);
        }
      }
    }
    for (const key of Object.keys(repo)) if (!used.has(key)) problems.push(`${file}: repository rule "${key}" is never included`);
    for (const [r, where] of rules(g, file)) {
      const inc = r.include;
      if (inc) {
        if (inc === '$self' || inc === '$base') continue;
        if (inc.startsWith('#')) {
          if (!repo[inc.slice(1)]) problems.push(`${where}: include "${inc}" names no repository rule`);
        } else {
          const [scope, rule] = inc.split('#');
          const other = grammars.get(scope);
          if (!other && !EXTERNAL.has(scope)) problems.push(`${where}: include "${inc}" names an unknown grammar`);
          else if (other && rule && !other.g.repository?.[rule]) problems.push(`${where}: include "${inc}" names no rule of ${scope}`);
        }
      }
      for (const key of ['match', 'begin', 'end', 'while']) {
        if (typeof r[key] !== 'string') continue;
        try {
          new oniguruma.OnigScanner([r[key]]).dispose();
        } catch (e) {
          problems.push(`${where}/${key}: Oniguruma cannot compile it: ${e.message}`);
        }
      }
      if ((r.begin && !r.end && !r.while) || (r.end && !r.begin)) problems.push(`${where}: begin without end/while (or end without begin)`);
    }
  }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = await lintGrammars();
  for (const p of problems) console.error(p);
  console.log(problems.length ? `grammar lint: ${problems.length} problem(s)` : 'grammar lint: clean');
  process.exitCode = problems.length ? 1 : 0;
}

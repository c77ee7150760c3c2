// The real TextMate engine VS Code uses (vscode-textmate + vscode-oniguruma), loaded with the
// posting grammars and, for Markdown postings, VS Code's own Markdown grammar (from tm-grammars).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));

let onigLib;
function loadOniguruma() {
  onigLib ??= oniguruma
    .loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer)
    .then(() => ({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }));
  return onigLib;
}

/** Where each scope's grammar comes from when the caller gives no grammar object for it. */
const FILES = {
  'text.posting': path.join(root, 'syntaxes/posting.tmLanguage.json'),
  'text.posting.markdown': path.join(root, 'syntaxes/posting-markdown.tmLanguage.json'),
  'text.html.markdown': require.resolve('tm-grammars/grammars/markdown.json'),
};

/**
 * A registry that resolves our scopes (from `overrides` — grammar objects, e.g. built in memory
 * from a fixture glossary — or from the committed files) and VS Code's Markdown grammar. Other
 * scopes (languages embedded in fenced code) resolve to nothing, as in an editor without them.
 */
export async function createRegistry(overrides = {}) {
  return new vsctm.Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (scope) => {
      if (overrides[scope]) return overrides[scope];
      const file = FILES[scope];
      return file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
  });
}

/**
 * Tokenise `text` line by line: `[{ line, text, tokens: [{ start, end, scopes }] }]`.
 * State carries from line to line as in the editor.
 */
export function tokenize(grammar, text) {
  let state = vsctm.INITIAL;
  return text.split(/\r\n|\r|\n/).map((line, i) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    const tokens = r.tokens.map((t, j) => ({ start: t.startIndex, end: r.tokens[j + 1]?.startIndex ?? line.length, scopes: t.scopes }));
    return { line: i, text: line, tokens: tokens.filter((t) => t.end > t.start) };
  });
}

export const INITIAL = vsctm.INITIAL;

// Grammar assertion files (test/grammar/*.txt), checked on the real engine.
//
//   #! SYNTAX TEST "text.posting" "what this file covers"     header: root scope and title
//   #! any other line starting with #! is a comment (not tokenised)
//   5+ years of experience with Kafka                          a source line (tokenised)
//   ^^^^^^^^^^^^^^^^^^^^^^ = constant.numeric.years.posting   assertions on the line above
//                               ^^^^^ *.skill.*.posting
//   ^^ - *.skill.*                                             none of these scopes
//
// The carets give the columns. `scope …` : every character there has every scope listed.
// `= scope …` : in addition, the columns are exactly one token (after merging neighbours with the
// same scopes) — "JavaScript" is one token, not "Java" + "Script". `- scope …` : no character there
// has any of these scopes. A scope may use `*` for any run of characters within a scope name, and a
// negative scope also matches its sub-scopes (`- entity.name` rules out `entity.name.type.x`).

/** Parse an assertion file: `{ scope, title, lines: string[], assertions: [...] }`. */
export function parseAssertions(text, file) {
  const src = text.split(/\r?\n/);
  const header = /^#! SYNTAX TEST "([^"]+)"(?: "([^"]*)")?/.exec(src[0] ?? '');
  if (!header) throw new Error(`${file}:1: expected a header #! SYNTAX TEST "<scope>" "<title>"`);
  const lines = [];
  const assertions = [];
  for (let i = 1; i < src.length; i++) {
    const raw = src[i];
    if (raw.startsWith('#!')) continue;
    const m = /^(\s*)(\^+)\s+(.*)$/.exec(raw);
    if (m && lines.length) {
      const parts = m[3].trim().split(/\s+/);
      const exact = parts[0] === '=';
      if (exact) parts.shift();
      const dash = parts.indexOf('-');
      const positive = dash < 0 ? parts : parts.slice(0, dash);
      const negative = dash < 0 ? [] : parts.slice(dash + 1);
      if (!positive.length && !negative.length) throw new Error(`${file}:${i + 1}: assertion without scopes`);
      assertions.push({ fileLine: i + 1, line: lines.length - 1, start: m[1].length, end: m[1].length + m[2].length, exact, positive, negative });
      continue;
    }
    lines.push(raw);
  }
  return { scope: header[1], title: header[2] ?? '', lines, assertions };
}

const globRe = (pattern, prefix) =>
  new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^ ]*')}${prefix ? '(?:\\..*)?' : ''}$`);

/** Neighbouring tokens with the same scopes merged: what a reader sees as one coloured run. */
export function mergeTokens(tokens) {
  const out = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && last.end === t.start && last.scopes.join(' ') === t.scopes.join(' ')) last.end = t.end;
    else out.push({ ...t });
  }
  return out;
}

/** Check assertions against tokenised lines; returns failure messages (empty when all pass). */
export function checkAssertions(parsed, tokenized, file) {
  const failures = [];
  for (const a of parsed.assertions) {
    const line = tokenized[a.line];
    const tokens = mergeTokens(line.tokens);
    const where = `${file}:${a.fileLine}: "${line.text.slice(a.start, a.end)}" (line ${a.line + 1}, columns ${a.start}-${a.end})`;
    const covering = tokens.filter((t) => t.end > a.start && t.start < a.end);
    const show = covering.map((t) => `"${line.text.slice(t.start, t.end)}" [${t.scopes.slice(1).join(' ') || '-'}]`).join(', ');
    if (a.end > line.text.length) {
      failures.push(`${where}: carets run past the end of the line`);
      continue;
    }
    for (const s of a.positive) {
      const re = globRe(s, false);
      if (!covering.every((t) => t.scopes.some((x) => re.test(x)))) failures.push(`${where}: expected ${s}, got ${show}`);
    }
    for (const s of a.negative) {
      const re = globRe(s, true);
      if (covering.some((t) => t.scopes.some((x) => re.test(x)))) failures.push(`${where}: expected no ${s}, got ${show}`);
    }
    if (a.exact && !(covering.length === 1 && covering[0].start === a.start && covering[0].end === a.end)) {
      failures.push(`${where}: expected exactly one token, got ${show}`);
    }
  }
  return failures;
}

/**
 * A human-readable snapshot: each line that has scoped tokens, then one row per token with its
 * text and its scopes below the root scope.
 */
export function renderSnapshot(tokenized, title) {
  const out = [`# ${title}`, '# line | text, then each coloured token: "text"  scopes (root scope left out; runs with only meta.* scopes omitted)', ''];
  for (const l of tokenized) {
    const tokens = mergeTokens(l.tokens).filter((t) => t.scopes.slice(1).some((s) => !s.startsWith('meta.')) && l.text.slice(t.start, t.end).trim());
    if (!tokens.length) continue;
    out.push(`${String(l.line + 1).padStart(3)} | ${l.text.length > 110 ? l.text.slice(0, 110) + '…' : l.text}`);
    for (const t of tokens) out.push(`    | ${JSON.stringify(l.text.slice(t.start, t.end))}  ${t.scopes.slice(1).join(' ')}`);
  }
  return out.join('\n') + '\n';
}

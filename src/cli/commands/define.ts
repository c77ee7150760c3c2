/** `posting-lens define TERM`: the glossary entry of a term, or suggestions when there is none. */
import type { GlossaryEntry } from '../../core/types.ts';
import { parseArgs, UsageError, type OptionSpecs } from '../args.ts';
import { ANSI_STYLE, shouldColor } from '../color.ts';
import { loadGlossary } from '../glossary.ts';
import { DEFINE_HELP } from '../help.ts';
import type { CliIo } from '../io.ts';
import { suggest } from '../suggest.ts';

const OPTIONS: OptionSpecs = {
  format: { type: 'string', short: 'f', choices: ['text', 'table', 'json'] },
  glossary: { type: 'string', short: 'g', multiple: true },
  color: { type: 'boolean', negatable: true },
  help: { type: 'boolean', short: 'h' },
};

export async function runDefine(argv: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArgs(argv, OPTIONS, 'define');
  if (options.help) {
    await io.stdout.write(DEFINE_HELP);
    return 0;
  }
  const term = positionals.join(' ').trim();
  if (!term) throw new UsageError('define needs a term, e.g. posting-lens define Kubernetes');
  const { glossary, failed } = await loadGlossary((options.glossary as string[] | undefined) ?? [], io);
  const found = glossary.lookup(term);
  if (!found.length) {
    const candidates = [...glossary.entries.values()].map((e) => ({ label: e.name, spellings: [e.name, e.id, ...e.aliases.map((a) => a.text)] }));
    const close = suggest(term, candidates);
    const hint = close.length ? ` — did you mean ${close.join(', ')}?` : '';
    await io.stderr.write(`posting-lens: no glossary entry for "${term}"${hint}\n`);
    return 2;
  }
  if (options.format === 'json') {
    await io.stdout.write(JSON.stringify(found.map(toJsonEntry), null, 2) + '\n');
  } else {
    const bold = shouldColor(io, options.color as boolean | undefined) ? ANSI_STYLE.title : undefined;
    await io.stdout.write(found.map((e) => formatEntry(e, glossary.entries, bold)).join('\n'));
  }
  return failed ? 2 : 0;
}

function toJsonEntry(e: GlossaryEntry): Record<string, unknown> {
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    category: e.category,
    definition: e.definition,
    url: e.url ?? null,
    related: e.related,
    since: e.since ?? null,
    aliases: e.aliases.filter((a) => a.text !== e.name).map((a) => a.text),
    ...(e.context ? { context: e.context.note } : {}),
  };
}

/** A plain-text card: name line, definition wrapped at 80 columns, then labelled fields. */
export function formatEntry(e: GlossaryEntry, all: ReadonlyMap<string, GlossaryEntry>, bold: (t: string) => string = (t) => t): string {
  const meta = [e.kind, e.category, e.since ? `since ${e.since}` : ''].filter(Boolean).join(' · ');
  const lines = [`${bold(e.name)}  (${meta})`, ...wrap(e.definition, 78).map((l) => `  ${l}`)];
  const field = (label: string, value: string): void => {
    if (!value) return;
    // URLs stay whole; other values wrap under themselves.
    const parts = label === 'Docs' ? [value] : wrap(value, 78 - 9);
    parts.forEach((part, i) => lines.push(`  ${(i === 0 ? label : '').padEnd(9)}${part}`));
  };
  const aliases = e.aliases.filter((a) => a.text !== e.name).map((a) => a.text);
  field('Aliases', aliases.join(', '));
  field('Related', e.related.map((id) => all.get(id)?.name ?? id).join(', '));
  field('Docs', e.url ?? '');
  if (e.context) field('Context', e.context.note);
  field('Id', e.id);
  return lines.join('\n') + '\n';
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) out.push(line);
  return out;
}

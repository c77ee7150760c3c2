import type { PostingDiff, SectionRef } from './diff.ts';
import { isEmptyDiff } from './diff.ts';

const where = (s: SectionRef) => [...s.path, s.title || '(untitled)'].join(' › ');
const years = (n: number | null) => (n === null ? 'none' : `${n}+`);

/** Lines of the diff, grouped by what changed; shared by the text and Markdown renderers. */
function groups(d: PostingDiff): [string, string[]][] {
  const out: [string, string[]][] = [];
  const head: string[] = [];
  if (d.title) head.push(`Title: "${d.title.from ?? ''}" → "${d.title.to ?? ''}"`);
  if (d.company) head.push(`Company: "${d.company.from ?? ''}" → "${d.company.to ?? ''}"`);
  if (head.length) out.push(['Posting', head]);
  const sections = [
    ...d.sections.added.map((s) => `+ ${where(s)} (${s.kind})`),
    ...d.sections.removed.map((s) => `- ${where(s)} (${s.kind})`),
    ...d.sections.renamed.map((r) => `~ ${where(r.from)} → ${r.to.title} (${r.to.kind})`),
  ];
  if (sections.length) out.push(['Sections', sections]);
  const skills = [
    ...d.skills.added.map((s) => `+ ${s.name} (${s.level})`),
    ...d.skills.removed.map((s) => `- ${s.name} (was ${s.level})`),
    ...d.skills.changed.map((s) => `~ ${s.name}: ${s.from} → ${s.to}`),
  ];
  if (skills.length) out.push(['Skills', skills]);
  const reqs: string[] = [];
  if (d.years) reqs.push(`~ Years of experience: ${years(d.years.from)} → ${years(d.years.to)}`);
  reqs.push(...d.degrees.added.map((x) => `+ Degree required: ${x}`), ...d.degrees.removed.map((x) => `- Degree no longer required: ${x}`));
  if (d.degrees.equivalentExperience) reqs.push(`~ "Or equivalent experience": ${d.degrees.equivalentExperience.from ? 'offered' : 'not offered'} → ${d.degrees.equivalentExperience.to ? 'offered' : 'not offered'}`);
  if (reqs.length) out.push(['Requirements', reqs]);
  return out;
}

export function renderDiffText(d: PostingDiff, a: string, b: string): string {
  if (isEmptyDiff(d)) return `No changes in sections, skills or requirements between ${a} and ${b}.\n`;
  return `Changes from ${a} to ${b}\n` + groups(d).map(([title, lines]) => `\n${title}\n${lines.map((l) => `  ${l}`).join('\n')}\n`).join('');
}

const md = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');

export function renderDiffMarkdown(d: PostingDiff, a: string, b: string): string {
  const head = `### Posting changes: \`${a}\` → \`${b}\`\n`;
  if (isEmptyDiff(d)) return `${head}\nNo changes in sections, skills or requirements.\n`;
  const icon: Record<string, string> = { '+': '➕', '-': '➖', '~': '✏️' };
  return (
    head +
    groups(d)
      .map(([title, lines]) => `\n**${title}**\n\n${lines.map((l) => `- ${icon[l[0]!] ?? ''} ${md(l.slice(2))}`).join('\n')}\n`)
      .join('')
  );
}

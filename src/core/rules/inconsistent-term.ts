import type { Mention } from '../types.ts';
import type { Rule, RuleReport } from './rule.ts';
import { isTechnology } from './walk.ts';

/** "LLMs" → "llm", "Kubernetes'" → "kubernetes": plural and possessive forms are the same spelling. */
function base(spelling: string): string {
  return spelling.replace(/(?:'s|’s|'|’)$/u, '').replace(/(?<=[A-Z])s$/u, '');
}

const initials = (s: string) =>
  s
    .split(/[\s/-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toLowerCase())
    .join('');

/** Two spellings a careful writer would not call inconsistent. */
export function sameSpelling(a: string, b: string): boolean {
  const x = base(a);
  const y = base(b);
  if (x === y) return true;
  // Sentence case only ("Machine learning" / "machine learning"): not an inconsistency.
  if (x.slice(1) === y.slice(1) && x[0]!.toLowerCase() === y[0]!.toLowerCase()) return true;
  const lx = x.toLowerCase();
  const ly = y.toLowerCase();
  // All-caps or all-lower variants of a plain word ("KAFKA" in a heading): not worth a report.
  if (lx === ly && !/[a-z][A-Z]/.test(x) && !/[a-z][A-Z]/.test(y)) return true;
  // A full name and its short form ("Apache Flink" / "Flink"), or an acronym and its expansion.
  const padded = (s: string) => ` ${s.replace(/[\s-]+/g, ' ')} `;
  if (lx !== ly && (padded(lx).includes(padded(ly)) || padded(ly).includes(padded(lx)))) return true;
  if (initials(x) === ly.replace(/[^a-z]/g, '') || initials(y) === lx.replace(/[^a-z]/g, '')) return true;
  return false;
}

export const inconsistentTerm: Rule = {
  meta: {
    id: 'inconsistent-term',
    title: 'One technology is spelled two ways in one posting.',
    rationale:
      'Writing "k8s" in one bullet and "Kubernetes" in the next, or "Pytorch" beside "PyTorch", reads as careless and makes readers wonder whether two things are meant. Pick one spelling — usually the official one. Full names beside short names ("Apache Flink" / "Flink") and acronyms beside their expansion are fine.',
    defaultSeverity: 'warning',
    fixable: true,
    options: {},
    examples: { bad: '- Kubernetes\n- Deploying to k8s', good: '- Kubernetes\n- Deploying to Kubernetes' },
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const skill of context.analysis.skills) {
      // Concepts are named many ways on purpose ("ML", "machine learning models"); only products count.
      if (!isTechnology(skill.kind)) continue;
      const groups: { spelling: string; mentions: Mention[] }[] = [];
      for (const m of skill.mentions) {
        const g = groups.find((x) => sameSpelling(x.spelling, m.text));
        if (g) g.mentions.push(m);
        else groups.push({ spelling: m.text, mentions: [m] });
      }
      if (groups.length < 2) continue;
      // Keep the official spelling when it is used (alone or in a longer phrase), else the most frequent one.
      const official = groups.find((g) => base(g.spelling) === skill.name || ` ${g.spelling} `.includes(` ${skill.name} `));
      const keep = official ?? [...groups].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
      const preferred = official ? skill.name : keep.spelling;
      for (const g of groups) {
        if (g === keep) continue;
        for (const m of g.mentions) {
          reports.push({
            range: m.span,
            message: `"${m.text}" and "${preferred}" both name ${skill.name} in this posting: use one spelling.`,
            fixes: [{ title: `Change to "${preferred}"`, safe: false, edits: [{ range: m.span, newText: preferred }] }],
            data: { skill: skill.id, spelling: m.text, preferred },
          });
        }
      }
    }
    return reports;
  },
};

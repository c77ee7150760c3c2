import type { Level, PostingAnalysis } from '../types.ts';

export interface SkillStat {
  id: string;
  name: string;
  category: string;
  /** Postings in which the skill's strongest level is each level. */
  required: number;
  preferred: number;
  mentioned: number;
  postings: number;
}

export interface PairStat {
  a: string;
  b: string;
  /** Postings that require or prefer both. */
  count: number;
}

export interface RepoStats {
  postings: number;
  skills: SkillStat[];
  pairs: PairStat[];
}

/** What a worker thread posts back: plain arrays, structured-clone-able. */
export interface StatsSnapshot {
  postings: number;
  skills: [string, SkillStat][];
  pairs: [string, number][];
}

/**
 * Skill frequency across many postings. Accumulators merge, so worker threads can each count a share
 * of the repository and the main thread adds them up.
 */
export class StatsAccumulator {
  postings = 0;
  readonly skills = new Map<string, SkillStat>();
  readonly pairs = new Map<string, number>();

  add(analysis: PostingAnalysis): this {
    this.postings++;
    const asked: string[] = [];
    for (const s of analysis.skills) {
      const stat = this.skills.get(s.id) ?? { id: s.id, name: s.name, category: s.category, required: 0, preferred: 0, mentioned: 0, postings: 0 };
      stat[s.level satisfies Level]++;
      stat.postings++;
      this.skills.set(s.id, stat);
      if (s.level !== 'mentioned') asked.push(s.id);
    }
    asked.sort();
    for (let i = 0; i < asked.length; i++) {
      for (let j = i + 1; j < asked.length; j++) {
        const k = `${asked[i]}\u0000${asked[j]}`;
        this.pairs.set(k, (this.pairs.get(k) ?? 0) + 1);
      }
    }
    return this;
  }

  merge(other: StatsSnapshot): this {
    this.postings += other.postings;
    for (const [id, s] of other.skills) {
      const mine = this.skills.get(id);
      if (!mine) this.skills.set(id, { ...s });
      else for (const f of ['required', 'preferred', 'mentioned', 'postings'] as const) mine[f] += s[f];
    }
    for (const [k, n] of other.pairs) this.pairs.set(k, (this.pairs.get(k) ?? 0) + n);
    return this;
  }

  /** A plain, structured-clone-able snapshot (what a worker posts back). */
  snapshot(): StatsSnapshot {
    return { postings: this.postings, skills: [...this.skills], pairs: [...this.pairs] };
  }

  result(topPairs = 20): RepoStats {
    const skills = [...this.skills.values()].sort((x, y) => y.postings - x.postings || y.required - x.required || x.name.localeCompare(y.name));
    const pairs = [...this.pairs]
      .map(([k, count]) => {
        const [a, b] = k.split('\u0000') as [string, string];
        return { a, b, count };
      })
      .sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
      .slice(0, topPairs);
    return { postings: this.postings, skills, pairs };
  }
}

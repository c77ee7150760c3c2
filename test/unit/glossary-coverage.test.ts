// Does the shipped glossary recognise what postings name? Two measures: every technical term of the
// five seeds resolves to the right entry, and on postings the glossary was never tuned on
// (test/fixtures/glossary-coverage/*/posting.txt, with expected.json written by reading the text
// before running the matcher) at least 95 % of the named technologies are found, and none of the
// ordinary words listed there is taken for a technology.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { analyzePosting } from '../../src/core/analyze.ts';
import { builtInGlossary } from '../../src/core/glossary/index.ts';
import type { EntryKind, Mention } from '../../src/core/types.ts';

const glossary = builtInGlossary();
const TECHNOLOGY: ReadonlySet<EntryKind> = new Set(['language', 'framework', 'library', 'tool', 'platform', 'service', 'database']);

const mentionsOf = (text: string): Mention[] => analyzePosting(text).skills.flatMap((s) => s.mentions);

/** Offsets where `term` is written (case-sensitive, as in the posting). */
function occurrences(text: string, term: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) at.push(i);
  return at;
}

/** Is `term`, at one of the places it is written, covered by a mention of `id`? */
function resolves(text: string, mentions: readonly Mention[], term: string, id: string): boolean {
  return occurrences(text, term).some((s) =>
    mentions.some((m) => m.skillId === id && m.span.start < s + term.length && m.span.end > s),
  );
}

/** Terms (as written) whose mention is missing or names another entry, with what was found instead. */
function unresolved(text: string, expected: readonly (readonly [string, string])[]): string[] {
  const mentions = mentionsOf(text);
  return expected
    .filter(([term, id]) => !resolves(text, mentions, term, id))
    .map(([term, id]) => {
      assert.ok(occurrences(text, term).length, `the expectation names "${term}", which the posting does not contain`);
      const found = mentions.filter((m) => occurrences(text, term).some((s) => m.span.start < s + term.length && m.span.end > s));
      return `${term} → ${id} (found: ${found.map((m) => `${m.text}=${m.skillId}`).join(', ') || 'nothing'})`;
    });
}

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

test('the expected ids of the seed terms are glossary entries', () => {
  const unknown = Object.values(SEEDS)
    .flat()
    .map(([, id]) => id)
    .filter((id) => !glossary.entries.has(id));
  assert.deepEqual(unknown, []);
});

// Term as written in the seed → the entry it must resolve to. Written by reading the seeds.
const SEEDS: Record<string, (readonly [string, string])[]> = {
  '000_f99fb1aa4bb66697.txt': [
    ['Java', 'java'], ['JavaScript', 'javascript'], ['Golang', 'go'], ['Python', 'python'], ['Kotlin', 'kotlin'], ['TypeScript', 'typescript'],
    ['RDB', 'relational-database'], ['Redis', 'redis'], ['Kafka', 'kafka'], ['Spark', 'spark'], ['Flink', 'flink'], ['DataBricks', 'databricks'],
    ['Kubernetes', 'kubernetes'], ['AWS', 'aws'], ['TensorFlow Serving', 'tensorflow-serving'], ['TorchServe', 'torchserve'],
    ['Triton Inference Server', 'triton-inference-server'], ['Ray Serve', 'ray-serve'], ['Airflow', 'airflow'], ['CI/CD', 'ci-cd'], ['MLOps', 'mlops'],
    ['model versioning', 'model-versioning'], ['Prometheus', 'prometheus'], ['Grafana', 'grafana'], ['LLMs', 'llm'], ['large language models', 'llm'],
    ['feature store', 'feature-store'], ['online/offline feature parity', 'online-offline-feature-parity'], ['rollback', 'rollback'],
    ['observability', 'observability'], ['fine-tuning', 'fine-tuning'], ['big data', 'big-data'], ['stream processing', 'stream-processing'],
    ['data pipelines', 'data-pipeline'], ['machine learning', 'machine-learning'], ['operating systems', 'operating-systems'],
    ['computer architecture', 'computer-architecture'], ['data structures', 'data-structures'], ['algorithms', 'algorithms'], ['APIs', 'api'],
    ['model serving', 'model-serving'], ['data engineering', 'data-engineering'], ['pair-programming', 'pair-programming'],
  ],
  '001_ea8f28dc49a10842.txt': [
    ['C/', 'c'], ['C++', 'cpp'], ['CUDA', 'cuda'], ['Python', 'python'], ['TensorFlow', 'tensorflow'], ['Pytorch', 'pytorch'], ['PyTorch', 'pytorch'],
    ['Jax', 'jax'], ['TFX', 'tfx'], ['deep learning frameworks', 'ml-framework'], ['Deep Learning', 'deep-learning'], ['multi-tenancy', 'multi-tenancy'],
    ['model training', 'model-training'], ['data pipelines', 'data-pipeline'], ['recommendation platform', 'recommendation-systems'],
    ['ads ranking', 'ads-ranking'], ['search ranking', 'search-ranking'], ['Computer Science', 'computer-science'], ["Bachelor's", 'bachelors-degree'],
    ["Master's degree", 'masters-degree'], ['machine learning lifecycle management', 'ml-lifecycle'], ['open sourced', 'open-source'],
  ],
  '002_cb59bd19a12584bd.txt': [
    // "Required" list
    ['ML infrastructure', 'ml-infrastructure'], ['platform engineering', 'platform-engineering'], ['production ML systems', 'production-ml'],
    ['machine learning model development lifecycle', 'ml-lifecycle'], ['data preprocessing', 'data-preprocessing'], ['model training', 'model-training'],
    ['evaluation', 'model-evaluation'], ['distributed systems', 'distributed-systems'], ['cloud computing', 'cloud-computing'],
    ['large-scale data processing', 'big-data'], ['computer science', 'computer-science'], ['software engineering principles', 'software-engineering'],
    ['CI/CD pipelines', 'ci-cd'], ['DevOps practices', 'devops'], ['infrastructure as code', 'infrastructure-as-code'], ['containerization', 'containerization'],
    ['Docker', 'docker'], ['Kubernetes', 'kubernetes'], ['orchestration systems', 'container-orchestration'], ['AWS', 'aws'], ['Spark', 'spark'], ['Ray', 'ray'],
    ['GPU programming', 'gpu-programming'], ['CUDA', 'cuda'], ['Python', 'python'], ['Go', 'go'], ['Scala', 'scala'], ['Java', 'java'],
    ['Terraform', 'terraform'], ['CloudFormation', 'cloudformation'], ['testing', 'software-testing'], ['version control', 'version-control'],
    ['code review', 'code-review'], ['observability', 'observability'],
    // "Nice to have" list
    ['distributed compute frameworks', 'distributed-computing'], ['feature store', 'feature-store'], ['real-time ML systems', 'real-time-inference'],
    ['model serving', 'model-serving'], ['streaming technologies', 'stream-processing'], ['Kafka', 'kafka'], ['Kinesis', 'kinesis'], ['Flink', 'flink'],
    ['Spark Streaming', 'spark-streaming'], ['ML lifecycle workflows', 'ml-lifecycle'], ['ML experimentation platforms', 'experimentation-platform'],
    ['model governance', 'model-governance'],
    // the prose above the lists
    ['infrastructure-as-code', 'infrastructure-as-code'], ['feature pipelines', 'feature-pipeline'], ['real-time inference', 'real-time-inference'],
    ['distributed training', 'distributed-training'], ['GPU', 'gpu'],
  ],
  '003_a98712cf0a13e054.txt': [
    ['recommendation system', 'recommendation-systems'], ['classifiers', 'classification'], ['machine learning', 'machine-learning'],
    ['ML algorithms', 'machine-learning'], ['data structures', 'data-structures'], ['algorithms', 'algorithms'], ['data mining', 'data-mining'],
    ['computer science', 'computer-science'],
  ],
  '004_73475181918ca075.txt': [
    ['C/', 'c'], ['C++', 'cpp'], ['Java', 'java'], ['Python', 'python'], ['distributed systems', 'distributed-systems'],
    ['recommendation systems', 'recommendation-systems'], ['personalized recommendations', 'recommendation-systems'],
    ['machine learning infrastructure', 'ml-infrastructure'], ['big data frameworks', 'big-data'], ['distributed storage systems', 'distributed-storage'],
    ['search engine', 'search-engine'], ['data pipelines', 'data-pipeline'], ['Computer Science', 'computer-science'], ["Bachelor's degree", 'bachelors-degree'],
  ],
};

/** Entries that must not be found anywhere in a seed (the other meaning of an ambiguous name). */
const NOT_IN_SEED: Record<string, string[]> = {
  '000_f99fb1aa4bb66697.txt': ['ray', 'triton-lang', 'r', 'c', 'rust', 'swift', 'dart', 'julia'],
  '001_ea8f28dc49a10842.txt': ['go', 'r', 'rust', 'swift', 'ray', 'triton-lang'],
  '002_cb59bd19a12584bd.txt': ['r', 'c', 'rust', 'swift', 'triton-lang', 'ray-serve'],
  '003_a98712cf0a13e054.txt': ['go', 'r', 'c', 'rust', 'swift', 'ray', 'spark', 'julia', 'dart'],
  '004_73475181918ca075.txt': ['go', 'r', 'rust', 'swift', 'ray', 'spark'],
};

for (const [name, expected] of Object.entries(SEEDS)) {
  test(`seed ${name.slice(0, 3)}: every technical term resolves to the right entry`, () => {
    const text = seed(name);
    assert.deepEqual(unresolved(text, expected), []);
    const ids = new Set(mentionsOf(text).map((m) => m.skillId));
    assert.deepEqual(NOT_IN_SEED[name]!.filter((id) => ids.has(id)), [], 'found although the seed does not mean it');
  });
}

test('seed 001: each line of the "Nice-to-have skills" list is one whole mention', () => {
  const text = seed('001_ea8f28dc49a10842.txt');
  const block = text.slice(text.indexOf('Nice-to-have skills'), text.indexOf('Seattle, Washington'));
  const start = text.indexOf(block);
  const mentions = mentionsOf(text);
  const lines = block.split('\n').slice(1).filter((l) => l.trim());
  const whole = lines.filter((line) => {
    const s = start + block.indexOf(`\n${line}\n`) + 1;
    return mentions.some((m) => m.span.start === s && m.span.end === s + line.length);
  });
  assert.deepEqual(whole, lines);
});

// ---------------------------------------------------------------------------------------------
// Postings the glossary was not written against.

interface Expectation {
  /** Technology as written in the posting → the entry it should resolve to. */
  technologies: Record<string, string>;
  /** Phrases of the posting in which nothing may be recognised (ordinary words that look like names). */
  notTechnologies: string[];
}

const fixtures = new URL('../fixtures/glossary-coverage/', import.meta.url);
const postings = readdirSync(fixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({
    name: d.name,
    text: readFileSync(new URL(`${d.name}/posting.txt`, fixtures), 'utf8'),
    expected: JSON.parse(readFileSync(new URL(`${d.name}/expected.json`, fixtures), 'utf8')) as Expectation,
  }));

test('the unseen postings cover at least eight fields and their expected ids exist', () => {
  assert.ok(postings.length >= 8, `${postings.length} postings`);
  const unknown = postings.flatMap((p) => Object.values(p.expected.technologies).filter((id) => !glossary.entries.has(id)).map((id) => `${p.name}: ${id}`));
  assert.deepEqual(unknown, []);
});

test('unseen postings: at least 95 % of the named technologies are recognised as the right entry', (t) => {
  let total = 0;
  const misses: string[] = [];
  for (const p of postings) {
    const expected = Object.entries(p.expected.technologies);
    total += expected.length;
    misses.push(...unresolved(p.text, expected).map((m) => `${p.name}: ${m}`));
  }
  const rate = (total - misses.length) / total;
  t.diagnostic(`recognised ${total - misses.length} of ${total} (${(rate * 100).toFixed(1)} %)`);
  for (const m of misses) t.diagnostic(`miss: ${m}`);
  assert.ok(rate >= 0.95, `recognised ${(rate * 100).toFixed(1)} %; misses:\n${misses.join('\n')}`);
});

test('unseen postings: no ordinary word is recognised as a technology', () => {
  const wrong: string[] = [];
  for (const p of postings) {
    const mentions = mentionsOf(p.text);
    for (const phrase of p.expected.notTechnologies) {
      const at = occurrences(p.text, phrase);
      assert.ok(at.length, `${p.name}: the posting does not contain "${phrase}"`);
      for (const m of mentions) {
        if (at.some((s) => m.span.start < s + phrase.length && m.span.end > s)) wrong.push(`${p.name}: "${m.text}" in "${phrase}" → ${m.skillId}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

test('unseen postings: every technology found is one the posting names', () => {
  const extra: string[] = [];
  for (const p of postings) {
    const expected = new Set(Object.values(p.expected.technologies));
    for (const m of mentionsOf(p.text)) {
      const kind = glossary.entries.get(m.skillId)?.kind;
      if (kind && TECHNOLOGY.has(kind) && !expected.has(m.skillId)) extra.push(`${p.name}: "${m.text}" → ${m.skillId}`);
    }
  }
  assert.deepEqual([...new Set(extra)], []);
});

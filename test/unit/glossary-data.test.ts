// The shipped glossary (data/glossary/*.yaml): it parses, it is consistent, and it reads the five seed
// postings the way a person would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { builtInEntries, builtInGlossary, findMentions, parseGlossary } from '../../src/core/glossary/index.ts';
import { normalizeKey } from '../../src/core/glossary/chars.ts';
import { ENTRY_KINDS, type Alias, type GlossaryEntry } from '../../src/core/types.ts';

const dir = new URL('../../data/glossary/', import.meta.url);
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
const parsed = files.map((f) => ({ file: f, ...parseGlossary(readFileSync(new URL(f, dir), 'utf8'), `data/glossary/${f}`) }));
const entries = parsed.flatMap((p) => p.entries);
const byId = new Map(entries.map((e) => [e.id, e]));

test('every glossary file parses without errors', () => {
  assert.ok(files.length > 0, 'data/glossary has YAML files');
  const errors = parsed.flatMap((p) => p.errors.map((e) => `${e.file}:${e.line + 1}:${e.column + 1}: ${e.message}`));
  assert.deepEqual(errors, []);
});

test('every glossary file also validates against data/glossary.schema.json (what editors check)', () => {
  const schema = JSON.parse(readFileSync(new URL('../../data/glossary.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const invalid = files.filter((f) => !validate(parse(readFileSync(new URL(f, dir), 'utf8')))).map((f) => `${f}: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
  assert.deepEqual(invalid, []);
  // And the schema is strict where the parser is: an unknown field fails both.
  assert.equal(validate([{ id: 'x', name: 'X', kind: 'tool', definition: 'A definition long enough.', alias: ['Y'] }]), false);
});

test('the built-in glossary is the data (src/generated/glossary.json is fresh)', () => {
  assert.deepEqual(builtInEntries().map((e) => e.id).sort(), entries.map((e) => e.id).sort());
});

test('the glossary has at least 500 entries', () => {
  assert.ok(entries.length >= 500, `${entries.length} entries`);
});

const where = (e: GlossaryEntry) => `${e.source!.file}:${e.source!.line + 1} ${e.id}`;

/** Sentences of a definition: a full stop, ! or ? followed by a space and a capital, digit or quote. */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=["'(A-Z0-9])/).filter((s) => s.trim());

test('every definition is one to three sentences and at least 40 characters', () => {
  const bad = entries.flatMap((e) => {
    const n = sentences(e.definition).length;
    const problems = [];
    if (n < 1 || n > 3) problems.push(`${n} sentences`);
    if (e.definition.length < 40) problems.push(`${e.definition.length} characters`);
    if (!/[.!?)"]$/.test(e.definition)) problems.push('does not end a sentence');
    return problems.length ? [`${where(e)}: ${problems.join(', ')}`] : [];
  });
  assert.deepEqual(bad, []);
});

test('sentence counting counts what a reader would', () => {
  assert.equal(sentences('A database. It stores rows, e.g. users and orders. Version 2.0 came out in 2012.').length, 3);
  assert.equal(sentences('One sentence about Node.js and the U.S. market.').length, 1);
});

test('every since year lies between 1950 and this year', () => {
  const year = new Date().getFullYear();
  const bad = entries.filter((e) => e.since !== undefined && (e.since < 1950 || e.since > year)).map((e) => `${where(e)}: ${e.since}`);
  assert.deepEqual(bad, []);
});

test('every kind is one of the documented kinds, every url is https', () => {
  const kinds: readonly string[] = ENTRY_KINDS;
  assert.deepEqual(entries.filter((e) => !kinds.includes(e.kind)).map((e) => `${where(e)}: ${e.kind}`), []);
  assert.deepEqual(entries.filter((e) => e.url !== undefined && !/^https:\/\/[^\s/]+\.[^\s/]+/.test(e.url)).map((e) => `${where(e)}: ${e.url}`), []);
});

test('every entry has a non-empty name and lists its name first among its spellings', () => {
  assert.deepEqual(entries.filter((e) => !e.name.trim() || e.aliases[0]?.text !== e.name).map(where), []);
});

test('ids are unique across files', () => {
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  for (const e of entries) {
    const first = seen.get(e.id);
    if (first) duplicates.push(`${e.id}: ${first} and ${e.source!.file}:${e.source!.line + 1}`);
    else seen.set(e.id, `${e.source!.file}:${e.source!.line + 1}`);
  }
  assert.deepEqual(duplicates, []);
});

test('every related id exists and is not the entry itself', () => {
  const broken = entries.flatMap((e) => e.related.filter((r) => !byId.has(r) || r === e.id).map((r) => `${e.id} → ${r}`));
  assert.deepEqual(broken, []);
});

test('an ambiguous spelling always comes with context words that can confirm it', () => {
  const missing = entries.filter((e) => e.aliases.some((a) => a.ambiguous) && !e.context?.positive.length).map((e) => e.id);
  assert.deepEqual(missing, []);
  const noNote = entries.filter((e) => e.context && !e.context.note.trim()).map((e) => e.id);
  assert.deepEqual(noNote, [], 'a context rule says why the name is ambiguous');
});

/** Can one written form match both spellings? Only if case does not tell them apart. */
const overlap = (a: Alias, b: Alias) => !a.caseSensitive || !b.caseSensitive || normalizeKey(a.text, true) === normalizeKey(b.text, true);

test('no spelling resolves to two entries unless case or a context rule separates them', () => {
  const byKey = new Map<string, { entry: GlossaryEntry; alias: Alias }[]>();
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const key = normalizeKey(alias.text);
      byKey.set(key, [...(byKey.get(key) ?? []), { entry, alias }]);
    }
  }
  const conflicts: string[] = [];
  for (const [key, refs] of byKey) {
    for (let i = 0; i < refs.length; i++) {
      for (let j = i + 1; j < refs.length; j++) {
        const [a, b] = [refs[i]!, refs[j]!];
        if (a.entry.id === b.entry.id || !overlap(a.alias, b.alias)) continue;
        // Separated when at least one side needs its context to confirm it.
        if (a.alias.ambiguous || b.alias.ambiguous) continue;
        conflicts.push(`"${key}": ${a.entry.id} (${a.alias.text}) and ${b.entry.id} (${b.alias.text})`);
      }
    }
  }
  assert.deepEqual(conflicts, []);
});

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const idsIn = (text: string) => new Set(findMentions(text, builtInGlossary()).map((m) => m.entryId));
const AMBIGUOUS_LANGUAGES = ['go', 'r', 'c', 'rust', 'swift', 'ray', 'spark', 'triton-lang', 'julia', 'dart'];

function assertSeed(name: string, expected: string[], absent: string[]): void {
  const ids = idsIn(seed(name));
  assert.deepEqual(expected.filter((id) => !ids.has(id)), [], `${name}: missing`);
  assert.deepEqual(absent.filter((id) => ids.has(id)), [], `${name}: should not be found`);
}

test('seed 000: Golang, Triton Inference Server, DataBricks, RDB, Ray Serve (not Ray)', () => {
  assertSeed(
    '000_f99fb1aa4bb66697.txt',
    ['java', 'javascript', 'go', 'python', 'kotlin', 'typescript', 'redis', 'kafka', 'spark', 'flink', 'databricks', 'kubernetes', 'aws',
      'tensorflow-serving', 'torchserve', 'triton-inference-server', 'ray-serve', 'airflow', 'prometheus', 'grafana', 'relational-database', 'llm'],
    ['ray', 'triton-lang', 'r', 'c', 'rust', 'swift'],
  );
  const text = seed('000_f99fb1aa4bb66697.txt');
  const rdb = findMentions(text, builtInGlossary()).find((m) => m.entryId === 'relational-database');
  assert.equal(rdb?.text, 'RDB');
});

test('seed 001: C/C++/CUDA/Python and (TensorFlow/Pytorch) in run-together text', () => {
  assertSeed('001_ea8f28dc49a10842.txt', ['c', 'cpp', 'cuda', 'python', 'tensorflow', 'pytorch', 'jax', 'tfx'], ['go', 'r', 'rust', 'swift', 'ray']);
});

test('seed 002: bullet lists of skills, Spark and Ray and Go alone on their lines', () => {
  assertSeed(
    '002_cb59bd19a12584bd.txt',
    ['aws', 'ray', 'terraform', 'kinesis', 'kafka', 'flink', 'spark', 'docker', 'kubernetes', 'cuda', 'python', 'go', 'scala', 'java', 'cloudformation', 'ci-cd', 'spark-streaming'],
    ['r', 'c', 'rust', 'swift', 'triton-lang'],
  );
});

test('seeds 003 and 004: no ambiguous language where none is meant; C/C++, Java, Python', () => {
  assertSeed('003_a98712cf0a13e054.txt', [], AMBIGUOUS_LANGUAGES);
  assertSeed('004_73475181918ca075.txt', ['c', 'cpp', 'java', 'python'], AMBIGUOUS_LANGUAGES.filter((id) => id !== 'c'));
});

test('the built-in glossary on the tricky lines and near misses', () => {
  const found = (text: string) => findMentions(text, builtInGlossary()).map((m) => `${m.text}→${m.entryId}`);
  assert.deepEqual(found('Backend in C#/.NET and Node.js'), ['Backend→backend', 'C#→csharp', '.NET→dotnet', 'Node.js→nodejs']);
  assert.deepEqual(found('Proficient in C/C++/CUDA/Python'), ['C→c', 'C++→cpp', 'CUDA→cuda', 'Python→python']);
  assert.deepEqual(found('TensorFlow/PyTorch/JAX'), ['TensorFlow→tensorflow', 'PyTorch→pytorch', 'JAX→jax']);
  assert.deepEqual(found('Serving with Triton and TorchServe'), ['Triton→triton-inference-server', 'TorchServe→torchserve']);
  assert.deepEqual(found('Writing Triton kernels').map((s) => s.split('→')[1]), ['triton-lang']);
  assert.deepEqual(found("Kubernetes’ scheduler; LLMs"), ['Kubernetes→kubernetes', 'LLMs→llm']);
  // Two terms, not one: "Airflow DAGs" names the orchestrator and its DAGs.
  assert.deepEqual(found('schedule them with Airflow DAGs'), ['Airflow→airflow', 'DAGs→dag']);
  for (const miss of ['We go to market fast', 'a spark of creativity', 'Inspired by Ray Dalio', 'R&D and arrays', 'Google Docs']) {
    assert.deepEqual(found(miss), [], miss);
  }
});

test("Oracle's ASM (its storage manager) is no assembly language; ASM in firmware work is", () => {
  const ids = (text: string) => findMentions(text, builtInGlossary()).map((m) => m.entryId);
  assert.ok(!ids('Experience administering Oracle (RAC, Data Guard, RMAN, ASM) and SQL Server.').includes('assembly'));
  assert.ok(ids('Firmware in C and ARM ASM for low-level drivers.').includes('assembly'));
});

const mentionIds = (text: string) => findMentions(text, builtInGlossary()).map((m) => m.entryId);

test('round 28: "Informatica" as a field of study and a "continuous training plan" are no skills; the product and retraining of models are', () => {
  assert.ok(!mentionIds('An HBO diploma in ICT (for example Technische Informatica or Netwerkbeheer).').includes('informatica'));
  assert.ok(!mentionIds('Laurea magistrale in Informatica, Ingegneria o Fisica.').includes('informatica'));
  assert.ok(mentionIds('Build ETL mappings in Informatica and SSIS.').includes('informatica'));
  assert.ok(mentionIds('Tools: Informatica, Talend').includes('informatica'));
  assert.ok(!mentionIds('A continuous training plan, including German courses paid by the company.').includes('mlops'));
  assert.ok(mentionIds('Set up continuous training of our ranking models when drift is detected.').includes('mlops'));
});

test('spellings the rounds\' labels asked for: an orchestration tool, lineage alone, an Azure exam without an entry of its own', () => {
  assert.ok(mentionIds('Experience with Azure Data Factory or another orchestration tool (e.g. Airflow)').includes('workflow-orchestration'));
  assert.ok(mentionIds('Build data quality checks and lineage into every pipeline').includes('data-lineage'));
  assert.ok(mentionIds('the Microsoft Azure Data Engineer (DP-203) certification').includes('azure-certifications'));
  assert.deepEqual(mentionIds('AZ-104 or AZ-400'), ['azure-administrator', 'azure-devops-engineer']);
});

test('round 29: RDS is also Microsoft\'s Remote Desktop Services; Amazon RDS needs AWS or database words, or a list', () => {
  assert.ok(!mentionIds('Active Directory, Group Policy, DNS, DHCP, file servers and RDS (Remote Desktop Services)').includes('rds'));
  assert.ok(mentionIds('AWS (EC2, S3, RDS) with Terraform').includes('rds'));
  assert.ok(mentionIds('Run PostgreSQL on RDS with read replicas.').includes('rds'));
});

test("round 30: Apple's Core Bluetooth framework is Bluetooth Low Energy", () => {
  assert.ok(mentionIds('Experience with Core Bluetooth or other hardware integrations').includes('bluetooth-le'));
});

test('round 31: Unity beside Ceedling or CMock is the C unit-test framework, not the game engine', () => {
  assert.ok(!mentionIds('Write unit tests (Unity / Ceedling) and hardware-in-the-loop tests').includes('unity'));
  assert.ok(mentionIds('Build AR games in Unity with C#').includes('unity'));
});

test('"logs" alone are timber, trip or coaching records; beside observability words they are logging', () => {
  for (const text of ['X-ray and colour scanning of logs and boards', 'firmware updates over the air, trip logs', 'do first-level QA audits and coaching logs', 'keep PHI out of prompts and logs']) {
    assert.ok(!mentionIds(text).includes('logging'), text);
  }
  for (const text of ['Instrument services with metrics, logs and traces', 'Ship logs to Elasticsearch and Kibana', 'Centralized logging for 40 services']) {
    assert.ok(mentionIds(text).includes('logging'), text);
  }
});

test('IaaS, PaaS and SaaS are written in that case; Hindi "paas" (near) is no platform', () => {
  assert.ok(!mentionIds('office Vijay Nagar me hai (main road pe, metro ke paas)').includes('iaas-paas-saas'));
  assert.ok(!mentionIds('Sirf Indore ya aas-paas ke candidates').includes('iaas-paas-saas'));
  for (const text of ['Experience with PaaS offerings such as Heroku', 'build our SaaS product for hospitals', 'IaaS on Azure']) assert.ok(mentionIds(text).includes('iaas-paas-saas'), text);
});

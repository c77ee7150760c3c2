import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as api from '../../src/core/glossary/index.ts';
import { parseGlossary } from '../../src/core/glossary/parse.ts';
import type { GlossaryError } from '../../src/core/types.ts';

/** `line:column-endLine:endColumn message`, 0-based as in GlossaryError. */
const show = (errors: GlossaryError[]) => errors.map((e) => `${e.line}:${e.column}-${e.endLine}:${e.endColumn} ${e.message}`);
const entry = (id: string, extra = '') =>
  `  - id: ${id}\n    name: ${id.toUpperCase()}\n    kind: tool\n    definition: A tool used for testing the parser.\n${extra}`;

test('public API exports', () => {
  assert.deepEqual(Object.keys(api).sort(), [
    'builtInEntries',
    'builtInGlossary',
    'compileGlossary',
    'findMentions',
    'mergeGlossaries',
    'parseGlossary',
  ]);
});

test('parses a full entry: aliases with case and ambiguity, context, source position', () => {
  const text = `category: ml-serving
entries:
  - id: triton-inference-server
    name: Triton Inference Server
    aliases:
      - NVIDIA Triton
      - { text: Triton, case: sensitive, ambiguous: true }
    kind: platform
    definition: >-
      NVIDIA's open-source server for running
      trained models in production.
    url: https://docs.nvidia.com/deeplearning/triton-inference-server/
    related: [tensorrt, torchserve, tensorrt]
    since: 2018
    context:
      note: Also names OpenAI's GPU kernel language.
      positive: [inference, serving]
      negative: [kernel]
`;
  const { entries, errors } = parseGlossary(text, 'data/glossary/ml-serving.yaml');
  assert.deepEqual(errors, []);
  assert.deepEqual(entries, [
    {
      id: 'triton-inference-server',
      name: 'Triton Inference Server',
      aliases: [
        { text: 'Triton Inference Server', caseSensitive: false, ambiguous: false },
        { text: 'NVIDIA Triton', caseSensitive: false, ambiguous: false },
        { text: 'Triton', caseSensitive: true, ambiguous: true },
      ],
      category: 'ml-serving',
      kind: 'platform',
      definition: "NVIDIA's open-source server for running trained models in production.",
      url: 'https://docs.nvidia.com/deeplearning/triton-inference-server/',
      related: ['tensorrt', 'torchserve'],
      since: 2018,
      context: { note: "Also names OpenAI's GPU kernel language.", positive: ['inference', 'serving'], negative: ['kernel'] },
      source: { file: 'data/glossary/ml-serving.yaml', line: 2, character: 4 },
    },
  ]);
});

test('a plain list of entries; entry-level case applies to name and aliases; an alias object overrides the name', () => {
  const text = `- id: go
  name: Go
  aliases: [Golang, { text: Go, case: sensitive, ambiguous: true }]
  kind: language
  definition: Google's compiled language for network services.
- id: gpu
  name: GPU
  case: sensitive
  aliases: [GPUs]
  category: hardware
  kind: concept
  definition: A processor with thousands of small cores.
`;
  const { entries, errors } = parseGlossary(text, 'x.yaml');
  assert.deepEqual(errors, []);
  assert.deepEqual(
    entries.map((e) => [e.id, e.category, e.aliases]),
    [
      ['go', 'other', [
        { text: 'Go', caseSensitive: true, ambiguous: true },
        { text: 'Golang', caseSensitive: false, ambiguous: false },
      ]],
      ['gpu', 'hardware', [
        { text: 'GPU', caseSensitive: true, ambiguous: false },
        { text: 'GPUs', caseSensitive: true, ambiguous: false },
      ]],
    ],
  );
  assert.deepEqual(entries[1]!.source, { file: 'x.yaml', line: 5, character: 2 });
});

test('bad YAML: the syntax error at its position; entries before it are kept', () => {
  const text = `entries:\n${entry('redis')}  - id: kafka\n    name: "Kafka\n`;
  const { entries, errors } = parseGlossary(text, 'bad.yaml');
  assert.deepEqual(entries.map((e) => e.id), ['redis']);
  assert.equal(errors[0]!.file, 'bad.yaml');
  assert.deepEqual(show(errors), ['7:0-7:0 YAML syntax error: missing closing "quote']);
});

test('an entry with a syntax error is reported by that error alone; later entries are kept', () => {
  const text = `entries:\n${entry('redis')}  - id: kafka\n    name: Kafka: Streams\n    kind: tool\n${entry('flink')}`;
  const { entries, errors } = parseGlossary(text, 'bad.yaml');
  assert.deepEqual(entries.map((e) => e.id), ['redis', 'flink']);
  assert.deepEqual(show(errors), ['6:10-6:11 YAML syntax error: a value that contains ": " must be put in quotes']);
});

test('missing required field, at the entry id, and the valid neighbours are kept', () => {
  const text = `entries:\n${entry('redis')}  - id: kafka\n    name: Kafka\n    kind: tool\n${entry('flink')}`;
  const { entries, errors } = parseGlossary(text, 'f.yaml');
  assert.deepEqual(entries.map((e) => e.id), ['redis', 'flink']);
  assert.deepEqual(show(errors), ['5:8-5:13 entry "kafka": missing required field "definition"']);
});

test('duplicate id: the second is reported with the 1-based line of the first and dropped', () => {
  const text = `entries:\n${entry('kafka')}${entry('kafka')}`;
  const { entries, errors } = parseGlossary(text, 'f.yaml');
  assert.deepEqual(entries.map((e) => e.source!.line), [1]);
  assert.deepEqual(show(errors), ['5:8-5:13 duplicate id "kafka" (first defined at line 2)']);
});

test('wrong types: since, aliases, kind; the entry is kept without the bad optional fields', () => {
  const text = `entries:\n${entry('kafka', '    since: "2011"\n    aliases: Kafka\n')}  - id: redis\n    name: Redis\n    kind: db\n    definition: An in-memory key-value store.\n`;
  const { entries, errors } = parseGlossary(text, 'f.yaml');
  assert.deepEqual(show(errors), [
    '5:11-5:17 entry "kafka": field "since" must be a year between 1940 and 2100, not a string ("2011")',
    '6:13-6:18 entry "kafka": field "aliases" must be a list, not a string ("Kafka")',
    '9:10-9:12 entry "redis": field "kind" must be one of language, framework, library, tool, platform, service, database, concept, practice, credential, not "db"',
  ]);
  assert.deepEqual(entries.map((e) => [e.id, e.since, e.aliases.length]), [['kafka', undefined, 1]]);
});

test('unknown fields, with a suggestion for typos', () => {
  const text = `- id: kafka\n  name: Kafka\n  kind: tool\n  alias: [Apache Kafka]\n  definition: A distributed event streaming platform.\n  foo: 1\n  context:\n    note: n\n    negativ: [x]\n`;
  const { entries, errors } = parseGlossary(text, 'f.yaml');
  assert.equal(entries.length, 1);
  assert.deepEqual(show(errors), [
    '3:2-3:7 entry "kafka": unknown field "alias" (did you mean "aliases"?)',
    '5:2-5:5 entry "kafka": unknown field "foo" (known fields: id, name, case, aliases, category, kind, definition, url, related, since, context)',
    '8:4-8:11 entry "kafka": context: unknown field "negativ" (did you mean "negative"?)',
  ]);
});

test('bad id pattern, empty and short definitions, bad aliases, url, related, duplicate field', () => {
  const text = `- id: Apache Kafka
  name: Kafka
  kind: tool
  definition: A distributed event streaming platform.
- id: redis
  name: Redis
  kind: database
  definition: ""
- id: s3
  name: S3
  kind: service
  definition: Storage.
- id: go
  name: Go
  kind: language
  definition: Google's compiled language for services.
  aliases: [{ text: Go, ambiguous: yes }, { txt: Golang }, '', 42]
  url: http://go.dev
  related: [c, 1]
  context: { positive: [x] }
- id: x
  name: X
  name: Y
  kind: tool
  definition: A tool with a duplicated field.
`;
  const { entries, errors } = parseGlossary(text, 'f.yaml');
  assert.deepEqual(entries.map((e) => [e.id, e.aliases.length, e.related, e.url, e.context?.note]), [['go', 1, ['c'], undefined, '']]);
  assert.deepEqual(show(errors), [
    '0:6-0:18 entry 1: id "Apache Kafka" must be lower-case letters and digits joined by "-" or "." (e.g. "apache-kafka")',
    '7:14-7:16 entry "redis": definition is empty',
    '11:14-11:22 entry "s3": definition is too short (8 characters, at least 20)',
    '16:35-16:38 entry "go": alias 1: field "ambiguous" must be true or false, not a string ("yes")',
    '16:42-16:57 entry "go": alias 2: missing required field "text"',
    '16:44-16:47 entry "go": alias 2: unknown field "txt" (did you mean "text"?)',
    '16:59-16:61 entry "go": alias 3 is empty',
    '16:63-16:65 entry "go": alias 4 must be text, not a number (42)',
    '17:7-17:20 entry "go": url must start with "https://"',
    '18:15-18:16 entry "go": field "related"[2] must be text, not a number (1)',
    '19:2-19:9 entry "go": context: missing required field "note"',
    '22:2-22:6 duplicate field "name"',
  ]);
});

test('top level: not a mapping, unknown top-level field, entries not a list, bad category', () => {
  assert.deepEqual(show(parseGlossary('hello', 'f.yaml').errors), [
    '0:0-0:5 a glossary is a mapping with "entries" or a list of entries, not a string ("hello")',
  ]);
  assert.deepEqual(show(parseGlossary('category: Data Stuff\nentrys: []\n', 'f.yaml').errors), [
    '0:10-0:20 category "Data Stuff" must be lower-case words joined by "-"',
    '1:0-1:6 glossary: unknown field "entrys" (did you mean "entries"?)',
    '0:0-2:0 missing required field "entries"',
  ].sort());
  assert.deepEqual(show(parseGlossary('entries: 3\n', 'f.yaml').errors), ['0:9-0:10 field "entries" must be a list of entries, not a number (3)']);
  assert.deepEqual(parseGlossary('', 'f.yaml'), { entries: [], errors: [] });
  assert.deepEqual(parseGlossary('entries:\n', 'f.yaml'), { entries: [], errors: [] });
});

test('never throws: binary junk, huge input, non-string input', () => {
  const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
  const deep = '['.repeat(100_000);
  for (const input of [junk, '\u0000\u0001{{{[[[: : :\n\t- - -', 'x'.repeat(10_000_000), '- '.repeat(100_000), deep, '&a [*a, *a]', null as unknown as string]) {
    const result = parseGlossary(input, 'junk.yaml');
    assert.ok(Array.isArray(result.entries) && Array.isArray(result.errors));
    assert.ok(result.errors.length <= 100);
    // One complaint repeated a thousand times says nothing new: at most three of each.
    const counts = new Map<string, number>();
    for (const e of result.errors) counts.set(e.message, (counts.get(e.message) ?? 0) + 1);
    assert.ok([...counts.values()].every((n) => n <= 3), JSON.stringify([...counts]));
  }
});

// Its speed (linear in the entries) is measured by `npm run bench` ("linearity").
test('a large glossary parses, broken entries and all', () => {
  const one = (i: number) => `- id: e${i}\n  name: ${i % 2 ? `E${i}` : ''}\n  kind: tool\n  definition: A synthetic entry number ${i} for the parser.\n`;
  const text = Array.from({ length: 8000 }, (_, i) => one(i)).join('');
  const { entries, errors } = parseGlossary(text, 'big.yaml');
  assert.equal(entries.length, 4000);
  assert.equal(errors.length, 100);
  assert.equal(errors[0]!.message, 'entry "e0": field "name" is empty');
});

test('a YAML alias where text is expected is a type error', () => {
  const text = `- id: kafka\n  name: &n Kafka\n  kind: tool\n  definition: A distributed event streaming platform.\n  aliases: [*n]\n`;
  assert.deepEqual(show(parseGlossary(text, 'f.yaml').errors), ['4:12-4:14 entry "kafka": alias 1 must be text, not a YAML alias (*n)']);
});

test('the test fixture glossary is valid', () => {
  const text = readFileSync(new URL('../fixtures/glossary/tech.yaml', import.meta.url), 'utf8');
  const { entries, errors } = parseGlossary(text, 'tech.yaml');
  assert.deepEqual(errors, []);
  assert.ok(entries.length > 25);
});

test('a byte-order mark and CRLF line ends do not shift positions', () => {
  const text = '\uFEFFentries:\r\n  - id: kafka\r\n    name: Kafka\r\n    kind: tool\r\n    definition: A distributed event streaming platform.\r\n  - id: Bad\r\n    name: B\r\n    kind: tool\r\n    definition: A distributed event streaming platform.\r\n';
  const { entries, errors } = parseGlossary(text, 'crlf.yaml');
  assert.deepEqual(entries.map((e) => e.source), [{ file: 'crlf.yaml', line: 1, character: 4 }]);
  assert.deepEqual(show(errors), ['5:8-5:11 entry 2: id "Bad" must be lower-case letters and digits joined by "-" or "." (e.g. "bad")']);
});

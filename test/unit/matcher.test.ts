import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtInGlossary, compileGlossary, findMentions, mergeGlossaries, parseGlossary } from '../../src/core/glossary/index.ts';
import { indexOf } from '../../src/core/glossary/compile.ts';

const fixture = parseGlossary(readFileSync(new URL('../fixtures/glossary/tech.yaml', import.meta.url), 'utf8'), 'tech.yaml');
const glossary = compileGlossary(fixture.entries);

/** "text→id" for every mention, in order. */
const found = (text: string) => findMentions(text, glossary).map((m) => `${m.text}→${m.entryId}`);

test('the fixture glossary parses cleanly', () => assert.deepEqual(fixture.errors, []));

test('slash lists split into each name, and C++ / C# / .NET stay whole', () => {
  assert.deepEqual(found('Proficient in C/C++/CUDA/Python, and have solid programming skills.'), ['C→c', 'C++→cpp', 'CUDA→cuda', 'Python→python']);
  assert.deepEqual(found('one or more languages including but not limited to: C/C++, Java, Python.'), ['C→c', 'C++→cpp', 'Java→java', 'Python→python']);
  assert.deepEqual(found('Experience with C# and .NET, or ASP.NET'), ['C#→csharp', '.NET→dotnet']);
  assert.deepEqual(found('Backend in Node.js or NodeJS'), ['Node.js→nodejs', 'NodeJS→nodejs']);
});

test('names inside brackets, comma lists and run-together scraped text', () => {
  assert.deepEqual(found('Familiar with deep learning frameworks (TensorFlow/Pytorch).'), ['TensorFlow→tensorflow', 'Pytorch→pytorch']);
  assert.deepEqual(found('machine learning infrastructure(TensorFlow, Pytorch, and Jax).- Experience'), ['TensorFlow→tensorflow', 'Pytorch→pytorch', 'Jax→jax']);
  assert.deepEqual(found('at least one programming language among Java, Kotlin, Golang, Python, or JavaScript (TypeScript), with'), [
    'Java→java', 'Kotlin→kotlin', 'Golang→go', 'Python→python', 'JavaScript→javascript', 'TypeScript→typescript',
  ]);
  assert.deepEqual(found('Experience with GPU programming(CUDA) and GPU costs/optimization'), ['GPU→gpu', 'CUDA→cuda', 'GPU→gpu']);
  assert.deepEqual(found('frameworks such as Spark or Flink.'), ['Spark→spark', 'Flink→flink']);
  assert.deepEqual(found('orchestration on Kubernetes.Python is a plus'), ['Kubernetes→kubernetes', 'Python→python']);
  assert.deepEqual(found('熟悉Python和Java，了解Kubernetes'), ['Python→python', 'Java→java', 'Kubernetes→kubernetes']);
  assert.deepEqual(found('Python을 사용한 경험'), ['Python→python']);
});

test('the longest name wins: Ray Serve is not Ray, Triton Inference Server is not Triton', () => {
  assert.deepEqual(found('such as TensorFlow Serving, TorchServe, Triton Inference Server, or Ray Serve'), [
    'TensorFlow→tensorflow', 'TorchServe→torchserve', 'Triton Inference Server→triton-inference-server', 'Ray Serve→ray-serve',
  ]);
  assert.deepEqual(found('Hands-on PySpark and Apache Spark'), ['PySpark→spark', 'Apache Spark→spark']);
});

test('CI/CD, A/B testing and multi-word names; whitespace runs and NBSP are one space; no name spans a line break', () => {
  assert.deepEqual(found('Hands-on experience with CI/CD pipelines and A/B testing'), ['CI/CD→ci-cd', 'A/B testing→ab-testing']);
  assert.deepEqual(found('Triton  Inference\u00a0Server'), ['Triton  Inference\u00a0Server→triton-inference-server']);
  assert.deepEqual(found('serving with Triton Inference\nServer'), ['Triton→triton-inference-server']);
  assert.deepEqual(found('real time processing and real-time inference'), ['real time processing→real-time', 'real-time inference→real-time']);
});

test('a name never matches inside a longer word or compound', () => {
  assert.deepEqual(found('JavaScript'), ['JavaScript→javascript']);
  assert.deepEqual(found('Google Docs, Gopher, arrays of Rays, a Ray-tracer? no: xRay'), []);
  assert.deepEqual(found('R&D budget; AT&T; C-suite; Series C funding'), []);
  assert.deepEqual(found('Vue.js and jQuery'), []);
  assert.deepEqual(found('C+ grade, C++17 and C#10'), ['C++→cpp', 'C#→csharp']);
});

test('near misses of ambiguous names stay unmatched', () => {
  assert.deepEqual(found('We go to market fast and Go-to-market strategy matters.'), []);
  assert.deepEqual(found('Go beyond the obvious.'), []);
  assert.deepEqual(found('Bring a spark of creativity. Spark joy in your team.'), []);
  assert.deepEqual(found('Inspired by Ray Dalio and Ray Kurzweil.'), []);
  assert.deepEqual(found('The R we need is a letter.'), []);
  assert.deepEqual(found('Rust and corrosion on iron pipes.'), []);
});

test('ambiguous names accepted by list context, a line of their own, or context words', () => {
  assert.deepEqual(found('Strong programming skills in Python, Go, Scala, Java or similar languages'), ['Python→python', 'Go→go', 'Scala→scala', 'Java→java']);
  assert.deepEqual(found('Skills\n  • Spark\n  • Ray\n  • Go\n- R\nC\n'), ['Spark→spark', 'Ray→ray', 'Go→go', 'R→r', 'C→c']);
  assert.deepEqual(found('Go, R, Rust, Python'), ['Go→go', 'R→r', 'Rust→rust', 'Python→python']);
  assert.deepEqual(found('Python\tGo\t5 years\nJava    Rust'), ['Python→python', 'Go→go', 'Java→java', 'Rust→rust']);
  assert.deepEqual(found('Python Go'), ['Python→python']);
  assert.deepEqual(found('Statistical modelling in R.'), ['R→r']);
  assert.deepEqual(found('Develop distributed training and batch processing systems using Ray'), ['Ray→ray']);
  assert.deepEqual(found('Experience with Spark for big data'), ['Spark→spark']);
  assert.deepEqual(found('Writing Go microservices in the Go programming language'), ['Go→go', 'Go→go']);
});

test('a name shared by two entries goes to the one its context supports', () => {
  assert.deepEqual(found('Write custom GPU kernels in Triton.'), ['GPU→gpu', 'Triton→triton-lang']);
  assert.deepEqual(found('Deploy models for inference with Triton.'), ['Triton→triton-inference-server']);
  assert.deepEqual(found('We use Triton.'), []);
  assert.deepEqual(findMentions('NVIDIA Triton', glossary).map((m) => m.entryId), ['triton-inference-server']);
});

test('a shared spelling that one entry does not mark ambiguous goes to that entry when context is silent', () => {
  const extra = parseGlossary(
    `- id: swift\n  name: Swift\n  kind: language\n  definition: Apple's programming language for iOS and macOS apps.\n- id: swift-payments\n  name: SWIFT network\n  aliases: [{ text: Swift, ambiguous: true }]\n  kind: service\n  definition: The interbank messaging network used for international payments.\n  context: { note: n, positive: [payments, bank] }\n`,
    'x.yaml',
  );
  assert.deepEqual(extra.errors, []);
  const g = compileGlossary(extra.entries);
  const ids = (t: string) => findMentions(t, g).map((m) => m.entryId);
  assert.deepEqual(ids('iOS apps in Swift.'), ['swift']);
  assert.deepEqual(ids('Swift payments between banks.'), ['swift-payments']);
});

test('case rules: case-sensitive names match only their casing; others ignore case', () => {
  assert.deepEqual(found('gpu and GPU; python and PYTHON; golang'), ['GPU→gpu', 'python→python', 'PYTHON→python', 'golang→go']);
  assert.deepEqual(found('go, r, rust, spark'), []);
});

test("possessives and plurals: Kubernetes', Kubernetes's, LLMs", () => {
  const ms = findMentions("Kubernetes' scheduler and Kubernetes’s API; LLMs and GPUs", glossary);
  assert.deepEqual(ms.map((m) => [m.text, m.entryId, m.span.start, m.span.end]), [
    ['Kubernetes', 'kubernetes', 0, 10],
    ['Kubernetes', 'kubernetes', 26, 36],
    ['LLMs', 'llm', 44, 48],
    ['GPUs', 'gpu', 53, 57],
  ]);
  assert.deepEqual(found('Python3 and Java8, JavaScript2020x'), ['Python→python', 'Java→java']);
});

test('offsets point into the original text, and range limits the result', () => {
  const text = 'Skills:\r\n- Python\r\n- Kafka, Flink and Go\r\n';
  const all = findMentions(text, glossary);
  for (const m of all) assert.equal(text.slice(m.span.start, m.span.end), m.text);
  assert.deepEqual(all.map((m) => m.entryId), ['python', 'flink', 'go']);
  const start = text.indexOf('Kafka');
  assert.deepEqual(findMentions(text, glossary, { start, end: text.length }).map((m) => m.entryId), ['flink', 'go']);
  assert.deepEqual(findMentions(text, glossary, { start: 0, end: start }).map((m) => m.entryId), ['python']);
  assert.deepEqual(findMentions(text, glossary, { start: 12, end: 14 }), []);
});

test('lookup: names, aliases, case rules with a forgiving fallback, possessives, ids', () => {
  const ids = (term: string) => glossary.lookup(term).map((e) => e.id);
  assert.deepEqual(ids('Golang'), ['go']);
  assert.deepEqual(ids('Go'), ['go']);
  assert.deepEqual(ids('go'), ['go']);
  assert.deepEqual(ids('  c++ '), ['cpp']);
  assert.deepEqual(ids('Triton'), ['triton-inference-server', 'triton-lang']);
  assert.deepEqual(ids("Kubernetes's"), ['kubernetes']);
  assert.deepEqual(ids('triton-lang'), ['triton-lang']);
  assert.deepEqual(ids('Kafka'), []);
  assert.equal(glossary.entries.get('cpp')?.name, 'C++');
});

test('mergeGlossaries: user entries override built-ins by id in place and extend the list', () => {
  const [python, java, go] = ['python', 'java', 'go'].map((id) => fixture.entries.find((e) => e.id === id)!);
  const myPython = { ...python!, definition: 'My own definition of the Python language.' };
  const kafka = { ...java!, id: 'kafka', name: 'Kafka', aliases: [{ text: 'Kafka', caseSensitive: false, ambiguous: false }] };
  const later = { ...myPython, definition: 'A later file wins over an earlier one.' };
  const merged = mergeGlossaries([python!, java!], [myPython, kafka], [go!, later]);
  assert.deepEqual(merged.map((e) => [e.id, e.definition.slice(0, 12)]), [
    ['python', 'A later file'],
    ['java', java!.definition.slice(0, 12)],
    ['kafka', java!.definition.slice(0, 12)],
    ['go', go!.definition.slice(0, 12)],
  ]);
  assert.deepEqual(mergeGlossaries([python!]), [python]);
  const g = compileGlossary(merged);
  assert.deepEqual(findMentions('Kafka and Python', g).map((m) => m.entryId), ['kafka', 'python']);
});

test('compileGlossary: a later duplicate id replaces the earlier one; an unknown object is rejected', () => {
  const python = fixture.entries.find((e) => e.id === 'python')!;
  const g = compileGlossary([python, { ...python, aliases: [{ text: 'Py', caseSensitive: false, ambiguous: false }] }]);
  assert.equal(g.entries.size, 1);
  assert.deepEqual(findMentions('Python or Py', g).map((m) => m.text), ['Py']);
  assert.throws(() => findMentions('x', { entries: new Map(), lookup: () => [] }), /compileGlossary/);
});

test('names inside web and e-mail addresses are not skills', () => {
  assert.deepEqual(found('Docs at https://python.org/kubernetes and www.java.com; write to jobs@python.io'), []);
  assert.deepEqual(found('Our stack: [Python](https://www.python.org) and Java/Rust, see python.org'), ['Python→python', 'Java→java', 'Rust→rust']);
});

test('Markdown emphasis and mojibake bullets around a name on its own line', () => {
  assert.deepEqual(found('- **Go**\n* _Spark_\nâ€¢ Ray\n`R`:\n'), ['Go→go', 'Spark→spark', 'Ray→ray', 'R→r']);
  assert.deepEqual(found('**Python**, **Go** and `Rust`'), ['Python→python', 'Go→go', 'Rust→rust']);
  assert.deepEqual(found('Singapore 路 Go 路 Python'), ['Go→go', 'Python→python']);
});

test('a skills label makes a list even of one name; other labels do not', () => {
  assert.deepEqual(found('Skills: Go\nTech stack: Rust, Kafka\n- Programming languages: **R**\nNice-to-have skills：Spark'), ['Go→go', 'Rust→rust', 'R→r', 'Spark→spark']);
  assert.deepEqual(found('Motto: Go\nWe said: Go fast\nThe skills we need are many: Go'), []);
});

test('in a line written in capitals, case-sensitive names count but need their context', () => {
  assert.deepEqual(found('EXPERIENCE WITH PYTHON, GO AND RUST'), ['PYTHON→python', 'GO→go', 'RUST→rust']);
  assert.deepEqual(found('READY TO GO? SPARK YOUR CAREER'), []);
  assert.deepEqual(found('GO\nSkills: Python'), ['Python→python']);
  assert.deepEqual(found('Experience with PYTHON, GO and Java'), ['PYTHON→python', 'Java→java']);
});

test('a case-sensitive spelling with an apostrophe matches curly and straight quotes', () => {
  const g = compileGlossary([{ ...fixture.entries.find((e) => e.id === 'python')!, id: 'dunn', name: "Dunn's test", aliases: [{ text: "Dunn's test", caseSensitive: true, ambiguous: false }] }]);
  assert.deepEqual(findMentions("Dunn’s test and Dunn's test, not dunn's test", g).map((m) => m.span.start), [0, 16]);
});

test('a rejected ambiguous name does not hide a shorter name it overlapped', () => {
  const base = fixture.entries.find((e) => e.id === 'python')!;
  const g = compileGlossary([
    { ...base, id: 'data-lake', name: 'data lake', aliases: [{ text: 'data lake', caseSensitive: false, ambiguous: false }] },
    {
      ...base,
      id: 'lakehouse',
      name: 'lakehouse',
      aliases: [{ text: 'lake house', caseSensitive: false, ambiguous: true }],
      context: { note: 'n', positive: ['architecture'], negative: [] },
    },
  ]);
  const ids = (t: string) => findMentions(t, g).map((m) => `${m.text}→${m.entryId}`);
  assert.deepEqual(ids('We rent a data lake house by the sea.'), ['data lake→data-lake']);
  assert.deepEqual(ids('A lake house architecture.'), ['lake house→lakehouse']);
  // Leftmost-longest: the name that starts first wins an overlap, even against a longer later one.
  assert.deepEqual(ids('A data lake house architecture.'), ['data lake→data-lake']);
});

test('overlapping names: leftmost-longest, so a later name cannot swallow the start of an earlier one', () => {
  const base = fixture.entries.find((e) => e.id === 'python')!;
  const g = compileGlossary([
    { ...base, id: 'orbit-ci', name: 'Orbit CI', aliases: [{ text: 'Orbit CI', caseSensitive: false, ambiguous: false }] },
    { ...base, id: 'ci-cd', name: 'CI/CD', aliases: [{ text: 'CI pipelines', caseSensitive: false, ambiguous: false }] },
  ]);
  const ids = (t: string) => findMentions(t, g).map((m) => `${m.text}→${m.entryId}`);
  assert.deepEqual(ids('We run Orbit CI pipelines for every merge.'), ['Orbit CI→orbit-ci']);
  assert.deepEqual(ids('We run CI pipelines for every merge.'), ['CI pipelines→ci-cd']);
});

test('"client-side" is frontend work only in web context (not game netcode or the client of an API)', () => {
  const builtIn = builtInGlossary();
  const found = (text: string) => findMentions(text, builtIn).map((m) => `${m.text}→${m.entryId}`);
  assert.ok(found('Client-side rendering with React and TypeScript in the browser.').includes('Client-side→frontend'));
  assert.ok(!found('Improve client-side prediction and lag compensation in our multiplayer netcode.').some((m) => m.endsWith('→frontend')));
  assert.ok(!found('Design the client side of an API together with backend engineers.').some((m) => m.endsWith('→frontend')));
});

test('an acronym run into a capitalised word is split only before a sentence or heading word', () => {
  const ids = (text: string) => [...new Set(findMentions(text, builtInGlossary()).map((m) => m.entryId))];
  assert.ok(ids('lifecycle systems: TFXCandidates for this position must be authorized.').includes('tfx'));
  assert.ok(ids('Use AWSExperience with Terraform').includes('aws'));
  assert.ok(!ids('the Visual Studio / MSBuild toolchain').includes('masters-degree'));
  assert.ok(!ids('offline-first sync (SQLDelight, Ktor)').includes('sql'));
  // ARIA the standard is written in capitals; "Aria" is a product's name.
  assert.ok(ids('Accessible components with ARIA roles').includes('web-accessibility'));
  assert.ok(!ids('Our newest platform, Northlake Aria, connects to the EHR').includes('web-accessibility'));
  assert.ok(!ids('firmware running on Azure RTOS ThreadX').includes('azure'));
});

test('names that share a head with the next name: "unit and integration tests", "batch and streaming pipelines"', () => {
  const found = (text: string) => findMentions(text, builtInGlossary()).map((m) => [m.entryId, m.text]);
  assert.deepEqual(found('Write unit and integration tests.'), [
    ['unit-testing', 'unit'],
    ['integration-testing', 'integration tests'],
  ]);
  assert.deepEqual(found('Unit, integration and end-to-end tests'), [
    ['unit-testing', 'Unit'],
    ['integration-testing', 'integration'],
    ['end-to-end-testing', 'end-to-end tests'],
  ]);
  assert.deepEqual(found('batch and streaming pipelines'), [
    ['batch-processing', 'batch'],
    ['stream-processing', 'streaming pipelines'],
  ]);
  // A modifier that makes no glossary name with the head adds nothing; nor does a name of its own.
  assert.deepEqual(found('our and integration tests'), [['integration-testing', 'integration tests']]);
  assert.deepEqual(found('SQL and NoSQL databases').map(([id]) => id), ['sql', 'nosql']);
});

test('Indian and German phrasings: OOPS concepts, DB schemas, a degree (Bachelor/Master), cloud providers', () => {
  const g = builtInGlossary();
  const ids = (t: string) => [...new Set(findMentions(t, g).map((m) => m.entryId))];
  assert.deepEqual(ids('Strong in DSA and OOPS concepts'), ['data-structures', 'object-oriented-programming']);
  assert.deepEqual(ids('Design DB schemas and write optimised queries'), ['database-design', 'query-optimization']);
  assert.deepEqual(ids('Completed degree (Bachelor/Master) in a comparable field'), ['bachelors-degree', 'masters-degree']);
  // "Master" alone needs degree words around it.
  assert.deepEqual(ids('Push to the master branch before noon'), []);
  assert.deepEqual(ids('Experience with at least one cloud provider and another distributed processing framework'), ['cloud-computing', 'distributed-computing']);
});

test('a glossary too big for a 16-bit trie still finds its names (the 32-bit table)', () => {
  // 6,000 names that part after their number and go on for 12 letters: more than 65,535 trie states.
  const yaml = Array.from({ length: 6000 }, (_, i) => `- id: t${i}\n  name: Toolkit${String(i).padStart(4, '0')}xyzqwxyzqwxy\n  kind: tool\n  definition: A synthetic tool for the trie's size.\n`).join('');
  const parsed = parseGlossary(yaml, 'big.yaml');
  assert.deepEqual(parsed.errors, []);
  const big = compileGlossary([...fixture.entries, ...parsed.entries]);
  assert.ok(indexOf(big).trie.next instanceof Uint32Array);
  const ids = findMentions('We use Toolkit0000xyzqwxyzqwxy, Toolkit5999xyzqwxyzqwxy and C++ daily; not Toolkit6000xyzqwxyzqwxy.', big).map((m) => m.entryId);
  assert.deepEqual(ids, ['t0', 't5999', 'cpp']);
});

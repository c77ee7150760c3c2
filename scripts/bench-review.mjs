#!/usr/bin/env node
// Review benchmark (run by `npm run bench`): `posting-lens check` and `posting-lens stats` over a
// repository of 10,000 postings (~50 MB), generated from seeds/ with deterministic variations into the
// git-ignored .bench/review/ (kept between runs). Runs the built CLI (dist/cli.cjs, built first) in a
// child process with 1 thread and with 2 worker threads, and prints, as PASS/FAIL lines (issue 7):
//   1. speed-up of 2 threads over 1 ≥ 1.7× (check and stats; needs ≥ 2 CPUs, else SKIP)
//   2. peak RSS of the whole process (main thread + workers) < 500 MB
//   3. the output with 2 threads is byte-identical to the output with 1
// Each timing is the best of BENCH_ROUNDS (default 2) runs, the 1- and 2-thread runs alternating.
// BENCH_FILES changes the corpus size.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { prng } from './lib/prng.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const FILES = Number(process.env.BENCH_FILES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const SPEEDUP_TARGET = 1.7;
const RSS_TARGET_MB = 500;
const CORPUS_VERSION = 1;
const corpus = path.join(root, '.bench/review');

// --- the CLI as it ships ---------------------------------------------------------------------------
if (!process.env.BENCH_NO_BUILD) {
  const b = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const cli = path.join(root, 'dist/cli.cjs');
if (!existsSync(path.join(root, 'dist/worker.cjs'))) {
  console.log('FAIL dist/worker.cjs is missing: the build did not produce the worker bundle');
  process.exit(1);
}

// --- corpus ----------------------------------------------------------------------------------------

const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella Labs', 'Hooli', 'Vandelay Industries', 'Stark Data', 'Wayne Analytics'];
const SKILLS = ['Python', 'Go', 'Rust', 'Java', 'Kotlin', 'TypeScript', 'React', 'PostgreSQL', 'Redis', 'Kafka', 'Spark', 'Airflow', 'dbt', 'Snowflake', 'AWS', 'GCP', 'Azure', 'Kubernetes', 'k8s', 'Docker', 'Terraform', 'PyTorch', 'TensorFlow', 'Prometheus', 'Grafana', 'GraphQL', 'gRPC', 'Frobnicate', 'Elasticsearch', 'Flink'];
const SENTENCES = [
  'You will work closely with product managers, designers and other engineers to ship features that matter to our customers.',
  'We value clear writing, thoughtful code review and a calm on-call rotation.',
  'Our stack is boring on purpose: we pick well-understood tools and run them well.',
  'You will mentor junior engineers and help us grow a culture of learning.',
  'We support flexible hours and remote work within two time zones of the team.',
  'Every engineer owns their services end to end, from design to production.',
];

function variant(seed, i) {
  const r = prng(i + 1);
  const pick = (list) => list[Math.floor(r() * list.length)];
  let text = seed.replace(/\b(TikTok|Tinder|Chime|USDS)\b/g, () => pick(COMPANIES));
  text = text.replace(/\b(\d{1,2})\+ years/g, () => `${1 + Math.floor(r() * 14)}+ years`);
  if (r() < 0.3) text = text.replace(/·/g, '路');
  if (r() < 0.2) text = text.replace(/\n/g, '\r\n');
  const skills = Array.from({ length: 4 + Math.floor(r() * 8) }, () => pick(SKILLS));
  const extra = [
    '',
    'Additional requirements',
    ...skills.map((s) => `- Experience with ${s}`),
    '',
    'Nice to have',
    `- ${pick(SKILLS)}, ${pick(SKILLS)} or ${pick(SKILLS)}`,
    '',
    'About the team',
    Array.from({ length: 3 + Math.floor(r() * 4) }, () => pick(SENTENCES)).join(' '),
    ...(r() < 0.4 ? ['', 'Compensation', `The base pay range is $${100 + Math.floor(r() * 60)},000 - $${170 + Math.floor(r() * 80)},000 per year.`] : []),
    '',
  ].join('\n');
  return text + extra;
}

function ensureCorpus() {
  const marker = path.join(corpus, '.complete');
  const want = JSON.stringify({ version: CORPUS_VERSION, files: FILES });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want) return;
  rmSync(corpus, { recursive: true, force: true });
  const seeds = readdirSync(path.join(root, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(root, 'seeds', f), 'utf8'));
  for (let i = 0; i < FILES; i++) {
    const dir = path.join(corpus, String(Math.floor(i / 100)).padStart(3, '0'));
    if (i % 100 === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `posting-${String(i).padStart(5, '0')}.txt`), variant(seeds[i % seeds.length], i));
  }
  writeFileSync(marker, want);
}

const t0 = performance.now();
ensureCorpus();
let bytes = 0;
for (const d of readdirSync(corpus)) if (!d.startsWith('.')) for (const f of readdirSync(path.join(corpus, d))) bytes += readFileSync(path.join(corpus, d, f)).length;
console.log(`corpus: ${FILES.toLocaleString('en-US')} postings, ${(bytes / 1e6).toFixed(1)} MB in .bench/review (ready in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);

// --- runs ------------------------------------------------------------------------------------------
// The hook prints the peak RSS of the whole process (worker threads share it) as it exits.
// It also prints the CPU time of all the process's threads, which shows the cost of the threads
// themselves even when a busy machine makes the wall-clock speed-up meaningless.
const RSS_HOOK =
  'data:text/javascript,process.on("exit",()=>{const r=process.resourceUsage();process.stderr.write(`\\nbench-maxrss-kb=${r.maxRSS} bench-cpu-us=${r.userCPUTime+r.systemCPUTime}\\n`)})';

function runCli(args) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', RSS_HOOK, cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const hash = createHash('sha256');
    let err = '';
    child.stdout.on('data', (d) => hash.update(d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const rss = Number(/bench-maxrss-kb=(\d+)/.exec(err)?.[1] ?? NaN) / 1024;
      const cpuMs = Number(/bench-cpu-us=(\d+)/.exec(err)?.[1] ?? NaN) / 1000;
      const problems = err.replace(/\s*bench-maxrss-kb=\d+ bench-cpu-us=\d+\s*/, '').trim();
      resolve({ code, ms, cpuMs, rssMb: rss, digest: hash.digest('hex'), problems });
    });
  });
}

const cpus = os.availableParallelism();
const load = os.loadavg()[0];
// On a machine that is already busy the threads compete with other processes: say so beside the numbers.
if (load > cpus * 0.75) console.log(`note: the machine is busy (load average ${load.toFixed(1)} on ${cpus} CPUs); the speed-up below is not meaningful`);
const commands = [
  ['check', ['check', '.bench/review', '--format', 'stylish', '--no-color']],
  ['stats', ['stats', '.bench/review', '--format', 'json', '--top', '20']],
];
const lines = [];
for (const [name, args] of commands) {
  const best = {};
  // Rounds alternate 1 thread, 2 threads, 1, 2…: on a machine whose speed drifts over minutes (a
  // shared VM), running all the one-thread rounds first would compare two different machines.
  for (let round = 0; round < ROUNDS; round++) {
    for (const jobs of [1, 2]) {
      const r = await runCli([...args, '--jobs', String(jobs)]);
      if (r.code === 2 || r.problems) {
        console.log(`FAIL ${name} --jobs ${jobs} exited with code ${r.code}: ${r.problems.split('\n')[0]}`);
        process.exitCode = 1;
      }
      if (!best[jobs] || r.ms < best[jobs].ms) best[jobs] = { ...r, rssMb: Math.max(r.rssMb, best[jobs]?.rssMb ?? 0) };
      else best[jobs].rssMb = Math.max(best[jobs].rssMb, r.rssMb);
    }
  }
  for (const jobs of [1, 2]) {
    const b = best[jobs];
    console.log(
      `${name.padEnd(5)} ${jobs} thread${jobs > 1 ? 's' : ' '}  ${(b.ms / 1000).toFixed(2).padStart(6)} s  ${(bytes / 1e6 / (b.ms / 1000)).toFixed(1).padStart(5)} MB/s  cpu ${(b.cpuMs / 1000).toFixed(2)} s  peak RSS ${b.rssMb.toFixed(0)} MB`,
    );
  }
  const speedup = best[1].ms / best[2].ms;
  // The machine's own ceiling: two independent one-thread processes, each on half the repository, at
  // the same time (no threads, no messages, nothing shared but the machine). On a VM whose two vCPUs
  // slow each other down, or where one process already keeps a second core busy (V8 compiles and
  // collects garbage on helper threads), even this stays under 2×.
  const dirs = readdirSync(corpus).filter((d) => !d.startsWith('.')).sort().map((d) => path.join('.bench/review', d));
  const halves = [dirs.slice(0, dirs.length / 2), dirs.slice(dirs.length / 2)];
  const [command, , ...rest] = args;
  let pairMs = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    await Promise.all(halves.map((h) => runCli([command, ...h, ...rest, '--jobs', '1'])));
    pairMs = Math.min(pairMs, performance.now() - start);
  }
  const ceiling = best[1].ms / pairMs;
  console.log(`${name.padEnd(5)} machine ceiling: two independent 1-thread processes on half the postings each take ${(pairMs / 1000).toFixed(2)} s, ${ceiling.toFixed(2)}× faster than 1 thread; 2 threads reach ${((speedup / ceiling) * 100).toFixed(0)}% of that`);
  // What 2 idle CPUs would give if the threads did no more work in total than one thread does.
  console.log(`${name.padEnd(5)} CPU time with 2 threads: ${((best[2].cpuMs / best[1].cpuMs) * 100).toFixed(0)}% of 1 thread's (ideal speed-up on 2 idle CPUs ≈ ${Math.min(2, (2 * best[1].cpuMs) / best[2].cpuMs).toFixed(2)}×)`);
  if (cpus < 2) lines.push(`SKIP ${name}: speed-up needs 2 CPUs, this machine has ${cpus}`);
  else {
    // A FAIL stays a FAIL; it says when the machine itself could not show the target in this run.
    const why = speedup < SPEEDUP_TARGET && ceiling < SPEEDUP_TARGET ? `; this machine's ceiling in this run is ${ceiling.toFixed(2)}×, under the target too` : '';
    lines.push(`${speedup >= SPEEDUP_TARGET ? 'PASS' : 'FAIL'} ${name}: 2 threads ${speedup.toFixed(2)}× faster than 1 (target ≥ ${SPEEDUP_TARGET}×${why})`);
  }
  const rss = Math.max(best[1].rssMb, best[2].rssMb);
  lines.push(`${rss < RSS_TARGET_MB ? 'PASS' : 'FAIL'} ${name}: peak RSS ${rss.toFixed(0)} MB (target < ${RSS_TARGET_MB} MB)`);
  lines.push(`${best[1].digest === best[2].digest ? 'PASS' : 'FAIL'} ${name}: output with 2 threads identical to 1 thread`);
}
console.log('');
for (const l of lines) console.log(l);
if (lines.some((l) => l.startsWith('FAIL'))) process.exitCode = 1;

// The closed loop and the result form shared by the Node peers; the same as the Java LoadClient's
// (ClosedLoop, Phase, Workload): cold phase, warm-up, steady phase in five slices, process CPU from process.cpuUsage().
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export const KEY = '0123456789abcdef0123456789abcdef01234567';

const SLICES = 5;
const QUICK_DIVISOR = 10;

export const WORKLOADS = {
  get_user: { concurrency: 64, cold: 20000, warmup: 150000, steady: 100000,
    path: '/api/get_user?u=peppy&type=string&m=0' },
  get_beatmaps: { concurrency: 8, cold: 1000, warmup: 5000, steady: 2000,
    path: '/api/get_beatmaps?since=2026-01-01%2000%3A00%3A00&limit=500' },
};

export function options(argv) {
  const values = {};
  for (const arg of argv) {
    const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`expected --name=value but got '${arg}'`);
    values[match[1]] = match[2] ?? 'true';
  }
  for (const required of ['workload', 'url']) {
    if (!values[required]) throw new Error(`--${required} is required`);
  }
  const workload = WORKLOADS[values.workload];
  if (!workload) throw new Error(`unknown workload '${values.workload}': get_user or get_beatmaps`);
  const divisor = values.quick === 'true' ? QUICK_DIVISOR : 1;
  const count = (name) => Number(values[name] ?? workload[name] / divisor);
  return { name: values.workload, url: values.url, out: values.out ?? '', workload,
    cold: count('cold'), warmup: count('warmup'), steady: count('steady') };
}

async function phase(call, calls, concurrency) {
  let remaining = calls;
  let errors = 0;
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const worker = async () => {
    while (remaining > 0) {
      remaining--;
      try {
        await call();
      }
      catch (error) {
        if (errors++ === 0) console.error(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { calls, seconds, cpuSeconds, requestsPerSecond: calls / seconds,
    cpuSecondsPer1000: cpuSeconds / (calls / 1000), errors };
}

export async function run(client, opts, call) {
  const concurrency = opts.workload.concurrency;
  const cold = await phase(call, opts.cold, concurrency);
  let errors = cold.errors;
  if (opts.warmup > opts.cold) errors += (await phase(call, opts.warmup - opts.cold, concurrency)).errors;
  const steady = [];
  for (let i = 0; i < SLICES; i++) {
    const slice = await phase(call, Math.max(1, Math.floor(opts.steady / SLICES)), concurrency);
    errors += slice.errors;
    steady.push(slice);
  }
  const result = { client, runtime: `Node ${process.version}`, workload: opts.name, concurrency, cold,
    warmupCalls: Math.max(opts.warmup, opts.cold), steady, errors };
  const text = JSON.stringify(result, null, 2) + '\n';
  if (opts.out) {
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, text);
  }
  else {
    process.stdout.write(text);
  }
  process.exitCode = errors === 0 ? 0 : 1;
}

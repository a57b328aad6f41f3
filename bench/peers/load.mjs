// The closed loop and the command protocol shared by the Node peers; the same as the Java LoadClient's
// (ClosedLoop, Phase): each stdin line "<phase> <calls>" (cold, warm, slice) makes that many calls with the workload's
// number in flight and answers one JSON line (calls, time, process CPU from process.cpuUsage(), errors); "ready"
// answers {"ready":true} once the client is loaded; "exit" ends.
import { createInterface } from 'node:readline';

export const KEY = '0123456789abcdef0123456789abcdef01234567';

export const WORKLOADS = {
  get_user: { concurrency: 64, path: '/api/get_user?u=peppy&type=string&m=0' },
  get_beatmaps: { concurrency: 8, path: '/api/get_beatmaps?since=2026-01-01%2000%3A00%3A00&limit=500' },
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
  return { name: values.workload, url: values.url, workload };
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

export async function serve(opts, call) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const [command, count] = line.trim().split(/\s+/);
    if (command === 'exit') break;
    if (command === 'ready') {
      process.stdout.write('{"ready":true}\n');
      continue;
    }
    const result = await phase(call, Number(count), opts.workload.concurrency);
    process.stdout.write(JSON.stringify(result) + '\n');
  }
  lines.close();
  process.exit(0);
}

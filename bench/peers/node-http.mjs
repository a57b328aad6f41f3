// The leanest JavaScript floor: http.request on a keep-alive agent with as many sockets as calls in flight,
// the body gathered and handed to JSON.parse. No models, no number parsing.
// node bench/peers/node-http.mjs --workload=get_user|get_beatmaps --url=http://127.0.0.1:PORT, driven by LoadRun
import http from 'node:http';
import { KEY, options, serve } from './load.mjs';

const opts = options(process.argv.slice(2));
const agent = new http.Agent({ keepAlive: true, maxSockets: opts.workload.concurrency });
const query = opts.workload.path.indexOf('?');
const url = new URL(`${opts.url}${opts.workload.path.slice(0, query)}?k=${KEY}&${opts.workload.path.slice(query + 1)}`);
const request = { agent, hostname: url.hostname, port: url.port, path: url.pathname + url.search,
  headers: { accept: 'application/json' } };

function call() {
  return new Promise((resolve, reject) => {
    http.get(request, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        try {
          if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode}`);
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        }
        catch (error) {
          reject(error);
        }
      });
      response.on('error', reject);
    }).on('error', reject);
  });
}

await serve(opts, call);

// node-osu 2.2.1, the most used JavaScript v1 client, as its users run it: numbers parsed (parseNumeric: true),
// its own superagent requests on Node's default keep-alive agent, one model object per row.
// node bench/peers/node-osu.mjs --workload=get_user|get_beatmaps --url=http://127.0.0.1:PORT, driven by LoadRun
import osu from 'node-osu';
import { KEY, options, serve } from './load.mjs';

const opts = options(process.argv.slice(2));
const api = new osu.Api(KEY, { baseUrl: `${opts.url}/api`, parseNumeric: true, notFoundAsError: true });
const call = opts.name === 'get_user'
  ? () => api.getUser({ u: 'peppy', type: 'string', m: 0 })
  : () => api.getBeatmaps({ since: '2026-01-01 00:00:00', limit: 500 });
await serve(opts, call);

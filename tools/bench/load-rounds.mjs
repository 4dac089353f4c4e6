// Load under autocannon, for the suites that compare Corebook with a bare server: each server
// is loaded in turn for `seconds / rounds`, `rounds` times, so a noisy neighbour on the
// machine weighs on every server alike.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

export const CONNECTIONS = 50;

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; 100 ticks/s). */
export function cpuMsOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** One autocannon load of `url` (options as autocannon takes them). */
export function load(url, options = {}) {
  return new Promise((done, fail) =>
    autocannon({ url, connections: CONNECTIONS, ...options }, (error, result) =>
      error ? fail(error) : done(result),
    ),
  );
}

/**
 * The options with every answer checked for GraphQL errors (a refused or failed operation
 * still answers 200), counted into `counter.errors`.
 */
function countingGraphqlErrors(options, counter) {
  const onResponse = (_status, body) => {
    if (body.includes('"errors"')) counter.errors++;
  };
  const requests = options.requests ?? [
    { method: options.method, headers: options.headers, body: options.body },
  ];
  return { ...options, requests: requests.map((request) => ({ ...request, onResponse })) };
}

/**
 * Loads each server ({ name, url, options, pid, graphql }) for a 3 s warm-up, then in
 * alternating rounds; returns each with its requests/s, mean p50 and p99 over the rounds,
 * server CPU per request and errors (non-2xx answers, socket errors and, for a GraphQL server,
 * answers with errors).
 */
export async function alternatingRounds(servers, { seconds, rounds }) {
  const totals = servers.map(() => ({ requests: 0, errors: 0, p50: [], p99: [], cpuMs: 0 }));
  const options = servers.map((server, k) =>
    server.graphql ? countingGraphqlErrors(server.options, totals[k]) : server.options,
  );
  for (const [k, server] of servers.entries())
    await load(server.url, { ...options[k], duration: 3 });
  for (const total of totals) total.errors = 0;
  for (let round = 0; round < rounds; round++) {
    for (const [k, server] of servers.entries()) {
      const cpuBefore = cpuMsOf(server.pid);
      const result = await load(server.url, { ...options[k], duration: seconds / rounds });
      const total = totals[k];
      total.cpuMs += cpuMsOf(server.pid) - cpuBefore;
      total.requests += result.requests.total;
      total.errors += result.non2xx + result.errors;
      total.p50.push(result.latency.p50);
      total.p99.push(result.latency.p99);
    }
  }
  const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return servers.map((server, k) => ({
    ...server,
    requests: totals[k].requests,
    errors: totals[k].errors,
    cpuMs: totals[k].cpuMs,
    rps: totals[k].requests / seconds,
    p50: mean(totals[k].p50),
    p99: mean(totals[k].p99),
  }));
}

/** The results as a Markdown table. */
export function printRounds(results) {
  console.log(
    '\n| server | requests/s | p50 ms | p99 ms | server CPU ms/request | errors |\n| --- | --- | --- | --- | --- | --- |',
  );
  for (const server of results) {
    console.log(
      `| ${server.name} | ${server.rps.toFixed(0)} | ${server.p50.toFixed(0)} | ${server.p99.toFixed(0)} | ${(server.cpuMs / server.requests).toFixed(2)} | ${server.errors} |`,
    );
  }
}

// `node scripts/run-parallel.mjs typecheck lint`: runs the named npm scripts at the same time (each is one process on
// one core), prints each one's output in full once it ends, and exits with the first failure's status (0 if all pass).
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('run-parallel: name the npm scripts to run, e.g. node scripts/run-parallel.mjs typecheck lint');
  process.exit(2);
}

/** Runs `npm run --silent <name>`; resolves with its status and everything it printed, in order. */
const run = (name) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ name, status: 1, output: Buffer.from(String(error)), seconds: 0 }));
    child.on('close', (status) => resolve({ name, status: status ?? 1, output: Buffer.concat(output), seconds: (Date.now() - started) / 1000 }));
  });

const results = await Promise.all(names.map(run));
for (const { name, status, output, seconds } of results) {
  process.stdout.write(output);
  console.log(`${status === 0 ? 'ok' : 'FAILED'}: npm run ${name} (${seconds.toFixed(0)} s)`);
}
process.exit(results.find((r) => r.status !== 0)?.status ?? 0);

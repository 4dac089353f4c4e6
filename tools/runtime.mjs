// The first import of every tool: the project runs on the Node.js LTS that `npm ci` installs
// (the `node` devDependency; npm scripts put node_modules/.bin first on the PATH). Started on
// an older runtime, a tool stops here with one line instead of a stack trace further on.
import { readFileSync } from 'node:fs';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const minimum = Number(/\d+/.exec(engines.node)[0]);
const major = Number(process.versions.node.split('.')[0]);
if (major < minimum) {
  console.error(
    `Corebook needs Node.js ${minimum} or newer, not ${process.version}: run it through npm (npm start, npm test), which uses the Node.js that npm ci installed.`,
  );
  process.exit(1);
}

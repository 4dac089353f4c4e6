// The first import of each entry point: started on an older Node.js than package.json's
// `engines` (runtime.spec.ts keeps the two equal), the API stops here with one line.
export const MINIMUM_NODE_MAJOR = 24;

const major = Number(process.versions.node.split('.')[0]);
if (major < MINIMUM_NODE_MAJOR) {
  console.error(
    `Corebook needs Node.js ${MINIMUM_NODE_MAJOR} or newer, not ${process.version}; npm start and the Docker image bring it.`,
  );
  process.exit(1);
}

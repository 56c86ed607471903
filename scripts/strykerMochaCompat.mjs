// Loaded (node --import) into Stryker's processes by `npm run test:mutation`, nowhere else.
// StrykerJS 9 is the last release that runs on Node 20 (Stryker 10 needs Node 22), and its mocha
// runner requires mocha's CLI helpers by their old extension-less names (`lib/cli/run-helpers`),
// which mocha 12 ships as `.cjs`. This lets those requires find the `.cjs` files; nothing else
// changes. Remove it once the project moves to Node 22 and Stryker 10.
import Module, { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const mochaCli = path.join(path.dirname(require.resolve('mocha/package.json')), 'lib', 'cli') + path.sep;
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (typeof request === 'string' && request.startsWith(mochaCli) && path.extname(request) === '') {
    try {
      return resolveFilename.call(this, `${request}.cjs`, ...rest);
    } catch {
      // Not one of mocha's .cjs helpers: resolve as asked.
    }
  }
  return resolveFilename.call(this, request, ...rest);
};

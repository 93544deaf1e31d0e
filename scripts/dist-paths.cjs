// Preloaded with `node -r ./scripts/dist-paths.cjs`: resolves the @hotline/* aliases to the compiled libs in dist/.
const fs = require('node:fs');
const path = require('node:path');
const { register } = require('tsconfig-paths');

const dist = path.resolve(__dirname, '..', 'dist');
const libs = fs.readdirSync(path.join(dist, 'libs'));
register({
  baseUrl: dist,
  paths: Object.fromEntries(libs.map((lib) => [`@hotline/${lib}`, [`libs/${lib}/src/index.js`]])),
});

// Lets plain `node` run this library's TypeScript (scripts, child processes of tests) without a build:
// node -r ./libs/domain/scripts/ts-register.cjs libs/domain/scripts/generate-lifecycle-doc.ts
// Type checking is `tsc`'s job; this only strips types (typescript.transpileModule to CommonJS).
const fs = require('node:fs');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      experimentalDecorators: true,
      sourceMap: false,
    },
  });
  module._compile(outputText, filename);
};

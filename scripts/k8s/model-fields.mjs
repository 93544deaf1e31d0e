// Unknown-field check for Kubernetes objects. The validators that kubernetes-models ships check types and required
// fields but accept any extra key (their schemas allow additional properties), while the API server drops or refuses
// it. So the fields an object may have are read from the same package's type declarations, with the TypeScript
// checker: a key that is not a property of the declared interface (at any depth) is an unknown field.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), 'models.generated.mts');

/** `modules`: one entry per kind, `{ key, specifier, name }` (e.g. `kubernetes-models/apps/v1/Deployment`, IDeployment). */
export function modelFieldChecker(modules) {
  const source = modules
    .map(
      ({ key, specifier, name }) =>
        `import type { ${name} as T_${key} } from '${specifier}';\nexport type ${key} = T_${key};`,
    )
    .join('\n');
  const options = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) =>
    file === ROOT ? ts.createSourceFile(file, source, language) : getSourceFile(file, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === ROOT || fileExists(file);
  const program = ts.createProgram([ROOT], options, host);
  const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(ROOT));
  if (diagnostics.length > 0)
    throw new Error(`model types: ${ts.flattenDiagnosticMessageText(diagnostics[0].messageText, '\n')}`);
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(ROOT)));
  const types = new Map(exports.map((symbol) => [symbol.getName(), checker.getDeclaredTypeOfSymbol(symbol)]));

  /** The paths of `object`'s fields that the kind's interface does not declare. */
  return (key, object) => {
    const type = types.get(key);
    if (!type) throw new Error(`no model type ${key}`);
    const unknown = [];
    walk(checker, object, type, '', unknown);
    return unknown;
  };
}

function walk(checker, value, type, path, unknown) {
  if (value === null || typeof value !== 'object') return;
  const candidates = objectTypes(checker, type);
  if (candidates === 'any') return;
  if (Array.isArray(value)) {
    const element = candidates
      .map((candidate) => checker.getIndexTypeOfType(candidate, ts.IndexKind.Number))
      .find(Boolean);
    if (element) value.forEach((item, index) => walk(checker, item, element, `${path}[${index}]`, unknown));
    return;
  }
  // Of a union of object types, the member that explains the most keys.
  let best;
  for (const candidate of candidates) {
    const found = [];
    walkObject(checker, value, candidate, path, found);
    if (!best || found.length < best.length) best = found;
  }
  unknown.push(...(best ?? []));
}

function walkObject(checker, value, type, path, unknown) {
  const index = checker.getIndexTypeOfType(type, ts.IndexKind.String);
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    const property = checker.getPropertyOfType(type, key);
    if (property) walk(checker, child, checker.getTypeOfSymbol(property), childPath, unknown);
    else if (index) walk(checker, child, index, childPath, unknown);
    else unknown.push(childPath);
  }
}

function objectTypes(checker, type) {
  const members = type.isUnion() ? type.types : [type];
  if (members.some((member) => member.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))) return 'any';
  const objects = members.filter((member) => member.flags & ts.TypeFlags.Object || member.isIntersection());
  return objects.length > 0 ? objects : 'any';
}

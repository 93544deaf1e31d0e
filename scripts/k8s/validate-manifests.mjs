// Offline validation of deploy/k8s: renders every overlay and checks every object against the Kubernetes models
// (kubernetes-models, @kubernetes-models/keda: types and required fields; unknown fields from their declarations),
// CloudNativePG's objects against the minimal schema vendored in deploy/k8s/schemas, the platform's own rules
// (probes, resources, security context, a PodDisruptionBudget per Deployment, one autoscaler per Deployment, a Job's
// resources, security context, retries and deadline, no Secret values in the repository), and the NATS chart values
// for the keys the platform relies on.
//   node scripts/k8s/validate-manifests.mjs [deploy/k8s]     prints a JSON report; exit 1 on any problem
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { renderKustomization } from './kustomize-subset.mjs';
import { modelFieldChecker } from './model-fields.mjs';
import { checkPlatformRules } from './platform-rules.mjs';

const MODELS = {
  'v1/Namespace': 'kubernetes-models/v1/Namespace',
  'v1/ServiceAccount': 'kubernetes-models/v1/ServiceAccount',
  'v1/ConfigMap': 'kubernetes-models/v1/ConfigMap',
  'v1/Service': 'kubernetes-models/v1/Service',
  'apps/v1/Deployment': 'kubernetes-models/apps/v1/Deployment',
  'apps/v1/StatefulSet': 'kubernetes-models/apps/v1/StatefulSet',
  'batch/v1/Job': 'kubernetes-models/batch/v1/Job',
  'policy/v1/PodDisruptionBudget': 'kubernetes-models/policy/v1/PodDisruptionBudget',
  'autoscaling/v2/HorizontalPodAutoscaler': 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler',
  'networking.k8s.io/v1/NetworkPolicy': 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy',
  'keda.sh/v1alpha1/ScaledObject': '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject',
};
const VENDORED = { 'postgresql.cnpg.io/v1': 'cnpg-minimal.schema.json' };

export async function validateDeployTree(k8sDirectory) {
  const root = resolve(k8sDirectory);
  const problems = [];
  const overlays = {};
  const checkFields = modelFieldChecker(
    Object.entries(MODELS).map(([kind, specifier]) => ({
      key: keyOf(kind),
      specifier,
      name: `I${kind.split('/').pop()}`,
    })),
  );
  const classes = new Map();
  for (const [kind, specifier] of Object.entries(MODELS)) {
    const name = kind.split('/').pop();
    classes.set(kind, (await import(specifier))[name]);
  }
  for (const overlay of readdirSync(join(root, 'overlays')).sort()) {
    let objects;
    try {
      objects = renderKustomization(join(root, 'overlays', overlay));
    } catch (error) {
      problems.push(`${overlay}: cannot render: ${error.message}`);
      continue;
    }
    overlays[overlay] = { objects: objects.length, kinds: countKinds(objects) };
    const report = (object, problem) =>
      problems.push(`${overlay}: ${object.kind}/${object.metadata?.name}: ${problem}`);
    for (const object of objects) {
      const kind = `${object.apiVersion}/${object.kind}`;
      const vendored = VENDORED[object.apiVersion];
      if (classes.has(kind)) {
        try {
          new (classes.get(kind))(object).validate();
        } catch (error) {
          report(object, `invalid: ${error.message}`);
        }
        for (const field of checkFields(keyOf(kind), object)) report(object, `unknown field ${field}`);
      } else if (vendored) {
        const schemas = JSON.parse(readFileSync(join(root, 'schemas', vendored), 'utf8'));
        const schema = schemas[object.kind];
        if (!schema) report(object, `no vendored schema for ${kind}`);
        else for (const problem of checkSchema(schema, object, '')) report(object, problem);
      } else {
        report(object, `no schema known for ${kind}`);
      }
    }
    for (const problem of checkPlatformRules(objects, overlay)) problems.push(`${overlay}: ${problem}`);
  }
  for (const problem of checkNatsValues(parse(readFileSync(join(root, 'nats', 'values.yaml'), 'utf8'))))
    problems.push(`nats/values.yaml: ${problem}`);
  return { overlays, problems };
}

function keyOf(kind) {
  return kind.replace(/[^A-Za-z0-9]/g, '_');
}

function countKinds(objects) {
  const kinds = {};
  for (const object of objects) kinds[object.kind] = (kinds[object.kind] ?? 0) + 1;
  return kinds;
}

/** The JSON Schema keywords the vendored schema uses: type, enum, properties, required, additionalProperties, pattern, minimum. */
export function checkSchema(schema, value, path) {
  const at = path || '(root)';
  if (schema.enum && !schema.enum.includes(value))
    return [`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`];
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (schema.type === 'integer' ? !Number.isInteger(value) : schema.type && schema.type !== type)
    return [`${at}: expected ${schema.type}, found ${type}`];
  const problems = [];
  if (schema.pattern && !new RegExp(schema.pattern).test(value))
    problems.push(`${at}: does not match ${schema.pattern}`);
  if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${at}: below ${schema.minimum}`);
  if (type === 'object') {
    for (const key of schema.required ?? []) if (!(key in value)) problems.push(`${at}: missing required field ${key}`);
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      const childSchema = schema.properties?.[key] ?? schema.additionalProperties;
      if (childSchema === false || childSchema === undefined) problems.push(`unknown field ${childPath}`);
      else if (childSchema !== true) problems.push(...checkSchema(childSchema, child, childPath));
    }
  }
  return problems;
}

/** What the platform relies on from the NATS Helm chart (1.x) values: it cannot be rendered offline. */
export function checkNatsValues(values) {
  const expectations = [
    ['config.cluster.enabled', (v) => v === true, 'true'],
    ['config.cluster.replicas', (v) => Number.isInteger(v) && v >= 3, 'at least 3 (R3 streams need 3 servers)'],
    ['config.jetstream.enabled', (v) => v === true, 'true'],
    ['config.jetstream.fileStore.enabled', (v) => v === true, 'true'],
    ['config.jetstream.fileStore.pvc.enabled', (v) => v === true, 'true (the store survives a pod)'],
    ['config.jetstream.merge.sync_interval', (v) => v === 'always', 'always (fsync before acknowledging)'],
    ['config.leafnodes.enabled', (v) => v === true, 'true (the partner port, 7422)'],
    ['config.monitor.enabled', (v) => v === true, 'true (KEDA reads consumer lag on 8222)'],
  ];
  return expectations
    .filter(([path, ok]) => !ok(path.split('.').reduce((node, key) => node?.[key], values)))
    .map(([path, , wanted]) => `${path} must be ${wanted}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await validateDeployTree(process.argv[2] ?? 'deploy/k8s');
  console.log(JSON.stringify(result, null, 2));
  process.exit(result.problems.length === 0 ? 0 : 1);
}

// A small renderer for the subset of kustomize that deploy/k8s uses, so that `npm test` can render the overlays
// where neither kubectl nor kustomize is installed (no kustomize is published on the npm registry). It is not
// kustomize: it refuses every kustomization field and patch form it does not implement, rather than ignoring it.
// Supported: resources (files and directories), namespace, labels (pairs, includeSelectors: false, includeTemplates),
// images (name, newName, newTag), configMapGenerator (envs, literals, options.labels, behavior create|merge; name
// suffixed with a content
// hash and references in pod templates renamed, as kustomize does; the hash itself differs from kustomize's), and
// patches given inline as JSON 6902 operations (add, replace, remove) with a target of kind and/or name (a regex).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseAllDocuments, parse } from 'yaml';

const KNOWN_FIELDS = new Set([
  'apiVersion',
  'kind',
  'namespace',
  'labels',
  'resources',
  'images',
  'configMapGenerator',
  'patches',
]);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition']);

/** Renders the kustomization in `directory`: the list of Kubernetes objects it produces. */
export function renderKustomization(directory) {
  const { objects, generated } = build(resolve(directory));
  renameConfigMapReferences(objects, generated);
  return objects;
}

function build(directory) {
  const file = ['kustomization.yaml', 'kustomization.yml'].map((name) => join(directory, name)).find(existsSync);
  if (!file) throw new Error(`${directory}: no kustomization.yaml`);
  const kustomization = parse(readFileSync(file, 'utf8')) ?? {};
  for (const field of Object.keys(kustomization))
    if (!KNOWN_FIELDS.has(field)) throw new Error(`${file}: "${field}" is not supported by this renderer`);

  const objects = [];
  const generated = new Map();
  for (const entry of kustomization.resources ?? []) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) {
      const below = build(path);
      objects.push(...below.objects);
      for (const [name, hashed] of below.generated) generated.set(name, hashed);
    } else {
      objects.push(...readObjects(path));
    }
  }
  for (const generator of kustomization.configMapGenerator ?? [])
    generateConfigMap(directory, generator, objects, generated);
  for (const patch of kustomization.patches ?? []) applyPatch(file, patch, objects);
  for (const image of kustomization.images ?? []) setImage(image, objects);
  if (kustomization.namespace)
    for (const object of objects)
      if (!CLUSTER_SCOPED.has(object.kind)) object.metadata.namespace = kustomization.namespace;
  for (const label of kustomization.labels ?? []) {
    if (label.includeSelectors) throw new Error(`${file}: labels with includeSelectors are not supported`);
    for (const object of objects) {
      object.metadata.labels = { ...object.metadata.labels, ...label.pairs };
      const template = label.includeTemplates ? podTemplateOf(object) : undefined;
      if (template)
        template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, ...label.pairs } };
    }
  }
  return { objects, generated };
}

function readObjects(path) {
  return parseAllDocuments(readFileSync(path, 'utf8'))
    .map((document) => {
      if (document.errors.length > 0) throw new Error(`${path}: ${document.errors[0].message}`);
      return document.toJS();
    })
    .filter((object) => object !== null && object !== undefined);
}

function generateConfigMap(directory, generator, objects, generated) {
  const data = {};
  for (const envFile of generator.envs ?? [])
    Object.assign(data, parseEnv(readFileSync(join(directory, envFile), 'utf8')));
  Object.assign(data, parseEnv((generator.literals ?? []).join('\n')));
  for (const option of Object.keys(generator.options ?? {}))
    if (option !== 'labels')
      throw new Error(`configMapGenerator ${generator.name}: options.${option} is not supported`);
  const behavior = generator.behavior ?? 'create';
  const existing = objects.find(
    (object) => object.kind === 'ConfigMap' && object.metadata.generatedFrom === generator.name,
  );
  if (behavior === 'merge' || behavior === 'replace') {
    if (!existing) throw new Error(`configMapGenerator ${generator.name}: nothing to ${behavior} with`);
    existing.data = behavior === 'merge' ? { ...existing.data, ...data } : data;
    existing.metadata.name = hashedName(generator.name, existing.data);
    generated.set(generator.name, existing.metadata.name);
    return;
  }
  if (behavior !== 'create') throw new Error(`configMapGenerator ${generator.name}: behavior ${behavior}`);
  if (existing) throw new Error(`configMapGenerator ${generator.name} created twice`);
  const labels = generator.options?.labels;
  objects.push({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: hashedName(generator.name, data), generatedFrom: generator.name, ...(labels ? { labels } : {}) },
    data,
  });
  generated.set(generator.name, hashedName(generator.name, data));
}

function parseEnv(text) {
  const data = {};
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const at = trimmed.indexOf('=');
    if (at <= 0) throw new Error(`not KEY=value: ${trimmed}`);
    data[trimmed.slice(0, at)] = trimmed.slice(at + 1);
  }
  return data;
}

function hashedName(name, data) {
  const digest = createHash('sha256')
    .update(JSON.stringify(Object.entries(data).sort()))
    .digest('hex');
  return `${name}-${digest.slice(0, 10)}`;
}

/** Pod templates name the generator's name; kustomize renames them to the hashed name. */
function renameConfigMapReferences(objects, generated) {
  for (const object of objects) {
    if (object.kind === 'ConfigMap') delete object.metadata.generatedFrom;
    const pod = podSpecOf(object);
    if (!pod) continue;
    const rename = (reference) => {
      if (reference && generated.has(reference.name)) reference.name = generated.get(reference.name);
    };
    for (const container of [...(pod.containers ?? []), ...(pod.initContainers ?? [])]) {
      for (const source of container.envFrom ?? []) rename(source.configMapRef);
      for (const variable of container.env ?? []) rename(variable.valueFrom?.configMapKeyRef);
    }
    for (const volume of pod.volumes ?? []) rename(volume.configMap);
  }
}

export function podSpecOf(object) {
  return podTemplateOf(object)?.spec;
}

function podTemplateOf(object) {
  if (['Deployment', 'StatefulSet', 'DaemonSet', 'Job'].includes(object.kind)) return object.spec?.template;
  if (object.kind === 'CronJob') return object.spec?.jobTemplate?.spec?.template;
  return undefined;
}

function applyPatch(file, patch, objects) {
  const keys = Object.keys(patch).sort().join(',');
  if (keys !== 'patch,target') throw new Error(`${file}: only inline patches with a target are supported`);
  const operations = parse(patch.patch);
  if (!Array.isArray(operations))
    throw new Error(`${file}: only JSON 6902 patches (a list of operations) are supported`);
  const nameMatches = patch.target.name ? new RegExp(`^(?:${patch.target.name})$`) : undefined;
  const targets = objects.filter(
    (object) =>
      (!patch.target.kind || object.kind === patch.target.kind) &&
      (!nameMatches || nameMatches.test(object.metadata.name)),
  );
  if (targets.length === 0) throw new Error(`${file}: patch target ${JSON.stringify(patch.target)} matches nothing`);
  for (const object of targets) for (const operation of operations) applyOperation(object, operation);
}

function applyOperation(object, { op, path, value }) {
  const keys = path
    .split('/')
    .slice(1)
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = keys.pop();
  let parent = object;
  for (const key of keys) {
    if (parent[key] === undefined) throw new Error(`${object.kind}/${object.metadata.name}: no ${path}`);
    parent = parent[key];
  }
  const index = Array.isArray(parent) ? (last === '-' ? parent.length : Number(last)) : undefined;
  if (op === 'add') {
    if (Array.isArray(parent)) parent.splice(index, 0, value);
    else parent[last] = value;
  } else if (op === 'replace' || op === 'remove') {
    if (parent[Array.isArray(parent) ? index : last] === undefined)
      throw new Error(`${object.kind}/${object.metadata.name}: nothing at ${path} to ${op}`);
    if (op === 'replace') parent[Array.isArray(parent) ? index : last] = value;
    else if (Array.isArray(parent)) parent.splice(index, 1);
    else delete parent[last];
  } else {
    throw new Error(`JSON patch operation ${op} is not supported`);
  }
}

function setImage(image, objects) {
  for (const object of objects) {
    const pod = podSpecOf(object);
    for (const container of [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])]) {
      const [name, tag] = splitImage(container.image);
      if (name !== image.name) continue;
      container.image = `${image.newName ?? name}:${image.newTag ?? tag ?? 'latest'}`;
    }
  }
}

function splitImage(reference) {
  const at = reference.lastIndexOf(':');
  return at > reference.lastIndexOf('/') ? [reference.slice(0, at), reference.slice(at + 1)] : [reference, undefined];
}

// node scripts/k8s/kustomize-subset.mjs deploy/k8s/overlays/production   prints the rendered objects as YAML
if (import.meta.url === `file://${process.argv[1]}`) {
  const { stringify } = await import('yaml');
  process.stdout.write(
    renderKustomization(process.argv[2] ?? '.')
      .map((object) => stringify(object))
      .join('---\n'),
  );
}

// The platform's own rules for its rendered manifests, beyond what the API server would accept.
import { podSpecOf } from './kustomize-subset.mjs';

const LONG_RUNNING = new Set(['Deployment', 'StatefulSet']);

export function checkPlatformRules(objects, overlay) {
  const problems = [];
  const named = (object) => `${object.kind}/${object.metadata?.name}`;
  for (const object of objects) {
    const pod = podSpecOf(object);
    if (pod) problems.push(...checkPod(object, pod).map((problem) => `${named(object)}: ${problem}`));
    if (object.kind === 'Job') problems.push(...checkJob(object).map((problem) => `${named(object)}: ${problem}`));
    if (object.kind === 'Secret' && (object.data || object.stringData))
      problems.push(`${named(object)}: secret values in the repository (reference a Secret created outside it)`);
  }
  const deployments = objects.filter((object) => object.kind === 'Deployment');
  const budgets = objects.filter((object) => object.kind === 'PodDisruptionBudget');
  for (const deployment of deployments) {
    const labels = deployment.spec?.template?.metadata?.labels ?? {};
    const covered = budgets.some((budget) => selects(budget.spec?.selector?.matchLabels, labels));
    if (!covered) problems.push(`${named(deployment)}: no PodDisruptionBudget selects its pods`);
    const scalers = objects.filter(
      (object) =>
        (object.kind === 'HorizontalPodAutoscaler' || object.kind === 'ScaledObject') &&
        object.spec?.scaleTargetRef?.name === deployment.metadata.name,
    );
    if (scalers.length > 1)
      problems.push(
        `${named(deployment)}: scaled by ${scalers.map(named).join(' and ')} (a ScaledObject brings its own HPA)`,
      );
  }
  for (const scaler of objects.filter((object) => ['HorizontalPodAutoscaler', 'ScaledObject'].includes(object.kind))) {
    const target = scaler.spec?.scaleTargetRef?.name;
    if (!deployments.some((deployment) => deployment.metadata.name === target))
      problems.push(`${named(scaler)}: scales ${target}, which is not a Deployment of the overlay`);
  }
  if (!objects.some((object) => object.kind === 'NetworkPolicy' && isDefaultDeny(object)))
    problems.push(`no default-deny NetworkPolicy in ${overlay}`);
  return problems;
}

function checkPod(object, pod) {
  const problems = [];
  if (pod.securityContext?.runAsNonRoot !== true) problems.push('pod securityContext.runAsNonRoot is not true');
  if (pod.automountServiceAccountToken !== false) problems.push('mounts a service account token');
  for (const container of pod.containers ?? []) {
    const where = `container ${container.name}`;
    if (LONG_RUNNING.has(object.kind)) {
      if (!container.readinessProbe) problems.push(`${where}: no readinessProbe`);
      if (!container.livenessProbe) problems.push(`${where}: no livenessProbe`);
    }
    const { requests = {}, limits = {} } = container.resources ?? {};
    if (!requests.cpu || !requests.memory) problems.push(`${where}: no CPU and memory requests`);
    if (!limits.memory) problems.push(`${where}: no memory limit`);
    const security = container.securityContext ?? {};
    if (security.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation is not false`);
    if (security.readOnlyRootFilesystem !== true) problems.push(`${where}: root filesystem is writable`);
    if (!(security.capabilities?.drop ?? []).includes('ALL')) problems.push(`${where}: capabilities not dropped`);
  }
  return problems;
}

/** A run-to-completion pod: no probes to ask for, but a bounded run and a bounded number of retries. */
function checkJob(job) {
  const problems = [];
  if (job.spec?.backoffLimit === undefined) problems.push('no backoffLimit (Kubernetes would retry 6 times)');
  if (!job.spec?.activeDeadlineSeconds) problems.push('no activeDeadlineSeconds: a stuck run would never fail');
  if (!['Never', 'OnFailure'].includes(job.spec?.template?.spec?.restartPolicy))
    problems.push('restartPolicy is neither Never nor OnFailure');
  return problems;
}

function selects(matchLabels, labels) {
  const wanted = Object.entries(matchLabels ?? {});
  return wanted.length > 0 && wanted.every(([key, value]) => labels[key] === value);
}

function isDefaultDeny(policy) {
  const types = policy.spec?.policyTypes ?? [];
  return (
    Object.keys(policy.spec?.podSelector ?? {}).length === 0 &&
    types.includes('Ingress') &&
    types.includes('Egress') &&
    !policy.spec?.ingress &&
    !policy.spec?.egress
  );
}

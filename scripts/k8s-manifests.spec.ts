import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Namespace } from '@hotline/messaging';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { parseAllDocuments } from 'yaml';
import { FollowCompletedHandler } from '../services/callbacks/src/follow/follow-completed.handler';
import { WorkOrderEventsHandler } from '../services/dispatch/src/work-orders/work-order-events.handler';
import { WorkOrderFollowerHandler } from '../services/handling/src/work-orders/work-order-follower.handler';
import { WorkOrderProjectionHandler } from '../services/supervision/src/work-orders/work-order-projection.handler';

const ROOT = join(__dirname, '..');
const DEPLOY = join(ROOT, 'deploy', 'k8s');

interface Report {
  overlays: Record<string, { objects: number; kinds: Record<string, number> }>;
  problems: string[];
}
type K8sObject = { kind: string; metadata: { name: string }; spec?: any; data?: Record<string, string> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The validator is an ES module (kubernetes-models ships only ESM), so it runs as its own Node process. */
function validate(k8sDirectory: string): { status: number | null; report: Report } {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/k8s/validate-manifests.mjs'), k8sDirectory], {
    encoding: 'utf8',
  });
  if (!run.stdout) throw new Error(run.stderr);
  return { status: run.status, report: JSON.parse(run.stdout) as Report };
}

function render(overlay: string): K8sObject[] {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/k8s/kustomize-subset.mjs'), join(DEPLOY, 'overlays', overlay)],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return parseAllDocuments(run.stdout).map((document) => document.toJS() as K8sObject);
}

describe('deploy/k8s, validated offline', () => {
  it('renders both overlays and finds no problem in any object', () => {
    const { status, report } = validate(DEPLOY);
    expect(report.problems).toEqual([]);
    expect(status).toBe(0);
    expect(Object.keys(report.overlays)).toEqual(['dev', 'production']);
    for (const { kinds } of Object.values(report.overlays)) {
      expect(kinds).toMatchObject({
        Deployment: 8,
        PodDisruptionBudget: 8,
        ScaledObject: 4,
        ServiceAccount: 9,
        Job: 1,
      });
      expect(kinds['NetworkPolicy']).toBeGreaterThanOrEqual(7);
      expect(kinds['Cluster']).toBe(1);
    }
  });

  it('production: a 3-instance Postgres with a synchronous standby and backups, R3 streams, 3+ replicas', () => {
    const objects = render('production');
    const cluster = objects.find((object) => object.kind === 'Cluster')!;
    expect(cluster.spec).toMatchObject({ instances: 3, minSyncReplicas: 1, maxSyncReplicas: 1 });
    expect(cluster.spec.backup.barmanObjectStore.destinationPath).toMatch(/^s3:/);
    expect(objects.some((object) => object.kind === 'ScheduledBackup')).toBe(true);
    const config = objects.find((object) => object.kind === 'ConfigMap')!;
    expect(config.data).toMatchObject({ HOTLINE_STREAM_REPLICAS: '3', NODE_ENV: 'production' });
    for (const scaler of objects.filter((object) => object.kind === 'ScaledObject'))
      expect(scaler.spec.minReplicaCount).toBe(3);
    const dev = render('dev');
    expect(dev.find((object) => object.kind === 'Cluster')!.spec.instances).toBe(1);
    expect(
      dev.find((object) => object.kind === 'ConfigMap' && object.data?.['HOTLINE_STREAM_REPLICAS'])!.data,
    ).toMatchObject({
      HOTLINE_STREAM_REPLICAS: '1',
    });
  });

  it('a migration Job runs every backend with HOTLINE_MIGRATIONS=only; production Deployments skip migrations', () => {
    const objects = render('production');
    const job = objects.find((object) => object.kind === 'Job')!;
    const container = job.spec.template.spec.containers[0];
    expect(container.image).toBe('registry.hotline.internal/hotline/platform:0.1.0');
    expect(container.env).toContainEqual({ name: 'HOTLINE_MIGRATIONS', value: 'only' });
    const script = container.command.join(' ');
    for (const service of ['intake', 'dispatch', 'handling', 'callbacks', 'supervision', 'knowledge', 'linkage'])
      expect(script).toContain(service);
    const config = objects.find((object) => object.kind === 'ConfigMap')!;
    expect(config.data).toMatchObject({ HOTLINE_MIGRATIONS: 'skip' });
    expect(container.envFrom).toContainEqual({ configMapRef: { name: config.metadata.name } });
    // Applied first, by label (deploy/README): the ConfigMap and the Job, and the NetworkPolicies select the pod.
    const labels = (object: K8sObject & { metadata: { labels?: Record<string, string> } }) => object.metadata.labels;
    expect(labels(config)).toMatchObject({ 'app.kubernetes.io/component': 'config' });
    expect(labels(job)).toMatchObject({ 'app.kubernetes.io/component': 'migration' });
    expect(job.spec.template.metadata.labels).toMatchObject({
      'app.kubernetes.io/part-of': 'hotline-12345',
      'app.kubernetes.io/component': 'migration',
    });
    for (const deployment of objects.filter((object) => object.kind === 'Deployment'))
      expect(deployment.spec.template.metadata.labels).toMatchObject({ 'app.kubernetes.io/part-of': 'hotline-12345' });
    const dev = render('dev').find((object) => object.kind === 'ConfigMap' && object.data?.['NODE_ENV'])!;
    expect(dev.data?.['HOTLINE_MIGRATIONS']).toBeUndefined();
  });

  it("KEDA scales each event worker on a durable consumer that the service's handlers really create", () => {
    const handlers = {
      dispatch: WorkOrderEventsHandler,
      handling: WorkOrderFollowerHandler,
      callbacks: FollowCompletedHandler,
      supervision: WorkOrderProjectionHandler,
    };
    const scalers = render('production').filter((object) => object.kind === 'ScaledObject');
    expect(scalers.map((scaler) => scaler.metadata.name).sort()).toEqual(Object.keys(handlers).sort());
    for (const scaler of scalers) {
      const service = scaler.metadata.name as keyof typeof handlers;
      const prototype = handlers[service].prototype as unknown as Record<string, unknown>;
      const subjects = Object.getOwnPropertyNames(prototype).flatMap(
        (method) => (Reflect.getMetadata(PATTERN_METADATA, prototype[method] as object) as string[] | undefined) ?? [],
      );
      const durables = subjects.map((subject) => new Namespace('', service).durable(subject));
      const triggers = (scaler.spec.triggers as Array<{ type: string; metadata: Record<string, string> }>).filter(
        (trigger) => trigger.type === 'nats-jetstream',
      );
      expect(triggers.length).toBeGreaterThan(0);
      for (const trigger of triggers) {
        expect(durables).toContain(trigger.metadata['consumer']);
        expect(trigger.metadata['stream']).toBe(new Namespace('', service).stream('WORKORDER'));
      }
    }
  });

  it('catches a broken manifest in a temporary copy: unknown field, missing probe, resources, PDB, two autoscalers', () => {
    const copy = mkdtempSync(join(tmpdir(), 'hotline-k8s-'));
    try {
      cpSync(DEPLOY, copy, { recursive: true });
      const edit = (file: string, change: (text: string) => string) => {
        const path = join(copy, file);
        const before = readFileSync(path, 'utf8');
        const after = change(before);
        expect(after).not.toBe(before);
        writeFileSync(path, after);
      };
      edit('base/services/gateway.yaml', (text) => text.replace('imagePullPolicy:', 'imagePullPolcy:'));
      edit('base/services/intake.yaml', (text) => text.replace(/ {10}readinessProbe:\n( {12}.*\n)+/, ''));
      edit('base/services/knowledge.yaml', (text) => text.replace(/ {10}resources:\n( {12}.*\n)+/, ''));
      edit('base/services/dispatch.yaml', (text) =>
        text.replace(/kind: PodDisruptionBudget\n/, 'kind: PodDisruptionBudgetX\n'),
      );
      edit('base/services/handling.yaml', (text) =>
        text.concat(
          '---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: handling-cpu\n',
          'spec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: handling\n  minReplicas: 1\n  maxReplicas: 4\n',
        ),
      );
      edit('overlays/production/postgres.yaml', (text) => text.replace('minSyncReplicas: 1', 'minSyncReplica: 1'));
      edit('nats/values.yaml', (text) => text.replace('sync_interval: always', 'sync_interval: 2m'));
      edit('base/migrations.yaml', (text) =>
        text.replace(/ {2}activeDeadlineSeconds: 1800\n/, '').replace(/ {10}securityContext:\n( {12}.*\n)+/, ''),
      );

      const { status, report } = validate(copy);
      expect(status).toBe(1);
      const problems = report.problems.join('\n');
      expect(problems).toContain(
        'production: Deployment/gateway: unknown field spec.template.spec.containers[0].imagePullPolcy',
      );
      expect(problems).toContain('production: Deployment/intake: container intake: no readinessProbe');
      expect(problems).toContain('dev: Deployment/knowledge: container knowledge: no CPU and memory requests');
      expect(problems).toContain('production: Deployment/dispatch: no PodDisruptionBudget selects its pods');
      expect(problems).toContain(
        'Deployment/handling: scaled by ScaledObject/handling and HorizontalPodAutoscaler/handling-cpu',
      );
      expect(problems).toContain('production: Cluster/hotline-pg: unknown field spec.minSyncReplica');
      expect(problems).toContain('nats/values.yaml: config.jetstream.merge.sync_interval must be always');
      expect(problems).toContain('production: Job/migrations: no activeDeadlineSeconds: a stuck run would never fail');
      expect(problems).toContain('dev: Job/migrations: container migrations: allowPrivilegeEscalation is not false');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

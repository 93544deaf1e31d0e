import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..');

/** Every `hotline_…` metric name declared in the code (prom-client `name: 'hotline_…'`). */
function declaredMetrics(): Set<string> {
  const names = new Set<string>();
  const visit = (directory: string) => {
    for (const entry of readdirSync(directory)) {
      const path = join(directory, entry);
      if (statSync(path).isDirectory()) visit(path);
      else if (path.endsWith('.ts') && !path.endsWith('spec.ts'))
        for (const match of readFileSync(path, 'utf8').matchAll(/['"](hotline_[a-z_]+)['"]/g)) names.add(match[1]!);
    }
  };
  visit(join(ROOT, 'libs'));
  visit(join(ROOT, 'services'));
  return names;
}

function referencedMetrics(text: string): string[] {
  return [...new Set([...text.matchAll(/\b(hotline_[a-z_]+)\b/g)].map((match) => match[1]!))];
}

/** What Prometheus makes of a histogram or counter: the series it queries. */
function seriesOf(name: string): string[] {
  return [name, `${name}_bucket`, `${name}_count`, `${name}_sum`];
}

describe('deploy/observability: dashboard and alert rules', () => {
  const declared = new Set([...declaredMetrics()].flatMap(seriesOf));

  it('alert rules parse, each with an expression, and query only metrics the services serve', () => {
    const rules = parse(readFileSync(join(ROOT, 'deploy/observability/alerts.yaml'), 'utf8')) as {
      groups: Array<{ rules: Array<{ alert: string; expr: string }> }>;
    };
    const alerts = rules.groups.flatMap((group) => group.rules);
    expect(alerts.map((rule) => rule.alert)).toEqual(
      expect.arrayContaining([
        'HotlineOutboxStuck',
        'HotlineConsumerLag',
        'HotlineDeadLetters',
        'HotlineOverdueGrowing',
        'HotlineNotReady',
      ]),
    );
    for (const rule of alerts) {
      expect(rule.expr.trim()).not.toBe('');
      for (const metric of referencedMetrics(rule.expr))
        expect({ rule: rule.alert, metric, known: declared.has(metric) }).toEqual({
          rule: rule.alert,
          metric,
          known: true,
        });
    }
  });

  it('the Grafana dashboard is JSON whose panels query only metrics the services serve', () => {
    const dashboard = JSON.parse(readFileSync(join(ROOT, 'deploy/observability/grafana-dashboard.json'), 'utf8')) as {
      panels: Array<{ title: string; targets: Array<{ expr: string }> }>;
    };
    expect(dashboard.panels.length).toBeGreaterThan(10);
    const metrics = dashboard.panels.flatMap((panel) =>
      panel.targets.flatMap((target) => referencedMetrics(target.expr)),
    );
    for (const metric of new Set(metrics))
      expect({ metric, known: declared.has(metric) }).toEqual({ metric, known: true });
    for (const needed of [
      'hotline_outbox_oldest_age_seconds',
      'hotline_jetstream_consumer_pending',
      'hotline_work_orders_overdue',
    ])
      expect(metrics).toContain(needed);
  });
});

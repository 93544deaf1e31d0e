import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'nats';
import { freePort } from './built-services';

export interface ClusterNode {
  name: string;
  clientUrl: string;
  running(): boolean;
  kill9(): Promise<void>;
  start(): Promise<void>;
}

export interface NatsCluster {
  nodes: ClusterNode[];
  /** every node's client URL, comma-separated: what NATS_URL takes */
  url: string;
  node(name: string): ClusterNode;
  stop(): Promise<void>;
}

/**
 * Three nats-server processes on loopback forming one JetStream cluster, each with its own client and route ports and
 * its own store directory under a temporary folder (kept across a node's restart, removed at stop).
 * nats-server 2.9 on this machine has no `sync_interval` (2.10 added it; production sets it to `always`): a kill -9
 * leaves the written pages in the OS cache, so this test does not depend on it; a power cut would.
 */
export async function startNatsCluster(size = 3): Promise<NatsCluster> {
  const folder = mkdtempSync(join(tmpdir(), 'hotline-nats-cluster-'));
  const ports: Array<{ client: number; route: number }> = [];
  for (let index = 0; index < size; index++) ports.push({ client: await freePort(), route: await freePort() });
  const nodes = ports.map(({ client, route }, index) => {
    const name = `n${index + 1}`;
    const store = join(folder, name);
    mkdirSync(store);
    const routes = ports.filter((_, other) => other !== index).map((peer) => `nats-route://127.0.0.1:${peer.route}`);
    const config = join(folder, `${name}.conf`);
    writeFileSync(
      config,
      [
        `server_name: ${name}`,
        `listen: 127.0.0.1:${client}`,
        `jetstream { store_dir: "${store}" }`,
        `cluster { name: hotline, listen: 127.0.0.1:${route}, routes: [${routes.join(', ')}] }`,
      ].join('\n'),
    );
    return clusterNode(name, client, config);
  });
  await Promise.all(nodes.map((node) => node.start()));
  await jetStreamReady(nodes.map((node) => node.clientUrl));
  return {
    nodes,
    url: nodes.map((node) => node.clientUrl).join(','),
    node: (name) => nodes.find((node) => node.name === name)!,
    stop: async () => {
      await Promise.all(nodes.map((node) => node.kill9()));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

function clusterNode(name: string, port: number, config: string): ClusterNode {
  let child: ChildProcess | undefined;
  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;
  return {
    name,
    clientUrl: `nats://127.0.0.1:${port}`,
    running,
    start: async () => {
      child = spawn('/usr/sbin/nats-server', ['-c', config], { stdio: 'ignore' });
      const deadline = Date.now() + 30_000;
      while (!(await tcpOpen(port))) {
        if (!running()) throw new Error(`nats-server ${name} exited at start`);
        if (Date.now() > deadline) throw new Error(`nats-server ${name} did not listen within 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    kill9: async () => {
      if (!running()) return;
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child!.kill('SIGKILL');
      await exited;
    },
  };
}

function tcpOpen(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = tcpConnect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Until the cluster has elected its JetStream meta leader, JetStream API requests time out. */
async function jetStreamReady(servers: string[], ms = 60_000): Promise<void> {
  const nc = await connect({ servers, maxReconnectAttempts: -1 });
  const deadline = Date.now() + ms;
  try {
    for (;;) {
      try {
        await (await nc.jetstreamManager({ timeout: 2_000 })).getAccountInfo();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`JetStream cluster not ready within ${ms} ms: ${String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } finally {
    await nc.close();
  }
}

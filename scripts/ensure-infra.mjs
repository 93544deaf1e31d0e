#!/usr/bin/env node
// Makes sure PostgreSQL and NATS JetStream are up (starting installed local servers if stopped) and
// that the platform's database exists.
import { createRequire } from 'node:module';
import { DATABASE_URL, NATS_URL, ensureServer, hostPort } from './infra.mjs';

const require = createRequire(import.meta.url);
const log = (line) => process.stdout.write(`[infra] ${line}\n`);

async function ensureDatabase() {
  const { Client } = require('pg');
  const target = new URL(DATABASE_URL);
  const name = decodeURIComponent(target.pathname.slice(1)) || 'hotline';
  const admin = new URL(DATABASE_URL);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      log(`created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

async function ensureJetStream() {
  const { connect } = require('nats');
  const nc = await connect({ servers: NATS_URL, timeout: 5000 });
  try {
    await (await nc.jetstreamManager()).getAccountInfo();
  } catch (error) {
    throw new Error(
      `NATS at ${NATS_URL} answers but JetStream is not enabled (start nats-server with -js): ${error.message}`,
    );
  } finally {
    await nc.close();
  }
}

try {
  await ensureServer('postgres', hostPort(DATABASE_URL, 5432), log);
  await ensureServer('nats', hostPort(NATS_URL, 4222), log);
  await ensureDatabase();
  await ensureJetStream();
  log(`PostgreSQL (${hostPort(DATABASE_URL, 5432).host}) and NATS JetStream (${NATS_URL}) are ready`);
} catch (error) {
  process.stderr.write(`[infra] ${error.message}\n`);
  process.exit(1);
}

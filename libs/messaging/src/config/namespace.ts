import { SERVICE_PLACEHOLDER, StreamKey } from '@hotline/contracts';

/** Applies the deployment's prefix to subjects and stream names, and names durable consumers. */
export class Namespace {
  constructor(
    readonly prefix: string,
    readonly service: string,
  ) {}

  subject(base: string): string {
    const resolved = this.resolve(base);
    return this.prefix ? `${this.prefix}.${resolved}` : resolved;
  }

  /** The subject with this service's name in place of the placeholder, before the prefix. */
  resolve(base: string): string {
    return base.split(SERVICE_PLACEHOLDER).join(this.service);
  }

  /** The subject as the contracts spell it, for looking up definitions and handlers. */
  unprefixed(subject: string): string {
    return this.prefix && subject.startsWith(`${this.prefix}.`) ? subject.slice(this.prefix.length + 1) : subject;
  }

  stream(key: StreamKey): string {
    return this.prefix ? `${this.prefix.toUpperCase()}_${key}` : key;
  }

  /** One durable consumer per service and subject, shared by every replica of the service. */
  durable(subject: string): string {
    return `${this.service}__${subject.replace(/[^A-Za-z0-9]+/g, '_')}`;
  }
}

import { MessagingConfig } from './config/messaging-config';
import { Namespace } from './config/namespace';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface MessagingOptions {
  service: string;
  config: MessagingConfig;
  namespace: Namespace;
}

import { isOneOf } from './one-of';

/** R2.1 the channel a request came by. */
export const CHANNELS = ['phone', 'web', 'app', 'partner', 'open311'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_NAMES: Readonly<Record<Channel, string>> = {
  phone: '12345电话',
  web: '网站',
  app: '政务新媒体（App、小程序）',
  partner: '联动热线及分中心',
  open311: 'Open311 接口',
};

export const isChannel = (value: unknown): value is Channel => isOneOf(CHANNELS, value);

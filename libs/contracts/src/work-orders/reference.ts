export const REQUEST_CHANNELS = ['phone', 'web', 'app', 'partner', 'open311'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

export const REQUEST_TYPES = ['consultation', 'help', 'complaint', 'report', 'suggestion'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

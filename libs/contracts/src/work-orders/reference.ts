// The reference lists are the regulation's (libs/domain); contracts only name them for messages.
export {
  CHANNELS as REQUEST_CHANNELS,
  type Channel as RequestChannel,
  REQUEST_TYPES,
  type RequestType,
  REQUEST_FIELDS,
  type RequestField,
} from '@hotline/domain';

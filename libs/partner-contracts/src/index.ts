export * from './gen/hotline/partner/v1/envelope_pb';
export * from './gen/hotline/partner/v1/transfer_pb';
export * from './gen/hotline/partner/v1/branch_pb';
export * from './envelope-codec';
export * from './envelope-rules';
export * from './request-signature';
export * from './partner-line';

export type AuthErrorCode =
  | 'missing-token'
  | 'malformed-token'
  | 'expired'
  | 'lifetime-too-long'
  | 'not-yet-valid'
  | 'invalid-signature'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'missing-claims'
  | 'unknown-role'
  | 'unit-without-unit-id';

/** A token (or the principal it should carry) is not acceptable. Plain Error so it can be used outside HTTP too. */
export class AuthError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

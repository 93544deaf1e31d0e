/** Injection token of the resolved `AuthConfig`. */
export const AUTH_CONFIG = Symbol('AUTH_CONFIG');

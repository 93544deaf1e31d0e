import { SetMetadata } from '@nestjs/common';
import type { Role } from './role';

export const ROLES_KEY = 'hotline:auth:roles';

/** The caller needs at least one of these roles; on a method it replaces the controller's list. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

import type { Role, Session } from './types';

/** Whether the logged-in user has a role (the service checks again; the page only hides what would be refused). */
export const can = (session: Session, role: Role) => session.roles.includes(role);

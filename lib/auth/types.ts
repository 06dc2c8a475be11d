/**
 * The view types this domain serves and client components render, apart from the services so a
 * component imports no server module, not even for a type.
 */

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  createdAt: Date;
}

/**
 * The seam between the identity side (idp/, verify-token) and the API routes.
 * In multi-user mode every API call carries a Caller; in `--auth none` mode there is none
 * and the server behaves like a single-user KFP (no namespace checks).
 */
export interface Caller {
  /** The user name (`alice`), as the gateway would put it in `kubeflow-userid`. */
  readonly user: string;
  readonly email: string;
  /** Namespaces the user has a role in (KFP profiles). */
  readonly namespaces: readonly string[];
}

export type AuthMode = 'oidc' | 'none';

export interface Authenticator {
  readonly mode: AuthMode;
  /**
   * Reads `Authorization: Bearer <jwt>` and verifies it (signature, issuer, audience, expiry).
   * Returns null in `none` mode; throws ApiError(Unauthenticated) for a missing or bad token.
   * A client-sent `kubeflow-userid` header is never trusted.
   */
  authenticate(headers: Headers): Promise<Caller | null>;
}

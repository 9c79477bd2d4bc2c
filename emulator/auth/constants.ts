/**
 * Identity constants shared by the identity provider (emulator/idp), the token verifier and the
 * dashboard's development config. Always 127.0.0.1, never localhost (DESIGN.md §3).
 */

/** Issuer of the emulator's identity provider. */
export const defaultIssuer = 'http://127.0.0.1:5556';

/** The dashboard's public OIDC client (PKCE, no secret). */
export const dashboardClientId = 'kfp-dashboard';

/**
 * A public client for scripts (the tutorial's `get_access_token()`): Keycloak's direct access
 * grant (`grant_type=password`), which the dashboard's client may not use.
 */
export const cliClientId = 'kfp-cli';

/**
 * Audience (`aud`) of the JWT access tokens the identity provider issues for the KFP API; the API
 * refuses any other. oidc-provider wants resource indicators to be absolute URIs, hence a URN.
 */
export const kfpAudience = 'urn:kubeflow:pipelines';

/** Where the dashboard runs in development (vite dev) and preview; the default redirect targets. */
export const dashboardOrigins = ['http://127.0.0.1:5173', 'http://127.0.0.1:4173'] as const;

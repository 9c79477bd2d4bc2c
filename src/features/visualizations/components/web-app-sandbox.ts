/**
 * Untrusted HTML (mpld3 plots, reports) runs in iframes sandboxed with scripts only: no same origin, so
 * it cannot read this page, its cookies or its tokens; no forms, popups, modals or top navigation.
 */
export const WEB_APP_SANDBOX = 'allow-scripts';

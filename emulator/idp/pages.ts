/** Plain HTML pages of the emulator's identity provider: login form, logout, errors. */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; background: #f4f5f7; margin: 0; }
  main { max-width: 22rem; margin: 10vh auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 4px #0002; }
  h1 { font-size: 1.3rem; margin-top: 0; }
  label { display: block; margin: 1rem 0 0.25rem; font-weight: 600; }
  input { width: 100%; box-sizing: border-box; padding: 0.5rem; font-size: 1rem; }
  button { margin-top: 1.5rem; width: 100%; padding: 0.6rem; font-size: 1rem; cursor: pointer; }
  .error { color: #b00020; background: #fdecee; padding: 0.5rem; border-radius: 4px; }
  .hint { color: #555; font-size: 0.85rem; margin-top: 1.5rem; }
</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

export interface LoginPageOptions {
  readonly action: string;
  readonly clientName: string;
  readonly username?: string;
  readonly error?: string;
}

/** The login form: labelled "Username" / "Password" fields and a "Sign in" button. */
export function loginPage({ action, clientName, username = '', error }: LoginPageOptions): string {
  const alert = error === undefined ? '' : `<p class="error" role="alert">${escapeHtml(error)}</p>`;
  return page(
    'Sign in',
    `<h1>Sign in to ${escapeHtml(clientName)}</h1>
${alert}
<form method="post" action="${escapeHtml(action)}" autocomplete="off">
  <label for="username">Username</label>
  <input id="username" name="username" type="text" value="${escapeHtml(username)}" required autofocus>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" required>
  <button type="submit">Sign in</button>
</form>
<p class="hint">Development users: alice / alice, bob / bob.</p>`,
  );
}

/**
 * RP-initiated logout: oidc-provider hands us its hidden confirmation form (`op.logoutForm`).
 * The dashboard's "Sign out" already was the user's decision, so the page confirms by itself;
 * the button stays for browsers without script.
 */
export function logoutPage(form: string): string {
  return page(
    'Signing out',
    `<h1>Signing out…</h1>
${form}
<button id="sign-out" type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>
<script>document.getElementById('sign-out').click();</script>`,
  );
}

export function signedOutPage(): string {
  return page('Signed out', '<h1>Signed out</h1><p>You have been signed out.</p>');
}

export function errorPage(title: string, description: string): string {
  return page(
    title,
    `<h1>${escapeHtml(title)}</h1><p class="error" role="alert">${escapeHtml(description)}</p>`,
  );
}

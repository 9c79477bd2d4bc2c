/** The emulator's development users (DESIGN.md §4): password = user name, one profile namespace each. */
export interface DevUser {
  readonly username: string;
  readonly password: string;
  readonly name: string;
  readonly email: string;
  /** The KFP profile namespace the user owns. */
  readonly namespace: string;
  /** Other profiles the user is a contributor of (Kubeflow profile sharing), after their own. */
  readonly memberOf: readonly string[];
}

export const devUsers: readonly DevUser[] = [
  {
    username: 'alice',
    password: 'alice',
    name: 'Alice',
    email: 'alice@example.com',
    namespace: 'kubeflow-alice',
    memberOf: [],
  },
  {
    username: 'bob',
    password: 'bob',
    name: 'Bob',
    email: 'bob@example.com',
    namespace: 'kubeflow-bob',
    memberOf: [],
  },
  // Two namespaces: her own and alice's, which alice shares with her (for namespace switching).
  {
    username: 'carol',
    password: 'carol',
    name: 'Carol',
    email: 'carol@example.com',
    namespace: 'kubeflow-carol',
    memberOf: ['kubeflow-alice'],
  },
];

export function findDevUser(username: string): DevUser | undefined {
  return devUsers.find((user) => user.username === username);
}

/** The user whose name and password these are, or undefined. */
export function checkDevUserPassword(username: string, password: string): DevUser | undefined {
  const user = findDevUser(username);
  return user && user.password === password ? user : undefined;
}

/** Namespaces `username` has a role in, their own first (empty for an unknown user). */
export function namespacesOf(username: string): string[] {
  const user = findDevUser(username);
  return user ? [user.namespace, ...user.memberOf] : [];
}

/** The download's file name: the pod name with anything a file system may refuse replaced, plus `.log`. */
export function logFileName(podName: string): string {
  const safe = podName.replace(/[^\w.-]+/g, '_').replace(/^[._]+/, '');
  return `${safe === '' ? 'pod' : safe}.log`;
}

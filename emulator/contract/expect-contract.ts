import { validateResponse, type SpecName } from './validate-response.ts';

/**
 * For tests: reads the JSON body of `response`, checks it against the spec (validateResponse) and
 * returns the parsed body. Throws an Error listing every violation, so a failing test says which
 * field of which definition is wrong.
 */
export async function expectContract(
  spec: SpecName,
  method: string,
  path: string,
  response: Response,
): Promise<unknown> {
  const where = `${method.toUpperCase()} ${path} → ${response.status}`;
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('application/json')) {
    throw new Error(
      `${where}: content-type is "${contentType}", not application/json. Body: ${text.slice(0, 300)}`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${where}: the body is not JSON: ${text.slice(0, 300)}`);
  }
  const result = validateResponse(spec, method, path, response.status, body);
  if (!result.ok) {
    throw new Error(
      `${where} breaks the ${spec} contract:\n  ${result.errors.join('\n  ')}\nBody: ${text.slice(0, 2000)}`,
    );
  }
  return body;
}

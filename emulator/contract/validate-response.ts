import {
  compiledSpec,
  definitionName,
  describeErrors,
  type CompiledSpec,
} from './compiled-spec.ts';
import {
  grpcErrorSchema,
  httpStatusOfGrpcCode,
  isUploadTemplate,
  uploadErrorSchema,
} from './error-schemas.ts';
import { findOperation, pathOnly, type Operation } from './operations.ts';
import type { SpecName } from './spec-files.ts';

export type { SpecName } from './spec-files.ts';
import { isJsonObject } from '../lib/json.ts';
export type ContractResult = { ok: true } | { ok: false; errors: string[] };

function checkSuccess(
  compiled: CompiledSpec,
  operation: Operation,
  status: number,
  body: unknown,
): string[] {
  const response = operation.responses[String(status)];
  const where = `${operation.file.id} ${operation.method.toUpperCase()} ${operation.template} ${status}`;
  if (!isJsonObject(response) || response.schema === undefined)
    return [`${where}: the spec has no ${status} response`];
  const validate = compiled.validator(
    operation.file,
    `${operation.method} ${operation.template} ${status}`,
    response.schema,
  );
  return validate(body) ? [] : describeErrors(where, validate.errors);
}

function checkError(
  compiled: CompiledSpec,
  operation: Operation,
  status: number,
  body: unknown,
): string[] {
  const where = `${operation.file.id} ${operation.method.toUpperCase()} ${operation.template} ${status}`;
  if (isUploadTemplate(operation.template)) {
    const validate = compiled.validatorFor('upload-error', uploadErrorSchema);
    return validate(body) ? [] : describeErrors(`${where} (upload error body)`, validate.errors);
  }
  const fallback = operation.responses.default;
  const name = definitionName(isJsonObject(fallback) ? fallback.schema : undefined);
  const definition = name === undefined ? undefined : compiled.definition(operation.file, name);
  if (name === undefined || definition === undefined)
    return [`${where}: the spec has no default (error) response`];
  const validate = compiled.validatorFor(
    `${operation.file.id} error ${name}`,
    grpcErrorSchema(definition),
  );
  if (!validate(body)) return describeErrors(`${where} (error body)`, validate.errors);
  const code: unknown = isJsonObject(body) ? body.code : undefined;
  const expected = typeof code === 'number' ? httpStatusOfGrpcCode[code] : undefined;
  return expected === status
    ? []
    : [
        `${where}: gRPC code ${String(code)} is answered with HTTP ${expected ?? '?'}, not ${status}`,
      ];
}

/**
 * Checks one response of the emulator (or of any KFP server) against the official swagger.
 * `path` is the concrete request path (`/apis/v2beta1/runs/abc?view=FULL`); the query is ignored.
 * 2xx bodies are checked against that status's schema; other statuses against the error body
 * (the spec's `default` plus `error`, or the upload handlers' `{error_message, error_details}`).
 * Every file of the spec that describes the operation must accept the body.
 */
export function validateResponse(
  spec: SpecName,
  method: string,
  path: string,
  status: number,
  body: unknown,
): ContractResult {
  const compiled = compiledSpec(spec);
  const operations = compiled.files.flatMap((file) => findOperation(file, method, path) ?? []);
  if (operations.length === 0) {
    return {
      ok: false,
      errors: [`${spec}: no operation ${method.toUpperCase()} ${pathOnly(path)} in the spec`],
    };
  }
  const success = status >= 200 && status < 300;
  const errors = operations.flatMap((operation) =>
    success
      ? checkSuccess(compiled, operation, status, body)
      : checkError(compiled, operation, status, body),
  );
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

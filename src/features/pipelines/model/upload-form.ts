import type { FileCheck } from './upload-check.ts';
import { nameFromFileName, nameFromUrl, versionNameFor } from './upload-names.ts';

export type UploadSource = 'file' | 'url';
export type Visibility = 'private' | 'shared';

/** What the user typed; `name` undefined = not touched, so it follows the file (or URL). */
export interface UploadFormValues {
  readonly source: UploadSource;
  readonly url: string;
  readonly name: string | undefined;
  readonly displayName: string;
  readonly description: string;
  /** Where the pipeline's code lives (`code_source_url`), optional. */
  readonly codeSourceUrl: string;
  readonly visibility: Visibility;
}

export const initialUploadValues: UploadFormValues = {
  source: 'file',
  url: '',
  name: undefined,
  displayName: '',
  description: '',
  codeSourceUrl: '',
  visibility: 'private',
};

/** The chosen file and how its check went (`undefined` while it runs). */
export interface ChosenFile {
  readonly file: File;
  readonly check: FileCheck | undefined;
  /** When it was chosen: stamps the suggested version name. */
  readonly chosenAt: Date;
}

/** A new pipeline (in `namespace`, or shared when undefined) or a new version of `pipelineId`. */
export type UploadTarget =
  | { readonly kind: 'pipeline'; readonly namespace: string | undefined }
  | { readonly kind: 'version'; readonly pipelineId: string };

export type UploadField = 'file' | 'url' | 'name' | 'codeSourceUrl';
export type FieldErrors = Partial<Record<UploadField, string>>;

export interface UploadContext {
  readonly target: UploadTarget;
  readonly chosen: ChosenFile | undefined;
  /** Stamps a version name for a URL import (which has no file to be chosen). */
  readonly openedAt: Date;
}

/** The name the form proposes until the user types one. */
export function defaultName(
  values: UploadFormValues,
  { target, chosen, openedAt }: UploadContext,
): string {
  const stem =
    values.source === 'file' ? nameFromFileName(chosen?.file.name ?? '') : nameFromUrl(values.url);
  if (target.kind === 'pipeline' || stem === '') return stem;
  return versionNameFor(stem, values.source === 'file' ? (chosen?.chosenAt ?? openedAt) : openedAt);
}

export function effectiveName(values: UploadFormValues, context: UploadContext): string {
  return (values.name ?? defaultName(values, context)).trim();
}

function urlError(url: string): string | undefined {
  if (url.trim() === '') return 'Enter the URL of a pipeline file.';
  try {
    const { protocol } = new URL(url.trim());
    return protocol === 'http:' || protocol === 'https:'
      ? undefined
      : 'Enter an http:// or https:// URL.';
  } catch {
    return 'Enter a complete URL, such as https://example.com/pipeline.yaml.';
  }
}

function codeSourceUrlError(url: string): string | undefined {
  if (url.trim() === '') return undefined;
  try {
    const { protocol } = new URL(url.trim());
    return protocol === 'http:' || protocol === 'https:'
      ? undefined
      : 'Enter an http:// or https:// URL, or leave it empty.';
  } catch {
    return 'Enter a complete URL, such as https://github.com/org/repo, or leave it empty.';
  }
}

function fileError(chosen: ChosenFile | undefined): string | undefined {
  if (chosen === undefined) return 'Choose a pipeline file.';
  if (chosen.check === undefined) return 'Wait until the file has been checked.';
  return chosen.check.ok ? undefined : 'This file cannot be uploaded; choose another one.';
}

export function validateUpload(values: UploadFormValues, context: UploadContext): FieldErrors {
  const errors: FieldErrors = {};
  const source = values.source === 'file' ? fileError(context.chosen) : urlError(values.url);
  if (source !== undefined) errors[values.source] = source;
  const codeSource = codeSourceUrlError(values.codeSourceUrl);
  if (codeSource !== undefined) errors.codeSourceUrl = codeSource;
  if (effectiveName(values, context) === '')
    errors.name =
      context.target.kind === 'version' ? 'Enter a version name.' : 'Enter a pipeline name.';
  return errors;
}

interface RequestFields {
  readonly name: string;
  readonly displayName: string | undefined;
  readonly description: string | undefined;
  readonly codeSourceUrl: string | undefined;
}

/** What to send. The lib/kfp calls take exactly these. */
export type UploadRequest = RequestFields &
  (
    | {
        readonly kind: 'file-pipeline';
        readonly file: File;
        readonly namespace: string | undefined;
      }
    | { readonly kind: 'file-version'; readonly file: File; readonly pipelineId: string }
    | {
        readonly kind: 'url-pipeline';
        readonly url: string;
        readonly namespace: string | undefined;
      }
    | { readonly kind: 'url-version'; readonly url: string; readonly pipelineId: string }
  );

/** The request for valid values, or undefined when `validateUpload` has something to say. */
export function toUploadRequest(
  values: UploadFormValues,
  context: UploadContext,
): UploadRequest | undefined {
  if (Object.keys(validateUpload(values, context)).length > 0) return undefined;
  const fields: RequestFields = {
    name: effectiveName(values, context),
    displayName: values.displayName.trim() || undefined,
    description: values.description.trim() || undefined,
    codeSourceUrl: values.codeSourceUrl.trim() || undefined,
  };
  const { target, chosen } = context;
  const namespace =
    target.kind === 'pipeline' && values.visibility === 'private' ? target.namespace : undefined;
  if (values.source === 'url') {
    const url = values.url.trim();
    return target.kind === 'version'
      ? { ...fields, kind: 'url-version', url, pipelineId: target.pipelineId }
      : { ...fields, kind: 'url-pipeline', url, namespace };
  }
  if (chosen === undefined) return undefined;
  return target.kind === 'version'
    ? { ...fields, kind: 'file-version', file: chosen.file, pipelineId: target.pipelineId }
    : { ...fields, kind: 'file-pipeline', file: chosen.file, namespace };
}

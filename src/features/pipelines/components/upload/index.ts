/** The upload page's public parts: the form, its transport seam for tests, and the spec-check contract. */
export { UploadPipelineForm, type UploadPipelineFormProps } from './upload-pipeline-form.tsx';
export { UploadTransportProvider } from '../../api/upload-transport.tsx';
export { uploadQueries } from '../../api/upload-queries.ts';
export type { SpecCheck, SpecChecker, TextIssue } from '../../model/upload-problem.ts';

export { RunForm, type RunFormProps } from './run-form.tsx';
